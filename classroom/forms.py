from django import forms
from django.contrib.auth.forms import UserCreationForm

from accounts.models import User
from accounts.throttle import JOIN_CODE_PER_ADDRESS
from quizsite.forms import IdChoiceField

from .models import Assignment, Classroom, assignable_lessons, open_classroom_for_code

WRONG_CODE = "No open class has that code. Check it with your teacher: codes look like K7MPQ2."


class JoinCodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            max_length=20,
            label="Class code",
            help_text="The code your teacher gave you, for example K7MPQ2.",
            **kwargs,
        )


def classroom_for_code(code: str, address: str) -> Classroom:
    """The open class with this code; wrong guesses from one address are limited."""
    if JOIN_CODE_PER_ADDRESS.is_blocked(address):
        raise forms.ValidationError(
            f"Too many wrong class codes from this network. Wait {JOIN_CODE_PER_ADDRESS.minutes} "
            "minutes, then check the code with your teacher."
        )
    classroom = open_classroom_for_code(code)
    if classroom is None:
        JOIN_CODE_PER_ADDRESS.record_failure(address)
        raise forms.ValidationError(WRONG_CODE)
    return classroom


class JoinCodeMixin:
    """Forms with a join code, told the client's address so guessing can be throttled."""

    def __init__(self, *args, address: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.address = address

    def clean_join_code(self):
        self.classroom = classroom_for_code(self.cleaned_data["join_code"], self.address)
        return self.cleaned_data["join_code"]


class JoinAsNewStudentForm(JoinCodeMixin, UserCreationForm):
    """A new student: a class code, a username, the name classmates see, and a password."""

    join_code = JoinCodeField()
    display_name = forms.CharField(
        max_length=60,
        label="Your name as your teacher will see it",
        help_text="A first name is enough. Nothing else about you is asked for or kept.",
    )

    field_order = ["join_code", "display_name", "username", "password1", "password2"]

    class Meta:
        model = User
        fields = ("username", "display_name")

    def save(self, commit=True):
        user = super().save(commit=False)
        user.role = User.Role.STUDENT
        if commit:
            user.save()
        return user


class JoinAsStudentForm(JoinCodeMixin, forms.Form):
    """A student who already has an account joins one more class."""

    join_code = JoinCodeField()


class ClassroomForm(forms.ModelForm):
    class Meta:
        model = Classroom
        fields = ["name"]
        labels = {"name": "Class name"}
        help_texts = {"name": "For example: Period 1 Media Literacy"}


class AssignForm(forms.ModelForm):
    """Give a class one more published lesson, with an optional due date and time."""

    due_at = forms.DateTimeField(
        required=False,
        label="Due (optional)",
        help_text="Work finished after this is marked late.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    class Meta:
        model = Assignment
        fields = ["lesson", "due_at"]
        labels = {"lesson": "Lesson"}
        field_classes = {"lesson": IdChoiceField}

    def __init__(self, *args, classroom: Classroom, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.classroom = classroom
        self.fields["lesson"].queryset = assignable_lessons(classroom.teacher).exclude(
            assignments__classroom=classroom
        )
        self.fields["lesson"].empty_label = "Choose a published lesson"

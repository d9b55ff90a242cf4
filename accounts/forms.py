from django import forms
from django.contrib.auth.forms import UserCreationForm

from .models import User


class TeacherSignupForm(UserCreationForm):
    email = forms.EmailField(help_text="For password resets only.")
    display_name = forms.CharField(
        max_length=60, label="Name shown to students", help_text="For example: Ms Rivera"
    )

    class Meta:
        model = User
        fields = ("username", "display_name", "email")

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account already uses this email address.")
        return email

    def save(self, commit=True):
        user = super().save(commit=False)
        user.role = User.Role.TEACHER
        if commit:
            user.save()
        return user

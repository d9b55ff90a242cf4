from django import forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm

from .models import User
from .throttle import LOGIN_PER_ACCOUNT, LOGIN_PER_ADDRESS, client_address


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


def account_key(login: str) -> str:
    """One throttle count per account, whether it is named by username or by email."""
    login = login.strip()
    if "@" in login:
        user = User.objects.filter(email__iexact=login).order_by("pk").first()
        if user is not None:
            return user.get_username()
    return login


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's log-in form, refusing further tries after too many failures for an account or address."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Username or email"

    def clean(self):
        username = account_key(self.cleaned_data.get("username") or "")
        address = client_address(self.request)
        if LOGIN_PER_ACCOUNT.is_blocked(username):
            raise forms.ValidationError(
                f"Too many failed log-ins for this account. Wait {LOGIN_PER_ACCOUNT.minutes} minutes "
                "and try again; students can ask their teacher to reset their password.",
                code="throttled",
            )
        if LOGIN_PER_ADDRESS.is_blocked(address):
            raise forms.ValidationError(
                f"Too many failed log-ins from this network. Wait {LOGIN_PER_ADDRESS.minutes} minutes "
                "and try again.",
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            LOGIN_PER_ACCOUNT.record_failure(username)
            LOGIN_PER_ADDRESS.record_failure(address)
            raise
        LOGIN_PER_ACCOUNT.reset(username)
        return cleaned

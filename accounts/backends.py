from django.contrib.auth.backends import ModelBackend

from .models import User


class UsernameOrEmailBackend(ModelBackend):
    """Log in with a username, or with the email address a teacher signed up with."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            match = User.objects.filter(email__iexact=username.strip()).order_by("pk").first()
            if match is not None:
                username = match.get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)

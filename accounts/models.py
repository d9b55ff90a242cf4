from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A teacher or a student. Students give nothing but a username, a display name and a password."""

    class Role(models.TextChoices):
        TEACHER = "teacher", "Teacher"
        STUDENT = "student", "Student"

    role = models.CharField(max_length=10, choices=Role.choices, default=Role.TEACHER)
    # What classmates and the teacher see; the only personal detail kept about a student.
    display_name = models.CharField(max_length=60, blank=True)

    @property
    def is_teacher(self) -> bool:
        return self.role == self.Role.TEACHER

    @property
    def is_student(self) -> bool:
        return self.role == self.Role.STUDENT

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username

    def __str__(self) -> str:
        return self.shown_name

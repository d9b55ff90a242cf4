"""Named people shared by every test: teachers, their classes, students in and out of them."""
import pytest

from accounts.models import User
from classroom.models import Classroom, Membership

PASSWORD = "correct-horse-battery-staple"


def make_user(username: str, role: str, **extra) -> User:
    return User.objects.create_user(
        username=username, password=PASSWORD, role=role, display_name=username.title(), **extra
    )


@pytest.fixture
def teacher(db):
    return make_user("teacher", User.Role.TEACHER, email="teacher@school.example")


@pytest.fixture
def other_teacher(db):
    return make_user("other_teacher", User.Role.TEACHER, email="other@school.example")


@pytest.fixture
def staff(db):
    return make_user("staff", User.Role.TEACHER, is_staff=True, is_superuser=True)


@pytest.fixture
def classroom(teacher):
    return Classroom.objects.create(teacher=teacher, name="Period 1")


@pytest.fixture
def other_classroom(other_teacher):
    return Classroom.objects.create(teacher=other_teacher, name="Period 4")


@pytest.fixture
def student(classroom):
    user = make_user("student", User.Role.STUDENT)
    Membership.objects.create(classroom=classroom, student=user)
    return user


@pytest.fixture
def other_student(other_classroom):
    user = make_user("other_student", User.Role.STUDENT)
    Membership.objects.create(classroom=other_classroom, student=user)
    return user

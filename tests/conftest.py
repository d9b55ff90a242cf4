"""Named people shared by every test: teachers, their classes, students in and out of them."""
import pytest

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def fast_password_hashing(request):
    # Real hashing costs ~0.2 s a password; tests create and log in many users.
    # (Skipped when the analysis tests run without Django: -p no:django.)
    if request.config.pluginmanager.hasplugin("django"):
        settings = request.getfixturevalue("settings")
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_user(username: str, role: str, **extra):
    from accounts.models import User

    return User.objects.create_user(
        username=username, password=PASSWORD, role=role, display_name=username.title(), **extra
    )


# Models are imported inside the fixtures so that the pure analysis tests run without Django.


@pytest.fixture
def teacher(db):
    from accounts.models import User

    return make_user("teacher", User.Role.TEACHER, email="teacher@school.example")


@pytest.fixture
def other_teacher(db):
    from accounts.models import User

    return make_user("other_teacher", User.Role.TEACHER, email="other@school.example")


@pytest.fixture
def staff(db):
    from accounts.models import User

    return make_user("staff", User.Role.TEACHER, is_staff=True, is_superuser=True)


@pytest.fixture
def classroom(teacher):
    from classroom.models import Classroom

    return Classroom.objects.create(teacher=teacher, name="Period 1")


@pytest.fixture
def other_classroom(other_teacher):
    from classroom.models import Classroom

    return Classroom.objects.create(teacher=other_teacher, name="Period 4")


@pytest.fixture
def student(classroom):
    from accounts.models import User
    from classroom.models import Membership

    user = make_user("student", User.Role.STUDENT)
    Membership.objects.create(classroom=classroom, student=user)
    return user


@pytest.fixture
def other_student(other_classroom):
    from accounts.models import User
    from classroom.models import Membership

    user = make_user("other_student", User.Role.STUDENT)
    Membership.objects.create(classroom=other_classroom, student=user)
    return user

"""Demo accounts so a school can try Byline: two teachers, a class each, three students in each,
and the seed lessons assigned to both classes."""
from __future__ import annotations

from django.db import transaction

from accounts.models import User

from lessons.models import Lesson

from .models import Assignment, Classroom, Membership

DEMO_CLASSES = [
    {
        "teacher": ("demo_teacher", "Ms Rivera", "byline-teacher-1"),
        "class": "Period 1 Media Literacy",
        "students": [
            ("demo_amara", "Amara", "byline-student-1"),
            ("demo_ben", "Ben", "byline-student-2"),
            ("demo_chloe", "Chloe", "byline-student-3"),
        ],
    },
    {
        "teacher": ("demo_teacher2", "Mr Okafor", "byline-teacher-2"),
        "class": "Period 4 Civics",
        "students": [
            ("demo_dev", "Dev", "byline-student-4"),
            ("demo_eli", "Eli", "byline-student-5"),
            ("demo_fatima", "Fatima", "byline-student-6"),
        ],
    },
]


def _demo_user(username: str, display_name: str, password: str, role: str) -> User:
    user, _ = User.objects.get_or_create(
        username=username, defaults={"display_name": display_name, "role": role}
    )
    # Keep the printed password true even if someone changed it while trying the demo.
    if not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def load_demo_data() -> dict:
    """Create (or find) the demo accounts; returns them in the `load_demo --json` shape."""
    teachers, students = [], []
    seed_lessons = Lesson.objects.filter(owner=None, status=Lesson.Status.PUBLISHED)
    for spec in DEMO_CLASSES:
        username, display_name, password = spec["teacher"]
        teacher = _demo_user(username, display_name, password, User.Role.TEACHER)
        classroom, _ = Classroom.objects.get_or_create(teacher=teacher, name=spec["class"])
        for lesson in seed_lessons:
            Assignment.objects.get_or_create(classroom=classroom, lesson=lesson)
        teachers.append(
            {
                "username": username,
                "password": password,
                "classes": [{"name": classroom.name, "join_code": classroom.join_code}],
            }
        )
        for username, display_name, password in spec["students"]:
            student = _demo_user(username, display_name, password, User.Role.STUDENT)
            Membership.objects.get_or_create(classroom=classroom, student=student)
            students.append(
                {"username": username, "password": password, "classes": [classroom.name]}
            )
    return {"teachers": teachers, "students": students}

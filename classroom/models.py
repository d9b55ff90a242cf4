from __future__ import annotations

import secrets
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from lessons.access import visible_lessons
from lessons.models import Lesson

# No 0/O or 1/I/L: a join code is read off a projector and typed by a child.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class Classroom(models.Model):
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classrooms_taught"
    )
    name = models.CharField(max_length=100)
    join_code = models.CharField(max_length=12, unique=True, default=new_join_code)
    created_at = models.DateTimeField(auto_now_add=True)
    # Archived classes keep their results but take no new students.
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def deletion_counts(self) -> dict[str, int]:
        """What deleting this class removes with it (student accounts are kept)."""
        from quiz.models import Answer, Attempt

        return {
            "students": self.memberships.count(),
            "assignments": self.assignments.count(),
            "attempts": Attempt.objects.filter(assignment__classroom=self).count(),
            "answers": Answer.objects.filter(attempt__assignment__classroom=self).count(),
        }

    def archive(self) -> None:
        self.archived_at = self.archived_at or timezone.now()
        self.save(update_fields=["archived_at"])

    def restore(self) -> None:
        self.archived_at = None
        self.save(update_fields=["archived_at"])

    def regenerate_join_code(self) -> None:
        """A fresh code, so a leaked one stops working; students already in keep their place."""
        for _ in range(10):
            self.join_code = new_join_code()
            try:
                with transaction.atomic():
                    self.save(update_fields=["join_code"])
                return
            except IntegrityError:
                continue
        raise RuntimeError("could not find an unused join code")


class Membership(models.Model):
    """A student's place in a class; a student may be in several classes."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["classroom", "student"], name="one_membership_per_class")
        ]
        ordering = ["classroom_id", "student__display_name", "student__username"]

    def __str__(self) -> str:
        return f"{self.student} in {self.classroom}"


def normalize_join_code(code: str) -> str:
    """Codes are typed by hand: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def open_classroom_for_code(code: str) -> Classroom | None:
    return Classroom.objects.filter(
        join_code=normalize_join_code(code), archived_at__isnull=True
    ).first()


class Assignment(models.Model):
    """A published lesson given to a class, with an optional due date."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    lesson = models.ForeignKey("lessons.Lesson", on_delete=models.CASCADE, related_name="assignments")
    assigned_at = models.DateTimeField(auto_now_add=True)
    due_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["classroom", "lesson"], name="one_assignment_per_lesson")
        ]
        ordering = ["classroom_id", "-assigned_at", "id"]

    def __str__(self) -> str:
        return f"{self.lesson} for {self.classroom}"

    def is_overdue(self, now: datetime) -> bool:
        return self.due_at is not None and now > self.due_at

    def is_late(self, first_finished_at: datetime | None, now: datetime) -> bool:
        """Finished after the due date, or not finished and already overdue."""
        if self.due_at is None:
            return False
        if first_finished_at is None:
            return now > self.due_at
        return first_finished_at > self.due_at


def assignable_lessons(teacher):
    """Published lessons this teacher may give a class: the site's own, their own, and shared ones."""
    return visible_lessons(teacher).filter(status=Lesson.Status.PUBLISHED)


def in_other_teachers_classes(student, teacher) -> bool:
    """Whether erasing this student would take work away from another teacher."""
    return student.memberships.exclude(classroom__teacher=teacher).exists()

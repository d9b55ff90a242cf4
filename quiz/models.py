from django.conf import settings
from django.db import models


class Attempt(models.Model):
    """One try at an assigned lesson by a student; retakes are numbered 1, 2, 3…"""

    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    assignment = models.ForeignKey(
        "classroom.Assignment", on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["student", "assignment", "number"], name="attempts_numbered_once"
            )
        ]
        ordering = ["assignment_id", "student_id", "number"]

    def __str__(self) -> str:
        return f"{self.student} · {self.assignment} · attempt {self.number}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class Answer(models.Model):
    """The choice a student made for one question in one attempt; recorded once."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey("lessons.Question", on_delete=models.CASCADE, related_name="answers")
    choice = models.ForeignKey("lessons.Choice", on_delete=models.CASCADE, related_name="answers")
    is_correct = models.BooleanField()
    # From showing the question to submitting it, capped so a lunch break doesn't skew averages.
    time_taken_ms = models.PositiveIntegerField(null=True, blank=True)
    answered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question")
        ]
        ordering = ["attempt_id", "answered_at", "id"]

    def __str__(self) -> str:
        return f"{self.attempt}: {self.choice}"

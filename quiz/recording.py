"""Every write of a student's quiz goes through here: starting attempts and recording answers."""
from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from classroom.models import Assignment
from lessons.models import Choice, Question

from .models import Answer, Attempt
from .progress import answered_question_ids, attempt_questions

# A question left open longer than this was abandoned, not pondered.
MAX_TIME_TAKEN_MS = 30 * 60 * 1000


def open_attempt(student, assignment: Assignment) -> Attempt | None:
    return (
        Attempt.objects.filter(student=student, assignment=assignment, finished_at__isnull=True)
        .order_by("-number")
        .first()
    )


def start_attempt(student, assignment: Assignment) -> Attempt:
    """Resume the open attempt, or start the next numbered one; a double click starts one only."""
    attempt = open_attempt(student, assignment)
    if attempt:
        return attempt
    last = Attempt.objects.filter(student=student, assignment=assignment).aggregate(n=Max("number"))
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                student=student, assignment=assignment, number=(last["n"] or 0) + 1
            )
    except IntegrityError:
        # A simultaneous request created it first.
        return open_attempt(student, assignment) or Attempt.objects.filter(
            student=student, assignment=assignment
        ).latest("number")


@dataclass
class RecordedAnswer:
    answer: Answer
    # False when this submission repeated one already recorded (double click, retried request).
    created: bool


def record_answer(
    attempt: Attempt, question: Question, choice: Choice, time_taken_ms: int | None
) -> RecordedAnswer:
    """Store the answer once, then close the attempt when every current question is answered."""
    if time_taken_ms is not None:
        time_taken_ms = max(0, min(time_taken_ms, MAX_TIME_TAKEN_MS))
    try:
        # Insert first: the unique constraint, not a prior SELECT, decides who was first.
        with transaction.atomic():
            answer = Answer.objects.create(
                attempt=attempt,
                question=question,
                choice=choice,
                is_correct=choice.is_correct,
                time_taken_ms=time_taken_ms,
            )
        created = True
    except IntegrityError:
        answer = Answer.objects.select_related("choice").get(attempt=attempt, question=question)
        created = False
    if created:
        finish_if_complete(attempt)
    return RecordedAnswer(answer=answer, created=created)


def finish_if_complete(attempt: Attempt) -> None:
    answered = answered_question_ids(attempt)
    # Each current question is a place to answer: fewer answers than that cannot be complete,
    # which spares the version walk below on every answer but the last few.
    if len(answered) < attempt.assignment.lesson.current_questions().count():
        return
    questions = attempt_questions(attempt, with_details=False, answered=answered)
    if all(q.pk in answered for q in questions):
        now = timezone.now()
        Attempt.objects.filter(pk=attempt.pk, finished_at__isnull=True).update(finished_at=now)
        attempt.finished_at = attempt.finished_at or now

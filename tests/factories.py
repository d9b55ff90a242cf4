"""Small plain functions that build lessons, assignments, students and answers for tests.

    lesson = make_lesson("Budget vote", questions=[("numbers", ["About 3%", "Exactly 3%"], 0)])
    assignment = make_assignment(classroom, lesson, due_at=timezone.now())
    answer(student, assignment, lesson.current_questions()[0], correct=True)
"""
from __future__ import annotations

import itertools
from datetime import datetime

from django.utils.text import slugify

from accounts.models import User
from classroom.models import Assignment, Classroom, Membership
from lessons.models import Lesson, Question, Skill
from quiz.models import Answer, Attempt
from quiz.recording import record_answer, start_attempt

PASSWORD = "correct-horse-battery-staple"

DEFAULT_QUESTIONS = [
    (Skill.ATTRIBUTION, ["The mayor", "The reporter", "A resident"], 0),
    (Skill.NUMBERS, ["About 40%", "Exactly 40%", "Nobody knows"], 0),
    (Skill.LOADED_LANGUAGE, ["slammed", "said", "noted"], 0),
]

_serial = itertools.count(1)


def make_lesson(
    title: str = "",
    questions=None,
    published: bool = True,
    owner: User | None = None,
    shared: bool = False,
) -> Lesson:
    """A lesson with questions given as (skill, [choice texts...], index of the correct choice)."""
    n = next(_serial)
    title = title or f"Lesson {n}"
    lesson = Lesson.objects.create(
        title=title,
        slug=f"{slugify(title)[:100]}-{n}",
        owner=owner,
        shared=shared,
        status=Lesson.Status.PUBLISHED if published else Lesson.Status.DRAFT,
    )
    for position, (skill, choices, correct_index) in enumerate(questions or DEFAULT_QUESTIONS):
        question = Question.objects.create(
            lesson=lesson,
            position=position,
            skill=skill,
            kind="test",
            stem=f"Question {position + 1} of {title}?",
            explanation="Because the article says so.",
        )
        for choice_position, text in enumerate(choices):
            question.choices.create(
                position=choice_position, text=text, is_correct=choice_position == correct_index
            )
    return lesson


def make_assignment(
    classroom: Classroom, lesson: Lesson | None = None, due_at: datetime | None = None
) -> Assignment:
    return Assignment.objects.create(
        classroom=classroom, lesson=lesson or make_lesson(), due_at=due_at
    )


def make_student(classroom: Classroom | None = None, username: str = "", display_name: str = "") -> User:
    username = username or f"student{next(_serial)}"
    student = User.objects.create_user(
        username=username,
        password=PASSWORD,
        role=User.Role.STUDENT,
        display_name=display_name or username.title(),
    )
    if classroom is not None:
        Membership.objects.create(classroom=classroom, student=student)
    return student


def make_students(classroom: Classroom, count: int) -> list[User]:
    return [make_student(classroom) for _ in range(count)]


def answer(
    student: User,
    assignment: Assignment,
    question: Question,
    correct: bool = True,
    time_taken_ms: int | None = 5000,
) -> Answer:
    """Answer one question in the student's open attempt (starting one if needed)."""
    attempt = start_attempt(student, assignment)
    choices = list(question.choices.all())
    choice = next(c for c in choices if c.is_correct == correct)
    return record_answer(attempt, question, choice, time_taken_ms).answer


def finish(student: User, assignment: Assignment, correct: int | None = None) -> Attempt:
    """Answer every current question, the first `correct` of them rightly (all when None)."""
    attempt = start_attempt(student, assignment)
    for index, question in enumerate(assignment.lesson.current_questions()):
        answer(student, assignment, question, correct=correct is None or index < correct)
    attempt.refresh_from_db()
    return attempt

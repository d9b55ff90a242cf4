"""A teacher's edits to a lesson's questions, versioned so that students' answers keep their meaning.

A question nobody has answered is edited in place. A question students have answered is never
changed: an edit makes a new version (replaces=old) and retires the old one, which keeps the
answers given to it; deleting it retires it.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from .building import article_name, lesson_to_draft, save_lesson
from .models import Choice, Evidence, Lesson, Question

# The generator's kind for a question a teacher wrote from scratch.
TEACHER_KIND = "teacher_written"


@dataclass(frozen=True)
class QuestionEdit:
    skill: str
    stem: str
    choices: tuple[str, ...]
    correct: int  # index into choices
    explanation: str


@dataclass(frozen=True)
class EditOutcome:
    question: Question  # the current version
    changed: bool
    # True when students had answered the old version, so the edit made a new one.
    new_version: bool


def edit_of(question: Question) -> QuestionEdit:
    choices = list(question.choices.all())
    return QuestionEdit(
        skill=question.skill,
        stem=question.stem,
        choices=tuple(c.text for c in choices),
        correct=next((i for i, c in enumerate(choices) if c.is_correct), 0),
        explanation=question.explanation,
    )


def _set_choices(question: Question, edit: QuestionEdit) -> None:
    Choice.objects.bulk_create(
        Choice(question=question, position=i, text=text, is_correct=i == edit.correct)
        for i, text in enumerate(edit.choices)
    )


@transaction.atomic
def edit_question(question: Question, edit: QuestionEdit) -> EditOutcome:
    if edit == edit_of(question):
        return EditOutcome(question, changed=False, new_version=False)
    if not question.answers.exists():
        question.skill, question.stem, question.explanation = edit.skill, edit.stem, edit.explanation
        question.save(update_fields=["skill", "stem", "explanation"])
        question.choices.all().delete()
        _set_choices(question, edit)
        return EditOutcome(question, changed=True, new_version=False)
    new = Question.objects.create(
        lesson=question.lesson,
        position=question.position,
        skill=edit.skill,
        kind=question.kind,
        stem=edit.stem,
        explanation=edit.explanation,
        replaces=question,
    )
    _set_choices(new, edit)
    Evidence.objects.bulk_create(
        Evidence(question=new, article_id=e.article_id, start=e.start, end=e.end, text=e.text)
        for e in question.evidence.all()
    )
    question.retired_at = timezone.now()
    question.save(update_fields=["retired_at"])
    return EditOutcome(new, changed=True, new_version=True)


@transaction.atomic
def add_question(lesson: Lesson, edit: QuestionEdit) -> Question:
    last = lesson.current_questions().aggregate(last=Max("position"))["last"]
    question = Question.objects.create(
        lesson=lesson,
        position=0 if last is None else last + 1,
        skill=edit.skill,
        kind=TEACHER_KIND,
        stem=edit.stem,
        explanation=edit.explanation,
    )
    _set_choices(question, edit)
    return question


def delete_question(question: Question) -> bool:
    """Delete the question, or retire it when students answered it; returns True when retired."""
    if question.answers.exists():
        question.retired_at = timezone.now()
        question.save(update_fields=["retired_at"])
        return True
    question.delete()
    return False


@transaction.atomic
def move_question(question: Question, offset: int) -> bool:
    """Swap the question with its neighbour above (-1) or below (+1); False at either end."""
    questions = list(question.lesson.current_questions().select_for_update())
    index = next(i for i, q in enumerate(questions) if q.pk == question.pk)
    other = index + offset
    if not 0 <= other < len(questions):
        return False
    questions[index], questions[other] = questions[other], questions[index]
    for position, q in enumerate(questions):
        if q.position != position:
            q.position = position
            q.save(update_fields=["position"])
    return True


def copy_lesson(lesson: Lesson, owner) -> Lesson:
    """The lesson's current questions as a new draft lesson of the teacher's, on the same articles."""
    articles = {article_name(a): a for a in lesson.articles.all()}
    copy = save_lesson(lesson_to_draft(lesson), articles, owner=owner)
    copy.title = f"{lesson.title} (my copy)"[:300]
    copy.save(update_fields=["title"])
    return copy


def publish_refusal(lesson: Lesson, publish: bool) -> str:
    """Why the lesson cannot be published (or taken back to draft) now; empty when it can."""
    if publish and not lesson.current_questions().exists():
        return "A lesson needs at least one question before it can be published."
    if not publish and lesson.assignments.exists():
        return "Classes have this lesson: unassign it from them before taking it back to draft."
    return ""


def set_published(lesson: Lesson, publish: bool) -> None:
    lesson.status = Lesson.Status.PUBLISHED if publish else Lesson.Status.DRAFT
    lesson.save(update_fields=["status", "updated_at"])

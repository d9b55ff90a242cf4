"""What a student sees of an attempt: the next question, progress, and the summary by skill."""
from __future__ import annotations

from dataclasses import dataclass, field

from lessons.models import Question, Skill

from .models import Answer, Attempt


def attempt_questions(
    attempt: Attempt, with_details: bool = True, answered: set[int] | None = None
) -> list[Question]:
    """The questions of this attempt, one per place in the lesson.

    A place holds its current question, unless the attempt answered an earlier version of it
    (the teacher edited it since) — then that version, so answers and scores keep their meaning.
    Questions the attempt answered and the teacher later deleted stay too.
    """
    versions = attempt.assignment.lesson.questions.order_by("position", "id")
    if with_details:
        versions = versions.prefetch_related("choices", "evidence")
    versions = list(versions)
    if answered is None:
        answered = answered_question_ids(attempt)
    by_pk = {q.pk: q for q in versions}
    chosen, seen = [], set()
    for question in (q for q in versions if q.retired_at is None):
        chain = [question]
        while chain[-1].replaces_id in by_pk and chain[-1].replaces_id not in seen:
            chain.append(by_pk[chain[-1].replaces_id])
        seen.update(q.pk for q in chain)
        chosen.append(next((q for q in chain if q.pk in answered), question))
    chosen += [q for q in versions if q.pk in answered and q.pk not in seen]
    return sorted(chosen, key=lambda q: (q.position, q.pk))


def answered_question_ids(attempt: Attempt) -> set[int]:
    return set(attempt.answers.order_by().values_list("question_id", flat=True))


def answers_by_question(attempt: Attempt) -> dict[int, Answer]:
    answers = attempt.answers.select_related("choice")
    return {answer.question_id: answer for answer in answers}


def next_unanswered(questions: list[Question], answered: dict[int, Answer]) -> Question | None:
    return next((q for q in questions if q.pk not in answered), None)


@dataclass
class SkillScore:
    skill: str
    label: str
    correct: int = 0
    answered: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass
class Summary:
    correct: int
    answered: int
    total: int
    skills: list[SkillScore] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def summarize(questions: list[Question], answered: dict[int, Answer]) -> Summary:
    by_skill = {value: SkillScore(value, label) for value, label in Skill.choices}
    for question in questions:
        answer = answered.get(question.pk)
        if answer:
            by_skill[question.skill].answered += 1
            by_skill[question.skill].correct += answer.is_correct
    return Summary(
        correct=sum(s.correct for s in by_skill.values()),
        answered=sum(s.answered for s in by_skill.values()),
        total=len(questions),
        skills=[s for s in by_skill.values() if s.answered],
    )

"""What a student sees of an attempt: the next question, progress, and the summary by skill."""
from __future__ import annotations

from dataclasses import dataclass, field

from lessons.models import Question, Skill

from .models import Answer, Attempt


def attempt_questions(attempt: Attempt) -> list[Question]:
    return list(
        attempt.assignment.lesson.current_questions().prefetch_related("choices", "evidence")
    )


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

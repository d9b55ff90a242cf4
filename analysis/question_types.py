"""The question generator's drafts, and the small building blocks every question kind shares."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .question_text import choice_key, stable_order

SKILLS = ("attribution", "numbers", "loaded_language")
LESSON_KINDS = ("article", "comparison")
MAX_CHOICE_LENGTH = 300  # a choice is a name, a channel, a phrase or a short sentence


@dataclass(frozen=True)
class EvidenceSpan:
    article: str
    start: int  # offsets into that article's ArticleAnalysis.body; text == body[start:end]
    end: int
    text: str


@dataclass(frozen=True)
class ChoiceDraft:
    text: str
    correct: bool


@dataclass(frozen=True)
class QuestionDraft:
    skill: str  # "attribution" | "numbers" | "loaded_language"
    kind: str
    stem: str
    choices: tuple[ChoiceDraft, ...]
    explanation: str
    evidence: tuple[EvidenceSpan, ...]


@dataclass(frozen=True)
class LessonDraft:
    title: str
    kind: str  # "article" | "comparison"
    articles: tuple[str, ...]
    questions: tuple[QuestionDraft, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A drafted question and what it is about, so a lesson asks about each thing once."""
    question: QuestionDraft
    item: str  # "quote:120", "number:455", "term:racist"…
    rank: tuple = ()  # lower is asked first among questions of the same kind


def span(article: str, body: str, start: int, end: int) -> EvidenceSpan:
    return EvidenceSpan(article=article, start=start, end=end, text=body[start:end])


def merge_evidence(spans: Sequence[EvidenceSpan], bodies: dict[str, str]) -> tuple[EvidenceSpan, ...]:
    """Spans in article and body order, overlapping or touching spans of one article merged."""
    merged: list[EvidenceSpan] = []
    order = {name: i for i, name in enumerate(dict.fromkeys(s.article for s in spans))}
    for s in sorted(spans, key=lambda s: (order[s.article], s.start, s.end)):
        last = merged[-1] if merged else None
        if last and last.article == s.article and s.start <= last.end + 1:
            if s.end > last.end:
                merged[-1] = span(s.article, bodies[s.article], last.start, s.end)
        else:
            merged.append(s)
    return tuple(merged)


def make_question(
    skill: str,
    kind: str,
    stem: str,
    correct: str,
    wrong: Sequence[str],
    explanation: str,
    evidence: Sequence[EvidenceSpan],
    max_choices: int = 4,
) -> QuestionDraft | None:
    """One correct choice and up to max_choices - 1 distinct wrong ones, in an order seeded by
    the question's content; None when no wrong choice is left."""
    if not choice_key(correct) or len(correct) > MAX_CHOICE_LENGTH:
        return None
    seen = {choice_key(correct)}
    distinct: list[str] = []
    for text in wrong:
        key = choice_key(text)
        if key and key not in seen and len(text) <= MAX_CHOICE_LENGTH:
            seen.add(key)
            distinct.append(text)
    distinct = distinct[:max_choices - 1]
    if not distinct or not evidence or any(e.start >= e.end for e in evidence):
        return None
    choices = [ChoiceDraft(correct, True)] + [ChoiceDraft(text, False) for text in distinct]
    ordered = stable_order(choices, seed=stem, key=lambda c: c.text)
    return QuestionDraft(skill=skill, kind=kind, stem=stem, choices=tuple(ordered),
                         explanation=explanation, evidence=tuple(evidence))

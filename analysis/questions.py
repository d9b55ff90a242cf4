"""Lesson drafts from analysed articles: multiple-choice questions on attribution, numbers and
loaded language, each with an explanation and the evidence it rests on. No Django here.

    lesson = build_article_lesson("seeds/000.txt", analyze_article(text))
    lesson = build_comparison_lesson(analyses, find_conflicts(analyses), outlets)
    data = lesson_to_dict(lesson)          # the lessons-file JSON format (README)
    lesson = lesson_from_dict(data)        # validated; ValueError on bad data

Same input, same lesson: choices are ordered by a hash of the question, never at random.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .question_attribution import attribution_candidates
from .question_comparison import comparison_candidates
from .question_loaded import loaded_candidates
from .question_numbers import number_candidates
from .question_text import choice_key
from .question_types import (
    LESSON_KINDS,
    SKILLS,
    Candidate,
    ChoiceDraft,
    EvidenceSpan,
    LessonDraft,
    QuestionDraft,
)
from .types import ArticleAnalysis, Conflict

__all__ = [
    "ChoiceDraft",
    "EvidenceSpan",
    "LessonDraft",
    "QuestionDraft",
    "build_article_lesson",
    "build_comparison_lesson",
    "lesson_from_dict",
    "lesson_to_dict",
]

MIN_QUESTIONS, MAX_QUESTIONS = 8, 15
MAX_TITLE_LENGTH = 300

# Per skill, the question kinds in the order a lesson takes turns between them.
ARTICLE_KINDS = {
    "attribution": ("who_said", "named_or_anonymous", "via", "anonymous_source_effect",
                    "named_source_effect"),
    "numbers": ("hedge_meaning", "number_source", "exact_or_hedged", "figure_fill_in"),
    "loaded_language": ("which_word_loaded", "neutral_alternative", "loaded_voice"),
}
COMPARISON_KINDS = {
    "attribution": ("outlet_quoted_speaker", "outlet_anonymous_source"),
    "numbers": ("outlet_figure", "hedged_report", "why_figures_differ"),
    "loaded_language": ("outlet_loaded_voice",),
}
# Kinds whose answer is the same lesson after lesson: asked at most this often.
KIND_LIMITS = {"anonymous_source_effect": 1, "named_source_effect": 1, "why_figures_differ": 2,
               "outlet_anonymous_source": 2}
# Kinds that grow dull when repeated: this many while other questions remain, more only when
# nothing else is left to ask.
SOFT_LIMITS = {"exact_or_hedged": 2, "figure_fill_in": 3, "named_or_anonymous": 2, "loaded_voice": 2}
# Kinds where asking twice with the very same choices ("Donald Trump" or "Mike Hurst") is dull.
VARIED_CHOICES = frozenset({"who_said", "via", "outlet_quoted_speaker"})
# Two kinds that may both be asked about one quote, number or term without one giving the other's
# answer away; used only when an article has too little for a full lesson otherwise.
COMPATIBLE_KINDS = {frozenset(pair) for pair in (
    ("who_said", "named_or_anonymous"),
    ("via", "anonymous_source_effect"),
    ("via", "named_source_effect"),
    ("number_source", "hedge_meaning"),
    ("number_source", "exact_or_hedged"),
    ("neutral_alternative", "loaded_voice"),
)}

SKILL_NAMES = {"attribution": "attribution", "numbers": "number", "loaded_language": "loaded-language"}


# ---------------------------------------------------------------- building lessons


def build_article_lesson(name: str, analysis: ArticleAnalysis) -> LessonDraft:
    """8–15 questions on one article, balanced across the skills it has material for."""
    candidates = (attribution_candidates(name, analysis) + number_candidates(name, analysis)
                  + loaded_candidates(name, analysis))
    questions = _select(candidates, ARTICLE_KINDS)
    # No headline: the article's opening words say more than its file name.
    title = " ".join((analysis.title or _fit(" ".join(analysis.body.split()), 80) or name).split())
    return LessonDraft(
        title=_fit(f"Reading closely: {title}", MAX_TITLE_LENGTH),
        kind="article",
        articles=(name,),
        questions=questions,
        notes=_article_notes(analysis, questions),
    )


def build_comparison_lesson(
    analyses: Mapping[str, ArticleAnalysis],
    conflicts: Sequence[Conflict],
    outlets: Mapping[str, str] | None = None,
) -> LessonDraft:
    """Questions across reports of one event: differing figures, sourcing and framing."""
    labels = outlet_labels(analyses, outlets or {})
    questions = _select(comparison_candidates(analyses, conflicts, labels), COMPARISON_KINDS)
    return LessonDraft(
        title=f"Comparing {len(analyses)} reports of the same story",
        kind="comparison",
        articles=tuple(analyses),
        questions=questions,
        notes=_comparison_notes(conflicts, questions),
    )


def _fit(text: str, limit: int) -> str:
    """text cut at a word boundary, with "…", when longer than limit characters."""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"


def outlet_labels(analyses: Mapping[str, ArticleAnalysis], outlets: Mapping[str, str]) -> dict[str, str]:
    """The label to show for each article: the caller's outlet, else the one the text names, else
    its headline, else its opening words; told apart by the article's name when two read the same."""
    labels = {name: _fit(" ".join((outlets.get(name) or a.outlet or a.title or a.body or name).split())
                         or name, 120)
              for name, a in analyses.items()}
    counts = Counter(choice_key(label) for label in labels.values())
    return {name: label if counts[choice_key(label)] == 1 else f"{label} ({name})"
            for name, label in labels.items()}


def _select(candidates: list[Candidate], kinds: Mapping[str, Sequence[str]]) -> tuple[QuestionDraft, ...]:
    """Take turns between skills (and, within a skill, between kinds), one question per quote,
    number or term: first varied questions, then, while there is room under MAX_QUESTIONS, the
    repetitive kinds on the things not yet asked about; if that leaves fewer than MIN_QUESTIONS,
    second questions on the same things where they do not give each other away."""
    used: dict[str, list[str]] = {}
    chosen: list[Candidate] = []
    for mode, limit in (("varied", MAX_QUESTIONS), ("fresh", MAX_QUESTIONS), ("second", MIN_QUESTIONS)):
        if len(chosen) >= limit:
            continue
        rest = {skill: [c for c in candidates if c.question.skill == skill and c not in chosen] for skill in SKILLS}
        stems = {c.question.stem for c in chosen}
        picks = {skill: _pick(rest[skill], kinds.get(skill, ()), used, mode, stems) for skill in SKILLS}
        chosen += _take_turns(picks, limit - len(chosen))
        used = {}
        for candidate in chosen:
            used.setdefault(candidate.item, []).append(candidate.question.kind)
    order = {skill: i for i, skill in enumerate(SKILLS)}
    ranked = sorted(enumerate(chosen), key=lambda pair: (order[pair[1].question.skill], pair[0]))
    return tuple(candidate.question for _, candidate in ranked)


def _pick(candidates: list[Candidate], kinds: Sequence[str], used: dict[str, list[str]],
          mode: str, stems: set[str]) -> list[Candidate]:
    """Candidates in the order to ask them. mode "varied": one question per thing, dull kinds
    limited, no two who-said questions with the same choices; "fresh": one question per thing;
    "second": a second question on a thing already asked about, of a compatible kind.
    A stem already asked (two loaded words in one sentence) is never asked again."""
    used = {item: list(asked) for item, asked in used.items()}
    stems = set(stems)
    by_kind = {kind: sorted((c for c in candidates if c.question.kind == kind),
                            key=lambda c: (c.rank, c.question.stem)) for kind in kinds}
    limits = {**SOFT_LIMITS, **KIND_LIMITS} if mode == "varied" else KIND_LIMITS
    counts: Counter[str] = Counter(kind for asked in used.values() for kind in asked)
    picked: list[Candidate] = []
    progress = True
    while progress:
        progress = False
        for kind in kinds:
            if counts[kind] >= limits.get(kind, MAX_QUESTIONS):
                continue
            candidate = next((c for c in by_kind[kind] if c not in picked and c.question.stem not in stems
                              and _free(c, used, mode == "second")
                              and (mode != "varied" or not _same_choices_again(c, picked))), None)
            if candidate:
                picked.append(candidate)
                stems.add(candidate.question.stem)
                used.setdefault(candidate.item, []).append(kind)
                counts[kind] += 1
                progress = True
    return picked


def _same_choices_again(candidate: Candidate, picked: list[Candidate]) -> bool:
    question = candidate.question
    if question.kind not in VARIED_CHOICES:
        return False
    choices = {choice_key(c.text) for c in question.choices}
    return any(p.question.kind == question.kind and {choice_key(c.text) for c in p.question.choices} == choices
               for p in picked)


def _free(candidate: Candidate, used: dict[str, list[str]], second: bool) -> bool:
    asked = used.get(candidate.item, [])
    if not second:
        return not asked
    kind = candidate.question.kind
    return kind not in asked and all(frozenset((kind, other)) in COMPATIBLE_KINDS for other in asked)


def _take_turns(lists: Mapping[str, list[Candidate]], limit: int) -> list[Candidate]:
    taken: list[Candidate] = []
    turn = 0
    while len(taken) < limit and any(turn < len(items) for items in lists.values()):
        for skill in SKILLS:
            items = lists.get(skill, [])
            if turn < len(items) and len(taken) < limit:
                taken.append(items[turn])
        turn += 1
    return taken


def _article_notes(analysis: ArticleAnalysis, questions: Sequence[QuestionDraft]) -> tuple[str, ...]:
    asked = Counter(q.skill for q in questions)
    notes = []
    material = {
        "attribution": (analysis.quotes, "quotes", "no quote outside the headline says clearly who is speaking"),
        "numbers": (analysis.numbers, "numbers", "its numbers are only in the headline or could not be "
                                                 "asked about without ambiguity"),
        "loaded_language": (analysis.loaded_terms, "loaded terms", "its loaded terms could not be asked "
                                                                   "about without ambiguity"),
    }
    for skill in SKILLS:
        found, what, why_not = material[skill]
        if asked[skill]:
            continue
        if not found:
            notes.append(f"This article has no {what}, so the lesson has no {SKILL_NAMES[skill]} questions.")
        else:
            notes.append(f"In this article {why_not}, so the lesson has no {SKILL_NAMES[skill]} questions.")
    if not questions:
        notes.append("There is nothing in this article to ask about.")
    elif len(questions) < MIN_QUESTIONS:
        notes.append(f"The article supports only {len(questions)} questions; a full lesson has "
                     f"{MIN_QUESTIONS} to {MAX_QUESTIONS}.")
    return tuple(notes)


def _comparison_notes(conflicts: Sequence[Conflict], questions: Sequence[QuestionDraft]) -> tuple[str, ...]:
    asked = Counter(q.skill for q in questions)
    notes = []
    if not asked["numbers"]:
        reason = ("These reports give no differing figures for the same thing" if not conflicts
                  else "The reports' differing figures gave no clear question")
        notes.append(f"{reason}, so the lesson has no number questions.")
    if not asked["attribution"]:
        notes.append("No source is quoted by one outlet and missing from the others, "
                     "so the lesson has no attribution questions.")
    if not asked["loaded_language"]:
        notes.append("No outlet uses a loaded term in its own voice that the others avoid, "
                     "so the lesson has no loaded-language questions.")
    if 0 < len(questions) < MIN_QUESTIONS:
        notes.append(f"The reports support only {len(questions)} comparison questions; a full lesson "
                     f"has {MIN_QUESTIONS} to {MAX_QUESTIONS}.")
    return tuple(notes)


# ---------------------------------------------------------------- JSON


def lesson_to_dict(lesson: LessonDraft) -> dict:
    """The lessons-file format: title, kind, articles and questions (notes are not part of it)."""
    return {
        "title": lesson.title,
        "kind": lesson.kind,
        "articles": list(lesson.articles),
        "questions": [
            {
                "skill": q.skill,
                "kind": q.kind,
                "stem": q.stem,
                "choices": [{"text": c.text, "correct": c.correct} for c in q.choices],
                "explanation": q.explanation,
                "evidence": [{"article": e.article, "start": e.start, "end": e.end, "text": e.text}
                             for e in q.evidence],
            }
            for q in lesson.questions
        ],
    }


LESSON_KEYS = {"title", "kind", "articles", "questions"}
QUESTION_KEYS = {"skill", "kind", "stem", "choices", "explanation", "evidence"}
CHOICE_KEYS = {"text", "correct"}
EVIDENCE_KEYS = {"article", "start", "end", "text"}


def lesson_from_dict(data: dict) -> LessonDraft:
    """A lesson from the lessons-file format, checked; ValueError says what is wrong and where."""
    _keys(data, LESSON_KEYS, "lesson", optional={"notes"})
    kind = _string(data["kind"], "lesson kind")
    if kind not in LESSON_KINDS:
        raise ValueError(f"lesson kind must be one of {', '.join(LESSON_KINDS)}, not {kind!r}")
    articles = data["articles"]
    if not isinstance(articles, list) or not articles:
        raise ValueError("lesson articles must be a non-empty list of article names")
    names = tuple(_string(a, f"articles[{i}]") for i, a in enumerate(articles))
    if not isinstance(data["questions"], list):
        raise ValueError("lesson questions must be a list")
    notes = data.get("notes", [])
    if not isinstance(notes, list):
        raise ValueError("lesson notes must be a list of strings")
    return LessonDraft(
        title=_string(data["title"], "lesson title"),
        kind=kind,
        articles=names,
        questions=tuple(_question(q, f"questions[{i}]", names) for i, q in enumerate(data["questions"])),
        notes=tuple(_string(n, f"notes[{i}]", allow_empty=True) for i, n in enumerate(notes)),
    )


def _question(data: Any, where: str, articles: tuple[str, ...]) -> QuestionDraft:
    _keys(data, QUESTION_KEYS, where)
    skill = _string(data["skill"], f"{where}.skill")
    if skill not in SKILLS:
        raise ValueError(f"{where}.skill must be one of {', '.join(SKILLS)}, not {skill!r}")
    if not isinstance(data["choices"], list) or len(data["choices"]) < 2:
        raise ValueError(f"{where}.choices must be a list of at least 2 choices")
    choices = tuple(_choice(c, f"{where}.choices[{i}]") for i, c in enumerate(data["choices"]))
    correct = sum(c.correct for c in choices)
    if correct != 1:
        raise ValueError(f"{where}: exactly one choice must be correct, found {correct}")
    keys = [choice_key(c.text) for c in choices]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{where}: two choices say the same thing")
    if not isinstance(data["evidence"], list) or not data["evidence"]:
        raise ValueError(f"{where}.evidence must be a non-empty list of spans")
    evidence = tuple(_evidence(e, f"{where}.evidence[{i}]", articles) for i, e in enumerate(data["evidence"]))
    return QuestionDraft(
        skill=skill,
        kind=_string(data["kind"], f"{where}.kind"),
        stem=_string(data["stem"], f"{where}.stem"),
        choices=choices,
        explanation=_string(data["explanation"], f"{where}.explanation"),
        evidence=evidence,
    )


def _choice(data: Any, where: str) -> ChoiceDraft:
    _keys(data, CHOICE_KEYS, where)
    if not isinstance(data["correct"], bool):
        raise ValueError(f"{where}.correct must be true or false")
    return ChoiceDraft(text=_string(data["text"], f"{where}.text"), correct=data["correct"])


def _evidence(data: Any, where: str, articles: tuple[str, ...]) -> EvidenceSpan:
    _keys(data, EVIDENCE_KEYS, where)
    article = _string(data["article"], f"{where}.article")
    if article not in articles:
        raise ValueError(f"{where}.article {article!r} is not one of the lesson's articles")
    start, end = data["start"], data["end"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) or not 0 <= start <= end:
        raise ValueError(f"{where}: start and end must be whole numbers with 0 <= start <= end")
    text = data["text"]
    if not isinstance(text, str) or len(text) != end - start:
        raise ValueError(f"{where}.text must be the span's text, {end - start} characters long")
    return EvidenceSpan(article=article, start=start, end=end, text=text)


def _keys(data: Any, required: set[str], where: str, optional: set[str] = frozenset()) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{where} must be a JSON object")
    missing = sorted(required - data.keys())
    if missing:
        raise ValueError(f"{where} is missing {', '.join(missing)}")
    unknown = sorted(data.keys() - required - optional)
    if unknown:
        raise ValueError(f"{where} has unknown keys: {', '.join(map(str, unknown))}")


def _string(value: Any, where: str, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise ValueError(f"{where} must be a non-empty string")
    return value

"""Cross-article conflicts: the same quantity reported with figures that really differ.

Numbers are matched by what they count, normalised by general word tables (quantity_terms.py):
the head noun's class ("workers", "immigrants" -> people), the event's class ("detained" ->
arrested) and the unit. See GUIDELINES.md, Conflicts.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from .number_words import SCALE_ABBREVIATIONS, SCALES
from .quantity_terms import (
    BUILDING_LOSS_EVENTS,
    CHANGE_NOUNS,
    EVENT_CLASS,
    EVENT_PHRASES,
    HEAD_CLASS,
    IRREGULAR_PARTICIPLES,
    JOB_LOSS_EVENTS,
    JOB_NOUNS,
    METERED_NOUNS,
    NOUNS_WITH_EVENT,
    NOT_EVENTS,
    POWER_EVENTS,
    singular,
)
from .types import ArticleAnalysis, Conflict, ConflictReport, NumberClaim

# Figures within this share of each other that can both be true agree ("more than 300" and 320).
ROUNDING_TOLERANCE = 0.1
# Figures this many times apart are different quantities ("600 workers" at a factory and
# "4 million workers" in the industry), not a dispute about one.
SAME_QUANTITY_RATIO = 10
_STOPWORDS = frozenset({"of", "in", "the", "a", "an", "among", "on", "for"})
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_SCALED_FIGURE = re.compile(
    r"\d(?:\.(?P<decimals>\d+))?\s?(?:(?P<scale>million|billion|trillion|thousand|mn|bn|tn|m|k)\b"
    r"|(?P<percent>%|percent\b|per\s?cent\b|percentage\s+points?\b))",
    re.IGNORECASE,
)
_SCALE_WORDS = {**SCALES, **SCALE_ABBREVIATIONS}
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])|\n")

_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|those|them|these|its|their)\b", re.IGNORECASE)

QuantityKey = tuple[str | None, tuple[str, ...], str | None]


def group_conflicts(analyses: Mapping[str, ArticleAnalysis]) -> list[Conflict]:
    """Groups of numbers reporting the same quantity in at least two articles with differing figures."""
    groups: dict[QuantityKey, list[tuple[str, NumberClaim]]] = {}
    for article, analysis in analyses.items():
        for claim in analysis.numbers:
            key = quantity_key(claim, analysis.body)
            if key is not None:
                groups.setdefault(key, []).append((article, claim))
    conflicts = []
    for members in groups.values():
        for cluster in _by_magnitude(members):
            reports = _distinct_reports(cluster)
            if len({report.article for report in reports}) >= 2 and _figures_differ(reports):
                conflicts.append(Conflict(quantity=_quantity_name(cluster), reports=tuple(reports)))
    return conflicts


# ---------------------------------------------------------------- what a number counts


def quantity_key(claim: NumberClaim, body: str) -> QuantityKey | None:
    """What the claim counts, normalised so that two articles' phrasings compare equal, with the
    year its sentence names (a past event: "the 2013 collapse, which killed more than 1,100");
    None when the claim is too generic to be matched across articles."""
    counted = _counted_key(claim)
    if counted is None or _PARTITIVE_AFTER.match(body, claim.end):
        return None  # "two of the deaths were in Calcasieu Parish": a part, not the total
    return claim.unit, counted, _sentence_year(body, claim.start, claim.end)


def _counted_key(claim: NumberClaim) -> tuple[str, ...] | None:
    if not claim.counts:
        return None
    words = [word for word in claim.counts.split() if word.lower() not in _STOPWORDS]
    if claim.unit:
        # "two weeks", "13 years", "150 mph": a bare unit says nothing about what is measured.
        measured = tuple(EVENT_CLASS.get(word.lower()) or singular(word.lower())
                         for word in words if word.lower() != claim.unit)
        if not set(measured) - CHANGE_NOUNS:
            return None  # "a 4 percent increase": an increase in what is not said
        return measured
    # Event phrases are matched with their small words ("walked off the job", "on board").
    head_words, event = _split_event([word.lower() for word in claim.counts.split()])
    head_words = [word for word in head_words if word not in _STOPWORDS]
    if not head_words:
        return None
    head = singular(head_words[-1])
    if event is None:
        # Only counts tied to an event are matched: "4,000 garment factories" in one story and
        # "more than 1,600 factories" in another are rarely the same factories.
        noun_event = NOUNS_WITH_EVENT.get(" ".join(head_words[-2:])) or NOUNS_WITH_EVENT.get(head)
        return ("people", noun_event) if noun_event else None
    if head in JOB_NOUNS and event in JOB_LOSS_EVENTS:
        return "people", "laid off"  # "1,200 jobs cut" counts the people who lose them
    if EVENT_CLASS.get(event, event) in POWER_EVENTS and head in METERED_NOUNS:
        return "premises", "lost power"
    head_class = HEAD_CLASS.get(head, head)
    if head_class == "buildings" and event in BUILDING_LOSS_EVENTS:
        return head_class, "destroyed"
    return head_class, event


def _sentence_year(body: str, start: int, end: int) -> str | None:
    """The first year named in the claim's sentence, outside the claim itself."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, start)), default=0)
    next_end = _SENTENCE_END.search(body, end)
    sentence_end = next_end.start() if next_end else len(body)
    years = _YEAR.findall(body[sentence_start:start]) + _YEAR.findall(body[end:sentence_end])
    return min(years) if years else None


def _split_event(words: list[str]) -> tuple[list[str], str | None]:
    """["people", "taken", "into", "custody"] -> (["people"], "arrested")."""
    text = " ".join(words)
    for phrase in EVENT_PHRASES:
        if text.endswith(" " + phrase):
            return text[:-len(phrase)].split(), EVENT_CLASS.get(phrase, phrase)
    if len(words) >= 2 and _is_event_word(words[-1]):
        return words[:-1], EVENT_CLASS.get(words[-1], words[-1])
    return words, None


def _is_event_word(word: str) -> bool:
    if word in EVENT_CLASS or word in IRREGULAR_PARTICIPLES:
        return True
    return word.endswith("ed") and word not in NOT_EVENTS


def _by_magnitude(members: list[tuple[str, NumberClaim]]) -> list[list[tuple[str, NumberClaim]]]:
    """Split a group where its figures jump by SAME_QUANTITY_RATIO or more; keep the text order."""
    by_size = sorted(range(len(members)), key=lambda index: abs(members[index][1].value))
    clusters: list[list[int]] = []
    for index in by_size:
        previous = abs(members[clusters[-1][-1]][1].value) if clusters else None
        if previous is not None and abs(members[index][1].value) < previous * SAME_QUANTITY_RATIO:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    return [[members[index] for index in sorted(cluster)] for cluster in clusters]


# ---------------------------------------------------------------- comparing figures


def _distinct_reports(members: list[tuple[str, NumberClaim]]) -> list[ConflictReport]:
    """One report per article and figure: the same figure repeated in an article counts once."""
    seen: set[tuple[str, float, str]] = set()
    reports = []
    for article, claim in members:
        figure = (article, claim.value, claim.hedge)
        if figure not in seen:
            seen.add(figure)
            reports.append(ConflictReport(article, claim.value, claim.hedge, claim.text,
                                          claim.start, claim.end))
    return reports


def _figures_differ(reports: list[ConflictReport]) -> bool:
    return any(
        not _agree(a, b)
        for i, a in enumerate(reports)
        for b in reports[i + 1:]
        if a.article != b.article
    )


def _agree(a: ConflictReport, b: ConflictReport) -> bool:
    """Two figures agree when both can be true and they are the same figure give or take rounding."""
    if a.value == b.value and a.hedge == b.hedge:
        return True
    if not _can_both_be_true(a, b):
        return False
    if a.hedge == b.hedge == "exact":
        return True  # "1.1 million" rounds "1.08 million"
    larger = max(abs(a.value), abs(b.value))
    return larger == 0 or abs(a.value - b.value) / larger <= ROUNDING_TOLERANCE


def _can_both_be_true(a: ConflictReport, b: ConflictReport) -> bool:
    """True when some one value is allowed by both reports' hedges."""
    (low_a, high_a), (low_b, high_b) = _bounds(a), _bounds(b)
    low, high = max(low_a, low_b), min(high_a, high_b)
    if low < high:
        return True
    return low == high and _allows(a, low) and _allows(b, low)


def _bounds(report: ConflictReport) -> tuple[float, float]:
    """The lowest and highest value the report allows (open or closed: see _allows)."""
    value, spread = report.value, abs(report.value) * ROUNDING_TOLERANCE
    rounding = _rounding(report.text) / 2
    return {
        "exact": (value - rounding, value + rounding),
        "approximate": (value - spread, value + spread),
        "at_least": (value, math.inf),
        "more_than": (value, math.inf),
        "at_most": (-math.inf, value),
        "less_than": (-math.inf, value),
    }[report.hedge]


def _rounding(text: str) -> float:
    """The rounding a percentage or a figure with a scale word carries: "1.1 million" is to the
    nearest 100,000 and agrees with "1.08 million"; "52%" agrees with "51.8%". Counts are exact."""
    match = _SCALED_FIGURE.search(text)
    if not match:
        return 0.0
    decimals = len(match.group("decimals") or "")
    scale = 1 if match.group("percent") else _SCALE_WORDS[match.group("scale").lower()]
    return scale / 10 ** decimals


def _allows(report: ConflictReport, value: float) -> bool:
    """"more than 300" and "fewer than 300" do not allow 300 itself."""
    return not (report.hedge in ("more_than", "less_than") and value == report.value)


def _quantity_name(members: list[tuple[str, NumberClaim]]) -> str:
    """The counts phrase the articles use most (the first one used on a tie)."""
    phrases = Counter(claim.counts for _, claim in members if claim.counts)
    return max(phrases, key=lambda phrase: (phrases[phrase], -_first_use(members, phrase)))


def _first_use(members: list[tuple[str, NumberClaim]], phrase: str) -> int:
    return next(index for index, (_, claim) in enumerate(members) if claim.counts == phrase)

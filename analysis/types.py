"""Plain data that the analysis engine returns. No Django here."""
from __future__ import annotations

from dataclasses import dataclass, field

# Hedges a number can carry; "as many as 800" is at_most, "almost 700" less_than.
HEDGES = ("exact", "approximate", "at_least", "at_most", "more_than", "less_than")


@dataclass(frozen=True)
class CleanText:
    title: str | None
    outlet: str | None
    # Headline (when there is one) + blank line + paragraphs separated by blank lines.
    body: str


@dataclass(frozen=True)
class Quote:
    # The quoted words without the marks; the parts of a split quote joined by a space.
    text: str
    kind: str  # "statement" (a full quotation) or "scare" (a word or phrase in the writer's sentence)
    speaker: str | None  # full name, organisation, or anonymous descriptor ("an ICE official")
    named: bool
    role: str | None  # "acting Homeland Security Secretary"
    via: str | None  # the channel: "NBC News", "a statement sent to Newsweek"
    # Offsets into body: first quoted character to last quoted character (inside the marks);
    # a split quote spans from its first part to its last.
    start: int
    end: int


@dataclass(frozen=True)
class NumberClaim:
    value: float
    hedge: str  # one of HEDGES
    counts: str | None  # what is counted: "people arrested", "percent decrease in apprehensions"
    text: str  # the surface phrase with its hedge: "as many as 800"
    start: int
    end: int
    unit: str | None = None  # "percent", "dollars", "days"…


@dataclass(frozen=True)
class LoadedTerm:
    term: str  # the lexicon's headword
    matched: str  # the words as they stand in the body
    voice: str  # "quoted" (inside a quotation) or "author" (the writer's own voice)
    neutral: tuple[str, ...]
    why: str
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class ArticleAnalysis:
    title: str | None
    outlet: str | None
    body: str
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    numbers: tuple[NumberClaim, ...] = field(default_factory=tuple)
    loaded_terms: tuple[LoadedTerm, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ConflictReport:
    article: str  # the caller's name for the article (file name, slug)
    value: float
    hedge: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Conflict:
    quantity: str  # "people arrested"
    reports: tuple[ConflictReport, ...]

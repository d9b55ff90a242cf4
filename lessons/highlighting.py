"""An article's body cut into paragraphs of pieces, each piece marked with the kinds of finding
(quote, number, loaded term) that cover it, and a numbered marker where each finding starts.

Findings overlap (a loaded term inside a quote), so a piece can carry several kinds; the template
draws each kind with its own underline and puts a bracketed label, [Q1], [N2], [L3], before it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .rendering import paragraph_bounds

KIND_LABELS = {"quote": ("Q", "Quote"), "number": ("N", "Number"), "term": ("L", "Loaded term")}


@dataclass(frozen=True)
class Finding:
    kind: str  # "quote", "number" or "term"
    number: int  # 1, 2, 3… within its kind, in body order
    start: int
    end: int
    description: str  # "Kevin McAleenan, named", "as many as 800 (at most)"

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.number}"

    @property
    def short_label(self) -> str:
        return f"{KIND_LABELS[self.kind][0]}{self.number}"

    @property
    def long_label(self) -> str:
        return f"{KIND_LABELS[self.kind][1]} {self.number}"


@dataclass(frozen=True)
class Piece:
    text: str
    findings: tuple[Finding, ...]  # covering this piece
    starts: tuple[Finding, ...]  # beginning at this piece: their markers go before it

    @property
    def css(self) -> str:
        return " ".join(f"hl-{kind}" for kind in sorted({f.kind for f in self.findings}))

    @property
    def title(self) -> str:
        return "; ".join(f"{f.long_label}: {f.description}" for f in self.findings)


@dataclass(frozen=True)
class MarkedParagraph:
    pieces: tuple[Piece, ...]
    is_headline: bool


def _pieces(body: str, lo: int, hi: int, findings: Sequence[Finding]) -> tuple[Piece, ...]:
    inside = [f for f in findings if f.start < hi and f.end > lo and f.start < f.end]
    cuts = sorted({lo, hi} | {max(lo, min(hi, x)) for f in inside for x in (f.start, f.end)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(f for f in inside if f.start <= a and f.end >= b)
        starting = tuple(f for f in inside if f.start == a)
        pieces.append(Piece(body[a:b], covering, starting))
    return tuple(pieces)


def marked_paragraphs(body: str, title: str | None, findings: Sequence[Finding]) -> list[MarkedParagraph]:
    paragraphs = []
    for index, (lo, hi) in enumerate(paragraph_bounds(body)):
        is_headline = index == 0 and bool(title) and body[lo:hi].strip() == title.strip()
        paragraphs.append(MarkedParagraph(_pieces(body, lo, hi, findings), is_headline))
    return paragraphs

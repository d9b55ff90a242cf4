"""An article's clean body as paragraphs of text segments, some marked as evidence."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool
    anchor: str = ""  # an id for links to this marked segment ("evidence-3-1")


@dataclass(frozen=True)
class Paragraph:
    segments: tuple[Segment, ...]
    is_headline: bool

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of the body."""
    bounds, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(body):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(body)))
    return [(s, e) for s, e in bounds if body[s:e].strip()]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _segments(body: str, start: int, end: int, marks: list[tuple[int, int]]) -> tuple[Segment, ...]:
    segments, cursor = [], start
    for mark_start, mark_end in marks:
        mark_start, mark_end = max(mark_start, start), min(mark_end, end)
        if mark_start >= mark_end:
            continue
        if cursor < mark_start:
            segments.append(Segment(body[cursor:mark_start], marked=False))
        segments.append(Segment(body[mark_start:mark_end], marked=True))
        cursor = mark_end
    if cursor < end:
        segments.append(Segment(body[cursor:end], marked=False))
    return tuple(segments)


def _number_marks(paragraphs: list[Paragraph], anchor_prefix: str) -> list[Paragraph]:
    numbered, count = [], 0
    for paragraph in paragraphs:
        segments = []
        for segment in paragraph.segments:
            if segment.marked:
                count += 1
                segment = Segment(segment.text, True, f"{anchor_prefix}-{count}")
            segments.append(segment)
        numbered.append(Paragraph(tuple(segments), paragraph.is_headline))
    return numbered


def article_paragraphs(
    body: str,
    title: str | None = None,
    marks: Iterable[tuple[int, int]] = (),
    anchor_prefix: str = "evidence",
) -> list[Paragraph]:
    """Split the body into paragraphs; spans in `marks` (offsets into body) come out marked,
    their segments numbered `anchor_prefix`-1, -2… for links."""
    merged = _merge(marks)
    paragraphs = []
    for index, (start, end) in enumerate(paragraph_bounds(body)):
        is_headline = index == 0 and title is not None and body[start:end].strip() == title.strip()
        paragraphs.append(Paragraph(_segments(body, start, end, merged), is_headline))
    return _number_marks(paragraphs, anchor_prefix)

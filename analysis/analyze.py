"""The engine's entry points: wire the extractors together."""
from __future__ import annotations

from collections.abc import Mapping

from .clean import clean_article
from .conflicts import group_conflicts
from .loaded import find_loaded_terms
from .numbers import find_numbers
from .quotes import find_quotes
from .types import ArticleAnalysis, Conflict


def analyze_article(text: str) -> ArticleAnalysis:
    """Analyze one article given as plain text (headline on the first line) or HTML."""
    clean = clean_article(text)
    quotes = find_quotes(clean.body)
    return ArticleAnalysis(
        title=clean.title,
        outlet=clean.outlet,
        body=clean.body,
        quotes=tuple(quotes),
        numbers=tuple(find_numbers(clean.body)),
        loaded_terms=tuple(find_loaded_terms(clean.body, quotes)),
    )


def find_conflicts(analyses: Mapping[str, ArticleAnalysis]) -> list[Conflict]:
    """Group numbers that report the same quantity across articles; keep groups that differ."""
    return group_conflicts(analyses)

"""Byline's article analysis: a pure-Python package with no Django imports.

    analysis = analyze_article(text)          # one article: quotes, numbers, loaded terms
    conflicts = find_conflicts({"a.txt": analysis_a, "b.txt": analysis_b})
"""
from .analyze import analyze_article, find_conflicts
from .types import (
    ArticleAnalysis,
    CleanText,
    Conflict,
    ConflictReport,
    LoadedTerm,
    NumberClaim,
    Quote,
)

__all__ = [
    "analyze_article",
    "find_conflicts",
    "ArticleAnalysis",
    "CleanText",
    "Conflict",
    "ConflictReport",
    "LoadedTerm",
    "NumberClaim",
    "Quote",
]

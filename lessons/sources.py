"""The source map of an article: who is quoted, how often, named or anonymous, through which channel."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .models import ArticleQuote


@dataclass
class Source:
    speaker: str  # blank: the article does not say who
    named: bool
    quotes: list[ArticleQuote] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.quotes)


@dataclass
class SourceMap:
    sources: list[Source]
    unattributed: list[ArticleQuote]

    @property
    def anonymous(self) -> list[Source]:
        return [s for s in self.sources if not s.named]

    @property
    def anonymous_percent(self) -> int:
        return round(100 * len(self.anonymous) / len(self.sources)) if self.sources else 0

    @property
    def quote_count(self) -> int:
        return sum(s.count for s in self.sources)

    @property
    def anonymous_quote_count(self) -> int:
        return sum(s.count for s in self.anonymous)


def _add_once(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def source_map(quotes: Iterable[ArticleQuote]) -> SourceMap:
    """Quotes grouped by their (corrected) speaker, most quoted first; dismissed quotes left out."""
    by_speaker: dict[tuple[str, bool], Source] = {}
    unattributed = []
    for quote in quotes:
        if quote.dismissed:
            continue
        if not quote.shown_speaker:
            unattributed.append(quote)
            continue
        key = (quote.shown_speaker.casefold(), quote.is_named)
        source = by_speaker.setdefault(key, Source(quote.shown_speaker, quote.is_named))
        source.quotes.append(quote)
        _add_once(source.channels, quote.via)
        if not quote.corrected_speaker:
            _add_once(source.roles, quote.role)
    sources = sorted(by_speaker.values(), key=lambda s: (-s.count, s.quotes[0].start))
    return SourceMap(sources, unattributed)

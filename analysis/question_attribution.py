"""Attribution questions on one article: who said it, named or anonymous, through which channel."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .question_sources import (
    Speaker,
    in_headline,
    quote_evidence,
    speakers_of,
    wrong_speakers,
)
from .question_text import (
    OPEN_QUOTE,
    CLOSE_QUOTE,
    capitalise,
    choice_key,
    ended,
    contains,
    excerpt,
    find_all,
    fold,
    paragraph_around,
    quote_words,
    sentence_spans,
    stable_order,
)
from .question_types import Candidate, EvidenceSpan, QuestionDraft, make_question, merge_evidence, span
from .types import ArticleAnalysis, Quote

SKILL = "attribution"

ANONYMOUS_EFFECT = ("Readers cannot check who the source is or what their motives might be, "
                    "so they have to trust the outlet's judgement")
ANONYMOUS_EFFECT_WRONG = (
    "Nothing: an anonymous source is always more reliable than a named one",
    "It proves that the quote was made up",
    "It means the writer of the article said these words",
    "It means the source must be a famous expert",
)
NAMED_EFFECT = "Readers can check who the source is, what their job is and what they might want"
NAMED_EFFECT_WRONG = (
    "It proves that what the source said is true",
    "It means the outlet agrees with the source",
    "Nothing: a name tells readers nothing about a source",
)
NAMED_CHOICE = "Named: the article says who it is"
ANONYMOUS_CHOICE = "Anonymous: the article does not give a name"
# Channels offered as wrong answers when the article has too few of its own; never one it mentions.
OTHER_CHANNELS = (
    "a press conference", "a post on social media", "a television interview", "The Associated Press",
    "Reuters", "The New York Times", "a radio interview", "a letter to lawmakers",
)


class QuoteItem:
    """A quote worth asking about, with what every attribution question on it needs."""

    def __init__(self, name: str, analysis: ArticleAnalysis, quote: Quote, speaker: Speaker,
                 words: str, evidence: tuple[EvidenceSpan, ...]) -> None:
        self.name, self.analysis, self.quote, self.speaker = name, analysis, quote, speaker
        self.words = words
        self.evidence = evidence
        self.key = f"quote:{quote.start}"

    @property
    def shown(self) -> str:
        return OPEN_QUOTE + self.words + CLOSE_QUOTE

    def says(self, focus_text: str | None = None, source: str = "The article") -> str:
        """"The article says: '…'", around the speaker's name (or focus_text) in the evidence."""
        parts = []
        for evidence in self.evidence:
            body = self.analysis.body
            focus = _focus(body, evidence, focus_text or self.speaker.name, self.quote)
            parts.append(excerpt(body, evidence.start, evidence.end, focus, 45))
        return f"{source} says: '" + " … ".join(parts) + "'"


def _focus(body: str, evidence: EvidenceSpan, text: str, quote: Quote) -> tuple[int, int]:
    for form in (text, text.split()[-1]):
        hits = find_all(evidence.text, form)
        if hits:
            return evidence.start + hits[0][0], evidence.start + hits[0][1]
    return max(quote.start, evidence.start), min(quote.end, evidence.end)


def quote_items(name: str, analysis: ArticleAnalysis) -> list[QuoteItem]:
    """Quotes with a clear speaker, outside the headline, each wording once."""
    speakers = {choice_key(s.name): s for s in speakers_of(analysis)}
    items: list[QuoteItem] = []
    seen: set[str] = set()
    for quote in analysis.quotes:
        if (not quote.speaker or not re.search(r"\w", analysis.body[quote.start:quote.end])
                or in_headline(analysis, quote.start) or fold(quote.text) in seen):
            continue
        speaker = speakers[choice_key(quote.speaker)]
        words = quote_words(analysis.body, quote.start, quote.end, quote.text)
        evidence = quote_evidence(name, analysis.body, quote, speaker)
        if words and evidence and not contains(words, speaker.name):
            seen.add(fold(quote.text))
            items.append(QuoteItem(name, analysis, quote, speaker, words, evidence))
    return items


def _mix_rank(items: list[QuoteItem]) -> dict[str, tuple]:
    """Rank that alternates anonymous and named sources, statements before scare quotes."""
    counters: dict[tuple[str, bool], int] = {}
    ranks = {}
    for item in items:
        group = (item.quote.kind, item.speaker.named)
        counters[group] = counters.get(group, -1) + 1
        ranks[item.key] = (item.quote.kind != "statement", counters[group], item.speaker.named,
                           item.quote.start)
    return ranks


def attribution_candidates(name: str, analysis: ArticleAnalysis) -> list[Candidate]:
    items = quote_items(name, analysis)
    speakers = speakers_of(analysis)
    ranks = _mix_rank(items)
    candidates = []
    for item in items:
        for question in _questions_on(item, speakers):
            if question:
                candidates.append(Candidate(question, item.key, ranks[item.key]))
    return candidates


def _questions_on(item: QuoteItem, speakers: list[Speaker]) -> Iterator[QuestionDraft | None]:
    yield who_said(item, speakers)
    yield via(item)
    if item.quote.kind == "statement":  # a scare quote's user is rarely a "source"
        yield named_or_anonymous(item)
        yield source_effect(item)


def who_said(item: QuoteItem, speakers: list[Speaker]) -> QuestionDraft | None:
    if item.quote.kind == "scare" and _reported_words(item):
        return None
    wrong = wrong_speakers(item.quote, item.speaker, speakers, item.analysis.quotes)
    verb = "said" if item.quote.kind == "statement" else "used the words"
    stem = f"According to the article, who {verb} {item.shown}?"
    explanation = f"{ended(item.says())} The words are {_possessive(item.speaker)}."
    return make_question(SKILL, "who_said", stem, capitalise(item.speaker.display),
                         [capitalise(s.display) for s in stable_order(wrong, stem, lambda s: s.name)],
                         explanation, item.evidence)


def _reported_words(item: QuoteItem) -> bool:
    """Sought to "sabotage" it, according to the Examiner: the outlet reports the word, but it
    may be its sources' word, so who used it is unclear."""
    quote = item.quote
    return bool(quote.via and choice_key(quote.via) == choice_key(item.speaker.name)) or any(
        "according to" in fold(e.text) for e in item.evidence)


def _possessive(speaker: Speaker) -> str:
    if not speaker.named:
        return f"those of {speaker.display}"
    return speaker.name + ("’" if speaker.name.endswith("s") else "’s")


def named_or_anonymous(item: QuoteItem) -> QuestionDraft | None:
    stem = f"The article quotes {item.shown}. Does it name the source of these words?"
    if item.speaker.named:
        correct, wrong = NAMED_CHOICE, ANONYMOUS_CHOICE
        why = f"It names the source: {item.speaker.name}."
    else:
        correct, wrong = ANONYMOUS_CHOICE, NAMED_CHOICE
        why = f"The source is only described as {item.speaker.display}, without a name."
    return make_question(SKILL, "named_or_anonymous", stem, correct, [wrong],
                         f"{ended(item.says())} {why}", item.evidence, max_choices=2)


def source_effect(item: QuoteItem) -> QuestionDraft | None:
    who = item.speaker.display
    if item.speaker.named:
        stem = (f"The article names the source of {item.shown}: {item.speaker.name}. "
                "What does naming the source let readers do?")
        correct, wrong = NAMED_EFFECT, NAMED_EFFECT_WRONG
        why = "A named source can be looked up and their interests weighed; a name does not make a claim true."
        kind = "named_source_effect"
    else:
        stem = (f"The article quotes {who}, without giving a name: {item.shown}. "
                "What does it change that this source is anonymous?")
        correct, wrong = ANONYMOUS_EFFECT, ANONYMOUS_EFFECT_WRONG
        why = ("Without a name, readers cannot judge the source's position or motives themselves; "
               "only the outlet knows who they are.")
        kind = "anonymous_source_effect"
    return make_question(SKILL, kind, stem, correct, stable_order(wrong, stem),
                         f"{ended(item.says())} {why}", item.evidence)


def via(item: QuoteItem) -> QuestionDraft | None:
    channel = item.quote.via
    evidence = _channel_evidence(item)
    if not channel or evidence is None:
        return None
    stem = f"According to the article, where or to whom did {item.speaker.display} say {item.shown}?"
    wrong = _other_channels(item) + stable_order(_unmentioned_channels(item.analysis.body), stem)
    shown = QuoteItem(item.name, item.analysis, item.quote, item.speaker, item.words, evidence)
    focus = next(form for form in _channel_forms(channel) if any(contains(e.text, form) for e in evidence))
    explanation = f"{ended(shown.says(focus))} The channel is {channel}."
    return make_question(SKILL, "via", stem, capitalise(channel), [capitalise(c) for c in wrong],
                         explanation, evidence)


def _channel_evidence(item: QuoteItem) -> tuple[EvidenceSpan, ...] | None:
    """The quote's evidence if it names the channel, else with the sentence just before the quote
    when that one does ("Moreno told the Echo that… "It was chaos," Moreno said.")."""
    forms = _channel_forms(item.quote.via or "")
    if any(contains(e.text, form) for e in item.evidence for form in forms):
        return item.evidence
    body = item.analysis.body
    first = min(e.start for e in item.evidence)
    paragraph_start = paragraph_around(body, first)[0]
    before = [s for s in sentence_spans(body) if paragraph_start <= s[0] and s[1] <= first]
    if before and any(contains(body[before[-1][0]:before[-1][1]], form) for form in forms):
        return merge_evidence([span(item.name, body, *before[-1]), *item.evidence], {item.name: body})
    return None


def _channel_forms(channel: str) -> list[str]:
    words = channel.split()
    forms = [channel]
    if words and words[0].lower() in {"a", "an", "the"} and len(words) > 1:
        forms.append(" ".join(words[1:]))
    return forms


def _distinctive(channel: str) -> set[str]:
    """'NBC’s Meet the Press' -> {'nbc', 'mee', 'pre'}; 'a separate statement' -> {'sep', 'sta'}:
    two channels sharing one of these may be the same channel."""
    generic = {"a", "an", "the", "news", "with", "on", "in", "to", "of", "by", "posted", "sent", "online"}
    # the first three letters, so "the jury" and "jurors", "reporter" and "reporters" meet
    return {re.sub(r"'s$", "", w)[:3] for w in fold(channel).split() if w not in generic}


def _other_channels(item: QuoteItem) -> list[str]:
    """Channels other speakers used in this article: not this speaker's, not a near name of this
    channel ("NBC News" / "NBC’s Meet the Press"), not an outlet the article reports from."""
    mine = _distinctive(item.quote.via or "")
    channels = []
    for quote in item.analysis.quotes:
        other = quote.via
        if (not other or not quote.speaker or choice_key(quote.speaker) == choice_key(item.speaker.name)
                or mine & _distinctive(other) or _reported_from(item.analysis.body, other)):
            continue
        channels.append(other)
    return stable_order(dict.fromkeys(channels), item.key)


@functools.lru_cache(maxsize=64)
def _folded(body: str) -> str:
    return fold(body)


def _reported_from(body: str, channel: str) -> bool:
    """'According to CNN': the outlet the article relies on, so possibly right for any quote."""
    return any(f"according to {form}" in _folded(body) for form in map(fold, _channel_forms(channel)))


@functools.lru_cache(maxsize=64)
def _unmentioned_channels(body: str) -> tuple[str, ...]:
    return tuple(c for c in OTHER_CHANNELS if not any(contains(body, form) for form in _channel_forms(c)))

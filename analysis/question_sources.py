"""Who said what, for questions: the speakers of an article, where their words and names stand,
and which other speakers could be offered as wrong answers without also being right."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .question_text import (
    Span,
    a_or_an,
    choice_key,
    contains,
    find_all,
    fold,
    is_plural_descriptor,
    name_forms,
    paragraph_around,
    paragraph_spans,
    same_person,
    sentence_around,
    sentence_spans,
)
from .question_types import EvidenceSpan, span
from .types import ArticleAnalysis, Quote

# Words that say what kind of source someone is, not which one; what is left ("ICE", "White House")
# tells sources apart.
_GENERIC_SOURCE_WORDS = frozenset({
    "official", "officials", "source", "sources", "person", "people", "spokesperson", "spokesman",
    "spokeswoman", "aide", "aides", "member", "members", "familiar", "with", "the", "of", "a", "an",
    "one", "who", "knowledge", "matter", "senior", "former", "current", "top", "high-ranking",
    "another", "other", "second", "third", "fourth", "fifth", "those", "that", "this", "in", "at",
    "for", "to", "and", "on", "private", "conversations", "discussions", "situation", "said",
    "spoke", "condition", "anonymity", "administration", "government", "department",
})
_EARLIER_PARAGRAPHS = 3  # how far back a pronoun's antecedent ("he said") is looked for


@dataclass(frozen=True)
class Speaker:
    name: str
    named: bool
    role: str | None
    context: str  # where they are introduced and quoted, to tell whether a descriptor may be them

    @property
    def display(self) -> str:
        return self.name if self.named else a_or_an(self.name)


def in_headline(analysis: ArticleAnalysis, index: int) -> bool:
    """True for a position in the body's first paragraph when that paragraph is the headline."""
    paragraphs = paragraph_spans(analysis.body)
    if not analysis.title or not paragraphs:
        return False
    first_start, first_end = paragraphs[0]
    return index < first_end and fold(analysis.body[first_start:first_end]) == fold(analysis.title)


def speakers_of(analysis: ArticleAnalysis) -> list[Speaker]:
    """Each distinct speaker once, in the order they are first quoted."""
    found: dict[str, Speaker] = {}
    for quote in analysis.quotes:
        if not quote.speaker:
            continue
        key = choice_key(quote.speaker)
        context = _context(analysis.body, quote)
        if key in found:
            old = found[key]
            found[key] = Speaker(old.name, old.named, old.role or quote.role, old.context + " " + context)
        else:
            introduced = find_all(analysis.body, quote.speaker)
            if introduced:
                lo, hi = sentence_around(analysis.body, *introduced[0])
                context = analysis.body[lo:hi] + " " + context
            found[key] = Speaker(quote.speaker, quote.named, quote.role, context)
    return list(found.values())


def _context(body: str, quote: Quote) -> str:
    """The quote's sentence and the one before it: where a speaker is usually described
    ("One ICE official in charge of the field office admitted…" before "…, Jerome Miles said")."""
    lo, hi = sentence_around(body, quote.start, quote.end)
    before = [s for s in sentence_spans(body) if s[1] <= lo]
    if before:
        lo = before[-1][0]
    return body[lo:hi]


def _distinctive_words(descriptor: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", fold(descriptor)) if w not in _GENERIC_SOURCE_WORDS}


def may_be_same_source(a: Speaker, b: Speaker) -> bool:
    """True when the article could mean one source by both: same name, one named in the other's
    role ("executive director of Alianza Americas") or name ("Kessler's campaign"), an unnamed
    "ICE official" next to a named ICE director, or "the first official" who is an earlier
    unnamed source described again."""
    if same_person(a.name, b.name):
        return True
    for one, other in ((a, b), (b, a)):
        if one.role and contains(one.role, other.name):
            return True
        # "Kessler's campaign" speaks for Brad Kessler
        if other.named and any(contains(re.sub(r"[’']s\b", "", one.name), form)
                               for form in name_forms(other.name, True)):
            return True
        if not one.named:
            # "the first official" describes an earlier unnamed source again; a group of unnamed
            # "officials" may include any single unnamed one
            if not other.named and (one.name.lower().startswith(("first ", "other ", "another "))
                                    or is_plural_descriptor(one.name)):
                return True
            # "ICE official" and "ICE acting Director Matthew Albence"; "One ICE official in charge
            # of the field office admitted…" just before Jerome Miles is quoted
            words = _distinctive_words(one.name)
            where = " ".join(filter(None, (other.name, other.role)))
            if words and all(contains(where, w) for w in words):
                return True
            if other.named and (contains(other.context, one.name) or _appositive(one, other)):
                return True
    return False


def _appositive(descriptor: Speaker, named: Speaker) -> bool:
    """'Alianza Americas, a network of 50 groups' or 'ICE acting Director Matthew Albence': the
    article describes the named source with the descriptor's main word next to its name, so the
    descriptor may mean them."""
    words = [w for w in re.findall(r"[\w’'-]+", fold(descriptor.name)) if w not in _GENERIC_SOURCE_WORDS]
    if not words:
        return False
    for form in name_forms(named.name, True):
        for start, end in find_all(named.context, form):
            title = re.split(r"[,.;:!?\n“”\"]", named.context[max(0, start - 60):start])[-1]
            appositive = _APPOSITIVE.match(named.context, end)
            if contains(title, words[0]) or (appositive and contains(appositive.group(1), words[0])):
                return True
    return False


# ", a network of 50 groups," / ", the executive director of…" right after a name
_APPOSITIVE = re.compile(r"\s*,\s*((?:a|an|the|one of the)\s[^,.;:!?]*)", re.IGNORECASE)


def texts_overlap(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa) and bool(fb) and (fa in fb or fb in fa)


def wrong_speakers(quote: Quote, speaker: Speaker, speakers: Sequence[Speaker],
                   quotes: Sequence[Quote]) -> list[Speaker]:
    """Other speakers who plainly did not say the quote: not the speaker under another name,
    not the body the speaker speaks for (or its other names), not credited with the same words."""
    credited = [q.speaker for q in quotes if q.speaker and texts_overlap(q.text, quote.text)]
    group = [speaker] + [s for s in speakers if speaker.role and contains(speaker.role, s.name)]
    return [other for other in speakers
            if not any(may_be_same_source(other, member) for member in group)
            and not any(same_person(other.name, name) for name in credited)]


def mention_in(body: str, speaker: Speaker, lo: int, hi: int) -> Span | None:
    for form in name_forms(speaker.name, speaker.named):
        hits = find_all(body[lo:hi], form)
        if hits:
            return lo + hits[-1][0], lo + hits[-1][1]
    return None


def quote_evidence(article: str, body: str, quote: Quote, speaker: Speaker) -> tuple[EvidenceSpan, ...] | None:
    """The quote with its attribution, plus the sentence naming the speaker when the attribution
    is a pronoun ("he added"); None when the article never names them near the quote."""
    lo, hi = sentence_around(body, quote.start, quote.end)
    here = span(article, body, lo, hi)
    if mention_in(body, speaker, lo, hi):
        return (here,)
    paragraphs = paragraph_spans(body) or [(0, len(body))]
    index = next((i for i, p in enumerate(paragraphs) if p[0] <= lo < p[1]), 0)
    earliest = paragraphs[max(0, index - _EARLIER_PARAGRAPHS)][0]
    earlier = mention_in(body, speaker, earliest, lo)
    if earlier:
        s_lo, s_hi = sentence_around(body, *earlier)
        return span(article, body, s_lo, s_hi), here
    # '"…" The words came from Smith.' — the naming sentence may follow in the same paragraph
    paragraph_end = paragraph_around(body, lo)[1]
    later = mention_in(body, speaker, hi, paragraph_end)
    if later:
        s_lo, s_hi = sentence_around(body, *later)
        return (span(article, body, lo, s_hi),) if s_lo <= hi + 2 else (here, span(article, body, s_lo, s_hi))
    return None


def quote_containing(analysis: ArticleAnalysis, start: int, end: int) -> Quote | None:
    return next((q for q in analysis.quotes if q.start <= start and end <= q.end), None)

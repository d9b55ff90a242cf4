"""Direct quotations in an article body, and who said them (see GUIDELINES.md, "Quotes").

The work is done in linear passes over the body:
1. find quotation-mark spans paragraph by paragraph (straight, curly and British single marks,
   apostrophes excluded), chain paragraph-spanning quotes and merge quotes split by an attribution;
2. mask the quotes, tokenize and split sentences, so that words inside quotes never count as
   attribution and quote punctuation never ends a sentence;
3. read who the subjects of the sentences are, in order, resolving pronouns, surnames and "the
   coalition" as we go (names.Coreference);
4. attribute each quote (adjacent "…," X said / X said: "…", the nearest speech verb of the
   sentence, a sentence-final "said X", a colon lead-in, or the previous paragraph's speaker), and
   decide kind and channel.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .names import (
    ATTRIBUTION_VERBS,
    AUXILIARIES,
    CLAUSE_WORDS,
    DOCUMENT_NOUNS,
    DETERMINERS,
    INVERTING_VERBS,
    NAMING_VERBS,
    NOT_NAME_WORDS,
    PRONOUNS,
    QUOTE_MARKER,
    TAIL_STARTS,
    WEEKDAYS_MONTHS,
    Coreference,
    Entity,
    Mention,
    Speaker,
    Token,
    attribution_verb_at,
    classify_phrase,
    fold,
    is_capitalized,
    is_noun_use,
    is_org_noun,
    is_person_noun,
    is_plural_person_noun,
    is_quote_marker,
    make_token,
    name_token,
    nearest_person_before,
    past_verb,
    phrase_after,
    phrase_before,
    possessive_base,
    sentence_subject,
    source_after,
    speech_verb_at,
    subject_before,
    tokenize,
)
from .types import Quote

# ---------------------------------------------------------------- vocabulary

_FINITE_WORDS = set("is was are were am isn't wasn't aren't weren't will won't would wouldn't "
                    "can can't cannot could couldn't should shouldn't shall may might must "
                    "mustn't has have had hasn't haven't hadn't do does did don't doesn't "
                    "didn't i'm i've i'll i'd we're we've we'll we'd you're you've you'll "
                    "they're they've they'll he's she's it's that's there's here's what's "
                    "who's let's".split())
_SUBJECT_PRONOUNS = set("i we you he she they it this that there nobody everybody somebody anybody "
                        "everyone someone anyone nothing everything something".split())
_SUBORDINATORS = set("like that because if when as since although though while whether than where so "
                     "but and or of to for with about from in on at by".split())
_DISPLAY_CUES = set("signs sign placards placard banners banner posters poster reading read chants "
                    "chant cries slogans slogan t-shirts shirts stickers graffiti waving carrying badges badge "
                    "buttons scarves flags message "
                    "holding".split())
# Words that pick people out of a group just named: "fans, some holding signs".
_GROUP_QUANTIFIERS = {"some", "several", "many", "most", "others", "dozens", "hundreds", "thousands"}
_SPEECH_NOUNS = set("pledge promise vow claim claims call slogan motto words word use phrase label term "
                    "warning description characterization characterisation rhetoric mantra catchphrase "
                    "insistence argument assertion message accusation remark remarks comments".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_INTRO_CHANNEL_WORDS = {"speaking", "talking", "writing", "in", "during", "on", "at", "reached", "contacted",
                        "asked", "questioned", "pressed"}
_LINK_WORDS = {"by", "without", "before", "after", "while", "when", "in"}  # "by saying", "after telling"
_VOICING_VERBS = {"raised", "raise", "raises", "voiced", "voice", "voices", "listed", "aired", "cited",
                  "repeated", "named"}
_MODALS = {"would", "will", "could", "should", "might", "may", "can", "must"}
_SENTENCE_ENDS = (".", ";", "!", "?")
_CHANNEL_TRAILERS = WEEKDAYS_MONTHS | {"the", "of", "and", "for", "on", "in"}  # "told CNN on Sunday"

_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "'‘’"
_DOUBLE_MARK = re.compile('["“”„«»]')
_SINGLE_MARK = re.compile("['‘’]")
_OPENING_CONTEXT = ",:;([{—–-/"
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|tis\b|twas\b|bout\b|round\b|"
                      r"nuff\b|kay\b|cept\b|s\b)", re.IGNORECASE)
_INTERVIEW_CUE = re.compile(r"\b(?:questions?|asked|interview(?:ed)?|Q&A)\b", re.IGNORECASE)
_MAX_GAP_WORDS = 30  # a split quote's attribution is short


# ---------------------------------------------------------------- quote spans


@dataclass
class _Part:
    """One stretch between quotation marks, inside one paragraph."""

    para: int
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the paragraph ends first
    para_end: int
    family: str  # "d" double, "s" single

    @property
    def region_end(self) -> int:
        """One past the last character the quote occupies, marks included."""
        return self.close + 1 if self.close is not None else self.para_end

    def inner(self, body: str) -> tuple[int, int]:
        start, end = self.open + 1, self.close if self.close is not None else self.para_end
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return start, end


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body) if m.group().strip()]


def _mark_role(text: str, i: int) -> str | None:
    """"open", "close", "either" (a straight mark between two words) or None (an apostrophe)."""
    char = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    single = char in _SINGLE_MARKS
    if single and prev.isalnum() and nxt.isalnum():
        return None
    shape = "open" if char in "“„‘«" else "close" if char in "”’»" else None
    if char in "«»":
        return shape  # guillemets may stand apart from the words: « Non »
    may_open = not nxt.isspace() and nxt not in ".,;:!?)]}”’"
    may_close = not prev.isspace() and prev not in "([{“‘"
    if may_open and may_close:
        if prev in _OPENING_CONTEXT or prev in _DOUBLE_MARKS + _SINGLE_MARKS:
            return "open"
        return shape or "either"
    if may_open:
        return None if single and _ELISION.match(text, i + 1) else "open"
    if may_close:
        return "close"
    return None


def _weak_single_close(text: str, i: int) -> bool:
    """officials’ families: a plural possessive looks like a closing single mark."""
    return text[i - 1] in "sS" and i + 2 < len(text) and text[i + 1] == " " and text[i + 2].islower()


def _pair_marks(text: str, marks: list[tuple[int, str]]) -> tuple[list[tuple[int, int]], int | None]:
    """Pair openers and closers of one family: (outermost pairs, unclosed outermost opener)."""
    pairs: list[tuple[int, int]] = []
    depth, opened = 0, -1
    for index, (i, role) in enumerate(marks):
        if role == "either":
            role = "close" if depth else "open"
        if role == "open":
            if depth == 0:
                opened = i
            depth += 1
        elif depth:
            if _weak_single_close(text, i) and _later_close(marks, index):
                continue
            depth -= 1
            if depth == 0:
                pairs.append((opened, i))
    return pairs, (opened if depth else None)


def _later_close(marks: list[tuple[int, str]], index: int) -> bool:
    for _, role in marks[index + 1:]:
        if role == "open":
            return False
        if role in ("close", "either"):
            return True
    return False


def _paragraph_parts(body: str, para: int, start: int, end: int) -> list[_Part]:
    """Top-level quotation parts of one paragraph, in order; nested quotes are inside them."""
    doubles = [(m.start(), r) for m in _DOUBLE_MARK.finditer(body, start, end)
               if (r := _mark_role(body, m.start()))]
    pairs, unclosed = _pair_marks(body, doubles)
    parts = [_Part(para, o, c, end, "d") for o, c in pairs]
    if unclosed is not None:
        parts.append(_Part(para, unclosed, None, end, "d"))
    taken = [(p.open, p.region_end) for p in parts]
    singles = [(m.start(), r) for m in _SINGLE_MARK.finditer(body, start, end)
               if not any(a <= m.start() < b for a, b in taken) and (r := _mark_role(body, m.start()))]
    single_pairs, single_unclosed = _pair_marks(body, singles)
    parts += [_Part(para, o, c, end, "s") for o, c in single_pairs if _encloses_words(body, o, c)]
    if single_unclosed is not None and _opens_after_lead_in(body, start, single_unclosed):
        parts.append(_Part(para, single_unclosed, None, end, "s"))
    parts.sort(key=lambda p: p.open)
    return _outermost(parts)


def _opens_after_lead_in(body: str, para_start: int, i: int) -> bool:
    """An unclosed single mark opens a quotation only at the paragraph's start or after a colon,
    comma or full stop ("Smith said: ‘We will fight …")."""
    before = body[para_start:i].rstrip()
    return not before or before[-1] in ":,.!?"


def _encloses_words(body: str, open_: int, close: int) -> bool:
    return any(c.isalpha() for c in body[open_ + 1:close])


def _first_char(body: str, start: int) -> int:
    while start < len(body) and body[start].isspace():
        start += 1
    return start


def _outermost(parts: list[_Part]) -> list[_Part]:
    kept: list[_Part] = []
    for part in parts:
        if kept and part.open < kept[-1].region_end:
            continue  # a double quote nested in a British single one
        kept.append(part)
    return kept


def _plausible_start(body: str, part: _Part, para_start: int) -> bool:
    """An opener whose quote never closes must look like the start of a quotation, or be a short
    tail that only lacks its closing mark."""
    before = body[para_start:part.open].rstrip()
    if not before or len(body[part.open:part.para_end].split()) <= 12:
        return True
    if before[-1] in ":,.!?—–":
        return True
    words = before.split()
    return bool(words) and words[-1].lower().strip(",") in ATTRIBUTION_VERBS | {"that"}


def _chain_paragraphs(body: str, paragraphs: list[tuple[int, int]]) -> list[list[_Part]]:
    """Quotes as lists of parts; a quote left open at a paragraph's end continues when the next
    paragraph opens with the same kind of mark."""
    quotes: list[list[_Part]] = []
    pending: list[_Part] | None = None
    for para, (start, end) in enumerate(paragraphs):
        parts = _paragraph_parts(body, para, start, end)
        if pending is not None:
            if parts and parts[0].open == _first_char(body, start) and parts[0].family == pending[0].family:
                pending.append(parts.pop(0))
                if pending[-1].close is not None:
                    quotes.append(pending)
                    pending = None
            else:
                quotes.append(pending)
                pending = None
        for part in parts:
            if part.close is not None:
                quotes.append([part])
            elif _plausible_start(body, part, start):
                pending = [part]
    if pending is not None:
        quotes.append(pending)
    quotes.sort(key=lambda q: q[0].open)
    return quotes


# ---------------------------------------------------------------- masked text, tokens, sentences


@dataclass
class _Sentence:
    tokens: list[Token]
    para: int
    index: int  # position in the article's list of sentences


def _masked(body: str, quotes: list[list[_Part]]) -> str:
    chars = list(body)
    for quote in quotes:
        for part in quote:
            chars[part.open] = QUOTE_MARKER
            for i in range(part.open + 1, part.region_end):
                chars[i] = " "
    return "".join(chars)


# ---------------------------------------------------------------- attribution


@dataclass
class _Attribution:
    """What the text around a quote says about who said it."""

    ref: Mention | None
    via: str | None = None
    adjacent: bool = False  # "…," X said / X said: "…" — a statement structure
    verb: str | None = None
    speaker: Speaker | None = None  # set directly for headline matches and continuations
    according: bool = False  # "…," according to X


# The quote before the one being attributed, and its speaker.
_Previous = tuple[list["_Part"], Speaker | None]


# ---------------------------------------------------------------- the article


class _Article:
    """One body read for its quotes: spans, sentences, the people in it, then each attribution."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.paragraphs = _paragraph_spans(body)
        self.has_headline = _starts_with_headline(body, self.paragraphs)
        raw = _chain_paragraphs(body, self.paragraphs)
        self.masked = _masked(body, raw)
        self.sentences = self._split_sentences(raw)
        self.where: dict[int, tuple[_Sentence, int]] = {
            t.start: (s, i) for s in self.sentences for i, t in enumerate(s.tokens)}
        self.quotes = self._merge_split_quotes(raw)
        # "Michael “Mick” Garvey": a nickname inside a name is nobody's quote, and the name is whole
        self.nicknames = {q[0].open for q in self.quotes if self._is_nickname(q)}
        headline = [t for s in self.sentences if self.has_headline and s.para == 0 for t in s.tokens]
        self.people = Coreference([[t for t in s.tokens if t.start not in self.nicknames]
                                   for s in self._body_sentences()], headline)
        self.channels = self._interview_channels()
        self.spoken = self._spoken_channels()

    # ------------------------------------------------ sentences

    def _split_sentences(self, quotes: list[list[_Part]]) -> list[_Sentence]:
        ends = {part.open: self.body[part.inner(self.body)[0]:part.inner(self.body)[1]].rstrip("’'\"”")
                for quote in quotes for part in quote}
        sentences: list[_Sentence] = []
        for para, (start, end) in enumerate(self.paragraphs):
            tokens = tokenize(self.masked[start:end], start)
            current: list[Token] = []
            for i, token in enumerate(tokens):
                current.append(token)
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if nxt is not None and self._ends_sentence(token, nxt, tokens, i, ends, len(current) == 1):
                    sentences.append(_Sentence(current, para, len(sentences)))
                    current = []
            if current:
                sentences.append(_Sentence(current, para, len(sentences)))
        return sentences

    def _ends_sentence(self, token: Token, nxt: Token, tokens: list[Token], i: int,
                       ends: dict[int, str], alone: bool) -> bool:
        starts_new = nxt.text[0].isupper() or nxt.text[0].isdigit() or is_quote_marker(nxt)
        if token.text in (".", "!", "?"):
            return starts_new
        if token.lower in ("a.m.", "p.m.") and nxt.text[0].isupper() and not nxt.text.isupper() \
                and nxt.lower not in WEEKDAYS_MONTHS:
            return True  # "… shortly after 6 a.m. Picketers outside …", not "6 a.m. Monday" or "a.m. ET"
        if is_quote_marker(token) and ends.get(token.start, "")[-1:] in (".", "!", "?") and starts_new:
            # “Stop.” McAleenan said. — one sentence; “Stop.” It said the plan … — two; and a
            # sentence that ends on a quote (… a banner reading “Stop.” Marchers shouted …) — two
            return is_quote_marker(nxt) or not alone or (nxt.text[0].isupper() and (
                _attribution_after(tokens, i + 1, strict=True) is None or _leads_into_quote(tokens, i + 1)))
        return False

    def sentence_of(self, position: int) -> tuple[_Sentence, int]:
        return self.where[position]

    # ------------------------------------------------ split quotes

    def _merge_split_quotes(self, quotes: list[list[_Part]]) -> list[list[_Part]]:
        merged: list[list[_Part]] = []
        for quote in quotes:
            if merged and self._interrupts(merged[-1], quote):
                merged[-1] = merged[-1] + quote
            else:
                merged.append(quote)
        return merged

    def _interrupts(self, first: list[_Part], second: list[_Part]) -> bool:
        """"We will rebuild," she said, "and soon." — the gap is only an attribution."""
        last, nxt = first[-1], second[0]
        if last.close is None or last.para != nxt.para or not self._opens_sentence(first[0]):
            return False
        text = self.body[last.open + 1:last.close].rstrip()
        if not text or text[-1] not in ",.?!…—–-;:":
            return False
        gap = tokenize(self.masked[last.close + 1:nxt.open], last.close + 1)
        if not gap or len(gap) > _MAX_GAP_WORDS:
            return False
        if gap[-1].text[-1] not in ",.:—–;!?":  # "… wrote on X. "…": the period may end a token
            return False
        if gap[-1].text == ":" and text[-1] in ".?!":
            return False  # "…," she said. "Nobody warned us." Her husband added: "…": a new speaker
        if _attribution_after(gap, 0, strict=True) is None:
            return False
        if any(t.text in (".", "!", "?") for t in gap[:-1]):
            return False  # "…," said Park. She paused. "…": narrative between two quotes
        return self._post_attribution(second[-1], strict=True) is None

    def _opens_sentence(self, part: _Part) -> bool:
        """A quote inside the writer's sentence ("… were "a national disgrace." Its president
        said: "…"") is not the first half of a split quote."""
        para_start = self.paragraphs[part.para][0]
        before = self.masked[para_start:part.open].rstrip()
        return not before or before[-1] in ".!?:;" + QUOTE_MARKER

    def _is_nickname(self, quote: list[_Part]) -> bool:
        if len(quote) > 1:
            return False
        sentence, index = self.sentence_of(quote[0].open)
        tokens = sentence.tokens
        start, end = quote[0].inner(self.body)
        words = self.body[start:end].split()
        return (0 < index < len(tokens) - 1 and name_token(tokens[index - 1]) and name_token(tokens[index + 1])
                and 1 <= len(words) <= 2 and all(word[0].isupper() for word in words))

    def _body_sentences(self) -> list[_Sentence]:
        return [s for s in self.sentences if not (self.has_headline and s.para == 0)]

    # ------------------------------------------------ channels given before a quote

    def _interview_channels(self) -> dict[str, str]:
        """"In an interview with Chuck Todd on NBC's Meet the Press, McAleenan …" gives
        McAleenan's later quotes that channel."""
        channels: dict[str, str] = {}
        for sentence in self._body_sentences():
            text = self._text_of(sentence.tokens)
            match = re.search(r"\binterview with ([^,;]+?)(?: on ([^,;]+?))?(?:,|;|$)", text)
            if not match:
                continue
            lead = sentence_subject(sentence.tokens)
            speaker = self.people.speaker_for(lead) if lead else None
            if speaker is not None and speaker.named:
                channels.setdefault(speaker.name, match.group(2) or match.group(1))
        return channels

    def _spoken_channels(self) -> dict[str, list[tuple[int, int, str]]]:
        """Channels the article gives when someone speaks ("X told the Guardian that …"):
        speaker → [(position, paragraph, channel)]."""
        channels: dict[str, list[tuple[int, int, str]]] = {}
        for sentence in self._body_sentences():
            tokens = sentence.tokens
            for j, token in enumerate(tokens):
                if not speech_verb_at(tokens, j) or is_noun_use(tokens, j):
                    continue
                ref = self.people.verb_subject(sentence.tokens, j)
                speaker = self.people.speaker_for(ref) if ref is not None else None
                if speaker is None:
                    continue
                tail = _clause_tail(tokens, j)
                subject_phrase = self.masked[min(ref.position, token.start):token.start]
                via = _via(self._text_of(tail)) or _via(subject_phrase)
                if via:
                    channels.setdefault(speaker.name, []).append((token.start, sentence.para, via))
        return channels

    def _recent_channel(self, name: str, part: _Part) -> str | None:
        """The channel of the speaker's latest words before this quote, within two paragraphs."""
        found = None
        for position, para, via in self.spoken.get(name, []):
            if position < part.open and part.para - para <= 2:
                found = via
        return found

    def _text_of(self, tokens: list[Token]) -> str:
        if not tokens:
            return ""
        return self.masked[tokens[0].start:tokens[-1].end]

    # ------------------------------------------------ attributing quotes

    def results(self) -> list[Quote]:
        found: list[Quote] = []
        previous: _Previous | None = None
        body_quotes = [q for q in self.quotes if not self._in_headline(q)]
        for quote in self.quotes:
            if self._in_headline(quote):
                attribution = self._headline_attribution(quote, body_quotes)
            else:
                attribution = self._attribute(quote, previous)
            speaker = self._speaker_of(attribution) if attribution else None
            found.append(self._quote(quote, attribution, speaker))
            previous = (quote, speaker)
        return found

    def _speaker_of(self, attribution: _Attribution) -> Speaker | None:
        if attribution.speaker is not None or attribution.ref is None:
            return attribution.speaker
        return self.people.speaker_for(attribution.ref)

    def _in_headline(self, quote: list[_Part]) -> bool:
        return self.has_headline and quote[0].para == 0

    def _quote(self, quote: list[_Part], attribution: _Attribution | None,
               speaker: Speaker | None) -> Quote:
        spans = [part.inner(self.body) for part in quote]
        text = " ".join(self.body[a:b] for a, b in spans)
        via = attribution.via if attribution else None
        if speaker is not None and via is None:
            via = self._recent_channel(speaker.name, quote[0]) or self.channels.get(speaker.name)
        if via and self._names_a_person(via):
            via = None  # "told Meta CEO Mark Zuckerberg": the listener, not a channel
        return Quote(
            text=text,
            kind=self._kind(quote, text, attribution),
            speaker=speaker.name if speaker else None,
            named=bool(speaker and speaker.named),
            role=speaker.role if speaker and speaker.named else None,
            via=via,
            start=spans[0][0],
            end=spans[-1][1],
        )

    def _names_a_person(self, text: str) -> bool:
        words = text.split()
        if len(words) < 2:
            return False
        entity = self.people.registry.resolve(" ".join(words[-2:]), len(self.body))
        return entity is not None and entity.kind == "person"

    def _attribute(self, quote: list[_Part], previous: _Previous | None) -> _Attribution | None:
        first, last = quote[0], quote[-1]
        sentence, index = self.sentence_of(first.open)
        if len(quote) == 1 and (_names_a_term(sentence.tokens, index) or first.open in self.nicknames):
            return None
        for a, b in zip(quote, quote[1:]):
            if a.para == b.para and a.close is not None:
                gap = tokenize(self.masked[a.close + 1:b.open], a.close + 1)
                found = _attribution_after(gap, 0, strict=True)
                if found is not None:
                    return found
        if last.close is not None:
            found = self._post_attribution(last, strict=True) or self._said_that_before(first) \
                or self._post_attribution(last, strict=False)
            if found is not None and found.according:
                return self._reported_speech(first, last, found)
            if found is not None:
                return found
        found = self._left_attribution(first)
        if found is not None:
            return found
        found = self._sentence_final_attribution(last)
        if found is not None:
            return found
        return self._context_attribution(first, previous)

    def _said_that_before(self, part: _Part) -> _Attribution | None:
        """"Holt wrote in a post that "at least 10 people" had died, a figure the office later
        said …", "X called the move "…," and the team's post …": the quote sits in the clause of
        the verb before it, whatever follows."""
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        found = self._left_verb_attribution(tokens, index)
        if found is None or found.verb is None:
            return None
        verb = max(j for j in range(index) if tokens[j].lower == found.verb)
        if found.verb in NAMING_VERBS:  # "called the move "…", and the team's post …"
            return found if index - verb <= 4 else None
        return found if any(t.lower == "that" for t in tokens[verb + 1:index]) else None

    def _reported_speech(self, first: _Part, last: _Part, according: _Attribution) -> _Attribution:
        """"Lee told friends she "would like to coach," according to The Globe": Lee spoke; the
        source after "according to" is how the article knows."""
        sentence, index = self.sentence_of(first.open)
        told = self._left_verb_attribution(sentence.tokens, index)
        if told is None or told.ref is None:
            return according
        after, close = self.sentence_of(last.open)
        via = _via(self._text_of(after.tokens[close + 1:])) or according.via
        return _Attribution(told.ref, via=via, adjacent=told.adjacent, verb=told.verb)

    def _post_attribution(self, part: _Part, strict: bool) -> _Attribution | None:
        if part.close is None:
            return None
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        found = _attribution_after(tokens, index + 1, strict=strict)
        if found is None and index + 1 == len(tokens) and index == 0:
            # only a quote standing alone: after "… unfurled a banner reading "…"" the next
            # sentence ("Some marchers shouted at them") is narrative
            found = self._attribution_in_next_sentence(sentence, strict)
        return found

    def _attribution_in_next_sentence(self, sentence: _Sentence, strict: bool) -> _Attribution | None:
        """“Stop.” McAleenan said. — the splitter may have cut before the attribution."""
        if sentence.index + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[sentence.index + 1]
        if nxt.para != sentence.para or not strict:
            return None
        if _leads_into_quote(nxt.tokens, 0):
            return None  # "Her husband added: "…"" introduces the next quote
        found = _attribution_after(nxt.tokens, 0, strict=True)
        return found if found is not None and len(nxt.tokens) <= 15 else None

    def _left_attribution(self, part: _Part) -> _Attribution | None:
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        cue = self._cue_attribution(tokens, index)
        if cue is not None:
            return cue
        found = self._left_verb_attribution(tokens, index) or self._voiced_list(tokens, index)
        if found is None and index > 0 and tokens[index - 1].text == ":":
            lead = sentence_subject(tokens)  # "Graham went further: "…""
            if lead is not None:
                return _Attribution(lead, adjacent=True, via=self._intro_via(tokens[:index]))
        return found

    def _cue_attribution(self, tokens: list[Token], index: int) -> _Attribution | None:
        """Words just before the quote that say whose it is: "the government's pledge to",
        "his use of the word", "signs reading", "chants of"."""
        for k in range(index - 1, max(-1, index - 9), -1):
            token = tokens[k]
            if is_quote_marker(token) or token.lower in ("and", "or", ","):
                continue  # signs reading "Short staffed = unsafe" and "Patients before profits"
            if token.lower in _SPEECH_NOUNS and k > 0:
                # "the government's pledge", "an engineer’s 2022 message": a year may stand between
                before = k - 2 if k > 1 and tokens[k - 1].text.isdigit() else k - 1
                owner = self._possessor(tokens, before)
                if owner is not None:
                    return _Attribution(owner)
            if token.lower in ATTRIBUTION_VERBS and k > 0 and tokens[k - 1].lower in _DISPLAY_CUES:
                continue  # placards saying "…"
            if not token.is_word or token.lower in ATTRIBUTION_VERBS:
                return None
            if token.lower in _DISPLAY_CUES:
                lead = self._display_carrier(tokens, k)
                speaker = self.people.speaker_for(lead) if lead is not None else None
                return _Attribution(lead) if speaker is not None and speaker.is_person() else None
        return None

    def _display_carrier(self, tokens: list[Token], k: int) -> Mention | None:
        """Who holds the sign: the subject of the verb before it ("… when a few students unfurled
        a banner reading"), else the sentence's subject ("Nurses marched, carrying signs")."""
        for j in range(k - 1, max(-1, k - 8), -1):
            if tokens[j].text == ",":
                break
            if tokens[j].lower in _GROUP_QUANTIFIERS:
                return self._group_quantified(tokens, j)  # "fans, some holding signs reading"
            if past_verb(tokens[j]) and j > 0 and tokens[j - 1].lower in _DISPLAY_CUES:
                continue  # "T-shirts printed with the slogan": the shirts' participle, not the wearer's verb
            if past_verb(tokens[j]):
                if j > 0 and tokens[j - 1].lower in _GROUP_QUANTIFIERS:
                    return self._group_quantified(tokens, j - 1)  # "Several wore T-shirts"
                found = subject_before(tokens, j)
                if found is not None:
                    return found
                break
        return sentence_subject(tokens)

    def _group_quantified(self, tokens: list[Token], q: int) -> Mention | None:
        """The group that "some" or "several" picks out: the phrase before its comma ("about two
        dozen fans, some holding …"), or the previous sentence's plural subject."""
        if q > 1 and tokens[q - 1].text == ",":
            # the people last named in the clause: "Parents packed the meeting, many wearing …"
            return _people_named_last(tokens[:q - 1], within_clause=True) or sentence_subject(tokens)
        if q > 0:
            # "Picketers chanted …, and some carried signs": the subject of the main clause
            return sentence_subject(tokens) if tokens[q - 1].lower in ("and", "while") else None
        sentence, _ = self.sentence_of(tokens[0].start)
        if sentence.index == 0 or self.sentences[sentence.index - 1].para != sentence.para:
            return None
        # the people last named in the sentence before: "… about 150 residents attended a protest."
        return _people_named_last(self.sentences[sentence.index - 1].tokens)

    def _possessor(self, tokens: list[Token], k: int) -> Mention | None:
        """Whose words: "the government’s" → government; "his" → the man last mentioned."""
        token = tokens[k]
        if token.lower in _POSSESSIVE_PRONOUNS:
            nearest = nearest_person_before(tokens, k)
            if nearest is not None:
                return nearest
            return Mention("pronoun", _POSSESSIVE_PRONOUNS[token.lower], token.start)
        base = possessive_base(token.text)
        if not base:
            return None
        start = k
        while start > 0 and k - start < 4 and tokens[start - 1].is_word and (
                is_capitalized(tokens[start - 1]) or tokens[start - 1].lower in DETERMINERS):
            start -= 1
            if tokens[start].lower in DETERMINERS:
                break
        window = tokens[start:k] + [make_token(base, token.start, token.start + len(base))]
        return classify_phrase(window, tokens)

    def _left_verb_attribution(self, tokens: list[Token], index: int) -> _Attribution | None:
        for j in range(index - 1, -1, -1):
            token = tokens[j]
            if token.text in (";",):
                break
            if token.lower == "to" and j > 0 and tokens[j - 1].lower == "according":
                ref = source_after(tokens, j + 1)
                if ref is not None:
                    return _Attribution(ref, adjacent=tokens[index - 1].text in (",", ":"),
                                        via=_according_via(ref))
            if not (attribution_verb_at(tokens, j) or _finding_that(tokens, j)) or is_noun_use(tokens, j) \
                    or _after_modal(tokens, j) or _passive_verb(tokens, j):
                continue
            if _what_they_call(tokens, j):
                return None
            ref = self._subject_for_quote(tokens, j, index)
            if ref is None:
                continue
            adjacent = tokens[index - 1].text in (":", ",") and token.lower not in NAMING_VERBS
            via = _via(self._text_of(tokens[j:index])) or self._intro_via(tokens[:j]) \
                or _via(self.masked[ref.position:token.start])
            return _Attribution(ref, via=via, adjacent=adjacent, verb=token.lower)
        return None

    def _voiced_list(self, tokens: list[Token], index: int) -> _Attribution | None:
        """"Opponents raised the usual objections: traffic, noise, the street's "character."" —
        the words are in the list of what the subject voiced."""
        colon = max((k for k in range(index) if tokens[k].text == ":"), default=None)
        if colon is None or not any(t.lower in _VOICING_VERBS for t in tokens[:colon]):
            return None
        lead = sentence_subject(tokens)
        return _Attribution(lead) if lead is not None else None

    def _intro_via(self, tokens: list[Token]) -> str | None:
        """A channel in the sentence's opening phrase: "Speaking to X, …", "In a statement, …"."""
        if not tokens or tokens[0].lower not in _INTRO_CHANNEL_WORDS:
            return None
        for i, token in enumerate(tokens):
            if token.text == ",":
                return _via(self._text_of(tokens[:i]))
        return None

    def _subject_for_quote(self, tokens: list[Token], j: int, quote_index: int) -> Mention | None:
        verb = tokens[j].lower
        before = tokens[j - 1].lower if j > 0 else ""
        if verb.endswith("ing") and j == 0:
            # "Calling it an "act of terror," Chacón said …", "Chanting "…", the protesters walked":
            # the subject of the main clause
            after = _attribution_after(tokens, quote_index + 1, strict=False)
            return after.ref if after else sentence_subject(tokens)
        if verb.endswith("ing") and (before == "," or before in CLAUSE_WORDS or before in _LINK_WORDS):
            return sentence_subject(tokens)  # "…, saying that …", "was quoted as saying"
        if before == "to":
            return sentence_subject(tokens)  # "Harris joined Todd to say that …"
        return subject_before(tokens, j)

    def _sentence_final_attribution(self, part: _Part) -> _Attribution | None:
        """"The "family op" … is slated to target 2,000 families, said the officials." """
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        for j in range(index + 1, len(tokens)):
            token = tokens[j]
            if is_quote_marker(token):
                return None
            if token.text != ",":
                continue
            found = _attribution_after(tokens, j + 1, strict=True)
            if found is not None and _ends_at_sentence_end(tokens, j + 1):
                found.adjacent = False  # it attributes the whole sentence, not a quotation
                return found
            if j + 2 < len(tokens) and tokens[j + 1].lower == "according" and tokens[j + 2].lower == "to":
                ref = source_after(tokens, j + 3)
                if ref is not None:
                    return _Attribution(ref, via=_according_via(ref))
        return None

    def _context_attribution(self, part: _Part, previous: _Previous | None) -> _Attribution | None:
        """A quote that opens its sentence with no attribution of its own: a colon lead-in, the
        person the previous sentence is about, or the previous quote's speaker gives it."""
        sentence, index = self.sentence_of(part.open)
        if index != 0:
            return None
        found = self._colon_lead_in(sentence) or self._previous_sentence_subject(sentence) \
            or self._named_after(sentence) or self._interview_answer(part) or self._speech_lead_in(sentence)
        if found is not None or previous is None or previous[1] is None:
            return found
        prev_quote, prev_speaker = previous
        if part.para - prev_quote[-1].para > 1 or not self._nothing_between(prev_quote[-1], part):
            return None
        return _Attribution(None, adjacent=True, speaker=prev_speaker)

    def _colon_lead_in(self, sentence: _Sentence) -> _Attribution | None:
        """"He put it this way:" or "Reeves told reporters:" just before the quote."""
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1].tokens
        if not before or before[-1].text != ":":
            return None
        for j in range(len(before) - 1, -1, -1):
            if attribution_verb_at(before, j) and not is_noun_use(before, j):
                ref = self.people.verb_subject(before, j)
                if ref is not None:
                    return _Attribution(ref, via=_via(self._text_of(before[j:])), adjacent=True)
        lead = sentence_subject(before)
        return _Attribution(lead, adjacent=True) if lead is not None else None

    def _speech_lead_in(self, sentence: _Sentence) -> _Attribution | None:
        """"Henrik Aasland … read from a prepared statement." then a paragraph that is a quotation:
        the paragraph before ends on someone speaking, and the quotation is what they said."""
        if sentence.index == 0 or not self._quote_only(sentence.para):
            return None
        before = self.sentences[sentence.index - 1]
        if before.para != sentence.para - 1 or any(is_quote_marker(t) for t in before.tokens):
            return None
        tokens = before.tokens
        for j, token in enumerate(tokens):
            reads = token.lower == "read" and j + 1 < len(tokens) and tokens[j + 1].lower in ("from", "out", "aloud")
            if (reads or speech_verb_at(tokens, j)) and not is_noun_use(tokens, j) and not _after_modal(tokens, j):
                ref = self.people.verb_subject(tokens, j)
                speaker = self.people.speaker_for(ref) if ref is not None else None
                if speaker is not None and (speaker.is_person() or speaker.kind == "org"):
                    return _Attribution(ref, via=_via(self._text_of(tokens[j:])), adjacent=True)
        return None

    def _previous_sentence_subject(self, sentence: _Sentence) -> _Attribution | None:
        """The person the previous sentence of the paragraph is about, when it quotes nobody."""
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1]
        if before.para != sentence.para or any(is_quote_marker(t) for t in before.tokens):
            return None
        lead = sentence_subject(before.tokens)
        speaker = self.people.speaker_for(lead) if lead is not None else None
        if speaker is None or not speaker.is_person() or speaker.kind == "plural":
            return None
        return _Attribution(None, adjacent=True, speaker=speaker)

    def _named_after(self, sentence: _Sentence) -> _Attribution | None:
        """"“It was a long courtship.” That is how Ellery described the talks": the next sentence
        says whose words they were."""
        if sentence.index + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[sentence.index + 1]
        words = [t.lower.replace("’", "'") for t in nxt.tokens[:3]]
        next_paragraph = nxt.para == sentence.para + 1 and self._quote_only(sentence.para)
        if not (nxt.para == sentence.para or next_paragraph) or not words:
            return None
        if words[0] == "that's" and words[1:2] == ["how"]:
            start = 2
        elif words[0] == "that" and words[1:2] in (["is"], ["was"]) and words[2:3] == ["how"]:
            start = 3
        else:
            return None
        ref = phrase_after(nxt.tokens, start)
        return _Attribution(ref, adjacent=True) if ref is not None else None

    def _interview_answer(self, part: _Part) -> _Attribution | None:
        """A Q&A block: "We put three questions to Ana Ruiz." / "Why here?" / "“Because …”" —
        a quote paragraph after an unquoted question answers it, in the interviewee's words."""
        para = part.para
        if para < 2 or not self._quote_only(para) or not self._question(para - 1):
            return None
        lead = para - 1
        while lead > 0 and (self._question(lead) or self._quote_only(lead)):
            lead -= 1
        start, end = self.paragraphs[lead]
        if not _INTERVIEW_CUE.search(self.masked[start:end]):
            return None
        entity = self._person_named_in(start, end) or self._most_mentioned_person(start)
        if entity is None:
            return None
        return _Attribution(None, adjacent=True, speaker=Speaker(entity.name, True, entity.role, "person", entity))

    def _person_named_in(self, start: int, end: int) -> Entity | None:
        for token in tokenize(self.masked[start:end], start):
            if name_token(token) and token.lower not in NOT_NAME_WORDS:
                entity = self.people.registry.resolve(token.text, token.start)
                if entity is not None and entity.kind == "person":
                    return entity
        return None

    def _most_mentioned_person(self, before: int) -> Entity | None:
        """"We asked the new champion two questions": whom the article is about so far."""
        registry = self.people.registry
        counts = Counter(name for position, name in registry.mentions
                         if position < before and registry.entities[name].kind == "person")
        return registry.entities[counts.most_common(1)[0][0]] if counts else None

    def _paragraph_text(self, para: int) -> str:
        start, end = self.paragraphs[para]
        return self.masked[start:end].strip()

    def _quote_only(self, para: int) -> bool:
        text = self._paragraph_text(para)
        return text.startswith(QUOTE_MARKER) and not any(c.isalnum() for c in text)

    def _question(self, para: int) -> bool:
        text = self._paragraph_text(para)
        return text.endswith("?") and QUOTE_MARKER not in text

    def _nothing_between(self, earlier: _Part, later: _Part) -> bool:
        """Only the earlier quote's own attribution sentence lies between the two quotes."""
        if earlier.close is None:
            return False
        sentence, _ = self.sentence_of(earlier.open)
        end_of_attribution = sentence.tokens[-1].end
        between = self.masked[max(end_of_attribution, earlier.close + 1):later.open]
        return not between.strip()

    # ------------------------------------------------ headline quotes

    def _headline_attribution(self, quote: list[_Part],
                              body_quotes: list[list[_Part]]) -> _Attribution | None:
        """The headline's own attribution when it names someone the body names, or a group
        ("… Immigration Advocates Say"); else the speaker of the body quote or sentence that
        repeats the words; else the headline's own descriptor."""
        sentence, index = self.sentence_of(quote[0].open)
        own = _attribution_after(sentence.tokens, index + 1, strict=True) \
            or self._left_verb_attribution(sentence.tokens, index)
        speaker = self._speaker_of(own) if own is not None else None
        if speaker is not None and (speaker.kind == "plural" or self._named_in_body(speaker)):
            return _Attribution(None, via=own.via, adjacent=own.adjacent, speaker=speaker)
        adjacent = own is not None and own.adjacent
        start, end = quote[0].inner(self.body)
        words = _normal_words(self.body[start:end])
        for other in body_quotes:
            text = " ".join(self.body[a:b] for a, b in (p.inner(self.body) for p in other))
            if words.strip() and words in _normal_words(text):
                found = self._attribute(other, None)
                said_by = found and self._speaker_of(found)
                if said_by is not None:
                    return _Attribution(None, via=found.via, speaker=said_by, adjacent=adjacent)
        paraphrased = self._paraphrase_attribution(words)
        if paraphrased is not None:
            paraphrased.adjacent = adjacent
            return paraphrased
        return own

    def _named_in_body(self, speaker: Speaker) -> bool:
        # in a title-case headline a lone capitalised word ("Hospital Says") proves nothing, but
        # an acronym ("says IFA") does
        lone_word = len(speaker.name.split()) < 2 and not (speaker.name.isupper() and len(speaker.name) > 1)
        if not speaker.named or speaker.entity is None or lone_word:
            return False
        return speaker.entity.first_seen > self.paragraphs[0][1]

    def _paraphrase_attribution(self, words: str) -> _Attribution | None:
        """"workers ‘trapped behind locked gate’" ← "Survivors said workers … were trapped behind a
        locked gate": the body sentence holding the headline's words in order."""
        wanted = words.split()
        if len(wanted) < 2:
            return None
        for sentence in self._body_sentences():
            have = _normal_words(self._text_of(sentence.tokens)).split()
            if not _in_order(wanted, have):
                continue
            for j, token in enumerate(sentence.tokens):
                if speech_verb_at(sentence.tokens, j):
                    ref = self.people.verb_subject(sentence.tokens, j)
                    if ref is not None:
                        return _Attribution(ref)
        return None

    # ------------------------------------------------ statement or scare

    def _kind(self, quote: list[_Part], text: str, attribution: _Attribution | None) -> str:
        """A quotation standing as its own sentence, attributed with a comma or colon, or forming a
        clause is a statement; a phrase inside the writer's sentence is scare when six words or fewer."""
        if len(quote) > 1:
            return "statement"
        sentence, index = self.sentence_of(quote[0].open)
        tokens = sentence.tokens
        attributed = attribution is not None and attribution.adjacent
        # alone, or opening a headline: "'Nobody listened': Flood victims demand answers"
        alone = index == 0 and (not any(t.is_word for t in tokens[1:]) or tokens[1].text == ":")
        after_colon = index > 0 and tokens[index - 1].text == ":" and (
            _is_clause(text) or text.rstrip("’'\"”").endswith((".", "!", "?")))
        if alone or after_colon or attributed or _is_clause(text):
            return "statement"
        return "scare" if len(text.split()) <= 6 else "statement"


# ---------------------------------------------------------------- token-level helpers


_TERM_VERBS = {"call", "calls", "term", "terms", "dub", "dubs"}
# Groups whose naming is a judgement ("what critics call "a land grab""), unlike "what economists call".
_OPINION_GROUPS = set("critics opponents detractors supporters sceptics skeptics campaigners activists "
                      "protesters protestors residents locals fans victims families unions".split())
_GENERIC_QUANTIFIERS = {"some", "many", "most", "others", "people"}


def _what_they_call(tokens: list[Token], j: int) -> bool:
    """"what economists call "switching costs"": a term the writer names, nobody's words."""
    words = [t for t in tokens[max(0, j - 3):j]]
    lowered = [t.lower for t in words]
    opener = next((w for w in ("what", "that", "which") if w in lowered), None)
    if tokens[j].lower not in _TERM_VERBS or opener is None:
        return False  # "what economists call", "a gap that criminologists call"
    users = words[lowered.index(opener) + 1:]
    return bool(users) and all(t.text.islower() and t.lower not in _OPINION_GROUPS
                               and (t.lower in _GENERIC_QUANTIFIERS or is_plural_person_noun(t.text))
                               for t in users)


def _people_named_last(tokens: list[Token], within_clause: bool = False) -> Mention | None:
    """The group of people last named in the tokens (within_clause: back to a sentence end or a
    quotation only)."""
    for k in range(len(tokens) - 1, -1, -1):
        if within_clause and (tokens[k].text in _SENTENCE_ENDS or is_quote_marker(tokens[k])):
            return None
        if tokens[k].text.islower() and is_plural_person_noun(tokens[k].text):
            return phrase_before(tokens, k)
    return None


_PASSIVE_NAMING = {"called", "dubbed", "termed", "nicknamed", "labelled", "labeled", "branded"}
_BE_FORMS = {"is", "was", "are", "were", "be", "been", "being", "get", "got", "gets"}


def _names_a_term(tokens: list[Token], index: int) -> bool:
    """"a practice known as "wet leasing"", "the so-called "structural deficit"", "a scheme called
    "Fast Track"": the writer names a term; nobody is quoted."""
    before = [t.lower for t in tokens[max(0, index - 3):index]]
    if before[-2:] in (["known", "as"], ["referred", "as"]) or before[-1:] == ["so-called"]:
        return True
    if before[-3:-2] == ["known"] and before[-1:] == ["as"] and before[-2].endswith("ly"):
        return True  # "a man known only as "Bhai""
    if before[-3:-1] == ["referred", "to"] and before[-1:] == ["as"]:
        return True
    if len(before) >= 2 and before[-1] in _PASSIVE_NAMING:
        previous = tokens[index - 2]
        return previous.lower in _BE_FORMS or previous.text == "," or (
            previous.text.islower() and previous.is_word and previous.lower not in PRONOUNS
            and previous.lower not in CLAUSE_WORDS and previous.lower not in AUXILIARIES
            and not is_person_noun(previous.text)
            and not is_org_noun(previous.text))  # "a scheme called", not "the union called"
    return False


def _passive_verb(tokens: list[Token], j: int) -> bool:
    """"Rich nations accused of "backsliding"", "the mayor was branded …", "was asked to concede":
    the subject is the one named or asked, not the speaker ("called for" is a demand, and active)."""
    verb = tokens[j].lower
    if j > 1 and tokens[j - 1].lower == "to" and _passive_verb(tokens, j - 2):
        return True  # "was asked to concede": the infinitive is what was asked for
    passive = j > 0 and tokens[j - 1].lower in _BE_FORMS
    if verb in ("asked", "told", "urged", "instructed", "advised", "reminded"):
        return passive  # "was asked to concede …": someone else did the asking
    if verb not in NAMING_VERBS or verb in ("called", "call", "calls"):
        return False
    after = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return passive or after in ("of", "for")


_FINDING_VERBS = {"found", "finds", "ruled", "rules", "held", "holds", "determined", "judged"}


def _finding_that(tokens: list[Token], j: int) -> bool:
    """"The judge found that the company had "willfully maintained" …": a finding is the finder's words."""
    return tokens[j].lower in _FINDING_VERBS and j + 1 < len(tokens) and tokens[j + 1].lower == "that"


def _after_modal(tokens: list[Token], j: int) -> bool:
    """"would announce", "will say": speech that has not happened quoted nobody."""
    return j > 0 and tokens[j - 1].lower in _MODALS


def _attribution_after(tokens: list[Token], i: int, strict: bool) -> _Attribution | None:
    """"…," X said / said X / X told NBC News — right after a closing mark (tokens from i).
    strict: what follows the verb must be the attribution's tail, not a clause of its own."""
    while i < len(tokens) and tokens[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.lower in INVERTING_VERBS:
        ref = phrase_after(tokens, i + 1)
        if ref is None:
            return None
        return _Attribution(ref, via=_via_tokens(tokens, i), adjacent=True, verb=first.lower)
    if first.lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
        ref = source_after(tokens, i + 2)
        return _Attribution(ref, adjacent=True, via=_according_via(ref), according=True) if ref else None
    for j in range(i, min(len(tokens), i + 18)):
        token = tokens[j]
        if is_quote_marker(token) or token.text in (".", ";", ":", "!", "?"):
            return None
        if j > i and speech_verb_at(tokens, j) and not is_noun_use(tokens, j):  # "the note said"
            if tokens[j - 1].lower in ("who", "which"):
                continue  # ", who asked not to be named, told the AP": the clause is not the attribution
            if any(t.lower in ("that", "what") for t in tokens[i:j]):
                return None  # "… aimed at universities that did what governments asked": a clause of its own
            ref = subject_before(tokens[:j + 1], j)
            if ref is None or ref.position < first.start:
                return None
            if strict and not _attribution_tail(tokens, j + 1):
                return None
            return _Attribution(ref, via=_via_tokens(tokens, j), adjacent=strict, verb=token.lower)
    return None


def _leads_into_quote(tokens: list[Token], i: int) -> bool:
    """"Her husband added: "…"": the words after a quote introduce the next one."""
    for k in range(i, len(tokens) - 1):
        if tokens[k].text in _SENTENCE_ENDS or is_quote_marker(tokens[k]):
            return False
        if tokens[k].text == ":":
            return is_quote_marker(tokens[k + 1])
    return False


def _attribution_tail(tokens: list[Token], k: int) -> bool:
    """After "said": nothing, punctuation, a channel or a time, not a clause of its own."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    if not token.is_word:
        return True
    if token.lower in TAIL_STARTS or token.lower.endswith("ly"):
        return True
    verb = tokens[k - 1].lower
    if verb in ("told", "tells", "tell", "asked", "asks"):
        return True  # "told NBC News", "asked reporters"
    return False


def _according_via(ref: Mention) -> str | None:
    """"according to CNN": a named source is also the channel; so is a document ("according to
    a court filing by prosecutors")."""
    if ref.kind == "name" or (ref.kind == "descriptor" and _is_document(ref)):
        return ref.text
    return None


def _is_document(ref: Mention) -> bool:
    """"court filing by prosecutors", "internal documents": the words up to "by" name a text."""
    words = ref.text.lower().split(" by ")[0].split()
    return any(word in DOCUMENT_NOUNS or word.removesuffix("s") in DOCUMENT_NOUNS | {"document", "record"}
               for word in words)


def _clause_tail(tokens: list[Token], j: int) -> list[Token]:
    """The verb and what follows it up to "that", a comma or a quote: "told the Guardian"."""
    end = j + 1
    while end < len(tokens) and tokens[end].is_word and tokens[end].lower not in ("that", "who", "which"):
        end += 1
    return tokens[j:end]


def _ends_at_sentence_end(tokens: list[Token], i: int) -> bool:
    """No other quotation follows i in the sentence."""
    return not any(is_quote_marker(t) for t in tokens[i:])


def _via_tokens(tokens: list[Token], j: int) -> str | None:
    """The channel in the rest of the sentence from the verb at j."""
    end = j
    while end < len(tokens) and not is_quote_marker(tokens[end]) and tokens[end].text not in _SENTENCE_ENDS:
        end += 1
    if end == j:
        return None
    return _via(" ".join(t.text for t in tokens[j:end]))


_CAPS_NP = r"((?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:the|of|and|&|de|for)\s+)?[A-Z0-9][\w’'.&-]*)*)"
_CHANNEL_NOUNS = (r"statement|interview|email|e-mail|phone call|call|post|tweet|news conference|"
                  r"press conference|briefing|speech|rally|letter|op-ed|video|podcast|hearing|memo|"
                  r"text message|message|conversation|town hall|meeting|press release|release|"
                  r"blog post|livestream|broadcast|appearance|event|address|testimony|filing|"
                  r"court filing|report|radio interview|television interview|tv interview|"
                  r"social media post|newsletter|column|essay|book|documentary|sermon|lecture")
# "a statement posted online", "a post on X" — up to five words, not into a clause ("… that …")
_CHANNEL_TAIL = (r"(?: (?:posted|published|released|sent|issued|shared|on|to|with|for)"
                 r"(?: (?!that\b|which\b|and\b|saying\b)[\w’'.&-]+){1,5})?")
_TOLD_NOUNS = (r"reporters|journalists|the press|press|lawmakers|newspaper|paper|outlet|station|network|"
               r"program|programme|show|podcast|broadcaster|magazine|crowd|audience|supporters|"
               r"students|committee|panel|senators|members|jurors|jury|court|judge|listeners|viewers|"
               r"readers|agency|news agency|website|channel|board|council|commission|daily|weekly|"
               r"tabloid|newsroom|host|anchor")
# Where someone spoke, most telling first.
_VIA_PATTERNS = (
    re.compile(r"\binterview with [^,;]+? on " + _CAPS_NP),
    re.compile(r"\b(?:statement|comments?|remarks|email|e-mail|letter|message)s? "
               r"(?:sent |provided |given |emailed |released |made )?to " + _CAPS_NP),
    re.compile(r"\b(?:told|tells|tell|telling|speaking to|speaking with|talking to) " + _CAPS_NP),
    # "told reporters", "told state broadcaster ERT"
    re.compile(r"\b(?:told|tells|tell|telling|speaking to|speaking with|talking to) ((?:the |a |an )?"
               r"(?:[a-z][\w-]* ){0,2}?(?:" + _TOLD_NOUNS + r")(?: [A-Z][\w’'.&-]*)*)\b"),
    re.compile(r"\binterview with " + _CAPS_NP),
    re.compile(r"\b(?:comments|remarks)\b(?: made)? by [^,;]+? to " + _CAPS_NP),
    re.compile(r"\b(?:[Ii]n|[Dd]uring|[Aa]t|[Vv]ia|[Tt]hrough|[Oo]n|[Ff]rom) ((?:a|an|the|his|her|their|its) "
               r"(?:[\w’'-]+ ){0,3}?(?:" + _CHANNEL_NOUNS + r")\b" + _CHANNEL_TAIL + ")"),
    re.compile(r"\b(?:on|via) (social media|Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|"
               r"LinkedIn|YouTube|Truth Social|Telegram|Reddit|Snapchat|Weibo)\b"),
    re.compile(r"\baccording to " + _CAPS_NP),
    re.compile(r"\b(?:[Rr]eached|[Cc]ontacted|[Ii]nterviewed) by (phone|telephone|email|e-mail|text message)\b"),
)
# Looser: "said on CNN", "… to The Washington Post" — only when the words name an outlet.
_MEDIA_VIA_PATTERNS = (
    re.compile(r"^\w+ (?:\w+ )?on " + _CAPS_NP),
    re.compile(r"\bto " + _CAPS_NP),
)


def _via(text: str) -> str | None:
    """The channel named in an attribution clause, if any."""
    text = text.replace(QUOTE_MARKER, " ")
    for pattern in _VIA_PATTERNS + _MEDIA_VIA_PATTERNS:
        for match in pattern.finditer(text):
            channel = _trim_channel(match.group(1))
            if channel and (pattern not in _MEDIA_VIA_PATTERNS or _media_name(channel)):
                return channel
    return None


def _trim_channel(channel: str) -> str | None:
    """"CNN on Sunday" → "CNN"; a lone common word is no channel."""
    words = channel.split()
    while words and words[-1].lower().strip(".,") in _CHANNEL_TRAILERS:
        words.pop()
    if not words:
        return None
    if len(words) == 1 and words[0].lower().strip(".") in NOT_NAME_WORDS:
        return None
    if words == ["the"]:
        return None
    base = possessive_base(words[-1])
    if base:
        words[-1] = base  # "CNN's" before a masked show title → "CNN"
    return " ".join(words).rstrip(",.")


_MEDIA_WORDS = set("news tv radio press times post network channel show television today "
                   "journal twitter facebook instagram tiktok youtube podcast live".split())


def _media_name(channel: str) -> bool:
    """"said on CNN", "on Fox News", "on NBC's Meet the Press" — not "on the Trump administration"."""
    words = channel.split()
    return any(w.lower().strip(".,") in _MEDIA_WORDS or (w.isupper() and len(w) > 2 and "." not in w)
               or possessive_base(w) for w in words)


def _is_clause(text: str) -> bool:
    """Does the quoted text form a clause of its own (a finite verb or a subject pronoun first)?"""
    words = [w.strip(".,;:!?…—–-()[]\"“”‘’'").lower().replace("’", "'") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if text.rstrip("’'\"”").endswith(("!", "?")):
        return True
    if words[0] in _SUBJECT_PRONOUNS and len(words) > 1 and words[1] not in ("of", "and", "or"):
        return True
    if words[0] in _FINITE_WORDS:
        return "'" in words[0] and words[0].split("'")[0] in _SUBJECT_PRONOUNS | {"let"}  # "it's over"
    # a subject and then its verb: "Timing Was Unfortunate", "the plan is dead" — not
    # "spending like there's no tomorrow" or "was not taken up"
    if words[0].endswith("ed"):
        return False  # "failed everywhere it's been tried" goes on a subject outside the quote
    for index, word in enumerate(words[1:3], start=1):
        if word in _FINITE_WORDS:
            return not any(w in _SUBORDINATORS for w in words[:index])
    return False


def _in_order(wanted: list[str], have: list[str]) -> bool:
    """Are the wanted words all in have, in order, with at most one word between neighbours?"""
    position = -1
    for word in wanted:
        try:
            found = have.index(word, position + 1)
        except ValueError:
            return False
        if position >= 0 and found - position > 2:
            return False
        position = found
    return True


def _normal_words(text: str) -> str:
    """Lowercase words without punctuation or accents, space-joined with spaces around."""
    words = re.findall(r"[^\W_]+", fold(text))
    return f" {' '.join(words)} "


def _starts_with_headline(body: str, paragraphs: list[tuple[int, int]]) -> bool:
    """The first paragraph is a headline when it is short and not ended like a sentence."""
    if len(paragraphs) < 2:
        return False
    first = body[paragraphs[0][0]:paragraphs[0][1]].strip()
    ending = first.rstrip("\"”’'")
    return len(first.split()) <= 30 and not ending.endswith((".", "!", "?", ":", ";"))


# ---------------------------------------------------------------- entry point


def find_quotes(body: str) -> list[Quote]:
    """Every direct quotation in body, in order, with speaker, kind, role and channel."""
    return _Article(body).results()

"""Direct quotations in an article body, and who said them (see GUIDELINES.md, "Quotes").

The work is done in linear passes over the body:
1. find quotation-mark spans paragraph by paragraph (straight, curly and British single marks,
   apostrophes excluded), chain paragraph-spanning quotes and merge quotes split by an attribution;
2. mask the quotes, tokenize and split sentences, so that words inside quotes never count as
   attribution and quote punctuation never ends a sentence;
3. record who is mentioned as a subject, in order, resolving pronouns, surnames and "the coalition"
   as we go;
4. attribute each quote (adjacent "…," X said / X said: "…", the nearest speech verb of the
   sentence, a sentence-final "said X", a colon lead-in, or the previous paragraph's speaker), and
   decide kind and channel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import (
    NOT_NAME_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    WEEKDAYS_MONTHS,
    Entity,
    NameRegistry,
    Token,
    fold,
    is_capitalized,
    is_first_name,
    is_org_noun,
    is_person_noun,
    is_plural_person_noun,
    is_title,
    make_token,
    name_kind,
    name_token,
    noun_gender,
    PREMISES_NOUNS,
    organisation_fits,
    possessive_base,
    split_name,
    strip_article,
    tokenize,
    trailing_name_run,
)
from .types import Quote

# ---------------------------------------------------------------- vocabulary

_SAY_STEMS = (
    "say said says saying tell told tells telling add added adds adding continue continued "
    "continues ask asked asks explain explained explains explaining note noted notes noting "
    "write wrote writes writing state stated states argue argued argues arguing claim claimed "
    "claims claiming insist insisted insists insisting maintain maintained maintains acknowledge "
    "acknowledged acknowledges admit admitted admits concede conceded concedes conceding declare "
    "declared declares warn warned warns warning reply replied replies respond responded responds "
    "answer answered recall recalled recalls remark remarked observe observed tweet tweeted "
    "tweets announce announced announces announcing confirm confirmed confirms suggest suggested "
    "suggests complain complained complains caution cautioned emphasize emphasized emphasised "
    "stress stressed stresses conclude concluded counter countered joke joked shout shouted "
    "yell yelled testify testified testifies predict predicted agree agreed agrees urge urged "
    "urges plead pleaded vow vowed vows promise promised boast boasted lament lamented "
    "reiterate reiterated reiterates affirm affirmed allege alleged alleges contend contended "
    "contends deny denied denies dispute disputed echo echoed muse mused quip quipped quips "
    "reveal revealed reveals scoff scoffed snap snapped text texted wonder wondered assert "
    "asserted asserts insisted exclaimed exclaim sighed whispered pointed added recounted "
    "recounts recount posted wrote chanted chant chanting pleaded explained recalled adds demand "
    "demanded demands demanding pledge pledged pledges threaten threatened threatens estimate "
    "estimated estimates questioned question shouted shouting cried comment commented"
)
SPEECH_VERBS = set(_SAY_STEMS.split())
# Verbs that put a name on something: whoever does it used the quoted words.
NAMING_VERBS = set(
    "call called calls calling describe described describes describing characterize "
    "characterized characterizes characterizing characterise characterised label labeled "
    "labelled labels labeling labelling dub dubbed dubs term termed brand branded brands "
    "refer referred refers referring defend defended defending dismiss dismissed dismissing "
    "hail hailed hailing decry decried decrying denounce denounced denouncing slam slammed "
    "slamming blast blasted praise praised criticize criticized criticise criticised "
    "condemn condemned condemning accuse accused accuses accusing blame blamed blames blaming "
    "portray portrayed portrays portraying depict depicted depicts depicting slams blasts blasting "
    "praises praising criticizes criticises criticizing condemns denounces decries hails dismisses "
    "defends".split()
)
ATTRIBUTION_VERBS = SPEECH_VERBS | NAMING_VERBS
# Verbs that can follow a quote inverted: "…," said Smith.
INVERTING_VERBS = set("said says added asked wrote continued explained noted replied recalled "
                      "tweeted argued insisted warned added".split())
AUXILIARIES = set("is was are were be been being am has have had will would can could should "
                  "shall may might must do does did 's ’s".split())
ADVERBS = set("also later then still once again further initially previously repeatedly "
              "reportedly ultimately never not earlier recently just already even too publicly "
              "privately separately first last often himself herself themselves itself alone "
              "simply flatly bluntly quickly angrily calmly proudly".split())
CLAUSE_WORDS = set("that which after before when while because since although though if but "
                   "so where whether until unless than as once whom whose why how what".split())
_FINITE_WORDS = set("is was are were am isn't wasn't aren't weren't will won't would wouldn't "
                    "can can't cannot could couldn't should shouldn't shall may might must "
                    "mustn't has have had hasn't haven't hadn't do does did don't doesn't "
                    "didn't i'm i've i'll i'd we're we've we'll we'd you're you've you'll "
                    "they're they've they'll he's she's it's that's there's here's what's "
                    "who's let's".split())
_SUBJECT_PRONOUNS = set("i we you he she they it this that there".split())
_SUBORDINATORS = set("like that because if when as since although though while whether than where so "
                     "but and or of to for with about from in on at by".split())
_ORDINALS = set("first second third fourth fifth sixth seventh eighth ninth tenth another "
                "other".split())
_DETERMINERS = set("a an the one another this that these those two three four five several "
                   "some many his her their its".split())
_STRIPPED_DETERMINERS = {"a", "an", "the", "one"}
_DISPLAY_CUES = set("signs sign placards placard banners banner posters poster reading read chants "
                    "chant cries slogans slogan t-shirts shirts stickers graffiti waving carrying "
                    "holding".split())
_SPEECH_NOUNS = set("pledge promise vow claim claims call slogan motto words word use phrase label term "
                    "warning description characterization characterisation rhetoric mantra catchphrase "
                    "insistence argument assertion message accusation remark remarks comments".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PREPOSITIONS = {"of", "at", "for", "from", "with", "in", "on"}
_QUANTITIES = set("handful group number dozens hundreds thousands couple few lot majority pair "
                  "crowd score scores tens millions".split())
NAME_PARTICLES_AND_LINKS = {"de", "da", "del", "van", "von", "bin", "al", "la", "le", "du", "di"}
_ANONYMITY = re.compile(r"anonymity|not authori[sz]ed|declined to be named|without being named|"
                        r"not to be (?:named|identified)|remain anonymous|to speak publicly|"
                        r"on background")

_DOUBLE_MARKS = '"“”„'
_SINGLE_MARKS = "'‘’"
_DOUBLE_MARK = re.compile('["“”„]')
_SINGLE_MARK = re.compile("['‘’]")
_OPENING_CONTEXT = ",:;([{—–-/"
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|tis\b|twas\b|bout\b|round\b|"
                      r"nuff\b|kay\b|cept\b|s\b)", re.IGNORECASE)
_MASK = "\x01"
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
    may_open = not nxt.isspace() and nxt not in ".,;:!?)]}”’"
    may_close = not prev.isspace() and prev not in "([{“‘"
    shape = "open" if char in "“„‘" else "close" if char in "”’" else None
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
    if single_unclosed is not None and single_unclosed == _first_char(body, start):
        parts.append(_Part(para, single_unclosed, None, end, "s"))
    parts.sort(key=lambda p: p.open)
    return _outermost(parts)


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
            chars[part.open] = _MASK
            for i in range(part.open + 1, part.region_end):
                chars[i] = " "
    return "".join(chars)


def _is_mask(token: Token) -> bool:
    return token.text == _MASK


# ---------------------------------------------------------------- speakers


@dataclass
class _Ref:
    """A mention of a (possible) speaker in the text, before resolution."""

    kind: str  # "pronoun", "name", "descriptor"
    text: str
    position: int
    role: str | None = None
    head: str = ""  # a descriptor's head noun, lowercased
    definite: bool = False  # "the coalition", "the DHS chief"
    modifiers: tuple[str, ...] = ()


@dataclass
class _Speaker:
    name: str
    named: bool
    role: str | None
    kind: str  # "person", "org", "unknown", "descriptor", "plural"
    entity: Entity | None = None
    head: str = ""
    gender: str | None = None

    def sex(self) -> str | None:
        return self.entity.gender if self.entity else self.gender

    def is_person(self) -> bool:
        if self.kind in ("person", "unknown", "plural"):
            return True
        return self.kind == "descriptor" and not is_org_noun(self.head)


@dataclass
class _Attribution:
    ref: _Ref | None
    via: str | None = None
    adjacent: bool = False  # "…," X said / X said: "…" — a statement structure
    verb: str | None = None
    speaker: _Speaker | None = None  # set directly for headline matches and continuations


# ---------------------------------------------------------------- the article


class _Article:
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
        self.registry = NameRegistry()
        self._register_names()
        self.refs: dict[int, _Ref] = {}
        self._collect_subject_refs()
        self.resolved: dict[int, _Speaker | None] = {}
        self.history: list[tuple[int, _Speaker]] = []
        self._resolve_in_order()
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
                if nxt is not None and self._ends_sentence(token, nxt, tokens, i, ends):
                    sentences.append(_Sentence(current, para, len(sentences)))
                    current = []
            if current:
                sentences.append(_Sentence(current, para, len(sentences)))
        return sentences

    def _ends_sentence(self, token: Token, nxt: Token, tokens: list[Token], i: int,
                       ends: dict[int, str]) -> bool:
        starts_new = nxt.text[0].isupper() or nxt.text[0].isdigit() or _is_mask(nxt)
        if token.text in (".", "!", "?"):
            return starts_new
        if _is_mask(token) and ends.get(token.start, "")[-1:] in (".", "!", "?"):
            return _is_mask(nxt) or (nxt.text[0].isupper() and not _attribution_follows(tokens, i + 1))
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
        if last.close is None or last.para != nxt.para:
            return False
        text = self.body[last.open + 1:last.close].rstrip()
        if not text or text[-1] not in ",.?!…—–-;:":
            return False
        gap = tokenize(self.masked[last.close + 1:nxt.open], last.close + 1)
        if not gap or len(gap) > _MAX_GAP_WORDS:
            return False
        if gap[-1].text not in (",", ".", ":", "—", "–", ";", "!", "?"):
            return False
        if _attribution_after(gap, 0, strict=True) is None:
            return False
        if any(t.text in (".", "!", "?") for t in gap[:-1]):
            return False  # "…," said Park. She paused. "…": narrative between two quotes
        return self._post_attribution(second[-1], strict=True) is None

    # ------------------------------------------------ names

    def _body_sentences(self) -> list[_Sentence]:
        return [s for s in self.sentences if not (self.has_headline and s.para == 0)]

    def _register_names(self) -> None:
        for sentence in self._body_sentences():
            tokens = sentence.tokens
            i = 0
            while i < len(tokens):
                if not name_token(tokens[i]) or tokens[i].lower in NOT_NAME_WORDS:
                    i += 1
                    continue
                j = _name_run_end(tokens, i)
                self._register_run(tokens, i, j)
                i = j

    def _register_run(self, tokens: list[Token], i: int, j: int) -> None:
        run = [_without_possessive(t) for t in tokens[i:j]]
        after_preposition = i > 0 and tokens[i - 1].lower in ("of", "for", "at", "in", "from")
        split = split_name(run, after_preposition)
        if split is None:
            return
        name = " ".join(t.text for t in split.name)
        if any(t.lower in ("of", "and", "for") for t in run):
            name = " ".join(t.text for t in run)  # an organisation's name in full
        kind = split.kind
        if after_preposition and i > 1 and is_title(tokens[i - 2].text):
            kind = "org"  # "director of Alianza Americas"
        appositive, appositive_kind, noun = _appositive_after(tokens, j)
        if appositive_kind:
            kind = appositive_kind
        elif j < len(tokens) and tokens[j].lower in PREMISES_NOUNS:
            kind = "org"  # "the Rupali Knitwear building"
        elif i > 0 and is_org_noun(tokens[i - 1].text) and tokens[i - 1].text.islower():
            kind, noun = "org", tokens[i - 1].lower  # "the group Riverton Forward"
        if kind == "place":
            return
        role = None if kind == "org" else _role_before(tokens, i, split) or appositive \
            or _role_appositive_before(tokens, i, j)
        if len(split.name) > 1 or kind == "org":
            entity = self.registry.add(name, kind, split.name[0].start, role)
            entity.noun = entity.noun or (noun if kind == "org" else None)
        elif split.role and role:
            entity = self.registry.resolve(name, split.name[0].start)
            if entity is not None:
                entity.role = entity.role or role

    # ------------------------------------------------ subject mentions

    def _collect_subject_refs(self) -> None:
        for sentence in self._body_sentences():
            tokens = sentence.tokens
            for j, token in enumerate(tokens):
                if token.lower in ATTRIBUTION_VERBS and not _is_noun_use(tokens, j):
                    self._keep_ref(self._verb_subject(sentence, j))
                elif token.lower == "according" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
                    self._keep_ref(_np_after(tokens, j + 2))
            lead = _leading_ref(tokens)
            if lead is None or lead.kind != "name" or self._known_name(lead):
                self._keep_ref(lead)
            for ref in _subject_names(tokens):
                if self._known_name(ref):
                    self._keep_ref(ref)

    def _keep_ref(self, ref: _Ref | None) -> None:
        if ref is not None:
            self.refs.setdefault(ref.position, ref)

    def _known_name(self, ref: _Ref) -> bool:
        """"Honeybees can …": a lone capitalised word is a name only when the article says so."""
        return len(ref.text.split()) > 1 or self.registry.resolve(ref.text, ref.position) is not None

    def _verb_subject(self, sentence: _Sentence, j: int) -> _Ref | None:
        tokens = sentence.tokens
        if tokens[j].lower in INVERTING_VERBS and j > 0 and (tokens[j - 1].text == "," or _is_mask(tokens[j - 1])):
            inverted = _np_after(tokens, j + 1)
            if inverted is not None and (_is_mask(tokens[j - 1]) or _is_mask(tokens[j - 2])
                                         or _np_ends_clause(tokens, j + 1)):
                return inverted
        return _subject_before(tokens, j)

    def _resolve_in_order(self) -> None:
        for position in sorted(self.refs):
            speaker = self._resolve(self.refs[position])
            self.resolved[position] = speaker
            if speaker is not None:
                self.history.append((position, speaker))

    def speaker_for(self, ref: _Ref) -> _Speaker | None:
        if ref.position in self.resolved and self.refs.get(ref.position) == ref:
            return self.resolved[ref.position]
        return self._resolve(ref)

    def _resolve(self, ref: _Ref) -> _Speaker | None:
        if ref.kind == "pronoun":
            return self._resolve_pronoun(ref)
        if ref.kind == "name":
            return self._resolve_name(ref)
        return self._resolve_descriptor(ref)

    def _earlier(self, position: int) -> list[_Speaker]:
        return [s for p, s in reversed(self.history) if p < position]

    def _resolve_pronoun(self, ref: _Ref) -> _Speaker | None:
        sense = PRONOUNS.get(ref.text.lower())
        for speaker in self._earlier(ref.position):
            if sense in ("m", "f") and speaker.is_person() and speaker.kind != "plural":
                if speaker.sex() in (None, sense):
                    if speaker.entity is not None and speaker.entity.gender is None:
                        speaker.entity.gender = sense  # learnt: later "she" won't go to him
                    return speaker
            elif sense == "p" and ref.text.lower() == "they" and speaker.kind in ("plural", "org"):
                return speaker
            elif sense == "n" and speaker.kind == "org":
                return speaker
        return None

    def _resolve_name(self, ref: _Ref) -> _Speaker:
        entity = self.registry.resolve(ref.text, ref.position)
        if entity is None:
            kind = name_kind(tokenize(ref.text)) if ref.text else "unknown"
            entity = self.registry.add(ref.text, "org" if kind == "org" else "unknown", ref.position)
        else:
            self.registry.mentions.append((ref.position, entity.name))
        kind = entity.kind if entity.kind != "place" else "unknown"
        role = None if kind == "org" else ref.role or entity.role
        return _Speaker(entity.name, True, role, kind, entity)

    def _resolve_descriptor(self, ref: _Ref) -> _Speaker:
        if not ref.definite and " " not in ref.text and ref.text[:1].isupper():
            entity = self.registry.resolve(ref.text, ref.position)
            if entity is not None and entity.kind == "person":
                return _Speaker(entity.name, True, entity.role, "person", entity)
        head = ref.head
        plural = is_plural_person_noun(head)
        as_written = _Speaker(ref.text, False, None, "plural" if plural else "descriptor",
                              head=head, gender=noun_gender(head))
        if any(m in _ORDINALS for m in ref.modifiers) or not ref.definite:
            if is_org_noun(head) and any(m[:1].isupper() for m in ref.modifiers):
                return _Speaker(ref.text, True, None, "org", head=head)  # "the Trump administration"
            entity = self.registry.organisation_called(head) if is_org_noun(head) else None
            if entity is not None:
                return _Speaker(entity.name, True, None, "org", entity)  # "a network of …" = Alianza
            return as_written
        if is_org_noun(head):
            if any(m[:1].isupper() for m in ref.modifiers):
                return _Speaker(ref.text, True, None, "org", head=head)
            if ref.text.lower() != head:
                return as_written  # "the union representing warehouse workers" is new
            for speaker in self._earlier(ref.position):
                if speaker.kind == "org" and speaker.entity and organisation_fits(speaker.entity, head):
                    return speaker
            entity = self.registry.organisation_for(head, ref.position)
            if entity is not None:
                return _Speaker(entity.name, True, None, "org", entity)
            return as_written
        if is_title(head) and not plural:
            modifiers = {m.lower().rstrip(".") for m in ref.modifiers} - ROLE_WORDS
            entity = self.registry.by_role(head, modifiers, ref.position)
            if entity is not None:
                return _Speaker(entity.name, True, entity.role, entity.kind, entity)
        if not ref.modifiers:
            for speaker in self._earlier(ref.position):
                if speaker.kind == "descriptor" and speaker.head == head:
                    return speaker  # "the official" is the official mentioned before
        if _describes_a_named_person(head) and not plural:
            sex = noun_gender(head)
            for speaker in self._earlier(ref.position):
                if speaker.named and speaker.kind in ("person", "unknown") and speaker.sex() in (None, sex):
                    return speaker  # "the firebrand businessman" is the candidate named before
        return as_written

    # ------------------------------------------------ channels set up by an interview frame

    def _interview_channels(self) -> dict[str, str]:
        """"In an interview with Chuck Todd on NBC's Meet the Press, McAleenan …" gives
        McAleenan's later quotes that channel."""
        channels: dict[str, str] = {}
        for sentence in self._body_sentences():
            text = self._text_of(sentence.tokens)
            match = re.search(r"\binterview with ([^,;]+?)(?: on ([^,;]+?))?(?:,|;|$)", text)
            if not match:
                continue
            lead = _leading_ref(sentence.tokens)
            speaker = self.speaker_for(lead) if lead else None
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
                if token.lower not in SPEECH_VERBS or _is_noun_use(tokens, j):
                    continue
                ref = self._verb_subject(sentence, j)
                speaker = self.speaker_for(ref) if ref is not None else None
                if speaker is None:
                    continue
                tail = _clause_tail(tokens, j)
                via = _via(self._text_of(tail)) or _via(self.masked[min(ref.position, token.start):token.start])
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
        previous: tuple[list[_Part], _Speaker | None, _Attribution | None] | None = None
        body_quotes = [q for q in self.quotes if not self._in_headline(q)]
        for quote in self.quotes:
            if self._in_headline(quote):
                attribution = self._headline_attribution(quote, body_quotes)
            else:
                attribution = self._attribute(quote, previous)
            speaker = attribution.speaker if attribution else None
            if speaker is None and attribution is not None and attribution.ref is not None:
                speaker = self.speaker_for(attribution.ref)
            found.append(self._quote(quote, attribution, speaker))
            previous = (quote, speaker, attribution)
        return found

    def _in_headline(self, quote: list[_Part]) -> bool:
        return self.has_headline and quote[0].para == 0

    def _quote(self, quote: list[_Part], attribution: _Attribution | None,
               speaker: _Speaker | None) -> Quote:
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
        entity = self.registry.resolve(" ".join(words[-2:]), len(self.body)) if len(words) > 1 else None
        return entity is not None and entity.kind == "person"

    def _attribute(self, quote: list[_Part], previous) -> _Attribution | None:
        first, last = quote[0], quote[-1]
        for a, b in zip(quote, quote[1:]):
            if a.para == b.para and a.close is not None:
                gap = tokenize(self.masked[a.close + 1:b.open], a.close + 1)
                found = _attribution_after(gap, 0, strict=True)
                if found is not None:
                    return found
        if last.close is not None:
            found = self._post_attribution(last, strict=True) or self._post_attribution(last, strict=False)
            if found is not None:
                return found
        found = self._left_attribution(first)
        if found is not None:
            return found
        found = self._sentence_final_attribution(last)
        if found is not None:
            return found
        return self._context_attribution(first, previous)

    def _post_attribution(self, part: _Part, strict: bool) -> _Attribution | None:
        if part.close is None:
            return None
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        found = _attribution_after(tokens, index + 1, strict=strict)
        if found is None and index + 1 == len(tokens):
            found = self._attribution_in_next_sentence(sentence, strict)
        return found

    def _attribution_in_next_sentence(self, sentence: _Sentence, strict: bool) -> _Attribution | None:
        """“Stop.” McAleenan said. — the splitter may have cut before the attribution."""
        if sentence.index + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[sentence.index + 1]
        if nxt.para != sentence.para or not strict:
            return None
        found = _attribution_after(nxt.tokens, 0, strict=True)
        return found if found is not None and len(nxt.tokens) <= 15 else None

    def _left_attribution(self, part: _Part) -> _Attribution | None:
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        cue = self._cue_attribution(tokens, index)
        if cue is not None:
            return cue
        found = self._left_verb_attribution(tokens, index)
        if found is None and index > 0 and tokens[index - 1].text == ":":
            lead = _leading_ref(tokens)  # "Graham went further: "…""
            if lead is not None:
                return _Attribution(lead, adjacent=True, via=self._intro_via(tokens[:index]))
        return found

    def _cue_attribution(self, tokens: list[Token], index: int) -> _Attribution | None:
        """Words just before the quote that say whose it is: "the government's pledge to",
        "his use of the word", "signs reading", "chants of"."""
        for k in range(index - 1, max(-1, index - 9), -1):
            token = tokens[k]
            if _is_mask(token) or token.lower in ("and", "or", ","):
                continue  # signs reading "Short staffed = unsafe" and "Patients before profits"
            if token.lower in _SPEECH_NOUNS and k > 0:
                owner = self._possessor(tokens, k - 1)
                if owner is not None:
                    return _Attribution(owner)
            if not token.is_word or token.lower in ATTRIBUTION_VERBS:
                return None
            if token.lower in _DISPLAY_CUES:
                lead = _leading_ref(tokens)
                speaker = self.speaker_for(lead) if lead is not None else None
                return _Attribution(lead) if speaker is not None and speaker.is_person() else None
        return None

    def _possessor(self, tokens: list[Token], k: int) -> _Ref | None:
        """Whose words: "the government’s" → government; "his" → the man last mentioned."""
        token = tokens[k]
        if token.lower in _POSSESSIVE_PRONOUNS:
            nearest = _nearest_person_before(tokens, k)
            if nearest is not None:
                return nearest
            return _Ref("pronoun", _POSSESSIVE_PRONOUNS[token.lower], token.start)
        base = possessive_base(token.text)
        if not base:
            return None
        start = k
        while start > 0 and k - start < 4 and tokens[start - 1].is_word and (
                is_capitalized(tokens[start - 1]) or tokens[start - 1].lower in _DETERMINERS):
            start -= 1
            if tokens[start].lower in _DETERMINERS:
                break
        window = tokens[start:k] + [make_token(base, token.start, token.start + len(base))]
        return _classify(window, tokens, 0)

    def _left_verb_attribution(self, tokens: list[Token], index: int) -> _Attribution | None:
        for j in range(index - 1, -1, -1):
            token = tokens[j]
            if token.text in (";",):
                break
            if token.lower == "to" and j > 0 and tokens[j - 1].lower == "according":
                ref = _np_after(tokens, j + 1)
                if ref is not None:
                    return _Attribution(ref, adjacent=tokens[index - 1].text in (",", ":"),
                                        via=_according_via(ref))
            if token.lower not in ATTRIBUTION_VERBS or _is_noun_use(tokens, j) or _after_modal(tokens, j):
                continue
            ref = self._subject_for_quote(tokens, j, index)
            if ref is None:
                continue
            adjacent = tokens[index - 1].text in (":", ",") and token.lower not in NAMING_VERBS
            via = _via(self._text_of(tokens[j:index])) or self._intro_via(tokens[:j]) \
                or _via(self.masked[ref.position:token.start])
            return _Attribution(ref, via=via, adjacent=adjacent, verb=token.lower)
        return None

    def _intro_via(self, tokens: list[Token]) -> str | None:
        """A channel in the sentence's opening phrase: "Speaking to X, …", "In a statement, …"."""
        if not tokens or tokens[0].lower not in ("speaking", "talking", "writing", "in", "during", "on", "at"):
            return None
        for i, token in enumerate(tokens):
            if token.text == ",":
                return _via(self._text_of(tokens[:i]))
        return None

    def _subject_for_quote(self, tokens: list[Token], j: int, quote_index: int) -> _Ref | None:
        verb = tokens[j].lower
        if verb.endswith("ing") and (j == 0 or tokens[j - 1].text == ","):
            # "Calling it an "act of terror," Chacón said …" / "…, saying that …": the main subject
            if j == 0:
                after = _attribution_after(tokens, quote_index + 1, strict=False)
                return after.ref if after else None
            return _leading_ref(tokens)
        if j > 0 and tokens[j - 1].lower == "to":
            return _leading_ref(tokens)  # "Harris joined Todd to say that …"
        return _subject_before(tokens, j)

    def _sentence_final_attribution(self, part: _Part) -> _Attribution | None:
        """"The "family op" … is slated to target 2,000 families, said the officials." """
        sentence, index = self.sentence_of(part.open)
        tokens = sentence.tokens
        for j in range(index + 1, len(tokens)):
            token = tokens[j]
            if _is_mask(token):
                return None
            if token.text != ",":
                continue
            found = _attribution_after(tokens, j + 1, strict=True)
            if found is not None and _ends_at_sentence_end(tokens, j + 1):
                found.adjacent = False  # it attributes the whole sentence, not a quotation
                return found
            if j + 2 < len(tokens) and tokens[j + 1].lower == "according" and tokens[j + 2].lower == "to":
                ref = _np_after(tokens, j + 3)
                if ref is not None:
                    return _Attribution(ref, via=_according_via(ref))
        return None

    def _context_attribution(self, part: _Part, previous) -> _Attribution | None:
        """A quote that opens its sentence with no attribution of its own: the lead-in sentence
        (ending with a colon) or the previous paragraph's quote gives the speaker."""
        sentence, index = self.sentence_of(part.open)
        if index != 0:
            return None
        if sentence.index > 0:
            before = self.sentences[sentence.index - 1]
            if before.tokens and before.tokens[-1].text == ":":
                for j in range(len(before.tokens) - 1, -1, -1):
                    if before.tokens[j].lower in ATTRIBUTION_VERBS:
                        ref = self._verb_subject(before, j)
                        if ref is not None:
                            return _Attribution(ref, via=_via(self._text_of(before.tokens[j:])),
                                                adjacent=True)
                lead = _leading_ref(before.tokens)
                if lead is not None:
                    return _Attribution(lead, adjacent=True)
        found = self._previous_sentence_subject(sentence)
        if found is not None:
            return found
        if previous is None or previous[1] is None:
            return None
        prev_quote, prev_speaker, prev_attribution = previous
        same_para = prev_quote[-1].para == part.para
        next_para = prev_quote[-1].para == part.para - 1
        if not (same_para or next_para):
            return None
        if not self._nothing_between(prev_quote[-1], part, prev_attribution):
            return None
        return _Attribution(None, adjacent=True, speaker=prev_speaker)

    def _previous_sentence_subject(self, sentence: _Sentence) -> _Attribution | None:
        """The person the previous sentence of the paragraph is about, when it quotes nobody."""
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1]
        if before.para != sentence.para or any(_is_mask(t) for t in before.tokens):
            return None
        lead = _leading_ref(before.tokens)
        speaker = self.speaker_for(lead) if lead is not None else None
        if speaker is None or not speaker.is_person() or speaker.kind == "plural":
            return None
        return _Attribution(None, adjacent=True, speaker=speaker)

    def _nothing_between(self, earlier: _Part, later: _Part, attribution: _Attribution | None) -> bool:
        """Only the earlier quote's own attribution sentence lies between the two quotes."""
        if earlier.close is None:
            return False
        sentence, _ = self.sentence_of(earlier.open)
        end_of_attribution = sentence.tokens[-1].end
        between = self.masked[max(end_of_attribution, earlier.close + 1):later.open]
        return not between.strip()

    # ------------------------------------------------ headline quotes

    def _headline_attribution(self, quote: list[_Part], body_quotes: list[list[_Part]]) -> _Attribution | None:
        """The headline's own attribution when it names someone the body names, or a group
        ("… Immigration Advocates Say"); else the speaker of the body quote or sentence that
        repeats the words; else the headline's own descriptor."""
        sentence, index = self.sentence_of(quote[0].open)
        own = _attribution_after(sentence.tokens, index + 1, strict=True) or self._left_verb_attribution(
            sentence.tokens, index)
        speaker = self.speaker_for(own.ref) if own is not None and own.ref is not None else None
        if speaker is not None and (speaker.kind == "plural" or self._named_in_body(speaker)):
            return _Attribution(None, via=own.via, adjacent=own.adjacent, speaker=speaker)
        adjacent = own is not None and own.adjacent
        start, end = quote[0].inner(self.body)
        words = _normal_words(self.body[start:end])
        for other in body_quotes:
            text = " ".join(self.body[a:b] for a, b in (p.inner(self.body) for p in other))
            if words.strip() and words in _normal_words(text):
                found = self._attribute(other, None)
                said_by = found and (found.speaker or (self.speaker_for(found.ref) if found.ref else None))
                if said_by is not None:
                    return _Attribution(None, via=found.via, speaker=said_by, adjacent=adjacent)
        paraphrased = self._paraphrase_attribution(words)
        if paraphrased is not None:
            paraphrased.adjacent = adjacent
            return paraphrased
        return own

    def _named_in_body(self, speaker: _Speaker) -> bool:
        headline_end = self.paragraphs[0][1]
        # in a title-case headline a lone capitalised word ("Hospital Says") proves nothing
        return speaker.named and speaker.entity is not None and speaker.entity.first_seen > headline_end \
            and len(speaker.name.split()) > 1

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
                if token.lower in SPEECH_VERBS:
                    ref = self._verb_subject(sentence, j)
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
        alone = index == 0 and not any(t.is_word for t in tokens[1:])
        lead_in = index > 0 and (tokens[index - 1].text == ":" or (tokens[index - 1].text == "," and attributed))
        if alone or lead_in or attributed or _is_clause(text):
            return "statement"
        return "scare" if len(text.split()) <= 6 else "statement"


# ---------------------------------------------------------------- token-level helpers


# Heads of definite descriptions that stand for a person the article has named ("the businessman",
# "the 45-year-old"), unlike anonymous sources ("the official", "the witness").
_NAMED_PERSON_HEADS = set("businessman businesswoman entrepreneur billionaire mogul candidate incumbent "
                          "challenger politician lawmaker legislator democrat republican conservative "
                          "liberal progressive actor actress singer star athlete veteran founder investor "
                          "novelist author writer economist scientist researcher professor activist pastor "
                          "priest musician rapper comedian host anchor journalist filmmaker firebrand "
                          "newcomer frontrunner front-runner nominee".split())


def _describes_a_named_person(head: str) -> bool:
    return head in _NAMED_PERSON_HEADS or head.endswith("-year-old")


def _without_possessive(token: Token) -> Token:
    base = possessive_base(token.text)
    return make_token(base, token.start, token.start + len(base)) if base else token


def _attribution_follows(tokens: list[Token], start: int) -> bool:
    """Within a few words a speech verb follows, before any punctuation."""
    for token in tokens[start:start + 12]:
        if token.lower in SPEECH_VERBS:
            return True
        if not token.is_word and token.text not in ("(", ")"):
            return False
    return False


def _after_modal(tokens: list[Token], j: int) -> bool:
    """"would announce", "will say": speech that has not happened quoted nobody."""
    return j > 0 and tokens[j - 1].lower in ("would", "will", "could", "should", "might", "may", "can", "must")


def _is_noun_use(tokens: list[Token], j: int) -> bool:
    """"a statement", "the call", "his remarks", "the government's pledge": a speech word used as
    a noun."""
    if j == 0:
        return False
    before = tokens[j - 1]
    return before.lower in ("a", "an", "the", "his", "her", "their", "its", "this") or bool(
        possessive_base(before.text))


def _skip_back_adverbs(tokens: list[Token], j: int) -> int:
    """Index of the last token of the subject, skipping adverbs, auxiliaries and time words."""
    k = j - 1
    while k >= 0:
        lower = tokens[k].lower
        if lower in ADVERBS or lower in AUXILIARIES or (lower.endswith("ly") and tokens[k].text.islower()):
            k -= 1
        elif lower in WEEKDAYS_MONTHS or lower in ("night", "morning", "afternoon", "evening"):
            k -= 1
            if k >= 0 and tokens[k].lower in ("on", "last", "this", "late", "early"):
                k -= 1
        else:
            break
    return k


def _subject_before(tokens: list[Token], j: int) -> _Ref | None:
    """The noun phrase doing the saying, left of the verb at j."""
    k = _skip_back_adverbs(tokens, j)
    if k < 0:
        return None
    if tokens[k].lower in PRONOUNS:
        if tokens[k].lower == "who":
            return _relative_antecedent(tokens, k)
        return _Ref("pronoun", tokens[k].text, tokens[k].start)
    if tokens[k].text == ")":
        k = _skip_parenthesis(tokens, k)
    if k >= 0 and tokens[k].lower in ("and", "but"):
        return _leading_ref(tokens)
    if k >= 0 and tokens[k].text == ",":
        found = _appositive_subject(tokens, k)
    else:
        found = _classify(_window_left(tokens, k), tokens, 0)
    if found is None or _inside_relative_clause(tokens, j, found):
        return _subject_with_relative_clause(tokens, j) or found
    return found


def _inside_relative_clause(tokens: list[Token], j: int, found: _Ref) -> bool:
    """"A strategist who has advised the Kessler campaign, speaking …, described": the phrase found
    before the verb sits in the subject's relative clause."""
    for token in tokens[:j]:
        if token.start >= found.position:
            return False
        if token.lower in ("who", "which") and token is not tokens[0]:
            return True
        if token.lower in ATTRIBUTION_VERBS or _is_mask(token):
            return False
    return False


def _subject_with_relative_clause(tokens: list[Token], j: int) -> _Ref | None:
    """"A nurse who asked not to be named … said": the sentence's subject, its relative clause
    kept when it explains the anonymity."""
    lead = _leading_ref(tokens)
    if lead is None or lead.kind != "descriptor":
        return None
    for i, token in enumerate(tokens[:j]):
        if token.start > lead.position and token.lower in ("who", "that"):
            relative = _text_between(tokens[i:j], stop_after=_ANONYMITY)
            if relative and tokens[i - 1].text != ",":
                lead.text = f"{lead.text} {relative}"
            return lead
    return None


def _skip_parenthesis(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].text != "(":
        k -= 1
    return k - 1


def _window_left(tokens: list[Token], k: int, limit: int = 14) -> list[Token]:
    """Tokens of the noun phrase ending at k: stops at punctuation, clause words, verbs, quotes."""
    start = k
    while start >= 0 and k - start < limit:
        token = tokens[start]
        lower = token.lower
        if not token.is_word or lower in CLAUSE_WORDS or lower in ATTRIBUTION_VERBS or lower in AUXILIARIES:
            break
        if lower == "by":
            break
        if lower == "and" and not (_joins_titles(tokens, start) or _joins_names(tokens, start)):
            break
        start -= 1
    return tokens[start + 1:k + 1]


def _is_head_noun(word: str) -> bool:
    return is_person_noun(word) or is_org_noun(word)


def _joins_titles(tokens: list[Token], i: int) -> bool:
    """"legal director and interim executive director": an "and" inside a title."""
    before = tokens[i - 1].lower if i > 0 else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (is_title(before) or before in ROLE_WORDS) and (after in ROLE_WORDS or is_title(after))


def _joins_names(tokens: list[Token], i: int) -> bool:
    return 0 < i < len(tokens) - 1 and is_capitalized(tokens[i - 1]) and is_capitalized(tokens[i + 1])


def _appositive_subject(tokens: list[Token], comma: int) -> _Ref | None:
    """A subject with an appositive before the verb: "Óscar Chacón, the executive director of
    Alianza Americas, said" / "One protester, student Maya Thompson, said" / "A senior officer,
    speaking on condition of anonymity, said"."""
    left_comma = comma - 1
    while left_comma >= 0 and tokens[left_comma].text != ",":
        if _is_mask(tokens[left_comma]):
            return None
        left_comma -= 1
    if left_comma < 1:
        return None
    chunk = tokens[left_comma + 1:comma]
    if any(t.lower in ATTRIBUTION_VERBS for t in chunk) and chunk[0].lower not in ("who", "which"):
        return None
    before = _classify(_window_left(tokens, left_comma - 1), tokens, 0)
    if not chunk or before is None:
        return None
    inner = _classify(chunk, tokens, 0)
    if inner is not None and inner.kind == "name" and before.kind == "descriptor":
        inner.role = inner.role or before.text  # "The county's health director, Paul Jensen,"
        return inner
    if before.kind == "name" and _is_role_chunk(chunk):
        before.role = before.role or _descriptor_text(chunk)
    return before


def _is_role_chunk(chunk: list[Token]) -> bool:
    """"the executive director of X", "an analyst at Y", "chief medical officer at Z"."""
    if chunk[0].lower in ("who", "which") or chunk[0].text[0].isdigit() or chunk[0].lower.endswith("ing"):
        return False
    return any(is_title(t.text) or is_person_noun(t.text) for t in chunk[:6])


def _nearest_person_before(tokens: list[Token], k: int) -> _Ref | None:
    """The person mentioned last before k in the sentence ("deployed by the U.S. leader, including
    his use of …")."""
    for i in range(k - 1, -1, -1):
        token = tokens[i]
        if _is_mask(token):
            return None
        if token.text[0].islower() and is_person_noun(token.text) and not is_plural_person_noun(token.text):
            ref = _classify(_window_left(tokens, i), tokens, 0)
            if ref is not None and ref.kind == "descriptor":
                return ref
    return None


def _relative_antecedent(tokens: list[Token], k: int) -> _Ref | None:
    """"… Matthew Albence to The Washington Post, who said": the nearest person named before."""
    i = k - 1
    while i >= 0:
        if name_token(tokens[i]) and tokens[i].lower not in NOT_NAME_WORDS:
            end = i
            start = trailing_name_run(tokens[:end + 1])
            run = tokens[start:end + 1]
            split = split_name(run)
            if split is not None and split.kind != "org" and split.kind != "place":
                return _Ref("name", " ".join(t.text for t in split.name), split.name[0].start,
                            role=_role_text(tokens, start, split))
            i = start - 1
            continue
        i -= 1
    return None


def _np_after(tokens: list[Token], i: int) -> _Ref | None:
    """The noun phrase starting at i (after an inverted verb or "according to")."""
    j = i
    while j < len(tokens) and j - i < 14:
        token = tokens[j]
        if not token.is_word and token.text not in ("(", ")") or token.lower in CLAUSE_WORDS \
                or token.lower in ATTRIBUTION_VERBS or token.lower in AUXILIARIES or token.lower == "who":
            break
        j += 1
    window = [t for t in tokens[i:j] if t.text not in ("(", ")")]
    while window and window[-1].lower in WEEKDAYS_MONTHS | {"on", "in", "at", "last", "this"}:
        window.pop()
    ref = _classify(window, tokens, i)
    if ref is None or not _leads_to(window, ref):
        return None
    if ref.kind == "descriptor" and j < len(tokens) and tokens[j].lower == "who":
        relative = _text_between(tokens[j:], stop_after=_GIVEN_NAME)
        if relative:
            return _given_name(relative, ref) or ref  # "a woman who gave her name only as Shirin"
    if ref.kind == "descriptor" and j + 1 < len(tokens) and tokens[j].text == ",":
        named = _appositive_name(tokens, j + 1, sentence_end=True)
        if named is not None:
            named.role = named.role or ref.text  # "said the party's health spokesperson, Ed Lewis."
            return named
    if ref.kind == "name" and j + 1 < len(tokens) and tokens[j].text == ",":
        appositive = _appositive_chunk(tokens, j + 1)
        if appositive:
            ref.role = ref.role or appositive
    return ref


def _leads_to(window: list[Token], ref: _Ref) -> bool:
    """Only titles and determiners may stand before the phrase found ("said Gov. Tate Reeves"),
    not words of another clause ("said the robbers held a gun to his …")."""
    for token in window:
        if token.start >= ref.position:
            return True
        if token.lower in _DETERMINERS or token.lower in ROLE_WORDS or is_title(token.text) \
                or is_capitalized(token):
            continue
        # before a name, plain modifiers are fine too: "said longtime resident Marcus Bell"
        if ref.kind != "name" or token.lower.endswith(("ed", "ing")) or token.lower in CLAUSE_WORDS:
            return False
    return True


def _np_ends_clause(tokens: list[Token], i: int) -> bool:
    """After "said X": the sentence ends, or a comma, channel or time follows X."""
    for token in tokens[i:i + 15]:
        if not token.is_word:
            return token.text != "("
        if token.lower in _TAIL_STARTS or token.lower in AUXILIARIES or token.lower in ATTRIBUTION_VERBS:
            return token.lower in _TAIL_STARTS
    return True


_GIVEN_NAME = re.compile(r"(?:gave|give|gives|giving) (?:her|his|their) (?:first |last )?name (?:only )?as "
                        r"\w+|identified (?:only )?(?:as|by (?:her|his|their) first name,?) \w+")


def _given_name(relative: str, ref: _Ref) -> _Ref | None:
    name = relative.split()[-1]
    if not name[:1].isupper():
        return None
    return _Ref("name", name, ref.position)


def _text_between(tokens: list[Token], stop_after: re.Pattern) -> str:
    """Words up to and including the phrase stop_after matches; "" when it never does."""
    words: list[str] = []
    for token in tokens:
        if token.text in (",", ".", ";") or _is_mask(token):
            break
        words.append(token.text)
        match = stop_after.search(" ".join(words))
        if match and match.end() == len(" ".join(words)):
            return " ".join(words)
    return ""


def _appositive_chunk(tokens: list[Token], i: int) -> str | None:
    if i + 1 < len(tokens) and tokens[i].text.isdigit() and tokens[i + 1].text == ",":
        i += 2  # "Maria Lopez, 34, a nurse from Queens"
    chunk: list[Token] = []
    for token in tokens[i:]:
        if not token.is_word or token.lower in ATTRIBUTION_VERBS:
            break
        chunk.append(token)
    if chunk and _is_role_chunk(chunk):
        return _descriptor_text(chunk)
    return None


def _name_run_end(tokens: list[Token], i: int) -> int:
    """End of the name starting at i; an organisation's name may run on over "of", "and", "for"
    ("Army Corps of Engineers", "Department of Homeland Security")."""
    j = i
    while j < len(tokens) and name_token(tokens[j]):
        j += 1
        if possessive_base(tokens[j - 1].text):
            return j
    while j + 1 < len(tokens) and tokens[j].lower in ("of", "and", "for") and name_token(tokens[j + 1]) \
            and tokens[j + 1].lower not in NOT_NAME_WORDS:
        end = j + 1
        while end < len(tokens) and name_token(tokens[end]) and not possessive_base(tokens[end].text):
            end += 1
        if name_kind(tokens[i:end]) != "org" or any(is_title(t.text) for t in tokens[i:end]) \
                or any(is_first_name(t.text) for t in tokens[j + 1:end]):
            break
        j = end
    return j


def _role_appositive_before(tokens: list[Token], i: int, j: int) -> str | None:
    """"The county's health director, Paul Jensen, said": the title before the name."""
    if i < 2 or tokens[i - 1].text != "," or j >= len(tokens) or tokens[j].text != ",":
        return None
    before = _classify(_window_left(tokens, i - 2), tokens, 0)
    if before is not None and before.kind == "descriptor" and is_title(before.head):
        return before.text
    return None


def _appositive_after(tokens: list[Token], j: int) -> tuple[str | None, str | None, str | None]:
    """"Alianza Americas, a network of …" → (None, "org", "network");
    "X, the director of Y," → ("director of Y", "person", None)."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None, None, None
    chunk: list[Token] = []
    for token in tokens[j + 1:j + 16]:
        if not token.is_word or token.lower in ATTRIBUTION_VERBS or token.lower in AUXILIARIES:
            break
        chunk.append(token)
    if not chunk or not (chunk[0].lower in ("a", "an", "the") or _is_role_chunk(chunk)):
        return None, None, None
    head = _head_index(chunk)
    if head is None:
        return None, None, None
    if is_org_noun(chunk[head].text) and not is_person_noun(chunk[head].text):
        return None, "org", chunk[head].lower
    return _descriptor_text(chunk), "person", None


def _head_index(words: list[Token]) -> int | None:
    """The descriptor's head noun: the first person/org noun before any preposition phrase
    ("a handful of protesters": the people, not the handful)."""
    for index, token in enumerate(words):
        if token.lower in _QUANTITIES and index + 1 < len(words) and words[index + 1].lower == "of":
            found = _head_index(words[index + 2:])
            return None if found is None else index + 2 + found
        if token.lower in ("of", "for", "with", "at", "from", "in", "familiar", "close", "who", "on"):
            break
        if _is_head(words, index):
            last = index
            while last + 1 < len(words) and _is_head(words, last + 1):
                last += 1
            return last
    return None


def _is_head(words: list[Token], index: int) -> bool:
    """A person or organisation noun that is not a title in front of a name ("Director Albence")."""
    token = words[index]
    if not _is_head_noun(token.text):
        return False
    name_follows = index + 1 < len(words) and is_capitalized(words[index + 1])
    return not (is_capitalized(token) and name_follows)


def _descriptor_text(words: list[Token]) -> str:
    text = " ".join(t.text for t in words)
    return strip_article(text).strip(" ,")


def _role_text(tokens: list[Token], run_start: int, split) -> str | None:
    """Title words before a name, in its run and to its left ("ICE acting Director")."""
    return _role_before(tokens, run_start, split)


def _role_before(tokens: list[Token], i: int, split) -> str | None:
    role_tokens = list(split.role)
    k = i - 1
    extra: list[Token] = []
    while k >= 0:
        token = tokens[k]
        lower = token.lower
        if not token.is_word or lower in NOT_NAME_WORDS - {"the", "of", "for", "and"} - ROLE_WORDS:
            break
        if not (is_capitalized(token) or lower in ROLE_WORDS or is_title(lower) or is_org_noun(lower)):
            break
        extra.insert(0, token)
        k -= 1
    while extra and extra[0].lower in ("the", "of", "for", "and", "at"):
        extra.pop(0)
    words = extra + role_tokens
    if not any(is_title(t.text) for t in words):
        return None
    return " ".join(t.text for t in words)


def _classify(window: list[Token], tokens: list[Token], _: int) -> _Ref | None:
    """A noun phrase as a speaker mention: pronoun, name (with title) or descriptor."""
    window = [t for t in window if t.text not in ("(", ")")]
    if not window:
        return None
    if len(window) == 1 and window[0].lower in PRONOUNS:
        return _Ref("pronoun", window[0].text, window[0].start)
    window = _from_determiner(window)
    organisation = _organisation_name(window)
    if organisation is not None:
        return organisation
    person = _person_before_affiliation(window, tokens)
    if person is not None:
        return person
    head = _head_index(window)
    starts_with_determiner = window[0].lower in _DETERMINERS
    run_start = trailing_name_run(window)
    if run_start < len(window) and not (starts_with_determiner and head is not None and head < run_start):
        after_preposition = run_start > 0 and window[run_start - 1].lower in ("of", "for", "at", "from", "in")
        run = [_without_possessive(t) for t in window[run_start:]]
        split = split_name(run, after_preposition)
        if split is not None and not (after_preposition and split.kind == "org" and head is not None):
            index = tokens.index(window[0]) if window[0] in tokens else 0
            role = _role_before(tokens, index + run_start, split) if split.role or run_start else None
            if split.kind == "place":
                return None
            if _title_case_descriptor(split):
                return _descriptor_ref(window, len(window) - 1)
            return _Ref("name", " ".join(t.text for t in split.name), split.name[0].start, role=role)
    if head is not None:
        return _descriptor_ref(window, head)
    return None


def _organisation_name(window: list[Token]) -> _Ref | None:
    """A whole capitalised organisation name with its "of"/"and": "the Communications Workers of
    America", "the Department of Homeland Security"."""
    words = window[1:] if window[0].lower == "the" else window
    links = [t for t in words if t.lower in ("of", "and", "for", "&", "the")]
    if not links or not words or not all(is_capitalized(t) or t in links for t in words):
        return None
    if words[-1] in links or any(is_title(t.text) or is_first_name(t.text) for t in words):
        return None
    if name_kind([t for t in words if t not in links]) != "org":
        return None
    return _Ref("name", " ".join(t.text for t in words), words[0].start)


def _person_before_affiliation(window: list[Token], tokens: list[Token]) -> _Ref | None:
    """"Lt. Maria Gonzalez of the Riverside Police Department": the person, not the department."""
    for index, token in enumerate(window):
        if token.lower in ("of", "for", "at", "with", "from") and 0 < index < len(window) - 1:
            before = window[:index]
            if before[0].lower in _DETERMINERS:
                return None  # "the director of X" is a descriptor
            ref = _classify(before, tokens, 0) if trailing_name_run(before) < len(before) else None
            if ref is not None and ref.kind == "name" and name_kind(tokenize(ref.text)) != "org":
                return ref
            return None
    return None


def _from_determiner(window: list[Token]) -> list[Token]:
    """"with a campaign spokesperson" → "a campaign spokesperson": start at the determiner that
    introduces a head noun, when words before it are not part of the phrase."""
    if _head_index(window) is not None or trailing_name_run(window) < len(window):
        return window
    for index, token in enumerate(window):
        if token.lower in _DETERMINERS and _head_index(window[index:]) is not None:
            return window[index:]
    return window


def _title_case_descriptor(split) -> bool:
    """"Immigration Advocates Say": a headline's capitalised plural noun is not a name."""
    return is_plural_person_noun(split.name[-1].text) and not is_first_name(split.name[0].text)


def _descriptor_ref(window: list[Token], head: int) -> _Ref | None:
    start = head
    while start > 0 and window[start - 1].lower not in _DETERMINERS and window[start - 1].is_word:
        start -= 1
    if start > 0 and window[start - 1].lower in _DETERMINERS:
        start -= 1
    if window[start].lower in ("a", "an", "one", "another") and is_plural_person_noun(window[head].text) \
            and not is_capitalized(window[head]):
        start = head  # "a threat opponents called …": the plural is a subject of its own
    words = window[start:]
    if not words:
        return None
    quantity = next((i for i, t in enumerate(words[:-2]) if t.lower in _QUANTITIES and words[i + 1].lower == "of"), None)
    if quantity is not None:
        words = words[quantity + 2:]  # "a handful of protesters" → "protesters"
        start += quantity + 2
    determiner = words[0].lower if words[0].lower in _DETERMINERS else ""
    if not determiner and is_plural_person_noun(window[head].text) and head + 1 < len(window) \
            and window[head + 1].lower in ("in", "wearing", "with", "carrying", "holding"):
        words = window[start:head + 1]
    modifiers = tuple(t.text for t in window[start + (1 if determiner else 0):head])
    text = " ".join(t.text for t in (words[1:] if determiner in _STRIPPED_DETERMINERS else words))
    return _Ref("descriptor", text, words[0].start, head=window[head].lower,
                definite=determiner == "the", modifiers=modifiers)


def _leading_ref(tokens: list[Token]) -> _Ref | None:
    """The subject at the start of a sentence, after an introductory phrase ("On Friday, he …")."""
    start = _after_dateline(tokens)
    if start == 0 and tokens and (tokens[0].lower in NOT_NAME_WORDS and tokens[0].lower not in _DETERMINERS | set(PRONOUNS)):
        for i, token in enumerate(tokens[:25]):
            if token.text == ",":
                start = i + 1
                break
            if _is_mask(token):
                return None
    window: list[Token] = []
    for token in tokens[start:start + 16]:
        lower = token.lower
        if not token.is_word or lower in AUXILIARIES or lower in ATTRIBUTION_VERBS or lower in CLAUSE_WORDS \
                or lower in ADVERBS or lower == "who" or (lower.endswith("ed") and token.text.islower()):
            break
        if window and _phrase_complete(window, token):
            break
        window.append(token)
        if lower in PRONOUNS:
            break
    if not window:
        return None
    if window[0].lower in PRONOUNS:
        return _Ref("pronoun", window[0].text, window[0].start)
    ref = _classify(window, tokens, start)
    end = start + len(window)
    if ref is not None and ref.kind == "descriptor" and end < len(tokens) and tokens[end].text == ",":
        named = _appositive_name(tokens, end + 1)
        if named is not None:
            named.role = named.role or ref.text  # "Eastfield's head coach, Tom Ashby, …"
            return named
    return ref


def _phrase_complete(window: list[Token], nxt: Token) -> bool:
    """Does the subject end before nxt? After a name a lowercase word ends it ("Mayor Linda Park
    met …"); after a head noun only a preposition may go on ("Officials at the agency")."""
    if not nxt.text[0].islower() or nxt.lower in NAME_PARTICLES_AND_LINKS or _is_head_noun(nxt.text):
        return False  # "El Paso gunman", "Eastfield's head coach"
    last = window[-1]
    in_phrase_after_head = _head_index(window) is not None and any(t.lower in _PREPOSITIONS for t in window)
    if name_token(last) and last.lower not in NOT_NAME_WORDS and not in_phrase_after_head:
        return True  # but "The mayor of a small Texas border town" goes on
    return _is_head_noun(last.text) and nxt.lower not in _PREPOSITIONS


def _after_dateline(tokens: list[Token]) -> int:
    """Index after a dateline such as "JACKSON, Miss. (AP) —" or "WASHINGTON —", else 0."""
    for i, token in enumerate(tokens[:8]):
        if token.text in ("—", "–", "--", "-") and i > 0:
            words = [t.text for t in tokens[:i] if t.is_word]
            if words and words[0].isupper() and len(words[0]) > 1:
                return i + 1
            return 0
    return 0


def _appositive_name(tokens: list[Token], i: int, sentence_end: bool = False) -> _Ref | None:
    """A name standing alone between commas at i: ", Tom Ashby,"; or ending the sentence."""
    j = i
    while j < len(tokens) and tokens[j].is_word:
        j += 1
    closed = j < len(tokens) and tokens[j].text == "," or (
        sentence_end and (j == len(tokens) or tokens[j].text in (".", "!", "?")))
    if j == i or not closed or trailing_name_run(tokens[i:j]) != 0:
        return None
    ref = _classify(tokens[i:j], tokens, i)
    return ref if ref is not None and ref.kind == "name" else None


def _subject_names(tokens: list[Token]) -> list[_Ref]:
    """Names followed by a verb ("McAleenan acknowledged", "President Trump defended")."""
    refs = []
    i = 0
    while i < len(tokens):
        if not name_token(tokens[i]) or tokens[i].lower in NOT_NAME_WORDS:
            i += 1
            continue
        j = i
        while j < len(tokens) and name_token(tokens[j]) and not possessive_base(tokens[j].text):
            j += 1
        if j < len(tokens) and _verb_like(tokens, j):
            ref = _classify(tokens[i:j], tokens, i)
            if ref is not None and ref.kind == "name":
                refs.append(ref)
        i = max(j, i + 1)
    return refs


def _verb_like(tokens: list[Token], j: int) -> bool:
    k = j
    if tokens[k].text == "(":
        while k < len(tokens) and tokens[k].text != ")":
            k += 1
        k += 1
    while k < len(tokens) and (tokens[k].lower in ADVERBS or tokens[k].lower.endswith("ly")):
        k += 1
    if k >= len(tokens):
        return False
    lower = tokens[k].lower
    return lower in AUXILIARIES or lower in ATTRIBUTION_VERBS or (
        lower.endswith("ed") and tokens[k].text.islower() and len(lower) > 3)


def _attribution_after(tokens: list[Token], i: int, strict: bool) -> _Attribution | None:
    """"…," X said / said X / X told NBC News — right after a closing mark (tokens from i).
    strict: what follows the verb must be the attribution's tail, not a clause of its own."""
    while i < len(tokens) and tokens[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.lower in INVERTING_VERBS:
        ref = _np_after(tokens, i + 1)
        if ref is None:
            return None
        return _Attribution(ref, via=_via_tokens(tokens, i), adjacent=True, verb=first.lower)
    if first.lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
        ref = _np_after(tokens, i + 2)
        return _Attribution(ref, adjacent=True, via=_according_via(ref)) if ref else None
    for j in range(i, min(len(tokens), i + 18)):
        token = tokens[j]
        if _is_mask(token) or token.text in (".", ";", ":", "!", "?"):
            return None
        if token.lower in SPEECH_VERBS and j > i:
            ref = _subject_before(tokens[:j + 1], j)
            if ref is None or ref.position < first.start:
                return None
            if strict and not _attribution_tail(tokens, j + 1):
                return None
            return _Attribution(ref, via=_via_tokens(tokens, j), adjacent=strict, verb=token.lower)
    return None


_TAIL_STARTS = set("in on at during when while after before to via through from as later earlier "
                   "last this adding according of about yesterday today tonight recently "
                   "previously outside inside afterward afterwards".split()) | WEEKDAYS_MONTHS


def _attribution_tail(tokens: list[Token], k: int) -> bool:
    """After "said": nothing, punctuation, a channel or a time, not a clause of its own."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    if not token.is_word:
        return True
    if token.lower in _TAIL_STARTS or token.lower.endswith("ly"):
        return True
    verb = tokens[k - 1].lower
    if verb in ("told", "tells", "tell", "asked", "asks"):
        return True  # "told NBC News", "asked reporters"
    return False


def _according_via(ref: _Ref) -> str | None:
    """"according to CNN": a named source is also the channel."""
    return ref.text if ref.kind == "name" else None


def _clause_tail(tokens: list[Token], j: int) -> list[Token]:
    """The verb and what follows it up to "that", a comma or a quote: "told the Guardian"."""
    end = j + 1
    while end < len(tokens) and tokens[end].is_word and tokens[end].lower not in ("that", "who", "which"):
        end += 1
    return tokens[j:end]


def _ends_at_sentence_end(tokens: list[Token], i: int) -> bool:
    return not any(_is_mask(t) for t in tokens[i:])


def _via_tokens(tokens: list[Token], j: int) -> str | None:
    end = j
    while end < len(tokens) and not _is_mask(tokens[end]) and tokens[end].text not in (".", ";", "!", "?"):
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
_CHANNEL_TAIL = r"(?: (?:posted|published|released|sent|issued|shared|on|to|with|for)(?: (?!that\b|which\b|and\b|saying\b)[\w’'.&-]+){1,5})?"
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
    re.compile(r"\b(?:[Ii]n|[Dd]uring|[Aa]t|[Vv]ia|[Tt]hrough|[Oo]n) ((?:a|an|the|his|her|their|its) "
               r"(?:[\w’'-]+ ){0,3}?(?:" + _CHANNEL_NOUNS + r")\b" + _CHANNEL_TAIL + ")"),
    re.compile(r"\b(?:on|via) (social media|Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|"
               r"LinkedIn|YouTube|Truth Social|Telegram|Reddit|Snapchat|Weibo)\b"),
    re.compile(r"\baccording to " + _CAPS_NP),
)
# Looser: "said on CNN", "… to The Washington Post" — only when the words name an outlet.
_MEDIA_VIA_PATTERNS = (
    re.compile(r"^\w+ (?:\w+ )?on " + _CAPS_NP),
    re.compile(r"\bto " + _CAPS_NP),
)


def _via(text: str) -> str | None:
    """The channel named in an attribution clause, if any."""
    text = text.replace(_MASK, " ")
    for pattern in _VIA_PATTERNS + _MEDIA_VIA_PATTERNS:
        for match in pattern.finditer(text):
            channel = _trim_channel(match.group(1))
            if channel and (pattern not in _MEDIA_VIA_PATTERNS or _media_name(channel)):
                return channel
    return None


def _trim_channel(channel: str) -> str | None:
    words = channel.split()
    while words and (words[-1].lower().strip(".,") in WEEKDAYS_MONTHS | {"the", "of", "and", "for", "on", "in"}):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and words[0].lower().strip(".") in NOT_NAME_WORDS:
        return None
    if words[0].lower() in ("the",) and len(words) == 1:
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

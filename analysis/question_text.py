"""Text helpers for the question generator: sentences, excerpts, name forms, stable ordering."""
from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")
Span = tuple[int, int]

ELLIPSIS = "…"
BLANK = "___"
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"

# Same-length replacements, so offsets found in the folded text are offsets in the original.
_SAME_LENGTH_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_QUOTE_MARKS = "\"'“”‘’"
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "insp", "inc", "co", "corp",
    "ltd", "llc", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo",
    "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
    "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
})
_SPEECH_VERBS = frozenset({
    "said", "says", "say", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "replied", "replies", "continued", "explained", "noted", "stated", "recalled", "insisted",
    "argued", "claimed", "declared", "warned", "answered", "shouted", "responded", "admitted",
})
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s)")
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "di", "du"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold(text: str) -> str:
    """The form two texts are compared in: straight quotes, lower case, single spaces."""
    return " ".join(text.translate(_SAME_LENGTH_FORMS).lower().split())


def choice_key(text: str) -> str:
    """Two choices with the same key are duplicates ("The Washington Post" = "washington post.")."""
    return _LEADING_ARTICLE.sub("", fold(text).strip(" .,;:!?" + _QUOTE_MARKS))


def stable_order(items: Iterable[T], seed: str, key: Callable[[T], str] = str) -> list[T]:
    """A shuffle that depends only on the seed and the items: same input, same order."""
    def rank(item: T) -> str:
        return hashlib.sha256(f"{seed}\x1f{key(item)}".encode()).hexdigest()
    return sorted(items, key=rank)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- finding words in a body


@functools.lru_cache(maxsize=2048)
def _searchable(text: str) -> str:
    return text.translate(_SAME_LENGTH_FORMS)


@functools.lru_cache(maxsize=4096)
def _whole_word(needle: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", re.IGNORECASE)


def find_all(body: str, needle: str) -> list[Span]:
    """Whole-word, case-insensitive occurrences of needle (curly and straight quotes alike)."""
    needle = needle.translate(_SAME_LENGTH_FORMS).strip()
    if not needle:
        return []
    return [m.span() for m in _whole_word(needle).finditer(_searchable(body))]


def contains(haystack: str, needle: str) -> bool:
    needle = needle.translate(_SAME_LENGTH_FORMS).strip()
    return bool(needle) and _whole_word(needle).search(_searchable(haystack)) is not None


def name_forms(speaker: str, named: bool) -> list[str]:
    """How the article may refer to a speaker: the full form and, for a person's name, the surname."""
    forms = [speaker]
    words = [w for w in speaker.split() if w.lower().strip(".,") not in _NAME_SUFFIXES]
    looks_like_name = named and 2 <= len(words) <= 4 and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
    if looks_like_name:
        forms.append(words[-1].strip(".,"))
    return forms


def same_person(a: str, b: str) -> bool:
    """True when two speaker strings may name the same person or body: equal, one inside the
    other ("McAleenan" / "Kevin McAleenan"), or the same surname."""
    fa, fb = choice_key(a), choice_key(b)
    if fa == fb or contains(fa, fb) or contains(fb, fa):
        return True
    surname_a, surname_b = fa.split()[-1], fb.split()[-1]
    return len(fa.split()) > 1 and len(fb.split()) > 1 and surname_a == surname_b and surname_a[:1].isalpha() \
        and a.split()[-1][:1].isupper() and b.split()[-1][:1].isupper()


# ---------------------------------------------------------------- sentences


@functools.lru_cache(maxsize=64)
def paragraph_spans(body: str) -> tuple[Span, ...]:
    spans = []
    for m in re.finditer(r"[^\n]+", body):
        start, end = m.span()
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)


def _word_before(body: str, index: int) -> str:
    start = index
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    return body[start:index].lstrip("(\"'“‘[")


def _attribution_follows(body: str, index: int, paragraph_end: int) -> bool:
    """'…?” Todd asked.' — a short clause with a verb of saying after a closing quote ends
    the same sentence."""
    rest = body[index:paragraph_end]
    clause = re.split(r"[.!?]", rest, maxsplit=1)[0]
    words = re.findall(r"[\w’'-]+", clause.lower())
    return len(words) <= 8 and any(w in _SPEECH_VERBS for w in words)


def _ends_sentence(body: str, match: re.Match, paragraph_end: int) -> bool:
    after = match.end()
    while after < paragraph_end and body[after].isspace():
        after += 1
    if after >= paragraph_end:
        return True
    following = body[after]
    if not (following.isupper() or following.isdigit() or following in "\"“‘'(["):
        return False
    marks = match.group()
    if marks.startswith(".") and marks.rstrip("”\"’')]") == ".":
        word = _word_before(body, match.start())
        if word.lower().rstrip(".") in _ABBREVIATIONS or len(word) == 1 or re.fullmatch(r"(?:\w\.)+\w", word):
            return False
    if marks[-1] in "”\"’'" and _attribution_follows(body, after, paragraph_end):
        return False
    return True


@functools.lru_cache(maxsize=64)
def sentence_spans(body: str) -> tuple[Span, ...]:
    """Every sentence of the body as (start, end); sentences never cross a line break."""
    spans: list[Span] = []
    for paragraph_start, paragraph_end in paragraph_spans(body):
        start = paragraph_start
        for match in _SENTENCE_END.finditer(body, paragraph_start, paragraph_end):
            if match.end() <= start or not _ends_sentence(body, match, paragraph_end):
                continue
            spans.append((start, match.end()))
            start = match.end()
            while start < paragraph_end and body[start].isspace():
                start += 1
        if start < paragraph_end:
            spans.append((start, paragraph_end))
    return tuple(spans)


def sentence_around(body: str, start: int, end: int) -> Span:
    """The sentence(s) covering body[start:end]."""
    sentences = sentence_spans(body)
    first = bisect.bisect_right(sentences, (start, len(body) + 1)) - 1  # last sentence starting at or before start
    spans = [s for s in sentences[max(0, first):] if s[0] < max(end, start + 1)]
    spans = [s for s in spans if s[1] > start]
    if not spans:
        return start, end
    return min(spans[0][0], start), max(spans[-1][1], end)


def paragraph_around(body: str, index: int) -> Span:
    for span in paragraph_spans(body):
        if span[0] <= index < span[1]:
            return span
    return index, index


# ---------------------------------------------------------------- excerpts


def _strip_edge_punctuation(text: str) -> str:
    return text.strip().rstrip(",;:—–-").rstrip()


@functools.lru_cache(maxsize=1024)
def _token_spans(body: str, lo: int, hi: int) -> tuple[Span, ...]:
    return tuple(m.span() for m in _TOKEN.finditer(body, lo, hi))


def window(body: str, lo: int, hi: int, focus: Span, max_words: int) -> tuple[int, int]:
    """Bounds inside [lo, hi) of at most about max_words words that keep the focus span, cut at
    word boundaries."""
    tokens = _token_spans(body, lo, hi)
    if len(tokens) <= max_words:
        return lo, hi
    first = next((i for i, t in enumerate(tokens) if t[1] > focus[0]), 0)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < focus[1]), len(tokens) - 1)
    spare = max(0, max_words - (last - first + 1))
    before = min(first, spare // 2)
    after = min(len(tokens) - 1 - last, spare - before)
    before = min(first, spare - after)
    return tokens[first - before][0], tokens[last + after][1]


def excerpt(body: str, lo: int, hi: int, focus: Span, max_words: int = 40) -> str:
    """body[lo:hi] shortened around the focus, with "…" where it was cut, on one line."""
    start, end = window(body, lo, hi, focus, max_words)
    text = " ".join(body[start:end].split())
    if end < hi:
        text = _strip_edge_punctuation(text) + ELLIPSIS
    if start > lo:
        text = ELLIPSIS + text
    return text


def stray_curly_quotes(text: str) -> list[int]:
    """Positions of curly double quotes that have no partner inside text."""
    stack: list[int] = []
    stray: list[int] = []
    for i, char in enumerate(text):
        if char == OPEN_QUOTE:
            stack.append(i)
        elif char == CLOSE_QUOTE:
            if stack:
                stack.pop()
            else:
                stray.append(i)
    return sorted(stray + stack)


def balanced_bounds(body: str, start: int, end: int, focus: Span) -> Span | None:
    """Narrow [start, end) so it holds no unpaired curly double quote, keeping the focus;
    None when a stray mark sits inside the focus."""
    while True:
        stray = stray_curly_quotes(body[start:end])
        if not stray:
            return start, end
        position = start + stray[0]
        if position >= focus[1]:
            end = position
        elif position < focus[0]:
            start = position + 1
        else:
            return None
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1] in " ,;:—–-":
            end -= 1


def excerpt_bounds(body: str, lo: int, hi: int, focus: Span, max_words: int = 40) -> Span | None:
    """Where quoted_excerpt cuts body[lo:hi]; None when it cannot keep the focus."""
    start, end = window(body, lo, hi, focus, max_words)
    return balanced_bounds(body, start, end, focus)


def quoted_excerpt(body: str, lo: int, hi: int, focus: Span, max_words: int = 40,
                   blank: bool = False) -> str | None:
    """A stem-ready excerpt of body[lo:hi] around the focus, in curly quotes; its curly quotes
    are balanced so a reader (and a test) can tell where the article's words begin and end.
    With blank, the focus is replaced by "___"."""
    bounds = excerpt_bounds(body, lo, hi, focus, max_words)
    if bounds is None:
        return None
    start, end = bounds
    if blank:
        text = (body[start:focus[0]] + BLANK + body[focus[1]:end]).strip()
    else:
        text = body[start:end].strip()
    if not text:
        return None
    if end < hi:
        text = _strip_edge_punctuation(text) + ELLIPSIS
    if start > lo:
        text = ELLIPSIS + text
    return OPEN_QUOTE + text + CLOSE_QUOTE


def quote_words(body: str, start: int, end: int, text: str, max_words: int = 25) -> str | None:
    """The first part of a quote as the body has it (a split quote's first part), shortened;
    None when it cannot be shown faithfully."""
    span_text = body[start:end]
    body_tokens = list(_TOKEN.finditer(span_text))
    quote_tokens = text.split()
    matched, part_end = 0, len(span_text)
    for body_token, quote_token in zip(body_tokens, quote_tokens):
        word = body_token.group()
        closing = re.search(r"[”\"](?=\W*$)", word)  # 'belief,”' ends the first part of a split quote
        if closing and matched + 1 < len(quote_tokens):
            if word[:closing.start()].rstrip(",") == quote_token.rstrip(","):
                matched += 1
                part_end = body_token.start() + closing.start()
            break
        if word != quote_token:
            break
        matched += 1
        part_end = body_token.end()
    if matched == 0:
        return None
    shown = min(matched, max_words)
    cut = part_end if shown == matched else body_tokens[shown - 1].end()
    words = _strip_edge_punctuation(span_text[:cut])
    if shown < len(quote_tokens):
        words += ELLIPSIS
    if stray_curly_quotes(words):
        return None
    return words


def ended(text: str) -> str:
    """The text with a full stop unless it already ends a sentence (inside any closing quote)."""
    return text if text.rstrip("”’'\"").endswith((".", "!", "?", ELLIPSIS)) else text + "."


_PLURAL_SOURCES = frozenset({
    "officials", "sources", "people", "aides", "members", "staffers", "residents", "witnesses",
    "experts", "employees", "workers", "officers", "agents", "advocates", "activists", "groups",
    "organizations", "organisations", "lawmakers", "analysts", "critics", "students", "parents",
})
_QUANTIFIERS = frozenset({"several", "some", "two", "three", "four", "five", "many", "few", "both",
                          "all", "multiple", "various", "other"})


_AFTER_HEAD = frozenset({"who", "with", "familiar", "of", "in", "at", "from", "for", "that", "close",
                         "speaking", "briefed", "on", "involved", "working"})


def is_plural_descriptor(phrase: str) -> bool:
    """'officials who spoke on condition of anonymity', 'prosecutors', 'two sources': more than
    one person. The head is the last word before "who", "with", "of"…"""
    words = re.findall(r"[\w’'-]+", phrase.lower())
    if not words:
        return False
    head_words = next((words[:i] for i, w in enumerate(words) if w in _AFTER_HEAD and i), words)
    head = head_words[-1]
    regular_plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "’s", "'s"))
    return words[0] in _QUANTIFIERS or head in _PLURAL_SOURCES or head == "police" or regular_plural


def a_or_an(phrase: str) -> str:
    """'an ICE official', 'a senior official', 'the first official', 'the officials who…'."""
    first = phrase.split()[0] if phrase.split() else ""
    if first.lower() in _QUANTIFIERS:
        return phrase
    if first.lower() == "first" or is_plural_descriptor(phrase):
        return "the " + phrase
    if first.isupper() and len(first) > 1:  # an acronym is read letter by letter
        return ("an " if first[0] in "AEFHILMNORSX" else "a ") + phrase
    lowered = first.lower()
    vowel_sound = lowered[:1] in "aeio" or (lowered.startswith("u") and not lowered.startswith(("uni", "use", "usu", "ut")))
    return ("an " if vowel_sound else "a ") + phrase


def join_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

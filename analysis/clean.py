"""Clean an article (plain text or HTML) into headline, outlet and story paragraphs."""
from __future__ import annotations

import re

from .boilerplate import (
    byline_credit,
    ends_sentence,
    is_boilerplate,
    remove_boilerplate,
    strip_template_tokens,
)
from .html_text import extract_html, looks_like_html
from .types import CleanText

_PARAGRAPH_BREAK = "\n\n"
_SPACES = re.compile(r"[^\S\n]+")


def _character_fixes() -> dict[int, str | None]:
    """Line breaks made uniform; invisible and control characters dropped.

    C1 control characters are what Windows-1252 punctuation becomes when decoded as Latin-1, so
    they are mapped back (\\x93 → “) instead of being lost.
    """
    fixes: dict[int, str | None] = {code: None for code in range(0x20) if chr(code) not in "\n\t"}
    fixes.update({0x0B: "\n", 0x0C: "\n", 0x7F: None, 0x2028: "\n", 0x2029: "\n",
                  0xFEFF: None, 0x200B: None, 0x00AD: None, 0x2060: None})
    for code in range(0x80, 0xA0):
        try:
            fixes[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            fixes[code] = None
    return fixes


_CHARACTER_FIXES = _character_fixes()

# "WASHINGTON (AP) —", "LONDON, May 3 (Reuters) -", "(CNN)The …": the credit names the outlet.
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4})?"  # place
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"  # date
    r"\((?P<outlet>[A-Z][A-Za-z&.'’ ]{1,40})\)"
    r"(?:\s*(?:--?|[—–])|(?=[A-Z“\"]))"  # a dash, or CNN's "(CNN)The" with no space
)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\([cC]\)|(?i:copyright))\s*(?:©\s*)?(?:(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*)?"
    r"(?:(?i:by)\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z&][\w&'’.-]*|of|the|and|for|de|du)){0,6})"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COPYRIGHT_MAX_WORDS = 30
_DATELINE_PARAGRAPHS = 4

_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
_QUESTION_HEADLINE_MAX_WORDS = 15
_KICKER_MAX_WORDS = 3
_HEADLINE_UNDER_KICKER_MIN_WORDS = 6
_TITLE_CASE_SHARE = 0.75
_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto "
    "over than that is are was be".split()
)
_SENTENCE_BREAK = re.compile(r"(\S+)[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]")
_ABBREVIATION = re.compile(
    r"^(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Mt|Ft|No|Inc"
    r"|Co|Corp|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N)$"
)
_HARD_WRAP_MIN_LINES = 6
_HARD_WRAP_MAX_WIDTH = 100
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def clean_article(text: str) -> CleanText:
    """Headline, outlet and clean body of an article given as plain text or HTML. Never raises."""
    text = _sanitize(text)
    if looks_like_html(text):
        return _clean_html(text)
    return _clean_paragraphs(_prepare(_split_paragraphs(text)))


# ---------------------------------------------------------------- characters and paragraphs


def _sanitize(text: object) -> str:
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHARACTER_FIXES)


def _normalise(paragraph: str) -> str:
    """One paragraph's whitespace collapsed, template tokens taken out."""
    # Translated again because HTML entities can decode to invisible characters (&shy;, &#xfeff;).
    paragraph = _SPACES.sub(" ", paragraph.translate(_CHARACTER_FIXES).replace("\n", " ")).strip()
    return strip_template_tokens(paragraph)


def _prepare(paragraphs: list[str]) -> list[str]:
    """Normalised paragraphs, empty ones and repeats of an earlier one left out."""
    seen: set[str] = set()
    prepared = []
    for raw in paragraphs:
        paragraph = _normalise(raw) if raw and not raw.isspace() else ""
        key = paragraph.casefold()
        if paragraph and key not in seen:
            seen.add(key)
            prepared.append(paragraph)
    return prepared


def _split_paragraphs(text: str) -> list[str]:
    """Each line is a paragraph, unless the text is hard-wrapped: then blank lines separate them."""
    lines = text.split("\n")
    if not _is_hard_wrapped(lines):
        return lines
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width (e-mail style) rather than one line per paragraph."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < _HARD_WRAP_MIN_LINES or not _BLANK_LINE.search("\n".join(lines).strip()):
        return False
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    if width > _HARD_WRAP_MAX_WIDTH:
        return False
    full_lines = sum(1 for length in lengths if length >= 0.6 * width)
    return full_lines >= 0.6 * len(lengths)


# ---------------------------------------------------------------- headline and body


def _clean_paragraphs(paragraphs: list[str]) -> CleanText:
    """Plain-text path: the first line is the headline when it reads as one."""
    outlet = find_outlet(paragraphs)
    start = 0
    while start < len(paragraphs) and is_boilerplate(paragraphs[start]):
        start += 1
    start = _skip_kicker(paragraphs, start)
    title = None
    if start < len(paragraphs) and reads_as_headline(paragraphs[start]):
        title = paragraphs[start]
        start += 1
    return _assemble(title, outlet, remove_boilerplate(paragraphs[start:], {title} if title else None))


def _clean_html(text: str) -> CleanText:
    page = extract_html(text)
    paragraphs = _prepare(page.paragraphs)
    title = _normalise(page.title) if page.title else None
    if not title:
        cleaned = _clean_paragraphs(paragraphs)
        return CleanText(cleaned.title, page.outlet or cleaned.outlet, cleaned.body)
    outlet = page.outlet or find_outlet(paragraphs + _prepare(page.furniture))
    return _assemble(title, outlet, remove_boilerplate(paragraphs, {title}))


def _assemble(title: str | None, outlet: str | None, paragraphs: list[str]) -> CleanText:
    body = _PARAGRAPH_BREAK.join(([title] if title else []) + paragraphs)
    return CleanText(title=title, outlet=outlet, body=body)


def _skip_kicker(paragraphs: list[str], start: int) -> int:
    """Step over a section label ("Opinion", "WORLD NEWS", "Premier League") above the headline.

    A label is a name, every word capitalised, and the line below must read as a headline at least
    twice as long, so that a short headline ("Mayor resigns") with a subheading under it keeps its place.
    """
    if start + 1 >= len(paragraphs):
        return start
    kicker, headline = paragraphs[start], paragraphs[start + 1]
    words, headline_words = len(kicker.split()), len(headline.split())
    capitalised = all(word[0].isupper() or word in ("&", "and", "of") for word in kicker.split())
    is_kicker = (words <= _KICKER_MAX_WORDS and capitalised and not re.search(r"[.!?,;:]", kicker)
                 and headline_words >= max(2 * words, _HEADLINE_UNDER_KICKER_MIN_WORDS)
                 and not is_boilerplate(headline) and reads_as_headline(headline))
    return start + 1 if is_kicker else start


def reads_as_headline(line: str) -> bool:
    """Short, one sentence at most, and either unpunctuated at the end or written in title case."""
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return False
    if _DATELINE.match(line):
        return False
    breaks = _sentence_breaks(line)
    if not ends_sentence(line):
        return breaks <= 1
    if breaks:
        return False
    if _is_title_case(line):
        return True
    return line.rstrip("\"'”’)").endswith(("?", "!")) and len(words) <= _QUESTION_HEADLINE_MAX_WORDS


def _sentence_breaks(line: str) -> int:
    """How many sentence boundaries fall inside the line ("U.S. Should" and "Mr. Smith" are not)."""
    return sum(1 for match in _SENTENCE_BREAK.finditer(line)
               if not _ABBREVIATION.match(match.group(1).lstrip("\"“‘(")))


def _is_title_case(line: str) -> bool:
    words = [word.strip("\"'“”‘’()[],:;.!?—–-") for word in line.split()]
    considered = [word for word in words if word and word.lower() not in _SMALL_WORDS]
    if len(considered) < 3:
        return False
    capitalised = sum(1 for word in considered if word[0].isupper() or word[0].isdigit())
    return capitalised >= _TITLE_CASE_SHARE * len(considered)


# ---------------------------------------------------------------- outlet


def find_outlet(paragraphs: list[str]) -> str | None:
    """The outlet the text names as its own: a copyright line, a byline credit, a dateline credit.

    Outlets that sources spoke to ("told NBC News") and site navigation ("See all Hill.TV") are not
    credits, so they are never taken.
    """
    for find in (_copyright_holder, byline_credit):
        outlet = next((found for found in map(find, paragraphs) if found), None)
        if outlet:
            return outlet
    for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(paragraph)
        if match:
            return match.group("outlet").strip()
    return None


def _copyright_holder(paragraph: str) -> str | None:
    """The holder a copyright line names: "© 2019 Newsweek" → "Newsweek".

    "Copyright 2019 The Associated Press. All rights reserved." → "The Associated Press".
    """
    if len(paragraph.split()) > _COPYRIGHT_MAX_WORDS or not _YEAR.search(paragraph):
        return None
    match = _COPYRIGHT_NAME.match(paragraph)
    if match is None:
        return None
    name = re.split(r"(?<=[a-z]{2})\.\s|\s+(?i:all rights)\b", match.group("name"))[0]
    name = _YEAR.sub("", name).strip(" .,")
    if len(name) < 2 or name.lower().startswith("all rights"):
        return None
    return name

"""Numbers written in words: "twenty-two", "one hundred and fifty", "two dozen", "two-thirds"."""
from __future__ import annotations

import re

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # Indian English: "Rs 38 lakh", "4.62 lakh cases", "Rs 1,750 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Abbreviated scales glued to digits or after a currency amount: "$1.2m", "£3bn", "10k".
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000,
                       "bn": 1_000_000_000, "tn": 1_000_000_000_000}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
_NUMBER_WORD = "|".join(sorted([*SMALL_NUMBERS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_NEXT_WORD = re.compile(rf"(?P<sep>[ -]|\s+and\s+)?(?P<word>{_NUMBER_WORD})\b", re.IGNORECASE)


def _kind(word: str) -> str:
    if word in SMALL_NUMBERS:
        return "small"
    if word in TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word == "dozen":
        return "dozen"
    return "scale"


# Which kind of word may follow which: "twenty-two", "two hundred and five", "two dozen".
_MAY_FOLLOW = {
    "small": {None, "tens", "hundred", "scale"},
    "tens": {None, "hundred", "scale"},
    "hundred": {"small", "tens"},
    "scale": {"small", "tens", "hundred", "dozen"},
    "dozen": {"small", "tens"},
}


def read_word_number(text: str, pos: int, starts_with_one: bool = False) -> tuple[float, int] | None:
    """Value and end offset of the longest well-formed number in words at text[pos:].

    starts_with_one reads "a hundred" / "a dozen": the number begins as if "one" had been read.
    """
    total, current = 0.0, (1.0 if starts_with_one else 0.0)
    last = "small" if starts_with_one else None
    end = None
    while match := _NEXT_WORD.match(text, pos):
        word, separator = match.group("word").lower(), match.group("sep") or ""
        kind = _kind(word)
        if (end is None) != (separator == ""):
            break
        if "and" in separator and last not in ("hundred", "scale"):
            break
        if last not in _MAY_FOLLOW[kind] or (kind == "small" and last == "tens" and current % 10):
            break
        if word == "zero" and last is not None:
            break
        if kind in ("small", "tens"):
            current += SMALL_NUMBERS.get(word, TENS.get(word, 0))
        elif kind == "hundred":
            current *= 100
        elif kind == "dozen":
            current *= 12
        else:
            total += current * SCALES[word]
            current = 0.0
        last, end, pos = kind, match.end(), match.end()
    if end is None:
        return None
    return total + current, end

"""Numeric claims: every number that counts or measures something, with its hedge, unit and what
it counts. General rules only (GUIDELINES.md, Numbers): regular expressions over the body, one pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .counted import Counted, describe_counted
from .number_words import (
    DENOMINATORS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    read_word_number,
)
from .quantity_terms import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    TIME_UNITS,
    UNIT_WORDS,
    is_plural_noun,
    plural,
)
from .types import NumberClaim


@dataclass(frozen=True)
class _Reading:
    """A number as written, before deciding whether it is a claim."""

    value: float
    start: int
    end: int
    # "digits", "words", "fraction", "range", "score", or "needs_hedge": a bare "half" or
    # "a quarter", a claim only when hedged ("nearly half")
    kind: str
    unit: str | None = None
    compound_noun: str | None = None  # "10-city" -> "cities"
    hedge: str = "exact"
    hedge_start: int | None = None
    first: str = ""  # the first number as written: "2019", "1,500", "one"


# ---------------------------------------------------------------- vocabulary

_CONTEXT = 120  # characters of context either side that the rules look at
_LONGEST_FIGURE = 18  # characters: "999,999,999,999.99"; longer runs of digits are codes

_SCALE = "|".join(SCALES)
_DENOMINATOR = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
_UNIT = "|".join(sorted((w for w in UNIT_WORDS if w != "second"), key=len, reverse=True))
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# Where a number may start: a currency sign, a digit, or a word (kept when in _START_WORDS).
# Currency before digits: signs, "Rs 38 lakh", "₹500", and the rand's "R" and the naira's "N" only
# before a scale or a grouped figure ("R4.5bn", "N300,000"; "R56" alone may be a road).
_CURRENCY = (r"(?:US|C|A|NZ|HK)?[$£€¥]|[₹₦]|Rs\.?(?=\s?\d)|"
             r"[RN](?=\d[\d.,]*(?:-|\s)?(?:million|billion|trillion|bn|m)\b|\d{1,3}(?:,\d{3})+(?![\d,]))")
_TOKEN = re.compile(
    r"(?:\b(?:US|C|A|NZ|HK))?[$£€¥]|[₹₦]|\bRs\.?(?=\s?\d)|\b[RN](?=\d)|(?<![\w.:/])\d|\b[A-Za-z]+\b"
)
_START_WORDS = frozenset({*SMALL_NUMBERS, *TENS, "half", "twice", "double", "triple", "a", "an"})
# "nearly double last year's 214", "more than triple the 2019 figure": a multiplier, as "twice" is,
# only after a hedge and before what it multiplies ("a double room" and "doubled" are not).
_MULTIPLIERS = {"twice": 2, "double": 2, "triple": 3}
_MULTIPLIER_HEDGE = re.compile(r"(?:nearly|almost|about|roughly|around|more than|less than|over|"
                               r"close to|well over|just over|just under)\s+$", re.IGNORECASE)
_MULTIPLIED = re.compile(r"\s+(?:the|that|this|its|their|his|her|last|a|an|\d)", re.IGNORECASE)
_DIGITS = re.compile(
    rf"(?P<currency>{_CURRENCY})?\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:[\s-]?(?P<scale>{_SCALE})\b|(?P<abbr>bn|mn|tn|m|b|k)(?![A-Za-z0-9]))?",
    re.IGNORECASE,
)
_GLUED_UNIT = re.compile(
    r"(?:km|kg|mph|kph|ft|lbs?|mm|cm|ml|mg|secs?|°[CF]?|C|F|p(?!\.m)|¢)(?![A-Za-z0-9])"
)
_GLUED_UNIT_NAMES = {"°": "degrees", "C": "degrees", "F": "degrees", "p": "pence", "¢": "cents"}
_ARTICLE = re.compile(
    rf"an?\s+(?:(?P<half_dozen>half-dozen)|(?P<dozen>dozen)|(?P<scale>{_SCALE})|"
    rf"(?P<fraction>{_DENOMINATOR})(?P<of>(?=\s+(?:of|an?)\b))?)\b(?!-)",
    re.IGNORECASE,
)
_HALF = re.compile(
    rf"half(?:\s+an?\s+(?P<scale>{_SCALE}|dozen|{_UNIT})\b|-(?P<measure>point|{_UNIT})\b|"
    rf"(?=\s+(?:of|the|its|their|his|her|our|all|that|this|those|these)\b)|(?P<bare>))",
    re.IGNORECASE,
)
_MIXED_FRACTION = re.compile(r"[ \t]+(?P<top>\d)/(?P<bottom>\d{1,2})(?![\d/])|(?P<glyph>[½⅓⅔¼¾])")
_FRACTION_GLYPHS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4}
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(rf"\s+({_SCALE})\b", re.IGNORECASE)
# "two-thirds", "one third", "three quarters of" (but "three quarters" alone counts quarters).
_FRACTION_AFTER = re.compile(
    rf"-(?P<hyphened>{_DENOMINATOR})\b|\s+(?P<spaced>{_DENOMINATOR})\b(?=\s+of\b)", re.IGNORECASE
)
_RATIO = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?", re.IGNORECASE)
_PERCENT = re.compile(
    r"\s?%|-?\s*(?:percent|per\s?cent|pct)\b|\s+percentage[\s-]points?\b", re.IGNORECASE
)
_CURRENCY_WORD = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?:US\s+|American\s+|Canadian\s+|Australian\s+)?"
    rf"(?P<word>{'|'.join(CURRENCY_WORDS)})\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    rf"(?:[ \t]+|-)(?:(?P<speed>(?:miles|kilometres|kilometers)[ \t]+(?:per|an|a)[ \t]+hour|km/h)|"
    rf"(?P<unit>{_UNIT})(?:[\s-]old|-(?:long|wide|high|deep|tall|thick))?)\b(?!-)",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"-(?P<word>[a-z]{3,})\b(?!-)")
_NOT_COUNTED_COMPOUNDS = frozenset({"something", "figure", "digit"})
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]{3,})\b")
_POSTFIX_HEDGE = re.compile(
    r"\s+or\s+(?P<at_least>more)\b|\s+(?:and|or)\s+(?P<and_older>older|over|above)\b|"
    r"\s+or\s+(?P<approximate>so|thereabouts)\b|"
    r"\s+or\s+(?P<at_most>fewer|less)\b|(?P<more_than>\+(?!\d)|-plus\b)|(?P<odd>-odd)\b",
    re.IGNORECASE,
)
_RANGE_JOINER = re.compile(r"[-–]|[ \t]+–[ \t]+|[ \t]+(?:to|or)[ \t]+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_JOINER = re.compile(r"\s+and\s+", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)

_HEDGE_PHRASES = {
    "approximate": ("about", "around", "roughly", "approximately", "approx.", "some",
                    "an estimated", "estimated", "circa", "in the region of", "on the order of",
                    "something like", "an approximate"),
    "at_least": ("at least", "no fewer than", "no less than", "not less than", "a minimum of", "minimum of",
                 "as few as", "as little as", "as low as"),
    "at_most": ("as many as", "as much as", "up to", "at most", "at the most", "no more than",
                "not more than", "a maximum of", "maximum of", "as high as"),
    "more_than": ("more than", "over", "upwards of", "upward of", "in excess of", "above", "beyond",
                  "greater than", "higher than", "exceeding", "north of", "better than",
                  # a level crossed: "the toll passes 3,100", "topped 50%"
                  "passes", "passing", "tops", "topped", "topping", "exceeds", "exceeded",
                  "surpasses", "surpassed", "surpassing"),
    "less_than": ("almost", "nearly", "fewer than", "less than", "under", "shy of", "close to",
                  "below", "lower than", "not quite", "short of", "approaching", "nigh on",
                  "getting on for"),
}
_HEDGE_OF = {phrase: hedge for hedge, phrases in _HEDGE_PHRASES.items() for phrase in phrases}
# "over" before a duration means "more than" only after a verb or "for": "waited over two years".
_OVER_AS_MORE_THAN = re.compile(r"(?:\b(?:for|been|took|takes|take|spent|lasts|last|is|was|are|were)|"
                                r"[a-z]{2,}(?:ed|ing))\s*$", re.IGNORECASE)
# "over" meaning "about" or "across": "a row over $2m", "spread over 380 acres".
_OVER_AS_ABOUT = re.compile(
    r"\b(?:dispute|disputes|row|rows|fight|fights|battle|battles|standoff|stand-off|clash|clashes|"
    r"argument|talks|strike|case|lawsuit|suit|feud|spread|spreads|sprawls|sprawling|stretches|"
    r"stretching|spanning|spans|scattered)\s*$",
    re.IGNORECASE,
)
_MOVED_BEFORE = re.compile(
    r"\b(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"move(?:s|d)?|moving|ramp(?:s|ed)?|push(?:es|ed)?|bump(?:s|ed)?|step(?:s|ped)?|scale[sd]?|"
    r"increase[sd]?|raise[sd]?|revise[sd]?)\s+$",
    re.IGNORECASE,
)
_INTENSIFIER = r"(?:just|well|slightly|a\s+little|a\s+bit|far|much|only|considerably)"
_HEDGE_ALTERNATION = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(_HEDGE_OF, key=len, reverse=True)
)
_HEDGE_BEFORE = re.compile(
    rf"(?<![\w.])(?P<hedge>(?:{_INTENSIFIER}\s+)?(?P<phrase>{_HEDGE_ALTERNATION}))\s+$"
    r"|(?P<tilde>~)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- what is not a claim

# Each pattern opens with a one-character look-ahead so that most positions fail at once.
_PHONE = re.compile(
    r"(?=[+(\d])(?:(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b|"
    r"\b1-\d{3}-\d{3}-\d{4}\b|(?:\+44\s?|\b0)\d{2,4}\s\d{3,4}\s\d{3,4}\b)"
)
_DIALLED = re.compile(
    r"(?=[cdtpCDTP])\b(?:call|calling|dial|dialling|dialing|text|texting|phone)\s+\d[\d -]*\d",
    re.IGNORECASE,
)
_WEB_ADDRESS = re.compile(r"(?=[hw])(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w+")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])")
_CLOCK_AFTER = re.compile(
    r"\s*(?:[ap]\.?m\b\.?|o['’]clock|(?:GMT|BST|UTC|EST|EDT|CST|CDT|MST|PST|PDT|CET|ET|PT)\b)"
    r"|:\d{2}",
    re.IGNORECASE,
)
# "at five in the morning", "by 7 at night": an hour of the day, up to twelve.
_HOUR_OF_DAY = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
_AT_HOUR_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|before|after|around|about)\s+$",
                             re.IGNORECASE)
_CLOCK_WORDS_BEFORE = re.compile(
    r"\b(?:quarter|half|twenty|ten|five|\d+\s+minutes?)\s+(?:past|to|after)\s+$", re.IGNORECASE
)
_YEAR_PREPOSITION = re.compile(
    rf"(?:\b(?:in|since|by|until|till|from|before|after|during|through|circa|year|early|mid|"
    rf"late|fiscal|season|class|spring|summer|autumn|fall|winter)|{_MONTH}|"
    r"\d(?:st|nd|rd|th)?,?)[\s-]+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")
_NEXT_NAME_WORD = re.compile(r"[ \t]+((?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’-]*)")
# Words that make the number after them a name or label: "Route 66", "page 5", "No. 1".
_LABELS = frozenset({
    "route", "interstate", "highway", "hwy", "title", "section", "sec.", "article", "chapter",
    "page", "p.", "pp.", "paragraph", "clause", "no.", "nos.", "flight", "gate", "platform",
    "apollo", "covid", "windows", "iphone", "boeing", "airbus", "version", "v.", "proposition",
    "prop.", "amendment", "h.r.", "s.", "exit", "channel", "radio", "episode", "season", "volume", "vol.",
    "figure", "fig.", "table", "exhibit", "appendix", "precinct", "ward", "district", "room",
    "suite", "apt.", "apartment", "terminal", "pier", "lot", "row", "seat", "verse", "psalm",
    "bill", "act", "model", "mark", "level", "grade", "phase", "stage", "category", "tier",
    "step", "part", "game", "round", "heat", "lane", "line", "bus", "train", "unit", "building",
    "question", "measure", "item", "rule", "resolution", "day", "week", "year", "number",
})
# Labels that can also be plain words ("that day 22 people died"): only a label when no counted
# noun follows the number.
_WEAK_LABELS = frozenset({
    "day", "week", "year", "game", "round", "level", "grade", "phase", "stage", "part", "step",
    "model", "bill", "act", "line", "channel", "season", "episode", "number", "lot", "row", "unit",
    "bus", "train", "question", "measure", "item", "rule", "mark", "heat", "lane", "seat",
})
_LABEL = re.compile(r"[A-Za-z][A-Za-z.&]*")
_NOT_LABELS = frozenset({"US", "U.S.", "UK", "U.K.", "EU", "UN", "I"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘'(—–]|\s-)\s*$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|in|within|after|over|during|than|of|last|past|next|another|about|nearly|only|"
    r"just|every|once)\s+$",
    re.IGNORECASE,
)
_CHANGE_BY_BEFORE = re.compile(r"\b(?:by|up|down)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"(?<!the\s)\b(?:only|just|single)\s+$", re.IGNORECASE)
_ZERO_IDIOM = re.compile(r"[\s-]+(?:tolerance|sum|hour|emissions?|carbon)\b", re.IGNORECASE)
_ZERO_IDIOM_BEFORE = re.compile(r"\b(?:net|ground|patient)\s+$", re.IGNORECASE)
_NAME_BEFORE_AGE = re.compile(r"[A-Z][\w'’.-]+(?:,\s*|\s*\()$")
_LIST_MARKER_BEFORE = re.compile(r"(?:^|[.:;]\s*)\($")
_MINUS_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?<!or\s)(?:[-−]|minus\s+)$", re.IGNORECASE)
_CURRENCY_START = re.compile(_CURRENCY)
_CURRENCY_PREFIXES = {"₹": "rupees", "Rs": "rupees", "Rs.": "rupees", "R": "rand", "₦": "naira",
                      "N": "naira"}


# ---------------------------------------------------------------- reading numbers


def _read_digits(body: str, pos: int) -> _Reading | None:
    match = _DIGITS.match(body, pos)
    if not match:
        return None
    number = match.group("number")
    if len(number) > _LONGEST_FIGURE or (len(number) > 1 and number[0] == "0" and number[1].isdigit()):
        return None  # an identifier or code ("reference 0412"), not an amount
    value = float(number.replace(",", ""))
    currency = match.group("currency")
    unit = (_CURRENCY_PREFIXES.get(currency) or CURRENCY_SIGNS[currency[-1]]) if currency else None
    end = match.end()
    if match.group("scale"):
        value *= SCALES[match.group("scale").lower()]
    elif abbreviation := (match.group("abbr") or "").lower():
        if _abbreviation_is_scale(body, match, abbreviation):
            value *= SCALE_ABBREVIATIONS[abbreviation]
        elif abbreviation == "m":
            unit = "metres"
        else:
            end = match.end("number")
    if not match.group("abbr") and (glued := _GLUED_UNIT.match(body, end)):
        unit = _GLUED_UNIT_NAMES.get(glued.group(0)[-1]) or UNIT_WORDS.get(glued.group(0).lower())
        end = glued.end()
    return _Reading(value, match.start(), end, "digits", unit, first=number)


def _abbreviation_is_scale(body: str, match: re.Match, abbreviation: str) -> bool:
    """"$1.2m" and "10m people" are millions; "100m sprint" is metres; "10b" alone is nothing."""
    if match.group("currency") or abbreviation in ("bn", "mn", "tn", "k"):
        return True
    if abbreviation == "b":
        return False
    following = _NEXT_WORD.match(body, match.end())
    return "." in match.group("number") or bool(following and is_plural_noun(following.group(1)))


def _read_words(body: str, pos: int) -> _Reading | None:
    read = read_word_number(body, pos)
    if read is None:
        return None
    value, end = read
    first = body[pos:end].split()[0].split("-")[0]
    reading = _Reading(value, pos, end, "words", first=first)
    fraction = _FRACTION_AFTER.match(body, end)
    denominator = fraction and (fraction.group("hyphened") or fraction.group("spaced")).lower()
    if denominator and value <= 10 and (value == 1 or denominator.endswith("s")):
        return replace(reading, value=value / DENOMINATORS[denominator], end=fraction.end(),
                       kind="fraction")
    return reading


def _read_article(body: str, pos: int) -> _Reading | None:
    """"a dozen", "a million", "a third of"."""
    match = _ARTICLE.match(body, pos)
    if not match:
        return None
    if match.group("half_dozen"):
        return _Reading(6, pos, match.end(), "words", first="half-dozen")
    if match.group("dozen"):
        return _Reading(12, pos, match.end(), "words", first="dozen")
    if match.group("scale"):
        value, end = read_word_number(body, match.start("scale"), starts_with_one=True)
        return _Reading(value, pos, end, "words", first="a")
    kind = "fraction" if match.group("of") is not None else "needs_hedge"
    return _Reading(1 / DENOMINATORS[match.group("fraction").lower()], pos, match.end(), kind,
                    first="a")


def _read_twice(body: str, pos: int) -> _Reading | None:
    word = re.match(r"[a-z]+", body[pos:pos + 7].lower())
    factor = _MULTIPLIERS.get(word.group()) if word else None
    if factor is None:
        return None
    end = pos + len(word.group())
    if word.group() != "twice" and not (_MULTIPLIER_HEDGE.search(body, max(0, pos - 20), pos)
                                        and _MULTIPLIED.match(body, end)):
        return None
    return _Reading(factor, pos, end, "words", unit="times", first="twice")


def _read_half(body: str, pos: int) -> _Reading | None:
    match = _HALF.match(body, pos)
    if not match:
        return None
    if measure := (match.group("measure") or "").lower():  # "a half-point rise", "a half-hour wait"
        return _Reading(0.5, pos, match.end(), "fraction", UNIT_WORDS.get(measure),
                        None if measure in UNIT_WORDS else plural(measure), first="half")
    scale = (match.group("scale") or "").lower()
    if scale in UNIT_WORDS:
        return _Reading(0.5, pos, match.end(), "fraction", UNIT_WORDS[scale], first="half")
    value = 0.5 * (SCALES.get(scale) or (12 if scale == "dozen" else 1))
    kind = "needs_hedge" if match.group("bare") is not None else "fraction"
    return _Reading(value, pos, match.end(), kind if value == 0.5 else "words", first="half")


def _read_core(body: str, pos: int) -> _Reading | None:
    """The number starting at pos, with its scale, fraction and unit, but no range."""
    if pos >= len(body):
        return None
    if body[pos].isdigit() or _CURRENCY_START.match(body, pos):
        reading = _read_digits(body, pos)
    else:
        reading = (_read_article(body, pos) or _read_half(body, pos) or _read_twice(body, pos)
                   or _read_words(body, pos))
    if reading is None:
        return None
    if reading.kind in ("digits", "words"):
        reading = _with_half_and_ratio(body, reading)
    if reading.kind != "needs_hedge" and reading.first != "twice":
        reading = _with_unit(body, reading)
    return reading


def _with_half_and_ratio(body: str, reading: _Reading) -> _Reading:
    """"two and a half", "2 1/2", "2½" -> 2.5; "one in five" -> 0.2."""
    if reading.kind == "digits" and reading.value.is_integer() and (
            mixed := _MIXED_FRACTION.match(body, reading.end)):
        fraction = _FRACTION_GLYPHS[mixed.group("glyph")] if mixed.group("glyph") \
            else int(mixed.group("top")) / int(mixed.group("bottom"))
        if 0 < fraction < 1:
            reading = replace(reading, value=reading.value + fraction, end=mixed.end())
    if half := _AND_A_HALF.match(body, reading.end):
        reading = replace(reading, value=reading.value + 0.5, end=half.end())
        if scale := _SCALE_AFTER.match(body, half.end()):
            reading = replace(reading, value=reading.value * SCALES[scale.group(1).lower()],
                              end=scale.end())
    ratio = _RATIO.match(body, reading.end)
    if ratio and reading.value <= 100 and reading.unit is None:
        whole = _read_digits(body, ratio.end()) if body[ratio.end():ratio.end() + 1].isdigit() \
            else _read_words(body, ratio.end()) or _read_article(body, ratio.end())
        if whole and whole.kind in ("digits", "words") and whole.value > reading.value:
            return replace(reading, value=reading.value / whole.value, end=whole.end, kind="fraction")
    return reading


def _with_unit(body: str, reading: _Reading) -> _Reading:
    """Add a percent sign, a currency word, a time or measure unit or a compound noun ("10-city")."""
    end = reading.end
    if reading.unit is None and (percent := _PERCENT.match(body, end)):
        unit = "percentage points" if "point" in percent.group(0).lower() else "percent"
        return replace(reading, unit=unit, end=percent.end())
    if reading.unit is None and (currency := _CURRENCY_WORD.match(body, end)):
        return replace(reading, unit=CURRENCY_WORDS[currency.group("word").lower()],
                       end=currency.end())
    if reading.unit is None and (unit := _UNIT_AFTER.match(body, end)):
        name = ("mph" if "mile" in unit.group("speed").lower() else "km/h") if unit.group("speed") \
            else UNIT_WORDS[unit.group("unit").lower()]
        return replace(reading, unit=name, end=unit.end())
    compound = _COMPOUND.match(body, end)
    if compound and reading.unit is None and compound.group("word") not in ("odd", "plus"):
        word = compound.group("word")
        if word in SMALL_NUMBERS or word in TENS or word in DENOMINATORS:
            return reading
        if word == "fold":
            return replace(reading, unit="times", end=compound.end())
        if word == "strong":  # "a 1,000-strong crowd" counts the crowd
            noun = _NOUN_AFTER.match(body, compound.end())
            return replace(reading, compound_noun=noun.group(1) if noun else None, end=compound.end())
        if word in _NOT_COUNTED_COMPOUNDS:
            return reading  # "a seven-figure salary", "30-something": sizes, not counts
        if is_plural_noun(word):
            return reading  # "3-pointers", "20-somethings": names of kinds, not counts
        return replace(reading, compound_noun=plural(word), end=compound.end())
    return reading


def _with_postfix_hedge(body: str, reading: _Reading) -> _Reading:
    """"300 or more", "300 or so", "300-plus", "300-odd"."""
    match = _POSTFIX_HEDGE.match(body, reading.end)
    if not match:
        return reading
    hedge = next(name for name, text in match.groupdict().items() if text)
    hedge = {"odd": "approximate", "and_older": "at_least"}.get(hedge, hedge)  # "65 and older"
    return replace(reading, hedge=hedge, end=match.end())


def _with_range(body: str, reading: _Reading, left: str) -> _Reading:
    """"300 to 400", "between 300 and 400", "300-400" -> one claim, lower bound, at least;
    "won 3-1" -> one claim, the first figure; "from 300 to 400" stays two claims."""
    between = _BETWEEN_BEFORE.search(left)
    joiner = (_AND_JOINER if between else _RANGE_JOINER).match(body, reading.end)
    if not joiner or reading.kind not in ("digits", "words"):
        return reading
    if _FROM_BEFORE.search(left) and joiner.group(0).strip().lower() == "to":
        return reading  # "from 300 to 400": a change
    second = _read_core(body, joiner.end())
    if second is None or second.kind not in ("digits", "words") or second.compound_noun:
        return reading
    dash = joiner.group(0).strip() in "-–"
    unit = reading.unit or second.unit
    if reading.unit and reading.unit != second.unit:
        return reading  # "fell 43 percent to $212 million" is a change, not a range
    if second.value > reading.value and (dash or between or second.kind == reading.kind):
        return replace(reading, end=second.end, unit=unit, kind="range", hedge="at_least",
                       hedge_start=_range_start(reading, between, left))
    if joiner.group(0) in "-–" and reading.kind == second.kind == "digits" and unit is None:
        return replace(reading, end=second.end, kind="score")
    return reading


def _range_start(reading: _Reading, between: re.Match | None, left: str) -> int | None:
    return reading.start - (len(left) - between.start()) if between else None


# ---------------------------------------------------------------- hedges and exclusions


def _with_hedge(reading: _Reading, left: str) -> _Reading:
    if reading.kind == "range":
        return reading
    match = _HEDGE_BEFORE.search(left[-40:])
    if not match:
        return reading
    start = reading.start - (len(left[-40:]) - match.start())
    if match.group("tilde"):
        return replace(reading, hedge="approximate", hedge_start=start)
    phrase = " ".join(match.group("phrase").lower().split())
    before_hedge = left[:len(left) - len(match.group(0))]
    if phrase == "up to" and _MOVED_BEFORE.search(before_hedge):
        return reading  # "fares will go up to £2.60": where the figure moves to, not a bound
    if phrase == "over" and reading.unit in TIME_UNITS.values() and not _OVER_AS_MORE_THAN.search(
            before_hedge):
        return reading  # "20 percent over three years": during, not more than
    if phrase == "over" and _OVER_AS_ABOUT.search(before_hedge):
        return reading  # "a dispute over N470bn", "spread over 380 acres": about, across
    return replace(reading, hedge=_HEDGE_OF[phrase], hedge_start=start)


def _is_year(body: str, reading: _Reading, left: str) -> bool:
    first = reading.first
    if reading.kind not in ("digits", "range", "score") or len(first) != 4 or not first.isdigit():
        return False
    if not 1000 <= int(first) <= 2100 or reading.unit:
        return False
    if _YEAR_PREPOSITION.search(left):
        return True
    following = _NEXT_WORD.match(body, reading.end)
    return not (following and is_plural_noun(following.group(1)))


def _is_date_or_time(body: str, reading: _Reading, left: str) -> bool:
    if reading.kind not in ("digits", "words", "range"):
        return False
    if _CLOCK_AFTER.match(body, reading.end) and not reading.unit:
        return True
    if reading.value <= 12 and not reading.unit and _HOUR_OF_DAY.match(body, reading.end) \
            and _AT_HOUR_BEFORE.search(left):
        return True
    if reading.kind == "words":
        return bool(_CLOCK_WORDS_BEFORE.search(left))
    if reading.unit:
        return False
    return bool(_MONTH_BEFORE.search(left) or _MONTH_AFTER.match(body, reading.end))


def _is_glued(body: str, reading: _Reading) -> bool:
    """Part of a name, code or ordinal: "8chan", "COVID-19", "1990s", "3rd", "9/11", "’90s"."""
    before = body[reading.start - 1] if reading.start else " "
    after = body[reading.end] if reading.end < len(body) else " "
    if reading.kind in ("digits", "range", "score"):
        if after.isalnum() or after in "/_(" or before in "/#@_":
            return True
        if before in "’'" and len(reading.first) == 2:
            return True  # "’90s", "'19"
        if before == "-" and reading.start > 1 and body[reading.start - 2].isalnum():
            return True
        if after in ".," and body[reading.end + 1:reading.end + 2].isdigit():
            return True  # "1.2.3", a version or a date
    if before == "-" and reading.start > 1 and body[reading.start - 2].isalpha():
        return True  # "sub-zero", "mid-thirties"
    hyphenated = after == "-" and body[reading.end + 1:reading.end + 2].isalnum()
    return hyphenated and reading.kind in ("digits", "words")  # "seven-figure", "3-pointers"


def _is_label(body: str, reading: _Reading, left: str) -> bool:
    """A number naming something: "Route 66", "page 5", "day one", "FTSE 100", "H.R. 1"."""
    if reading.kind not in ("digits", "words") or reading.unit:
        return False
    label = left.split()[-1].lstrip("(") if left[-1:].isspace() and left.strip() else ""
    if not _LABEL.fullmatch(label):
        return False
    is_acronym = len(label) >= 2 and label.isupper() and label not in _NOT_LABELS
    all_caps_headline = len(left.split()) > 1 and left.strip().isupper()
    if is_acronym and not all_caps_headline:  # "FTSE 100", "SB 54"
        return True
    lower = label.lower()
    if lower not in _LABELS:
        return False
    if lower in _WEAK_LABELS and (label.islower() or lower in ("day", "week", "year")):
        following = _NEXT_WORD.match(body, reading.end)
        return not (following and is_plural_noun(following.group(1)))
    return True


def _is_name_before_capital(body: str, reading: _Reading, title_case: bool) -> bool:
    """A figure that names something with the capitalised words after it: "the 737 Max",
    "10 Downing Street" (but "680 Latinos", "22 Texas residents" are counts)."""
    if reading.kind not in ("digits", "range") or reading.unit or title_case:
        return False
    following, pos = [], reading.end
    while len(following) < 3 and (match := _NEXT_NAME_WORD.match(body, pos)):
        following.append(match.group(1))
        pos = match.end()
    if not following or not following[0][0].isupper():
        return False
    return not any(is_plural_noun(word) for word in following)


def _is_list_marker(body: str, reading: _Reading, left: str) -> bool:
    """"(2)" opening a sentence or list item."""
    after = body[reading.end:reading.end + 1]
    return reading.kind == "digits" and after == ")" and bool(_LIST_MARKER_BEFORE.search(left))


def _is_age_aside(body: str, reading: _Reading, left: str) -> bool:
    """"Jane Doe, 45, said", "Amy (3) and": an age given after a name."""
    if reading.kind != "digits" or reading.unit or reading.value >= 125:
        return False
    after = body[reading.end:reading.end + 1]
    return bool(_NAME_BEFORE_AGE.search(left)) and after in (",", ")", ";")


def _is_name_word(body: str, reading: _Reading, left: str, title_case: bool) -> bool:
    """A capitalised number word inside a sentence is a name: "the Big Three", "Air Force One"."""
    if reading.kind not in ("words", "fraction") or title_case:
        return False
    return body[reading.start].isupper() and not _SENTENCE_START.search(left)


def _is_zero_idiom(body: str, reading: _Reading, left: str) -> bool:
    return reading.first.lower() == "zero" and bool(
        _ZERO_IDIOM.match(body, reading.end) or _ZERO_IDIOM_BEFORE.search(left))


def _counts_something_with_one(body: str, reading: _Reading, left: str, counted: Counted) -> bool:
    """"one" is a determiner or pronoun ("one official said", "one of them") unless it is hedged,
    part of a range or ratio, a duration after a preposition, or counts people an event happened to."""
    if reading.first.lower() != "one" or reading.value != 1 or reading.kind != "words":
        return True
    if reading.hedge != "exact" or _ONLY_BEFORE.search(left):
        return True
    if _OF_AFTER.match(body, reading.end):
        return False  # "one of the three suspects": a pronoun
    if reading.unit:
        return bool(_PREPOSITION_BEFORE.search(left))
    return counted.event is not None and counted.head is not None


def _is_claim(body: str, reading: _Reading, left: str, title_case: bool) -> bool:
    if reading.kind == "needs_hedge" and reading.hedge == "exact" and not _CHANGE_BY_BEFORE.search(left):
        return False  # "the second half", "a third official" are no claims; "nearly half", "by a third" are
    return not (
        _is_glued(body, reading)
        or _is_year(body, reading, left)
        or _is_date_or_time(body, reading, left)
        or _is_label(body, reading, left)
        or _is_list_marker(body, reading, left)
        or _is_name_before_capital(body, reading, title_case)
        or _is_name_word(body, reading, left, title_case)
        or _is_zero_idiom(body, reading, left)
    )


# ---------------------------------------------------------------- the extractor


def _blocked_spans(body: str) -> list[tuple[int, int]]:
    """Phone numbers, web addresses and e-mail addresses: digits in them are never claims."""
    patterns = [_PHONE, _WEB_ADDRESS, _DIALLED] + ([_EMAIL] if "@" in body else [])
    return [m.span() for pattern in patterns for m in pattern.finditer(body)]


def _is_title_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _line_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    return line_start, len(body) if line_end < 0 else line_end


def _left_context(body: str, line_start: int, start: int) -> str:
    """The text before start on its line, at most _CONTEXT characters (rules look only nearby)."""
    return body[max(line_start, start - _CONTEXT):start]


def _read_claim(body: str, pos: int) -> tuple[_Reading | None, int]:
    """The full reading at pos (range, hedges) and where scanning goes on."""
    reading = _read_core(body, pos)
    if reading is None:
        return None, pos + 1
    line_start = body.rfind("\n", 0, pos) + 1
    left = _left_context(body, line_start, reading.start)
    window = left[-12:]
    if reading.kind in ("digits", "words") and (sign := _MINUS_BEFORE.search(window)):
        reading = replace(reading, value=-reading.value,
                          start=reading.start - len(window) + sign.start())
        left = _left_context(body, line_start, reading.start)
    reading = _with_postfix_hedge(body, _with_range(body, reading, left))
    reading = _with_hedge(reading, left) if reading.hedge == "exact" else reading
    return reading, reading.end


def find_numbers(body: str) -> list[NumberClaim]:
    """Every numeric claim in body, in order."""
    blocked = _blocked_spans(body)
    title_lines: dict[int, bool] = {}
    claims = []
    pos = 0
    for match in _TOKEN.finditer(body):
        if match.start() < pos or (match.group(0)[0].isalpha()
                                   and match.group(0).lower() not in _START_WORDS
                                   and not _CURRENCY_START.match(body, match.start())):
            continue
        reading, pos = _read_claim(body, match.start())
        if reading is None or any(s <= reading.start < e for s, e in blocked):
            continue
        line_start, line_end = _line_bounds(body, reading.start, reading.end)
        if line_start not in title_lines:
            title_lines[line_start] = _is_title_case(body[line_start:line_end])
        claim = _to_claim(body, reading, line_start, line_end, title_lines[line_start])
        if claim:
            claims.append(claim)
    return claims


def _to_claim(body: str, reading: _Reading, line_start: int, line_end: int,
              title_case: bool) -> NumberClaim | None:
    left = _left_context(body, line_start, reading.start)
    if not _is_claim(body, reading, left, title_case):
        return None
    text_start = reading.hedge_start if reading.hedge_start is not None else reading.start
    if _is_age_aside(body, reading, left):
        counted = Counted("age", "age", None)
    else:
        counted = describe_counted(_left_context(body, line_start, text_start),
                                   body[reading.end:min(line_end, reading.end + _CONTEXT)],
                                   reading.unit, reading.compound_noun, reading.value)
    if not _counts_something_with_one(body, reading, left, counted):
        return None
    return NumberClaim(
        value=reading.value,
        hedge=reading.hedge,
        counts=counted.phrase,
        text=body[text_start:reading.end],
        start=text_start,
        end=reading.end,
        unit=reading.unit,
    )

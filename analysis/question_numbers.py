"""Number questions on one article: what a hedge says, who gives a figure, how precise it is,
and reading a figure back from its sentence."""
from __future__ import annotations

import math
import re

from .question_attribution import QuoteItem, quote_items
from .question_sources import in_headline, speakers_of, wrong_speakers
from .question_text import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    capitalise,
    ended,
    excerpt,
    find_all,
    fold,
    quoted_excerpt,
    sentence_around,
    stable_order,
)
from .question_types import Candidate, QuestionDraft, make_question, span
from .types import ArticleAnalysis, NumberClaim

SKILL = "numbers"

# A hedge at the start of a number phrase and what the engine calls it (GUIDELINES.md, Numbers).
HEDGE_PHRASES = {
    "as many as": "at_most", "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "more than": "more_than", "over": "more_than", "well over": "more_than",
    "just over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "above": "more_than", "beyond": "more_than", "almost": "less_than", "nearly": "less_than",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than", "just under": "less_than",
    "just shy of": "less_than", "close to": "less_than", "about": "approximate", "around": "approximate",
    "roughly": "approximate", "some": "approximate", "an estimated": "approximate",
    "approximately": "approximate", "~": "approximate",
}
# "almost 700" is just under 700; "fewer than 700" could be far under.
CLOSE_BELOW = frozenset({"almost", "nearly", "just under", "just shy of", "close to"})
# Wrong meanings for each hedge; near-synonyms ("at least" / "more than") are never offered.
WRONG_HEDGES = {
    "at_most": ("exact", "at_least", "more_than"),
    "at_least": ("exact", "at_most", "less_than"),
    "more_than": ("exact", "at_most", "less_than"),
    "less_than": ("exact", "at_least", "more_than"),
    "approximate": ("exact", "at_least", "less_than"),
}
_AFTER_HEDGES = (" or more", " or so", " or fewer", " or less", "-plus", "+")
EXACT_CHOICE = "Exact: no word like “about” or “more than” hedges it"
HEDGED_CHOICE = "Hedged: a word like “about” or “more than” marks it as an estimate"
WRITER_CHOICE = "The writer, without naming a source"

_WORD_VALUES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_WORD_VALUES.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                     "eighty": 80, "ninety": 90})
_VALUE_WORDS = {v: w for w, v in _WORD_VALUES.items()}
# "300 to 400", "between 300 and 400": a range, which a hedge or a single blank misdescribes
_RANGE = re.compile(r"(?:\d|\b(?:" + "|".join(_WORD_VALUES) + r"))\s*(?:to|-|–|and)\s*\d|\bbetween\b",
                    re.IGNORECASE)
_FIGURE = re.compile(r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?|\b(?:"
                     + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def meaning(hedge: str, figure: str, close_below: bool) -> str:
    return {
        "exact": f"Exactly {figure}: an exact count",
        "at_most": f"At most {figure}: the true figure could be lower",
        "at_least": f"At least {figure}: the true figure could be higher",
        "more_than": f"More than {figure}: the exact figure is not given",
        "less_than": (f"A little under {figure}: the exact figure is not given" if close_below
                      else f"Under {figure}: the exact figure is not given"),
        "approximate": f"About {figure}: the true figure could be a little higher or lower",
    }[hedge]


def split_hedge(text: str) -> tuple[str, str] | None:
    """'as many as 800' -> ('as many as', '800'); None when no known hedge starts the phrase."""
    lowered = text.lower()
    for phrase in sorted(HEDGE_PHRASES, key=len, reverse=True):
        if lowered.startswith(phrase) and (phrase == "~" or lowered[len(phrase):len(phrase) + 1] == " "):
            return text[:len(phrase)], text[len(phrase):].strip()
    return None


def number_items(analysis: ArticleAnalysis) -> list[NumberClaim]:
    """Numbers outside the headline, each wording once, with the body's own words as text."""
    items, seen = [], set()
    for number in analysis.numbers:
        text = analysis.body[number.start:number.end]
        if not re.search(r"\w", text) or in_headline(analysis, number.start) or fold(text) in seen:
            continue
        seen.add(fold(text))
        items.append(number)
    return items


def number_candidates(name: str, analysis: ArticleAnalysis) -> list[Candidate]:
    candidates = []
    quotes = {item.quote.start: item for item in quote_items(name, analysis)}
    for number in number_items(analysis):
        key = f"number:{number.start}"
        rank = (number.counts is None, number.start)
        for question in (hedge_meaning(name, analysis, number),
                         number_source(analysis, number, quotes),
                         exact_or_hedged(name, analysis, number),
                         figure_fill_in(name, analysis, number)):
            if question:
                candidates.append(Candidate(question, key, rank))
    return candidates


def _text(analysis: ArticleAnalysis, number: NumberClaim) -> str:
    return analysis.body[number.start:number.end]


def _sentence(analysis: ArticleAnalysis, number: NumberClaim,
              blank: tuple[int, int] | None = None) -> tuple[int, int, str | None]:
    lo, hi = sentence_around(analysis.body, number.start, number.end)
    focus = blank or (number.start, number.end)
    return lo, hi, quoted_excerpt(analysis.body, lo, hi, focus, 40, blank=blank is not None)


def _says(analysis: ArticleAnalysis, lo: int, hi: int, focus: tuple[int, int]) -> str:
    return "The article says: '" + excerpt(analysis.body, lo, hi, focus, 45) + "'"


def hedge_meaning(name: str, analysis: ArticleAnalysis, number: NumberClaim) -> QuestionDraft | None:
    text = _text(analysis, number)
    split = split_hedge(text)
    if number.hedge == "exact" or not split or HEDGE_PHRASES[split[0].lower()] != number.hedge:
        return None
    hedge_words, figure = split
    if not _FIGURE.search(figure) or _RANGE.search(text):
        return None  # a range says more than its hedge
    lo, hi, shown = _sentence(analysis, number)
    if not shown:
        return None
    close = hedge_words.lower() in CLOSE_BELOW
    stem = f"The article says {ended(shown)} What does {OPEN_QUOTE}{text}{CLOSE_QUOTE} tell you about the figure?"
    explanation = (f"{ended(_says(analysis, lo, hi, (number.start, number.end)))} “{hedge_words}” means "
                   f"{meaning(number.hedge, figure, close)[0].lower()}{meaning(number.hedge, figure, close)[1:]}.")
    wrong = [meaning(h, figure, close) for h in WRONG_HEDGES[number.hedge]]
    return make_question(SKILL, "hedge_meaning", stem, meaning(number.hedge, figure, close), wrong,
                         explanation, [span(name, analysis.body, lo, hi)])


def number_source(analysis: ArticleAnalysis, number: NumberClaim, quotes: dict[int, QuoteItem]) -> QuestionDraft | None:
    """Who gives a figure that stands inside someone's quoted statement."""
    item = next((q for start, q in quotes.items()
                 if q.quote.kind == "statement" and start <= number.start and number.end <= q.quote.end), None)
    if item is None:
        return None
    text = _text(analysis, number)
    speakers = speakers_of(analysis)
    wrong = [s for s in wrong_speakers(item.quote, item.speaker, speakers, analysis.quotes)
             if not any(q.speaker == s.name and find_all(q.text, text) for q in analysis.quotes)]
    stem = f"According to the article, who gives the figure {OPEN_QUOTE}{text}{CLOSE_QUOTE}?"
    choices = [capitalise(s.display) for s in stable_order(wrong, stem, lambda s: s.name)]
    if _only_in_quotes(analysis, text):
        choices.insert(0, WRITER_CHOICE)
    explanation = (f"{ended(item.says())} The figure is inside the quotation, so it comes from "
                   f"{item.speaker.display}, not from the writer's own reporting.")
    return make_question(SKILL, "number_source", stem, capitalise(item.speaker.display), choices,
                         explanation, item.evidence)


def _only_in_quotes(analysis: ArticleAnalysis, text: str) -> bool:
    return all(any(q.start <= s and e <= q.end for q in analysis.quotes)
               for s, e in find_all(analysis.body, text))


def _hedged_nearby(analysis: ArticleAnalysis, number: NumberClaim) -> bool:
    """A hedge the engine may have missed: 'more than' just before, 'or more' just after."""
    before = " ".join(analysis.body[max(0, number.start - 40):number.start].lower().split()[-3:])
    after = analysis.body[number.end:number.end + 10].lower()
    return any(before.endswith(phrase) for phrase in HEDGE_PHRASES) or after.startswith(_AFTER_HEDGES)


def exact_or_hedged(name: str, analysis: ArticleAnalysis, number: NumberClaim) -> QuestionDraft | None:
    if number.hedge != "exact" or _hedged_nearby(analysis, number):
        return None
    text = _text(analysis, number)
    lo, hi, shown = _sentence(analysis, number)
    if not shown:
        return None
    stem = f"The article says {ended(shown)} How precise is the figure {OPEN_QUOTE}{text}{CLOSE_QUOTE} as the article gives it?"
    explanation = (f"{ended(_says(analysis, lo, hi, (number.start, number.end)))} No word like “about”, "
                   f"“more than” or “as many as” comes with {text}: it is given as an exact figure.")
    return make_question(SKILL, "exact_or_hedged", stem, EXACT_CHOICE, [HEDGED_CHOICE], explanation,
                         [span(name, analysis.body, lo, hi)], max_choices=2)


def figure_fill_in(name: str, analysis: ArticleAnalysis, number: NumberClaim) -> QuestionDraft | None:
    token = _FIGURE.search(analysis.body, number.start, number.end)
    if token is None or _RANGE.search(_text(analysis, number)):
        return None
    value = figure_value(token.group())
    lo, hi, shown = _sentence(analysis, number, blank=token.span())
    if value is None or not shown:
        return None
    others = _other_figures(analysis, number, token.group(), value)
    # another figure of the article is a fairer wrong answer than a made-up one, unless it is
    # ten times bigger or smaller ("140,000" for someone's age)
    similar = [text for text in others if _similar_size(figure_value(text), value)]
    wrong = similar + _nearby_figures(token.group(), value, analysis, number) + others
    # a figure the excerpt itself shows ("aged 19, ___ and 24") is no real choice
    wrong = [w for w in wrong if not find_all(shown, w)]
    stem = f"Fill in the missing figure from the article: {shown}"
    explanation = f"{ended(_says(analysis, lo, hi, token.span()))} The figure is {token.group()}."
    return make_question(SKILL, "figure_fill_in", stem, token.group(), wrong, explanation,
                         [span(name, analysis.body, lo, hi)])


def figure_value(token: str) -> float | None:
    word = _WORD_VALUES.get(token.lower())
    if word is not None:
        return float(word)
    try:
        return float(token.lstrip("$").replace(",", ""))
    except ValueError:
        return None


def _case_like(token: str, text: str) -> str:
    """'Five' at a sentence start makes the other word choices 'Two', 'Three'."""
    if not text[:1].isalpha():
        return text
    return capitalise(text.lower()) if token[:1].isupper() else text.lower()


def _similar_size(other: float | None, value: float) -> bool:
    return other is not None and other > 0 and value > 0 and 0.1 <= other / value <= 10


def _style(token: str) -> tuple[bool, bool, bool]:
    return token[:1].isalpha(), token.startswith("$"), "." in token


def _is_percent(analysis: ArticleAnalysis, number: NumberClaim) -> bool:
    text = analysis.body[number.start:number.end + 9].lower()
    return number.unit == "percent" or "%" in text or "percent" in text or "per cent" in text


def _other_figures(analysis: ArticleAnalysis, number: NumberClaim, token: str, value: float) -> list[str]:
    """Figures given elsewhere in the article, written the same way and of the same unit ("22"
    with "680", "$5" with "$9", "21" percent with "43" percent)."""
    found = []
    for other in analysis.numbers:
        match = _FIGURE.search(analysis.body, other.start, other.end)
        if (match and _style(match.group()) == _style(token) and figure_value(match.group()) != value
                and other.unit == number.unit and _is_percent(analysis, other) == _is_percent(analysis, number)):
            found.append((_case_like(token, match.group()),
                          abs(math.log(figure_value(match.group()) or 0.5) - math.log(value or 0.5))))
    # figures of a similar size first: "680" is a fairer wrong answer for "700" than "22"
    return [text for text, _ in sorted(dict.fromkeys(found), key=lambda pair: (pair[1], pair[0]))]


def _nearby_figures(token: str, value: float, analysis: ArticleAnalysis, number: NumberClaim) -> list[str]:
    """Made-up figures of the same size and form: double, half and a step either side."""
    is_word = token[:1].isalpha()
    step = _one_significant_digit(value / 4)
    percent = _is_percent(analysis, number)
    values = [value * 2, value / 2, value + step, value - step]
    found = []
    for candidate in values:
        if candidate <= 0 or candidate == value or (percent and candidate > 100):
            continue
        if candidate != int(candidate) and "." not in token:
            continue
        text = _format_like(token, candidate, is_word)
        if text:
            found.append(text)
    return found


def _one_significant_digit(value: float) -> float:
    """170 -> 200, 7,750 -> 8,000, 1.75 -> 2: a step of a size readers would expect."""
    if value < 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return round(value / magnitude) * magnitude


def _format_like(token: str, value: float, is_word: bool) -> str | None:
    if is_word:
        word = _VALUE_WORDS.get(int(value))
        if word is None:
            return None
        return capitalise(word) if token[:1].isupper() else word
    decimals = len(token.split(".")[1]) if "." in token else 0
    number = f"{value:,.{decimals}f}" if "," in token else f"{value:.{decimals}f}"
    return ("$" if token.startswith("$") else "") + number

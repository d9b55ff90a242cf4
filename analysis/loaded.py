"""Loaded language: find the lexicon's words and phrases in an article body.

The lexicon (data/loaded_terms.tsv) lists each term once, in its base form, with optional rules
for when it is not loaded (see the file's header). At first use it is expanded into a table of
word sequences (every inflection, hyphen or space between words) and kept; matching then walks
the body's words once, taking the longest phrase that starts at each word and passes the entry's
context rules. A capitalised word used as a name ("Linda Flood") is not a match.
"""
from __future__ import annotations

import bisect
import csv
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .types import LoadedTerm, Quote

LEXICON_FILE = "loaded_terms.tsv"
# Found beside this module, so it loads from any working directory.
LEXICON_PATH = Path(__file__).parent / "data" / LEXICON_FILE
COLUMNS = ("term", "category", "neutral", "why", "not_when")
RULE_KINDS = ("before", "after", "near", "not_near", "topic")
CONTEXT_WINDOW = 15  # words either side of a match, within its paragraph, for near/not_near
TOPIC_MENTIONS = 2  # topic words an article must mention to be "about" that topic
MAX_OBJECT_WORDS = 3  # "tear [the whole city] apart"

WORD_RE = re.compile(r"[^\W_]+")
# Between the words of one phrase: spaces, line breaks, hyphens and dashes, after a plural
# possessive's apostrophe ("a waste of taxpayers' money", "old boys' network").
PHRASE_GAP_RE = re.compile(r"['\u2019]?[\s\-\u2010\u2011\u2012\u2013]+")
# Between a match and a before/after word: also quote marks ("the 'crisis'" is still "the crisis").
NEIGHBOUR_GAP_RE = re.compile(
    r"(?:['\u2019]s)?[\s\-\u2010\u2011\u2012\u2013\"'\u2018\u2019\u201c\u201d]*")
# Between a phrasal verb and its particle around an object: spaces only.
SPLIT_GAP_RE = re.compile(r"\s+")
SENTENCE_END_RE = re.compile(r"[.!?:]$")
QUOTE_MARKS = "\"'\u2018\u2019\u201c\u201d"

VOWELS = frozenset("aeiou")
# Words inside a phrase that keep their form ("rounding up", not "rounding ups").
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "up", "down",
    "out", "off", "over", "into", "back", "and", "or", "as", "is", "be", "no", "not", "all",
    "it", "its", "his", "her", "their", "our", "name", "so",
})
# Particles that may stand after the verb's object ("round them up", "tear families apart",
# "threw the clerk under the bus"), and the complement of "hold our kids hostage".
SEPARABLE_PARTICLES = frozenset({"up", "apart", "down", "through", "into", "under", "hostage"})
# Words that can open such an object; anything else ("round the corner up the street") is not one.
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us", "me", "you"})
OBJECT_STARTERS = frozenset({
    "the", "a", "an", "his", "their", "our", "its", "these", "those", "this", "that", "whole",
    "families", "people", "migrants", "immigrants", "children", "protesters", "everyone",
    "anyone", "dozens", "hundreds", "thousands",
})
# Verbs that double as prepositions split only around a pronoun.
PREPOSITIONS = frozenset({"round", "down", "up", "through", "over", "out", "off", "in", "on"})
# The irregular past forms of common verbs; regular forms come from the spelling rules.
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "beat": ("beat", "beaten"), "bite": ("bit", "bitten"), "bleed": ("bled",),
    "blow": ("blew", "blown"), "break": ("broke", "broken"), "breed": ("bred",),
    "bring": ("brought",), "buy": ("bought",), "catch": ("caught",), "come": ("came",),
    "cut": ("cut",), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed",), "fight": ("fought",), "fly": ("flew", "flown"),
    "freeze": ("froze", "frozen"), "get": ("got", "gotten"), "give": ("gave", "given"),
    "go": ("went", "gone"), "hang": ("hung",), "hide": ("hid", "hidden"), "hit": ("hit",),
    "hold": ("held",), "keep": ("kept",), "lay": ("laid",), "lead": ("led",),
    "leave": ("left",), "lose": ("lost",),
    "make": ("made",), "put": ("put",), "ride": ("rode", "ridden"), "rise": ("rose", "risen"),
    "run": ("ran",), "seek": ("sought",), "sell": ("sold",), "shake": ("shook", "shaken"),
    "shoot": ("shot",), "shut": ("shut",), "sink": ("sank", "sunk"), "slay": ("slew", "slain"),
    "speak": ("spoke", "spoken"), "spin": ("spun",), "steal": ("stole", "stolen"),
    "sting": ("stung",), "strike": ("struck", "stricken"), "swear": ("swore", "sworn"),
    "sweep": ("swept",), "swing": ("swung",), "take": ("took", "taken"), "tear": ("tore", "torn"),
    "tell": ("told",), "think": ("thought",), "throw": ("threw", "thrown"),
    "wake": ("woke", "woken"), "win": ("won",),
}


@dataclass(frozen=True)
class ContextRules:
    """When an entry is not loaded, parsed from its not_when column."""
    before: tuple[tuple[str, ...], ...] = ()
    after: tuple[tuple[str, ...], ...] = ()
    near: tuple[tuple[str, ...], ...] = ()
    not_near: tuple[tuple[str, ...], ...] = ()
    topic: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class LexiconEntry:
    term: str
    category: str
    neutral: tuple[str, ...]
    why: str
    not_when: str
    rules: ContextRules


@dataclass(frozen=True)
class Token:
    word: str  # lower case
    start: int
    end: int


# ---------------------------------------------------------------- inflection


def inflections(word: str) -> set[str]:
    """The word with its plural/3rd-person, past and -ing forms, in US and British -ize/-ise."""
    forms: set[str] = set()
    for base in spelling_variants(word):
        forms |= {base, *s_forms(base), *ed_forms(base), *ing_forms(base)}
    forms.update(IRREGULAR_VERBS.get(word, ()))
    return forms


def spelling_variants(word: str) -> tuple[str, ...]:
    if word.endswith("ize"):
        return word, word[:-3] + "ise"
    return (word,)


def s_forms(word: str) -> set[str]:
    if word.endswith("sis"):  # crisis -> crises
        return {word[:-2] + "es"}
    if word.endswith("man"):  # madman -> madmen
        return {word[:-3] + "men", word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es"}
    if ends_consonant_y(word):
        return {word[:-1] + "ies"}
    if word.endswith("o"):  # go -> goes, hero -> heroes
        return {word + "s", word + "es"}
    return {word + "s"}


def ed_forms(word: str) -> set[str]:
    if word.endswith("e"):
        return {word + "d"}
    if ends_consonant_y(word):
        return {word[:-1] + "ied"}
    if word.endswith("c"):  # panic -> panicked
        return {word + "ked"}
    return _maybe_doubled(word, "ed")


def ing_forms(word: str) -> set[str]:
    if word.endswith("ie"):
        return {word[:-2] + "ying"}
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return {word[:-1] + "ing"}
    if word.endswith("c"):
        return {word + "king"}
    return _maybe_doubled(word, "ing")


def _maybe_doubled(word: str, suffix: str) -> set[str]:
    """A one-syllable word ending consonant-vowel-consonant doubles ("sham" -> "shammed", never
    "shaming"); longer ones may or may not, by stress, so both spellings are generated."""
    if not ends_cvc(word):
        return {word + suffix}
    doubled = word + word[-1] + suffix
    return {doubled} if len(re.findall("[aeiou]+", word)) == 1 else {word + suffix, doubled}


def ends_consonant_y(word: str) -> bool:
    return len(word) > 1 and word[-1] == "y" and word[-2] not in VOWELS


def ends_cvc(word: str) -> bool:
    # Doubling depends on stress (slammed, but targeted), so both spellings are generated;
    # the wrong one simply never occurs in text.
    return (len(word) >= 3 and word[-1] not in VOWELS and word[-1] not in "wxy"
            and word[-2] in VOWELS and word[-3] not in VOWELS)


# ---------------------------------------------------------------- the lexicon


def words_of(text: str) -> tuple[str, ...]:
    return tuple(token.word for token in tokenize(text))


def parse_word_list(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(words for item in text.split(",") if (words := words_of(item)))


def parse_rules(not_when: str) -> ContextRules:
    """Read the machine rules ("kind: a, b, c") out of a not_when note; other parts are prose."""
    rules: dict[str, tuple[tuple[str, ...], ...]] = {}
    for part in not_when.split(";"):
        kind, colon, items = part.partition(":")
        kind = kind.strip()
        if not colon:
            continue
        if kind not in RULE_KINDS:
            raise ValueError(f"unknown not_when rule {kind!r} in {not_when!r}")
        rules[kind] = rules.get(kind, ()) + parse_word_list(items)
    if any(len(words) > 1 for words in rules.get("topic", ())):
        raise ValueError(f"topic rules take single words: {not_when!r}")
    for kind in ("near", "not_near", "topic"):
        rules[kind] = tuple(itertools.chain.from_iterable(
            with_plurals(words) for words in rules.get(kind, ())))
    return ContextRules(**rules)


def with_plurals(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    # Only plurals: verb forms of context words mislead ("fired back" is not about a fire).
    return {words} | {words[:-1] + (plural,) for plural in s_forms(words[-1])}


def parse_row(row: list[str], line: int) -> LexiconEntry:
    if len(row) < 4 or len(row) > len(COLUMNS):
        raise ValueError(f"{LEXICON_FILE} line {line}: expected 4 or 5 columns, got {len(row)}")
    padded = row + [""] * (len(COLUMNS) - len(row))
    term, category, neutral, why, not_when = (field.strip() for field in padded)
    if not (term and category and neutral and why):
        raise ValueError(f"{LEXICON_FILE} line {line}: term, category, neutral and why needed")
    return LexiconEntry(
        term=term,
        category=category,
        neutral=tuple(alt.strip() for alt in neutral.split("|") if alt.strip()),
        why=why,
        not_when=not_when,
        rules=parse_rules(not_when),
    )


@functools.cache
def load_lexicon() -> tuple[LexiconEntry, ...]:
    """The lexicon's entries in file order, read once from the package's data folder."""
    text = LEXICON_PATH.read_text(encoding="utf-8")
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.startswith("#")]
    header, *rows = lines
    if header[1].split("\t") != list(COLUMNS):
        raise ValueError(f"{LEXICON_FILE}: header must be {COLUMNS}")
    reader = csv.reader((line for _, line in rows), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(parse_row(row, number) for (number, _), row in zip(rows, reader))


def inflected_sequences(words: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    choices = [{word} if word in FUNCTION_WORDS else inflections(word) for word in words]
    return itertools.product(*choices)


def term_sequences(term: str) -> set[tuple[str, ...]]:
    """Every word sequence that spells the term: inflected, and closed up if it is hyphenated.
    A hyphenated compound inflects only at its end ("flip-flopped", not "flips-flop")."""
    words = words_of(term)
    if "-" not in term:
        return set(inflected_sequences(words))
    sequences = {words[:-1] + (form,) for form in inflections(words[-1])}
    if len(words) == 2:  # "anti-choice" is also written "antichoice"
        sequences |= {(form,) for form in inflections("".join(words))}
    return sequences


@functools.cache
def phrase_table() -> dict[tuple[str, ...], LexiconEntry]:
    """Word sequence -> entry. A sequence that is one entry's own headword beats another's
    inflection ("savages" is its own entry, not the plural of "savage")."""
    table: dict[tuple[str, ...], LexiconEntry] = {}
    for entry in load_lexicon():
        headword = words_of(entry.term)
        for sequence in term_sequences(entry.term):
            current = table.get(sequence)
            if current is None or (sequence == headword and words_of(current.term) != sequence):
                table[sequence] = entry
    return table


@functools.cache
def separable_table() -> dict[str, tuple[tuple[tuple[str, ...], LexiconEntry], ...]]:
    """First word -> (rest of phrase, entry) for phrasal verbs whose object may split them:
    the rest starts with a particle ("round them up", "ran the service into the ground") or is
    "to" and its noun ("hold families to ransom"); a bare "into" is left out, as "tore the letter
    into pieces" is not "tear into"."""
    splits: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
    for sequence, entry in phrase_table().items():
        rest = sequence[1:]
        separable = rest and rest[0] in SEPARABLE_PARTICLES and rest != ("into",)
        if separable or (len(rest) == 2 and rest[0] == "to"):
            splits.setdefault(sequence[0], []).append((rest, entry))
    return {first: tuple(rests) for first, rests in splits.items()}


@functools.cache
def first_words() -> frozenset[str]:
    return frozenset(sequence[0] for sequence in phrase_table())


@functools.cache
def longest_phrase() -> int:
    return max(len(sequence) for sequence in phrase_table())


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class NameClues:
    """What tells a capitalised lexicon word apart from a name ("Dan Savage", "Linda Flood")."""
    names: frozenset[str]  # words capitalised mid-sentence somewhere in the body
    headlines: tuple[tuple[int, int], ...]  # spans of lines in title case, where caps mean nothing


@dataclass(frozen=True)
class Article:
    body: str
    tokens: list[Token]
    word_counts: Counter[str]
    clues: NameClues


def find_loaded_terms(body: str, quotes: Sequence[Quote]) -> list[LoadedTerm]:
    """Every lexicon term in the body, longest match first, in body order."""
    tokens = tokenize(body)
    article = Article(body, tokens, Counter(t.word for t in tokens), name_clues(body, tokens, quotes))
    quoted = merged_spans((q.start, q.end) for q in quotes)
    starts = first_words()
    found: list[LoadedTerm] = []
    i = 0
    while i < len(tokens):
        match = longest_match(article, i) if tokens[i].word in starts else None
        if match is None:
            i += 1
            continue
        entry, length = match
        start, end = tokens[i].start, tokens[i + length - 1].end
        found.append(LoadedTerm(
            term=entry.term, matched=body[start:end], voice=voice(start, end, quoted),
            neutral=entry.neutral, why=entry.why, category=entry.category, start=start, end=end,
        ))
        i += length
    return found


def tokenize(body: str) -> list[Token]:
    """The body's words, lower-cased, leaving out the "s" of possessives ("the government's
    scheme" reads as "government scheme" to the context rules)."""
    tokens: list[Token] = []
    for m in WORD_RE.finditer(body):
        possessive = tokens and body[tokens[-1].end:m.start()] in ("'", "\u2019")
        if m.group() in ("s", "S") and possessive:
            continue
        tokens.append(Token(m.group().lower(), m.start(), m.end()))
    return tokens


def longest_match(article: Article, i: int) -> tuple[LexiconEntry, int] | None:
    """The longest phrase at token i that passes its rules: whole phrases first, then a phrasal
    verb split by its object ("tear families apart"), then a single word."""
    tokens = article.tokens
    table = phrase_table()
    for length in range(min(longest_phrase(), len(tokens) - i), 1, -1):
        entry = table.get(tuple(token.word for token in tokens[i:i + length]))
        if (entry is not None and is_one_phrase(article.body, tokens[i:i + length])
                and applies(entry.rules, article, i, length)):
            return entry, length
    split = split_phrasal_verb(article, i)
    if split is not None:
        return split
    entry = table.get((tokens[i].word,))
    if (entry is not None and applies(entry.rules, article, i, 1)
            and not is_part_of_a_name(article, i)):
        return entry, 1
    return None


def split_phrasal_verb(article: Article, i: int) -> tuple[LexiconEntry, int] | None:
    tokens = article.tokens
    for rest, entry in separable_table().get(tokens[i].word, ()):
        for gap in range(1, MAX_OBJECT_WORDS + 1):
            end = i + 1 + gap + len(rest)
            if (end <= len(tokens) and tuple(t.word for t in tokens[i + 1 + gap:end]) == rest
                    and object_starts(tokens[i].word, tokens[i + 1].word)
                    and is_one_phrase(article.body, tokens[i:end], SPLIT_GAP_RE)
                    and applies(entry.rules, article, i, end - i)):
                return entry, end - i
    return None


def object_starts(verb: str, word: str) -> bool:
    # "round" is also a preposition: "round them up" splits it, "round the corner up" does not.
    if verb in PREPOSITIONS:
        return word in OBJECT_PRONOUNS
    plural_noun = len(word) > 3 and word.endswith("s") and not word.endswith("ss")  # "patients"
    return word in OBJECT_PRONOUNS or word in OBJECT_STARTERS or word.isdigit() or plural_noun


def is_one_phrase(body: str, words: list[Token], gap_re: re.Pattern[str] = PHRASE_GAP_RE) -> bool:
    return all(gap_re.fullmatch(body[a.end:b.start]) for a, b in itertools.pairwise(words))


# ---------------------------------------------------------------- context rules


def applies(rules: ContextRules, article: Article, i: int, length: int) -> bool:
    """False when the entry's context rules say this occurrence is not loaded."""
    end = i + length
    if any(precedes(words, article, i) for words in rules.before):
        return False
    if any(follows(words, article, end) for words in rules.after):
        return False
    if rules.topic and is_about(article, rules.topic):
        return False
    if not (rules.near or rules.not_near):
        return True
    context = context_words(article, i, end)
    if any(contains(context, words) for words in rules.near):
        return False
    return not rules.not_near or any(contains(context, words) for words in rules.not_near)


def is_about(article: Article, topic: tuple[tuple[str, ...], ...]) -> bool:
    return sum(article.word_counts[word] for (word,) in topic) >= TOPIC_MENTIONS


def context_words(article: Article, i: int, end: int) -> list[str]:
    """The words around a match, up to CONTEXT_WINDOW each side, within its paragraph."""
    body, tokens = article.body, article.tokens
    paragraph_start = body.rfind("\n", 0, tokens[i].start)
    paragraph_end = body.find("\n", tokens[end - 1].end)
    if paragraph_end < 0:
        paragraph_end = len(body)
    before = [t.word for t in tokens[max(0, i - CONTEXT_WINDOW):i] if t.start > paragraph_start]
    after = [t.word for t in tokens[end:end + CONTEXT_WINDOW] if t.end <= paragraph_end]
    return before + ["|"] + after  # the bar keeps a phrase from spanning the match


def precedes(words: tuple[str, ...], article: Article, i: int) -> bool:
    first = i - len(words)
    return first >= 0 and adjacent(words, article.body, article.tokens[first:i + 1])


def follows(words: tuple[str, ...], article: Article, end: int) -> bool:
    span = article.tokens[end - 1:end + len(words)]
    return end + len(words) <= len(article.tokens) and adjacent(words, article.body, span,
                                                                skip_first=True)


def adjacent(words: tuple[str, ...], body: str, span: list[Token],
             skip_first: bool = False) -> bool:
    """The words stand in span (beside the match, which is span's last or first token) with
    nothing but spaces, hyphens or quote marks in between."""
    candidates = span[1:] if skip_first else span[:-1]
    return (tuple(t.word for t in candidates) == words
            and all(NEIGHBOUR_GAP_RE.fullmatch(body[a.end:b.start])
                    for a, b in itertools.pairwise(span)))


def contains(context: list[str], words: tuple[str, ...]) -> bool:
    if len(words) == 1:
        return words[0] in context
    size = len(words)
    return any(tuple(context[k:k + size]) == words for k in range(len(context) - size + 1))


# ---------------------------------------------------------------- names and voice


def name_clues(body: str, tokens: list[Token], quotes: Sequence[Quote] = ()) -> NameClues:
    # Title-case lines and quotations (a banner reading "Nitrogen Madness") capitalise every word.
    headlines = merged_spans([(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)
                              if is_title_case(m.group())]
                             + [(q.start, q.end) for q in quotes
                                if len(q.text.split()) > 1 and is_title_case(q.text)])
    names = frozenset(t.word for t in tokens
                      if is_capitalised(body, t, headlines) and not starts_sentence(body, t.start))
    return NameClues(names, headlines)


def merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping spans covering the same text, for lookups by bisection."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def in_spans(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    index = bisect.bisect_right(spans, (position, math.inf)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def is_title_case(line: str) -> bool:
    words = [w for w in WORD_RE.findall(line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def is_capitalised(body: str, token: Token, headlines: tuple[tuple[int, int], ...]) -> bool:
    text = body[token.start:token.end]
    return text[0].isupper() and not is_acronym(text) and not in_spans(token.start, headlines)


def is_acronym(text: str) -> bool:
    """All capitals, or an acronym's plural ("NIMBYs"): written so, it is not a name."""
    return text.isupper() or (len(text) > 2 and text.endswith("s") and text[:-1].isupper())


def is_part_of_a_name(article: Article, i: int) -> bool:
    """A capitalised word is a name if it is capitalised mid-sentence here or elsewhere in the
    body ("Linda Flood said ... Flood said")."""
    token = article.tokens[i]
    return (is_capitalised(article.body, token, article.clues.headlines)
            and token.word in article.clues.names)


def starts_sentence(body: str, position: int) -> bool:
    before = body[max(0, position - 10):position].rstrip(" \t")
    return (not before or before.endswith(("\n", "(")) or before[-1] in QUOTE_MARKS
            or bool(SENTENCE_END_RE.search(before)))


def voice(start: int, end: int, quoted: tuple[tuple[int, int], ...]) -> str:
    """quoted: merged_spans of the quotes, each closed at its end (Quote.end may point at the last
    quoted character or just past it; overlap covers both)."""
    index = bisect.bisect_right(quoted, (end - 1, math.inf)) - 1
    return "quoted" if index >= 0 and start <= quoted[index][1] else "author"

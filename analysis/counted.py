"""What a number counts: a short noun phrase read from the words around it ("people arrested")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .number_words import SMALL_NUMBERS, TENS
from .quantity_terms import (
    CHANGE_NOUNS,
    EVENT_ADJECTIVES,
    EVENT_CLASS,
    EVENT_PHRASES,
    EVENT_VERB_FORMS,
    IRREGULAR_PARTICIPLES,
    MEASURE_PREPOSITIONS,
    MEASURE_WORDS,
    MONEY_OUTFLOW_VERBS,
    PHRASAL_EVENT_VERBS,
    POWER_WORDS,
    PHRASE_PARTICIPLES,
    MONEY_UNITS,
    NOMINAL_EVENTS,
    NOT_EVENTS,
    OUTFLOW_NOUNS,
    PERCENT_UNITS,
    TIME_UNITS,
    UNIT_WORDS,
    WORD,
    is_descriptive,
    is_plural_noun,
)

# Words that end a noun phrase after a number.
_PHRASE_STOPS = frozenset({
    "in", "at", "on", "from", "to", "for", "with", "by", "of", "across", "into", "during", "after",
    "before", "since", "who", "that", "which", "whom", "whose", "and", "or", "but", "nor", "were",
    "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "can", "should", "may", "might", "must", "did", "do", "does", "the", "a", "an", "this",
    "these", "those", "their", "its", "his", "her", "our", "my", "your", "them", "they", "he",
    "she", "it", "we", "you", "i", "as", "than", "per", "each", "ago", "later", "earlier", "so",
    "too", "very", "not", "no", "also", "just", "only", "still", "now", "then", "there", "here",
    "while", "when", "where", "if", "because", "about", "around", "over", "under", "between",
    "among", "against", "through", "without", "within", "upon", "via", "next", "every",
    "another", "out", "up", "down", "off", "away", "back", "said", "says", "say", "told",
    "according", "including", "like", "last", "week", "year", "month", "day", "today",
    "yesterday", "tonight", "mostly", "mainly", "nearly", "almost", "some", "all", "both",
    "never", "always", "often", "sometimes", "usually", "already", "ever", "again", "even",
    "rarely", "reportedly", "apparently",
    # common verbs that end a noun phrase ("60% of the loss came from ...")
    "came", "went", "made", "took", "gave", "got", "saw", "became", "began", "fell", "rose", "grew",
    "ran", "stood", "knew", "seemed", "remained", "remain", "remains", "comes", "goes", "makes",
    "takes", "gives", "gets", "becomes", "begins", "falls", "rises", "grows", "runs", "stands",
    "includes", "contains", "covers", "provides", "requires", "allows", "needs", "shows", "means",
})
_PARTITIVE_GROUP = re.compile(r"\s+of\s+(?:the|those)\s+[a-z]+(?:ed|ing)?\b")
_DETERMINER = r"(?:the|a|an|those|these|its|their|his|her|our|your|my|all|whom|them|us)"
_SKIP_PARTITIVE = re.compile(rf"\s+of\b(?:\s+{_DETERMINER}\b)?|\s+{_DETERMINER}\b", re.IGNORECASE)
_NEXT_WORD = re.compile(rf"[ \t]+({WORD.pattern})")
_APPOSITIVE = re.compile(r"\s*,[^,.;:\"“”\n]{1,60}?,")
_AUXILIARY = re.compile(
    r"\s+(?:(?:who|that|which)\s+)?(?:were|was|are|is|had been|have been|has been|will be|"
    r"would be|could be|may be|might be|being|been|got|get|to be|have|has|had)\b",
    re.IGNORECASE,
)
# A place or group phrase between the counted and what happened to them, ending at an auxiliary.
_PLACE_PHRASE = re.compile(
    r"\s+(?:of|across|in|from|along|throughout|at|near)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"(?=\s+(?:(?:had|have|has|were|was|are|is)\s+been\b|(?:were|was|are|had)\s))"
)
_ADVERB = re.compile(r"\s+(?:[a-z]+ly|also|all|later|then|now|still|since|not|ultimately)\b")
_PRESUMED = re.compile(r"\s+(?:confirmed|feared|presumed|believed|reported|declared|pronounced)\b")
_EVENT_WORD = re.compile(rf"\s+(?P<event>{'|'.join(EVENT_PHRASES)}|[a-z]+)\b")
# What may follow a verb with no auxiliary when it tells what happened to the counted ("22 people
# died after ...", "680 workers arrested in ..."); anything else may be its object ("... people
# disrupted the economy", "two firefighters suffered minor injuries").
_INTRANSITIVE_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\"”’—–-]|[a-z]+ly\b|(?:in|at|on|from|to|for|with|by|after|before|during|"
    r"since|when|while|as|and|or|but|near|outside|inside|across|through|into|over|overnight|"
    r"yesterday|today|last|this|early|late|off|downtown|nationwide|statewide|there|here|too|also|"
    r"amid|despite|because|following|including|under|within|without|between|among|along|around|"
    r"about|according|so|than|until)\b)"
)
_NOMINAL_BEFORE = re.compile(
    rf"\b(?P<noun>{'|'.join(NOMINAL_EVENTS)})\s+of\s+(?:the\s+|some\s+)?$", re.IGNORECASE
)
_WORD_BEFORE = re.compile(rf"(?:^|[\s(])(?P<word>{WORD.pattern})\s+$")
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+of\s+$"
    r"|\b(?:put|puts|estimated|estimates|pegged|placed|set)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:number|total|toll|count|tally)\s+of\s+(?:the\s+)?)?(?P<estimated>[a-z]+)"
    r"(?:\s+(?:nationwide|nationally|overall|globally|worldwide|locally))?\s+at\s+$"
)
_NOT_COLLECTIVE = frozenset({
    "total", "number", "figure", "maximum", "minimum", "average", "tally", "sum", "amount", "count",
    "one", "each", "all", "some", "most", "many", "none", "any", "out", "age", "ages", "rate",
    "list", "sample", "group",
})
# A verb of level or change right before the number: "The death toll rose to 22".
_SUBJECT_VERB = re.compile(
    r"(?:^|\s)(?:(?:has|had|have|now|could|would|will|may|might)\s+)?(?:rose|rises?|risen|climbed|"
    r"climbs?|grew|grows?|grown|increased|increases?|jumped|jumps?|fell|falls?|fallen|dropped|"
    r"drops?|declined|declines?|decreased|decreases?|reached|reach(?:es)?|hit|hits|stood|stands?|"
    r"totaled|totalled|totals?|topped|tops?|was|is|were|are|numbered|exceeded|exceeds?|soared|"
    r"soars?|surged|surges?|plunged|plunges?|passed|passes|surpassed|surpasses)\s+"
    r"(?:at\s+|to\s+|by\s+)?$",
    re.IGNORECASE,
)
# Where the clause holding the subject starts: after punctuation or a reporting verb.
_CLAUSE_BOUNDARY = re.compile(
    r"[.;:!?](?:\s+|$)|[,—–]\s*|\b(?:said|says|say|told|reported|reports|showed|shows|announced|added|noted|"
    r"estimated|confirmed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_CONJUNCTIONS = frozenset({"when", "while", "because", "if", "although", "though", "but", "and",
                           "so", "then", "where", "as", "after", "before", "since", "until"})
_SUBJECT_BREAKS = frozenset({
    "of", "from", "in", "at", "on", "for", "with", "among", "after", "since", "during", "across",
    "who", "that", "which", "to", "by", "as", "near", "over", "under",
})
_PLACEHOLDER_SUBJECTS = frozenset({
    "number", "figure", "total", "count", "tally", "it", "that", "this", "which", "there", "what",
    "amount", "he", "she", "they", "who", "one",
})
_DETERMINERS = frozenset({"the", "a", "an", "that", "this", "its", "their", "his", "her", "our"})
_PERCENT_NOUNS = CHANGE_NOUNS | frozenset({
    "share", "stake", "chance", "majority", "rate", "tax", "tariff", "interest", "lead", "margin",
    "turnout", "approval", "support", "unemployment", "inflation",
})
# People are counted when an event that happens to people is named without a noun ("killed 22").
_HUMAN_EVENTS = frozenset({
    "arrested", "dead", "injured", "released", "deported", "evacuated", "missing", "rescued",
    "displaced", "charged", "hospitalized", "infected", "protesting", "laid off", "hired",
    "affected",
})
_NUMBER_WORDS = frozenset({*SMALL_NUMBERS, *TENS})
# Periods that money is "in" without being what the money is for ("$1.9bn in the quarter").
_TIME_NOUNS = frozenset({"quarter", "period", "season", "term", "session", "half"})
_FIRST_WORD = re.compile(r"\s+([a-z]+)\b")
# "8 million residents under the new restrictions": the people a measure applies to.
_UNDER_MEASURE = re.compile(
    rf"\s+under\s+(?:[a-z’'-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(MEASURE_WORDS))})\b"
)
_PHRASAL_VERBS = "|".join(phrase.replace(" ", r"\s+") for phrase in PHRASAL_EVENT_VERBS)
_PHRASAL_BEFORE = re.compile(rf"\b(?P<verb>{_PHRASAL_VERBS})\s+$", re.IGNORECASE)
_MEASURE_WINDOW = 6  # words between a measure and the preposition before the number


@dataclass(frozen=True)
class Counted:
    phrase: str | None  # "people arrested"
    head: str | None  # "people"
    event: str | None  # "arrested"


def describe_counted(left: str, right: str, unit: str | None, compound_noun: str | None,
                     value: float) -> Counted:
    """What the number counts, given the text of its line before it (hedge excluded) and after it."""
    if unit in PERCENT_UNITS:
        return Counted(_percent_phrase(left, right, unit), None, None)
    if unit in MONEY_UNITS:
        return Counted(_money_phrase(left, right, unit), None, None)
    if unit:
        return Counted(_measure_phrase(left, right, unit), unit, None)
    if compound_noun:
        head, rest, modifier_event = compound_noun, right, None
    else:
        head, rest, modifier_event = _noun_phrase(right, value)
    event = (_nominal_event(left) or _event_after(rest) or _event_before(left) or modifier_event
             or _measure_before(left))
    if head is None and EVENT_CLASS.get(event or "") in _HUMAN_EVENTS:
        head = "people"
    if head is None:
        subject = _collective_before(left) or _subject_before(left)
        return Counted(subject, subject, None)
    return Counted(f"{head} {event}" if event else head, head, event)


def _words_after(text: str, limit: int = 5) -> list[tuple[str, int]]:
    """The words right after text's start up to a stop word or punctuation, with their end offsets."""
    words, pos = [], 0
    while len(words) < limit and (match := _NEXT_WORD.match(text, pos)):
        word = match.group(1)
        if word.lower() in _PHRASE_STOPS:
            break
        words.append((word, match.end()))
        pos = match.end()
    return words


def _skip_partitive(text: str) -> str:
    match = _SKIP_PARTITIVE.match(text)
    return text[match.end():] if match else text


def _noun_phrase(right: str, value: float) -> tuple[str | None, str, str | None]:
    """The counted noun phrase after a number, the text after it, and an event named by one of its
    modifiers ("800 collapsed buildings")."""
    text = _skip_partitive(right)
    words = [(w, end) for w, end in _until_event(_words_after(text)) if w.lower() not in _NUMBER_WORDS]
    heads = [i for i, (word, _) in enumerate(words) if is_plural_noun(word)]
    if _PARTITIVE_GROUP.match(right) and words and not heads:
        return words[0][0].lower(), text[words[0][1]:], None  # "five of the injured": a group by its state
    if heads:
        head_index = heads[-1]
    elif value <= 1 and any(_is_singular_head(word) for word, _ in words):
        head_index = next(i for i, (word, _) in enumerate(words) if _is_singular_head(word))
    else:
        return None, text, None
    head = words[head_index][0]
    modifiers = [word.lower() for word, _ in words[:head_index] if not is_descriptive(word)][-2:]
    event = next((word.lower() for word, _ in words[:head_index] if word.lower() in EVENT_CLASS), None)
    return " ".join([*modifiers, head]), text[words[head_index][1]:], event


def _is_singular_head(word: str) -> bool:
    return not is_descriptive(word) and not _is_event(word) and not _is_adverb(word)


def _until_event(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Cut the words at an event right after a plural noun: "workers lost jobs" -> "workers"."""
    for index in range(1, len(words)):
        if _is_verb_like(words[index][0]) and is_plural_noun(words[index - 1][0]):
            return words[:index]
    return words


def _is_verb_like(word: str) -> bool:
    lower = word.lower()
    return _is_event(word) or _is_adverb(word) or lower.endswith("ed") or lower in NOT_EVENTS


def _is_event(word: str) -> bool:
    lower = word.lower()
    return lower in EVENT_ADJECTIVES or lower in IRREGULAR_PARTICIPLES or (
        lower.endswith("ed") and lower not in NOT_EVENTS)


def _is_adverb(word: str) -> bool:
    return word.lower().endswith("ly")


def _event_after(text: str) -> str | None:
    """The event after the counted phrase: "were arrested", ", mostly Latinos, were arrested",
    "died after", "dead"; not a verb with an object."""
    if appositive := _APPOSITIVE.match(text):
        text = text[appositive.end():]
    if place := _PLACE_PHRASE.match(text):
        text = text[place.end():]  # "210,000 people across five parishes had been told to leave"
    auxiliary = _AUXILIARY.match(text)
    if auxiliary:
        text = text[auxiliary.end():]
    if under := _UNDER_MEASURE.match(text):
        # "under mandatory evacuation orders": the order's event; else people the measure affects
        return _named_event([word.lower() for word in WORD.findall(under.group(0))]) or "affected"
    for pattern in (_ADVERB, _PRESUMED):
        if match := pattern.match(text):
            text = text[match.end():]
    match = _EVENT_WORD.match(text)
    if not match:
        return None
    event = match.group("event")
    if event in EVENT_PHRASES or event in EVENT_ADJECTIVES:
        return PHRASE_PARTICIPLES.get(event, event)
    if event in NOT_EVENTS or not (event.endswith("ed") or event in IRREGULAR_PARTICIPLES):
        return None
    passive = auxiliary is not None and auxiliary.group(0).split()[-1] not in ("have", "has", "had")
    return event if passive or _INTRANSITIVE_AFTER.match(text, match.end()) else None


def _measure_before(left: str) -> str | None:
    """"restricting water use for 8 million", "a curfew on 2 million": the people a measure applies
    to are affected by it ("evacuation orders for 30,000" are evacuated, "cut power to 3,500
    homes" lost power)."""
    clause = re.split(r"[.;:!?,—–(]", left)[-1]
    words = [word.lower() for word in WORD.findall(clause)]
    if len(words) < 2 or words[-1] not in MEASURE_PREPOSITIONS:
        return None
    window = words[-1 - _MEASURE_WINDOW:-1]
    if not any(word in MEASURE_WORDS for word in window):
        return None
    if POWER_WORDS & set(window):
        return "lost power"
    return _named_event(window) or "affected"


def _nominal_event(left: str) -> str | None:
    match = _NOMINAL_BEFORE.search(left)
    return NOMINAL_EVENTS[match.group("noun").lower()] if match else None


def _event_before(left: str) -> str | None:
    """The verb right before the number when it acts on the counted: "arrested 680 people"."""
    phrasal = _PHRASAL_BEFORE.search(left)
    if phrasal:
        return PHRASAL_EVENT_VERBS[" ".join(phrasal.group("verb").lower().split())]
    match = _WORD_BEFORE.search(left)
    if not match:
        return None
    word = match.group("word").lower()
    if EVENT_CLASS.get(word) == "affected" or EVENT_VERB_FORMS.get(word) in ("covered", "affected"):
        # "an evacuation order covered 2,000 people": the order's event, not mere coverage
        measure = _nominal_event_in_subject(left[:match.start("word")])
        if measure:
            return measure
    if word in EVENT_VERB_FORMS:
        return EVENT_VERB_FORMS[word]
    if word in NOT_EVENTS or len(word) < 5:
        return None
    return word if word.endswith("ed") or word in IRREGULAR_PARTICIPLES else None


def _nominal_event_in_subject(left: str) -> str | None:
    """The event a measure names in the few words before its verb: "an evacuation order"."""
    clause = re.split(r"[.;:!?,—–(]", left)[-1]
    return _named_event([word.lower() for word in WORD.findall(clause)][-4:][::-1])


def _named_event(words: list[str]) -> str | None:
    """The event the first event noun among the words names: "evacuation" -> "evacuated"."""
    return next((NOMINAL_EVENTS[word] for word in words if word in NOMINAL_EVENTS), None)


def _collective_before(left: str) -> str | None:
    """"a crowd of 20,000" -> "crowd"."""
    match = _COLLECTIVE_BEFORE.search(left)
    noun = match and (match.group("noun") or match.group("estimated"))
    if not noun or noun in _NOT_COLLECTIVE or noun in _PHRASE_STOPS:
        return None
    # "the number of injured at 35" counts people injured
    return f"people {noun}" if _is_event(noun) and EVENT_CLASS.get(noun) in _HUMAN_EVENTS else noun


def _subject_before(left: str) -> str | None:
    """The subject of a verb of level or change before the number: "The death toll from the quake
    rose to 22" -> "death toll"; "The number of people killed rose to 22" -> "people killed"."""
    verb = _SUBJECT_VERB.search(left)
    if not verb:
        return None
    clause = left[:verb.start()]
    boundaries = list(_CLAUSE_BOUNDARY.finditer(clause))
    if boundaries:
        clause = clause[boundaries[-1].end():]
    words = [word.lower() for word in WORD.findall(clause)]
    while words and (words[0] in _SUBJECT_BREAKS or words[0] in _CONJUNCTIONS):
        words.pop(0)  # "after quarterly profit fell": the clause opens with a conjunction
    head, rest = _until_break(words)
    if head and head[-1] in _PLACEHOLDER_SUBJECTS:
        if rest[:1] != ["of"]:
            return None
        head, _ = _until_break(rest[1:])
    head = head[-2:]
    if len(head) == 2 and is_descriptive(head[0]):
        head = head[1:]
    if not head or head[-1] in _PLACEHOLDER_SUBJECTS or head[-1] in _PHRASE_STOPS:
        return None
    return " ".join(head)


def _until_break(words: list[str]) -> tuple[list[str], list[str]]:
    """The words of a subject before its first preposition (determiners dropped), and the rest."""
    words = [word for word in words if word not in _DETERMINERS]
    for index, word in enumerate(words):
        if word in _SUBJECT_BREAKS:
            return words[:index], words[index:]
    return words, []


def _head_after_preposition(text: str, prepositions: tuple[str, ...]) -> tuple[str, str] | None:
    """("in", "apprehensions") for " in U.S. Border Patrol apprehensions at ..."."""
    match = re.match(rf"\s+({'|'.join(prepositions)})\b", text)
    if not match:
        return None
    words = [word for word, _ in _words_after(_skip_partitive(text[match.end():]))]
    heads = [word for word in words if is_plural_noun(word)] or words
    return (match.group(1), heads[-1]) if heads else None


def _percent_phrase(left: str, right: str, unit: str) -> str | None:
    """"percent decrease in apprehensions", "percent of voters", or the subject of the sentence."""
    match = _FIRST_WORD.match(right)
    if match and _is_event(match.group(1)):
        return f"{unit} {match.group(1)}"  # "5% contained", "70 percent vaccinated"
    noun = match.group(1) if match and (match.group(1) in _PERCENT_NOUNS
                                        or match.group(1).endswith("ion")) else None
    rest = right[match.end():] if noun else right
    of = _head_after_preposition(rest, ("in", "of", "among") if noun else ("of", "among"))
    parts = [unit, noun] + (list(of) if of else [])
    if noun or of:
        return " ".join(part for part in parts if part)
    return _subject_before(left)


def _money_phrase(left: str, right: str, unit: str) -> str | None:
    """"$1.2 million contract" -> "contract"; "$5 million in aid" -> "aid"; "raised $5m" -> "dollars raised"."""
    words = [w for w, _ in _words_after(right, limit=3)
             if w.islower() and not _is_event(w) and not _is_adverb(w)]
    if words:
        return words[-1] if len(words) == 1 else " ".join(words[-2:])
    of = _head_after_preposition(right, ("in", "of"))
    if of and of[1].lower() not in UNIT_WORDS and of[1].lower() not in _TIME_NOUNS and of[1].islower():
        noun = of[1]
        if noun in OUTFLOW_NOUNS:
            return "deposits withdrawn"  # "$1.5 billion in withdrawals"
        verb = WORD.findall(left)[-1:] if left.strip() else []
        return f"{noun} withdrawn" if verb and verb[0].lower() in MONEY_OUTFLOW_VERBS else noun
    event = _event_before(left)
    if event:
        return f"{unit} {event}"
    return _collective_before(left) or _subject_before(left)


def _measure_phrase(left: str, right: str, unit: str) -> str:
    """"10 pounds of cocaine" -> "pounds of cocaine"; "burned 12,000 acres" -> "acres burned";
    "two weeks" -> "weeks"."""
    of = _head_after_preposition(right, ("of",))
    if of:
        return f"{unit} of {of[1]}"
    event = _event_after(right) or _event_before(left)
    return f"{unit} {event}" if event and unit not in TIME_UNITS.values() else unit

"""Loaded-language questions on one article: which word is loaded, a more neutral wording,
and whose word it is (the writer's or a quoted speaker's)."""
from __future__ import annotations

import functools
import re

from .question_sources import Speaker, in_headline, quote_containing, quote_evidence, speakers_of
from .question_text import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    Span,
    choice_key,
    ended,
    excerpt,
    excerpt_bounds,
    fold,
    quoted_excerpt,
    sentence_around,
    stable_order,
)
from .question_types import Candidate, QuestionDraft, make_question, merge_evidence, span
from .types import ArticleAnalysis, LoadedTerm

SKILL = "loaded_language"

WRITER_CHOICE = "The writer’s own word"
QUOTED_CHOICE = "A quoted speaker’s word"
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_QUOTE_MARKS = "\"'“”‘’"
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it
its itself just least less like made make many may me might more most much must my myself near
never no nor not now of off on once one only or other our ours out over own per perhaps rather
really same shall she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too under until up upon us very was we were
what when where whether which while who whom whose why will with within without would yet you your
said says say told tell according across along among around away back became become becomes
another still already later earlier soon often ago days day week weeks year years time times
behind beside besides toward towards despite amid amidst onto inside outside beyond against
around across throughout whose something anything everything nothing someone anyone everyone
""".split())
# "call off", "set up": a phrasal verb is a fair two-word wrong answer next to "go rogue".
_PARTICLES = frozenset({"off", "up", "out", "down", "back", "away", "apart"})
# Words that are not in the lexicon but that a student could fairly call loaded; never offered
# as the "not loaded" wrong answers.
_ARGUABLE = frozenset("""
sweeping massive huge deadly brutal significant severe major mass disturbing shocking tragic
tragedy outrage outraged crisis chaos chaotic terror terrorist terrorism extremist extreme radical
illegal illegally slammed blasted vowed claimed controversial notorious infamous horrible terrible
dramatic devastating devastated fear fears afraid violent violence attack attacks war fight fighting
battle harsh cruel dangerous threat threats victims victim enemy enemies alarming panic scandal
surge flood flooded swarm crackdown raid raids emotions hatred hate racism racially motivated
""".split())


@functools.cache
def _lexicon() -> tuple:
    """The loaded-terms lexicon's entries, or none if the lexicon cannot be read."""
    try:
        from .loaded import load_lexicon
        return tuple(load_lexicon())
    except (ImportError, AttributeError, OSError, ValueError, NotImplementedError):
        return ()


@functools.cache
def _lexicon_words() -> frozenset[str]:
    return frozenset(w for entry in _lexicon() for w in fold(entry.term).replace("-", " ").split()
                     if w not in _STOPWORDS)


def _usable_neutral(term: LoadedTerm) -> list[str]:
    """Neutral alternatives that are wordings, not instructions like "(describe the act)"."""
    return [n for n in term.neutral if n.strip() and not n.strip().startswith("(")]


def _plain(term: str) -> str:
    return re.sub(r"[\s\-]+", "", fold(term))


@functools.cache
def _terms_by_neutral() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for entry in _lexicon():
        for neutral in entry.neutral:
            if not neutral.strip().startswith("("):  # "(describe the act)" is advice, not a synonym
                index.setdefault(fold(neutral), []).append(entry.term)
    return {neutral: tuple(terms) for neutral, terms in index.items()}


def loaded_synonyms(term: LoadedTerm) -> list[str]:
    """Other lexicon terms that share a neutral alternative with this one ("illegal alien" for
    "illegal immigrant"): loaded wordings of the same thing."""
    neutral = {fold(n) for n in term.neutral}
    index = _terms_by_neutral()
    found = (t for n in sorted(neutral) for t in index.get(n, ()))
    return [t for t in dict.fromkeys(found) if _plain(t) != _plain(term.term) and fold(t) not in neutral]


def _as_choice(matched: str) -> str:
    """'Heartbreaking' at a sentence start is offered as 'heartbreaking', like the other words."""
    if matched[:1].isupper() and matched[1:] == matched[1:].lower():
        return matched[:1].lower() + matched[1:]
    return matched


def loaded_candidates(name: str, analysis: ArticleAnalysis) -> list[Candidate]:
    candidates = []
    speakers = {choice_key(s.name): s for s in speakers_of(analysis)}
    counters: dict[str, int] = {}
    for term in analysis.loaded_terms:
        if not _WORD.search(analysis.body[term.start:term.end]):
            continue  # no words to ask about
        counters[term.voice] = counters.get(term.voice, -1) + 1
        key = f"term:{fold(term.term)}"
        writer_first = (in_headline(analysis, term.start), term.voice != "author", term.start)
        for question, rank in ((which_word_loaded(name, analysis, term), writer_first),
                               (neutral_alternative(name, analysis, term), writer_first),
                               (loaded_voice(name, analysis, term, speakers),
                                (counters[term.voice], term.voice, term.start))):
            if question:
                candidates.append(Candidate(question, key, rank))
    return candidates


def _sentence(analysis: ArticleAnalysis, term: LoadedTerm) -> tuple[int, int, str | None]:
    lo, hi = sentence_around(analysis.body, term.start, term.end)
    return lo, hi, quoted_excerpt(analysis.body, lo, hi, (term.start, term.end), 40)


def _says(analysis: ArticleAnalysis, lo: int, hi: int, term: LoadedTerm) -> str:
    return "The article says: '" + excerpt(analysis.body, lo, hi, (term.start, term.end), 45) + "'"


def _why(term: LoadedTerm, matched: str) -> str:
    neutral = _usable_neutral(term)
    why = f"“{matched}” is loaded: {term.why.rstrip('.')}."
    return why + (f" A more neutral wording: “{neutral[0]}”." if neutral else "")


def which_word_loaded(name: str, analysis: ArticleAnalysis, term: LoadedTerm) -> QuestionDraft | None:
    body = analysis.body
    lo, hi, shown = _sentence(analysis, term)
    bounds = excerpt_bounds(body, lo, hi, (term.start, term.end), 40)
    if not shown or not bounds:
        return None
    matched = body[term.start:term.end]
    size = len(_WORD.findall(matched))
    stem = ("Which word or phrase in this sentence from the article is loaded (emotive or judging "
            f"rather than neutral)? {shown}")
    chunks, other_runs = _plain_phrases(analysis, bounds, size, matched)
    # an awkward run ("move opponents") only when the sentence has too few natural chunks
    wrong = stable_order(chunks, stem) + (stable_order(other_runs, stem) if len(chunks) < 2 else [])
    explanation = f"{ended(_says(analysis, lo, hi, term))} {_why(term, matched)}"
    return make_question(SKILL, "which_word_loaded", stem, _as_choice(matched), wrong, explanation,
                         [span(name, body, lo, hi)])


def _plain_phrases(analysis: ArticleAnalysis, bounds: Span, size: int,
                   matched: str) -> tuple[list[str], list[str]]:
    """Runs of `size` ordinary words in the shown excerpt: lower case, no punctuation between,
    not loaded, not quoted as a scare quote, not a word a student could fairly call loaded.
    First the runs that stand as a chunk between function words or punctuation ("a power grab
    by" -> "parking fees"), then the others ("move opponents")."""
    body = analysis.body
    taken = [(t.start, t.end) for t in analysis.loaded_terms]
    taken += [(q.start, q.end) for q in analysis.quotes if q.kind == "scare"]
    loaded_words = {fold(t.matched) for t in analysis.loaded_terms} | {fold(t.term) for t in analysis.loaded_terms}
    tokens = list(_WORD.finditer(body, *bounds))
    chunks: list[str] = []
    others: list[str] = []
    for i in range(len(tokens) - size + 1):
        run = tokens[i:i + size]
        start, end = run[0].start(), run[-1].end()
        words = [t.group() for t in run]
        if (any(not body[a.end():b.start()].isspace() for a, b in zip(run, run[1:]))
                or words[0].lower() in _STOPWORDS
                or (words[-1].lower() in _STOPWORDS and not (size == 2 and words[-1].lower() in _PARTICLES))
                or any(w[0].isupper() or "'" in w or "’" in w for w in words)
                or any(s < end and start < e for s, e in taken)
                or (size == 1 and (len(words[0]) < 4 or words[0].lower().endswith("ly")))
                or any(fold(w) in _ARGUABLE or fold(w) in _lexicon_words() for w in words)
                or fold(body[start:end]) in loaded_words or choice_key(body[start:end]) == choice_key(matched)):
            continue
        chunk = size == 1 or (_boundary(body, tokens, i - 1, run[0].start(), before=True)
                              and _boundary(body, tokens, i + size, end, before=False))
        (chunks if chunk else others).append(body[start:end])
    return list(dict.fromkeys(chunks)), list(dict.fromkeys(others))


def _boundary(body: str, tokens: list[re.Match], index: int, edge: int, before: bool) -> bool:
    """True when the run edge at `edge` meets punctuation, the excerpt's end or a function word."""
    if not 0 <= index < len(tokens):
        return True
    neighbour = tokens[index]
    gap = body[neighbour.end():edge] if before else body[edge:neighbour.start()]
    return not gap.isspace() or neighbour.group().lower() in _STOPWORDS


def neutral_alternative(name: str, analysis: ArticleAnalysis, term: LoadedTerm) -> QuestionDraft | None:
    neutral = _usable_neutral(term)
    lo, hi, shown = _sentence(analysis, term)
    # a lexicon entry that starts with advice ("(describe the position) | progressive |
    # conservative") has no wording that fits every sentence, so no single right answer
    if not neutral or not shown or term.neutral[0].strip().startswith("("):
        return None
    matched = analysis.body[term.start:term.end]
    stem = (f"The article says {ended(shown)} Which of these is the most neutral way to say "
            f"{OPEN_QUOTE}{matched}{CLOSE_QUOTE}?")
    neutral_keys = {choice_key(n) for n in term.neutral}
    synonyms = [s for s in stable_order(loaded_synonyms(term), stem) if choice_key(s) not in neutral_keys]
    wrong = [_as_choice(matched)] + synonyms
    explanation = f"{ended(_says(analysis, lo, hi, term))} {_why(term, matched)}"
    return make_question(SKILL, "neutral_alternative", stem, neutral[0], wrong, explanation,
                         [span(name, analysis.body, lo, hi)], max_choices=3)


def loaded_voice(name: str, analysis: ArticleAnalysis, term: LoadedTerm, speakers: dict[str, Speaker]) -> QuestionDraft | None:
    body = analysis.body
    quote = quote_containing(analysis, term.start, term.end)
    lo, hi, shown = _sentence(analysis, term)
    if not shown:
        return None
    matched = body[term.start:term.end]
    evidence = [span(name, body, lo, hi)]
    if term.voice == "quoted":
        if quote is None or not quote.speaker:
            return None  # quoted, but the article does not say by whom: not a fair question
        speaker = speakers[choice_key(quote.speaker)]
        attribution = quote_evidence(name, body, quote, speaker)
        if attribution is None:
            return None
        evidence += attribution
        correct, wrong = QUOTED_CHOICE, WRITER_CHOICE
        why = f"“{matched}” is inside quotation marks: the article gives it as the words of {speaker.display}."
    elif term.voice == "author" and quote is None and not _between_quote_marks(body, term):
        correct, wrong = WRITER_CHOICE, QUOTED_CHOICE
        why = f"“{matched}” is not inside quotation marks, so it is the writer’s own choice of word."
    else:
        return None
    stem = (f"Is {OPEN_QUOTE}{matched}{CLOSE_QUOTE} in this sentence the writer’s own word or a quoted "
            f"speaker’s? {shown}")
    return make_question(SKILL, "loaded_voice", stem, correct, [wrong],
                         f"{ended(_says(analysis, lo, hi, term))} {why}",
                         merge_evidence(evidence, {name: body}), max_choices=2)


def _between_quote_marks(body: str, term: LoadedTerm) -> bool:
    before = body[term.start - 1:term.start] if term.start else ""
    after = body[term.end:term.end + 1]
    return bool(before) and before in _QUOTE_MARKS and bool(after) and after in _QUOTE_MARKS

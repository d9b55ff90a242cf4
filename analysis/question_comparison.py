"""Questions across several reports of one event: who reported which figure and why figures
differ, how each outlet sources the story, and which outlet frames it with a loaded word."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .question_attribution import QuoteItem, quote_items
from .question_numbers import split_hedge
from .question_sources import in_headline
from .question_text import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    choice_key,
    contains,
    ended,
    excerpt,
    find_all,
    fold,
    join_words,
    name_forms,
    sentence_around,
    stable_order,
)
from .question_types import Candidate, EvidenceSpan, QuestionDraft, make_question, merge_evidence, span
from .types import ArticleAnalysis, Conflict, ConflictReport, LoadedTerm

WHY_DIFFER = "The outlets may have counted at different times or relied on different sources"
WHY_DIFFER_HEDGED = ("The outlets may have counted at different times or relied on different sources, "
                     "and some give hedged estimates rather than exact counts")
WHY_DIFFER_WRONG = (
    "The largest figure is always the right one",
    "Different figures prove that the event did not happen",
    "One outlet must have made a typing mistake; there is no other explanation",
    "Outlets must round every figure to the nearest hundred",
)
# Signs that a report leans on an unnamed source, so it is never offered as the outlet without one.
_ANONYMITY_SIGNS = re.compile(
    r"\b(?:anonymity|anonymous(?:ly)?|unnamed|not authori[sz]ed to|familiar with|"
    r"(?:an?|one|two|three|several|some) (?:[\w-]+ ){0,3}(?:officials?|sources?|aides?|people|person)"
    r" (?:said|says|told|who|with))\b", re.IGNORECASE)


class ReportSet:
    """The articles of one comparison, by the caller's names, with the outlet shown for each."""

    def __init__(self, analyses: Mapping[str, ArticleAnalysis], labels: Mapping[str, str]) -> None:
        self.analyses = analyses
        self.labels = labels
        self.bodies = {name: a.body for name, a in analyses.items()}

    def says(self, name: str, lo: int, hi: int, focus: tuple[int, int], max_words: int = 40) -> str:
        return f"{self.labels[name]} says: '" + excerpt(self.bodies[name], lo, hi, focus, max_words) + "'"

    def sentence(self, name: str, start: int, end: int) -> EvidenceSpan:
        lo, hi = sentence_around(self.bodies[name], start, end)
        return span(name, self.bodies[name], lo, hi)


def comparison_candidates(analyses: Mapping[str, ArticleAnalysis], conflicts: Sequence[Conflict],
                          labels: Mapping[str, str]) -> list[Candidate]:
    reports = ReportSet(analyses, labels)
    candidates: list[Candidate] = []
    for index, conflict in enumerate(conflicts):
        candidates += conflict_candidates(reports, index, conflict)
    candidates += source_candidates(reports)
    candidates += framing_candidates(reports)
    return candidates


# ---------------------------------------------------------------- numbers


def _reports(reports: ReportSet, conflict: Conflict) -> list[ConflictReport]:
    """The conflict's reports on articles of this set whose offsets fit the body, each once."""
    found, seen = [], set()
    for report in conflict.reports:
        body = reports.bodies.get(report.article)
        if body is None or not 0 <= report.start < report.end <= len(body) \
                or not re.search(r"\w", body[report.start:report.end]) \
                or re.search("[“”]", body[report.start:report.end]):  # stems quote it in “…”
            continue
        key = (report.article, fold(body[report.start:report.end]))
        if key not in seen:
            seen.add(key)
            found.append(report)
    return found


def _text(reports: ReportSet, report: ConflictReport) -> str:
    return reports.bodies[report.article][report.start:report.end]


def conflict_candidates(reports: ReportSet, index: int, conflict: Conflict) -> list[Candidate]:
    found = _reports(reports, conflict)
    if len({r.article for r in found}) < 2:
        return []
    quantity = conflict.quantity or "the same thing"
    candidates = []
    for report in found:
        question = outlet_figure(reports, quantity, report, found)
        if question:
            item = f"conflict:{index}:{report.article}:{report.start}"
            candidates.append(Candidate(question, item, (report.hedge == "exact", index, report.start)))
    for kind, question in (("hedged", hedged_report(reports, quantity, found)),
                           ("why", why_figures_differ(reports, quantity, found))):
        if question:
            candidates.append(Candidate(question, f"conflict:{index}:{kind}", (index,)))
    return candidates


def _figure_token(text: str) -> str:
    """'as many as 800' -> '800': the part of a figure another report would repeat."""
    split = split_hedge(text)
    figure = split[1] if split else text
    match = re.search(r"\d[\d,.]*\d|\d", figure)
    return match.group() if match else figure


def outlet_figure(reports: ReportSet, quantity: str, report: ConflictReport, found: list[ConflictReport]) -> QuestionDraft | None:
    text = _text(reports, report)
    token = _figure_token(text)
    if any(contains(reports.bodies[r.article], token) for r in found if r.article != report.article):
        return None  # several reports give this figure: "which outlet" would have more than one answer
    in_conflict = [r.article for r in found]
    others = list(dict.fromkeys(in_conflict + list(reports.analyses)))
    wrong = [reports.labels[name] for name in others
             if name != report.article and not contains(reports.bodies[name], token)
             and not contains(reports.bodies[name], text)]
    stem = f"The reports give different figures for {quantity}. Which report gave {OPEN_QUOTE}{text}{CLOSE_QUOTE}?"
    evidence = reports.sentence(report.article, report.start, report.end)
    rest = [f"{reports.labels[r.article]}: “{_text(reports, r)}”" for r in found if r.article != report.article]
    explanation = (ended(reports.says(report.article, evidence.start, evidence.end, (report.start, report.end)))
                   + (f" The others give {join_words(rest)}." if rest else ""))
    return make_question("numbers", "outlet_figure", stem, reports.labels[report.article], wrong,
                         explanation, [evidence])


def hedged_report(reports: ReportSet, quantity: str, found: list[ConflictReport]) -> QuestionDraft | None:
    hedged = [r for r in found if r.hedge != "exact" and split_hedge(_text(reports, r))]
    hedging = {r.article for r in found if r.hedge != "exact"}
    exact_only = list(dict.fromkeys(r.article for r in found if r.article not in hedging))
    if not hedged or not exact_only:
        return None
    report = hedged[0]
    text = _text(reports, report)
    hedge_words = split_hedge(text)[0]
    stem = (f"The reports give different figures for {quantity}. Which report gave its figure as a "
            "hedged estimate rather than an exact count?")
    evidence = reports.sentence(report.article, report.start, report.end)
    exact = [f"{reports.labels[r.article]}: “{_text(reports, r)}”" for r in found if r.article in exact_only]
    explanation = (f"{ended(reports.says(report.article, evidence.start, evidence.end, (report.start, report.end)))} "
                   f"“{hedge_words}” marks {text} as an estimate; the others give exact figures "
                   f"({join_words(exact)}).")
    return make_question("numbers", "hedged_report", stem, reports.labels[report.article],
                         [reports.labels[name] for name in exact_only], explanation, [evidence])


def why_figures_differ(reports: ReportSet, quantity: str, found: list[ConflictReport]) -> QuestionDraft | None:
    listed = [f"{reports.labels[r.article]}: {OPEN_QUOTE}{_text(reports, r)}{CLOSE_QUOTE}" for r in found]
    stem = (f"The reports give different figures for {quantity} ({'; '.join(listed)}). "
            "What is the most likely reason reports differ like this?")
    any_hedged = any(r.hedge != "exact" for r in found)
    correct = WHY_DIFFER_HEDGED if any_hedged else WHY_DIFFER
    evidence = [reports.sentence(r.article, r.start, r.end) for r in found]
    quoted = [reports.says(r.article, e.start, e.end, (r.start, r.end), 20) for r, e in zip(found, evidence)]
    hedges = [f"“{split_hedge(_text(reports, r))[0]}”" for r in found
              if r.hedge != "exact" and split_hedge(_text(reports, r))]
    explanation = " ".join(ended(q) for q in quoted) + (
        f" Words like {join_words(list(dict.fromkeys(hedges)))} mark estimates, not counts." if hedges else "") + (
        " Each outlet's figure depends on when it counted and whom it asked.")
    return make_question("numbers", "why_figures_differ", stem, correct,
                         stable_order(WHY_DIFFER_WRONG, stem), explanation,
                         merge_evidence(evidence, reports.bodies))


# ---------------------------------------------------------------- sources


def source_candidates(reports: ReportSet) -> list[Candidate]:
    items = {name: quote_items(name, analysis) for name, analysis in reports.analyses.items()}
    candidates = []
    seen_speakers: set[str] = set()
    for name, article_items in items.items():
        for item in article_items:
            key = choice_key(item.speaker.name)
            if item.speaker.named and item.quote.kind == "statement" and key not in seen_speakers:
                seen_speakers.add(key)
                question = outlet_quoted_speaker(reports, item)
                if question:
                    candidates.append(Candidate(question, f"speaker:{key}", (item.quote.start,)))
        anonymous = [i for i in article_items if not i.speaker.named and i.quote.kind == "statement"]
        if anonymous:
            question = outlet_anonymous_source(reports, anonymous[0])
            if question:
                candidates.append(Candidate(question, f"anonymous:{name}", (anonymous[0].quote.start,)))
    return candidates


def _mentions(body: str, name: str) -> bool:
    return any(contains(body, form) for form in name_forms(name, True))


def outlet_quoted_speaker(reports: ReportSet, item: QuoteItem) -> QuestionDraft | None:
    speaker = item.speaker.name
    wrong = [reports.labels[name] for name in reports.analyses
             if name != item.name and not _mentions(reports.bodies[name], speaker)]
    stem = f"Which report quotes {speaker}?"
    explanation = (f"{ended(item.says(source=reports.labels[item.name]))} "
                   f"The other reports offered here do not mention {speaker}.")
    return make_question("attribution", "outlet_quoted_speaker", stem, reports.labels[item.name], wrong,
                         explanation, item.evidence)


def _has_anonymous_source(analysis: ArticleAnalysis) -> bool:
    return (any(q.speaker and not q.named for q in analysis.quotes)
            or bool(_ANONYMITY_SIGNS.search(analysis.body)))


def outlet_anonymous_source(reports: ReportSet, item: QuoteItem) -> QuestionDraft | None:
    wrong = [reports.labels[name] for name, analysis in reports.analyses.items()
             if name != item.name and not _has_anonymous_source(analysis)
             and not contains(analysis.body, item.speaker.name)]
    stem = f"Which report relied on an anonymous source ({item.speaker.display}) for a quote?"
    explanation = (f"{ended(item.says(source=reports.labels[item.name]))} "
                   f"The source is not named. The other reports offered here name the people they quote.")
    return make_question("attribution", "outlet_anonymous_source", stem, reports.labels[item.name], wrong,
                         explanation, item.evidence)


# ---------------------------------------------------------------- framing


def framing_candidates(reports: ReportSet) -> list[Candidate]:
    candidates = []
    seen: set[str] = set()
    for name, analysis in reports.analyses.items():
        for term in analysis.loaded_terms:
            key = fold(term.term)
            if (term.voice != "author" or key in seen or in_headline(analysis, term.start)
                    or not re.search(r"\w", analysis.body[term.start:term.end])):
                continue
            seen.add(key)
            question = outlet_loaded_voice(reports, name, term)
            if question:
                users = sum(_own_voice_use(a, term) for a in reports.analyses.values())
                candidates.append(Candidate(question, f"loaded:{key}", (users, term.start)))
    return candidates


def _own_voice_use(analysis: ArticleAnalysis, term: LoadedTerm) -> bool:
    """True unless every use of the term in this article sits inside a quotation."""
    if any(fold(t.term) == fold(term.term) and t.voice == "author" for t in analysis.loaded_terms):
        return True
    spans = find_all(analysis.body, term.matched) + find_all(analysis.body, term.term)
    return any(not any(q.start <= s and e <= q.end for q in analysis.quotes) for s, e in spans)


def outlet_loaded_voice(reports: ReportSet, name: str, term: LoadedTerm) -> QuestionDraft | None:
    body = reports.bodies[name]
    matched = body[term.start:term.end]
    wrong_names = [other for other, analysis in reports.analyses.items()
                   if other != name and not _own_voice_use(analysis, term)]
    stem = (f"Which report used the loaded word {OPEN_QUOTE}{matched}{CLOSE_QUOTE} in its own voice, "
            "not inside a quotation?")
    evidence = reports.sentence(name, term.start, term.end)
    quoting = [reports.labels[o] for o in wrong_names
               if find_all(reports.bodies[o], term.matched) or find_all(reports.bodies[o], term.term)]
    explanation = (f"{ended(reports.says(name, evidence.start, evidence.end, (term.start, term.end)))} "
                   f"“{matched}” is not inside quotation marks there: it is the report’s own word. "
                   f"{term.why.rstrip('.')}."
                   + (f" {join_words(quoting)} use it only inside quotations." if quoting else ""))
    return make_question("loaded_language", "outlet_loaded_voice", stem, reports.labels[name],
                         [reports.labels[o] for o in wrong_names], explanation, [evidence])

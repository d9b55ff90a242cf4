"""An article's analysis as rows the teacher can correct, and lessons redrafted from the corrections.

The engine's findings are stored once, at import (`store_analysis`). The teacher's corrections sit
beside them on the rows; `article_analysis` turns the corrected rows back into the engine's
ArticleAnalysis, so the question generator drafts from what the teacher says the article contains.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db import transaction

from analysis import ArticleAnalysis, LoadedTerm, NumberClaim, Quote, analyze_article, find_conflicts
from analysis.questions import LessonDraft, build_article_lesson, build_comparison_lesson

from .building import article_name, replace_questions, save_lesson
from .models import Article, ArticleLoadedTerm, ArticleNumber, ArticleQuote, Lesson


@dataclass
class AnalysisRows:
    quotes: list[ArticleQuote]
    numbers: list[ArticleNumber]
    terms: list[ArticleLoadedTerm]
    # False for an article whose analysis was never stored (a seed): rows unsaved, not correctable.
    stored: bool


def _cut(text: str | None, length: int = 300) -> str:
    return (text or "")[:length]


def rows_from_analysis(article: Article, analysis: ArticleAnalysis) -> AnalysisRows:
    """Unsaved rows for what the engine found."""
    quotes = [
        ArticleQuote(
            article=article, text=q.text, kind=q.kind, speaker=_cut(q.speaker), named=q.named,
            role=_cut(q.role), via=_cut(q.via), start=q.start, end=q.end,
        )
        for q in analysis.quotes
    ]
    numbers = [
        ArticleNumber(
            article=article, value=n.value, hedge=n.hedge, counts=_cut(n.counts),
            unit=_cut(n.unit, 40), text=_cut(n.text), start=n.start, end=n.end,
        )
        for n in analysis.numbers
    ]
    terms = [
        ArticleLoadedTerm(
            article=article, term=_cut(t.term, 200), matched=_cut(t.matched), voice=t.voice,
            neutral="\n".join(t.neutral), why=t.why, category=_cut(t.category, 100),
            start=t.start, end=t.end,
        )
        for t in analysis.loaded_terms
    ]
    return AnalysisRows(quotes, numbers, terms, stored=False)


@transaction.atomic
def store_analysis(article: Article, analysis: ArticleAnalysis) -> AnalysisRows:
    rows = rows_from_analysis(article, analysis)
    ArticleQuote.objects.bulk_create(rows.quotes)
    ArticleNumber.objects.bulk_create(rows.numbers)
    ArticleLoadedTerm.objects.bulk_create(rows.terms)
    return load_rows(article)


def engine_analysis(article: Article) -> ArticleAnalysis:
    """The engine's reading of an article, with offsets that fit the stored body."""
    for text in (article.raw_text, article.body):
        analysis = analyze_article(text)
        if analysis.body == article.body:
            return analysis
    return ArticleAnalysis(title=article.title, outlet=article.outlet or None, body=article.body)


def load_rows(article: Article) -> AnalysisRows:
    """The stored rows; for an article never stored, the engine's findings as unsaved rows."""
    rows = AnalysisRows(
        quotes=list(article.found_quotes.all()),
        numbers=list(article.found_numbers.all()),
        terms=list(article.found_terms.all()),
        stored=True,
    )
    if rows.quotes or rows.numbers or rows.terms:
        return rows
    return rows_from_analysis(article, engine_analysis(article))


def analysis_from_rows(article: Article, rows: AnalysisRows) -> ArticleAnalysis:
    """The corrected analysis: dismissed rows left out, the teacher's speaker and named/anonymous used."""
    return ArticleAnalysis(
        title=article.title,
        outlet=article.outlet or None,
        body=article.body,
        quotes=tuple(
            Quote(
                text=q.text, kind=q.kind, speaker=q.shown_speaker or None, named=q.is_named,
                # The engine's role belongs to the engine's speaker.
                role=None if q.corrected_speaker else (q.role or None),
                via=q.via or None, start=q.start, end=q.end,
            )
            for q in rows.quotes
            if not q.dismissed
        ),
        numbers=tuple(
            NumberClaim(
                value=n.value, hedge=n.hedge, counts=n.counts or None, text=n.text,
                start=n.start, end=n.end, unit=n.unit or None,
            )
            for n in rows.numbers
            if not n.dismissed
        ),
        loaded_terms=tuple(
            LoadedTerm(
                term=t.term, matched=t.matched, voice=t.voice, neutral=tuple(t.neutral_alternatives),
                why=t.why, category=t.category, start=t.start, end=t.end,
            )
            for t in rows.terms
            if not t.dismissed
        ),
    )


def article_analysis(article: Article) -> ArticleAnalysis:
    return analysis_from_rows(article, load_rows(article))


# ---------------------------------------------------------------- corrections


def correct_quote(quote: ArticleQuote, speaker: str, named: bool, dismissed: bool) -> bool:
    """Record the teacher's reading of a quote; returns whether anything changed."""
    speaker = speaker.strip()
    corrected_speaker = "" if speaker == quote.speaker else speaker
    corrected_named = None if named == quote.named else named
    if (corrected_speaker, corrected_named, dismissed) == (
        quote.corrected_speaker, quote.corrected_named, quote.dismissed
    ):
        return False
    quote.corrected_speaker = corrected_speaker
    quote.corrected_named = corrected_named
    quote.dismissed = dismissed
    quote.save(update_fields=["corrected_speaker", "corrected_named", "dismissed"])
    return True


def set_dismissed(row: ArticleNumber | ArticleLoadedTerm, dismissed: bool) -> bool:
    if row.dismissed == dismissed:
        return False
    row.dismissed = dismissed
    row.save(update_fields=["dismissed"])
    return True


# ---------------------------------------------------------------- drafting from the corrected rows


def draft_lesson(kind: str, articles: Iterable[Article]) -> LessonDraft:
    articles = list(articles)
    analyses = {article_name(a): article_analysis(a) for a in articles}
    if kind == Lesson.Kind.ARTICLE:
        [(name, analysis)] = analyses.items()
        return build_article_lesson(name, analysis)
    outlets = {article_name(a): a.outlet or a.title for a in articles}
    return build_comparison_lesson(analyses, find_conflicts(analyses), outlets)


def create_lesson(kind: str, articles: Iterable[Article], owner, title: str = "") -> tuple[Lesson, LessonDraft]:
    """A new draft lesson owned by `owner`; the draft's notes say what the articles lacked."""
    articles = list(articles)
    draft = draft_lesson(kind, articles)
    if title:
        draft = replace(draft, title=title)
    lesson = save_lesson(draft, {article_name(a): a for a in articles}, owner=owner)
    return lesson, draft


def redraft(lesson: Lesson) -> LessonDraft:
    """Replace the lesson's questions with ones drafted from its articles' corrected analyses;
    questions students answered are retired, not deleted."""
    articles = list(lesson.articles.order_by("id"))
    draft = draft_lesson(lesson.kind, articles)
    replace_questions(lesson, draft, {article_name(a): a for a in articles})
    return draft


def lessons_following(article: Article) -> list[Lesson]:
    """The owner's draft lessons on this article alone: a correction redrafts them at once.

    Published lessons are left for the teacher to redraft, so students never meet a lesson that
    changes under them without the teacher deciding it should."""
    return list(
        Lesson.objects.filter(
            owner=article.owner_id, kind=Lesson.Kind.ARTICLE, status=Lesson.Status.DRAFT, articles=article
        )
    )

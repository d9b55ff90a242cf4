"""Saving the generator's lesson drafts as Lesson rows, and building the seed lessons."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from analysis import analyze_article, find_conflicts
from analysis.questions import (
    ChoiceDraft,
    EvidenceSpan,
    LessonDraft,
    QuestionDraft,
    build_article_lesson,
    build_comparison_lesson,
)

from .articles import unique_slug
from .models import Article, Choice, Evidence, Lesson, Question


def article_name(article: Article) -> str:
    """How lesson files name an article: its seed file, else its slug."""
    return article.seed_file or article.slug


def _add_questions(
    lesson: Lesson, drafts: Iterable[QuestionDraft], articles: Mapping[str, Article], first: int = 0
) -> None:
    for position, draft in enumerate(drafts, start=first):
        question = Question.objects.create(
            lesson=lesson,
            position=position,
            skill=draft.skill,
            kind=draft.kind,
            stem=draft.stem,
            explanation=draft.explanation,
        )
        Choice.objects.bulk_create(
            Choice(question=question, position=i, text=choice.text, is_correct=choice.correct)
            for i, choice in enumerate(draft.choices)
        )
        Evidence.objects.bulk_create(
            Evidence(
                question=question,
                article=articles[span.article],
                start=span.start,
                end=span.end,
                text=span.text,
            )
            for span in draft.evidence
        )


@transaction.atomic
def save_lesson(
    draft: LessonDraft,
    articles: Mapping[str, Article],
    *,
    owner=None,
    shared: bool = False,
    status: str = Lesson.Status.DRAFT,
) -> Lesson:
    """Store a draft; `articles` maps the draft's article names to Article rows."""
    lesson = Lesson.objects.create(
        title=draft.title,
        slug=unique_slug(draft.title, Lesson),
        kind=draft.kind,
        owner=owner,
        shared=shared,
        status=status,
    )
    lesson.articles.set([articles[name] for name in draft.articles])
    _add_questions(lesson, draft.questions, articles)
    return lesson


@transaction.atomic
def replace_questions(lesson: Lesson, draft: LessonDraft, articles: Mapping[str, Article]) -> None:
    """Swap in regenerated questions; questions students already answered are retired, not deleted."""
    current = lesson.current_questions().annotate(answer_count=Count("answers"))
    answered = [q.pk for q in current if q.answer_count]
    Question.objects.filter(pk__in=answered).update(retired_at=timezone.now())
    current.exclude(pk__in=answered).delete()
    _add_questions(lesson, draft.questions, articles)


def lesson_to_draft(lesson: Lesson) -> LessonDraft:
    """The saved lesson in the generator's terms, for `export_lessons`."""
    questions = lesson.current_questions().prefetch_related("choices", "evidence__article")
    return LessonDraft(
        title=lesson.title,
        kind=lesson.kind,
        articles=tuple(article_name(a) for a in lesson.articles.order_by("id")),
        questions=tuple(
            QuestionDraft(
                skill=q.skill,
                kind=q.kind,
                stem=q.stem,
                choices=tuple(ChoiceDraft(text=c.text, correct=c.is_correct) for c in q.choices.all()),
                explanation=q.explanation,
                evidence=tuple(
                    EvidenceSpan(article=article_name(e.article), start=e.start, end=e.end, text=e.text)
                    for e in q.evidence.all()
                ),
            )
            for q in questions
        ),
    )


def analyze_stored(article: Article):
    """The engine's analysis of a stored article, under the title the site shows for it."""
    return dataclasses.replace(analyze_article(article.raw_text), title=article.title)


def draft_article_lesson(article: Article) -> LessonDraft:
    return build_article_lesson(article_name(article), analyze_stored(article))


def draft_comparison_lesson(articles: list[Article]) -> LessonDraft:
    analyses = {article_name(a): analyze_stored(a) for a in articles}
    outlets = {article_name(a): a.outlet for a in articles if a.outlet}
    return build_comparison_lesson(analyses, find_conflicts(analyses), outlets)


@transaction.atomic
def build_seed_lessons(seed_articles: list[Article]) -> list[Lesson]:
    """One published lesson per seed article and a comparison lesson over the set; built once."""
    created = []
    for article in seed_articles:
        if not Lesson.objects.filter(kind=Lesson.Kind.ARTICLE, owner=None, articles=article).exists():
            draft = draft_article_lesson(article)
            created.append(_save_seed_lesson(draft, {article_name(article): article}))
    if len(seed_articles) > 1 and not _has_seed_comparison(seed_articles):
        draft = draft_comparison_lesson(seed_articles)
        created.append(_save_seed_lesson(draft, {article_name(a): a for a in seed_articles}))
    return created


def _save_seed_lesson(draft: LessonDraft, articles: Mapping[str, Article]) -> Lesson:
    return save_lesson(draft, articles, shared=True, status=Lesson.Status.PUBLISHED)


def _has_seed_comparison(seed_articles: list[Article]) -> bool:
    wanted = {a.pk for a in seed_articles}
    comparisons = Lesson.objects.filter(kind=Lesson.Kind.COMPARISON, owner=None).prefetch_related("articles")
    return any({a.pk for a in lesson.articles.all()} == wanted for lesson in comparisons)

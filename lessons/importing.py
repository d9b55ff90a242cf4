"""Loading a lessons JSON document (the build/export format) into the database."""
from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from accounts.models import User
from analysis.questions import lesson_from_dict

from .building import save_lesson
from .models import Article, Lesson


class LessonImportError(ValueError):
    pass


def _article_named(name: str) -> Article:
    article = Article.objects.filter(Q(seed_file=name) | Q(slug=name)).first()
    if article is None:
        raise LessonImportError(
            f"the lesson uses article {name!r}, which this site does not have; import the article first"
        )
    return article


def _check_evidence(draft, articles: dict[str, Article]) -> None:
    for question in draft.questions:
        for span in question.evidence:
            body = articles[span.article].body
            if not (0 <= span.start <= span.end <= len(body)) or body[span.start : span.end] != span.text:
                raise LessonImportError(
                    f"evidence {span.text[:40]!r} does not match article {span.article!r} at "
                    f"{span.start}–{span.end}; was the article's text changed?"
                )


@transaction.atomic
def import_lessons(document: dict, owner_username: str | None = None, publish: bool = False) -> list[Lesson]:
    if not isinstance(document, dict) or not isinstance(document.get("lessons"), list):
        raise LessonImportError('expected a JSON object with a "lessons" list')
    owner = None
    if owner_username:
        owner = User.objects.filter(username=owner_username, role=User.Role.TEACHER).first()
        if owner is None:
            raise LessonImportError(f"no teacher named {owner_username!r}")
    lessons = []
    for index, data in enumerate(document["lessons"], start=1):
        try:
            draft = lesson_from_dict(data)
        except ValueError as error:
            raise LessonImportError(f"lesson {index}: {error}") from None
        articles = {name: _article_named(name) for name in draft.articles}
        for question in draft.questions:
            for span in question.evidence:
                articles.setdefault(span.article, _article_named(span.article))
        _check_evidence(draft, articles)
        status = Lesson.Status.PUBLISHED if publish else Lesson.Status.DRAFT
        lessons.append(save_lesson(draft, articles, owner=owner, shared=owner is None, status=status))
    return lessons

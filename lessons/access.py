"""Who may see and change which articles and lessons.

A teacher's own articles and lessons are theirs to edit. Shared ones (a teacher's switch) and the
site's seed ones (no owner) every teacher may view, assign and copy, but not edit.
"""
from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import Article, Lesson


def _visible(owner_field: str, teacher) -> Q:
    return Q(**{owner_field: teacher}) | Q(**{f"{owner_field}__isnull": True}) | Q(shared=True)


def visible_articles(teacher) -> QuerySet[Article]:
    return Article.objects.filter(_visible("owner", teacher))


def visible_lessons(teacher) -> QuerySet[Lesson]:
    return Lesson.objects.filter(_visible("owner", teacher))


def can_edit(teacher, item: Article | Lesson) -> bool:
    return item.owner_id is not None and item.owner_id == teacher.pk

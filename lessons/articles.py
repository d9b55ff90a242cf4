"""Turning article text into Article rows: titles, slugs, the seed loader."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from analysis.clean import clean_article

from .models import Article, content_hash

TITLE_WORDS = 12


def title_from_body(body: str) -> str:
    """A title for an article whose text has no headline: its opening words."""
    words = body.split()
    title = " ".join(words[:TITLE_WORDS])
    return title + "…" if len(words) > TITLE_WORDS else title or "Untitled article"


def unique_slug(title: str, model=Article) -> str:
    """A slug from the title that no row of `model` (Article or Lesson) has yet."""
    base = slugify(title)[:100].strip("-") or model._meta.model_name
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@dataclass
class SeedLoadResult:
    created: list[Article]
    existing: list[Article]


@transaction.atomic
def load_seed_articles(seed_dir: Path) -> SeedLoadResult:
    """Import every seeds/*.txt once; a file already loaded is left as it is."""
    result = SeedLoadResult(created=[], existing=[])
    for path in sorted(seed_dir.glob("*.txt")):
        article = Article.objects.filter(seed_file=path.name).first()
        if article:
            result.existing.append(article)
            continue
        raw = path.read_text(encoding="utf-8")
        clean = clean_article(raw)
        title = clean.title or title_from_body(clean.body)
        article = Article.objects.create(
            title=title,
            slug=unique_slug(title),
            outlet=clean.outlet or "",
            raw_text=raw,
            body=clean.body,
            body_hash=content_hash(clean.body),
            seed_file=path.name,
            shared=True,
        )
        result.created.append(article)
    return result

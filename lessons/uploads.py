"""A teacher's own article: pasted or uploaded text read safely, analyzed, stored, and its lesson drafted."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from django.db import transaction

from analysis import analyze_article
from analysis.files import MAX_ARTICLE_BYTES, ArticleInputError, decode_article

from .access import visible_articles
from .articles import title_from_body, unique_slug
from .corrections import create_lesson, store_analysis
from .models import Article, Lesson, content_hash

FILE_SUFFIXES = (".txt", ".html", ".htm", ".md")
# Slugs the URLs use for pages of their own (articles/new/, articles/compare/).
RESERVED_SLUGS = frozenset({"new", "compare"})

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_LINE_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")


@dataclass(frozen=True)
class ArticleText:
    raw: str  # stored as Article.raw_text: what the teacher gave, decoded
    readable: str  # what the engine reads (Markdown's marks taken out)
    note: str | None = None  # e.g. the text was read as Windows-1252


class DuplicateArticle(Exception):
    def __init__(self, article: Article):
        super().__init__(article.title)
        self.article = article


def markdown_to_text(text: str) -> str:
    """Markdown's marks taken out, so '# Headline' and '**bold**' read as plain text."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_PREFIX.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _size(byte_count: int) -> str:
    return f"{byte_count / 1024 / 1024:.2f} MB"  # 1.05 MB, not a puzzling "1.0 MB"


def text_from_paste(text: str) -> ArticleText:
    if not text.strip():
        raise ArticleInputError("The article text is empty: paste the article, or choose a file.")
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleInputError(f"The text is {_size(size)}; an article can be at most 1 MB.")
    return ArticleText(raw=text, readable=text)


def text_from_upload(upload) -> ArticleText:
    """An uploaded file's text; read no more than 1 MB + 1 byte of it, whatever its size."""
    name = PurePath(upload.name or "").name or "The file"
    if not name.lower().endswith(FILE_SUFFIXES):
        raise ArticleInputError(f"{name} is not a .txt, .html or .md file; Byline reads only those.")
    if upload.size is not None and upload.size > MAX_ARTICLE_BYTES:
        raise ArticleInputError(f"{name} is {_size(upload.size)}; an article can be at most 1 MB.")
    try:
        text, note = decode_article(upload.read(MAX_ARTICLE_BYTES + 1))
    except ArticleInputError as error:
        raise ArticleInputError(f"{name} {error}.") from None
    readable = markdown_to_text(text) if name.lower().endswith(".md") else text
    return ArticleText(raw=text, readable=readable, note=note)


def existing_copy(teacher, body: str) -> Article | None:
    """An article with the same text that this teacher can already see (theirs, shared or a seed)."""
    return visible_articles(teacher).filter(body_hash=content_hash(body)).order_by("id").first()


@dataclass
class ImportResult:
    article: Article
    lesson: Lesson
    notes: list[str]  # what the teacher should know: how the file was read, what the lesson lacks


@transaction.atomic
def import_article(
    teacher,
    text: ArticleText,
    *,
    title: str = "",
    outlet: str = "",
    source_url: str = "",
    published_on: date | None = None,
) -> ImportResult:
    """Store the article with its analysis and draft its lesson; raises ArticleInputError when no
    story text is left after cleaning and DuplicateArticle when the teacher can already see it."""
    analysis = analyze_article(text.readable)
    if not analysis.body.strip():
        raise ArticleInputError(
            "No article text is left once the markup is taken out: paste the story itself."
        )
    duplicate = existing_copy(teacher, analysis.body)
    if duplicate:
        raise DuplicateArticle(duplicate)
    title = title.strip() or analysis.title or title_from_body(analysis.body)
    slug = unique_slug(title)
    if slug in RESERVED_SLUGS:
        slug = unique_slug(f"{title} article")
    article = Article.objects.create(
        title=title[:300],
        slug=slug,
        outlet=(outlet.strip() or analysis.outlet or "")[:200],
        source_url=source_url,
        published_on=published_on,
        raw_text=text.raw,
        body=analysis.body,
        body_hash=content_hash(analysis.body),
        owner=teacher,
    )
    store_analysis(article, analysis)
    lesson, draft = create_lesson(Lesson.Kind.ARTICLE, [article], owner=teacher)
    notes = ([text.note] if text.note else []) + list(draft.notes)
    return ImportResult(article, lesson, notes)

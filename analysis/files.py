"""Reading article files and uploads: clear refusals for empty, binary, huge or undecodable input."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .analyze import analyze_article

MAX_ARTICLE_BYTES = 1024 * 1024


class ArticleInputError(ValueError):
    """The input is not an article we can read; the message says why, for a person."""


def decode_article(data: bytes) -> tuple[str, str | None]:
    """Bytes to text. Returns (text, note); the note says when the text was not UTF-8."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleInputError(
            f"is {len(data) / 1024 / 1024:.1f} MB; articles can be at most 1 MB"
        )
    if b"\x00" in data[:8192]:
        raise ArticleInputError("looks like a binary file, not text (save the article as .txt or .html)")
    note = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            # Word and old Windows editors save cp1252: curly quotes and dashes in the 0x80–0x9f range.
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleInputError(
                "is not UTF-8 text and could not be read as Windows-1252 either"
            ) from None
        note = "The file was not UTF-8, so it was read as Windows-1252 (cp1252)."
    if not text.strip():
        raise ArticleInputError("is empty")
    if _mostly_control_characters(text):
        raise ArticleInputError("looks like a binary file, not text (save the article as .txt or .html)")
    return text, note


def _mostly_control_characters(text: str) -> bool:
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control > len(sample) * 0.05


def read_article_file(path: str | Path) -> tuple[str, str | None]:
    """Read an article file; raises ArticleInputError with a message that names the problem."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleInputError("does not exist") from None
    except IsADirectoryError:
        raise ArticleInputError("is a folder, not a file") from None
    except OSError as error:
        raise ArticleInputError(f"could not be read ({error.strerror})") from None
    return decode_article(data)


def analyze_files(paths: Sequence[str], report: Callable[[str], None]) -> tuple[dict, bool]:
    """Analyze each readable file, keyed by its name; `report` gets one line per file problem or
    note. Returns the analyses and whether any file could not be read."""
    analyses, failed = {}, False
    for path in paths:
        # Same-named files from different folders keep their paths apart.
        name = Path(path).name if Path(path).name not in analyses else str(path)
        try:
            text, note = read_article_file(path)
        except ArticleInputError as error:
            report(f"{path}: {error}")
            failed = True
            continue
        if note:
            report(f"{path}: {note}")
        analyses[name] = analyze_article(text)
    return analyses, failed

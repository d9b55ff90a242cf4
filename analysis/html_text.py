"""Turn an HTML page into a headline, an outlet and the story's paragraphs. Standard library only.

The tokenizer is hand-written rather than html.parser: html.parser goes quadratic on some malformed
input ("<!--" repeated, a page of "<"), and this one moves strictly forward, so any input is linear.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|/?(?:html|head|body|p|div|article|section|main|span|br|h[1-6]|title|meta"
    r"|script|style|a|ul|ol|li|table|blockquote|header|footer|nav)\b[^<>]{0,2000}>)",
    re.IGNORECASE,
)
# A tag, or the start of other markup: a stray "<" that fits neither is read as text.
_TOKEN = re.compile(
    r"<(?P<closing>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attributes>[^<>]*)>|<!--|<[!?/]")
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_RAW_TEXT_TAGS = frozenset({"script", "style", "title", "textarea", "xmp", "noframes"})
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                        "param", "source", "track", "wbr"})
_SKIPPED_TAGS = frozenset({"script", "style", "iframe", "nav", "header", "footer", "aside", "form",
                           "figure", "figcaption", "noscript", "svg", "template", "button", "select",
                           "textarea", "object", "video", "audio", "canvas", "math", "dialog", "menu"})
# Text from these is story text; text elsewhere is used only when a page has none of them.
_CONTENT_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd"})
_BLOCK_TAGS = _CONTENT_TAGS | _SKIPPED_TAGS | frozenset({
    "h1", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "table", "tr", "td", "th",
    "br", "hr", "body", "html", "center", "address", "details", "summary", "caption", "tbody",
    "thead", "tfoot"})
# class/id words that mark page furniture around a story.
_FURNITURE_ATTRIBUTE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
    "related", "share", "sharing", "social", "newsletter", "cookie", "cookies", "consent",
    "comment", "comments", "advert", "advertisement", "ad", "ads", "promo", "subscribe",
    "subscription", "caption", "credit", "masthead", "popup", "modal", "outbrain", "taboola"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                              "dialog", "alertdialog", "menu", "menubar"})
# Containers whose class words must not hide a whole page ("has-comments" on <body>).
_NEVER_SKIPPED_BY_ATTRIBUTE = frozenset({"html", "body", "article", "main"})
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
_LINK_HEAVY_SHARE = 0.8
_ATTRIBUTES_MAX_CHARS = 4000
_TITLE_MIN_WORDS = 3


@dataclass
class HtmlPage:
    title: str | None = None
    outlet: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    # Text of skipped regions (footer, aside…), kept only so an outlet credit there can be read.
    furniture: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than plain text."""
    head = text[:5000].lower()
    if "<!doctype html" in head or "<html" in head:
        return True
    hits = 0
    for _ in _HTML_HINT.finditer(text):
        hits += 1
        if hits >= 2:
            return True
    return False


def extract_html(text: str) -> HtmlPage:
    """Headline, outlet and story paragraphs of an HTML page."""
    reader = _PageReader()
    reader.read(text)
    return reader.page()


@dataclass(slots=True)
class _Block:
    text: str
    tag: str
    article: int | None
    link_share: float


@dataclass(slots=True)
class _Open:
    tag: str
    skipped: bool
    content: bool


def _attributes(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(raw[:_ATTRIBUTES_MAX_CHARS]):
        name = match.group(1).lower()
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(name, html.unescape(value))
    return found


def _is_furniture_element(tag: str, attributes: dict[str, str]) -> bool:
    """An element whose attributes mark it as furniture: hidden, a navigation role, class="share"…"""
    if tag in _NEVER_SKIPPED_BY_ATTRIBUTE:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    if attributes.get("role", "").lower() in _FURNITURE_ROLES:
        return True
    if "display:none" in attributes.get("style", "").replace(" ", "").lower():
        return True
    words = re.split(r"[^a-z0-9]+", f"{attributes.get('class', '')} {attributes.get('id', '')}".lower())
    return not _FURNITURE_ATTRIBUTE_WORDS.isdisjoint(words)


def _squash(text: str) -> str:
    return " ".join(text.split())


class _PageReader:
    """Walks the tokens once, keeping a stack of open elements to know what each text run is inside."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        # Counts and the content-tag stack are kept alongside the stack so no step scans it (linear time).
        self.open_counts: dict[str, int] = {}
        self.content_tags: list[str] = []
        self.skip_depth = 0
        self.link_depth = 0
        self.article_depth = 0
        self.article_count = 0
        self.current_article: int | None = None
        self.h1_depth = 0
        self.h1_text: list[str] = []
        self.h1s: list[tuple[str, int | None]] = []
        self.pieces: list[str] = []
        self.linked_chars = 0
        self.blocks: list[_Block] = []
        self.furniture_pieces: list[str] = []
        self.furniture: list[str] = []
        self.meta: dict[str, str] = {}
        self.title_tag: str | None = None
        self.ld_publisher: str | None = None
        self.ld_headline: str | None = None

    # ---------------------------------------------------------------- tokenizing

    def read(self, text: str) -> None:
        position = 0
        while True:
            token = _TOKEN.search(text, position)
            if token is None:
                self.data(text[position:])
                break
            if token.start() > position:
                self.data(text[position:token.start()])
            if token.group("name"):
                position = self._read_tag(text, token)
            else:
                position = self._read_other_markup(text, token.start())
        self.flush()

    def _read_tag(self, text: str, token: re.Match[str]) -> int:
        """Handle a start or end tag; return where reading continues."""
        tag = token.group("name").lower()
        if token.group("closing"):
            self.end(tag)
            return token.end()
        raw_attributes = token.group("attributes")
        self_closing = raw_attributes.endswith("/")
        self.start(tag, _attributes(raw_attributes) if raw_attributes.strip() else {})
        if self_closing or tag in _VOID_TAGS:
            self.end(tag)
        elif tag in _RAW_TEXT_TAGS:
            return self._read_raw_text(text, token.end(), tag, raw_attributes)
        return token.end()

    def _read_other_markup(self, text: str, start: int) -> int:
        """A comment, a declaration (<!doctype>, <?xml?>), or a stray "<" kept as text."""
        if text.startswith("<!--", start):
            end = text.find("-->", start + 4)
            return len(text) if end < 0 else end + 3
        declaration = _DECLARATION.match(text, start)
        if declaration is not None:
            return declaration.end()
        self.data("<")
        return start + 1

    def _read_raw_text(self, text: str, start: int, tag: str, raw_attributes: str) -> int:
        closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(text, start)
        content_end = closing.start() if closing else len(text)
        content = text[start:content_end]
        if tag == "title" and self.title_tag is None:
            self.title_tag = _squash(html.unescape(content))
        elif tag == "script" and "ld+json" in raw_attributes.lower():
            self._read_linked_data(content)
        self.end(tag)
        return closing.end() if closing else len(text)

    # ---------------------------------------------------------------- elements

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "meta":
            self._read_meta(attributes)
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag in ("p", "li") and self.stack and self.stack[-1].tag == tag:
            self.end(tag)  # an unclosed <p> or <li> ends where the next one starts
        skipped = tag in _SKIPPED_TAGS or (bool(attributes) and _is_furniture_element(tag, attributes))
        content = tag in _CONTENT_TAGS or tag == "h1"
        self.stack.append(_Open(tag, skipped, content))
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if content:
            self.content_tags.append(tag)
        self.skip_depth += skipped
        self.link_depth += tag == "a"
        self.h1_depth += tag == "h1"
        if tag == "article":
            if self.article_depth == 0:
                self.article_count += 1
                self.current_article = self.article_count
            self.article_depth += 1

    def end(self, tag: str) -> None:
        if not self.open_counts.get(tag):
            return  # a stray closing tag
        if tag in _BLOCK_TAGS:
            self.flush()
        while self.stack:
            element = self.stack.pop()
            self.open_counts[element.tag] -= 1
            if element.content:
                self.content_tags.pop()
            self.skip_depth -= element.skipped
            self.link_depth -= element.tag == "a"
            if element.tag == "h1":
                self.h1_depth -= 1
                self._finish_h1()
            if element.tag == "article":
                self.article_depth -= 1
                if self.article_depth == 0:
                    self.current_article = None
            if element.tag == tag:
                return

    def data(self, text: str) -> None:
        if "&" in text:
            text = html.unescape(text)
        if self.h1_depth:
            self.h1_text.append(text)
        if self.skip_depth:
            self.furniture_pieces.append(text)
        else:
            self.pieces.append(text)
            if self.link_depth:
                self.linked_chars += len(text.strip())

    def flush(self) -> None:
        """Close the current run of text as one block."""
        if self.furniture_pieces:
            furniture = _squash("".join(self.furniture_pieces))
            if furniture:
                self.furniture.append(furniture)
            self.furniture_pieces = []
        if not self.pieces:
            return
        text = _squash("".join(self.pieces))
        linked, self.linked_chars = self.linked_chars, 0
        self.pieces = []
        if text:
            tag = self.content_tags[-1] if self.content_tags else ""
            self.blocks.append(_Block(text, tag, self.current_article, linked / len(text)))

    def _finish_h1(self) -> None:
        text = _squash("".join(self.h1_text))
        self.h1_text = []
        if text:
            self.h1s.append((text, self.current_article))

    # ---------------------------------------------------------------- metadata

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        content = _squash(attributes.get("content", ""))
        if key and content:
            self.meta.setdefault(key, content)

    def _read_linked_data(self, content: str) -> None:
        try:
            data = json.loads(content)
        except (ValueError, RecursionError):
            return
        items = data if isinstance(data, list) else [data]
        for item in list(items):
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items.extend(item["@graph"])
        for item in items:
            if not isinstance(item, dict):
                continue
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                publisher = publisher.get("name")
            if isinstance(publisher, str) and publisher.strip() and self.ld_publisher is None:
                self.ld_publisher = _squash(publisher)
            headline = item.get("headline")
            if isinstance(headline, str) and headline.strip() and self.ld_headline is None:
                self.ld_headline = _squash(html.unescape(headline))

    # ---------------------------------------------------------------- result

    def page(self) -> HtmlPage:
        site_name = self._site_name()
        title, suffix = self._title(site_name)
        return HtmlPage(title=title, outlet=site_name or suffix,
                        paragraphs=self._story_paragraphs(), furniture=self.furniture)

    def _site_name(self) -> str | None:
        for key in ("og:site_name", "application-name", "publisher", "article:publisher"):
            value = self.meta.get(key)
            if value and not re.match(r"(?i)https?:|www\.", value):
                return value
        return self.ld_publisher

    def _title(self, site_name: str | None) -> tuple[str | None, str | None]:
        """The headline, and a " | Site Name" suffix when one was cut off a title."""
        in_article = [text for text, article in self.h1s if article is not None]
        if in_article:
            return in_article[0], _split_title(self.title_tag or "", site_name)[1]
        for candidate in (self.meta.get("og:title"), self.ld_headline, self.meta.get("twitter:title"),
                          self.title_tag):
            if candidate:
                title, suffix = _split_title(candidate, site_name)
                if title:
                    return title, suffix or _split_title(self.title_tag or "", site_name)[1]
        if self.h1s:
            return self.h1s[0][0], None
        return None, None

    def _story_paragraphs(self) -> list[str]:
        blocks = [b for b in self.blocks if b.tag != "h1" and b.link_share < _LINK_HEAVY_SHARE]
        article = _main_article(blocks)
        if article is not None:
            blocks = [b for b in blocks if b.article == article]
        content = [b for b in blocks if b.tag]
        return [b.text for b in (content or blocks)]


def _main_article(blocks: list[_Block]) -> int | None:
    """The <article> holding most of the page's text, when one holds a real share of it."""
    sizes: dict[int, int] = {}
    for block in blocks:
        if block.article is not None:
            sizes[block.article] = sizes.get(block.article, 0) + len(block.text)
    if not sizes:
        return None
    best = max(sizes, key=sizes.__getitem__)
    total = sum(len(block.text) for block in blocks)
    return best if sizes[best] * 3 >= total else None


def _split_title(title: str, site_name: str | None) -> tuple[str | None, str | None]:
    """Cut a trailing " | Site Name" off a <title>: (headline, site name or None)."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return (title or None), None
    suffix = parts[-1].strip()
    headline = title[: title.rfind(suffix)].rstrip(" |-–—:·•")
    if site_name and suffix.casefold() == site_name.casefold():
        return headline, suffix
    short_suffix = len(suffix.split()) <= 5 and len(suffix) <= 40
    if short_suffix and len(headline.split()) >= _TITLE_MIN_WORDS:
        return headline, suffix
    return title, None

"""General rules that tell page furniture from story text, paragraph by paragraph.

Each rule describes a kind of boilerplate (navigation words, calls to action, captions and credits,
bylines, copyright lines, template tokens), never a particular site's strings. A paragraph that reads
as a real sentence of the story is never taken for navigation furniture.
"""
from __future__ import annotations

import re

STORY_MIN_WORDS = 12
# A paragraph this long is story text even when it has lost its final full stop.
LONG_PARAGRAPH_WORDS = 25
_SHORT_WORDS = 15
_ALL_FURNITURE_MAX_WORDS = 40
_MENU_ITEM_MAX_WORDS = 4
_MENU_MIN_ITEMS = 3
_LABEL_MAX_WORDS = 6
# No furniture paragraph is longer than this; the cap keeps the rules cheap on huge "words".
_FURNITURE_MAX_CHARS = 600

_TEMPLATE_TOKEN = re.compile(
    r"\[caption\b[^\[\]\n]{0,300}\].{0,1000}?\[/caption\]"  # a WordPress caption and its text
    r"|\{\{[^{}\n]{0,80}\}\}"  # {{ad}}
    r"|\{%[^{}\n]{0,80}%\}"  # {% include ad %}
    r"|\{/?[A-Za-z_][\w:.-]{0,40}\}"  # {mosads}, {/mosads}
    r"|\[\[[^\[\]\n]{0,80}\]\]"  # [[ad]]
    r"|\[/?(?:embed|video|audio|gallery|ad|ads|advert|advertisement|tweet|instagram|youtube|related"
    r"|pullquote|button|newsletter|playlist|iframe|ad_unit|caption)\b[^\[\]\n]{0,300}\]",  # shortcodes
    re.IGNORECASE,
)
_SPACES = re.compile(r"[^\S\n]+")

# Words and phrases of page furniture: navigation, sharing, comments, sign-ups, ads, time stamps.
_UI_PHRASES = (
    "see all", "see more", "load more", "show more", "read more", "read next", "read full story",
    "continue reading", "keep reading", "story continues below", "most popular", "most read",
    "most viewed", "most shared", "trending", "trending now", "related", "related stories",
    "recommended", "you may also like", "you might also like", "more from", "more stories",
    "top stories", "latest news", "latest", "up next", "what to read next", "don't miss",
    "editor's picks", "popular", "share", "shares", "share this", "tweet", "email", "e-mail", "print",
    "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "copy link", "subscribe",
    "subscribers", "subscription", "sign up", "sign in", "log in", "login", "log out", "register",
    "newsletter", "newsletters", "inbox", "follow us", "follow", "like us", "comment", "comments",
    "reply", "replies", "leave a reply", "comments are closed", "leave a comment",
    "be the first to comment",
    "join the conversation", "join the discussion", "show comments", "view comments",
    "post a comment", "email address will not be published", "required fields are marked",
    "save my name", "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "promoted", "paid content", "partner content", "click here", "tap here", "skip to content",
    "skip to main content", "menu", "search", "home", "back to top", "close", "toggle navigation",
    "vip", "member", "members", "membership", "premium", "video", "videos", "watch", "listen",
    "podcast", "photo", "photos", "image", "images", "gallery", "slideshow", "caption", "cookie",
    "cookies", "accept", "privacy policy", "terms of use", "terms of service", "contact us",
    "about us", "all rights reserved", "min read", "minute read", "updated", "published", "posted",
    "enable javascript", "loading", "next", "previous", "prev", "topics", "tags", "link", "links",
    "copy this link", "external link", "external links", "new window",
)
_UI_PHRASE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(_UI_PHRASES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# Phrases that head a list of links to other stories.
_LIST_HEADING = re.compile(
    r"(?<![\w-])(?:related|most popular|most read|most viewed|most shared|trending|recommended|"
    r"you may also like|you might also like|more from|top stories|latest news|read next|"
    r"what to read next|up next|editor's picks|see also|also read|popular|"
    r"more (?:\w+ ){0,2}(?:news|stories|articles|coverage|videos?)|more on this (?:story|topic))(?![\w-])",
    re.IGNORECASE,
)
_FILLER_WORDS = frozenset(
    "a an the to of for on in at by with and or as be is are it its from this that these all our "
    "your you us we me my more now here today free first new up out off via not will get now "
    "story stories article articles post page site below above".split()
)
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m edt est cdt cst mdt "
    "mst pdt pst et pt gmt utc bst cet cest ist ago hour hours minute minutes min mins day days "
    "week weeks month months year years last modified updated published posted".split()
)
_WORD = re.compile(r"[^\W_][\w.'’&-]*")
# A sentence ending inside a paragraph: "…a word. Next" (not "a.m. ET" or "U.S. Senate").
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"'”’)]*\s+[\"“‘]?[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_ABBREVIATION_BEFORE_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Co|Corp|Ltd|No))\.$")

_LABEL_LINE = re.compile(
    r"^(?:read more|read next|read also|also read|related(?: stories| articles| coverage| content"
    r"| links?| reading)?|see also|more|more coverage|more from [^:\n]{1,40}|watch|listen|video|"
    r"photos?|gallery|tags?|topics?|filed under|categories|posted in|sponsored|advertisement)\s*[:|»>]"
    r"|^click here\b",
    re.IGNORECASE,
)
# Imperatives that only ever open a prompt to the reader…
_CALL_TO_ACTION = re.compile(
    r"^(?:sign up|subscribe|click here|tap here|follow us|follow @|like us on|"
    r"download (?:our|the)(?: \S+){0,2} app|become a (?:member|subscriber|patron)|"
    r"to (?:continue reading|read more|keep reading))\b",
    re.IGNORECASE,
)
# …and openers that are a prompt only when they address the reader ("Join our…", "Get your…").
_READER_PROMPT = re.compile(
    r"^(?:get (?:our|the latest|breaking)|join (?:us|our|the conversation|the discussion)|don'?t miss|"
    r"support (?:our|independent|quality)|want more|enjoy(?:ed)? (?:this|reading)|never miss|"
    r"stay (?:informed|up to date|in the know))\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b", re.IGNORECASE)
_READER_ADDRESS = re.compile(r"\b(?:our|your|you|us|here|today|now|free|newsletter|inbox)\b", re.IGNORECASE)
_COOKIE_NOTICE = re.compile(
    r"\b(?:we use cookies|use of cookies|uses cookies|accept (?:all )?cookies|"
    r"cookie (?:policy|settings|preferences|notice|consent))\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b", re.IGNORECASE)
_PUBLICATION_NOTE = re.compile(
    r"^(?:a version of this (?:article|story)|this (?:article|story|report) (?:has been|was) "
    r"(?:updated|corrected|amended|originally|first)|this (?:article|story) (?:originally |first )?"
    r"appeared|(?:originally|first) published)\b",
    re.IGNORECASE,
)
_CONTRIBUTION = re.compile(r"\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\W*$",
                           re.IGNORECASE)
_REDISTRIBUTION = re.compile(
    r"\bmay not be (?:published|reproduced|republished|redistributed|copied)\b", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional )?reporting|writing|editing|compiled|produced|written|posted|"
    r"photos?|graphics?|research|contributing)(?: and \w+)? by\b"
    r"|^reporting from\b(?!.*[.!?]$)",  # "Reporting from Washington"
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^by\s+(?=[A-Z])", re.IGNORECASE)
_BYLINE_CONNECTIVES = frozenset("and of the to for at in de del da van von der la le el al bin".split())
_JOB_TITLE_WORDS = frozenset(
    "writer reporter correspondent editor contributor columnist staff producer intern analyst critic "
    "special senior chief bureau desk team photographer journalist".split()
)
# Each alternative starts at a word boundary, so a search stays linear on one huge "word".
_CONTACT = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w/])https?://\S+|(?<![\w.])www\.\S+|(?<!\w)@\w{2,}")
_CONTACT_WORDS = re.compile(
    r"\b(?:contact|email|e-mail|follow|reach|send|tips?|twitter|write)\b", re.IGNORECASE)
_ONLY_LINKS = re.compile(
    r"^(?:(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+)[\s,;|]*)+$", re.IGNORECASE)
# Headers that open a comment section: everything after one is readers' comments or the form.
_COMMENT_SECTION = re.compile(
    r"^(?:\d+\s+(?:comments?|thoughts? on|responses? to|replies)\b"
    r"|(?:leave|post|add|write) a (?:reply|comment)\b)",
    re.IGNORECASE,
)
_COMMENT_SECTION_MAX_WORDS = 30

# Photo captions: a paragraph that ends in a credit after its last sentence, or a bare credit line.
_NAMES = r"[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,3}"
_AFTER_SENTENCE = r"(?:[.!?\"”’)]\s+)"
_AGENCY = r"(?i:(?:afp via )?getty images|getty|shutterstock|alamy|istock(?:photo)?|reuters|ap photo)"
_CREDIT_AT_END = re.compile(
    r"(?:"
    r"(?i:\b(?:photo|photograph|image|picture|illustration|credit|footage)s?(?: by| credit)?"
    r"\s*[:|]\s*[^.!?:]{1,60})"  # Photo: AP
    r"|(?i:\b(?:photo|image|picture)s?\s+(?:by|courtesy(?: of)?)\s+)[A-Z][^.!?]{1,60}"  # Photo by …
    rf"|{_AFTER_SENTENCE}{_NAMES}\s?/\s?[A-Z][\w'’.&-]*(?:\s(?:[A-Z][\w'’.&-]*|via|for|of|the)){{0,4}}\.?"
    r"|(?i:\([^()]{0,60}\b(?:photos?|photograph|images?|credit|courtesy|reuters|ap|afp|epa|getty)"
    r"\b[^()]{0,60}\))"  # (AP Photo/Jane Doe), (Reuters)
    rf"|{_AFTER_SENTENCE}{_AGENCY}\.?"
    r")\s*$"
)
# A credit standing alone: "Tom Cooper/Getty", "AP Photo/Jane Doe", "Getty Images", "Photo: AP".
_BARE_CREDIT = re.compile(
    rf"^(?:{_NAMES}\s?/\s?[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*)?|{_AGENCY})\.?$"
    r"|^(?i:(?:photo|photograph|image|picture|credit)s?(?:\s+by\b|\s+credit\b|\s*:))\s*[A-Z]"
)
_BARE_CREDIT_MAX_WORDS = 6
_CAPTION_START = re.compile(
    r"^(?:(?:image|media|video) (?:caption|copyright|source)|photo (?:caption|credit))\b"
    r"|^(?:caption|pictured|file photo|photo)\s*:",  # "Pictured in court…" is a sentence
    re.IGNORECASE,
)
_CAPTION_MAX_WORDS = 80


def strip_template_tokens(paragraph: str) -> str:
    """Remove template tokens ({mosads}, [[ad]], {{ad}}, shortcodes) and keep the rest of the text."""
    if "{" not in paragraph and "[" not in paragraph:
        return paragraph
    return _SPACES.sub(" ", _TEMPLATE_TOKEN.sub("", paragraph)).strip()


def word_count(paragraph: str) -> int:
    return len(paragraph.split())


def ends_sentence(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph[-8:]))


def is_story_text(paragraph: str) -> bool:
    """A real sentence of the story: long enough and punctuated like prose."""
    words = word_count(paragraph)
    if words >= LONG_PARAGRAPH_WORDS:
        return True
    if words < STORY_MIN_WORDS:
        return False
    return ends_sentence(paragraph) or bool(_INNER_SENTENCE_END.search(paragraph))


def _content_words(paragraph: str) -> list[str]:
    """Words left once furniture phrases, filler words, numbers and time stamps are taken out."""
    rest = _UI_PHRASE.sub(" ", paragraph.replace("’", "'")).lower()
    return [word.rstrip(".") for word in _WORD.findall(rest)
            if word.rstrip(".") not in _FILLER_WORDS and word.rstrip(".") not in _DATE_WORDS
            and not word[0].isdigit()]


def is_navigation(paragraph: str, in_tail: bool = False) -> bool:
    """Short furniture made of UI words ("Most Popular", "See all Video", "Be the first to comment").

    After the story ends (in_tail) a few more leftover words are tolerated ("Subscribe to Daily Planet");
    a punctuated sentence must be furniture through and through ("A spokesman declined to comment." stays,
    "Your email address will not be published. Required fields are marked *" goes).
    """
    words = word_count(paragraph)
    if words > _ALL_FURNITURE_MAX_WORDS:
        return False
    if not _UI_PHRASE.search(paragraph.replace("’", "'")):
        return _is_time_stamp(paragraph) and not _content_words(paragraph)
    content = _content_words(paragraph)
    if not content:
        return True  # nothing but furniture words, however punctuated
    if words > _SHORT_WORDS or is_story_text(paragraph) or ends_sentence(paragraph):
        return False
    return len(content) <= (3 if in_tail else 1)


def _is_time_stamp(paragraph: str) -> bool:
    words = [word.rstrip(".,").lower() for word in _WORD.findall(paragraph)]
    return bool(words) and any(word in _DATE_WORDS for word in words)


def is_list_heading(paragraph: str) -> bool:
    """Furniture that heads a list of links to other stories ("Most Popular", "RELATED:")."""
    if word_count(paragraph) > 6 or len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    if not _LIST_HEADING.search(paragraph) or ends_sentence(paragraph):
        return False
    # "More Health News", "Most Popular", "RELATED:": at most one other word beside the heading words.
    return len(_content_words(_LIST_HEADING.sub(" ", paragraph))) <= 1


def is_label_line(paragraph: str) -> bool:
    """ "Read more: …", "RELATED: …", "Click here …", "Tags: …" lines."""
    return word_count(paragraph) <= 30 and bool(_LABEL_LINE.match(paragraph))


def is_call_to_action(paragraph: str) -> bool:
    """ "Sign up for our newsletter…", "Subscribe to…", "Join the conversation…" addressed to the reader.

    Quoted or attributed words are someone's speech ("Join us," the organiser said), never a prompt.
    """
    words = word_count(paragraph)
    if words > 40 or _SPEECH.search(paragraph):
        return False
    if _CALL_TO_ACTION.match(paragraph):
        return True
    return bool(_READER_PROMPT.match(paragraph)) and bool(_READER_ADDRESS.search(paragraph) or words <= 8)


def is_publication_note(paragraph: str) -> bool:
    """A note about the article rather than the story ("This story has been updated.").

    Also "A version of this article appears in print…" and "Jane Doe contributed to this report."
    """
    return word_count(paragraph) <= 50 and bool(
        _PUBLICATION_NOTE.match(paragraph) or _CONTRIBUTION.search(paragraph[-80:]))


def is_legal_notice(paragraph: str) -> bool:
    """Copyright lines, "All rights reserved", redistribution warnings, cookie notices."""
    words = word_count(paragraph)
    if words <= 30 and (_COPYRIGHT.search(paragraph) or _REDISTRIBUTION.search(paragraph)):
        return True
    return words <= 60 and bool(_COOKIE_NOTICE.search(paragraph))


def is_byline(paragraph: str) -> bool:
    """ "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Reporting by …; Editing by …"."""
    if _CREDIT_LINE.match(paragraph):
        return word_count(paragraph) <= 40
    if not _BYLINE_START.match(paragraph) or word_count(paragraph) > 12:
        return False
    if ends_sentence(paragraph) and not _ABBREVIATION_BEFORE_END.search(paragraph):
        return False
    words = _WORD.findall(paragraph)[1:]
    if not words or words[0].lower() in _DATE_WORDS:
        return False  # "By Friday, …" starts a sentence
    lowercase = [w for w in words if w[0].islower() and w not in _BYLINE_CONNECTIVES
                 and w.lower() not in _DATE_WORDS]
    return len(lowercase) <= 2


def byline_credit(paragraph: str) -> str | None:
    """The organisation a byline credits: "By Jane Doe | Reuters", "By Jane Doe for The Guardian".

    A job title ("By Jane Doe, Staff Writer") or a place after a comma is not an organisation.
    """
    if not is_byline(paragraph) or _CREDIT_LINE.match(paragraph):
        return None
    parts = re.split(r"\s+(?:\||for)\s+", paragraph, flags=re.IGNORECASE)
    credit = parts[-1].strip(" .,")
    words = credit.split()
    if len(parts) < 2 or not credit[:1].isupper() or len(words) > 6 or re.search(r"\d", credit):
        return None
    if any(word.lower().strip(",") in _JOB_TITLE_WORDS | _DATE_WORDS for word in words):
        return None
    return credit


def is_contact_line(paragraph: str) -> bool:
    """A bare link, or a short "Follow her on Twitter @jane" / "Email tips to news@site.com" line."""
    if word_count(paragraph) > 20:
        return False
    if _ONLY_LINKS.match(paragraph):
        return True
    return bool(_CONTACT.search(paragraph)) and bool(_CONTACT_WORDS.search(paragraph))


def is_caption(paragraph: str) -> bool:
    """A photo caption or credit line: ends in a credit ("Tom Cooper/Getty", "Photo: AP")."""
    words = word_count(paragraph)
    if words > _CAPTION_MAX_WORDS or len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    if words <= _BARE_CREDIT_MAX_WORDS and _BARE_CREDIT.match(paragraph):
        return True
    # Only the end can hold the credit; searching a bounded tail keeps long paragraphs cheap.
    return bool(_CREDIT_AT_END.search(paragraph[-200:]) or _CAPTION_START.match(paragraph))


def is_caption_label(paragraph: str) -> bool:
    """A short title line with no punctuation, as stands above a photo caption ("ICE protest")."""
    return word_count(paragraph) <= _LABEL_MAX_WORDS and not re.search(r"[.!?,;:\"“”]", paragraph)


def is_separator(paragraph: str) -> bool:
    """A paragraph with no letters or digits: "…", "***", "—"."""
    return not any(character.isalnum() for character in paragraph)


def is_boilerplate(paragraph: str, in_tail: bool = False) -> bool:
    """Judged on its own, the paragraph is page furniture rather than story text."""
    if is_separator(paragraph):
        return True
    if len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    return (is_navigation(paragraph, in_tail) or is_label_line(paragraph)
            or is_call_to_action(paragraph) or is_legal_notice(paragraph) or is_byline(paragraph)
            or is_publication_note(paragraph) or is_contact_line(paragraph) or is_caption(paragraph))


def remove_boilerplate(paragraphs: list[str], seen: set[str] | None = None) -> list[str]:
    """The story paragraphs, with furniture, captions, link lists and repeated lines taken out.

    `seen` holds lines already used (the headline), so a repeat of them is dropped too.
    """
    paragraphs = _before_comment_section(paragraphs)
    seen = {line.casefold() for line in (seen or set())}
    last_story = max((i for i, p in enumerate(paragraphs) if is_story_text(p)), default=-1)
    dropped = [False] * len(paragraphs)
    in_link_list = False
    for index, paragraph in enumerate(paragraphs):
        in_tail = index > last_story
        if is_story_text(paragraph) or paragraph.rstrip("\"'”’)").endswith((".", "!")):
            in_link_list = False  # link titles end bare or in "?"; a statement means the story is back
        elif is_list_heading(paragraph):
            in_link_list = True
            dropped[index] = True
            continue
        key = paragraph.casefold()
        if key in seen or in_link_list or is_boilerplate(paragraph, in_tail):
            dropped[index] = True
        seen.add(key)
        if index > 0 and is_caption_label(paragraphs[index - 1]) and is_caption(paragraph):
            dropped[index - 1] = True
    _drop_menus(paragraphs, dropped, last_story)
    return [p for p, drop in zip(paragraphs, dropped) if not drop]


def is_comment_section_start(paragraph: str) -> bool:
    """ "12 Comments", "3 thoughts on …", "Leave a Reply": the header of a comment section.

    A sentence is not a header ("3 responses to the survey were negative, officials said.").
    """
    words = word_count(paragraph)
    if words > _COMMENT_SECTION_MAX_WORDS or (ends_sentence(paragraph) and words > 4):
        return False
    return bool(_COMMENT_SECTION.match(paragraph))


def _before_comment_section(paragraphs: list[str]) -> list[str]:
    """The paragraphs up to a comment-section header that follows some story text."""
    story_seen = False
    for index, paragraph in enumerate(paragraphs):
        if story_seen and is_comment_section_start(paragraph):
            return paragraphs[:index]
        story_seen = story_seen or is_story_text(paragraph)
    return paragraphs


def _drop_menus(paragraphs: list[str], dropped: list[bool], last_story: int) -> None:
    """A run of three or more one-to-four-word lines is a menu (share buttons, topic tags) when it
    comes after the story or touches furniture already dropped.

    Dropped lines count towards the run, so "Email / Facebook / Messenger" goes as a whole even when
    only some of its words are known UI words.
    """
    run: list[int] = []
    length = 0
    touches_furniture = False
    for index in range(len(paragraphs) + 1):
        if index < len(paragraphs) and (dropped[index] or _is_menu_item(paragraphs[index])):
            length += 1
            if dropped[index]:
                touches_furniture = True
            else:
                run.append(index)
            continue
        after_story = bool(run) and run[0] > last_story
        if length >= _MENU_MIN_ITEMS and (after_story or touches_furniture):
            for item in run:
                dropped[item] = True
        run, length, touches_furniture = [], 0, False


def _is_menu_item(paragraph: str) -> bool:
    """A one-to-four-word line; figures and bullets mark a list of facts instead ("• 3 dead")."""
    return (word_count(paragraph) <= _MENU_ITEM_MAX_WORDS and not ends_sentence(paragraph)
            and not any(character.isdigit() for character in paragraph)
            and not paragraph.startswith(("-", "•", "*", "–", "—")))

"""Names in news text: tokens, person/organisation names, titles, descriptors, and a registry that
maps a surname or a title back to the full name the article first gave ("McAleenan" → "Kevin
McAleenan"). Standard library only; word lists are small and general, never article-specific."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

# ---------------------------------------------------------------- word lists

ABBREVIATIONS = {
    "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "jr", "sr", "st", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "prof", "rev", "supt", "det", "insp", "atty", "inc", "corp", "co",
    "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mt", "ft", "ave", "blvd", "approx",
}
HONORIFICS = {"mr.", "mrs.", "ms.", "miss", "dr.", "mx.", "sir", "dame", "lord", "lady"}
TITLE_WORDS = {
    "president", "vice-president", "secretary", "director", "senator", "sen.", "rep.",
    "representative", "congressman", "congresswoman", "gov.", "governor", "mayor", "attorney",
    "chief", "commissioner", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo",
    "coo", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "minister",
    "ambassador", "gen.", "general", "col.", "colonel", "lt.", "lieutenant", "sgt.", "sergeant",
    "capt.", "captain", "cmdr.", "commander", "adm.", "admiral", "officer", "sheriff", "coach",
    "prof.", "professor", "rev.", "reverend", "pastor", "bishop", "archbishop", "pope", "king",
    "queen", "prince", "princess", "speaker", "leader", "manager", "head", "founder",
    "co-founder", "superintendent", "supt.", "inspector", "detective", "det.", "councilman",
    "councilwoman", "councilmember", "councillor", "alderman", "assemblyman", "assemblywoman",
    "lawmaker", "chancellor", "dean", "principal", "editor", "administrator", "marshal",
    "trustee", "treasurer", "comptroller", "auditor", "clerk", "premier", "mp", "delegate",
    "prosecutor", "counsel", "solicitor", "executive", "economist", "analyst", "physician",
    "surgeon", "researcher", "scientist", "epidemiologist", "owner", "partner", "adviser",
    "advisor", "aide", "deputy", "chairman", "president-elect", "governor-elect", "mayor-elect",
    "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "forward",
    "guard", "captain", "manager", "boss", "official", "officials", "lawyer", "nurse", "doctor",
    "teacher", "activist", "organizer", "organiser", "director-general", "secretary-general",
    "member", "author", "co-author", "cllr", "cllr.", "councillor",
}
# Lowercase words that may sit inside a title ("acting Homeland Security Secretary").
ROLE_WORDS = {
    "acting", "interim", "former", "deputy", "assistant", "associate", "executive", "senior",
    "vice", "chief", "legal", "general", "managing", "principal", "lead", "founding", "then",
    "regional", "national", "state", "district", "field", "press", "communications", "policy",
    "medical", "public", "health", "head", "first", "special", "lieutenant", "attorney",
    "and", "of", "for", "the", "at", "u.s.", "federal", "county", "city", "union", "party",
}
PERSON_NOUNS = {
    "official", "spokesperson", "spokesman", "spokeswoman", "source", "person", "people",
    "officer", "agent", "gunman", "shooter", "suspect", "witness", "resident", "lawyer",
    "attorney", "aide", "adviser", "advisor", "executive", "employee", "worker", "expert",
    "analyst", "doctor", "nurse", "teacher", "student", "parent", "mother", "father", "neighbor",
    "neighbour", "owner", "manager", "leader", "member", "activist", "protester", "protestor",
    "demonstrator", "investigator", "prosecutor", "judge", "detective", "coach", "player", "fan",
    "voter", "lawmaker", "legislator", "diplomat", "economist", "researcher", "scientist",
    "professor", "victim", "survivor", "friend", "relative", "colleague", "staffer", "insider",
    "representative", "man", "woman", "advocate", "critic", "supporter", "opponent", "organizer",
    "organiser", "volunteer", "farmer", "driver", "passenger", "patient", "physician", "surgeon",
    "veteran", "soldier", "trooper", "deputy", "chief", "director", "president", "secretary",
    "senator", "governor", "mayor", "minister", "commissioner", "chairman", "chairwoman", "chair",
    "head", "boss", "counsel", "author", "writer", "reporter", "journalist", "editor", "host",
    "administrator", "director-general", "customer", "shopper", "tenant", "landlord", "negotiator",
    "mediator", "sheriff", "captain", "inspector", "marshal", "guard", "ranger", "pilot", "priest",
    "pastor", "rabbi", "imam", "bishop", "clerk", "economist", "strategist", "consultant",
    "pollster", "academic", "historian", "epidemiologist", "virologist", "engineer", "athlete",
    "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "teammate",
    "villager", "citizen", "immigrant", "migrant", "refugee", "mom", "dad", "son", "daughter",
    "wife", "husband", "brother", "sister", "uncle", "aunt", "grandmother", "grandfather",
    "child", "girl", "boy", "teenager", "someone", "individual",
}
PLURAL_PERSON_NOUNS = {
    "officials", "sources", "people", "officers", "agents", "witnesses", "residents", "lawyers",
    "attorneys", "aides", "advisers", "advisors", "executives", "employees", "workers", "experts",
    "analysts", "doctors", "nurses", "teachers", "students", "parents", "neighbors", "neighbours",
    "owners", "leaders", "members", "activists", "protesters", "protestors", "demonstrators",
    "investigators", "prosecutors", "fans", "voters", "lawmakers", "legislators", "diplomats",
    "economists", "researchers", "scientists", "victims", "survivors", "friends", "relatives",
    "colleagues", "staffers", "insiders", "advocates", "critics", "supporters", "opponents",
    "organizers", "organisers", "volunteers", "farmers", "patients", "veterans", "soldiers",
    "authorities", "police", "families", "players", "citizens", "immigrants", "migrants",
    "refugees", "villagers", "consultants", "engineers", "historians", "journalists", "reporters",
}
ORG_NOUNS = {
    "coalition", "group", "organization", "organisation", "network", "agency", "company", "firm",
    "department", "ministry", "government", "administration", "campaign", "union", "association",
    "council", "committee", "board", "team", "club", "league", "university", "hospital", "school",
    "district", "office", "court", "outlet", "newspaper", "paper", "station", "website",
    "publication", "party", "commission", "institute", "foundation", "alliance", "bank",
    "charity", "nonprofit", "non-profit", "center", "centre", "embassy", "military", "army",
    "navy", "authority", "regulator", "watchdog", "police", "force", "service", "bureau",
    "agency", "startup", "retailer", "manufacturer", "airline", "insurer", "lab", "laboratory",
    "magazine", "broadcaster", "channel", "network", "tribunal", "parliament", "senate",
    "congress", "legislature", "county", "city", "council", "state", "report", "study", "survey",
    "statement", "memo", "filing", "lawsuit", "complaint", "letter", "release", "post", "tweet",
    "white house", "kremlin", "federation", "society", "trust", "fund", "cabinet", "junta",
    "regime", "movement", "initiative", "project", "spokesperson's office",
}
# Capitalised words that mark a run of capitalised words as an organisation, outlet or place.
ORG_NAME_WORDS = {
    "department", "agency", "enforcement", "security", "administration", "post", "times", "news",
    "journal", "press", "tribune", "herald", "guardian", "examiner", "telegraph", "chronicle",
    "gazette", "reuters", "associated", "house", "court", "congress", "senate", "parliament",
    "university", "college", "school", "association", "coalition", "union", "council",
    "committee", "party", "institute", "foundation", "center", "centre", "bank", "inc", "inc.",
    "corp", "corp.", "co.", "llc", "ltd", "ltd.", "company", "group", "network", "alliance",
    "office", "police", "service", "services", "commission", "board", "ministry", "government",
    "club", "league", "federation", "organization", "organisation", "society", "church",
    "hospital", "academy", "patrol", "protection", "bureau", "authority", "fund", "trust",
    "airlines", "motors", "systems", "technologies", "partners", "capital", "media", "magazine",
    "radio", "television", "tv", "channel", "watch", "project", "initiative", "campaign",
    "movement", "front", "army", "navy", "force", "forces", "guard", "corps", "county", "city",
    "state", "republic", "kingdom", "nations", "fc", "united", "holdings", "industries",
    "energy", "oil", "petroleum", "pharmaceuticals", "pharma", "foods", "airways", "railways",
    "studios", "entertainment", "solutions", "logistics", "electric", "steel", "mining",
    "engineers", "plc", "gmbh", "ag", "sa", "llp", "unlimited", "international", "worldwide",
    "global", "enterprises", "ventures", "robotics", "therapeutics", "biotech", "insurance",
    "labs", "laboratories", "clinic", "museum", "library", "council", "agency", "daily",
    "weekly", "review", "observer", "independent", "mail", "express", "sun", "mirror", "standard",
    "wire", "today", "insider", "monitor", "bulletin", "record", "star", "globe", "inquirer",
    "courier", "dispatch", "sentinel", "register", "republican", "democrat", "democrats",
    "republicans", "caucus", "street", "avenue", "road", "square", "airport", "station", "park",
    "river", "lake", "mountain", "island", "islands", "county", "province", "region", "district",
    "valley", "bay", "beach", "coast", "border", "americas", "america", "europe", "africa",
    "asia", "pacific", "atlantic", "facebook", "twitter", "google", "amazon", "apple",
    "microsoft", "meta", "tesla", "bloomberg", "politico", "axios", "newsweek", "cnn", "bbc",
    "nbc", "abc", "cbs", "fox", "msnbc", "npr", "ap", "afp",
}
# Organisation and place words that are also common surnames.
SURNAME_LIKE_ORG_WORDS = {
    "park", "street", "lake", "river", "hill", "mountain", "island", "bay", "beach", "coast",
    "valley", "star", "sun", "mail", "wire", "record", "standard", "mirror", "bank", "trust",
    "fund", "church", "hall", "field", "house", "court", "cross", "king", "guard", "front",
    "sentinel", "post", "times", "press", "union", "city", "state", "today", "daily", "globe",
    "watch", "independent", "review", "observer", "express", "herald", "tribune", "ford",
}
PLACE_PREFIXES = {
    "los", "las", "san", "santa", "new", "el", "la", "fort", "port", "saint", "st.", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
    "lake", "mount", "mt.", "great", "central", "united", "hong", "sri", "costa", "puerto",
    "rio", "buenos", "salt", "palm", "long", "little", "baton", "des", "grand", "cape",
}
NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn",
                  "al", "la", "le", "dos", "das", "ter", "y"}
NAME_SUFFIXES = {"jr.", "sr.", "ii", "iii", "iv", "jr", "sr"}
WEEKDAYS_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
}
# Capitalised words that begin sentences but are never part of a name.
NOT_NAME_WORDS = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "after", "before",
    "despite", "however", "still", "also", "while", "when", "as", "if", "because", "since",
    "though", "although", "this", "that", "these", "those", "there", "here", "then", "now",
    "today", "yesterday", "tomorrow", "instead", "meanwhile", "moreover", "furthermore", "for",
    "from", "with", "without", "by", "of", "to", "into", "over", "under", "during", "about",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "your", "what", "which", "who", "whom", "whose", "why", "how", "where", "according", "some",
    "many", "most", "all", "several", "other", "another", "each", "every", "no", "not", "one",
    "two", "three", "only", "just", "even", "more", "less", "last", "next", "first", "second",
    "third", "both", "either", "neither", "among", "amid", "between", "against", "through",
    "until", "unless", "whether", "once", "again", "later", "earlier", "ultimately", "finally",
    "indeed", "thus", "hence", "such", "much", "few", "any", "none", "nobody", "everyone",
    "someone", "anyone", "nothing", "everything", "something", "calling", "speaking", "asked",
    "said", "says", "like", "unlike", "within", "across", "behind", "beyond", "near", "toward",
    "towards", "upon", "via", "per", "whereas", "otherwise", "additionally", "similarly",
    "likewise", "nevertheless", "nonetheless", "regardless", "overall", "currently",
    "previously", "recently", "separately", "elsewhere", "together", "perhaps", "maybe",
    "yes", "well", "oh", "please", "thanks", "thank", "read", "see", "watch", "join", "sign",
    "click", "share", "follow", "photo", "video", "image", "update", "updated", "editor's",
    "note", "breaking", "exclusive", "opinion", "analysis", "advertisement", "related",
    "outside", "inside", "above", "below", "around", "beside", "along", "beneath", "near",
    "nearby", "overnight", "earlier", "later",
} | WEEKDAYS_MONTHS
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": None, "who": None}

MALE_NAMES = set("""
aaron adam adrian ahmed alan albert alejandro alex alexander ali andre andrew andy angel anthony
antonio arthur ben benjamin bernie bill billy bob bobby brad bradley brandon brett brian bruce
bryan carl carlos charles charlie chris christian christopher chuck clarence colin craig dale
dan daniel danny darren dave david dean dennis derek diego dmitry don donald doug douglas duncan
dylan ed eddie edward emmanuel eric erik ethan eugene evan francis francisco frank fred gabriel
gary gavin george gerald gilbert glenn gordon graham greg gregory guillermo hamid hans harold harry
hassan hector henry howard hugh hugo ian igor isaac ivan jack jacob jaime jake james jamie jason
javier jay jean jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon
jonathan jorge jose josé joseph josh joshua juan julian justin karl keith ken kenneth kevin kim
kyle larry lawrence lee leo leon lewis liam lionel louis luis luke malcolm manuel marco marcus
mario mark martin matt matthew max michael miguel mike mitch mitchell mohammed muhammad nathan
neil nicholas nick nigel noah oliver omar oscar óscar owen pablo patrick paul pedro pete peter
phil philip pierre rafael ralph randy raul ray raymond ricardo richard rick rob robert roberto
rodrigo roger ron ronald ross roy russell ryan sam samuel scott sean sergei sergio seth shawn
simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis
trevor troy tyler victor vincent vladimir walter wayne will william xavier yusuf zach zachary
""".split())
FEMALE_NAMES = set("""
abigail ada adriana alexandra alice alicia alison allison amanda amber amy ana andrea angela
angelica anita ann anna anne annie april ashley barbara beatriz becky betty beverly brenda
brittany camila carla carmen carol caroline carolyn catherine cathy charlotte cheryl chloe
christina christine cindy claire clara claudia colleen cynthia daisy dana danielle deborah debra
denise diana diane donna dorothy elaine elena elizabeth ella ellen emily emma erica erin esther
eva evelyn fatima fiona frances gabriela gloria grace hannah heather helen hillary holly ilhan
irene isabel isabella jacqueline jane janet janice jasmine jean jennifer jenny jessica jill joan
joanna jodi josefina joy joyce judith judy julia julie karen kate katherine kathleen kathryn
kathy katie kayla kelly kimberly kristen laura lauren leah linda lisa liz lori louise lucia lucy
lydia lynn madeleine madison maria marie marilyn marina marjorie martha mary maxine megan melania
melissa michelle mildred miriam molly monica nancy naomi natalie nicole nina nora olivia pamela
patricia paula pauline peggy priya rachel rebecca regina rita roberta rosa rose ruth samantha
sandra sara sarah sharon sheila shirley sofia sonia sophia stacey stephanie susan suzanne sylvia
tamara tara teresa theresa tiffany tina tracy valerie vanessa veronica victoria virginia wendy
yolanda yvonne zoe
""".split())
MALE_NOUNS = {"man", "spokesman", "chairman", "congressman", "councilman", "assemblyman",
              "father", "dad", "son", "husband", "brother", "uncle", "grandfather", "boy", "king",
              "prince", "mr."}
FEMALE_NOUNS = {"woman", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
                "assemblywoman", "mother", "mom", "daughter", "wife", "sister", "aunt",
                "grandmother", "girl", "queen", "princess", "mrs.", "ms."}


# ---------------------------------------------------------------- tokens


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # the lowercase text, looked at on every comparison
    is_word: bool


def make_token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower(), text[0].isalnum())


_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\b[DRI]-(?:[A-Z][A-Za-z]*\.)+|(?:[A-Za-z]\.){2,}|[^\W_](?:[\w’'\-]*[^\W_])?(?:[’']s?)?|\S")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with internal apostrophes and hyphens, "U.S.", "Sen.", initials) and single marks."""
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.start(), match.end()
        word = match.group()
        if _takes_period(word, text, end):
            end += 1
        tokens.append(make_token(text[start:end], start + offset, end + offset))
    return _drop_swallowed_periods(tokens)


def _takes_period(word: str, text: str, end: int) -> bool:
    if end >= len(text) or text[end] != "." or not word[0].isalpha():
        return False
    last_part = word.split("-")[-1].lower()
    return last_part in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _drop_swallowed_periods(tokens: list[Token]) -> list[Token]:
    """A period that an abbreviation absorbed is not a token of its own."""
    kept: list[Token] = []
    for token in tokens:
        if kept and token.text == "." and kept[-1].end > token.start:
            continue
        kept.append(token)
    return kept


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase without accents: "Óscar" → "oscar"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def is_capitalized(token: Token) -> bool:
    return token.text[0].isupper()


def is_initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def possessive_base(word: str) -> str | None:
    """"Trump’s" → "Trump"; None when the word is not a possessive."""
    for ending in ("’s", "'s"):
        if word.endswith(ending) and len(word) > 2:
            return word[: -len(ending)]
    return None


def first_name_gender(word: str) -> str | None:
    name = fold(word)
    if name in MALE_NAMES and name not in FEMALE_NAMES:
        return "m"
    if name in FEMALE_NAMES and name not in MALE_NAMES:
        return "f"
    return None


def is_first_name(word: str) -> bool:
    return fold(word) in MALE_NAMES or fold(word) in FEMALE_NAMES


def noun_gender(word: str) -> str | None:
    lower = word.lower()
    if lower in FEMALE_NOUNS or lower.endswith("woman"):
        return "f"
    if lower in MALE_NOUNS or lower.endswith("man"):
        return "m"
    return None


def is_title(word: str) -> bool:
    lower = word.lower()
    return lower in TITLE_WORDS or ("-" in lower and any(p in TITLE_WORDS for p in lower.split("-")))


_PERSON_SUFFIX = re.compile(r"[a-z]{3,}(?:man|men|woman|women|person|people)$|[a-z]{4,}(?:ist|ists|ian|ians)$")


_NOT_PERSON_SUFFIXED = {"persist", "consist", "insist", "assist", "resist", "desist", "subsist",
                        "specimen", "regimen", "abdomen", "acumen", "stamen", "caiman", "german",
                        "median", "persists", "consists", "insists", "assists", "resists"}


def is_person_noun(word: str) -> bool:
    """A noun for a person or people: the lists, plurals, and "-man", "-woman", "-ist", "-ian"
    words (fisherman, activist, politician)."""
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    return lower in PERSON_NOUNS or lower in PLURAL_PERSON_NOUNS or lower in TITLE_WORDS \
        or singular in PERSON_NOUNS or singular in TITLE_WORDS \
        or (bool(_PERSON_SUFFIX.match(lower)) and lower not in _NOT_PERSON_SUFFIXED)


def is_plural_person_noun(word: str) -> bool:
    lower = word.lower()
    return lower in PLURAL_PERSON_NOUNS or lower in ("staff", "crowd") or (
        lower.endswith("s") and (lower[:-1] in PERSON_NOUNS or lower[:-1] in TITLE_WORDS))


def is_org_noun(word: str) -> bool:
    return word.lower() in ORG_NOUNS


def strip_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the|one)\s+", "", text, flags=re.IGNORECASE)


# ---------------------------------------------------------------- names in a run of tokens


@dataclass(frozen=True)
class NameSplit:
    name: list[Token]
    role: list[Token]  # title words before the name ("acting Homeland Security Secretary")
    kind: str  # "person", "org" or "unknown"


def name_token(token: Token) -> bool:
    """May this token be part of a proper name?"""
    text = token.text
    if not text[0].isalpha():
        return False
    return text[0].isupper() or text.lower() in NAME_PARTICLES


def trailing_name_run(tokens: list[Token]) -> int:
    """Index where the run of name-like tokens at the end of tokens begins (len(tokens) if none)."""
    index = len(tokens)
    while index > 0 and name_token(tokens[index - 1]):
        if possessive_base(tokens[index - 1].text) and index < len(tokens):
            break
        index -= 1
    while index < len(tokens) and tokens[index].lower in NAME_PARTICLES:
        index += 1
    return index


def split_name(tokens: list[Token], after_preposition: bool = False) -> NameSplit | None:
    """Split capitalised tokens into title and name: "Homeland Security Secretary Kevin McAleenan"."""
    words = [t for t in tokens if t.lower not in NOT_NAME_WORDS or t.lower in NAME_PARTICLES]
    while words and words[0].lower in NOT_NAME_WORDS:
        words = words[1:]
    if not words:
        return None
    # a title word that ends the run is a surname: "Rep. Steve King"
    last_title = max((i for i, t in enumerate(words[:-1]) if _title_or_honorific(t)), default=-1)
    if len(words) == 1 and _title_or_honorific(words[0]):
        return None
    role, name = words[: last_title + 1], words[last_title + 1:]
    if not name:
        return None
    if after_preposition or len(name) > 3:
        tail = _person_tail(name)
        role, name = role + name[: len(name) - len(tail)], tail  # "of Mississippi" stays in the title
    role = [t for t in role if t.lower not in HONORIFICS]
    return NameSplit(name=name, role=role, kind=name_kind(name))


def _title_or_honorific(token: Token) -> bool:
    return is_title(token.text) or token.lower in HONORIFICS


def _person_tail(name: list[Token]) -> list[Token]:
    """"Mississippi Mike Hurst" (after "of") → "Mike Hurst": a person name starts at a first name."""
    for index, token in enumerate(name):
        if index > 0 and is_first_name(token.text):
            return name[index:]
    return name


def name_kind(name: list[Token]) -> str:
    words = [t.text for t in name]
    lowered = [w.lower().rstrip(".") for w in words]
    org_words = {w for w in lowered if w in ORG_NAME_WORDS or w + "." in ORG_NAME_WORDS}
    if org_words and is_first_name(words[0]) and len(words) <= 3 and org_words <= SURNAME_LIKE_ORG_WORDS:
        return "person"  # "Linda Park", "Anne Banks"
    if org_words:
        return "org"
    if any(w.isupper() and len(w.replace(".", "")) > 1 for w in words):
        return "org"
    if lowered[0] in PLACE_PREFIXES and not is_first_name(words[0]):
        return "place"
    if is_first_name(words[0]) or words[0].lower() in HONORIFICS:
        return "person"
    if len(words) >= 2 and all(re.fullmatch(r"[^\W\d_][\w’'\-]*\.?", w) for w in words):
        return "person"
    return "unknown"


# ---------------------------------------------------------------- the article's people


@dataclass
class Entity:
    name: str
    kind: str  # "person", "org", "unknown" (a lone capitalised word we know nothing about)
    role: str | None = None
    gender: str | None = None
    first_seen: int = 0
    noun: str | None = None  # what the article calls it: "network" for "Alianza Americas, a network …"


@dataclass
class NameRegistry:
    """The full names an article gives, so that later short forms resolve to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (position, entity name)
    by_surname: dict[str, list[Entity]] = field(default_factory=dict)  # full names only

    def add(self, name: str, kind: str, position: int, role: str | None = None) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            gender = first_name_gender(name.split()[0]) if kind == "person" else None
            entity = Entity(name=name, kind=kind, role=role, gender=gender, first_seen=position)
            self.entities[name] = entity
            if len(name.split()) > 1:
                self.by_surname.setdefault(fold(_surname(name)), []).append(entity)
        else:
            entity.role = entity.role or role
            if entity.kind == "unknown" and kind != "unknown":
                entity.kind = kind
        self.mentions.append((position, name))
        return entity

    def resolve(self, surface: str, position: int) -> Entity | None:
        """The entity a (possibly partial) name refers to: the nearest earlier full name that ends
        with the same surname, else the first later one."""
        if surface in self.entities and len(surface.split()) > 1:
            return self.entities[surface]
        candidates = [e for e in self.by_surname.get(fold(_surname(surface)), [])
                      if e.kind in ("person", "unknown")]
        if len(surface.split()) > 1:
            candidates = [e for e in candidates if fold(e.name).endswith(fold(surface))]
        if not candidates:
            return self._organisation_containing(surface) or self.entities.get(surface)
        earlier = [e for e in candidates if e.first_seen <= position]
        if earlier:
            return max(earlier, key=lambda e: self._last_mention(e.name, position))
        return min(candidates, key=lambda e: e.first_seen)

    def _organisation_containing(self, surface: str) -> Entity | None:
        """"the Corps" → "Army Corps of Engineers": the one organisation whose name has the words."""
        words = set(fold(surface).split())
        found = [e for e in self.entities.values()
                 if e.kind == "org" and words and words < set(fold(e.name).split())]
        return found[0] if len(found) == 1 else None

    def organisation_called(self, noun: str) -> Entity | None:
        """The one organisation the article describes with this noun ("a network of …")."""
        found = [e for e in self.entities.values() if e.kind == "org" and e.noun == noun]
        return found[0] if len(found) == 1 else None

    def organisation_for(self, noun: str, position: int) -> Entity | None:
        """The most recently mentioned organisation that "the <noun>" may refer to."""
        fitting = [e for e in self.entities.values()
                   if e.kind == "org" and organisation_fits(e, noun) and self._last_mention(e.name, position) >= 0]
        return max(fitting, key=lambda e: self._last_mention(e.name, position), default=None)

    def _last_mention(self, name: str, position: int) -> int:
        return max((p for p, n in self.mentions if n == name and p <= position), default=-1)

    def by_role(self, head: str, modifiers: set[str], position: int) -> Entity | None:
        """The person a title refers to ("the DHS chief"): the most recently mentioned one whose
        title shares a word with it; else the first named later whose title has all its words
        ("The mayor … is sounding the alarm", then "Mayor Rolando Salinas said")."""
        words = modifiers | {head}
        words |= {synonym for w in words for synonym in TITLE_SYNONYMS.get(w, ())}
        fitting = []
        for entity in self.entities.values():
            if entity.role and entity.kind != "org":
                role_words = {w.lower().rstrip(".") for w in entity.role.split()} - ROLE_WORDS
                role_words |= {_TITLE_EXPANSIONS.get(w, w) for w in role_words}
                if words & role_words:
                    fitting.append((entity, role_words))
        earlier = [e for e, _ in fitting if self._last_mention(e.name, position) >= 0]
        if earlier:
            return max(earlier, key=lambda e: self._last_mention(e.name, position))
        later = [e for e, role_words in fitting if modifiers <= role_words
                 and ({head} | set(TITLE_SYNONYMS.get(head, ()))) & role_words]
        return min(later, key=lambda e: e.first_seen, default=None)


COMPANY_WORDS = {"inc", "inc.", "corp", "corp.", "co.", "llc", "ltd", "ltd.", "plc", "company",
                 "group", "holdings", "industries", "energy", "oil", "motors", "airlines", "airways",
                 "foods", "pharmaceuticals", "technologies", "systems", "partners", "capital",
                 "insurance", "entertainment", "studios", "bank", "brands", "enterprises"}
# Words that mark a public body, outlet or association: not "the company".
PUBLIC_BODY_WORDS = {"department", "ministry", "police", "agency", "council", "commission", "court",
                     "senate", "congress", "parliament", "post", "times", "news", "journal", "press",
                     "university", "college", "school", "association", "coalition", "union", "party",
                     "committee", "office", "bureau", "service", "authority", "government",
                     "administration", "army", "navy", "force", "patrol", "federation", "foundation",
                     "institute", "alliance", "network", "society", "church", "city", "county", "state"}
# A capitalised name followed by one of these is an organisation: "the Rupali Knitwear building".
PREMISES_NOUNS = {"building", "factory", "plant", "headquarters", "offices", "store", "stores",
                  "warehouse", "facility", "mill", "mine", "shares", "stock", "brand", "products",
                  "executives", "employees", "workers", "staff", "subsidiary", "chain"}
COMPANY_NOUNS = {"company", "firm", "corporation", "business", "retailer", "manufacturer", "maker",
                 "startup", "carmaker", "automaker", "chain", "insurer", "airline", "bank", "lender",
                 "employer", "giant", "brand", "producer", "supplier", "operator", "developer"}
GROUP_NOUNS = {"group", "organization", "organisation", "coalition", "network", "alliance",
               "association", "nonprofit", "non-profit", "charity", "campaign", "movement",
               "foundation", "collective", "union", "federation"}


def organisation_fits(entity: Entity, noun: str) -> bool:
    """May "the <noun>" refer to this organisation? "the company" fits "Acme Corp" or a name the
    article gave no kind for, "the coalition" fits a network of groups, "the union" fits neither."""
    words = {w.lower() for w in entity.name.split()}
    if noun in words or noun == entity.noun:
        return True
    is_company = bool(words & COMPANY_WORDS) or entity.noun in COMPANY_NOUNS
    is_public = bool(words & PUBLIC_BODY_WORDS) or entity.noun in GROUP_NOUNS | PUBLIC_BODY_WORDS
    if noun in COMPANY_NOUNS:
        return is_company or not is_public
    if noun in GROUP_NOUNS - {"union", "federation", "foundation"}:
        return not is_company and not (words & PUBLIC_BODY_WORDS)
    return False


# "the DHS chief" may be its secretary; "the U.S. leader" its president.
TITLE_SYNONYMS = {
    "chief": ("secretary", "director", "head", "commissioner"),
    "head": ("secretary", "director", "chief", "president", "chair", "chairman", "chairwoman"),
    "leader": ("president", "prime", "premier", "chancellor"),
    "boss": ("ceo", "chief", "director", "manager", "executive"),
    "senator": ("sen",), "governor": ("gov",), "representative": ("rep",), "congressman": ("rep",),
    "congresswoman": ("rep",), "lawmaker": ("sen", "rep", "senator", "representative"),
}
_TITLE_EXPANSIONS = {"sen": "senator", "rep": "representative", "gov": "governor",
                     "gen": "general", "prof": "professor", "supt": "superintendent"}


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    return words[-1] if words else name

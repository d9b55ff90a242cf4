"""Who is who in news text, for the quotes extractor.

- tokens, and the capitalised runs that are person or organisation names with their titles
  ("acting Homeland Security Secretary Kevin McAleenan");
- mentions: what a noun phrase names (a name, a pronoun, or a descriptor such as "a senior
  immigration official") and which phrase is the subject of a speech verb or of a sentence;
- coreference: a registry of the full names the article gives, and the reading-order resolution of
  surnames ("McAleenan" → "Kevin McAleenan"), pronouns, "the coalition" and "the DHS chief".

Standard library only; the word lists are small and general, never article-specific."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
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
# British, Irish and Australian style drops the full stop: "Mr Gallagher", "Dr Raman", "Prof Marsh".
HONORIFICS = {"mr.", "mrs.", "ms.", "miss", "dr.", "mx.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms",
              "dr", "mx", "prof", "prof.", "baroness", "baron"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "baron": "m", "mrs": "f", "mrs.": "f",
                    "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f"}
# Letters after a name are not part of it: "Sarah Okonjo KC", "Jo Smith MP", "Ann Lee OBE", "Bo Kim Jr.".
POSTNOMINALS = {"kc", "qc", "sc", "mp", "td", "mep", "msp", "ms", "mla", "mha", "mhk", "obe", "mbe", "cbe", "kbe",
                "dbe", "phd", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq."}
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
    "member", "author", "co-author", "cllr", "cllr.", "councillor", "steward", "foreman",
    "supervisor", "correspondent", "commentator", "strategist", "pollster", "consultant",
    "goalie", "defenseman", "defender", "linebacker", "shortstop", "winger", "keeper", "catcher",
    "democrat", "republican", "tory",  # "Democrat Ruben Gallego … the Democrat said"
    "peer", "baroness", "baron", "lord", "viscount", "earl", "countess", "marquess",  # "Conservative peer Baroness X"
    "td", "mep", "msp", "mla", "mec", "mpp", "mha", "mna", "mlc", "mhk", "cr", "cr.", "senator", "taoiseach", "tánaiste", "tanaiste", "councilor",
    "assemblymember", "alderperson",
    # British police and forces style drops the full stop: "Det Supt Evans", "Lt Col Hart"
    "det", "supt", "insp", "sgt", "dci", "lt", "col", "capt", "rev", "sen", "rep", "gov",
    "regent", "provost", "rector", "chaplain", "warden", "constable", "registrar", "vicar",
    "ombudsman", "magistrate", "selectman", "selectwoman", "alderwoman", "coroner", "sheriff",
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
    "official", "spokesperson", "spokesman", "spokeswoman", "source", "person", "people", "observer", "family", "crowd",
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
} | set((
    "waiter waitress bartender cashier mechanic plumber electrician carpenter janitor cook chef "
    "baker butcher barber vendor shopkeeper storekeeper grocer homeowner retiree pensioner commuter "
    "cyclist motorist pedestrian bystander onlooker spectator reader listener viewer marcher "
    "mourner runner rider shopper taxpayer renter local striker picketer tourist visitor traveler "
    "traveller diner patron investor shareholder donor campaigner constituent attendee participant "
    "pupil firefighter paramedic rescuer miner grower rancher thief robber burglar attacker hacker "
    "rioter looter militant rebel fighter pharmacist librarian accountant banker broker trader "
    "dealer builder contractor architect programmer artist musician singer actor actress dancer "
    "photographer caregiver carer nanny housekeeper cleaner porter courier trucker cabbie midwife "
    "dentist therapist counselor counsellor lecturer tutor referee umpire sailor worshipper "
    "parishioner pilgrim monk nun grandparent landowner homeowner challenger rival contender "
    # courts, public life, family, sport, arts and the professions
    "juror defendant plaintiff claimant applicant candidate nominee whistleblower informant inmate "
    "prisoner detainee offender parolee evacuee householder occupant squatter addict smoker gambler "
    "borrower lender debtor creditor client consumer buyer seller landlady entrepreneur cofounder "
    "headteacher headmaster headmistress educator instructor trainer laborer labourer artisan hunter "
    "farmhand dispatcher stewardess crewmember medic caretaker stepfather stepmother fiancé fiancée "
    "spouse widow widower orphan toddler infant newborn teen youngster adolescent undergraduate "
    "postgraduate alumnus alumna schoolgirl schoolboy schoolchild classmate roommate flatmate "
    "housemate coworker ally adversary sceptic skeptic cynic dissident defector agitator petitioner "
    "signatory litigant appellant complainant accuser eyewitness passer-by passerby expat expatriate "
    "emigrant settler islander inhabitant seafarer mariner diver swimmer climber hiker mountaineer "
    "camper skier surfer jogger sprinter boxer wrestler golfer cricketer footballer bowler physio "
    "promoter presenter broadcaster pundit blogger influencer vlogger podcaster streamer designer "
    "astronomer forecaster oceanographer demographer philosopher scholar curator poet playwright "
    "screenwriter filmmaker songwriter rapper drummer composer choreographer painter sculptor "
    "illustrator planner surveyor realtor actuary barrister paralegal jailer corporal cadet envoy "
    "consul bureaucrat monarch homemaker jobseeker examiner assessor docker dockworker angler "
    "birdwatcher birder gardener walker rambler beekeeper allotmenteer kayaker rower "
    "teller typist welder attendant usher bouncer groundskeeper lifeguard coastguard zookeeper "
    "breeder groomer jockey caddie hostess sommelier barista dishwasher fishmonger greengrocer "
    "tailor cobbler jeweller jeweler locksmith roofer bricklayer plasterer glazier scaffolder postie "
    "childminder babysitter radiographer sonographer doula bailiff stenographer notary underwriter "
    "hawker peddler stallholder herder shepherd crofter lumberjack chauffeur deckhand signaller "
    "hairdresser masseur masseuse chiropractor").split())
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
} | set((
    "readers spectators onlookers bystanders commuters shoppers viewers listeners marchers mourners "
    "runners riders motorists cyclists pedestrians passengers customers taxpayers homeowners renters "
    "tenants locals strikers picketers worshippers parishioners tourists visitors travelers "
    "travellers diners patrons subscribers investors shareholders donors campaigners constituents "
    "attendees participants delegates retirees pensioners pupils firefighters paramedics rescuers "
    "miners growers fishermen ranchers thieves robbers burglars attackers gunmen kidnappers hackers "
    "rioters looters militants rebels fighters troops counter-protesters counterprotesters crowds "
    "audiences users countries nations governments observers").split())
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
    "note", "message", "gang", "cartel", "syndicate", "podcast", "blog", "college", "academy",
    "clinic", "museum", "library", "zoo",
    "white house", "kremlin", "federation", "society", "trust", "fund", "cabinet", "junta",
    "regime", "movement", "initiative", "project", "spokesperson's office", "chamber",
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
    "chamber",
    "club", "league", "federation", "organization", "organisation", "society", "church",
    "hospital", "academy", "patrol", "protection", "bureau", "authority", "fund", "trust",
    "airlines", "motors", "systems", "technologies", "partners", "capital", "media", "magazine",
    "radio", "television", "tv", "channel", "watch", "project", "initiative", "campaign",
    "movement", "front", "army", "navy", "force", "forces", "guard", "corps", "county", "city",
    "state", "republic", "kingdom", "nations", "fc", "united", "holdings", "industries",
    "energy", "oil", "petroleum", "pharmaceuticals", "pharma", "foods", "airways", "railways",
    "studios", "entertainment", "solutions", "logistics", "electric", "steel", "mining",
    "engineers", "workers", "employees", "teachers", "nurses", "drivers", "farmers",
    "plc", "gmbh", "ag", "sa", "llp", "unlimited", "international", "worldwide",
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
                  "al", "la", "le", "do", "dos", "das", "ter", "y"}
# Irish surnames open with a capitalised particle: "Phil Ní Sheaghdha", "Seán Ó Fearghaíl".
CAPITAL_PARTICLES = {"ní", "nic", "ó", "ua", "uí", "mac", "ap"}
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
    "t-shirt", "t-shirts",  # a capital T makes no name: "relatives wore T-shirts reading …"
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
# The curated lists above, plus data/first_names.tsv (about 4,500 given names of many origins;
# its header says how it was made). A name used for both sexes goes into both sets, so it counts
# as a first name but gives no gender.
FIRST_NAMES_PATH = Path(__file__).parent / "data" / "first_names.tsv"


def _load_first_names() -> None:
    for line in FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line == "name\tgender":
            continue
        name, gender = line.split("\t")
        folded = fold(name)
        if gender in ("m", "u"):
            MALE_NAMES.add(folded)
        if gender in ("f", "u"):
            FEMALE_NAMES.add(folded)

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


_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+"  # 40,000, 9.8: a decimal point ends no sentence
    r"|\b[DRI]-(?:[A-Z][A-Za-z]*\.)+"  # D-Calif., R-S.C.
    r"|(?:[A-Za-z]\.){2,}"  # U.S.
    r"|\b[A-Z]+&[A-Z]+\b"  # AT&T, PG&E
    r"|[^\W_](?:[\w’'\-]*[^\W_])?(?:[’']s?)?"  # words, O'Brien, Trump’s, officials’
    r"|\S"
)


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


_load_first_names()

# Countries, first-level divisions, regions and about a thousand cities (data/places.tsv; its header
# says how it was made): "a nurse from Columbus, Ohio" names no person, nor does "Hydro Tasmania".
PLACES_PATH = Path(__file__).parent / "data" / "places.tsv"
PLACE_NAMES = frozenset(
    fold(line.split("\t")[0]) for line in PLACES_PATH.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#") and line != "name\tkind")


def is_capitalized(token: Token) -> bool:
    return token.text[0].isupper()


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


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    return fold(word) in MALE_NAMES or fold(word) in FEMALE_NAMES


def noun_gender(word: str) -> str | None:
    lower = word.lower()
    if lower in FEMALE_NOUNS or lower.endswith("woman"):
        return "f"
    if lower in MALE_NOUNS or lower.endswith("man"):
        return "m"
    return None


@lru_cache(maxsize=8192)
def is_title(word: str) -> bool:
    lower = word.lower()
    return lower in TITLE_WORDS or ("-" in lower and any(p in TITLE_WORDS for p in lower.split("-")))


_PERSON_SUFFIX = re.compile(r"[a-z]{3,}(?:man|men|woman|women|person|people)$"
                            r"|[a-z]{4,}(?:ist|ists|ian|ians)$")


_NOT_PERSON_SUFFIXED = {"persist", "consist", "insist", "assist", "resist", "desist", "subsist",
                        "specimen", "regimen", "abdomen", "acumen", "stamen", "caiman", "german",
                        "median", "persists", "consists", "insists", "assists", "resists"}


@lru_cache(maxsize=8192)
def is_person_noun(word: str) -> bool:
    """A noun for a person or people: the lists, plurals, and "-man", "-woman", "-ist", "-ian"
    words (fisherman, activist, politician)."""
    lower = _last_hyphen_part(word.lower())
    singular = lower[:-1] if lower.endswith("s") else lower
    return lower in PERSON_NOUNS or lower in PLURAL_PERSON_NOUNS or lower in TITLE_WORDS \
        or singular in PERSON_NOUNS or singular in TITLE_WORDS \
        or (bool(_PERSON_SUFFIX.match(lower)) and lower not in _NOT_PERSON_SUFFIXED)


def _last_hyphen_part(word: str) -> str:
    """"counter-protesters" → "protesters"; titles with hyphens are listed whole."""
    if "-" not in word or word in TITLE_WORDS:
        return word
    return word.rsplit("-", 1)[1] or word


@lru_cache(maxsize=8192)
def is_plural_person_noun(word: str) -> bool:
    lower = _last_hyphen_part(word.lower())
    return lower in PLURAL_PERSON_NOUNS or lower in ("staff", "crowd") or (
        lower.endswith("s") and is_person_noun(lower[:-1])) or (  # "pharmacists", "librarians"
        lower.endswith(("men", "people")) and is_person_noun(lower))  # "fishermen"


@lru_cache(maxsize=8192)
def is_org_noun(word: str) -> bool:
    return word.lower() in ORG_NOUNS or word.lower() in COMPANY_NOUNS


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
    return _name_word(token.text)


@lru_cache(maxsize=8192)
def _name_word(text: str) -> bool:
    if not text[0].isalpha() or _PARTY_AND_STATE.match(text):
        return False  # "(R-Fla.)" follows a name, it is not one
    return text[0].isupper() or text.lower() in NAME_PARTICLES


_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z]")


def trailing_name_run(tokens: list[Token]) -> int:
    """Index where the run of name-like tokens at the end of tokens begins (len(tokens) if none)."""
    index = len(tokens)
    while index > 0 and (name_token(tokens[index - 1]) or _inner_ampersand(tokens, index - 1)):
        if possessive_base(tokens[index - 1].text) and index < len(tokens) \
                and not _inside_organisation_name(tokens, index - 1):
            break
        index -= 1
    while index < len(tokens) and tokens[index].lower in NAME_PARTICLES:
        index += 1
    return index


def _inner_ampersand(tokens: list[Token], i: int) -> bool:
    """"Procter & Gamble": an ampersand between two capitalised words joins one name."""
    return tokens[i].text == "&" and 0 < i < len(tokens) - 1 \
        and name_token(tokens[i - 1]) and name_token(tokens[i + 1])


def _inside_organisation_name(tokens: list[Token], i: int) -> bool:
    """"the Marin County Sheriff's Office", "Sheriff Office": a capitalised word before an
    organisation word is inside the name, even a possessive or a title (unlike "Trump's aides")."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return is_capitalized(tokens[i]) and is_capitalized(nxt) and nxt.lower in _ORGANISATION_HEADS


_ORGANISATION_HEADS = {"office", "department", "bureau", "agency", "service", "services",
                       "association", "council", "union", "hospital", "college", "fund", "society"}


def split_name(tokens: list[Token], after_preposition: bool = False) -> NameSplit | None:
    """Split capitalised tokens into title and name: "Homeland Security Secretary Kevin McAleenan"."""
    words = [t for t in tokens if t.lower not in NOT_NAME_WORDS or t.lower in NAME_PARTICLES]
    while words and words[0].lower in NOT_NAME_WORDS:
        words = words[1:]
    words = _without_postnominals(words)  # before the title split: "Martin Luther King Jr."
    if not words:
        return None
    # a title word that ends the run is a surname: "Rep. Steve King"
    last_title = max((i for i, t in enumerate(words[:-1])
                      if _title_or_honorific(t) and not _inside_organisation_name(words, i)), default=-1)
    if len(words) == 1 and _title_or_honorific(words[0]):
        return None
    role, name = words[: last_title + 1], words[last_title + 1:]
    if not name:
        return None
    if role and name_kind(words) == "org" and name_kind(name) == "org" and not is_first_name(name[0].text):
        role, name = [], words  # "Republican National Committee": the title word is part of the name
    if role and len(name) == 1 and is_first_name(role[-1].text) \
            and (len(role) == 1 or role[-2].lower in HONORIFICS):
        role, name = role[:-1], role[-1:] + name  # "(Prof) Dean Whitlock": a first name that is also a title
    while len(name) > 2 and name[0].lower.endswith("-old"):
        role, name = role + name[:1], name[1:]  # "Twelve-year-old Arjun Mehra"
    if len(name) > 2 and is_person_noun(name[0].text) and not is_first_name(name[0].text) \
            and name_kind(name) != "org":  # "Australian Medical Association" is one name
        role, name = role + name[:1], name[1:]  # "Parent Lisa Tran", "Resident Marcus Bell"
    elif len(name) > 2 and is_first_name(name[1].text) and not is_first_name(name[0].text) \
            and name_kind(name[1:]) == "person":
        role, name = role + name[:1], name[1:]  # a title we do not know: "Regent Harold Voss"
    if after_preposition or len(name) > 3:
        tail = _person_tail(name)
        role, name = role + name[: len(name) - len(tail)], tail  # "of Mississippi" stays in the title
    role = [t for t in role if t.lower not in HONORIFICS]
    return NameSplit(name=name, role=role, kind=name_kind(name))


def _without_postnominals(name: list[Token]) -> list[Token]:
    end = len(name)
    while end > 2 and _postnominal(name[end - 1]):
        end -= 1
    return name[:end]


def _postnominal(token: Token) -> bool:
    """"KC", "PhD", "Jr.": capitalised letters or a generational suffix, never a word like "Ms"."""
    return token.lower in POSTNOMINALS and (token.text.isupper() or token.lower in ("phd", "jr.", "sr.", "jr",
                                                                                   "sr", "esq."))


# Offices held "for" a place or a brief: "MP for Ashworth North", "Secretary of State for Wales".
_OFFICES_FOR = {"mp", "td", "msp", "mla", "mep", "senator", "minister", "secretary", "member", "spokesperson",
                "spokesman", "spokeswoman", "councillor", "representative"}


def _office_for_place_before(words: list[Token]) -> bool:
    """Do the words before a name run end with an office "for" a place ("Labour MP for")?"""
    return len(words) >= 2 and words[-1].lower == "for" and any(t.lower in _OFFICES_FOR for t in words[:-1])


def person_after_place(split: NameSplit) -> NameSplit:
    """"Ashworth North Jo Smith" after "MP for": the place ends two words before the end when no
    first name we know marks where the person's name starts."""
    if len(split.name) < 3 or any(is_first_name(t.text) for t in split.name):
        return split
    return NameSplit(name=split.name[-2:], role=split.role + split.name[:-2], kind="person")


def _title_or_honorific(token: Token) -> bool:
    return is_title(token.text) or token.lower in HONORIFICS


def _person_tail(name: list[Token]) -> list[Token]:
    """"Mississippi Mike Hurst" (after "of") → "Mike Hurst": a person name starts at a first name."""
    for index, token in enumerate(name):
        if index > 0 and is_first_name(token.text):
            return name[index:]
    return name


_COUNTRY_ABBREVIATIONS = {"u.s", "u.k", "u.s.a", "usa", "uk"}


def name_kind(name: list[Token]) -> str:
    words = [t.text for t in name]
    lowered = [w.lower().rstrip(".") for w in words]
    if len(lowered) == 1 and lowered[0] in _COUNTRY_ABBREVIATIONS:
        return "place"
    if len(lowered) > 1 and lowered[-1] in PRODUCT_WORDS | _DOCUMENT_NAME_WORDS:
        return "org"  # "Verity Polymers"; and "the Finance Bill" is a text, never a person
    org_words = {w for w in lowered if w in ORG_NAME_WORDS or w + "." in ORG_NAME_WORDS}
    if org_words and is_first_name(words[0]) and len(words) <= 3 and org_words <= SURNAME_LIKE_ORG_WORDS:
        return "person"  # "Linda Park", "Anne Banks"
    if org_words:
        return "org"
    if any(w.isupper() and len(w.replace(".", "")) > 1 for w in words):
        return "org"
    if len(words) > 1 and fold(words[-1]) in PLACE_NAMES and not is_first_name(words[0]):
        return "unknown"  # "Hydro Tasmania", "Bank of Ireland": named after a place, not a person
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
        entity = self.entities.get(name) or self._full_name_ending_with(name)
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
            elif entity.kind == "person" and kind == "org" and not is_first_name(name.split()[0]):
                entity.kind, entity.gender = "org", None  # "Mineração Serra Alta, a mid-sized producer"
        self.mentions.append((position, name))
        return entity

    def _full_name_ending_with(self, name: str) -> Entity | None:
        """"Ms Ní Sheaghdha" after "Phil Ní Sheaghdha": a surname with its particle is no new person."""
        if name.split()[0].lower() not in NAME_PARTICLES | CAPITAL_PARTICLES:
            return None
        return next((e for e in self.by_surname.get(fold(_surname(name)), [])
                     if fold(e.name).endswith(" " + fold(name))), None)

    def resolve(self, surface: str, position: int, gender: str | None = None) -> Entity | None:
        """The entity a (possibly partial) name refers to: the nearest earlier full name that ends
        with the same surname, else the first later one; "Ms Harte" only a woman when one fits."""
        if surface in self.entities and len(surface.split()) > 1:
            return self.entities[surface]
        candidates = [e for e in self.by_surname.get(fold(_surname(surface)), [])
                      if e.kind == "person" or (e.kind == "unknown" and fold(surface) not in PLACE_NAMES)]
        # "regional Tasmania" is the state, not "Hydro Tasmania"
        same_sex = [e for e in candidates if e.gender == gender]
        if gender and same_sex:
            candidates = same_sex
        if len(surface.split()) > 1:
            candidates = [e for e in candidates if fold(e.name).endswith(fold(surface))]
        if not candidates:
            return self._organisation_containing(surface) or self._person_by_first_name(surface, position) \
                or self.entities.get(surface)
        earlier = [e for e in candidates if e.first_seen <= position]
        if earlier:
            return max(earlier, key=lambda e: self._last_mention(e.name, position))
        return min(candidates, key=lambda e: e.first_seen)

    def _person_by_first_name(self, surface: str, position: int) -> Entity | None:
        """"Arjun said" after "Twelve-year-old Arjun Mehra": the one person named so before."""
        if " " in surface:
            return None
        found = [e for e in self.entities.values() if e.kind == "person" and e.first_seen < position
                 and " " in e.name and fold(e.name.split()[0]) == fold(surface)]
        return found[0] if len(found) == 1 else None

    def _organisation_containing(self, surface: str) -> Entity | None:
        """"the Corps" → "Army Corps of Engineers": the one organisation whose name has the words."""
        words = set(fold(surface).split())
        kinds = ("org",) if fold(surface) in PLACE_NAMES else ("org", "unknown")  # not "Tasmania" → "Hydro Tasmania"
        found = [e for e in self.entities.values()
                 if e.kind in kinds and words and words < set(fold(e.name).split())]
        if len(found) > 1:  # "FreshMart Canada", not "Maple Crest Foods Ltd. and FreshMart Canada"
            found = [e for e in found if not any(fold(o.name) in fold(e.name) for o in found if o is not e)]
        return found[0] if len(found) == 1 else None

    def organisation_called(self, noun: str) -> Entity | None:
        """The one organisation the article describes with this noun ("a network of …")."""
        found = [e for e in self.entities.values() if e.kind == "org" and e.noun == noun]
        return found[0] if len(found) == 1 else None

    def organisation_for(self, noun: str, position: int) -> Entity | None:
        """The most recently mentioned organisation that "the <noun>" may refer to; for "the union",
        failing any association, a one-word body of no stated kind ("Aslef", "Unite")."""
        mentioned = [e for e in self.entities.values() if e.kind == "org" and self._last_mention(e.name, position) >= 0]
        fitting = [e for e in mentioned if organisation_fits(e, noun)]
        if not fitting and noun in ("union", "federation"):
            fitting = [e for e in mentioned if e.noun is None and len(e.name.split()) == 1]
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


# Words that end the names of laws, plans and reports: "Finance Bill", "Clean Air Act".
_DOCUMENT_NAME_WORDS = {"bill", "act", "law", "treaty", "accord", "accords", "agreement", "convention",
                        "directive", "regulation", "regulations", "charter", "budget", "report", "plan",
                        "strategy", "review", "code", "amendment", "protocol"}
# Words that end company names: "Verity Polymers", "Halden Chemicals".
PRODUCT_WORDS = set("polymers plastics chemicals materials metals products packaging textiles "
                    "automotive aerospace dynamics semiconductors electronics software devices "
                    "biosciences genomics analytics consulting construction developments properties "
                    "realty farms beverages brewing apparel outfitters supplies distribution freight "
                    "shipping resources minerals utilities telecom wireless broadband lines "
                    "airways securities investments financial ferries buses coaches trains rail "
                    "transit logistics".split())
COMPANY_WORDS = PRODUCT_WORDS | {"inc", "inc.", "corp", "corp.", "co.", "llc", "ltd", "ltd.", "plc", "company",
                 "group", "holdings", "industries", "energy", "oil", "motors", "airlines", "airways",
                 "foods", "pharmaceuticals", "technologies", "systems", "partners", "capital",
                 "insurance", "entertainment", "studios", "bank", "brands", "enterprises"}
# Words that mark a public body: neither "the company" nor "the group".
PUBLIC_BODY_WORDS = {"department", "ministry", "police", "agency", "council", "commission", "court",
                     "senate", "congress", "parliament", "university", "college", "school", "office",
                     "bureau", "service", "authority", "government", "administration", "army", "navy",
                     "force", "patrol", "city", "county", "state"}
# Words that mark an association: "the group", "the coalition", not "the company".
ASSOCIATION_WORDS = {"association", "coalition", "union", "party", "committee", "federation", "workers",
                     "employees",
                     "foundation", "institute", "alliance", "network", "society", "church", "league",
                     "fund", "trust", "campaign", "movement", "project", "center", "centre"}
MEDIA_NOUNS = {"newspaper", "paper", "outlet", "network", "broadcaster", "magazine", "publication",
               "station", "website", "site", "daily", "tabloid", "channel", "agency"}
MEDIA_NAME_WORDS = {"news", "times", "post", "journal", "daily", "gazette", "tribune", "herald",
                    "guardian", "examiner", "telegraph", "chronicle", "inquirer", "courier", "dispatch",
                    "sentinel", "observer", "independent", "mail", "express", "mirror", "star", "globe",
                    "reuters", "press", "radio", "television", "tv", "magazine", "review", "record",
                    "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "ap", "afp", "bloomberg",
                    "politico", "axios", "newsweek"}
# A capitalised name followed by one of these is an organisation: "the Rupali Knitwear building".
PREMISES_NOUNS = {"building", "factory", "plant", "headquarters", "offices", "store", "stores",
                  "warehouse", "facility", "mill", "mine", "shares", "stock", "brand", "products",
                  "executives", "employees", "workers", "staff", "subsidiary", "chain"}
COMPANY_NOUNS = {"carrier", "company", "firm", "corporation", "business", "retailer", "manufacturer", "maker",
                 "startup", "carmaker", "automaker", "chain", "insurer", "airline", "bank", "lender",
                 "employer", "giant", "brand", "producer", "supplier", "operator", "developer",
                 "hotel", "restaurant", "casino", "resort", "store", "supermarket", "pharmacy",
                 "distributor", "exporter", "importer", "miner", "smelter", "refinery", "utility",
                 "drugmaker", "publisher", "studio", "platform", "app"}
GROUP_NOUNS = {"group", "gang", "organization", "organisation", "coalition", "network", "alliance",
               "association", "nonprofit", "non-profit", "charity", "campaign", "movement",
               "foundation", "collective", "union", "federation"}


# Lowercase nouns after a name that make it an organisation's: "the Aslef union".
_NAMED_BODY_NOUNS = {"union", "party", "federation", "association", "coalition", "alliance", "charity",
                     "group", "council", "trust"}


# Epithets news uses for an organisation already named: "the embattled lender", "the Knoxville-based bank".
_ORGANISATION_EPITHETS = {"troubled", "embattled", "struggling", "beleaguered", "ailing", "stricken",
                          "besieged", "privately-held", "family-owned", "listed", "publicly", "regional",
                          "mid-sized", "midsize", "small", "large", "cash-strapped", "federal",
                          "provincial", "national", "independent"}


def organisation_fits(entity: Entity, noun: str) -> bool:
    """May "the <noun>" refer to this organisation? "the company" fits "Acme Corp" or a name the
    article gave no kind for, "the coalition" fits a network of groups, "the union" fits neither."""
    words = {w.lower() for w in entity.name.split()}
    if noun in words or noun == entity.noun:
        return True
    is_company = bool(words & COMPANY_WORDS) or entity.noun in COMPANY_NOUNS
    # "a network of 50 groups" is no broadcaster: only unambiguous nouns mark an outlet
    is_media = bool(words & MEDIA_NAME_WORDS) or entity.noun in MEDIA_NOUNS - {"network", "agency", "channel"}
    is_public = bool(words & PUBLIC_BODY_WORDS) or entity.noun in PUBLIC_BODY_WORDS
    is_association = bool(words & ASSOCIATION_WORDS) or entity.noun in GROUP_NOUNS
    if noun == "agency":
        return not is_company  # a news agency or a public one: "the agency" after NASA
    if noun in ("watchdog", "regulator"):
        return is_public  # "the Competition Bureau … the federal watchdog"
    if noun in MEDIA_NOUNS:
        return is_media  # "the paper"
    if noun in COMPANY_NOUNS:
        return is_company or not (is_public or is_media or is_association)
    if noun in GROUP_NOUNS - {"union", "federation", "foundation"}:
        return not (is_company or is_public or is_media)
    if noun in ("union", "federation"):
        return bool(words & ASSOCIATION_WORDS)  # "the union": a nurses' association, never a company
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


# ---------------------------------------------------------------- mentions: who a phrase is
# The phrases below are read from tokens of one sentence in which every quotation has been replaced
# by a single QUOTE_MARKER token, so that words inside quotes never count.

# Verbs of saying, in their usual forms.
SPEECH_VERBS = set((
    "acknowledge acknowledged acknowledges add added adding adds admit admits admitted affirm "
    "affirmed agree agreed agrees allege alleged alleges announce announced announces announcing "
    "answer answered argue argued argues arguing ask asked asks assert asserted asserts boast "
    "boasted caution cautioned chant chanted chanting claim claimed claiming claims comment "
    "commented complain complained complains concede conceded concedes conceding conclude "
    "concluded confirm confirmed confirms contend contended contends continue continued continues "
    "counter countered cried declare declared declares demand demanded demanding demands denied "
    "denies deny dispute disputed echo echoed emphasised emphasize emphasized estimate estimated "
    "estimates exclaim exclaimed explain explained explaining explains insist insisted insisting "
    "insists joke joked lament lamented maintain maintained maintains muse mused note noted notes "
    "noting observe observed plead pleaded pledge pledged pledges posted predict "
    "predicted promise promised question questioned quip quipped quips recall recalled recalls "
    "recount recounted recounts reiterate reiterated reiterates remark remarked replied replies "
    "reply respond responded responds reveal revealed reveals said say saying says scoff scoffed "
    "shout shouted shouting sighed snap snapped stated states stress stressed stresses "
    "suggest suggested suggests tell telling tells testified testifies testify text texted "
    "threaten threatened threatens told tweet tweeted tweets urge urged urges vow vowed vows warn "
    "warned warning warns whispered wonder wondered write writes writing wrote yell yelled "
    "instruct instructed instructs instructing remind reminded reminds assure assured assures "
    "inform informed informs advise advised advises"
).split())
# Verbs that put a name on something: whoever does it used the quoted words.
NAMING_VERBS = set((
    "accuse accused accuses accusing blame blamed blames blaming blast blasted blasting blasts "
    "brand branded brands call called calling calls characterise characterised characterize "
    "characterized characterizes characterizing condemn condemned condemning condemns criticise "
    "criticised criticises criticize criticized criticizes criticizing decried decries decry "
    "decrying defend defended defending defends denounce denounced denounces denouncing depict "
    "depicted depicting depicts describe described describes describing dismiss dismissed "
    "dismisses dismissing dub dubbed dubs hail hailed hailing hails label labeled labeling "
    "labelled labelling labels portray portrayed portraying portrays praise praised praises "
    "praising refer referred referring refers slam slammed slamming slams term termed thank thanked "
    "thanking thanks"
).split())
ATTRIBUTION_VERBS = SPEECH_VERBS | NAMING_VERBS
# Verbs that speak only with a particle: "shot back", "weighed in", "pointed out".
PHRASAL_SPEECH = {"shot": "back", "fired": "back", "hit": "back", "struck": "back", "pushed": "back",
                  "lashed": "out", "spoke": "out", "pointed": "out", "weighed": "in", "chimed": "in"}
# Verbs that can follow a quote inverted: "…," said Smith.
INVERTING_VERBS = set("said says added asked wrote continued explained noted replied recalled "
                      "tweeted argued insisted warned read reads".split())  # "…," read a statement
AUXILIARIES = set("is was are were be been being am has have had will would can could should "
                  "shall may might must do does did 's ’s".split())
# Irregular past-tense verbs: they end a subject as "-ed" does ("A woman in the back held a sign").
IRREGULAR_PAST = set("held stood sat wore carried bore shook swore spoke wrote told gave took made "
                     "brought bought caught taught thought fought sought felt kept left meant met "
                     "sent spent built lent led fled fed read heard sold knew grew threw drew flew "
                     "saw came became began ran sang rang won lost got put set cut hit shut struck "
                     "stuck hung rose drove rode broke chose froze woke".split())
ADVERBS = set("also later then still once again further initially previously repeatedly "
              "reportedly ultimately never not earlier recently just already even too publicly "
              "privately separately first last often himself herself themselves itself alone "
              "simply flatly bluntly quickly angrily calmly proudly there here".split())
CLAUSE_WORDS = set("that which after before when while because since although though if but "
                   "so where whether until unless than as once whom whose why how what".split())
DETERMINERS = set("a an the one another this that these those two three four five several "
                   "some many his her their its".split())
_STRIPPED_DETERMINERS = {"a", "an", "the", "one"}
_ORDINALS = set("first second third fourth fifth sixth seventh eighth ninth tenth another "
                "other".split())
_PREPOSITIONS = {"of", "at", "for", "from", "with", "in", "on", "outside", "inside", "near", "behind",
                 "beside", "across", "around", "opposite"}
_QUANTITIES = set("handful group number dozens hundreds thousands couple few lot majority pair "
                  "crowd score scores tens millions".split())
_ANONYMITY = re.compile(r"anonymity|not authori[sz]ed(?: to (?:speak|talk|comment|discuss \w+(?: \w+)?)"
                        r"(?: publicly| on the record| to (?:the )?(?:media|press|reporters)|"
                        r" (?:on|about) the (?:matter|subject|issue|record|case|talks))?)?|declined to be named|without being named|"
                        r"not to be (?:named|identified)|remain anonymous|to speak publicly|"
                        r"on background|(?:declined|refused|did not want|didn't want|would not|wouldn't) "
                        r"(?:to )?give (?:his|her|their) (?:full |last )?names?|"
                        r"asked that (?:his|her|their) names? not be (?:used|published)")
_GIVEN_NAME = re.compile(r"who (?:(?:gave|give|gives|would give|offered|provided) (?:only )?(?:her|his|their) "
                         r"(?:first |last )?name(?: only)?(?: as|,)|(?:was |is )?identified (?:only )?"
                         r"(?:as|by (?:her|his|their) first name,?)) ([A-Z][\w’'-]+)")
TAIL_STARTS = set("in on at during when while after before to via through from as later earlier "
                   "last this adding according of about yesterday today tonight recently "
                   "previously outside inside afterward afterwards".split()) | WEEKDAYS_MONTHS
# Heads of definite descriptions that stand for a person the article has named ("the businessman",
# "the 45-year-old"), unlike anonymous sources ("the official", "the witness").
_NAMED_PERSON_HEADS = set("businessman businesswoman entrepreneur billionaire mogul candidate incumbent "
                          "challenger politician lawmaker legislator democrat republican conservative "
                          "liberal progressive actor actress singer star athlete veteran founder investor "
                          "novelist author writer economist scientist researcher professor activist pastor "
                          "priest musician rapper comedian host anchor journalist filmmaker firebrand "
                          "newcomer frontrunner front-runner nominee congressman congresswoman "
                          "pollster analyst strategist commentator pundit campaigner academic historian "
                          "tory socialist populist centrist moderate".split())
QUOTE_MARKER = "\x01"


def is_quote_marker(token: Token) -> bool:
    return token.text == QUOTE_MARKER


@dataclass
class Mention:
    """A mention of a (possible) speaker in the text, before resolution."""

    kind: str  # "pronoun", "name", "descriptor"
    text: str
    position: int
    role: str | None = None
    head: str = ""  # a descriptor's head noun, lowercased
    definite: bool = False  # "the coalition", "the DHS chief"
    modifiers: tuple[str, ...] = ()
    subordinate: bool = False  # the subject of a "when …"/"because …" clause, not of the sentence


# ---------------------------------------------------------------- what a phrase names


def classify_phrase(window: list[Token], tokens: list[Token]) -> Mention | None:
    """A noun phrase as a speaker mention: pronoun, name (with title) or descriptor."""
    window = [t for t in window if t.text not in ("(", ")")]
    if not window:
        return None
    if len(window) == 1 and window[0].lower in PRONOUNS:
        return Mention("pronoun", window[0].text, window[0].start)
    if window[0].lower in ("a", "an", "another", "one") and len(window) > 1 and window[-1].text.isupper() \
            and is_title(window[-1].text):
        return _descriptor_ref(window, len(window) - 1)  # "A senior Conservative MP": nobody named
    if len(window) == 2 and window[0].lower == "the" and window[1].lower in _NAMED_PERSON_HEADS:
        # "the Democrat", "the Tory": a party member, the person last named
        return Mention("descriptor", window[1].text, window[0].start, head=window[1].lower, definite=True)
    window = _from_determiner(window)
    if window[-1].text.islower() and not possessive_base(window[0].text) and any(
            possessive_base(t.text) and t.text.islower() for t in window[1:-1]):
        owner = _owner_of_work(window, tokens)  # "an engineer’s 2022 message" speaks for the engineer
        if owner is not None:
            return owner
    person = _person_before_affiliation(window, tokens)
    if person is not None:
        return person
    organisation = _organisation_name(window)
    if organisation is not None:
        return organisation
    head = _head_index(window)
    if head is None and len(window) > 2 and window[0].lower in ("a", "an") and window[-1].text.islower() \
            and any(is_capitalized(t) for t in window[1:-1]):
        head = len(window) - 1  # "a Tauranga charter boat skipper": a noun we do not know heads it
    run_start = trailing_name_run(window)
    # "the director of Alianza Americas", "fans at the United Center": the name is in the head's phrase
    apposed = head is not None and head < run_start < len(window) and _name_in_apposition(window, head, run_start)
    names_a_place_of_the_head = head is not None and head < run_start and not apposed and (
        window[0].lower in DETERMINERS
        or (_common_head(window, head) and any(t.lower in _PREPOSITIONS for t in window[head:run_start])))
    if run_start < len(window) and not names_a_place_of_the_head:
        after_preposition = run_start > 0 and window[run_start - 1].lower in ("of", "for", "at", "from", "in")
        run = [t if i + 1 < len(window) and _inside_organisation_name(window, i) else without_possessive(t)
               for i, t in enumerate(window[run_start:], start=run_start)]
        split = split_name(run, after_preposition)
        if split is not None and _office_for_place_before(window[:run_start]):
            split = person_after_place(split)
        if split is not None and not (after_preposition and split.kind == "org" and head is not None):
            index = tokens.index(window[0]) if window[0] in tokens else 0
            role = role_before(tokens, index + run_start, split) if split.role or run_start else None
            if apposed and (is_person_noun(window[head].text) or is_title(window[head].text)):
                role = " ".join(t.text for t in _without_determiner(window[:run_start]))
            if split.kind == "place":
                return None
            if _title_case_descriptor(split):
                return _descriptor_ref(window, len(window) - 1)
            return Mention("name", " ".join(t.text for t in split.name), split.name[0].start, role=role)
    if head is not None:
        return _name_before_members(window, head) or _descriptor_ref(window, head)
    return _owner_of_work(window, tokens)


def _name_before_members(window: list[Token], head: int) -> Mention | None:
    """"the Sindicato del Mar fishermen's union": a name before whose members' organisation it is."""
    words = _without_determiner(window[:head])
    if len(words) < 2 or not words[-1].text.endswith(("’s", "'s", "s’", "s'")) or not words[-1].text.islower():
        return None
    name = words[:-1]
    if not is_org_noun(window[head].text) or not all(name_token(t) for t in name) \
            or not is_capitalized(name[0]):
        return None
    return Mention("name", " ".join(t.text for t in name), name[0].start)


def _name_in_apposition(window: list[Token], head: int, run_start: int) -> bool:
    """"the farmers' union Agro Unido", "club president of hockey operations Carl Moss": a name
    straight after a lowercase noun is that noun's name, not a place in its phrase (unlike "the
    director of Alianza Americas" or "a spokesperson for the company Verity")."""
    before = window[run_start - 1]
    if before.lower == "the" and head == run_start - 2:
        return True  # "the fans' group the Blackmoor Supporters' Trust"
    if not (before.is_word and before.text.islower()) or before.lower in _PREPOSITIONS | DETERMINERS:
        return False
    if all(t.lower in WEEKDAYS_MONTHS for t in window[run_start:]):
        return False  # "the nurses Monday"
    return not any(t.lower in DETERMINERS for t in window[head + 1:run_start])


def _without_determiner(words: list[Token]) -> list[Token]:
    return words[1:] if words and words[0].lower in DETERMINERS else words


def _owner_of_work(window: list[Token], tokens: list[Token]) -> Mention | None:
    """"Sen. Claire Donovan's new memoir accuses …": the words are the author's."""
    if window[-1].lower not in WORK_NOUNS:
        return None
    for index in range(len(window) - 1, -1, -1):
        base = possessive_base(window[index].text)
        if base and is_capitalized(window[index]):
            owner = window[:index] + [make_token(base, window[index].start, window[index].start + len(base))]
            return classify_phrase(owner, tokens)
        if base and is_person_noun(base):  # "an engineer’s 2022 message": an unnamed worker's words
            return Mention("descriptor", base, window[index].start, head=base.lower())
    return None

def _common_head(window: list[Token], head: int) -> bool:
    """A common noun heading the phrase ("fans", "Officials" opening a sentence), not a title
    standing before a name ("U.S. Attorney for … Mike Hurst")."""
    word = window[head].text
    return word.islower() or (head == 0 and (is_plural_person_noun(word) or not is_title(word)))


def _organisation_name(window: list[Token]) -> Mention | None:
    """A whole capitalised organisation name with its "of"/"and": "the Communications Workers of
    America", "the Department of Homeland Security"."""
    words = window[1:] if window[0].lower == "the" else window
    links = [t for t in words if t.lower in ("of", "and", "for", "&", "the")]
    if not links or not words or not all(is_capitalized(t) or t in links for t in words):
        return None
    if words[-1] in links or any(is_title(t.text) or is_first_name(t.text) for t in words):
        return None
    if name_kind([t for t in words if t not in links]) != "org" and not _joined_like_an_organisation(words):
        return None
    return Mention("name", " ".join(t.text for t in words), words[0].start)


def _joined_like_an_organisation(words: list[Token]) -> bool:
    """"Transport for Wales", "Friends of the Earth": people's names never take "for" or "of the"."""
    lowered = [t.lower for t in words]
    return "for" in lowered[1:-1] or any(lowered[k:k + 2] == ["of", "the"] for k in range(1, len(lowered) - 2))


def _person_before_affiliation(window: list[Token], tokens: list[Token]) -> Mention | None:
    """"Lt. Maria Gonzalez of the Riverside Police Department": the person, not the department."""
    for index, token in enumerate(window):
        if token.lower in ("of", "for", "at", "with", "from") and 0 < index < len(window) - 1:
            before = window[:index]
            if before[0].lower in DETERMINERS:
                return None  # "the director of X" is a descriptor
            ref = classify_phrase(before, tokens) if trailing_name_run(before) < len(before) else None
            if ref is not None and ref.kind == "name" and " " in ref.text \
                    and name_kind(tokenize(ref.text)) != "org":
                return ref  # a full name: "Jordan Michaels of the … Center", not "Sisters of Mercy"
            return None
    return None


def _from_determiner(window: list[Token]) -> list[Token]:
    """"with a campaign spokesperson" → "a campaign spokesperson": start at the determiner that
    introduces a head noun, when words before it are not part of the phrase."""
    if _head_index(window) is not None or trailing_name_run(window) < len(window):
        return window
    for index, token in enumerate(window):
        if token.lower in DETERMINERS and _head_index(window[index:]) is not None:
            return window[index:]
    return window


def _title_case_descriptor(split: NameSplit) -> bool:
    """"Immigration Advocates Say": a headline's capitalised plural noun is not a name."""
    return is_plural_person_noun(split.name[-1].text) and not is_first_name(split.name[0].text)


def _descriptor_ref(window: list[Token], head: int) -> Mention | None:
    start = head
    while start > 0 and window[start - 1].lower not in DETERMINERS and window[start - 1].is_word:
        start -= 1
    if start > 0 and window[start - 1].lower in DETERMINERS:
        start -= 1
    if window[start].lower in ("a", "an", "one", "another") and is_plural_person_noun(window[head].text) \
            and not is_capitalized(window[head]):
        start = head  # "a threat opponents called …": the plural is a subject of its own
    words = window[start:]
    if not words:
        return None
    quantity = next((i for i, t in enumerate(words[:-2])
                     if t.lower in _QUANTITIES and words[i + 1].lower == "of"), None)
    if quantity is not None:
        words = words[quantity + 2:]  # "a handful of protesters" → "protesters"
        start += quantity + 2
    determiner = words[0].lower if words[0].lower in DETERMINERS else ""
    if not determiner and is_plural_person_noun(window[head].text) and head + 1 < len(window) \
            and window[head + 1].lower in ("in", "wearing", "with", "carrying", "holding", "from", "along",
                                         "outside", "near"):
        words = window[start:head + 1]
    if is_plural_person_noun(window[head].text):
        counted = _after_count(words)
        start += len(words) - len(counted)
        words = counted
    modifiers = tuple(t.text for t in window[start + (1 if determiner else 0):head])
    text = " ".join(t.text for t in (words[1:] if determiner in _STRIPPED_DETERMINERS else words))
    return Mention("descriptor", text, words[0].start, head=window[head].lower,
                definite=determiner == "the", modifiers=modifiers)


_COUNT_WORDS = set("several many some hundred hundreds thousand thousands dozen dozens about nearly "
                   "almost roughly around more than over at least two three four five six seven "
                   "eight nine ten eleven twelve fifteen twenty thirty forty fifty".split())


def _after_count(words: list[Token]) -> list[Token]:
    """"several hundred students" → "students": a head count is not part of the descriptor."""
    index = 0
    while index < len(words) - 1 and (words[index].lower in _COUNT_WORDS or words[index].text.isdigit()):
        index += 1
    return words[index:] if index else words


def _head_index(words: list[Token]) -> int | None:
    """The descriptor's head noun: the first person/org noun before any preposition phrase
    ("a handful of protesters": the people, not the handful)."""
    for index, token in enumerate(words):
        if token.lower in _QUANTITIES and index + 1 < len(words) and words[index + 1].lower == "of":
            found = _head_index(words[index + 2:])
            return None if found is None else index + 2 + found
        if token.lower in ("of", "for", "with", "at", "from", "in", "familiar", "close", "who", "on") \
                and not token.text.isupper():  # "a WHO spokesperson"
            break
        if _is_head(words, index):
            last = index
            # "state environmental official": the last noun of the stretch heads it
            for k in range(index + 1, min(len(words), index + 4)):
                lower = words[k].lower
                acronym_title = words[k].text.isupper() and is_title(words[k].text)  # "coalition MP"
                if not (words[k].text.islower() or acronym_title) or lower in _HEAD_STOPS or lower in DETERMINERS \
                        or lower.endswith("ing") or past_verb(words[k]):
                    break
                if _is_head(words, k):
                    last = k
            return last
    return None


_HEAD_STOPS = {"of", "for", "with", "at", "from", "in", "on", "who", "which", "that", "and", "or",
               "familiar", "close"}


def _is_head(words: list[Token], index: int) -> bool:
    """A person or organisation noun that is not a title in front of a name ("Director Albence")."""
    token = words[index]
    if not _is_head_noun(token.text):
        return False
    name_follows = index + 1 < len(words) and is_capitalized(words[index + 1])
    return not (is_capitalized(token) and name_follows)


@lru_cache(maxsize=8192)
def _is_head_noun(word: str) -> bool:
    word = word.rstrip("’'")  # "fans'"
    return is_person_noun(word) or is_org_noun(word)


def _descriptor_text(words: list[Token]) -> str:
    """The words without a leading article or a trailing relative clause ("… who was not involved")."""
    for index, token in enumerate(words[1:], start=1):
        if token.lower in ("who", "which"):
            words = words[:index]
            break
    text = " ".join(t.text for t in words)
    return strip_article(text).strip(" ,")


def describes_a_named_person(head: str) -> bool:
    return head in _NAMED_PERSON_HEADS or head.endswith("-year-old")


def without_possessive(token: Token) -> Token:
    base = possessive_base(token.text)
    return make_token(base, token.start, token.start + len(base)) if base else token


def role_before(tokens: list[Token], i: int, split: NameSplit) -> str | None:
    role_tokens = list(split.role)
    k = i - 1
    extra: list[Token] = []
    while k >= 0:
        token = tokens[k]
        lower = token.lower
        if not token.is_word or lower in NOT_NAME_WORDS - {"the", "of", "for", "and"} - ROLE_WORDS:
            break
        if not (is_capitalized(token) or lower in ROLE_WORDS or is_title(lower) or is_org_noun(lower)):
            break
        extra.insert(0, token)
        k -= 1
    while extra and extra[0].lower in ("the", "of", "for", "and", "at"):
        extra.pop(0)
    words = extra + role_tokens
    if not any(is_title(t.text) or t.lower in PERSON_NOUNS for t in words):
        return None
    return " ".join(t.text for t in words)


# ---------------------------------------------------------------- who does the saying


def speech_verb_at(tokens: list[Token], j: int) -> bool:
    """Is tokens[j] a verb of saying: "said", or "shot" in "shot back"?"""
    if tokens[j].text[0].isupper() and any(t.is_word and t.text.islower() for t in tokens[max(0, j - 3):j]):
        return False  # "in BJP-ruled States": a capital mid-sentence is a name (headlines capitalise verbs)
    if tokens[j].lower in SPEECH_VERBS:
        return True
    if tokens[j].lower in ("read", "reads") and j > 0 and tokens[j - 1].lower in ISSUED_NOUNS:
        return True  # "the message read"
    particle = PHRASAL_SPEECH.get(tokens[j].lower)
    return particle is not None and j + 1 < len(tokens) and tokens[j + 1].lower == particle


def attribution_verb_at(tokens: list[Token], j: int) -> bool:
    return tokens[j].lower in NAMING_VERBS or speech_verb_at(tokens, j) or _describes_oneself(tokens, j)


_SELF_DESCRIBING = {"cast", "casts", "casting", "billed", "bills", "billing", "styled", "styles",
                    "pitched", "pitches", "positioned", "positions", "presented", "presents", "sold",
                    "sells", "painted", "paints", "marketed", "markets"}
_REFLEXIVES = {"herself", "himself", "themselves", "itself", "ourselves", "myself"}


def _describes_oneself(tokens: list[Token], j: int) -> bool:
    """"has cast herself as the candidate of "…"": the words are her own description."""
    return tokens[j].lower in _SELF_DESCRIBING and j + 1 < len(tokens) and tokens[j + 1].lower in _REFLEXIVES


def is_noun_use(tokens: list[Token], j: int) -> bool:
    """"a statement", "the call", "his remarks", "the government's pledge": a speech word used as
    a noun."""
    if j == 0:
        return False
    before = tokens[j - 1]
    word = tokens[j].lower
    if before.lower in ("one", "each", "another") and not (
            word.endswith(("ed", "s")) or word in IRREGULAR_PAST or word == "said"):
        return True  # "one question", "each claim"; but "One said", "Another says"
    if before.lower in _NOUN_PREPOSITIONS and not tokens[j].lower.endswith("ing"):
        return True  # "in one 2021 text", "by email"; but "after telling the judge" is a verb
    return (before.lower in _NOUN_DETERMINERS or before.text[0].isdigit()
            or bool(possessive_base(before.text)))


_NOUN_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "this", "these", "those",
                     "every", "our", "your", "my", "whose"}
_NOUN_PREPOSITIONS = {"in", "on", "of", "by", "with", "from", "via", "during", "through"}


def verb_subject(tokens: list[Token], j: int) -> Mention | None:
    """Who does the saying of the speech verb at j: "…," said X / X said."""
    after_quote = j > 0 and (tokens[j - 1].text == "," or is_quote_marker(tokens[j - 1]))
    # ", said on Channels Television's Politics Today that …" goes on with a phrase, not a speaker
    followed_by_phrase = j + 1 < len(tokens) and tokens[j + 1].lower in _AFTER_VERB_WORDS
    if tokens[j].lower in INVERTING_VERBS and after_quote and not followed_by_phrase:
        inverted = phrase_after(tokens, j + 1)
        if inverted is not None and (is_quote_marker(tokens[j - 1]) or is_quote_marker(tokens[j - 2])
                                     or phrase_ends_clause(tokens, j + 1)):
            return inverted
    return subject_before(tokens, j)


_AFTER_VERB_WORDS = {"on", "in", "at", "that", "to", "during", "after", "before", "with", "of", "from",
                     "last", "this", "yesterday", "today"}


def subject_before(tokens: list[Token], j: int) -> Mention | None:
    """The noun phrase doing the saying, left of the verb at j."""
    k = _skip_back_adverbs(tokens, j)
    if k < 0:
        return None
    if tokens[k].text in _DASHES:
        # "Lerato Mokoena – no relation to the ANC candidate – said": skip the aside
        opening = next((m for m in range(k - 1, max(-1, k - 16), -1) if tokens[m].text in _DASHES), None)
        if opening is not None and opening > 0:
            k = opening - 1
    if tokens[k].lower in ("them", "those") and k >= 2 and tokens[k - 1].lower == "of" \
            and tokens[k - 2].lower in ("one", "each"):
        return Mention("descriptor", tokens[k - 2].text, tokens[k - 2].start, head="one")  # "One of them said"
    if tokens[k].lower in ("one", "another") and (k == 0 or tokens[k - 1].lower in _COORDINATORS):
        # "One said", "Another said": one of the people just described
        return Mention("descriptor", tokens[k].text, tokens[k].start, head=tokens[k].lower)
    if tokens[k].lower in PRONOUNS:
        if tokens[k].lower == "who":
            return _relative_antecedent(tokens, k)
        return Mention("pronoun", tokens[k].text, tokens[k].start)
    if tokens[k].text == ")":
        k = _skip_parenthesis(tokens, k)
    if k >= 0 and tokens[k].lower in ("and", "but"):
        return sentence_subject(tokens)
    if k >= 0 and tokens[k].text == ",":
        found = _appositive_subject(tokens, k)
    else:
        window = _window_left(tokens, k)
        if window and window[0].lower == "with":
            window = window[1:]  # "…, with developing countries accusing rich nations of …"
        found = classify_phrase(window, tokens)
    if found is None or _inside_relative_clause(tokens, j, found):
        return _subject_with_relative_clause(tokens, j) or found
    return found


_DASHES = {"–", "—"}


def _skip_back_adverbs(tokens: list[Token], j: int) -> int:
    """Index of the last token of the subject, skipping adverbs, auxiliaries and time words."""
    k = j - 1
    while k >= 0:
        lower = tokens[k].lower
        if lower in ADVERBS or lower in AUXILIARIES or (lower.endswith("ly") and tokens[k].text.islower()):
            k -= 1
        elif lower in WEEKDAYS_MONTHS or lower in ("night", "morning", "afternoon", "evening"):
            k -= 1
            if k >= 0 and tokens[k].lower in ("on", "last", "this", "late", "early"):
                k -= 1
        elif lower in _PERIOD_NOUNS and k > 0 and tokens[k - 1].lower in _PERIOD_OPENERS:
            k -= 2  # "X, a Republican, last month called …"
        else:
            break
    return k


_PERIOD_NOUNS = {"week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter"}
_PERIOD_OPENERS = {"last", "this", "next", "earlier", "later"}


def _skip_parenthesis(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].text != "(":
        k -= 1
    return k - 1


def _window_left(tokens: list[Token], k: int, limit: int = 14) -> list[Token]:
    """Tokens of the noun phrase ending at k: stops at punctuation, clause words, verbs, quotes."""
    start = k
    while start >= 0 and k - start < limit:
        token = tokens[start]
        lower = token.lower
        if not (token.is_word or _inner_ampersand(tokens, start)) \
                or (_ends_phrase(token) and not is_noun_use(tokens, start)):  # "the note said"
            break
        if lower == "by":
            break
        if lower == "and" and not (_joins_titles(tokens, start) or _joins_names(tokens, start)):
            break
        start -= 1
    return tokens[start + 1:k + 1]


def phrase_before(tokens: list[Token], k: int) -> Mention | None:
    """The noun phrase ending at k, as a speaker mention; a past verb ends it ("packed the hall")."""
    window = _window_left(tokens, k)
    verbs = [i for i, token in enumerate(window) if past_verb(token)]
    window = window[verbs[-1] + 1:] if verbs else window
    found = classify_phrase(window, tokens)
    partitive = [i for i, token in enumerate(window) if token.lower == "of"]
    if found is None and partitive:
        return classify_phrase(window[partitive[-1] + 1:], tokens)  # "two dozen of Marsh's fans"
    return found


def _ends_phrase(token: Token) -> bool:
    """A clause word, verb or auxiliary; a capitalised one inside a name is not ("State Department")."""
    if token.text[0].isupper() and (token.lower not in CLAUSE_WORDS or token.text.isupper()):
        return False  # "State Department", "a WHO spokesperson"
    return token.lower in CLAUSE_WORDS or token.lower in ATTRIBUTION_VERBS or token.lower in AUXILIARIES


def _joins_titles(tokens: list[Token], i: int) -> bool:
    """"legal director and interim executive director": an "and" inside a title."""
    before = tokens[i - 1].lower if i > 0 else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (is_title(before) or before in ROLE_WORDS) and (after in ROLE_WORDS or is_title(after))


def _joins_names(tokens: list[Token], i: int) -> bool:
    return 0 < i < len(tokens) - 1 and is_capitalized(tokens[i - 1]) and is_capitalized(tokens[i + 1]) \
        and tokens[i - 1].lower.rstrip(".") not in _COMPANY_SUFFIXES  # "Foods Ltd. and FreshMart": two


def _appositive_subject(tokens: list[Token], comma: int) -> Mention | None:
    """A subject with an appositive before the verb: "Óscar Chacón, the executive director of
    Alianza Americas, said" / "One protester, student Maya Thompson, said" / "A senior officer,
    speaking on condition of anonymity, said"."""
    left_comma = comma - 1
    while left_comma >= 0 and tokens[left_comma].text != ",":
        if is_quote_marker(tokens[left_comma]):
            return None
        left_comma -= 1
    if left_comma < 1:
        return None
    left_comma = _start_of_place_appositive(tokens, left_comma)
    chunk = tokens[left_comma + 1:comma]
    if chunk and past_verb(chunk[0]) and chunk[0].lower not in _ASIDE_PARTICIPLES | _LOCATED_WORDS:
        return sentence_subject(tokens)  # "Ramos, 46, …, chaired the committee …, has cast herself"
    if chunk and chunk[0].lower in ("who", "which") and tokens[left_comma - 1].text != ")":
        # "Mara Lindgren, founder of Pixelwharf, which makes the app Stillwater, said": the
        # relative clause describes the appositive before it; the subject stands before both.
        earlier = _appositive_subject(tokens, left_comma)
        if earlier is not None:
            return earlier
    end_of_before = left_comma - 1
    if tokens[end_of_before].text == ")":
        end_of_before = _skip_parenthesis(tokens, end_of_before)  # "Rep. Matt Gaetz (R-Fla.), who …"
    if any(t.lower in ATTRIBUTION_VERBS for t in chunk) and chunk[0].lower not in ("who", "which") \
            and chunk[0].lower not in _ASIDE_PARTICIPLES:  # "A spokesperson, asked about it, said"
        return None
    before = classify_phrase(_window_left(tokens, end_of_before), tokens) if end_of_before >= 0 else None
    inner = classify_phrase(chunk, tokens) if chunk else None
    if before is None and end_of_before >= 1 and tokens[end_of_before].text[0].isdigit() \
            and tokens[end_of_before - 1].text == ",":
        earlier = _appositive_subject(tokens, left_comma)  # "Marjorie Kitchen, 71, of Selkirk, said"
        if earlier is not None:
            return earlier
    if before is None:
        # "The pipeline's developer, Summit Midstream, said": a name standing alone between commas
        standing_alone = inner is not None and (trailing_name_run(chunk) == 0 or inner.role)
        return inner if standing_alone and inner.kind == "name" else None
    before_is_office = before.kind == "name" and is_title(before.text.split()[-1])  # "the ASUU President"
    if inner is not None and inner.kind == "name" and (before.kind == "descriptor" or before_is_office):
        inner.role = inner.role or before.text  # "The county's health director, Paul Jensen,"
        return inner
    if before.kind == "name" and _is_role_chunk(chunk):
        before.role = before.role or _descriptor_text(chunk)
    return before


_ASIDE_PARTICIPLES = {"asked", "pressed", "questioned", "reached", "contacted", "interviewed"}
_LOCATED_WORDS = {"based", "headquartered", "located", "founded"}


def _start_of_place_appositive(tokens: list[Token], left_comma: int) -> int:
    """"Brontel, based in Hoboken, New Jersey, said": the state after the city's comma is still
    the appositive, which starts at the comma before "based"."""
    previous = left_comma - 1
    while previous >= 0 and tokens[previous].text != ",":
        previous -= 1
    if previous >= 1 and tokens[previous + 1].lower in _LOCATED_WORDS:
        return previous
    return left_comma


def _is_role_chunk(chunk: list[Token]) -> bool:
    """"the executive director of X", "an analyst at Y", "chief medical officer at Z"."""
    if chunk[0].lower in ("who", "which") or chunk[0].text[0].isdigit() or chunk[0].lower.endswith("ing"):
        return False
    return any(is_title(t.text) or is_person_noun(t.text) for t in chunk[:6])


def _inside_relative_clause(tokens: list[Token], j: int, found: Mention) -> bool:
    """"A strategist who has advised the Kessler campaign, speaking …, described": the phrase found
    before the verb sits in the subject's relative clause."""
    for token in tokens[:j]:
        if token.start >= found.position:
            return False
        if token.lower in ("who", "whose", "which") and token is not tokens[0]:
            return True
        if token.lower in ATTRIBUTION_VERBS or is_quote_marker(token):
            return False
    return False


def _subject_with_relative_clause(tokens: list[Token], j: int) -> Mention | None:
    """"A nurse who asked not to be named … said": the sentence's subject, its relative clause
    kept when it explains the anonymity."""
    lead = sentence_subject(tokens)
    if lead is None or lead.kind != "descriptor":
        return None
    for i, token in enumerate(tokens[:j]):
        if token.start > lead.position and token.lower in ("who", "whose", "that"):
            relative = _text_between(tokens[i:j], stop_after=_ANONYMITY) \
                or (_whole_clause(tokens[i:j]) if token.lower != "that" else "")  # "a banner that said"
            if relative and tokens[i - 1].text != ",":
                lead.text = f"{lead.text} {relative}"
            return lead
    return None


def _whole_clause(tokens: list[Token]) -> str:
    """"who has moved four times in three years" up to the verb of saying, when nothing breaks it."""
    if len(tokens) < 3 or any(not t.is_word and t.text not in ("-", "’", "'") for t in tokens):
        return ""
    return " ".join(t.text for t in tokens)


def _relative_antecedent(tokens: list[Token], k: int) -> Mention | None:
    """"… Matthew Albence to The Washington Post, who said": the nearest person named before."""
    i = k - 1
    while i >= 0:
        if name_token(tokens[i]) and tokens[i].lower not in NOT_NAME_WORDS:
            end = i
            start = trailing_name_run(tokens[:end + 1])
            run = tokens[start:end + 1]
            split = split_name(run)
            is_place = split is not None and fold(" ".join(t.text for t in split.name)) in PLACE_NAMES
            if split is not None and split.kind not in ("org", "place") and not is_place:
                return Mention("name", " ".join(t.text for t in split.name), split.name[0].start,
                            role=role_before(tokens, start, split))
            i = start - 1
            continue
        i -= 1
    return None


def nearest_person_before(tokens: list[Token], k: int) -> Mention | None:
    """The person mentioned last before k in the sentence ("deployed by the U.S. leader, including
    his use of …")."""
    for i in range(k - 1, -1, -1):
        token = tokens[i]
        if is_quote_marker(token):
            return None
        if token.text[0].islower() and is_person_noun(token.text) and not is_plural_person_noun(token.text):
            ref = classify_phrase(_window_left(tokens, i), tokens)
            if ref is not None and ref.kind == "descriptor":
                return ref
    return None


def _verb_after_phrase(tokens: list[Token], i: int, j: int) -> bool:
    """"Mayor Helen Cho summed up …": a past verb after a name or noun ends the phrase (but "one
    retired fisherman" goes on)."""
    if j == i or not past_verb(tokens[j]):
        return False
    before = tokens[j - 1]
    return is_capitalized(before) or _is_head_noun(before.text)


def phrase_after(tokens: list[Token], i: int) -> Mention | None:
    """The noun phrase starting at i (after an inverted verb or "according to")."""
    j = i
    while j < len(tokens) and j - i < 14:
        token = tokens[j]
        if not (token.is_word or _inner_ampersand(tokens, j)) and token.text not in ("(", ")") \
                or _ends_phrase(token) or token.lower == "who" or _verb_after_phrase(tokens, i, j):
            break
        j += 1
    window = _before_channel([t for t in tokens[i:j] if t.text not in ("(", ")")])
    while window and window[-1].lower in WEEKDAYS_MONTHS | {"on", "in", "at", "last", "this"}:
        window.pop()
    ref = classify_phrase(window, tokens)
    if ref is None or not _leads_to(window, ref):
        return None
    if ref.kind == "descriptor" and ref.head in DOCUMENT_NOUNS:
        return _document_source(window, tokens) or ref
    if ref.kind == "descriptor" and j < len(tokens) and tokens[j].lower == "who":
        named = given_name(tokens, j, ref)  # "a woman who gave her name only as Shirin"
        if named is not None:
            return named
        relative = _text_between(tokens[j:], stop_after=_ANONYMITY)
        if relative:
            ref.text = f"{ref.text} {relative}"  # "said a driver who declined to give his name"
        return ref
    if ref.kind == "descriptor" and j + 1 < len(tokens) and tokens[j].text == ",":
        named = _appositive_name(tokens, j + 1, sentence_end=True)
        if named is not None:
            named.role = named.role or ref.text  # "said the party's health spokesperson, Ed Lewis."
            return named
    if ref.kind == "name" and j + 1 < len(tokens) and tokens[j].text == ",":
        appositive = _appositive_chunk(tokens, j + 1)
        if appositive:
            ref.role = ref.role or appositive
    return ref


DOCUMENT_NOUNS = {"statement", "report", "letter", "memo", "release", "filing", "study", "survey",
                  "complaint", "lawsuit", "post", "tweet", "email", "notice", "note", "message"}
# Things a person writes or runs, whose words are theirs: "Donovan's memoir accuses …".
WORK_NOUNS = {"memoir", "book", "autobiography", "statement", "letter", "post", "tweet", "ad", "ads",
              "advertisement", "op-ed", "essay", "column", "speech", "website", "account", "video",
              "email", "podcast", "campaign", "lawsuit", "complaint", "filing", "report", "blog",
              # a judge's or an official's written findings
              "opinion", "ruling", "judgment", "judgement", "decision", "verdict", "order",
              "findings", "testimony", "affidavit", "submission", "manifesto",
              "message", "messages", "memo", "note", "notes", "diary", "emails", "posts", "tweets"}
ISSUED_NOUNS = {"statement", "release", "post", "tweet", "email", "letter", "memo", "note", "message"}
# Verbs by which someone issues a text: "The thieves left a note", "the group posted a message".
ISSUING_VERBS = set("issued posted left sent released published wrote put delivered emailed "
                    "circulated distributed".split())


def source_after(tokens: list[Token], i: int) -> Mention | None:
    """What "according to" names: a speaker phrase, or else whatever noun phrase follows
    ("according to the chargesheet")."""
    found = phrase_after(tokens, i)
    if found is not None:
        return found
    words: list[Token] = []
    for token in tokens[i:i + 6]:
        if not token.is_word or token.lower in CLAUSE_WORDS or is_quote_marker(token):
            break
        words.append(token)
    definite = bool(words) and words[0].lower == "the"
    words = [t for t in words if t.lower not in DETERMINERS]
    if not words:
        return None
    return Mention("descriptor", " ".join(t.text for t in words), words[0].start,
                   head=words[-1].lower, definite=definite)


def _document_source(window: list[Token], tokens: list[Token]) -> Mention | None:
    """"a statement from the mayor's office" → the mayor's office."""
    for index, token in enumerate(window[:-1]):
        if token.lower in ("from", "by"):
            return classify_phrase(window[index + 1:], tokens)
    return None


def _before_channel(window: list[Token]) -> list[Token]:
    """"one teacher on Facebook", "a spokesperson in a statement": the channel is not the source."""
    for index, token in enumerate(window[1:], start=1):
        following = window[index + 1].lower if index + 1 < len(window) else ""
        if token.lower in ("on", "via", "during") or (token.lower in ("in", "at") and following in ("a", "an")):
            return window[:index]
    return window


def _leads_to(window: list[Token], ref: Mention) -> bool:
    """Only titles and determiners may stand before the phrase found ("said Gov. Tate Reeves"),
    not words of another clause ("said the robbers held a gun to his …")."""
    for token in window:
        if token.start >= ref.position:
            return True
        if token.lower in DETERMINERS or token.lower in ROLE_WORDS or is_title(token.text) \
                or is_capitalized(token):
            continue
        # before a name, plain modifiers are fine too: "said longtime resident Marcus Bell"
        if ref.kind != "name" or token.lower.endswith(("ed", "ing")) or token.lower in CLAUSE_WORDS:
            return False
    return True


def phrase_ends_clause(tokens: list[Token], i: int) -> bool:
    """After "said X": the sentence ends, or a comma, channel or time follows X."""
    for token in tokens[i:i + 15]:
        if not token.is_word:
            return token.text != "("
        if token.lower in TAIL_STARTS or token.lower in AUXILIARIES or token.lower in ATTRIBUTION_VERBS:
            return token.lower in TAIL_STARTS
    return True


def _text_between(tokens: list[Token], stop_after: re.Pattern) -> str:
    """Words up to and including the longest phrase stop_after matches; "" when it never does."""
    words: list[str] = []
    longest = ""
    for token in tokens:
        if token.text in (",", ".", ";") or is_quote_marker(token):
            break
        words.append(token.text)
        text = " ".join(words)
        if any(match.end() == len(text) for match in stop_after.finditer(text)):
            longest = text
    return longest


def given_name(tokens: list[Token], who: int, ref: Mention) -> Mention | None:
    """"a woman who gave her name only as Shirin", "a man who gave only his first name, Gerald":
    the name the descriptor's relative clause gives (tokens[who] is "who")."""
    words: list[str] = []
    for token in tokens[who:who + 14]:
        if token.text in (".", ";") or is_quote_marker(token):
            break
        words.append(token.text)
    match = _GIVEN_NAME.match(" ".join(words).replace(" ,", ","))
    if match is None:
        return None
    return Mention("name", match.group(1), ref.position)


def _appositive_chunk(tokens: list[Token], i: int) -> str | None:
    if i + 1 < len(tokens) and tokens[i].text.isdigit() and tokens[i + 1].text == ",":
        i += 2  # "Maria Lopez, 34, a nurse from Queens"
    chunk: list[Token] = []
    for token in tokens[i:]:
        if not token.is_word or token.lower in ATTRIBUTION_VERBS:
            break
        chunk.append(token)
    if chunk and _is_role_chunk(chunk):
        return _descriptor_text(chunk)
    return None


# ---------------------------------------------------------------- a sentence's subjects


def sentence_subject(tokens: list[Token]) -> Mention | None:
    """The subject at the start of a sentence, after an introductory phrase ("On Friday, he …")."""
    start = _after_dateline(tokens)
    if start == 0 and len(tokens) > 1 and tokens[0].lower in _COORDINATORS and tokens[1].text != ",":
        start = 1  # "But two nurses …, who …, described"
    opener = tokens[start].lower if start < len(tokens) else ""
    if start == 0 and opener.endswith("ing") and tokens[0].text[0].isupper():
        # "Chanting "…" and carrying a banner, the protesters walked …": the subject follows the comma
        comma = next((i for i, t in enumerate(tokens[:30]) if t.text == ","), None)
        if comma is not None:
            start = comma + 1
            opener = tokens[start].lower if start < len(tokens) else ""
    following = tokens[start + 1].lower if start + 1 < len(tokens) else ""
    # "At the University of Lagos, …" opens with a phrase; "At least 40 …" and "More than 400
    # students walked out, chanting …" open with their subject's count
    count_opener = opener in _COUNT_WORDS and not (opener in _INTRO_PREPOSITIONS and following not in ("least", "most"))
    introduced = opener in NOT_NAME_WORDS or opener in _INTRO_PREPOSITIONS
    if start <= 1 and introduced and opener not in DETERMINERS and opener not in PRONOUNS and not count_opener:
        for i, token in enumerate(tokens[:25]):
            if token.text == ",":
                start = i + 1
                break
            if is_quote_marker(token):
                return None
    while start < len(tokens) - 1 and (tokens[start].lower in _COUNT_WORDS or tokens[start].text.isdigit()) \
            and tokens[start + 1].lower != "of":
        start += 1  # "More than 400 students …": the count is not the subject ("Hundreds of …" is)
    window: list[Token] = []
    for index, token in enumerate(tokens[start:start + 16], start=start):
        lower = token.lower
        if not token.is_word or lower in AUXILIARIES or lower in ATTRIBUTION_VERBS or lower in CLAUSE_WORDS \
                or lower in ADVERBS or lower == "who" or (window and past_verb(token)):
            break
        if window and _phrase_complete(window, token) and not _role_before_name(tokens, index) \
                and not _name_apposed_ahead(window, tokens, index):
            break
        window.append(token)
        if lower in PRONOUNS:
            break
    if not window:
        return None
    if window[0].lower in PRONOUNS:
        return Mention("pronoun", window[0].text, window[0].start)
    ref = classify_phrase(window, tokens)
    end = start + len(window)
    if ref is None and len(window) > 1 and window[0].lower in ("a", "an", "one", "another") \
            and window[-1].text.islower() and _AGENT_SUFFIX.match(window[-1].lower) \
            and tokens[end:end + 2] and any(t.lower == "who" for t in tokens[end:end + 2]):
        ref = _descriptor_ref(window, len(window) - 1)  # "One refuse collector, who …": a person
    if ref is not None and ref.kind == "descriptor" and end < len(tokens) and tokens[end].lower == "who":
        return given_name(tokens, end, ref) or ref
    if (ref is None or ref.kind == "descriptor") and end < len(tokens) and tokens[end].text == ",":
        named = _appositive_name(tokens, end + 1)
        if named is not None:
            # "Eastfield's head coach, Tom Ashby, …", "Her opposite number, MSP Graham Simpson, …"
            named.role = named.role or (ref.text if ref is not None else None)
            return named
    return ref


_COORDINATORS = {"but", "and", "yet", "so", "or"}
_INTRO_PREPOSITIONS = {"at", "in", "on", "from", "after", "before", "during", "outside", "inside", "near",
                       "for", "with", "under", "across", "since", "despite", "amid", "throughout"}
_ED_NOT_VERBS = {"hundred", "kindred", "sacred", "naked", "wicked", "beloved", "need", "speed",
                 "seed", "breed", "creed", "shed", "feed", "greed", "deed", "steed", "tweed"}


def past_verb(token: Token) -> bool:
    """"marched", "held": a lowercase past verb ends a subject ("Several hundred students marched")."""
    lower = token.lower
    if not token.text.islower() or lower in _ED_NOT_VERBS or "-" in lower:
        return False  # "hand-painted signs": a compound adjective
    return (lower.endswith("ed") and len(lower) > 3) or lower in IRREGULAR_PAST


_AGENT_SUFFIX = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant)$")


def _name_apposed_ahead(window: list[Token], tokens: list[Token], i: int) -> bool:
    """"the fans' group the Blackmoor Supporters' Trust": the name after "the" is the group's."""
    last = window[-1]
    return tokens[i].lower == "the" and i + 1 < len(tokens) and is_capitalized(tokens[i + 1]) \
        and last.text.islower() and _is_head_noun(last.text)


def _role_before_name(tokens: list[Token], i: int) -> bool:
    """"Former Mariners reliever Tom Beckley", "Student body president Ana Ruiz": lowercase words
    ending in a job noun between a capitalised word and a first name are a role in the subject."""
    for j in range(i, min(i + 3, len(tokens) - 1)):
        word = tokens[j].text
        if not word.islower() and not (word.isupper() and is_title(word)):  # "safety MEC"
            return False
        job = bool(_AGENT_SUFFIX.match(word)) or is_title(word) or is_person_noun(word)
        if job and tokens[j + 1].text.islower():
            continue  # "general secretary Sharon Graham": the job goes on
        if job:
            # a first name we know, or an office before a full name we don't ("Punjab agriculture
            # minister Gurmeet Singh Khuddian")
            return is_first_name(tokens[j + 1].text) or (
                (is_title(word) or is_person_noun(word)) and j + 2 < len(tokens)
                and name_token(tokens[j + 1]) and name_token(tokens[j + 2]))
        if word.endswith("s") or word in CLAUSE_WORDS or word in _PREPOSITIONS:
            return False  # "Park visits president …": a verb, not a role
    return False


def _phrase_complete(window: list[Token], nxt: Token) -> bool:
    """Does the subject end before nxt? After a name a lowercase word ends it ("Mayor Linda Park
    met …"); after a head noun only a preposition may go on ("Officials at the agency")."""
    if not nxt.text[0].islower() or nxt.lower in NAME_PARTICLES or _is_head_noun(nxt.text) \
            or nxt.lower in ROLE_WORDS:
        return False  # "El Paso gunman", "Eastfield's head coach", "Former state Treasurer …"
    last = window[-1]
    in_phrase_after_head = _head_index(window) is not None and any(t.lower in _PREPOSITIONS for t in window)
    if window[0].lower in ("a", "an", "one", "another") and all(name_token(t) for t in window[1:]) \
            and not past_verb(nxt):
        return False  # "One Ballinrobe suckler farmer", "A Tauranga charter boat skipper"
    if name_token(last) and last.lower not in NOT_NAME_WORDS and not in_phrase_after_head:
        return True  # but "The mayor of a small Texas border town" goes on
    return _is_head_noun(last.text) and nxt.lower not in _PREPOSITIONS


def _after_dateline(tokens: list[Token]) -> int:
    """Index after a dateline such as "JACKSON, Miss. (AP) —" or "WASHINGTON —", else 0."""
    for i, token in enumerate(tokens[:8]):
        if token.text in ("—", "–", "--", "-") and i > 0:
            words = [t.text for t in tokens[:i] if t.is_word]
            if words and words[0].isupper() and len(words[0]) > 1:
                return i + 1
            return 0
    return 0


def _appositive_name(tokens: list[Token], i: int, sentence_end: bool = False) -> Mention | None:
    """A name standing alone between commas at i: ", Tom Ashby,"; or ending the sentence."""
    j = i
    while j < len(tokens) and tokens[j].is_word:
        j += 1
    closed = j < len(tokens) and tokens[j].text == "," or (
        sentence_end and (j == len(tokens) or tokens[j].text in (".", "!", "?")))
    chunk = tokens[i:j]
    run = trailing_name_run(chunk)
    # only a description of a person may stand before the name: ", 34-year-old nurse Priya Shah,",
    # ", retired teacher Graham Holt,"
    if j == i or not closed or not _person_description(chunk[:run]):
        return None
    ref = classify_phrase(chunk, tokens)
    if ref is None or ref.kind != "name":
        return None
    if run > 0:
        ref.role = ref.role or " ".join(t.text for t in chunk[:run])
    return ref


def _person_description(words: list[Token]) -> bool:
    if all(_describes_a_person(t) for t in words):
        return True
    return _describes_a_person(words[-1]) and all(t.text.islower() for t in words[:-1])


def _describes_a_person(token: Token) -> bool:
    return token.lower in DETERMINERS or token.lower in ROLE_WORDS or is_title(token.text) \
        or is_person_noun(token.text) or any(c.isdigit() for c in token.text)


def subject_names(tokens: list[Token]) -> list[Mention]:
    """Names followed by a verb ("McAleenan acknowledged", "President Trump defended")."""
    refs = []
    i = 0
    while i < len(tokens):
        owned = i > 0 and bool(possessive_base(tokens[i - 1].text))  # "Television's Politics Today"
        if not name_token(tokens[i]) or tokens[i].lower in NOT_NAME_WORDS or owned:
            i += 1
            continue
        j = i
        while j < len(tokens) and name_token(tokens[j]) and not possessive_base(tokens[j].text):
            j += 1
        if j < len(tokens) and _verb_like(tokens, j):
            ref = classify_phrase(tokens[i:j], tokens)
            if ref is not None and ref.kind == "name":
                ref.subordinate = i > 0 and tokens[i - 1].lower in CLAUSE_WORDS
                refs.append(ref)
        i = max(j, i + 1)
    return refs


def _verb_like(tokens: list[Token], j: int) -> bool:
    k = j
    if tokens[k].text == "(":
        while k < len(tokens) and tokens[k].text != ")":
            k += 1
        k += 1
    while k < len(tokens) and (tokens[k].lower in ADVERBS or tokens[k].lower.endswith("ly")):
        k += 1
    if k >= len(tokens):
        return False
    lower = tokens[k].lower
    return lower in AUXILIARIES or lower in ATTRIBUTION_VERBS or (
        lower.endswith("ed") and tokens[k].text.islower() and len(lower) > 3)


# ---------------------------------------------------------------- names with their titles


# "Maple Crest Foods Ltd. and FreshMart Canada" are two companies.
_COMPANY_SUFFIXES = {"ltd", "inc", "corp", "llc", "plc", "co", "lp", "llp", "gmbh", "ag", "sa"}
# Words that end an organisation's name when a modifier and a lowercase role follow.
_BODY_ENDS = {"union", "association", "party", "federation", "council", "institute", "society",
              "league", "alliance", "coalition", "confederation", "congress"}


def name_run_end(tokens: list[Token], i: int) -> int:
    """End of the name starting at i; an organisation's name may run on over "of", "and", "for"
    ("Army Corps of Engineers", "Department of Homeland Security")."""
    j = i
    while j < len(tokens) and name_token(tokens[j]):
        j += 1
        if possessive_base(tokens[j - 1].text):
            return j
        if tokens[j - 1].lower in _BODY_ENDS and j > i + 1 and j + 1 < len(tokens) \
                and name_token(tokens[j]) and tokens[j + 1].text.islower():
            return j  # "… Education Union Victorian division secretary": the union's name ends
    # "Customers of Cumberland Trust Bank" are people, but "Friends of the Earth" is one name
    people_of = j == i + 1 and is_plural_person_noun(tokens[i].text) and tokens[j + 1:j + 2] \
        and tokens[j + 1].lower != "the"
    while not people_of and j + 1 < len(tokens) and tokens[j].lower in ("of", "and", "for") \
            and name_token(tokens[j + 1]) and tokens[j + 1].lower not in NOT_NAME_WORDS \
            and not (tokens[j].lower == "and" and tokens[j - 1].lower.rstrip(".") in _COMPANY_SUFFIXES):
        end = j + 1
        while end < len(tokens) and name_token(tokens[end]) and not possessive_base(tokens[end].text):
            end += 1
        if name_kind(tokens[i:end]) != "org" or any(is_title(t.text) for t in tokens[i:end]) \
                or any(is_first_name(t.text) for t in tokens[j + 1:end]):
            break
        j = end
    return j


def role_appositive_before(tokens: list[Token], i: int, j: int) -> str | None:
    """"The county's health director, Paul Jensen, said": the title before the name."""
    if i < 2 or tokens[i - 1].text != "," or j >= len(tokens) or tokens[j].text != ",":
        return None
    before = classify_phrase(_window_left(tokens, i - 2), tokens)
    if before is not None and before.kind == "descriptor" and is_title(before.head):
        return before.text
    return None


def appositive_after(tokens: list[Token], j: int) -> tuple[str | None, str | None, str | None]:
    """"Alianza Americas, a network of …" → (None, "org", "network");
    "X, the director of Y," → ("director of Y", "person", None)."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None, None, None
    chunk: list[Token] = []
    for token in tokens[j + 1:j + 16]:
        if not token.is_word or token.lower in ATTRIBUTION_VERBS or token.lower in AUXILIARIES:
            break
        chunk.append(token)
    if not chunk or not (chunk[0].lower in ("a", "an", "the") or _is_role_chunk(chunk)):
        return None, None, None
    head = _head_index(chunk)
    if head is None:
        return None, None, None
    if is_org_noun(chunk[head].text) and not is_person_noun(chunk[head].text):
        return None, "org", chunk[head].lower
    return _descriptor_text(chunk), "person", None


# ---------------------------------------------------------------- coreference


@dataclass
class Speaker:
    """Who said something, as the article names or describes them."""

    name: str
    named: bool
    role: str | None
    kind: str  # "person", "org", "unknown", "descriptor", "plural"
    entity: Entity | None = None
    head: str = ""
    gender: str | None = None

    def sex(self) -> str | None:
        return self.entity.gender if self.entity else self.gender

    def is_person(self) -> bool:
        if self.kind in ("person", "unknown", "plural"):
            return True
        return self.kind == "descriptor" and not is_org_noun(self.head)


_REGIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "midwest", "mideast", "arctic", "antarctic", "tropics", "continent", "mainland", "interior"}


def _organisation_called(tokens: list[Token], i: int) -> str | None:
    """"a ransomware gang known as NightLock", "a group called Riverton Forward": the noun."""
    before = [t.lower for t in tokens[max(0, i - 3):i]]
    if before[-2:] == ["known", "as"] and len(before) == 3 and is_org_noun(before[0]):
        return before[0]
    if len(before) >= 2 and before[-1] in ("called", "named") and is_org_noun(before[-2]):
        return before[-2]
    return None


class Coreference:
    """Who the subjects of an article's sentences are, read in order: surnames resolve to the full
    name first given, pronouns to the person last spoken of, "the coalition" to the organisation,
    "the official" to the official described before."""

    def __init__(self, sentences: list[list[Token]], headline: list[Token] | None = None) -> None:
        self.registry = NameRegistry()
        self.subjects: dict[int, Mention] = {}
        self.resolved: dict[int, Speaker | None] = {}
        self.history: list[tuple[int, Speaker]] = []
        self._sorted_mentions: list[tuple[int, str]] = []
        self._verb_subjects: dict[int, Mention | None] = {}  # by the verb's position
        self.issuers: list[tuple[int, str, Mention]] = []  # (position, text noun, who issued it)
        self.honorific_gender: dict[int, str] = {}  # by the position of the word after "Ms", "Mr"
        self._register_headline_people(headline or [])
        for tokens in sentences:
            self._register_names(tokens)
            self._note_honorifics(tokens)
        for tokens in sentences:
            self._collect_subjects(tokens)
        self._resolve_in_order()

    def _register_headline_people(self, tokens: list[Token]) -> None:
        """"Tom Gallagher wins claim" then "Gallagher said": a headline's known first name and the word
        after it are a person (a title-case headline's other capitalised words are no names)."""
        for first, second in zip(tokens, tokens[1:]):
            if is_first_name(first.text) and name_token(second) and second.lower not in NOT_NAME_WORDS \
                    and name_kind([first, second]) == "person":
                self.registry.add(f"{first.text} {second.text}", "person", first.start)

    def _note_honorifics(self, tokens: list[Token]) -> None:
        for token, nxt in zip(tokens, tokens[1:]):
            if token.lower in HONORIFIC_GENDER and name_token(nxt):
                self.honorific_gender[nxt.start] = HONORIFIC_GENDER[token.lower]

    def _register_names(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            if not name_token(tokens[i]) or tokens[i].lower in NOT_NAME_WORDS:
                i += 1
                continue
            j = name_run_end(tokens, i)
            self._register_run(tokens, i, j)
            i = j

    def _register_run(self, tokens: list[Token], i: int, j: int, affiliation: bool = False) -> None:
        link = next((k for k in range(i + 1, j - 1) if tokens[k].lower in ("of", "at")), None)
        before_link = split_name(tokens[i:link]) if link is not None and link - i >= 2 else None
        if before_link is not None and before_link.kind == "person":
            self._register_run(tokens, i, link)  # "Naomi Ellis of Brookhaven University": two names
            self._register_run(tokens, link + 1, j, affiliation=True)
            return
        run = [without_possessive(t) for t in tokens[i:j]]
        after_preposition = i > 0 and tokens[i - 1].lower in ("of", "for", "at", "in", "from")
        split = split_name(run, after_preposition)
        if split is None:
            return
        if _office_for_place_before(tokens[max(0, i - 6):i]):
            split = person_after_place(split)
        name = " ".join(t.text for t in split.name)
        if any(t.lower in ("of", "and", "for") for t in run):
            name = " ".join(t.text for t in run)  # an organisation's name in full
        kind = "org" if affiliation else split.kind  # what a person is "of" is an organisation
        office = None
        if after_preposition and i > 1 and split.kind == "person" and split.role and is_title(tokens[i - 2].text):
            office = " ".join(t.text for t in tokens[i - 2:i] + split.role)  # "Minister for Health Jo Kirwan"
        elif after_preposition and i > 1 and (is_title(tokens[i - 2].text) or self._person_surname(tokens[i - 2])):
            kind = "org"  # "director of Alianza Americas", "Marcus Bell of Redfield Securities"
        appositive, appositive_kind, noun = appositive_after(tokens, j)
        if appositive_kind:
            kind = appositive_kind
        elif j < len(tokens) and tokens[j].lower in PREMISES_NOUNS:
            kind = "org"  # "the Rupali Knitwear building"
        elif j < len(tokens) and tokens[j].lower in _NAMED_BODY_NOUNS and split.kind == "unknown":
            kind, noun = "org", tokens[j].lower  # "the Aslef union", "the Reform party"
        elif split.kind == "unknown" and _role_before_name(tokens, j):
            kind = "org"  # "Aslef general secretary Mick Whelan": the office is the organisation's
        elif _organisation_called(tokens, i):
            kind, noun = "org", _organisation_called(tokens, i)  # "a gang known as NightLock"
        elif kind in ("unknown", "person") and i > 0 and tokens[i - 1].lower == "the" and not split.role \
                and run[0].lower not in _REGIONS and not is_first_name(run[0].text) \
                and not (len(run) == 1 and run[0].lower in _NAMED_PERSON_HEADS):  # "the Democrat"
            kind = "org"  # "The Athletic", "the Keystone Grand": people's names take no article
        elif i > 1 and is_org_noun(tokens[i - 1].text) and tokens[i - 1].text.islower() \
                and tokens[i - 2].lower in ("the", "a", "an") and not split.role:
            kind, noun = "org", tokens[i - 1].lower  # "the group Riverton Forward"
        if kind == "place":
            return
        role = None if kind == "org" else office or role_before(tokens, i, split) or appositive \
            or role_appositive_before(tokens, i, j)
        if len(split.name) > 1 or kind == "org" or (appositive_kind == "person" and appositive):
            # one word is a name when the article says who it is: "Sueli, a 52-year-old school cook,"
            entity = self.registry.add(name, kind, split.name[0].start, role)
            entity.noun = entity.noun or (noun if kind == "org" else None)
        elif split.role and role:
            entity = self.registry.resolve(name, split.name[0].start)
            if entity is not None:
                entity.role = entity.role or role

    def _person_surname(self, token: Token) -> bool:
        return any(e.kind == "person" for e in self.registry.by_surname.get(fold(token.text), []))

    def _collect_subjects(self, tokens: list[Token]) -> None:
        """Every phrase of the sentence that does something: speakers first, then its subject."""
        self._collect_issuers(tokens)
        for j, token in enumerate(tokens):
            if attribution_verb_at(tokens, j) and not is_noun_use(tokens, j):
                self._keep(self.verb_subject(tokens, j))
            elif token.lower == "according" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
                self._keep(source_after(tokens, j + 2))
        lead = sentence_subject(tokens)
        if lead is None or lead.kind != "name" or self._known_name(lead):
            self._keep(lead)
        for ref in subject_names(tokens):
            if self._known_name(ref):
                self._keep(ref)

    def _collect_issuers(self, tokens: list[Token]) -> None:
        """"The thieves had left a note", "the group posted a message": who issued which text."""
        for j, token in enumerate(tokens[:-2]):
            if token.lower not in ISSUING_VERBS or tokens[j + 1].lower not in ("a", "an", "its", "their"):
                continue
            noun = next((t.lower for t in tokens[j + 2:j + 5] if t.lower in ISSUED_NOUNS), None)
            issuer = subject_before(tokens, j) if noun else None
            if issuer is not None:
                self._keep(issuer)
                self.issuers.append((token.start, noun, issuer))

    def verb_subject(self, tokens: list[Token], j: int) -> Mention | None:
        """verb_subject, remembered: the same verbs are asked about again when quotes are read."""
        position = tokens[j].start
        if position not in self._verb_subjects:
            self._verb_subjects[position] = verb_subject(tokens, j)
        return self._verb_subjects[position]

    def _keep(self, ref: Mention | None) -> None:
        if ref is not None:
            self.subjects.setdefault(ref.position, ref)

    def _known_name(self, ref: Mention) -> bool:
        """"Honeybees can …": a lone capitalised word is a name only when the article says so."""
        if len(ref.text.split()) > 1 or self.registry.resolve(ref.text, ref.position) is not None:
            return True
        # "Her daughter Leanne", "His wife, Marian,": a role for a person says it is one
        return bool(ref.role) and any(is_person_noun(word) for word in ref.role.split())

    def _resolve_in_order(self) -> None:
        for position in sorted(self.subjects):
            speaker = self._resolve(self.subjects[position])
            self.resolved[position] = speaker
            if speaker is not None:
                self.history.append((position, speaker))

    def speaker_for(self, ref: Mention) -> Speaker | None:
        if ref.position in self.resolved and self.subjects.get(ref.position) == ref:
            return self.resolved[ref.position]
        return self._resolve(ref)

    def _resolve(self, ref: Mention) -> Speaker | None:
        if ref.kind == "pronoun":
            return self._resolve_pronoun(ref)
        if ref.kind == "name":
            return self._resolve_name(ref)
        return self._resolve_descriptor(ref)

    def _earlier(self, position: int, main_clauses_only: bool = False) -> list[Speaker]:
        return [s for p, s in reversed(self.history)
                if p < position and not (main_clauses_only and self.subjects[p].subordinate)]

    def _resolve_pronoun(self, ref: Mention) -> Speaker | None:
        """The person (or group, or organisation) last spoken of as a subject; subjects of
        subordinate clauses ("… when Foster posed no threat") only when nobody else fits."""
        found = self._pronoun_antecedent(ref, main_clauses_only=True) or self._pronoun_antecedent(ref)
        named = self._person_mentioned(ref) if found is None or found.sex() is None else None
        if found is None or (named is not None
                             and self.registry._last_mention(named.name, ref.position)
                             > self._last_subject(found.name, ref.position)):
            # "For students like Aisha Musa … "…," she said": a woman named since the last subject
            # of unknown sex is likelier than that subject
            found = named
        sense = PRONOUNS.get(ref.text.lower())
        if found is not None and sense in ("m", "f") and found.entity is not None and found.entity.gender is None:
            found.entity.gender = sense  # learnt: later "she" won't go to him
        return found

    def _mentions_by_position(self) -> list[tuple[int, str]]:
        """The registry's mentions in text order, sorted again only when more were added."""
        if len(self._sorted_mentions) != len(self.registry.mentions):
            self._sorted_mentions = sorted(self.registry.mentions)
        return self._sorted_mentions

    def _last_subject(self, name: str, before: int) -> int:
        """Where the name was last a subject before a position."""
        return max((p for p, speaker in self.history if speaker.name == name and p < before), default=-1)

    def _person_mentioned(self, ref: Mention) -> Speaker | None:
        """"Torres sued host Greg Lund, saying he called her a "fraud"": no subject fits, so the
        last person of that sex named anywhere before, object or not."""
        sense = PRONOUNS.get(ref.text.lower())
        if sense not in ("m", "f"):
            return None
        mentions = self._mentions_by_position()
        for index in range(bisect.bisect_left(mentions, (ref.position, "")) - 1, -1, -1):  # latest first
            entity = self.registry.entities.get(mentions[index][1])
            if entity is not None and entity.kind == "person" \
                    and (entity.gender or first_name_gender(entity.name.split()[0])) == sense:
                return Speaker(entity.name, True, entity.role, "person", entity)
        return None

    def _pronoun_antecedent(self, ref: Mention, main_clauses_only: bool = False) -> Speaker | None:
        sense = PRONOUNS.get(ref.text.lower())
        for speaker in self._earlier(ref.position, main_clauses_only):
            if sense in ("m", "f") and speaker.is_person() and speaker.kind != "plural":
                if speaker.sex() in (None, sense):
                    return speaker
            elif sense == "p" and ref.text.lower() == "they" and speaker.kind in ("plural", "org"):
                return speaker
            elif sense == "n" and speaker.kind == "org":
                return speaker
        return None

    def _resolve_name(self, ref: Mention) -> Speaker:
        entity = self.registry.resolve(ref.text, ref.position, self.honorific_gender.get(ref.position))
        if entity is None:
            kind = name_kind(tokenize(ref.text)) if ref.text else "unknown"
            role_words = (ref.role or "").split()
            if kind != "org" and (is_first_name(ref.text) or any(is_person_noun(w) for w in role_words)):
                kind = "person"  # "Her daughter Leanne", "His wife, Marian,"
            entity = self.registry.add(ref.text, kind if kind in ("org", "person") else "unknown", ref.position)
            if kind == "person" and entity.gender is None:
                entity.gender = next((g for w in role_words if (g := noun_gender(w))), None) \
                    or first_name_gender(ref.text.split()[0])
        else:
            self.registry.mentions.append((ref.position, entity.name))
        kind = entity.kind if entity.kind != "place" else "unknown"
        role = None if kind == "org" else ref.role or entity.role
        return Speaker(entity.name, True, role, kind, entity)

    def _resolve_descriptor(self, ref: Mention) -> Speaker:
        """A descriptor as written, unless the article uses it for someone it has named."""
        head = ref.head
        if head == "one":
            return self._one_of_the_group(ref)
        if head == "another":
            return self._another_of_the_kind(ref)
        plural = is_plural_person_noun(head)
        as_written = Speaker(ref.text, False, None, "plural" if plural else "descriptor",
                             head=head, gender=noun_gender(head))
        if not ref.definite and " " not in ref.text and ref.text[:1].isupper():
            entity = self.registry.resolve(ref.text, ref.position)  # "King told Breitbart News"
            if entity is not None and entity.kind == "person":
                return Speaker(entity.name, True, entity.role, "person", entity)
        if ref.definite and head in DOCUMENT_NOUNS and ref.text.lower() == head:
            return self._author_of_document(ref) or as_written
        if is_org_noun(head):
            return self._organisation_described(ref) or as_written
        if ref.definite and not any(m in _ORDINALS for m in ref.modifiers):
            return self._person_described(ref) or as_written
        return as_written

    def _one_of_the_group(self, ref: Mention) -> Speaker | None:
        """"Two nurses … described a different picture. One said …": one of the group last spoken
        of, a single unnamed person ("she said" may follow)."""
        group = next((s for s in self._earlier(ref.position) if s.kind == "plural"), None)
        if group is None:
            return None
        return Speaker(group.name, False, None, "descriptor", head=group.head)

    def _another_of_the_kind(self, ref: Mention) -> Speaker | None:
        """"One prospective juror … Another said …": another person of the kind last described."""
        earlier = next((s for s in self._earlier(ref.position) if s.kind in ("plural", "descriptor")), None)
        if earlier is None:
            return None
        if earlier.kind == "plural":
            return Speaker(earlier.name, False, None, "descriptor", head=earlier.head)
        return Speaker(f"another {earlier.name}", False, None, "descriptor", head=earlier.head)

    def _author_of_document(self, ref: Mention) -> Speaker | None:
        """"The White House issued a statement. … the statement said": whoever was last named,
        for the things a speaker issues (not "the complaint" or "the study", written by others)."""
        if ref.head not in ISSUED_NOUNS:
            return None
        issued = [m for p, noun, m in self.issuers if noun == ref.head and p < ref.position]
        if issued:
            return self.speaker_for(issued[-1])
        return next((s for s in self._earlier(ref.position) if s.named), None)

    def _organisation_described(self, ref: Mention) -> Speaker | None:
        """"the Trump administration" is named; "a network of …" and "the coalition" are the
        organisation the article described so; "the union representing workers" is new."""
        head = ref.head
        if any(m[:1].isupper() and not m.lower().endswith("-based") for m in ref.modifiers):
            return Speaker(ref.text, True, None, "org", head=head)  # not "the Knoxville-based bank"
        if not ref.definite or any(m in _ORDINALS for m in ref.modifiers):
            entity = self.registry.organisation_called(head)
            return Speaker(entity.name, True, None, "org", entity) if entity else None
        if any(not (m.lower().endswith("-based") or m.lower() in _ORGANISATION_EPITHETS) for m in ref.modifiers):
            return None  # "the central bank" may be another bank; "the embattled lender" is this one
        for speaker in self._earlier(ref.position):
            if speaker.kind == "org" and speaker.entity and organisation_fits(speaker.entity, head):
                return speaker
        entity = self.registry.organisation_for(head, ref.position)
        return Speaker(entity.name, True, None, "org", entity) if entity else None

    def _person_described(self, ref: Mention) -> Speaker | None:
        """"the DHS chief" by title, "the official" as described before, "the firebrand
        businessman" as the man last named."""
        head = ref.head
        single = not is_plural_person_noun(head)
        if single and is_title(head):
            modifiers = {m.lower().rstrip(".") for m in ref.modifiers} - ROLE_WORDS
            entity = self.registry.by_role(head, modifiers, ref.position)
            if entity is not None:
                return Speaker(entity.name, True, entity.role, entity.kind, entity)
        if not ref.modifiers:
            for speaker in self._earlier(ref.position):
                if speaker.kind == "descriptor" and speaker.head == head:
                    return speaker
        if single:
            for speaker in self._earlier(ref.position):  # "Political analyst Mike Noble … the analyst"
                if speaker.named and speaker.kind == "person" and head in (speaker.role or "").lower().split():
                    return speaker
        if single and describes_a_named_person(head):
            sex = noun_gender(head)
            for speaker in self._earlier(ref.position):
                if speaker.named and speaker.kind in ("person", "unknown") and (
                        sex is None or speaker.sex() in (None, sex)):
                    return speaker
        return None

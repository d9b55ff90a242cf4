"""Word tables shared by the number extractor and the conflict grouping: units, events, counted nouns."""
from __future__ import annotations

import re

# ---------------------------------------------------------------- units

PERCENT_UNITS = ("percent", "percentage points")
CURRENCY_SIGNS = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
CURRENCY_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "euro": "euros", "euros": "euros", "yen": "yen",
    "yuan": "yuan", "rupee": "rupees", "rupees": "rupees", "peso": "pesos", "pesos": "pesos",
    "franc": "francs", "francs": "francs", "pound": "pounds", "pounds": "pounds", "taka": "taka",
    "naira": "naira", "rand": "rand", "baht": "baht", "ringgit": "ringgit", "riyal": "riyals",
    "riyals": "riyals", "dirham": "dirhams", "dirhams": "dirhams", "shekel": "shekels",
    "shekels": "shekels", "lira": "lira", "zloty": "zlotys", "zlotys": "zlotys",
    "krona": "kronor", "kronor": "kronor", "krone": "kroner", "kroner": "kroner",
}
MONEY_UNITS = frozenset(CURRENCY_WORDS.values())
TIME_UNITS = {
    "second": "seconds", "sec": "seconds", "secs": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
    "fortnight": "fortnights", "night": "nights", "month": "months", "year": "years", "decade": "decades",
    "century": "centuries", "centuries": "centuries",
}
MEASURE_UNITS = {
    "mile": "miles", "kilometre": "kilometres", "kilometer": "kilometers", "km": "kilometres",
    "metre": "metres", "meter": "meters", "centimetre": "centimetres", "centimeter": "centimeters",
    "millimetre": "millimetres", "millimeter": "millimeters", "cm": "centimetres",
    "mm": "millimetres", "foot": "feet", "feet": "feet", "ft": "feet",
    "inch": "inches", "inches": "inches", "yard": "yards", "acre": "acres", "hectare": "hectares",
    "ton": "tons", "tonne": "tonnes", "kilogram": "kilograms", "kg": "kilograms", "gram": "grams",
    "lb": "pounds", "lbs": "pounds", "ounce": "ounces", "gallon": "gallons", "litre": "litres",
    "liter": "liters", "barrel": "barrels", "degree": "degrees", "mph": "mph",
    "magnitude": "magnitude",
}
# Every spelling of a time or measure unit after a number (singular, plural) -> the unit.
UNIT_WORDS: dict[str, str] = {}
for _table in (TIME_UNITS, MEASURE_UNITS):
    for _word, _unit in _table.items():
        UNIT_WORDS[_word] = _unit
        UNIT_WORDS[_unit] = _unit

# ---------------------------------------------------------------- events

# Canonical event -> the words and phrases that report it. Used to match the same quantity
# across articles ("detained" = "arrested") and to name events in a counts phrase.
EVENT_SYNONYMS = {
    "arrested": ("arrested", "arrest", "arrests", "detained", "detention", "detentions",
                 "apprehended", "apprehension", "apprehensions", "jailed", "taken into custody",
                 "rounded up", "picked up", "held", "booked", "locked up", "in custody"),
    "dead": ("dead", "died", "killed", "death", "deaths", "fatalities", "slain", "lost their lives",
             "perished", "murdered", "killing", "killings", "shot dead", "death toll"),
    "injured": ("injured", "wounded", "hurt", "injury", "injuries"),
    "released": ("released", "release", "freed"),
    "deported": ("deported", "deportation", "deportations", "removed", "expelled"),
    "evacuated": ("evacuated", "evacuation", "evacuations", "evacuees", "ordered to evacuate",
                  "ordered to leave", "forced to evacuate", "forced to leave", "told to evacuate",
                  "told to leave", "to evacuate", "to leave their homes", "to leave home",
                  "to leave the area", "from their homes", "from homes"),
    "burned": ("burned", "burnt", "scorched", "charred", "consumed", "blackened"),
    "missing": ("missing", "unaccounted for"),
    "rescued": ("rescued", "rescue"),
    "displaced": ("displaced", "fled", "uprooted", "homeless", "forced to flee",
                  "forced from their homes", "to flee", "lost their homes", "left homeless"),
    "charged": ("charged", "indicted", "prosecuted"),
    "hospitalized": ("hospitalized", "hospitalised", "hospitalizations", "hospitalisations",
                     "taken to hospital", "taken to the hospital", "taken to hospitals",
                     "admitted to hospital", "admitted to the hospital"),
    "infected": ("infected", "tested positive", "infections", "sickened", "ill", "sick",
                 "fell ill", "became ill"),
    "destroyed": ("destroyed", "collapsed", "flattened", "razed", "levelled", "leveled"),
    "protesting": ("marched", "rallied", "gathered", "protested", "demonstrated", "attended",
                   "turned out", "took to the streets", "took part", "protesters", "protestors",
                   "demonstrators", "marchers", "attendees", "participants", "rallygoers", "crowd",
                   "walked out", "walked off the job", "went on strike", "on strike", "joined the strike",
                   "joined the march", "joined the protest", "joined the protests", "joined the rally",
                   "joined the demonstration"),
    "laid off": ("laid off", "fired", "lost their jobs", "layoffs", "dismissed"),
    "hired": ("hired", "employed", "hiring"),
    # People a measure applies to: "affect 6 million people", "8 million residents subject to
    # the restrictions", "restricting water use for 8 million residents".
    "affected": ("affected", "impacted", "covered", "subject to"),
    # Kept apart from "affected": an outage is usually a part of what a storm affects.
    "lost power": ("without power", "left without power", "lost power", "without electricity",
                   "left without electricity", "lost electricity"),
    # Who was on a vehicle: "the train was carrying 300 passengers" = "450 passengers on board".
    "aboard": ("aboard", "on board", "onboard", "carried"),
    # US and British spellings report one event: "1,200 flights cancelled" = "canceled".
    "cancelled": ("cancelled", "canceled", "scrapped", "called off"),
}
EVENT_CLASS = {word: event for event, words in EVENT_SYNONYMS.items() for word in words}

# "the arrest of 680 workers" -> "workers arrested".
NOMINAL_EVENTS = {
    "arrest": "arrested", "arrests": "arrested", "detention": "detained", "detentions": "detained",
    "apprehension": "apprehended", "death": "dead", "deaths": "dead", "killing": "killed",
    "killings": "killed", "murder": "murdered", "murders": "murdered", "release": "released",
    "deportation": "deported", "deportations": "deported", "removal": "removed",
    "evacuation": "evacuated", "rescue": "rescued", "firing": "fired", "hiring": "hired",
    "layoff": "laid off", "layoffs": "laid off", "execution": "executed", "expulsion": "expelled",
    "displacement": "displaced", "hospitalization": "hospitalized", "hospitalisation": "hospitalised",
    "injuring": "injured", "wounding": "wounded",
}
# Verbs that take the counted people or things as object: "officers arrested 680 people".
_EVENT_VERBS = {
    "arrest": "arrested", "detain": "detained", "apprehend": "apprehended", "kill": "killed",
    "deport": "deported", "release": "released", "free": "freed", "evacuate": "evacuated",
    "rescue": "rescued", "injure": "injured", "wound": "wounded", "hire": "hired", "fire": "fired",
    "employ": "employed", "cover": "covered", "sicken": "sickened", "eliminate": "eliminated",
    "axe": "axed", "slash": "slashed", "cancel": "cancelled", "scrap": "scrapped",
    "target": "targeted", "displace": "displaced", "infect": "infected",
    "hospitalize": "hospitalized", "hospitalise": "hospitalised", "charge": "charged",
    "indict": "indicted", "convict": "convicted", "sentence": "sentenced", "affect": "affected",
    "remove": "removed", "expel": "expelled", "relocate": "relocated", "house": "housed",
    "shelter": "sheltered", "vaccinate": "vaccinated", "treat": "treated", "serve": "served",
    "feed": "fed", "cut": "cut", "shoot": "shot", "hit": "hit", "strike": "struck", "hurt": "hurt",
    "lose": "lost", "shed": "shed", "attract": "attracted", "impact": "impacted",
    "carry": "carried",
}


def _inflections(base: str) -> list[str]:
    """"arrest" -> arrest, arrests, arresting; "cut" -> cutting; "release" -> releasing."""
    third_person = base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
    if base.endswith("e") and not base.endswith("ee"):
        stem = base[:-1]
    elif len(base) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base):
        stem = base + base[-1]  # cut -> cutting, shed -> shedding
    else:
        stem = base
    return [base, third_person, stem + "ing"]


# Every present-tense or -ing form of an event verb -> its participle ("arresting" -> "arrested").
EVENT_VERB_FORMS = {form: done for base, done in _EVENT_VERBS.items() for form in _inflections(base)}
IRREGULAR_PARTICIPLES = frozenset({
    "hurt", "held", "taken", "shot", "slain", "struck", "stricken", "hit", "lost", "found", "kept",
    "sent", "brought", "caught", "bitten", "beaten", "stolen", "spent", "paid", "won", "fled",
    "swept", "born", "thrown", "driven", "cut", "fed", "sold", "built",
})
# States a counted group ends up in: "22 people dead", "14 missing".
EVENT_ADJECTIVES = frozenset({"dead", "missing", "homeless", "alive", "ill", "sick"})
# Multi-word events, longest first so "lost their lives" wins over "lost".
EVENT_PHRASES = (
    "taken into custody", "lost their lives", "lost their jobs", "took to the streets",
    "ordered to evacuate", "ordered to leave", "forced to evacuate", "forced to leave",
    "forced to flee", "forced from their homes", "told to evacuate", "told to leave",
    "turned out", "took part", "laid off", "rounded up", "picked up", "locked up", "unaccounted for",
    "tested positive", "shot dead", "to evacuate", "to flee", "subject to", "lost their homes",
    "left homeless", "fell ill", "became ill", "taken to hospital", "taken to the hospital",
    "taken to hospitals", "admitted to hospital", "admitted to the hospital", "left without power",
    "without power", "lost power", "called off", "walked out", "walked off the job",
    "went on strike", "on strike", "joined the strike", "joined the march", "joined the protest",
    "joined the protests", "joined the rally", "joined the demonstration", "left without electricity",
    "without electricity", "lost electricity", "on board", "to leave their homes", "to leave home",
    "to leave the area", "from their homes", "from homes",
)
# Verbs with a particle that act on the counted: "lay off about 1,000 workers".
PHRASAL_EVENT_VERBS = {
    "lay off": "laid off", "lays off": "laid off", "laying off": "laid off", "laid off": "laid off",
    "round up": "rounded up", "rounds up": "rounded up", "rounding up": "rounded up",
    "rounded up": "rounded up", "apply to": "affected", "applies to": "affected",
    "applied to": "affected", "applying to": "affected",
}
# Jobs that are cut are people laid off: "cut 1,200 jobs" = "lay off 1,200 workers".
JOB_NOUNS = frozenset({"job", "position", "post", "role"})
JOB_LOSS_EVENTS = frozenset({"cut", "eliminated", "shed", "lost", "slashed", "axed", "laid off"})
# Money that leaves an account is counted apart from money held in it: "pulled $1.2 billion in
# deposits" = "$1.5 billion in withdrawals", but not "held $9.8 billion in deposits".
MONEY_OUTFLOW_VERBS = frozenset({
    "pulled", "pull", "pulls", "pulling", "withdrew", "withdraw", "withdraws", "withdrawing",
    "withdrawn", "moved", "took", "taken", "yanked",
})
OUTFLOW_NOUNS = frozenset({"withdrawals", "withdrawal", "outflows", "outflow"})
# Who loses power is counted by the meter: "80,000 homes" = "120,000 customers" without power.
POWER_EVENTS = frozenset({"lost power"})
METERED_NOUNS = frozenset({"customer", "household", "property", "premise", "premises", "business",
                           "home", "house", "residence"})
# Buildings that burned are buildings destroyed: "450 structures burned" = "500 homes destroyed".
BUILDING_LOSS_EVENTS = frozenset({"burned", "destroyed"})
# How a phrase reads in a counts phrase: "30,000 residents ordered to leave" -> "residents evacuated".
PHRASE_PARTICIPLES = {
    "ordered to evacuate": "evacuated", "ordered to leave": "evacuated",
    "forced to evacuate": "evacuated", "forced to leave": "evacuated", "forced to flee": "displaced",
    "forced from their homes": "displaced", "told to evacuate": "evacuated",
    "told to leave": "evacuated", "to evacuate": "evacuated", "to flee": "displaced",
    "to leave their homes": "evacuated", "to leave home": "evacuated", "to leave the area": "evacuated",
    "from their homes": "evacuated", "from homes": "evacuated",
}
# -ed words that say how a figure is known or used, not what happened to the counted.
NOT_EVENTS = frozenset({
    "said", "reported", "estimated", "expected", "used", "needed", "based", "related", "aged",
    "called", "named", "compared", "scheduled", "planned", "supposed", "allowed", "required",
    "concerned", "interested", "located", "situated", "listed", "included", "counted", "recorded",
    "considered", "believed", "thought", "told", "asked", "noted", "confirmed", "announced",
    "stated", "claimed", "totaled", "totalled", "numbered", "reached", "exceeded", "surpassed",
    "topped", "passed", "cited", "showed", "revealed", "seemed", "appeared", "posted", "added",
    "proposed", "owned", "led", "funded", "backed", "sponsored", "shared", "dated", "titled",
    "entitled", "featured", "registered", "qualified", "tied", "ranked", "rated", "priced",
    "valued", "worth", "marked", "compared", "combined", "mixed",
})

# Words for a restriction or order that applies to people: "restricting water use for 8 million
# residents" and "a curfew on 2 million people" count the people it affects.
MEASURE_WORDS = frozenset({
    "restrict", "restricts", "restricted", "restricting", "restriction", "restrictions",
    "ration", "rations", "rationed", "rationing", "limit", "limits", "limiting", "ban", "bans",
    "banning", "curb", "curbs", "curbing", "cap", "caps", "capping", "order", "orders",
    "mandate", "mandates", "lockdown", "lockdowns", "emergency", "advisory", "advisories",
    "warning", "warnings", "alert", "alerts", "outage", "outages", "shutoff", "shutoffs",
    "curfew", "curfews", "quarantine", "quarantines", "measure", "measures", "rule", "rules",
    "requirement", "requirements", "cut", "cuts", "cutoff", "cutoffs", "blackout", "blackouts",
    "suspend", "suspends", "suspended", "suspending", "suspension", "closure", "closures",
    "shutdown", "shutdowns",
    # Disruption falls on people the way a measure does: "disrupting travel for 180,000".
    "disrupt", "disrupts", "disrupted", "disrupting", "disruption", "disruptions",
})
# Words that make a measure a power cut: "cut power to 3,500 homes" counts homes that lost power.
POWER_WORDS = frozenset({"power", "electricity"})
# Prepositions that join a measure to the people it applies to.
MEASURE_PREPOSITIONS = ("for", "on", "to")

# ---------------------------------------------------------------- counted nouns

# Nouns of change after a percentage: "a 43 percent decrease".
CHANGE_NOUNS = frozenset({
    "rise", "fall", "jump", "cut", "gain", "loss", "drop", "increase", "decrease", "decline",
    "reduction", "growth", "hike", "boost", "discount", "return", "surge", "plunge", "dip",
    "slump", "raise", "spike",
})

# Nouns that name the people an event happens to; one class, so "680 workers arrested" and
# "as many as 800 immigrants were arrested" report the same quantity.
PERSON_NOUNS = frozenset({
    "people", "person", "persons", "individual", "immigrant", "migrant", "worker", "employee",
    "laborer", "labourer", "resident", "civilian", "adult", "man", "woman", "victim", "detainee",
    "latino", "latina", "hispanic", "foreigner", "alien", "undocumented", "citizen", "national",
    "refugee", "passenger", "inhabitant", "shopper", "suspect", "casualty", "other", "seeker",
    "protester", "protestor", "demonstrator", "marcher", "attendee", "participant", "evacuee",
    "staff", "personnel",
})
CHILD_NOUNS = frozenset({"child", "kid", "minor", "teenager", "teen", "youth", "boy", "girl",
                         "juvenile", "student", "pupil", "infant", "baby"})
OFFICER_NOUNS = frozenset({"officer", "police", "policeman", "agent", "trooper", "deputy", "cop"})
SOLDIER_NOUNS = frozenset({"soldier", "troop", "marine", "servicemember", "serviceman"})
# Homes and buildings as one class: "500 homes destroyed" and "450 structures burned" in a fire.
BUILDING_NOUNS = frozenset({"home", "house", "building", "structure", "residence", "dwelling"})
HEAD_CLASS = (
    {noun: "people" for noun in PERSON_NOUNS}
    | {noun: "children" for noun in CHILD_NOUNS}
    | {noun: "officers" for noun in OFFICER_NOUNS}
    | {noun: "soldiers" for noun in SOLDIER_NOUNS}
    | {noun: "buildings" for noun in BUILDING_NOUNS}
    | {"family": "families", "household": "families"}
)
# Counted nouns that carry their own event: "22 deaths" counts people dead.
NOUNS_WITH_EVENT = {
    "death": "dead", "fatality": "dead", "injury": "injured", "arrest": "arrested",
    "detention": "arrested", "apprehension": "arrested", "protester": "protesting",
    "protestor": "protesting", "demonstrator": "protesting", "marcher": "protesting",
    "attendee": "protesting", "participant": "protesting", "rallygoer": "protesting",
    "crowd": "protesting", "turnout": "protesting", "evacuee": "evacuated", "death toll": "dead", "toll": "dead",
}

IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
    "personnel": "personnel", "cattle": "cattle", "crew": "crew", "livestock": "livestock",
    "clergy": "clergy", "youth": "youth", "data": "data", "media": "media",
}
# Words ending in -s that are not plural nouns.
NOT_PLURAL = frozenset({
    "was", "is", "has", "as", "us", "this", "its", "his", "hers", "ours", "yours", "theirs",
    "thus", "plus", "across", "always", "perhaps", "news", "series", "species", "less", "unless",
    "besides", "whereas", "texas", "kansas", "arkansas", "vegas", "christmas", "gas", "bus",
    "does", "says", "means", "whereas", "afterwards", "towards", "sometimes", "u.s.", "outdoors",
    "indoors", "overseas", "upstairs", "downstairs", "nowadays",
})


def is_plural_noun(word: str) -> bool:
    """True for a word that reads as a plural noun: "workers", "cities", "people", "Latinos"."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if lower in NOT_PLURAL or "." in lower or len(lower) < 3:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def singular(word: str) -> str:
    """The singular of a lowercase plural noun: "cities" -> "city", "people" -> "person"."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_PLURALS = {value: key for key, value in IRREGULAR_PLURALS.items() if key != value}


def plural(word: str) -> str:
    """The plural of a lowercase singular noun: "city" -> "cities", "person" -> "people"."""
    if word in _PLURALS:
        return _PLURALS[word]
    if word in TIME_UNITS:
        return TIME_UNITS[word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


# Modifiers that describe rather than classify the counted ("suspected undocumented immigrants").
DESCRIPTIVE_MODIFIERS = frozenset({
    "new", "old", "young", "other", "more", "additional", "many", "few", "several", "small",
    "large", "big", "major", "minor", "top", "high", "low", "total", "different", "same", "such",
    "key", "main", "senior", "former", "current", "recent", "local", "foreign", "federal",
    "illegal", "national", "international", "political", "separate", "single", "entire",
    "whole", "only", "first", "last", "early", "late", "possible", "potential", "alleged",
    "so-called", "innocent", "elderly", "black", "white", "brown", "further", "extra", "nearly",
    "about", "roughly", "estimated", "remaining", "own", "various", "numerous", "countless",
    "mostly", "mainly", "largely", "all", "both", "some", "most", "fellow", "unnamed", "anonymous",
})
_DESCRIPTIVE_ENDINGS = ("ed", "ous", "ive", "ful", "less", "able", "ible", "ic", "ical", "ly",
                        "est", "ish")


def is_descriptive(word: str) -> bool:
    """True for a modifier to leave out of a counts phrase: adjectives, participles, proper names."""
    lower = word.lower()
    if word[0].isupper() or lower in DESCRIPTIVE_MODIFIERS:
        return True
    first, _, last = lower.rpartition("-")
    if first and (first in DESCRIPTIVE_MODIFIERS or last.endswith("ed")):
        return True
    return lower.endswith(_DESCRIPTIVE_ENDINGS)


WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’&-]*[A-Za-z]|[A-Za-z]")

"""The words around a quantity: qualifier, change, period, and the verbs and function words of
its measure (its clause is `clauses`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analyse.figures.particles import phrasal_up
from bot.models import Change


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, for the long word lists below."""
    return frozenset(text.split())


# The days and months, in lower case: a date's words, never a counted noun or an owner.
DATE_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)


# The `over` of a verb that takes it as its particle is no qualifier: `go over three reasons`,
# `handed over 20 files` (`went over $1bn`, `stood over 6ft` are more than).
_NOT_PHRASAL_OVER = "".join(
    rf"(?<!\b{verb}\s)" for verb in ("go", "going", "handed", "hands", "hand")
)
# Canonical qualifiers, checked in this order: "no more than" must win over "more than".
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("up to", r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|a\s+maximum\s+of|at\s+most|"
     r"no\s+more\s+than"),
    ("at least", r"at\s+least|a\s+minimum\s+of|no\s+less\s+than|no\s+fewer\s+than|as\s+little\s+as|"
     r"as\s+low\s+as|as\s+few\s+as"),
    ("more than", r"more\s+than|over\s+than|" + _NOT_PHRASAL_OVER + r"over|above|upwards\s+of|"
     r"in\s+excess\s+of|greater\s+than|exceeding|surpassed|topped|beyond"),
    ("less than", r"less\s+than|fewer\s+than|under|below|lower\s+than|sub-|shy\s+of"),
    ("almost", r"almost|nearly|close\s+to|getting\s+on\s+for|just\s+short\s+of"),
    ("approximately", r"about|around|roughly|approximately|approx\.?|some|an\s+estimated|"
     r"estimated|circa|c\.|~|in\s+the\s+region\s+of|barely|an\s+average\s+of"),
)  # fmt: skip
# One pattern for all: the leftmost match is the longest phrase ("no more than" over "more than").
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|[\s(])(?:"
    + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(_QUALIFIERS))
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(r"\s*(?P<q>or\s+more|or\s+so|-?plus\b|\+(?!\d))", re.IGNORECASE)
_AFTER_NAMES = {"or more": "at least", "or so": "approximately", "plus": "more than"}
_QUALIFIER_WORDS = re.compile(  # (?<!\s): tried once per run of blanks, not at every blank
    r"(?<!\s)(?:\s+(?:by|more|than|less|fewer|about|around|almost|nearly|some|roughly|over|under|"
    r"just|only|a|an|further|another|estimated|approximately|least|as|much|many|close|"
    r"barely|average|of|sharp|whopping|mere|staggering|total|extra))*\s*$",
    re.IGNORECASE,
)

INCREASE = word_set(
    "rose rise rises rising risen increased increase increases increasing grew grow grows "
    "growing grown gained gain gains gaining climbed climb climbs climbing jumped jump jumps "
    "jumping soared soar soars surged surge surges rallied rally advanced advance advances "
    "added adds up higher boosted boost raised raise raises expanded expand lifted improved "
    "improve accelerated spiked rocketed leapt leaped swelled doubled tripled trebled "
    "quadrupled hike hiked growth boosts improves expands accelerates hikes"
)
DECREASE = word_set(
    "fell fall falls falling fallen dropped drop drops dropping declined decline declines "
    "declining decreased decrease decreases lost lose loses losing slid slide slides slipped "
    "slip slips plunged plunge plunges plummeted tumbled tumble sank sink slumped slump down "
    "lower cut cuts shed sheds eased ease dipped dip dips shrank shrink shrunk contracted "
    "retreated slowed reduced reduce trimmed lowered halved slashed loss losses reduction "
    "reduces trims lowers halves slashes eases"
)
# Words of change that are only ever nouns: `Economic growth slowed`, `Job losses reached`.
CHANGE_NOUNS = word_set("growth loss losses reduction")
VERBS = (INCREASE | DECREASE) - CHANGE_NOUNS | word_set(
    "is are was were be been being has have had will would could can may might shall should "
    "reached hit hits totalled totaled totals total stood stands amounted amounts amount "
    "costs cost worth valued generates generated earned employs employed paid pays spent "
    "raised received sold sells bought brings brought holds held owns took takes made makes "
    "gave gives saw sees got gets said says announced reported posted recorded estimated "
    "expects expected plans averaged accounted account ended closed finished scored lists "
    "offers needs sat stand fetch fetched runs weighs measure measures tops topped exceeded "
    "traded trades stretched continued remains remained became become thanks poised trending "
    "came comes went goes began begins ran fought drew told spoke knew keeps keep see "
    "include includes provides provide seeks wants requires allows involves represents "
    "contains operates serves boasts aims collected pocketed secured banked netted scooped"
)
_CHANGE_AFTER = re.compile(
    r"\s*(?P<word>increase|rise|gain|jump|growth|surge|hike|rally|drop|fall|decline|decrease|"
    r"loss|cut|reduction|slump|slide|plunge|higher|lower|up|down)\b",
    re.IGNORECASE,
)

AGO = re.compile(r"\s+ago\b")  # right after a time: `two years ago`

# How far before a number (in characters) its qualifier (`more than`, `almost`), its verb or noun
# of change (`rose by`, `a rise of`) and its lead-in (`increased by`) are looked for: a short
# clause, so a word of the clause before never counts.
QUALIFIER_REACH = 40
CHANGE_REACH = 60
LEAD_IN_REACH = 60


def qualifier(text: str, start: int, end: int) -> str | None:
    """The canonical qualifier written right before (or after) the quantity at start..end."""
    before = text[max(0, start - QUALIFIER_REACH) : start]
    if found := _QUALIFIER_BEFORE.search(before):
        return _QUALIFIERS[int(str(found.lastgroup)[1:])][0]
    after = _QUALIFIER_AFTER.match(text, end)
    if after:
        return _AFTER_NAMES[after.group("q").lower().lstrip("-").replace("+", "plus")]
    return None


def change(text: str, start: int, end: int) -> Change | None:
    """ "increase" or "decrease" when a verb or noun of change governs the quantity."""
    before = _QUALIFIER_WORDS.sub("", text[max(0, start - CHANGE_REACH) : start])
    last = re.search(r"([A-Za-z]+)\W*$", before)
    phrasal = phrasal_up(before, len(before), text[start:end])
    if last and not phrasal and not before.rstrip().endswith(("to", "from", "at")):
        word = last.group(1).lower()
        if word in INCREASE:
            return "increase"
        if word in DECREASE:
            return "decrease"
    after = _CHANGE_AFTER.match(text, end)
    if after is None:
        return None
    word = after.group("word").lower()
    return "increase" if word in INCREASE or word == "higher" else "decrease"


_QUALIFIER_ALTERNATIVES = "|".join(pattern for _, pattern in _QUALIFIERS)
_CHANGE_ALTERNATIVES = "|".join(sorted(INCREASE | DECREASE, key=len, reverse=True))
_QUALIFIER_TAIL = rf"(?:\b(?:{_QUALIFIER_ALTERNATIVES})\s*)?$"  # `almost ` right before a number
_LEAD_IN = re.compile(
    rf"(?:\b(?:{_CHANGE_ALTERNATIVES})\s+(?:by\s+)?)?{_QUALIFIER_TAIL}", re.IGNORECASE
)


def lead_in(text: str, start: int) -> int:
    """Where the figure's surface span starts: "increased by 25%", "almost 5,000 students"."""
    match = _LEAD_IN.search(text[max(0, start - LEAD_IN_REACH) : start])
    if match is None or not match.group().strip():
        return start
    begin = start - len(match.group())
    particle = text[begin : begin + 3].lower() == "up " and not text.startswith("to ", begin + 3)
    if particle and phrasal_up(text, begin + 2, text[start:]):
        return _after_particle(text, begin + 3, start)
    return begin


def _after_particle(text: str, begin: int, start: int) -> int:
    """The span's start past the `up` of a phrasal verb: "rounded up 35 people", "make up nearly
    half" (the qualifier after the particle still belongs to the figure)."""
    qualifier = _QUALIFIER_LEAD.search(text, begin, start)
    return qualifier.start() if qualifier and qualifier.group().strip() else start


_QUALIFIER_LEAD = re.compile(_QUALIFIER_TAIL, re.IGNORECASE)


def is_verb(word: str) -> bool:
    """True for a known verb or a lowercase -ing form ("struggling")."""
    lower = word.lower().strip(",")
    if lower in VERBS:
        return True
    gerund = word.islower() and len(lower) > 4 and lower.endswith("ing") and "-" not in word
    return gerund and lower not in ING_NOUNS


# -ing words that name an amount or a sector, read as nouns: `actual spending is 35% higher`.
ING_NOUNS = word_set(
    "spending funding lending borrowing financing housing advertising shipping marketing banking "
    "manufacturing mining farming fishing clothing pricing bidding building"
)


_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|and|but|so\s+far|to\s+date|so|"
    r"also|then|meanwhile|however|(?:(?:more|less)\s+than\s+)?(?:twice|double|triple|half)(?=\s+the\s))"
    r"\s+)+",
    re.IGNORECASE,
)
# A time adverb opening the sentence the measure was cut from, not a word of it: `Earlier police
# made two arrests`; in small letters it is (`an earlier estimate of 1.7%`). The possessive left
# by a time blanked before it is no word either: `Last year's qualification`.
_OPENING_ADVERB = re.compile(r"^(?:Earlier|Later|Instead|['\u2019]?s)\s+")
CONTAINER = re.compile(
    r"^(?:(?:the\s+)?(?:total\s+|overall\s+|combined\s+)?(?:volume|amount|number|value|level|total|quota|share|proportion|size|"
    r"figure|sum|rate|age)\s+of\s+)",
    re.IGNORECASE,
)
# Function words a measure never ends on (`profit of about`, `shares sold to`).
_TRAILING = frozenset(
    """between by more than less fewer below above exceeding about around almost nearly some
    roughly over under up to just only a an the of at further another estimated approximately
    least as much many now already still also allegedly reportedly which that who with for in
    on from and is was are were has have had will be been or but while so far there it they we
    i he she you their his her its our my your each every""".split()  # noqa: SIM905
)
# The pronouns that stand as a clause's subject: `it said`, `they plan`.
PERSONAL_PRONOUNS = word_set("i we you he she they it")
MAX_WORDS = 8  # a measure longer than this is cut: it is shown next to every number


@lru_cache(maxsize=8192)
def tidy(phrase: str, cut: bool = True) -> str:
    """A measure phrase without leading articles, containers or trailing function words (kept
    per phrase: every candidate measure of every figure passes here, many more than once), cut
    to `MAX_WORDS` words unless `cut` is False."""
    phrase = re.sub(r"\s+", " ", phrase).strip(_EDGES)
    for _ in range(2):
        phrase = _OPENING_ADVERB.sub("", phrase)
        phrase = _without_trailing(CONTAINER.sub("", _LEADING.sub("", phrase))).strip(" ,")
    parts = phrase.split()
    words = [w for i, w in enumerate(parts) if i == 0 or w != parts[i - 1]]
    return " ".join(words[:MAX_WORDS] if cut else words)  # "length length": a noun written once


# What no measure starts or ends with.
_EDGES = " ,.;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019\u2022\u00b7*"
# The end of a quotation inside the phrase: what comes before it is the quoted speech.
_QUOTE_END = re.compile(r"[,.!?][\"\u201d]\s+")


def without_lone_quote(phrase: str) -> str:
    """A phrase cut by a quotation's edge without its lone quote mark: the words after a
    quotation's end (`pain," Tsutsumi` -> `Tsutsumi`), else the phrase without the mark
    (`ISM prices paid" index` -> `ISM prices paid index`); a phrase whose marks pair up is
    kept as it is (`nine "urgent" road repairs`)."""
    if phrase.count('"') % 2 == 0 and phrase.count("\u201c") == phrase.count("\u201d"):
        return phrase
    ends = [found.end() for found in _QUOTE_END.finditer(phrase)]
    if ends:
        return phrase[ends[-1] :]
    return re.sub(r"\s*[\"\u201c\u201d]\s*", " ", phrase)


def _without_trailing(phrase: str) -> str:
    """`phrase` without the function words that end it; a word list, not a pattern, because
    every measure of every figure passes here."""
    words = phrase.split()
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words)


# Auxiliary and modal verbs: what opens a predicate before its main verb.
AUXILIARIES = word_set("has have had is are was were will would can could may might")
RESOLVED = word_set("it they")  # pronouns whose owner is the subject before
# Past participles that never describe a noun before it: `had seen previous bids`.
VERB_PARTICIPLES = word_set("seen been done gone given taken shown known")
# Prepositions after a noun phrase's head: `sales in the quarter`, `Office for National Statistics`.
HEAD_PREPOSITIONS = word_set("in of at for from on to between by with during over")
# Words opening a time or place put first, which owns nothing and does nothing: `By then`,
# `On Monday, the first day of trading,`, `In those days`.
FRONTED_PREPOSITIONS = HEAD_PREPOSITIONS | word_set("after before until since under within across")
# People named by kin or role, whose age `was` may give with a bare number: `Her son was just six`.
KIN_NOUNS = (
    r"son|daughter|father|mother|brother|sister|wife|husband|boy|girl|victim|grandmother|"
    r"grandfather|baby|toddler|teenager|child"
)
# The forms of `take`, read both as taking time (`took ten years`) and taking money (`took $20m`).
TAKE_FORMS = ("took", "take", "takes", "taken", "taking")


def verb_at(words: list[str], index: int) -> bool:
    """True for a verb, or a past form after a name: "Mr Hartzer highlighted", "Sony cut"."""
    word = words[index]
    if is_verb(word):
        return not _after_determiner(words, index) and not _before_auxiliary(words, index)
    past = word.islower() and word.endswith("ed") and len(word) > 4
    before = words[index - 1] if index > 0 else ""
    named = before[:1].isupper() and before.lower() not in ARTICLES  # not "A signed photo"
    return (past and (named or before.lower() in RESOLVED)) or _present_after_adverb(words, index)


def _present_after_adverb(words: list[str], index: int) -> bool:
    """True for a present verb after its subject and an adverb: `BA currently operates`, `Iran
    now runs` (the adverb marks a verb; `the early results` has an article instead)."""
    word = words[index]
    if index < 2 or not word.islower() or not word.endswith("s") or word.endswith(_NO_VERB_ENDS):
        return False
    adverb, subject = words[index - 1], words[index - 2]
    marked = adverb.islower() and (
        (adverb.endswith("ly") and len(adverb) > 4 and adverb not in LY_ADJECTIVES)
        or adverb in VERB_ADVERBS
    )
    noun = subject.lower() not in DETERMINERS | HEAD_PREPOSITIONS | _RELATIVES
    noun = noun and not subject.endswith("ly")
    return marked and noun


_RELATIVES = frozenset({"which", "who", "that"})  # "..., which currently employs": an aside
# Words before a participle that make it describe a noun, never a name's verb: `A signed photo`.
ARTICLES = word_set("a an the his her its their our my your")
# -ly words that describe a noun: `average monthly wages`, `May's yearly sales`.
LY_ADJECTIVES = word_set(
    "monthly yearly weekly daily quarterly hourly nightly early only likely elderly friendly "
    "costly lovely deadly lonely lively orderly holy silly ugly hilly smelly lowly chilly curly "
    "jolly burly surly sickly woolly bubbly prickly stately kindly"
)
# Words in -ly that name a thing or a group: `the $2bn oil supply`, `a £40 family ticket`.
LY_NOUNS = word_set(
    "supply family rally assembly monopoly ally reply belly fly bully jelly anomaly folly lily "
    "duopoly oligopoly homily panoply gully doily italy july butterfly tally"
)


def ly_adverb(word: str) -> bool:
    """True for an adverb in -ly (`sharply`, `currently`), not a noun (`family`) or an
    adjective (`weekly`, `elderly`)."""
    lower = word.lower()
    return len(lower) > 4 and lower.endswith("ly") and lower not in LY_NOUNS | LY_ADJECTIVES


_NO_VERB_ENDS = ("ss", "us", "is", "ics", "'s", "\u2019s")
VERB_ADVERBS = frozenset({"now", "still", "also", "already", "often", "always", "never"})


# Words before an auxiliary that leave it a verb: `should have cost`, `not have`.
_BEFORE_VERBS = word_set("should must shall ought not never also still to")


def _before_auxiliary(words: list[str], index: int) -> bool:
    """True for a noun that looks like a verb because an auxiliary or a past verb of change
    follows it: `Economic growth was`, `Losses will`, `running costs fell`; an auxiliary itself
    stays a verb (`will have`, `has doubled`)."""
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if words[index].lower() in AUXILIARIES | _BEFORE_VERBS:
        return False
    plural = words[index].lower().endswith("s")  # `its running costs fell`: a verb of change
    return following in AUXILIARIES or (plural and following in _CHANGED)


# Past verbs of change that follow a subject noun, never another verb: `costs fell`.
_CHANGED = word_set(
    "fell rose grew dropped climbed jumped slipped declined increased decreased surged soared "
    "plunged tumbled slumped eased doubled halved"
)


def _after_determiner(words: list[str], index: int) -> bool:
    """True for a noun that looks like a verb: "Total sales", "the rise in", "its cost"."""
    if index == 0:
        return words[0][:1].isupper()
    before = words[index - 1].lower()
    if before in _BEFORE_NOUN:
        return True
    described = index > 1 and words[index - 2].lower() in DETERMINERS  # "The annual cost would"
    return described and (before in _ADJECTIVES or before.endswith(("al", "ly")))


# Words that open a noun phrase, left between a verb and its object.
DETERMINERS = word_set("the a an its their his her our this that these those")
_BEFORE_NOUN = DETERMINERS | word_set("total other such")  # "Other measures taken"
# Adjectives of amounts between a determiner and a noun that looks like a verb: `the average cost`.
_ADJECTIVES = word_set(
    "average overall estimated projected actual net gross new extra additional expected "
    "likely final initial real full"
)

# Words that qualify a number in front of it (`more than`, `little more than`, `about`, `as little
# as`), one or more.
QUALIFIED = re.compile(  # (?<!\s): tried once per run of blanks, not at every blank
    r"(?<!\s)(?:\s+(?:(?:a\s+)?little\s+|slightly\s+|well\s+|far\s+|much\s+)?(?:more|less|fewer)\s+than|\s+(?:about|around|almost|nearly|some|roughly|over|under|"
    r"just|only|approximately|estimated|barely)|\s+up\s+to|\s+at\s+least|\s+in\s+excess\s+of"
    r"|\s+upwards\s+of|\s+an\s+average\s+of"
    r"|\s+as\s+(?:little|low|few|many|much|high)\s+as)+\s*$",
    re.IGNORECASE,
)

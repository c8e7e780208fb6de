"""What was done to counted people or things: `avalanches have killed 196 people in Panjshir`
measures `people killed in Panjshir`. Put in front as an owner, the doer reads as possessing
them (`avalanches people`, `man women`, `police perpetrators`); the deed is what a reader asks
about. A named doer (`China executed three men`) is said by `counted_verbs` instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.doers import PEOPLE, personal
from bot.analyse.figures.found import Found
from bot.analyse.figures.lexicon import DETERMINERS, MAX_WORDS
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.noun_tails import verb_like
from bot.analyse.figures.parents import by_parent

# Verbs of what is done to people, with their past participle; those of hiring are left out, as
# an employer in front says whose staff they are (`ministry arms control experts`).
_PARTICIPLES = {
    "kill": "killed", "wound": "wounded", "injure": "injured", "arrest": "arrested",
    "detain": "detained", "rescue": "rescued", "evacuate": "evacuated", "execute": "executed",
    "kidnap": "kidnapped", "abduct": "abducted", "displace": "displaced", "stab": "stabbed",
    "shoot": "shot", "charge": "charged", "convict": "convicted", "free": "freed",
    "release": "released", "evict": "evicted", "infect": "infected", "deport": "deported",
    "capture": "captured",
    "behead": "beheaded", "murder": "murdered", "rape": "raped", "attack": "attacked",
    "treat": "treated", "vaccinate": "vaccinated", "strand": "stranded", "trap": "trapped",
    "sentence": "sentenced", "indict": "indicted", "hurt": "hurt",
    "save": "saved", "sicken": "sickened", "poison": "poisoned", "torture": "tortured",
    "destroy": "destroyed", "damage": "damaged", "flatten": "flattened", "demolish": "demolished",
}  # fmt: skip


def _forms(base: str, participle: str) -> set[str]:
    """`kill`, `kills`, `killed`, `killing`: the forms a verb takes before its object."""
    if base.endswith("e") and not base.endswith("ee"):
        gerund = base[:-1] + "ing"
    elif participle.endswith("ed") and participle[-3] == participle[-4]:
        gerund = participle[:-2] + "ing"  # "kidnapped": kidnapping
    else:
        gerund = base + "ing"
    return {base, base + "s", participle, gerund}


_BY_FORM = {form: done for base, done in _PARTICIPLES.items() for form in _forms(base, done)}
_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?P<verb>{'|'.join(sorted(_BY_FORM, key=len, reverse=True))})"
    r"(?:\s+(?:another|more|some|about|around|nearly|almost|over|up\s+to|the|all|all\s+the))?\s*$",
    re.IGNORECASE,
)
_REACH = 40  # the verb and the words between it and the number
# Verbs that take or save lives: `claimed the lives of`, `claimed 23 lives`.
_LIVES_VERBS = (
    r"(?P<verb>claim|claims|claimed|claiming|cost|costs|costing|took|take|takes|taken|taking|"
    r"save|saves|saved|saving)"
)
# Lives taken or saved: `claimed the lives of`, `cost the lives of`, `saved the lives of`; and
# deaths caused: `caused the deaths of` (not `described the deaths of`: no deed of the subject).
_LIVES_TAKEN = re.compile(
    rf"\b(?:{_LIVES_VERBS}\s+(?:the\s+)?lives|(?:cause|causes|caused|causing)\s+"
    r"(?:\w+\s+)?the\s+deaths)\s+of\s*$",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\bto\s+$")
# A deed named by its noun before those it was done to: `the detention of 12 men`.
DEED_NOUNS = {
    "detention": "detained", "arrest": "arrested", "arrests": "arrested", "release": "released",
    "killing": "killed", "killings": "killed", "murder": "murdered", "murders": "murdered",
    "rescue": "rescued", "evacuation": "evacuated", "deportation": "deported",
    "execution": "executed", "executions": "executed", "kidnapping": "kidnapped",
    "abduction": "abducted", "eviction": "evicted", "shooting": "shot", "shootings": "shot",
    "stabbing": "stabbed", "beheading": "beheaded",
}  # fmt: skip
# `the detention of`, `the fatal shooting early Thursday of`: a time may sit between.
_DEED_OF = re.compile(
    rf"\b(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?(?P<deed>{'|'.join(DEED_NOUNS)})\s+"
    r"(?:(?:early|late|on)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"last\s+\w+)\s+)?of\s*$",
    re.IGNORECASE,
)
# A count of lives right after a verb that takes or saves them: `claimed 23 lives`.
_LIVES_VERB = re.compile(rf"\b{_LIVES_VERBS}\s*$", re.IGNORECASE)


def lives_taken(plain: str, start: int) -> str:
    """`killed` for the number of `have claimed 23 lives`, `saved` for `saved 40 lives`, else
    "": the lives are people a reader counts as killed or saved."""
    at = before_qualifier(plain, start)
    found = _LIVES_VERB.search(plain, max(0, at - _REACH), at)
    if found is None:
        return ""
    return "saved" if found.group("verb").lower().startswith("sav") else "killed"


def relative_doer(plain: str, start: int) -> str:
    """`the disaster` for the number of `after the disaster which has claimed 23 lives`: a
    relative clause's verb acts for the noun before `which`, not for the sentence's subject;
    else ""."""
    at = before_qualifier(plain, start)
    found = _RELATIVE_DOER.search(plain, max(0, at - _REACH), at)
    return f"the {found.group('np')}" if found else ""


_RELATIVE_DOER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:which|that)\s+"
    r"(?:(?:has|have|had|had\s+already|has\s+already|already)\s+)?[a-z]+(?:\s+the\s+lives\s+of)?\s*$"
)


def deed_phrase(plain: str, start: int) -> str:
    """The phrase of a deed's noun right before the number at `start` (`the fatal shooting early
    Thursday of`), else "": words inside it describe the deed, they are not its doer."""
    at = before_qualifier(plain, start)
    found = _DEED_OF.search(plain, max(0, at - _REACH), at)
    return found.group() if found else ""


_DEATHS_OF = re.compile(r"\bthe\s+(?:\w+\s+)?deaths\s+of\s*$", re.IGNORECASE)


def done_to(plain: str, start: int, end: int) -> str:
    """`killed` for the number at `start` in `have killed 196 people`, `dead` for the one in
    `leaving 13 people dead`, else ""."""
    at = before_qualifier(plain, start)
    if _LEFT_BEFORE.search(plain, max(0, at - _REACH), at):
        state = _STATE_AFTER.match(plain, end)
        return state.group("state") if state else ""
    if lives := _LIVES_TAKEN.search(plain, max(0, at - _REACH), at):
        saved = (lives.group("verb") or "").lower().startswith("sav")
        return "saved" if saved else "killed"  # "the conflict claimed the lives of 655 men"
    if _DEATHS_OF.search(plain, max(0, at - _REACH), at):
        return "who died"  # "described the deaths of three victims": no deed of the subject
    if deed := _DEED_OF.search(plain, max(0, at - _REACH), at):
        return DEED_NOUNS[deed.group("deed").lower()]  # "the detention of 12 men": detained
    found = _VERB_BEFORE.search(plain, max(0, at - _REACH), at)
    if found is None or _TO_BEFORE.search(plain, max(0, found.start() - 4), found.start()):
        return ""  # "plans to hire 400 people": none hired yet; the owner rules say whose
    return _BY_FORM[found.group("verb").lower()]


# `leaving at least 13 people dead and 21 others injured`: the state they were left in.
_LEFT_BEFORE = re.compile(r"(?<![\w-])(?:leaving|left|leave|leaves)\s*$", re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"\s+(?P<state>dead|injured|wounded|homeless|missing|stranded|hurt|without\s+power)\b"
)


def with_deed(noun_phrase: str, counted: str, participle: str, doer: str) -> str:
    """`people killed by avalanches in Panjshir` of `people in Panjshir`, `killed` and
    `avalanches`; the doer is left out when the phrase would be too long to show."""
    tail = noun_phrase[len(counted) :].strip() if noun_phrase.startswith(counted) else ""
    if tail.startswith("of "):
        counted, tail = noun_phrase, ""  # "members of the gang arrested"
    if tail.split(" ", 1)[0] in {"who", "which", "that"}:
        tail = ""  # "citizens who confessed": the deed says which citizens
    doer = _doer_head(doer)
    by = f"by {_with_article(doer)}" if doer and participle not in _STATES else ""
    if len(" ".join((counted, participle, by, tail)).split()) > MAX_WORDS and by:
        by = f"by {doer.removeprefix('the ')}"  # the article only where it fits
    phrase = " ".join(part for part in (counted, participle, by, tail) if part)
    if len(phrase.split()) > MAX_WORDS:
        phrase = " ".join(part for part in (counted, participle, tail) if part)
    return phrase


def _doer_head(doer: str) -> str:
    """The doer's noun phrase without what follows it (`tornado` of `tornado with winds`, `fire`
    of `fire swept through the district`)."""
    words = doer.split()
    for index, word in enumerate(words[1:], start=1):
        lower = word.lower()
        verb = word.islower() and (verb_like(word) or lower in _MORE_PASTS or lower.endswith("ed"))
        if lower in _AFTER_DOER or verb:
            return " ".join(words[:index])
    return doer


_AFTER_DOER = frozenset({"with", "of", "from", "that", "which", "who", "near"})
_MORE_PASTS = frozenset({"swept", "tore", "blew", "broke", "spread", "burst", "ripped", "struck"})


def _with_article(doer: str) -> str:
    """`the bus` for a lone common noun in the singular (`killed by bus`); a name, a plural
    (`floods`) or a phrase with its own determiner as written."""
    words = doer.split()
    bare = words[0].islower() and words[0] not in DETERMINERS
    plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))
    return f"the {doer}" if bare and not plural else doer


_STATES = frozenset(
    {"dead", "injured", "wounded", "homeless", "missing", "stranded", "hurt", "who died"}
)
# The words that tell what was done to counted people: no owner goes in front of them.
DEEDS = frozenset(_PARTICIPLES.values()) | _STATES | {"died"}


# A casualty word right after a count of people, its `were` left out or not: `another 139
# wounded`, `21 others injured`, `145 were dead`; not a verb with an object (`two gunmen killed
# the guard`).
_STATE_RIGHT_AFTER = re.compile(
    r"\s+(?:more\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?P<state>wounded|injured|hurt|missing|dead|killed|arrested|rescued|displaced|detained)"
    r"\b(?!\s+(?:the|a|an|his|her|their|its|him|them)\b)"
)
_COUNTED_PEOPLE = PEOPLE | {"", "others"}


def casualties(text: str, found: list[Found]) -> list[Found]:
    """Each count of people followed by a casualty word measured by it (`people wounded`), even
    when `another` would give it the measure of the count before (`people killed`); a measure
    that has the word already (`people killed in the collapse`) is kept."""
    kept: list[Found] = []
    for one in found:
        state = _STATE_RIGHT_AFTER.match(text, one.end)
        head = one.unit.lower().rsplit(" ", 1)[-1]
        told = state is not None and state.group("state") in one.measure.split()
        people = head in _COUNTED_PEOPLE or personal(one.unit)  # `101 miners were killed`
        parent = by_parent(text, one.start)  # "a father of four killed": the father
        if state and not told and people and not parent and one.kind not in {"year", "year-fact"}:
            noun = one.unit if head in PEOPLE or personal(one.unit) else "people"
            one = replace(one, measure=f"{noun} {state.group('state')}")
        kept.append(one)
    return kept

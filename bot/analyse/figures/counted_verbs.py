"""What a named owner does to the things it counts: `Ford builds 500,000 cars a year in Spain`
measures `cars Ford builds in Spain`, not `Ford cars in Spain` (cars Ford owns? sells?).

The counted noun is the object of a verb whose subject is a name (`Sony has sold`, `Dell is
cutting`, `Acme plans to open`), or a pronoun whose name the clause gives (`Sony says it intends
to ship`). A verb of having (`Duly has 900 doctors`, `Ford employs 5,000 workers`) says no more
than the owner in front does, so those keep `Duly doctors`. A subject that is no name does the
same once the owner rules have found it (`the storm destroyed 300 homes` measures `homes the
storm destroyed`, not `storm homes`).
"""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.lexicon import AUXILIARIES, DATE_WORDS, MAX_WORDS, VERBS, word_set
from bot.analyse.figures.list_heads import list_head
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.particles import PHRASAL_UP
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS, PERSON_NOUNS

_NAME = r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}"
# Adverbs between a doer and its verb, left out of the measure: `Holt also allegedly insulted`.
_ADVERBS = (
    r"(?:also|allegedly|reportedly|recently|previously|initially|eventually|later|then|still|"
    r"just|only|once|already|now|finally|quickly|apparently|successfully)"
)
# A verb with its auxiliaries and particle: `has sold`, `plans to open`, `cut back`.
_VERB_GROUP = (
    r"(?:(?:has|have|had)\s+(?:(?:also|already|now|successfully|reportedly|allegedly)\s+)?)?"
    r"(?:(?:will|would|could|can|may|might|is|are|was|were)\s+)?"
    r"(?:[a-z]+\s+to\s+)?[a-z]+(?:\s+(?:up|off|out|back|down|away|in))?"
)
# A name, or a name that says `it` or `they` does it: `Sony says it intends to`.
_DOER = re.compile(
    rf"(?:^|(?<![\w'\u2019])(?P<before>[a-z]+ )?)(?P<name>{_NAME})\s+"
    r"(?:(?:said|says|added|adds|reported|reports|expects)\s+(?:that\s+)?(?:it|they)\s+)?"
    rf"(?:{_ADVERBS}\s+){{0,2}}"
    rf"(?P<verb>{_VERB_GROUP})\s*$"
)
# Verbs of having: the owner in front already says it (`Duly doctors`, `Ford workers`).
_HAVING = word_set(
    "has have had owns own owned holds hold held employs employ employed runs run operates "
    "operate operated boasts boast counts count includes include included comprises comprise "
    "contains contain numbers totals totalled is are was were be been being"
)
_REPORTING = word_set(
    "said says say told tells added adds reported reports expects expected estimated estimates "
    "predicts predicted forecast believes thinks according"
)
# Auxiliaries dropped before a past form: `units Sony sold`, not `units Sony has sold`.
_PERFECT = re.compile(r"^(?:has|have|had)\s+(?:(?:also|already|now)\s+)?")
# Words before a name that make it a modifier or a place, not a doer: `the Patriots problems`,
# `a nurse from Leeds admitted`.
_BEFORE_NAMES = word_set(
    "the a an its their his her our this that these those from in at of for by with to on into near"
)
CALENDAR = frozenset(w.capitalize() for w in DATE_WORDS | {"today", "yesterday"})
# Common nouns for doers, capitalised only because they open the sentence.
COMMON_PLURALS = word_set(
    "authorities police officials researchers scientists analysts investigators officers "
    "prosecutors doctors experts militants rebels troops soldiers residents gunmen attackers "
    "assailants protesters demonstrators hackers thieves robbers burglars raiders"
)
# Words a name is never followed by as its verb (`Ford's new`, `Sony PlayStation`).
_NOT_NAMES = word_set(
    "the a an this that these those it its they their he she his her we our i you there here "
    "but and or if when while as so in on at of for by with from to"
)
# What no verb right before a number ends with: `letters sent to the`, `was whether`.
_NOT_BEFORE_NUMBERS = _NOT_NAMES | word_set("whether all both each some any")


def done_by(plain: str, start: int) -> tuple[str, str] | None:
    """The name and verb of `Ford builds` before the number at `start`, when the name does
    something to the counted things other than have them; else None."""
    begin, _ = clause_span(plain, start)
    lead = plain[begin : before_qualifier(plain, start)]
    found = _DOER.search(lead)
    if found is None:
        return _second_deed(plain, begin + len(lead))
    name, verb = found.group("name"), found.group("verb")
    main = _main_verb(verb)
    if _placed(lead[: found.start("name")]) or name in CALENDAR:
        return None  # "a crash in northern Peru killed", "Monday saw": no doer
    if name.lower() in COMMON_PLURALS:
        name = name.lower()  # "Authorities arrested": a common noun opening its sentence
    if _BEFORE_NAMES & {(found.group("before") or "").strip()} or main in _HAVING | _REPORTING:
        return None  # "the Patriots problems": a possessive, no doer
    if any(w.lower() in _NOT_NAMES | FINITE_VERBS for w in name.split()):
        return None  # "Has appeared in": a verb opening its sentence

    if not _verb_form(main, verb):
        return None
    return name, _PERFECT.sub("", verb)


# `and cut` right before the number of `Acme will close 12 stores and cut 800 jobs`.
_AND_VERB = re.compile(rf"\s+and\s+(?P<after>(?:{_ADVERBS}\s+)?(?P<verb>[a-z]+))\s*$")
# What keeps the first verb's helpers for the second: `will close ... and cut`: will cut.
_SHARED_HELPERS = AUXILIARIES - word_set("has have had") | {"to"}


def _second_deed(plain: str, at: int) -> tuple[str, str] | None:
    """The doer and verb of a second verb joined to the first one's object by `and` (`Acme will
    close 12 stores and cut 800 jobs`: Acme, will cut), the doer read at the first object."""
    joined = _AND_VERB.search(plain, max(0, at - 30), at)
    if joined is None:
        return None
    verb = joined.group("verb")
    if verb in _NOT_NAMES | _HAVING | _REPORTING:
        return None
    head = list_head(plain, joined.start("after"))
    first = done_by(plain, head) if head < joined.start() else None
    if first is None:
        return None
    name, first_verb = first
    helpers = first_verb.split()[:-1]
    shared = helpers if helpers and helpers[-1] in _SHARED_HELPERS else []
    if shared and verb.endswith(_PAST_ENDINGS):
        return None  # "claimed to have taken ... and brought": no shared helpers
    group = " ".join([*shared, verb])
    return (name, group) if _verb_form(verb, group) else None


_PAST_ENDINGS = ("ed", "ght", "ew", "ook", "old")

# `He also allegedly insulted` right before the number: a person's pronoun and the verb.
_PRONOUN_DOER = re.compile(
    rf"(?:^|[,;:]\s+|\b(?i:and|but|then|now)\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+(?:{_ADVERBS}\s+){{0,2}}"
    r"(?P<verb>(?:(?:has|had)\s+(?:also\s+|already\s+|now\s+)?)?(?:(?:will|would|could|can)\s+)?"
    r"[a-z]+)\s*$"
)


def done_by_pronoun(plain: str, start: int) -> tuple[str, str] | None:
    """`he` or `she` and the verb of `He also insulted four co-stars`, when the person does
    something to the counted things other than have them; else None."""
    begin, _ = clause_span(plain, start)
    found = _PRONOUN_DOER.search(plain[begin : before_qualifier(plain, start)])
    if found is None:
        return None
    verb = found.group("verb")
    main = _main_verb(verb)
    if main in _HAVING | _REPORTING or main in AUXILIARIES or not _verb_form(main, verb):
        return None
    return found.group("pronoun").lower(), verb  # `has written`: no past form of its own


def done_by_subject(plain: str, start: int, owner: str) -> tuple[str, str] | None:
    """`the storm` and `destroyed` for the number in `The storm destroyed 300 homes`, when
    `owner` (the clause's subject, a common noun) is right before a verb that does something to
    the counted things: not one of having, saying, changing or amounting to (`The index fell 30
    points`, `the loan cost 300 jobs`), and no preposition between (`put in 24 categories`)."""
    begin, _ = clause_span(plain, start)
    lead = plain[begin : before_qualifier(plain, start)]
    found = re.search(
        rf"(?:(?<![\w'\u2019])(?P<det>[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+)?"
        rf"(?<![\w'\u2019-]){re.escape(owner)}\s+(?:{_RELATIVE_CLAUSE}\s+)?(?P<said>{_SAID_IT}\s+)?"
        rf"(?:{_ADVERBS}\s+){{0,2}}"
        rf"(?P<verb>{_VERB_GROUP})\s*$",
        lead,
    )
    if found is None or _PARTITIVE_AFTER.match(plain, start):
        return None
    verb = found.group("verb")
    main = _main_verb(verb)
    if not main or main in NO_DEEDS or not _verb_form(main, verb):
        return None
    if found.group("said") and owner.split()[-1].lower() in PERSON_NOUNS:
        return None  # "The mayor said it had flooded 300 homes": `it` is not the mayor
    if main in _NOT_NAMES or verb.split()[-1] in _NOT_BEFORE_NUMBERS:
        return None  # "letters sent to the", "was whether": no verb right before the number
    det = (found.group("det") or "").lower()
    return f"{det} {owner}".strip(), _PERFECT.sub("", verb) if " to " not in verb else verb


# The subject telling of its own deed: `The army said it had destroyed 17 tanks`.
_SAID_IT = r"(?:said|says|claimed|claims|reported|announced)\s+(?:that\s+)?(?:it|they)"
# A relative clause between a subject and its verb: `that inspired the film`, `on which the film
# is based`.
RELATIVE_OPENER = (
    r"(?:(?:upon|on|in|at|from|of|with|by|for|to|under|through)\s+)?(?:which|whom|whose|who|that)"
)
_RELATIVE_CLAUSE = rf"{RELATIVE_OPENER}\s[^,;:]{{1,60}}?"


# `two of her friends`: what the verb acts on is the group, not the two.
_PARTITIVE_AFTER = re.compile(r"[\w.,]+\s+of\b")
# Verbs whose object is not all that is done (`left 500 families without shelter`), that take
# none (`had gone five matches unbeaten`), or that make the subject the things' owner, whom a
# reader wants in front (`ministry arms control experts`, `airline passengers`, `hotel rooms`).
_NOT_DOING = word_set(
    "left leave leaves leaving gone go goes went believe believes think thinks represent "
    "represents represented hire hires hired hiring recruit recruits recruited recruiting "
    "carry carries carried carrying serve serves served serving offer offers offered offering "
    "provide provides provided providing"
)


# Verbs a common-noun subject does to counted things that the verb lists also hold as verbs
# of figures (`the firm sold`, `the club signed`): the things are its objects, not its size.
_DOING = word_set("sold bought sells buys made makes built builds opened opens")
NO_DEEDS = _HAVING | _REPORTING | _NOT_DOING | (VERBS - _DOING)


def _placed(before: str) -> bool:
    """True when the words right before a name make it a place (`in northern Peru`); words
    blanked out as a period (several spaces) are none."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()[-2:]
    return len(words) == 2 and words[1].lower() in _DIRECTIONS and words[0].lower() in _BEFORE_NAMES


_DIRECTIONS = word_set(
    "northern southern eastern western central north south east west northeastern northwestern "
    "southeastern southwestern"
)


def _main_verb(group: str) -> str:
    """The verb of `has sold`, `plans to open`, `is cutting`, `cut back`: its content word."""
    words = [w for w in group.split() if w not in {"up", "off", "out", "back", "down", "away"}]
    if not words:
        return ""  # a particle alone (`back up`): no verb
    return words[-1] if words[-1] != "in" or len(words) == 1 else words[-2]


def _verb_form(main: str, group: str) -> bool:
    """True when `main` reads as a verb: a known one, one after `to` or an auxiliary, a present
    `-s` or a past `-ed` form."""
    known = main in VERBS | FINITE_VERBS | IRREGULAR_VERBS
    helped = len(group.split()) > 1 and group.split()[-2] in {"to", *AUXILIARIES}
    if helped and group.split()[-2] in _BE and not known:
        return main.endswith(("ing", "ed", "en"))  # "is cutting", not "is small"
    inflected = len(main) > 3 and (main.endswith("ed") or _present(main))
    return known or helped or inflected


_BE = word_set("is are was were")


def _present(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def with_doer(noun_phrase: str, noun: str, doer: tuple[str, str]) -> str:
    """`cars in Spain` with `Ford builds` after the noun (`cars Ford builds in Spain`), or after
    an `of` phrase that says what the things are (`reports of damage Microsoft received`)."""
    name, verb = doer
    tail = noun_phrase[len(noun) :].strip() if noun_phrase.startswith(noun) else ""
    if _PARTICLE_PAST.fullmatch(verb) and PHRASAL_UP.search(verb):  # "people rounded up by police"
        phrase = f"{noun} {verb} by {name} {tail}".strip()
        short = f"{noun} {verb} by {name}"
        return phrase if len(phrase.split()) <= MAX_WORDS else short
    if not tail or tail.startswith("of "):
        phrase = f"{noun_phrase} {name} {verb}"
    elif _DESCRIBING_PARTICIPLE.match(tail):  # "programmes hosted by DJs that Lumo aired"
        phrase = f"{noun_phrase} that {name} {verb}"
        short = f"{noun} {name} {verb}"
        return phrase if len(phrase.split()) <= MAX_WORDS else short
    else:
        phrase = f"{noun} {name} {verb} {tail}"
    return phrase if len(phrase.split()) <= MAX_WORDS else ""  # else the owner rules say it


# A past participle with its agent after a counted noun says which things they are.
_DESCRIBING_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)\s+by\b")


# A past form and the `up` of a phrasal verb (`particles`): `rounded up`, `picked up`; not
# `moved up`, a rise.
_PARTICLE_PAST = re.compile(r"[a-z]+ed\s+up")

"""Counted people by what they did: `14 million people saw the final` measures `people who saw
the final`, since a bare `people` tells a reader nothing of what was counted; a bare count before
what only people do counts people (`24 million saw him shot`), and what was done to them or what
they are doing counts them too (`40 people were injured in the crash` -> `people injured in the
crash`, `students studying at Leeds`). Counted things and other counted people opening their
clause are told by their deed the same way (`shops which have closed on the high street`,
`councillors who voted against the budget`), unless the verb is the figure's own (`rose 5%`), a
verb of saying, or a participle describing them (`surveys published by the bank`)."""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.lexicon import DECREASE, INCREASE, QUALIFIED, VERBS, tidy, word_set
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS, PERSON_NOUNS, SPEECH_VERBS

# Counted nouns for people, whose count is of those who did what the verb says.
PEOPLE = word_set(
    "people viewers fans visitors users customers shoppers voters students workers listeners "
    "readers spectators subscribers passengers players members residents adults children "
    "americans britons men women drivers protesters demonstrators families staff employees "
    "patients tourists leaders executives officials soldiers troops officers civilians "
    "migrants refugees pupils teachers doctors nurses"
)
# Counted people that neither list above nor the quotes' person nouns hold: `Labour MPs`,
# `unknown callers`.
_MORE_PEOPLE = word_set(
    "agent applicant assailant attacker black boy buyer caller child consumer councillor couple "
    "detainee fighter girl guest gunman guy hispanic hostage household inmate insider investor "
    "juror landlord latino man mep militant mp owner participant person pilgrim prisoner "
    "professional punter rebel respondent seller shareholder smoker suspect tenant traveller "
    "white woman"
)
_CHANGES = INCREASE | DECREASE
# What only people do: a bare count before one of these counts people (`24 million saw him`).
HUMAN_DEEDS = word_set(
    "saw watched tuned voted attended visited signed marched protested joined applied died fled "
    "bought downloaded subscribed queued rallied"
)
# What people do, in the present: `50 million people own a mobile`.
_PRESENT_DEEDS = word_set(
    "own use live work contract buy watch play visit attend vote die travel commute cycle"
)
_PRESENT_FORMS = FINITE_VERBS | VERBS  # `owns`: the `s` form of a present deed
# A word that opens a clause of its own, and all before it: `despite the fact that`, `a police
# spokesman said`.
_CLAUSE_OPENER = re.compile(
    r"^.*\b(?:that|because|when|while|whereas|if|since|where|after|before|said|says|say|"
    r"reported|added|estimated)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Verbs that tell a state, not a deed: `5,000 people are` says nothing of what they did.
_STATES = word_set("is are was were be been has have had will would can could may might")
# The deed's object: a few words, up to a punctuation mark, a period or a preposition of time.
_OBJECT = re.compile(
    r"\s+(?P<verb>[a-z]+)(?P<object>(?:\s+(?!(?:in|on|at|during|for|last|this|since|after|"
    r"before|when|while|because|and|but)\b)[\w'\u2019\"-]+){1,5})"
)


def doers(plain: str, quantity: Quantity) -> str:
    """`people who saw the final` of `More than 14 million people saw the final on Friday`: a
    count of people that opens its clause, with the deed its verb names."""
    bare = not quantity.unit and quantity.kind == "number"
    head = quantity.unit.lower().rsplit(" ", 1)[-1]  # "business leaders": leaders
    vague = quantity.kind == "vague"  # "tens of thousands of students studying at"
    counted = head in PEOPLE and (quantity.kind.endswith("-noun") or vague)
    if counted and (doing := _DOING.match(plain, quantity.end)):
        where = _before_main_verb(doing.group("where"))
        return tidy(f"{quantity.unit} {doing.group('participle')} {where}")
    if counted and (passive := _WHO_PASSIVE.match(plain, quantity.end)):  # wherever it stands
        return _done_to(quantity.unit, passive)
    if quantity.kind.endswith("-noun") and head not in PEOPLE:
        return _things_did(plain, quantity)
    if not bare and not quantity.kind.endswith("-noun"):
        return ""
    if not _opens_clause(plain, quantity.start):
        return ""  # the count is an object or follows its subject
    if quantity.unit and (passive := _PASSIVE.match(plain, quantity.end)):
        return _done_to(quantity.unit, passive)
    found = _AUXILIARY_DEED.match(plain, quantity.end) or _OBJECT.match(plain, quantity.end)
    if found is None or not _deed(found.group("verb")):
        return _done_alone(plain, quantity) if not bare else ""
    if bare and found.group("verb") not in HUMAN_DEEDS:
        return ""  # "5 million rose": a bare count is people only by what people do
    deed = found.group("object").replace('"', " ")
    verb = " ".join(found.group(0).split()[: -len(deed.split()) or None])
    return tidy(f"{quantity.unit or 'people'} who {verb} {' '.join(deed.split())}")


def _things_did(plain: str, quantity: Quantity) -> str:
    """`homes destroyed in the fire` of `About 300 homes were destroyed in the fire`: counted
    things that open their clause, by what was done to them, or by what they did
    (`shops which have closed on the high street`)."""
    if not _opens_clause(plain, quantity.start):
        return ""
    if passive := _PASSIVE.match(plain, quantity.end):
        return _done_to(quantity.unit, passive)
    found = _AUXILIARY_DEED.match(plain, quantity.end) or _OBJECT.match(plain, quantity.end)
    if found is None:
        return _done_alone(plain, quantity)  # "18,000 cows died in the fire"
    if not _deed(found.group("verb")) or found.group("verb") in _CHANGES:
        return ""  # "Three firms rose 5%", "Two banks hold 40%": the figure's own verb
    deed = found.group("object").replace('"', " ")
    if any(c.isdigit() for c in deed) or _passive_or_said(found, deed):
        return ""  # "three blocks will offer 120 flats": what they hold is a figure of its own
    verb = " ".join(found.group(0).split()[: -len(deed.split()) or None])
    pronoun = "who" if personal(quantity.unit) else "which"
    return tidy(f"{quantity.unit} {pronoun} {verb} {' '.join(deed.split())}")


def _passive_or_said(found: re.Match[str], deed: str) -> bool:
    """True for a participle that describes the things (`sectors surveyed by ISM`, `detainees
    released from Guantanamo`) or a verb of saying (`One analyst suggested`): no deed of theirs."""
    verb = found.group("verb")
    if verb in _NO_DEEDS:
        return True
    helped = found.group(0).split()[0] in _STATES
    first = deed.split()[0].lower() if deed.split() else ""
    return (
        not helped
        and (verb.endswith("ed") or verb in IRREGULAR_VERBS)
        and (not first or first in _DESCRIBING_NEXT)
    )


_PREPOSITIONS = word_set("by from to in at for on with as out into under over after")
_DO = word_set("do does did")  # "Two firms did not say": an auxiliary, no deed
_NO_DEEDS = SPEECH_VERBS | _STATES | _DO
_DESCRIBING_NEXT = _PREPOSITIONS | _STATES  # "coffin found had the initials"


_PERSON_NOUNS = PERSON_NOUNS | _MORE_PEOPLE


def personal(unit: str) -> bool:
    """True for counted people (`Labour MPs`, `Appeal Court judges`), who are `who`, not
    `which`."""
    last = unit.rsplit(" ", 1)[-1]
    head = last.lower()
    ones = {head, head.removesuffix("s"), head.removesuffix("es")}  # "bosses": boss
    demonym = last[:1].isupper() and head.endswith(("ans", "is", "ese"))  # "Tunisians"
    suffixed = len(head) > 6 and head.endswith(("ist", "ists"))  # "activists", "economists"
    plural = any(f"{one}s" in PEOPLE for one in ones)  # "one voter"
    listed = head in PEOPLE or plural or bool(ones & _PERSON_NOUNS)
    return listed or demonym or suffixed


def _done_alone(plain: str, quantity: Quantity) -> str:
    """`people who died` of `68 people died when the ferry sank`: a deed that needs no object."""
    found = _INTRANSITIVE.match(plain, quantity.end)
    if found is None:
        return ""
    unit = quantity.unit
    things = unit.endswith(("ments", "dents", "vents"))  # "documents", "incidents", "events"
    people = personal(unit) or (unit.endswith(_PEOPLE_ENDINGS) and not things)  # "gunmen"
    pronoun = "who" if people else "which"  # "cows which died in the fire"
    return tidy(f"{quantity.unit} {pronoun} {found.group('verb')} {found.group('where') or ''}")


# `have signed up for cover`: a deed after an auxiliary, read whole (`people who have signed up
# for cover`); `been` is left to the passive.
_AUXILIARY_DEED = re.compile(
    r"\s+(?:have|has|had|will|would)\s+(?:(?:also|already|now|since|all)\s+)?"
    r"(?P<verb>(?!been\b|be\b)[a-z]+)(?:\s+(?:up|off|out|back|down|away)\b)?"
    r"(?P<object>(?:\s+(?!(?:during|last|this|since|after|before|when|while|because|and|but)\b)"
    r"[\w'\u2019\"-]+){0,5})"
)
# Endings of nouns for people whom no word list holds: "miners", "gunmen", "defendants".
_PEOPLE_ENDINGS = ("ers", "men", "ants", "ents", "ists", "ians")
# Deeds that are whole without an object: `68 people died when the ferry sank`.
_INTRANSITIVE = re.compile(
    r"\s+(?P<verb>died|fled|survived|drowned|escaped|disappeared|perished|resigned|voted|marched|"
    r"arrived|gathered|protested|remained|stayed|lived|appeared|emerged|agreed|failed)\b"
    r"(?P<where>\s+(?:in|on|at|near|to|from)\s+[\w'\u2019-]+"
    r"(?:\s+(?!(?:and|but|when|while|after|before|on|in|at|last|this|to|involving|including)\b)"
    r"[\w'\u2019-]+){0,3})?"
)


def _done_to(unit: str, passive: re.Match[str]) -> str:
    """`people injured in the crash` of `people` and `were injured in the crash`."""
    done = _before_main_verb(" ".join(passive.group("object").replace('"', " ").split()[:6]))
    return tidy(f"{unit} {passive.group('participle')} {done}")


def _before_main_verb(phrase: str) -> str:
    """`at the airport` of `at the airport cheered loudly`: a phrase after counted people cut
    before the verb of the clause they are the subject of (`have found jobs`, `went home`)."""
    words = phrase.split()
    verb = next((i for i, word in enumerate(words) if _main_verb(word)), len(words))
    return " ".join(words[:verb])


def _main_verb(word: str) -> bool:
    """True for a lowercase finite verb: `cheered`, `went`, `have`, `protested`."""
    if not word.islower():
        return False
    past = len(word) > 4 and word.endswith("ed")
    return past or word in _STATES or word in IRREGULAR_VERBS or word in FINITE_VERBS


def _opens_clause(plain: str, start: int) -> bool:
    """True when the count at `start` opens its clause (past an opener: `By noon,`, `the fact
    that`)."""
    begin, _ = clause_span(plain, start)
    opening = QUALIFIED.sub(" ", plain[begin:start].rsplit(",", 1)[-1])  # "said at least"
    return not tidy(_CLAUSE_OPENER.sub("", opening))


# A past participle: `injured`, `laid off`, `shot`.
_PARTICIPLE = (
    r"[a-z]{3,}ed|hurt|shot|held|kept|sent|told|taken|given|seen|laid|paid|made|built|sold|"
    r"found|left|lost|struck|caught"
)
# `studying at Heidelberg University`: what counted people are doing, wherever the count stands.
_DOING = re.compile(
    r"\s+(?P<participle>[a-z]{3,}ing)\s+(?P<where>(?:at|in|on|with|near|across|under|for|"
    r"outside|inside|around)\s+"
    r"[\w'\u2019-]+(?:\s+(?!(?:and|but|while|when|because|who|which|were|was|are|is|have|has|had)\b)"
    r"[\w'\u2019-]+){0,3})"
)
# `were surveyed for the report`, `in 40 towns have been evacuated`, `would be moved to London`,
# `, including a Briton, have been arrested`: what was done to them.
_PASSIVE = re.compile(
    r"(?:\s+(?:in|from|across)\s+[^,;:]{1,30}?)?"
    r"(?:,\s+(?:including|among\s+them|mostly|many\s+of\s+them)\s+[^,;:]{1,50},)?"
    r"\s+(?:were|are|have\s+been|had\s+been|(?:were|are)\s+being|(?:will|would|could|may|might)\s+be)\s+"
    rf"(?P<participle>{_PARTICIPLE})\b"
    r"(?P<object>(?:\s+(?!(?:on|at|during|last|this|since|after|before|when|while|because|"
    r"and|but)\b)[\w'\u2019\"-]+){0,5})"
)


_WHO_PASSIVE = re.compile(
    r"\s+who\s+(?:were|are|have\s+been|has\s+been|had\s+been)\s+"
    rf"(?P<participle>{_PARTICIPLE})\b"
    r"(?P<object>(?:\s+(?!(?:and|but|while|when|because)\b)[\w'\u2019\"-]+){0,5})"
)


def _deed(verb: str) -> bool:
    """True for a past or present verb of doing (`saw`, `watched`, `bought`), not a state."""
    if verb in _STATES:
        return False
    past = len(verb) > 4 and verb.endswith("ed")
    present = f"{verb}s" in _PRESENT_FORMS or verb in _PRESENT_DEEDS  # "people own"
    known = verb in IRREGULAR_VERBS or verb in FINITE_VERBS or verb in HUMAN_DEEDS
    return past or present or known

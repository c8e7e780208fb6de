"""What a duration measures: the time something takes or lasts, read from the verb phrase it
ends (`customers would get new cords within two weeks` -> `time to get new cords`, `68,400 people
have been unemployed for two years` -> `time unemployed`, `after charging in 20 minutes` -> `time
charging`), or from the verb of taking or spending it (`it took ten years for the line to open` ->
`time for the line to open`, `Ana spent two weeks at the top` -> `time Ana spent at the top`),
or from the event a time `ago` dates (`the shop shut six years ago` -> `time since the shop shut`).
The subject of the clause is no measure of a duration: `Britain can borrow for fifty years`
measures no Britain.
"""

from __future__ import annotations

import re
from itertools import takewhile

from bot.analyse.figures.antecedents import antecedent
from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.counted_verbs import COMMON_PLURALS
from bot.analyse.figures.lexicon import (
    AGO,
    DATE_WORDS,
    FRONTED_PREPOSITIONS,
    HEAD_PREPOSITIONS,
    MAX_WORDS,
    PERSONAL_PRONOUNS,
    TAKE_FORMS,
    is_verb,
    word_set,
)
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.noun_tails import verb_like
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import FINITE_VERBS
from bot.analyse.figures.subjects import subject
from bot.analyse.figures.units import DURATIONS
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

_WORD = r"[a-z][\w'\u2019-]*"
_ENDS = r"\s+(?:for|within|in|after|over)\s*$"
# `will feed the grid in 15 years` says when, not how long: `in` ends no modal's duration.
_MODAL_ENDS = r"\s+(?:for|within|after|over)\s*$"
# A verb phrase after a modal or `to` (`would get new cords`), after a form of `be` (`have been
# unemployed`, `was closed`), or a gerund after `after` or `before` (`after charging`).
_AFTER_MODAL = re.compile(
    rf"\b(?:will|would|could|can|may|might|must|should|to)\s+(?P<pred>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
    + _MODAL_ENDS
)
_AFTER_BE = re.compile(
    rf"\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?P<pred>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
    + _ENDS
)
_GERUND = re.compile(rf"\b(?:after|before|by)\s+(?P<pred>[a-z]+ing(?:\s+{_WORD}){{0,3}}?)" + _ENDS)


def duration_measure(plain: str, quantity: Quantity) -> str:
    """`time to get new cords` for `would get new cords within two weeks`, else ""."""
    if quantity.unit not in DURATIONS:
        return ""
    start = before_qualifier(plain, quantity.start)
    if taken := time_taken(plain, start, quantity.end) or time_since(plain, start, quantity.end):
        return taken
    if _LATE.match(plain, quantity.end):
        return _delay_of(subject(plain, start))  # "The flight took off 20 minutes late"
    begin, _ = clause_span(plain, start)
    lead = plain[begin:start]
    if lasting := _TO_LAST.search(lead):
        return f"length of {lasting.group('thing')}"  # "expected the process to take 12 months"
    if found := _AFTER_MODAL.search(lead):
        words = found.group("pred").split()  # "should happen": too little to say what of
        verb = len(words) > 1 and words[0] not in _NO_PREDICATE  # not "true to that promise"
        return f"time to {' '.join(words)}" if verb else ""
    if found := _AFTER_BE.search(lead) or _GERUND.search(lead):
        predicate = found.group("pred")
        return "" if predicate.split()[0] in _DETERMINERS else f"time {predicate}"
    if named := _named_time(lead):
        return named  # "Bill Higgins stood outside in the snow for four hours"
    return ""  # "was a driver for four years": a noun phrase is no time of anything


# What someone expects, wants or needs to last the time: `expected the approval process to take`.
_TO_LAST = re.compile(
    r"\b(?:expects?|expected|needs?|needed|forecasts?|forecast|predicts?|predicted)\s+(?P<thing>(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?"
    r"[a-z-]+)\s+to\s+(?:take|last|run)\s*$"
)


def _delay_of(late: str) -> str:
    """`flight delay` of the subject `flight took off` (its words up to a verb), `delay` when it
    is a pronoun or none."""
    words = list(takewhile(lambda w: not (w.islower() and _verb_or_finite(w)), late.split()))
    if not words or words[0].lower() in PERSONAL_PRONOUNS:
        return "delay"
    return f"{' '.join(words)} delay"


def _verb_or_finite(word: str) -> bool:
    return verb_like(word) or word in FINITE_VERBS or word.endswith("ed")


def _named_time(lead: str) -> str:
    """`time Bill Higgins stood outside` of `Bill Higgins stood outside for`: a name that opens
    its clause (alone, after a comma or at the start) and a past verb that lasted; "" for a
    pronoun, a time or place word, a common plural opening the sentence (`Police searched`), a
    name inside a phrase (`The fire in London burned`) or one of two (`Smith and Jones`)."""
    found = _NAMED_PAST.search(lead)
    if found is None or found.group("verb") in _NOT_LASTING:
        return ""
    words = found.group("name").split()
    if not _names_someone(words, lead[: found.start()]):
        return ""
    if words[0] in {"The", "A", "An"}:
        if len(words) == 1:
            return ""
        words[0] = words[0].lower()  # "the Queen reigned"
    return f"time {' '.join(words)} {found.group('pred')}"


def _names_someone(words: list[str], before: str) -> bool:
    """True for a name that opens its clause (at the start or after a comma) and is no pronoun,
    time or place word, nor a common plural opening the sentence (`Police`, `Judges`)."""
    before = before.rstrip()
    opens = not before or before.endswith((",", ";", ":", "--"))
    common = len(words) == 1 and words[0].lower() in COMMON_PLURALS
    lone_plural = common or (len(words) == 1 and words[0].endswith("s") and not before)
    return opens and not lone_plural and words[0].lower() not in PERSONAL_PRONOUNS | _NOT_NAMES


# A name and what it did for the time: `Bill Higgins stood outside in the snow for four hours`.
# A name of up to three capitalised words, at a clause's start or after a space or comma.
_CAPITALISED = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
_NAME_START = r"(?:^|(?<=[\s,;:]))"
_NAMED_PAST = re.compile(
    rf"{_NAME_START}(?P<name>{_CAPITALISED}),?\s+"
    rf"(?P<pred>(?P<verb>[a-z]+ed|{'|'.join(sorted(IRREGULAR_VERBS))})(?:\s+[\w'\u2019-]+){{0,5}}?)"
    r"\s+for\s*$"
)
_NOT_NAMES = (
    HEAD_PREPOSITIONS
    | DATE_WORDS
    | word_set(
        "this that these those but and so then there here when after before while having without "
        "since until later earlier yesterday today tonight"
    )
)
# Past verbs whose `for` gives no time they lasted: `Acme paid for two years of`, `voted for`.
_NOT_LASTING = word_set(
    "paid asked called voted argued pushed pressed hoped waited saw had got made put let set "
    "jailed sentenced banned suspended fined"
)
_BE = word_set("be been have has had")
# The last word that opens the clause a time `ago` dates: `since he starred`, `who then posted`.
_OPENER = re.compile(
    r"^(?:.*\b(?P<word>since|when|after|because|who|which|where|and|but)\s+)?(?:then\s+)?",
    re.IGNORECASE,
)
# A relative clause set off by commas that closes before the main verb: `The factory, which he
# bought cheaply, closed five years ago` dates the closing, not the buying.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whom|whose|which|where|when)\b[^,]*,", re.IGNORECASE)
# The main verb right after a relative clause's time: `who posted it two days ago, were held`.
_VERB_AFTER = re.compile(r"\s+ago,?\s+(?:(?:was|were|is|are|has|have|had|will|would)\b|[a-z]+ed\b)")
_LOWERED = re.compile(r"^(?:The|A|An|He|She|They|It|We)\b")
_RELATIVE = word_set("who whom whose which where that")


def time_since(plain: str, start: int, end: int) -> str:
    """`time since the firm was sold` of `The firm was sold six years ago`, else "": a time
    `ago` measures how long it is since its clause happened; "" when the words before it are not
    one event (a relative clause without commas before the main verb)."""
    if not AGO.match(plain, end):
        return _since_after(plain, end)
    begin, _ = clause_span(plain, start)
    lead = _RELATIVE_ASIDE.sub(" ", plain[begin:start])
    opener = _OPENER.match(lead)
    event = " ".join(lead[opener.end() if opener else 0 :].strip(" ,").split())
    relative = (opener.group("word") or "").lower() if opener else ""
    restrictive = opener is not None and not lead[: opener.start("word")].rstrip().endswith(",")
    if relative in {"who", "which", "where"} and restrictive and not _VERB_AFTER.match(plain, end):
        return ""  # "The man who said he would go died two years ago": the main verb's event
    if relative in {"who", "which"}:
        event = f"{antecedent(plain, start)} {event}".strip()  # "the man, who died two years ago"
    event = _LOWERED.sub(lambda found: found.group().lower(), event)
    return f"time since {event}" if _one_event(event) else ""


# The event a time is counted from, written after it: `13 years since 2,753 people were
# reported missing`.
_SINCE_AFTER = re.compile(r"\s+since\s+(?P<event>[^,;:.!?()\"\u201c\u201d]+)")


def _since_after(plain: str, end: int) -> str:
    """`time since the mill closed` of `It has been five years since the mill closed`, else ""
    (a pronoun for the event's subject says too little to show)."""
    found = _SINCE_AFTER.match(plain, end)
    if found is None:
        return ""
    event = _until_stop(found.group("event")).split()
    if not event or event[0].lower() in PERSONAL_PRONOUNS or len(event) > MAX_WORDS:
        return ""
    cut_short = plain[found.end() : found.end() + 1] == "." and len(event[-1]) <= 2
    if cut_short or any(c.isdigit() for c in found.group("event")):
        return ""  # an event cut short by an abbreviation (`Brown v. Board`), or another figure
    phrase = " ".join(event)
    return f"time since {phrase}" if _one_event(phrase) else ""


def _one_event(event: str) -> bool:
    """True for a subject and one verb phrase: `the mill closed`, `he was born`; not `said he
    would return died` (two verb groups)."""
    words = event.split()
    if len(words) < 2 or _RELATIVE & {w.lower() for w in words}:
        return False
    verbs = [is_verb(w) or _past_tense(w) for w in words]
    groups = sum(1 for i, verb in enumerate(verbs) if verb and (i == 0 or not verbs[i - 1]))
    return groups <= 1


def _past_tense(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.endswith("ed")


_DETERMINERS = word_set("a an the his her its their our my your this that")
_NO_PREDICATE = _BE | _DETERMINERS  # words after a modal that open no verb phrase


# `took Vodafone almost`, `took the council`, `needed`: a verb of taking time right before it.
_TAKE_TIME = "|".join((*TAKE_FORMS, "needed", "needs", "need"))
_TAKING = re.compile(rf"\b(?:{_TAKE_TIME})(?:\s+[\w'\u2019-]+){{0,3}}\s*$")
# What the time was taken for: `for the line to open`, `to rack up a million users`.
_TAKEN_FOR = re.compile(
    rf"\s+(?:for\s+(?P<who>(?:the\s+|a\s+|an\s+)?{_WORD}(?:\s+{_WORD}){{0,4}}?)\s+)?"
    rf"to\s+(?P<pred>{_WORD}(?:\s+[\w'\u2019-]+){{0,5}})"
)
_SPENT = re.compile(
    r"(?:(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})|\b(?:who|which|that))"
    r"(?:\s+[a-z]+ly)?"
    r"\s+(?:spent|spends|has\s+spent|had\s+spent)\s*$"
)
# Time given to do something: `judges have five days to respond`, `was given 30 days to leave`.
_NAMED_HOLDER = re.compile(
    rf"{_NAME_START}(?P<name>{_CAPITALISED}(?:\s+and\s+{_CAPITALISED})?)\s+(?:has|have|had)\s*$"
)  # "Israel has 48 hours to", "CN and CP have 30 days to"
_HAVING_TIME = re.compile(r"\b(?:has|have|had|having|given|gives|give|get|gets|got)\s*$")
_SPENT_WHERE = re.compile(r"\s+(?P<where>(?:at|in|on|with|behind)\s+[^,;:.()]+)")
_PHRASE_STOP = word_set("but and or while whereas because although when which who")


def time_taken(plain: str, start: int, end: int) -> str:
    """`time for the line to open` of `it took ten years for the line to open`, `time Ana spent
    at the top` of `Ana spent two weeks at the top`; else ""."""
    lead = plain[max(0, start - 40) : start]
    given = _HAVING_TIME.search(lead) is not None  # "had two weeks to leave": time to leave
    if (given or _taking(plain, start, lead)) and (found := _TAKEN_FOR.match(plain, end)):
        pred = _until_stop(found.group("pred"))
        if given and pred.split()[:1] in (["life"], ["spare"]):
            return ""  # "25 years to life": a sentence; "five days to spare": no deed
        if given and len(pred.split()) == 2 and pred.split()[-1] in {"that", "this", "it", "so"}:
            return ""  # "got two months to do that": what to do is said before
        who = f"for {found.group('who')} " if found.group("who") else ""
        holder = _NAMED_HOLDER.search(lead) if given and not who else None
        if holder and _names_someone(holder.group("name").split(), lead[: holder.start()]):
            who = f"for {holder.group('name')} "  # "Israel has 48 hours to respond"
        taker = _taker(plain, start) if not who and not given else ""
        if taker and pred and len(f"time {taker} to {pred}".split()) <= MAX_WORDS:
            return f"time {taker} to {pred}"  # "the pair took two hours to win"
        return f"time {who}to {pred}" if pred and (who or given or " " in pred) else ""
    if (spent := _SPENT.search(lead)) and (where := _SPENT_WHERE.match(plain, end)):
        named = spent.group("who") or ""  # "who spent two years on the film": nobody named
        who = "" if named.lower() in PERSONAL_PRONOUNS or not named else f"{named} "
        return f"time {who}spent {_until_stop(where.group('where'))}"
    return ""


def _taker(plain: str, start: int) -> str:
    """`the Serbian pair took` of `The Serbian pair took less than two hours to`: who took the
    time and the verb, when a noun phrase or a name (no pronoun) is its subject; else ""."""
    found = _TAKER.search(plain, max(0, start - _TAKER_REACH), start)
    first = found.group("doer").split()[0].lower() if found else ""
    if found is None or first in PERSONAL_PRONOUNS or first in FRONTED_PREPOSITIONS:
        return ""
    if re.search(r"\band\s+$", plain[: found.start()]):
        return ""  # "The firm and its lawyers took": not its lawyers alone
    doer = found.group("doer")
    first, _, rest = doer.partition(" ")
    if first in {"The", "A", "An", "His", "Her", "Their", "Its"}:
        doer = f"{first.lower()} {rest}"
    return f"{doer} {' '.join(found.group('verb').split())}"


_TAKER = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<doer>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"(?:\s+(?!(?:and|or|but|of|in|on|at|to|for|with|by|from)\b)[\w'\u2019-]+){1,3}"
    r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?P<verb>took|takes|needed|needs|has\s+taken|had\s+taken)"
    r"(?:\s+(?:just|only|about|around|nearly|almost|less\s+than|more\s+than|over|under))*\s*$"
)
_TAKER_REACH = 80
_LATE = re.compile(r"\s+(?:late|behind\s+schedule)\b")


def _taking(plain: str, start: int, lead: str) -> bool:
    """A verb of taking time right before, or before a `but only` that shares it (`took nine
    years to reach a million but only 18 months to reach two`)."""
    if _TAKING.search(lead):
        return True
    shared = _SHARED.search(lead)
    if shared is None:
        return False
    before = plain[max(0, start - len(lead) - 120) : start - len(lead) + shared.start()]
    return _TAKING_EARLIER.search(before) is not None


_SHARED = re.compile(r"\s+(?:but|and)(?:\s+only|\s+just)?\s*$")
_TAKING_EARLIER = re.compile(rf"\b(?:{_TAKE_TIME})\b[^.;:]*$")


def _until_stop(phrase: str) -> str:
    """`rack up its first million customers` of `rack up ... customers but only`."""
    words = phrase.split()
    stops = _PHRASE_STOP | (FINITE_VERBS - _BE)  # "spent 20 years in prison was freed"
    cut = next((i for i, w in enumerate(words) if i and w.lower() in stops), len(words))
    return " ".join(words[:cut])

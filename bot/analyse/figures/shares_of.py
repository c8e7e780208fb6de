"""What a share of things says of them: `three out of four girls said they used make-up`
measures `girls who used make-up`, `one in 10,000 consoles had failed` the `consoles which
failed`, `in seven cases, customers reported a burn` counts `customers reported a burn`, and
`eight people per thousand are car owners` counts `car owners per thousand people`. A share that
is itself the subject of what people said or were (`48% were pessimistic about the economy`,
`compared to 34% who said it was improving`) is a share of people (or of the whole the sentence
opens with): `people who were pessimistic about the economy`, `people who said it was
improving`."""

from __future__ import annotations

import re

from bot.analyse.figures.doers import PEOPLE, personal
from bot.analyse.figures.lexicon import VERBS, tidy, word_set
from bot.analyse.figures.readable import FINITE_VERBS, measure_flaw
from bot.analyse.quotes.lexicon import IRREGULAR_VERBS

# The verb phrase after the noun of a share: `said they used make-up`, `had experienced failures`.
_PREDICATE = re.compile(
    r"\s+(?P<finite>(?:said|say|says)\s+(?:that\s+)?(?:they|it)\s+)?"
    r"(?P<aux>(?:had|have|has|would|will|could|can|do|did)\s+)?"
    r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[\w'\u2019-]+(?:/[\w'\u2019-]+)?){0,4})"
)
# Where the rest of the verb phrase ends: a preposition, conjunction or relative word.
_REST_STOP = word_set(
    "to in on at for from by than because after before and but while which who that when since "
    "compared against versus"
)


def share_predicate(plain: str, end: int, noun: str) -> str:
    """`girls who used make-up` for the noun `girls` ending at `end`, when a verb follows it;
    else `noun` as it is."""
    if said := _SAID_THEY.match(plain, end):  # "40% of voters said they would back it"
        return tidy(f"{noun} who {said.group('clause')}")
    paired = _PAIRED_SHARE.match(plain, end)  # "61% of A and 55% of B experienced"
    found = _PREDICATE.match(plain, paired.end() if paired else end)
    if found is None or not noun or found.group("verb") in _REST_STOP:
        return noun  # "45% of pupils compared with": a comparison, no verb of the pupils
    verb, rest = found.group("verb"), found.group("rest").split()
    having = (found.group("aux") or "").strip() in _HAVING
    if having and not _is_verb(verb):
        verb, rest = found.group("aux").strip(), [verb, *rest]  # "have formal plans"
    elif not _is_verb(verb):
        return noun
    cut = next((i for i, w in enumerate(rest) if w.lower() in _REST_STOP), len(rest))
    if not (found.group("finite") or found.group("aux")) and verb.endswith("ed"):
        return tidy(" ".join([noun, verb, *rest[:cut]]))  # "adults diagnosed with it"
    relative = "who" if personal(noun) or noun.endswith("-olds") else "which"  # 3-year-olds
    aux = (found.group("aux") or "").split() if verb in {"be", "been"} else []  # `have been`
    told = [w for w in rest[:cut] if not (aux and w.endswith("ly"))]  # `has been damaged`
    return tidy(" ".join([noun, relative, *aux, verb, *told]))


# What a share of people say of themselves: `of respondents to a survey say they watch games`.
_SAID_THEY = re.compile(
    r"(?:\s+(?:to|in|from|at)\s+[^,;:]{1,30}?)?\s+(?:say|says|said|believe|believes|believed|"
    r"think|thinks|thought|reported|report)\s+(?:that\s+)?(?:they|their)\s+"
    r"(?P<clause>[a-z][^,;:.()]{2,60})"
)


# A second share joined to the first, which shares its verb: ` and 30% of small shops` in
# `40% of large farms and 30% of small shops reported losses`.
_PAIRED_SHARE = re.compile(
    r"\s+and\s+(?:about\s+|nearly\s+|almost\s+)?[\d.]+\s?(?:%|per\s?cent)"
    r"\s+of\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?(?=\s+[a-z]+ed\b)"
)


def _is_verb(word: str) -> bool:
    """A verb that says something of the things (`used`, `had failed`), not one of saying
    (`said no` says nothing of the girls themselves)."""
    if word in _SAYING:
        return False
    known = word in VERBS | FINITE_VERBS | IRREGULAR_VERBS
    return known or (len(word) > 3 and word.endswith("ed"))


_HAVING = word_set("have has had")
_SAYING = word_set("said say says told tell tells added adds agreed agree agrees")
_CASES = re.compile(r"\b[Ii]n\s+$")
_CASE_NOUNS = word_set("cases instances incidents occasions")
_CLAUSE_AFTER = re.compile(r",\s+(?P<clause>[^,;:.()]+)")


def cases_clause(plain: str, start: int, end: int, noun: str) -> str:
    """`customers reported sustaining a minor burn` of `in seven cases, customers reported
    sustaining a minor burn`: what the cases are cases of; else ""."""
    if noun.lower() not in _CASE_NOUNS or not _CASES.search(plain, max(0, start - 4), start):
        return ""
    found = _CLAUSE_AFTER.match(plain, end)
    if found is None:
        return ""
    clause = " ".join(found.group("clause").split()[:6])
    return "" if measure_flaw(clause) else tidy(clause)


_PER_BASE = re.compile(
    r"\s+per\s+(?P<base>hundred|thousand|million|100|1,000|10,000|100,000)\s+(?:are|were|is|was)\s+"
    r"(?P<np>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,2})"
)


def per_base(plain: str, end: int, noun: str) -> str:
    """`car owners per thousand people` of `eight people per thousand are car owners`, else ""."""
    found = _PER_BASE.match(plain, end)
    if found is None:
        return ""
    words = found.group("np").split()
    cut = next((i for i, w in enumerate(words) if w in _REST_STOP), len(words))
    return tidy(f"{' '.join(words[:cut])} per {found.group('base')} {noun}") if cut else ""


# Where a share opens its clause: the sentence's start, a comma, `and`, `while`, `compared to`.
_SHARE_OPENS = re.compile(
    r"(?:^|[,;:(]|\b(?:and|while|whereas|but|compared\s+(?:to|with)|as\s+against|against))\s*"
    r"(?:(?:some|about|around|nearly|almost|over|just|only|roughly)\s+)?$",
    re.IGNORECASE,
)
# Verbs only people do with what they say, think or see: what a share of them did is `people
# who said`, `people who saw`.
_PEOPLE_VERBS = word_set(
    "said say says saw see sees believe believes believed think thinks thought expect expects "
    "expected feel feels felt want wants wanted agree agrees agreed support supports supported "
    "oppose opposes prefer prefers preferred admit admits admitted fear fears feared favour "
    "favours favoured favor favors favored"
)
_SHARE_SAYS = re.compile(
    r"\s+(?P<who>who\s+)?(?P<verb>were|are|was|"
    + "|".join(sorted(_PEOPLE_VERBS, key=len, reverse=True))
    + r")\s+(?P<rest>[^,;:()]+)"
)
# Participles that say how people feel, and participles no -ed ending gives away.
_FEELINGS = word_set(
    "worried concerned satisfied dissatisfied opposed undecided convinced unconvinced pleased "
    "disappointed surprised shocked interested uninterested alarmed scared frightened"
)
_PARTICIPLES = word_set("sold seen made built sent given taken found kept lost paid shown")
_PEOPLE_TOO = word_set("respondents those participants consumers parents citizens owners")
_SHARE_STOP = word_set("while whereas but compared as against and or")
# Words after `were` that open no state of the people: `were up 5%`, `were the ones`.
_NO_STATE = word_set(
    "up down the a an in on at to from by not also still higher lower more less better worse "
    "bigger smaller larger greater"
)


def people_share(plain: str, start: int, end: int, group: str = "") -> str:
    """`people who were pessimistic about the economy` of `48% were pessimistic about the
    economy` (the share's number runs from `start` to `end`; `group`, when the sentence names
    the whole, stands for `people`), else ""."""
    if not _SHARE_OPENS.search(plain, max(0, start - 20), start):
        return ""
    found = _SHARE_SAYS.match(plain, end)
    if found is None:
        return ""
    words = found.group("rest").split()
    words = words[: next((i for i, w in enumerate(words) if w.lower() in _SHARE_STOP), 5)][:5]
    verb = found.group("verb").lower()
    if verb in {"was", "is"} and not group:
        return ""  # "3% was expected": an amount, people would be `were`
    if verb in _PEOPLE_VERBS:  # what the named whole said is left to it: `nurses polled`
        return "" if group or not words else tidy(f"people who {verb} {' '.join(words)}")
    if not words or words[0].lower() in _NO_STATE or words[0][:1].isdigit():
        return ""
    if not group and _done_to(words[0]):
        return ""  # "30% were sold": things, as like as people
    return tidy(f"{_whole(group)} {verb} {' '.join(words)}")


def _done_to(word: str) -> bool:
    """True for a participle of what was done (`sold`, `repaired`), not a feeling (`worried`)."""
    lower = word.lower()
    participle = lower.endswith("ed") or lower in IRREGULAR_VERBS or lower in _PARTICIPLES
    return participle and lower not in _FEELINGS


def _whole(group: str) -> str:
    """`people who`, `adults polled who`, `cars tested that`, `Danes who cycle and`: the whole a
    share is of, joined to what the share was."""
    if not group:
        return "people who"
    if " who " in f" {group} ":
        return f"{group} and"  # "Danes who cycle to work and are women"
    people = any(word.lower() in PEOPLE or word.lower() in _PEOPLE_TOO for word in group.split())
    return f"{group} {'who' if people else 'that'}"

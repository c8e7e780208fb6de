"""Counted places by what their people did: `a majority in 14 countries said they were hopeful`
measures `countries where a majority said they were hopeful`, and `9,000 leaders in 104 countries
were surveyed` `countries where leaders were surveyed`; a bare `countries` says nothing of which."""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.doers import PEOPLE
from bot.analyse.figures.lexicon import QUALIFIED, tidy, word_set
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import PLACE_NOUNS, measure_flaw

_IN_BEFORE = re.compile(r"\s+in\s*$")
# What the people did: a verb phrase up to a comma, conjunction or the sentence's end.
_DID = re.compile(r"\s+(?:(?:who|that)\s+)?(?P<vp>[a-z][^,;:.()]*)")
_VP_STOP = word_set("while whereas but compared according than")
_GROUP_STOP = re.compile(
    r"^.*\b(?:that|because|when|while|if|and|but|compared\s+(?:with|to)|against|with)\s+",
    re.IGNORECASE,
)
_COMMON_OPENERS = word_set("those the a an most many some all half") | PEOPLE
# Words for people as a group: `a majority in 14 countries`, `those surveyed in 9 states`.
_GROUPS = word_set("majority minority most many half those respondents everyone nobody")
_NUMBERED = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand)?\s*", re.IGNORECASE)


def places_where(plain: str, quantity: Quantity) -> str:
    """`countries where a majority said they were hopeful`, else ""."""
    if not quantity.kind.endswith("-noun") or quantity.unit.lower() not in PLACE_NOUNS:
        return ""
    start = quantity.start
    found = _IN_BEFORE.search(plain, max(0, start - 5), start)
    if found is None:
        return ""
    group = _group(plain, found.start())
    did = _DID.match(plain, quantity.end)
    if not _of_people(group) or did is None:
        return ""
    words = did.group("vp").split()
    words = words[: next((i for i, w in enumerate(words) if w.lower() in _VP_STOP), 8)][:8]
    if not words or measure_flaw(group):
        return ""
    return tidy(f"{quantity.unit} where {group} {' '.join(words)}")


def _group(plain: str, end: int) -> str:
    """The people before `in N countries`: `a majority`, `9,000 business leaders` -> `business
    leaders` (the clause's words, past a subordinator, without their own number)."""
    begin, _ = clause_span(plain, end)
    words = _GROUP_STOP.sub("", plain[begin:end].rsplit(",", 1)[-1])
    words = _NUMBERED.sub("", QUALIFIED.sub(" ", f" {words}"))
    group = " ".join(words.split()).strip(" ,;:")  # "Those surveyed" keeps its `those`
    first = group.split(" ", 1)[0]
    if first.lower() in _COMMON_OPENERS:  # "Voters in six states" opened its sentence
        group = first.lower() + group[len(first) :]
    return group if 0 < len(group.split()) <= 6 else ""


def _of_people(group: str) -> bool:
    """True when `group` names people (`a majority`, `business leaders`), not things whose
    number moved (`Sales in 14 markets fell`)."""
    return any(word.lower() in PEOPLE or word.lower() in _GROUPS for word in group.split())

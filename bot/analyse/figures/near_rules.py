"""Measure rules read from the words right around the number: the phrase it sits in (`a 60% rise
in profit`), the noun it describes (`50mph winds`, `a 10% stake`), the group it is a share of
(`6% of drivers were planning` -> `drivers which were planning`), a fraction's whole, what a
multiple multiplies and the object of a change verb. `measure_rules` orders them among the rest.
"""

from __future__ import annotations

import re

from bot.analyse.figures.clause_rules import (
    named_subject,
)
from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.completions import LEVELS, economic_growth, level_of, owned_object
from bot.analyse.figures.counted import counted_noun
from bot.analyse.figures.lexicon import DECREASE, INCREASE, tidy, word_set
from bot.analyse.figures.measures import (
    CHANGE_VERBS,
    before_qualifier,
    near,
    noun_after,
    verb_object,
)
from bot.analyse.figures.milestones import gerund_noun, milestone
from bot.analyse.figures.money_rules import (
    is_money,
)
from bot.analyse.figures.noun_tails import CONTACT_CLAUSE, deal_parties
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.of_phrases import of_phrase
from bot.analyse.figures.shares_of import share_predicate
from bot.analyse.figures.sums import (
    multiple_of,
)
from bot.models import Unit


def _counted(quantity: Quantity) -> bool:
    return quantity.kind.endswith("-noun")


def around_number(plain: str, quantity: Quantity) -> str:
    if _counted(quantity):
        return ""
    if reached := milestone(plain, quantity.end):
        return reached  # "the $100 million mark in grosses": grosses
    if strong := _STRONG.match(plain, quantity.end):
        noun = noun_after(plain, strong.end())  # "the 40-strong team of runners"
        clause = re.match(
            rf"\s+{re.escape(noun)}\s+(?P<clause>{CONTACT_CLAUSE})", plain[strong.end() :]
        )
        return f"{noun} {clause.group('clause')}" if noun and clause else noun
    phrase = near(plain, quantity.start, quantity.end)
    if is_money(quantity):
        phrase = deal_parties(plain, phrase, quantity.end)  # "£8m bid from Tottenham for Reid"
    if quantity.unit == "year of age" and _VERB_AFTER_AGE.match(plain, quantity.end):
        return ""  # "The 65-year-old worries that": a verb and its clause, not a noun
    if phrase.lower() in LEVELS:
        return level_of(phrase, named_subject(plain, quantity.start))
    if _is_property(phrase.lower().split()):
        return _owned_property(plain, quantity.start, phrase)
    return economic_growth(phrase, plain, quantity.start)


# What a thing has at a number (`at a speed of 90 knots`, `with a crew of five`): whose it is, the
# clause's subject says.
_PROPERTIES = word_set(
    "speed height altitude depth length width weight temperature pace crew capacity range "
    "diameter wingspan payload ceiling thrust"
)
# Words that say which of a thing's properties: `top speed`, `total length`.
_PROPERTY_KINDS = word_set("top maximum max total overall cruising average minimum")


def _is_property(words: list[str]) -> bool:
    """True for `speed`, `top speed`, `maximum payload`: a property a thing has."""
    return bool(words) and words[-1] in _PROPERTIES and set(words[:-1]) <= _PROPERTY_KINDS


_NO_OWNERS = word_set("it they he she we i you this that which who there")


def _owned_property(plain: str, start: int, phrase: str) -> str:
    """`Blue Heron speed` of `Blue Heron sailed at a speed of 12 knots`; the bare property when
    the subject is a pronoun or too long to be a name."""
    owner = named_subject(plain, start)
    words = owner.split()
    if not words or len(words) > 3 or words[0].lower() in _NO_OWNERS:
        return phrase
    return f"{owner} {phrase}"


_STRONG = re.compile(r"-strong\b")
_VERB_AFTER_AGE = re.compile(
    r"\s+[a-z]+s\s+(?:that|he|she|it|they|the|a|an|his|her|their|its)\b", re.IGNORECASE
)


# Units whose number is no property of the noun after it ("76 percent more", "5G networks").
_NOT_DESCRIBING = frozenset(
    {"percent", "percentage point", "times", "fraction", "year of age", "G"}
)


def described_noun(plain: str, quantity: Quantity) -> str:
    if _counted(quantity) or not quantity.unit:
        return ""
    if quantity.unit in DISTANCE_UNITS and (dimension := _dimension(plain, quantity)):
        return dimension
    if quantity.unit in _NOT_DESCRIBING:
        following = plain[quantity.end :].split()[:1]
        if not following or following[0].lower().strip(".,;") not in _SHARE_NOUNS:
            return ""  # "76 percent more", but "a 5% to 10% improvement"
    if _RATE_AFTER.match(plain, quantity.end):
        return ""  # "a record $2,195 an ounce": a price per ounce describes no ounce
    noun = noun_after(plain, quantity.end) or gerund_noun(plain, quantity.start, quantity.end)
    if quantity.unit in DISTANCE_UNITS and _WHERE_WORD.match(noun):
        return ""  # "20 miles north of Naples": where a place lies, no noun described
    noun = _with_kind(plain, quantity.start, noun)
    return deal_parties(plain, noun, quantity.end) if is_money(quantity) else noun


_RATE_AFTER = re.compile(
    r"\s+(?:an?|per)\s+(?:ounce|barrel|share|pint|litre|liter|gallon|tonne|ton|kilo|pound|"
    r"bushel|unit|item|ticket|seat|head)\b"
)
# Words between an article and the number that say which kind of thing the noun after is: `a
# yearly $4,000 payment`, `a record £5m profit`, `an average 3% rise`.
_KIND_BEFORE = re.compile(
    r"(?<![\w'’])(?:a|an|the|its|their|his|her|our)\s+(?P<kind>yearly|annual|monthly|weekly|"
    r"daily|quarterly|record|total|combined|net|gross|average|initial|one-off)\s+$",
    re.IGNORECASE,
)


def _with_kind(plain: str, start: int, noun: str) -> str:
    """`noun` with the word before the number that says its kind (`yearly payment`)."""
    at = before_qualifier(plain, start)
    found = _KIND_BEFORE.search(plain, max(0, at - 20), at) if noun else None
    return f"{found.group('kind').lower()} {noun}" if found else noun


_WHERE_WORD = re.compile(
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west|from|outside|off|away|inland|offshore)\b",
    re.IGNORECASE,
)


DISTANCE_UNITS = frozenset(
    {"metre", "kilometre", "centimetre", "millimetre", "foot", "inch", "yard", "mile"}
)
_DIMENSIONS = {"tall": "height", "high": "height", "long": "length", "wide": "width",
               "deep": "depth", "thick": "thickness"}  # fmt: skip
_DIMENSION_BEFORE_NOUN = re.compile(rf"[\s-]+(?P<adj>{'|'.join(_DIMENSIONS)})\b")
_IN_DIMENSION = re.compile(r"\s+in\s+(?P<noun>length|height|width|depth|diameter)\b")


def _dimension(plain: str, quantity: Quantity) -> str:
    """`height of the dam` of `the 170 meter tall dam`, `length of the two letters` of `The two
    letters were about eight inches in length`; else ""."""
    if found := _DIMENSION_BEFORE_NOUN.match(plain, quantity.end):
        noun = noun_after(plain, found.end())
        return f"{_DIMENSIONS[found.group('adj')]} of the {noun}" if noun else ""
    if found := _IN_DIMENSION.match(plain, quantity.end):
        whose = named_subject(plain, quantity.start)
        return f"{found.group('noun')} of {whose}" if whose else ""
    return ""


# Nouns a percentage describes when written right after it: `5% improvement`, `10% stake`.
_SHARE_NOUNS = word_set(
    "improvement increase rise drop fall cut discount stake share tariff tax raise gain loss "
    "decline reduction growth premium commission fee return margin majority pay inflation "
    "unemployment turnout interest"
)


def fraction_of(plain: str, quantity: Quantity) -> str:
    if quantity.unit != Unit.FRACTION:
        return ""
    group = _OF_COUNT.match(plain, quantity.end)
    counted = counted_noun(plain, group.end(), singular=False) if group else None
    if counted and " and " not in counted[0]:  # groups joined by `and` go to the rules after
        return counted[0]  # "a third of its 2,000 staff": a share of the staff
    noun = noun_after(plain, quantity.end)
    named = re.match(rf"\s+(?:of\s+)?(?:the\s+)?{re.escape(noun)}", plain[quantity.end :])
    return share_predicate(plain, quantity.end + named.end(), noun) if noun and named else noun


# The count a fraction is a share of: "of the 4.3m combined sales", "of its 28,000 staff".
_OF_COUNT = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|all|those|these)\s+(?:(?:combined|total)\s+)?"
    r"\d[\d,.]*(?:m|bn|k|M)?(?:\s+(?:thousand|million|billion))?\s+"
)


def to_the_tune_of(plain: str, quantity: Quantity) -> str:
    """`gang extorted shop owners` of `The gang extorted shop owners to the tune of 200,000
    euros`: the clause the idiom puts a sum on (its `tune` names nothing)."""
    at = before_qualifier(plain, quantity.start)
    found = _TUNE.search(plain, max(0, at - 20), at)
    if found is None:
        return ""
    begin, _ = clause_span(plain, found.start())
    return _REPORTED.sub("", plain[begin : found.start()].strip())


_TUNE = re.compile(r"\s+to\s+the\s+tune\s+of\s+$", re.IGNORECASE)
_REPORTED = re.compile(r"^(?:[\w'\u2019.-]+\s+){1,4}(?:said|says|say|told\s+\w+)\s+(?:that\s+)?")


def multiple(plain: str, quantity: Quantity) -> str:
    start = before_qualifier(plain, quantity.start)
    return multiple_of(plain, start, quantity.end) if quantity.unit == Unit.TIMES else ""


def changed_object(plain: str, quantity: Quantity) -> str:
    found = verb_object(plain, quantity.start) or _seen_changing(plain, quantity.start)
    found = found or _shifted_object(plain, quantity)
    return owned_object(plain, quantity.start, found) if found else ""


# A change verb whose object comes after its amount: `cut by 22% the odds that ...`.
_CHANGED_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_VERBS | word_set('boosts'), key=len, reverse=True))})"
    r"\s+by\s+$",
    re.IGNORECASE,
)
_OBJECT_AFTER = re.compile(r"\s+(?P<np>(?:the|a|an|its|their|his|her|our)\s+[^,;:.()\d]+)")


def _shifted_object(plain: str, quantity: Quantity) -> str:
    """`odds that teenagers would be arrested` of `reduced by 22% the odds that teenagers would
    be arrested`: a long object written after the amount of the change, else ""."""
    at = before_qualifier(plain, quantity.start)
    if not _CHANGED_BY.search(plain, max(0, at - 30), at):
        return ""
    found = _OBJECT_AFTER.match(plain, quantity.end)
    return tidy(found.group("np")) if found else ""


def multiplied_object(plain: str, quantity: Quantity) -> str:
    """`length of maternity pay` of `we have doubled the length of maternity pay`: what a
    multiplying verb multiplies is its object, not its subject."""
    verb = plain[quantity.start : quantity.end].lower()
    if quantity.kind != "multiplier" or not verb.endswith(("ed", "ing")):
        return ""
    found = _MULTIPLIED.match(plain, quantity.end)
    return tidy(_MULTIPLIED_STOP.sub("", found.group("np"))) if found else ""


_MULTIPLIED = re.compile(r"\s+(?P<np>(?:the|its|their|his|her|our|your)\s+[^,;:.()\d]+)")
# Where the object of a multiplying verb ends: `doubled its stake in Acme to 10%`.
_MULTIPLIED_STOP = re.compile(
    r"\s+(?:to|from|since|over|during|by|than|and|last|this|after|before|ahead|within|who|which|"
    r"that|while|when|as|because|compared|with)\b.*$",
    re.IGNORECASE,
)


# `Residents saw the number of jobs drop by 7%`, `Kids saw behavioral problems decrease by 40%`:
# what was seen changing is what changed.
_SEEN_CHANGING = re.compile(
    r"\b(?:saw|see|sees|seen|seeing|watched)\s+(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?"
    rf"[^,;:]{{3,80}}?)\s+(?:{'|'.join(sorted(INCREASE | DECREASE, key=len, reverse=True))})"
    r"(?:\s+(?:by|to))?\s*$",
    re.IGNORECASE,
)


def _seen_changing(plain: str, start: int) -> str:
    """`number of jobs` of `saw the number of jobs drop by 7%`, else ""."""
    at = before_qualifier(plain, start)
    found = _SEEN_CHANGING.search(plain, max(0, at - 120), at)
    return tidy(found.group("np")) if found else ""


def of_group(plain: str, quantity: Quantity) -> str:
    """`drivers` of `6% of drivers`; for a percentage, with what the group does or is after it:
    `6% of drivers were planning to buy` -> `drivers which were planning`."""
    noun = of_phrase(plain, quantity.end)
    if noun.lower() in _YARDSTICKS:
        return ""  # "the deficit widened to 5.8% of GDP": the deficit, measured against GDP
    if quantity.unit != Unit.PERCENT or not noun:
        return noun  # a fraction's noun is its unit's own (`one fourth of the population`)
    named = _OF_GROUP.match(plain, quantity.end)
    if named is None or not plain.startswith(noun, named.end()):
        return noun
    return share_predicate(plain, named.end() + len(noun), noun)


# Wholes a share is measured against, never what it measures: `5.8% of GDP`.
_YARDSTICKS = frozenset(
    {"gdp", "gnp", "gni", "gross domestic product", "national income", "economic output"}
)
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+|all\s+|those\s+)?")

"""Units a bare number shares with a neighbour that writes them out: `fell to 4.5 from 4.7
percent`, `2.5 percent, from 3`, `rose 2 percent but the Nasdaq fell 1`.

Counted nouns are shared by `siblings.inherited`; this module covers what it leaves out on
purpose, percentages, points and money, which only carry over where the words say they must:
a `from` between a level and the one before it, or two changes side by side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures import units
from bot.analyse.figures.conversions import restated_sibling
from bot.analyse.figures.counted import counted_noun
from bot.analyse.figures.currencies import is_currency_code
from bot.analyse.figures.lexicon import DECREASE, INCREASE, word_set
from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

# A level and the level it came from: "to 4.5 from 4.7 percent", "2.5 percent, down from 3".
_FROM_GAP = re.compile(r"\s*,?\s+(?:(?:up|down)\s+)?from\s+", re.IGNORECASE)
_CHANGE_UNITS = {Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.BASIS_POINT, Unit.POINT}
_NEVER_SHARED = {"", Unit.TIMES, Unit.FRACTION, Unit.YEAR, "G"}
_NOUNS_AND_ADVERBS = {"up", "down", "higher", "lower", "growth", "loss", "losses", "reduction"}
# "another" repeats the change before it: "rose 4% on Monday and another 2 on Tuesday"
_CHANGE_WORDS = (INCREASE | DECREASE | {"another"}) - _NOUNS_AND_ADVERBS
_CHANGE_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:by\s+)?(?:(?:just|only|nearly|almost|about|some|roughly|a\s+further|"
    r"a\s+mere)\s+)?$",
    re.IGNORECASE,
)
# Two changes side by side: "rose 2 percent but ... fell by 1", "rose 4% ... and another 2".
_PARALLEL_GAP = re.compile(r"[,;]|\b(?:and|but|while|whereas|as|though|although)\b")
_PARALLEL_REACH = 80  # most characters between two changes that share a unit


def shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with each bare number given the unit its neighbour writes for both."""
    result = list(found)
    for index, quantity in enumerate(found):
        if quantity.unit or quantity.kind != "number":
            continue
        unit = (
            _from_level(text, found, index)
            or _parallel_change(text, result[:index], quantity)
            or _dimension(text, found, index)
            or _level_in_points(text, result[:index], quantity)
            or restated_sibling(text, found, index)
            or _later_sum(text, result[:index], quantity)
        )
        if unit:
            result[index] = replace(quantity, unit=unit)
        elif noun := (
            _one_or_more(text, quantity)
            or _some_of_a_group(text, quantity)
            or _number_of(text, quantity)
        ):
            result[index] = noun
    return result


# "seven of those officers": a part of a group the text names ("two of Johnson's deputies" is
# left to the measure, which keeps the owner).
_OF_A_GROUP = re.compile(r"\s+of\s+(?:those|these)\s+")


def _some_of_a_group(text: str, quantity: Quantity) -> Quantity | None:
    """A bare number with the noun of the group it is part of as its counted noun."""
    group = _OF_A_GROUP.match(text, quantity.end)
    noun = counted_noun(text, group.end(), singular=False) if group else None
    if noun is None:
        return None
    return replace(quantity, unit=noun[0], kind=quantity.kind + "-noun")


# "the number of mobile users from 95 million to 200 million": what the numbers count, named
# once before them in the clause.
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+", re.IGNORECASE)
_NUMBER_OF_REACH = 100  # characters read back for `the number of`
_SERIES_LINKS = word_set(
    "from to between and or by up down at was were is are stood reached about around nearly "
    "almost over some more than"
)
# What may stand between the noun and its numbers: verbs of change, qualifiers and the other
# numbers of the same series ("from 95 million to between 200 and 250 million").
_SERIES_WORDS = INCREASE | DECREASE | _SERIES_LINKS | word_set("million billion thousand m bn")
_SERIES_NUMBER = re.compile(r"\d[\d.,]*")


def _series_gap(gap: str) -> bool:
    """Whether the words between the noun and a number are all words of its series (read word
    by word: a pattern over them would try every way of splitting a run of digits and commas)."""
    return all(
        word.lower() in _SERIES_WORDS or _SERIES_NUMBER.fullmatch(word) for word in gap.split()
    )


def _number_of(text: str, quantity: Quantity) -> Quantity | None:
    """A bare number with the plural that `the number of` names before it as its counted noun:
    `the number of jobless rose by 17,000`."""
    start = max(0, quantity.start - _NUMBER_OF_REACH)
    opened = list(_NUMBER_OF.finditer(text, start, quantity.start))
    noun = counted_noun(text, opened[-1].end(), singular=False) if opened else None
    if noun is None or not _series_gap(text[noun[1] : quantity.start]):
        return None
    return replace(quantity, unit=noun[0], kind=quantity.kind + "-noun")


# "a day or two", "another pick or two": the noun is written once, before the `or`.
_ONE_THING_OR = re.compile(r"\b(?:a|an|another|one)\s+(?P<noun>[a-z]{3,})\s+or\s+$", re.IGNORECASE)


def _one_or_more(text: str, quantity: Quantity) -> Quantity | None:
    """A spelled number after `a day or` with the unit or counted noun written before it."""
    match = _ONE_THING_OR.search(text, max(0, quantity.start - 30), quantity.start)
    if match is None or not text[quantity.start : quantity.end].isalpha():
        return None
    noun = match.group("noun")
    if measure := units.measure_at(noun, 0):
        return replace(quantity, unit=measure[0])
    return replace(quantity, unit=noun, kind="number-noun")


def _from_level(text: str, found: list[Quantity], index: int) -> str | None:
    """The unit of the level next to a bare number across a `from`: either side writes it."""
    quantity = found[index]
    neighbours = []
    if index + 1 < len(found):
        neighbours.append((found[index + 1], text[quantity.end : found[index + 1].start]))
    if index > 0:
        neighbours.append((found[index - 1], text[found[index - 1].end : quantity.start]))
    for other, gap in neighbours:
        if _sharable(other) and _FROM_GAP.fullmatch(gap) and _comparable(other, quantity):
            return other.unit
    return None


def _comparable(level: Quantity, other: Quantity) -> bool:
    """True when two numbers can be levels of one thing: the same scale, within a factor of ten
    ("fell by 23% from 36,185" is a change and its base, not two levels)."""
    low, high = sorted((abs(level.value), abs(other.value)))
    return level.scaled == other.scaled and low > 0 and high <= 10 * low


# Two sides of one size: "10 by 12 feet", "3 x 4 metres".
_BY = re.compile(r"\s*(?:by|x|\u00d7)\s*")


def _dimension(text: str, found: list[Quantity], index: int) -> str | None:
    """The measure unit of the other side of a size written once, after the second side."""
    if index + 1 >= len(found):
        return None
    quantity, other = found[index], found[index + 1]
    measured = other.unit and not other.kind.endswith("-noun") and not is_currency_code(other.unit)
    by = _BY.fullmatch(text, quantity.end, other.start)
    shared = other.unit not in _NEVER_SHARED | _CHANGE_UNITS
    return other.unit if measured and by and shared else None


# The level an index closed at after its change in points: "120 points higher at 33,500".
_AT_LEVEL = re.compile(r"\bat\s+$")


def _level_in_points(text: str, before: list[Quantity], quantity: Quantity) -> str | None:
    """Points for the level after `at` when the change before it is counted in points."""
    if not _AT_LEVEL.search(text, max(0, quantity.start - 4), quantity.start):
        return None
    change = next((q for q in reversed(before) if q.unit == Unit.POINT), None)
    near = change is not None and quantity.start - change.end <= _PARALLEL_REACH
    return Unit.POINT if near and change and quantity.value > change.value else None


def _sharable(quantity: Quantity) -> bool:
    """True for a written unit that a neighbour may share: no counted noun, multiplier or year."""
    return quantity.unit not in _NEVER_SHARED and not quantity.kind.endswith("-noun")


def _parallel_change(text: str, before: list[Quantity], quantity: Quantity) -> str | None:
    """The percent or point unit of the change just before, when this number is a change too."""
    if not _is_change(text, quantity):
        return None
    for other in reversed(before):
        gap = text[other.end : quantity.start]
        if len(gap) > _PARALLEL_REACH:
            return None
        if other.unit in _CHANGE_UNITS and _is_change(text, other) and _PARALLEL_GAP.search(gap):
            return other.unit
    return None


def _later_sum(text: str, before: list[Quantity], quantity: Quantity) -> str | None:
    """The currency of the sum just before a bare scaled number joined to it: `made £3m in 2019
    and 4.5m in 2020` are both pounds."""
    if not quantity.scaled:
        return None
    other = next((q for q in reversed(before) if q.kind != "year"), None)
    if other is None or not is_currency_code(other.unit):
        return None
    gap = text[other.end : quantity.start]
    if ")" in gap or len(gap) > _PARALLEL_REACH:
        return None  # "2.2bn shekels ($590m) and 71m": two currencies in play, none is sure
    return other.unit if _PARALLEL_GAP.search(gap) else None


def _is_change(text: str, quantity: Quantity) -> bool:
    """True when a change verb (and `by`) or `another` comes right before the number."""
    match = _CHANGE_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    return match is not None and match.group("verb").lower() in _CHANGE_WORDS

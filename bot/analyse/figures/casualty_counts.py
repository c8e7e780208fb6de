"""A bare number that a verb of harm counts: `a car bomb exploded, killing at least 137` counts
people killed by the car bomb, though the sentence never says `people`. A number that repeats a
noun counted before it (`killed 30 soldiers and wounded 40`) is that noun's, from `siblings`."""

from __future__ import annotations

from dataclasses import replace

from bot.analyse.figures.counted_owners import counted_noun
from bot.analyse.figures.lexicon import word_set
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.victims import done_to

# What is only ever done to people: a bare number after `rescued` or `shot` may count animals or
# goals, after `charged` or `saved` money, so those stay bare.
_DONE_TO_PEOPLE = word_set(
    "killed wounded injured arrested detained evacuated executed kidnapped abducted displaced "
    "stabbed murdered beheaded deported tortured"
)


def casualty_count(plain: str, quantity: Quantity) -> str:
    """`people killed by the car bomb` for the `137` of `the car bomb exploded, killing at least
    137`, else ""."""
    if quantity.unit or quantity.kind not in {"number", "word"}:
        return ""
    if done_to(plain, quantity.start, quantity.end) not in _DONE_TO_PEOPLE:
        return ""
    return counted_noun(plain, replace(quantity, unit="people", kind="number-noun"))

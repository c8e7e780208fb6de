"""A person's height in feet and inches (`5ft 4in`, `6 feet 2 inches`, `6-foot-9`) is one figure,
in inches: a reader asks how tall, not how many feet and then how many inches besides."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.numbers import Quantity

# Between the feet and the inches: a blank, a hyphen, a comma or `and` (`5 feet, 4 inches`).
_GAP = re.compile(r"[\s,-]*(?:and\s+)?")
# Feet most grown people stand: `12 ft 2 in` or `7 feet 2 in` is a length, `5ft 4in` a height.
_PERSON_FEET = (4.0, 6.0)
_INCHES_IN_A_FOOT = 12


def joined_heights(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each person's feet and the inches right after them joined into inches."""
    joined: list[Quantity] = []
    for quantity in found:
        if joined and _height_pair(text, joined[-1], quantity):
            feet = joined[-1]
            inches = feet.value * _INCHES_IN_A_FOOT + quantity.value
            joined[-1] = replace(feet, end=quantity.end, value=inches, unit="inch")
        else:
            joined.append(quantity)
    return joined


def _height_pair(text: str, feet: Quantity, inches: Quantity) -> bool:
    """True for `5 feet` and the `7 inches` right after it (whole feet, under 12 inches)."""
    if feet.unit != "foot" or inches.unit != "inch" or feet.upper or inches.upper:
        return False
    low, high = _PERSON_FEET
    whole = feet.value.is_integer() and low <= feet.value <= high
    gap = _GAP.fullmatch(text, feet.end, inches.start)
    return whole and 0 <= inches.value < _INCHES_IN_A_FOOT and gap is not None

"""Sums restated in another currency in brackets: "2,435,000 yen ($22,480) for the manual and
2,380,000 ($21,972) for the CVT". A bare number with such a bracket is money in the currency of
the sum before it that is restated the same way."""

from __future__ import annotations

import re

from bot.analyse.figures import currencies
from bot.analyse.figures.numbers import Quantity

_MONEY_BRACKET = re.compile(
    rf"\s*\(\s*(?:(?:about|around|nearly|roughly|some|almost)\s+)?(?:{currencies.PREFIX})\s?\d"
)


def restated_in_money(text: str, end: int) -> bool:
    """True when a bracket restating a sum in money follows at `end`."""
    return _MONEY_BRACKET.match(text, end) is not None


def restated_sibling(text: str, found: list[Quantity], index: int) -> str | None:
    """The currency of the nearest earlier sum restated in a bracket, for a bare number that is
    restated the same way; None when the number has no such bracket or no such sibling."""
    if not restated_in_money(text, found[index].end):
        return None
    for other in reversed(found[:index]):
        if currencies.is_currency_code(other.unit) and restated_in_money(text, other.end):
            return other.unit
    return None

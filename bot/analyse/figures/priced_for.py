"""A thing offered for a sum: `a 20GB version for £99` measures the `20GB version price`, since
the sum is what that thing costs."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import tidy
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.money_rules import is_money
from bot.analyse.figures.numbers import Quantity

# `a 20GB version for`, `an annual pass for`: a thing and `for` right before the sum.
_OFFERED_FOR = re.compile(
    r"(?:^|[\s,;(-])(?:a|an)\s+(?P<thing>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+for\s+$",
    re.IGNORECASE,
)
# Words that make the phrase no thing: a verb or a time (`a year for`, `a while for`).
_NOT_THINGS = frozenset({"year", "month", "week", "day", "while", "time", "total", "lot", "bid"})


def priced_thing(plain: str, quantity: Quantity) -> str:
    """`20GB version price` of `a 20GB version for £99`; "" for any other sum."""
    if not is_money(quantity):
        return ""
    start = before_qualifier(plain, quantity.start)
    found = _OFFERED_FOR.search(plain, max(0, start - 60), start)
    if found is None:
        return ""
    thing = tidy(found.group("thing"))
    words = thing.lower().split()
    if not words or words[-1] in _NOT_THINGS:
        return ""
    return f"{thing} price"

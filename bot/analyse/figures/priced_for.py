"""A thing offered for a sum: `It sells a 20GB version for £99` measures the `20GB version price`,
since the sum is what that thing costs. Only a verb of selling, buying or offering in the clause
makes the sum a price: `jailed for a decade for $5m of fraud` or `sued a neighbour for £5,000` are
no prices."""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
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
# Verbs by which a thing is sold, bought or offered: `sells`, `is available`, `comes in`, `goes on
# sale`.
_OFFERING = re.compile(
    r"\b(?:sells?|selling|sold|offers?|offering|offered|launch(?:es|ed|ing)?|costs?|costing|"
    r"priced|buys?|buying|bought|available|com(?:e|es|ing)\s+in|came\s+in|"
    r"(?:go|goes|going|went|gone)\s+on\s+sale)\b",
    re.IGNORECASE,
)


def priced_thing(plain: str, quantity: Quantity) -> str:
    """`20GB version price` of `a 20GB version for £99`; "" for any other sum."""
    if not is_money(quantity):
        return ""
    start = before_qualifier(plain, quantity.start)
    found = _OFFERED_FOR.search(plain, max(0, start - 60), start)
    if found is None or not _OFFERING.search(plain, clause_span(plain, start)[0], found.end()):
        return ""
    thing = tidy(found.group("thing"))
    words = thing.lower().split()
    if not words or words[-1] in _NOT_THINGS:
        return ""
    return f"{thing} price"

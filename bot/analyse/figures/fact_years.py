"""Years that are figures: a year is the fact of its clause only when a verb of future or plan
brings it (`Argentina will join in 2024`) and no other figure stands in that clause."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

# The words between (at most six of them, see `_year_is_fact`) are counted in the pattern too, so
# that a clause of many `will`s is not read to its end from each.
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|plans?\s+to|planned\s+to|expected\s+to|set\s+to|"
    r"aims?\s+to|intends?\s+to|scheduled\s+to)\b(?:\s+[^\s,;]+){0,6}\s+(?:in|by)\s+$",
    re.IGNORECASE,
)


def kept_years(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Years kept only where they are the fact of their clause (`will join in 2024`)."""
    kept: list[Quantity] = []
    for quantity in quantities:
        if quantity.kind == "year" and _year_is_fact(text, quantity, quantities):
            quantity = replace(quantity, kind="year-fact", unit=Unit.YEAR)
        kept.append(quantity)
    return kept


def _year_is_fact(text: str, year: Quantity, quantities: list[Quantity]) -> bool:
    begin, finish = clause_span(text, year.start)
    others = [q for q in quantities if q is not year and begin <= q.start < finish]
    future = _FUTURE.search(text[begin : year.start])
    if others or future is None:
        return False
    between = future.group().split()[1:-1]
    return len(between) <= 6 and not any(_past(between, i) for i in range(len(between)))


def _past(between: list[str], at: int) -> bool:
    """True for a verb in the past between the future word and the year (`will say he founded
    in`): a participle right after `be` or `been` stays future (`will be completed in`)."""
    passive = at > 0 and between[at - 1].lower() in {"be", "been"}
    return between[at].endswith("ed") and not passive

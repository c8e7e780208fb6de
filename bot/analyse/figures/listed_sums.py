"""Sums in a list share what the first one measures: `bids of £3m, £4m and £5m` are all bids,
though the words around the second and third say nothing of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.quantities import quantities_in

_SUM = r"[$\u00a3\u20ac\u00a5]\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|trillion))?\b"
# A list of sums right before a later member: `£3m, £4m and `.
_LIST_BEFORE = re.compile(rf"(?P<first>{_SUM})(?:\s*,\s*{_SUM})*(?:\s*,)?\s+(?:and|or)\s+$|"
                          rf"(?P<head>{_SUM})(?:\s*,\s*{_SUM})*\s*,\s*$")  # fmt: skip


def first_in_list(plain: str, start: int) -> int | None:
    """Where the first sum of the list that the sum at `start` belongs to begins, else None."""
    found = _LIST_BEFORE.search(plain, max(0, start - 120), start)
    if found is None:
        return None
    return found.start("first") if found.group("first") else found.start("head")


def listed_measure(plain: str, quantity: Quantity, measure: Callable[[str, Quantity], str]) -> str:
    """What the first sum of a list measures (read by `measure`), for a later one: `bids of
    £3m, £4m and £5m`; else ""."""
    first = first_in_list(plain, quantity.start)
    if first is None:
        return ""
    head = next((q for q in quantities_in(plain) if q.start == first), None)
    return measure(plain, head) if head is not None else ""

"""Sums in a list share what the first one measures: `bids of £3m, £4m and £5m` are all bids,
though the words around the second and third say nothing of it.

A sum after a sum is a list member only when the list reads as one: a middle member is followed
by the next (`£3m, £4m and`), and the last is no clause of its own (`£500,000, £100,000 above the
asking price` compares; `Revenue was £3m and £4m went on wages` opens a new clause). The first
sum is found by stepping back one member at a time through a window, and measured once, so a long
list costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.analyse.figures.lexicon import is_verb
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.quantities import quantities_in

_SUM = r"[$\u00a3\u20ac\u00a5]\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|trillion))?\b"
# A list of sums right before a later member: `£3m, £4m and `.
_LIST_BEFORE = re.compile(rf"(?P<first>{_SUM})(?:\s*,\s*{_SUM})*(?:\s*,)?\s+(?:and|or)\s+$|"
                          rf"(?P<head>{_SUM})(?:\s*,\s*{_SUM})*\s*,\s*$")  # fmt: skip
_NEXT_MEMBER = re.compile(rf"\s*(?:,\s*|,?\s+(?:and|or)\s+){_SUM}")
# `£5m more than`, `£100,000 above`: a sum compared with the one before, not listed with it.
_COMPARED = re.compile(
    r"\s+(?:more|less|fewer|above|below|over|under|higher|lower|short|up|down|than)\b",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z']+)\s+$")
_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z']+)")
_WINDOW = 120  # characters of list read before a member
_MAX_MEMBERS = 40  # a longer run of sums is a table, read no further


def first_in_list(plain: str, start: int, end: int | None = None) -> int | None:
    """Where the first sum of the list that the sum at `start` (ending at `end`, when given)
    belongs to begins, else None."""
    found = _LIST_BEFORE.search(plain, max(0, start - _WINDOW), start)
    if found is None or (end is not None and not _listed(plain, found, end)):
        return None
    first = _first(found)
    for _ in range(_MAX_MEMBERS):
        earlier = _LIST_BEFORE.search(plain, max(0, first - _WINDOW), first)
        if earlier is None:
            break
        first = _first(earlier)
    return first


def _first(found: re.Match[str]) -> int:
    return found.start("first") if found.group("first") else found.start("head")


def _listed(plain: str, found: re.Match[str], end: int) -> bool:
    """True when the sum ending at `end` reads as a member of the list `found` before it."""
    if _NEXT_MEMBER.match(plain, end):
        return True
    if found.group("head") or _COMPARED.match(plain, end):
        return False  # "£500,000, £100,000 above": a comparison, no list
    after = _WORD_AFTER.match(plain, end)
    before = _WORD_BEFORE.search(plain, max(0, _first(found) - 30), _first(found))
    opens_clause = after is not None and is_verb(after.group("word"))
    return not (opens_clause and before is not None and is_verb(before.group("word")))


def listed_measure(plain: str, quantity: Quantity, measure: Callable[[str, Quantity], str]) -> str:
    """What the first sum of a list measures (read by `measure`), for a later one: `bids of
    £3m, £4m and £5m`; else ""."""
    first = first_in_list(plain, quantity.start, quantity.end)
    if first is None:
        return ""
    head = next((q for q in _quantities(plain) if q.start == first), None)
    return measure(plain, head) if head is not None else ""


@lru_cache(maxsize=4)
def _quantities(plain: str) -> tuple[Quantity, ...]:
    """The quantities of a sentence, read once for all the sums listed in it."""
    return tuple(quantities_in(plain))

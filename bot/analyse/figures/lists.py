"""Numbers listed before the one that writes their unit: "three, four or five new players",
"2, 3 and 4 titles". The unit is written once, after the last number of the list."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.numbers import Quantity

_COMMA = re.compile(r"\s*,\s*")
_LAST_JOIN = re.compile(r",?\s+(?:or|and)\s+")


def listed(text: str, found: list[Quantity], result: list[Quantity]) -> list[Quantity]:
    """`result` with each bare number of a comma list given the unit its list ends with; `found`
    holds the numbers before any unit was shared between them."""
    shared = list(result)
    for index in range(len(found) - 2, -1, -1):
        quantity, after = found[index], shared[index + 1]
        if quantity.unit or quantity.kind not in {"number", "word"} or not after.unit:
            continue
        if _COMMA.fullmatch(text, quantity.end, after.start) and _in_list(text, found, index + 1):
            kind = quantity.kind + "-noun" if after.kind.endswith("-noun") else quantity.kind
            shared[index] = replace(quantity, unit=after.unit, kind=kind)
    return shared


def _in_list(text: str, found: list[Quantity], index: int) -> bool:
    """True when the number at `index` is followed by more of the list (a comma or
    the closing `and` / `or` before the next number) or closes it itself ("four or five")."""
    if found[index].upper is not None:
        return _LAST_JOIN.search(text, found[index].start, found[index].end) is not None
    if index + 1 >= len(found):
        return False
    gap = text[found[index].end : found[index + 1].start]
    return bool(_COMMA.fullmatch(gap) or _LAST_JOIN.fullmatch(gap))

"""Numbers joined by a hyphen to the noun after them that are figures all the same: the length of
a penalty or a journey (`a four-month suspended sentence`, `a three-hour flight`), how many times
someone won (`the two-time champion`) and how many people a group has (`a three-person crew`).
Other such compounds describe their noun (`a five-year plan`, `three-bed`) and are no figure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

# Nouns whose length is the fact: a penalty served, a journey made, a run of events.
_SPANNED = (
    r"sentences?|terms?|suspensions?|flights?|journeys?|trips?|drives?|treks?|walks?|"
    r"rides?|voyages?|stints?|spells?|sprees?|string|siege|standoff|strikes?|manhunt|hunt|"
    r"search|absence|hiatus|wait|reign|streak|career|marriage|odyssey|ordeal|"
    r"investigation|probe|closure|shutdown|lockdown|curfew"
)
_DURATION = re.compile(
    r"-(?P<unit>second|minute|hour|day|week|month|year|decade)(?:-long)?"
    rf"(?=\s+(?:[a-z]+\s+){{0,2}}?(?:{_SPANNED})\b)"
)
_TIMES = re.compile(r"-times?(?=\s+[A-Za-z])")
GROUP_UNITS = ("person", "member", "man", "woman")  # `a three-person crew`: three people
_GROUP = re.compile(rf"-(?P<unit>{'|'.join(GROUP_UNITS)})(?=\s+[a-z])")


def compound_figure(text: str, quantity: Quantity) -> Quantity | None:
    """The quantity of `four-month sentence`, `two-time` or `three-person crew`, or None."""
    if quantity.unit or quantity.value != int(quantity.value) or quantity.value < 1:
        return None
    if found := _DURATION.match(text, quantity.end):
        return replace(quantity, end=found.end(), unit=found.group("unit"))
    if quantity.value >= 2 and (found := _TIMES.match(text, quantity.end)):
        return replace(quantity, end=found.end(), unit=Unit.TIMES)
    if quantity.value >= 2 and (found := _GROUP.match(text, quantity.end)):
        return replace(quantity, end=found.end(), unit=found.group("unit"))
    return None

"""People a place is home to: `Lagos is home to 21 million people` measures `population of
Lagos`; the bare `people` (or `Lagos people`) leaves out that they are all who live there."""

from __future__ import annotations

import re

from bot.analyse.figures.clause_rules import named_subject
from bot.analyse.figures.doers import PEOPLE
from bot.analyse.figures.lexicon import word_set
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.numbers import Quantity

_HOME_TO = re.compile(
    r"\b(?:is|are|was|were|be|been|becomes?|became|remains?|remained)\s+(?:now\s+|still\s+)?"
    r"home\s+to\s*$",
    re.IGNORECASE,
)
# An aside between commas in the subject: `Cairo, while full of charm, is home to`.
_COMMA_ASIDE = re.compile(r",[^,;:]{1,80},\s*$")
_DWELLERS = PEOPLE | word_set("inhabitants souls")


def population(plain: str, quantity: Quantity) -> str:
    """`population of Lagos` for the people a place is home to, else ""."""
    if quantity.unit.lower().rsplit(" ", 1)[-1] not in _DWELLERS:
        return ""
    at = before_qualifier(plain, quantity.start)
    home = _HOME_TO.search(plain, max(0, at - 40), at)
    if home is None:
        return ""
    lead = _COMMA_ASIDE.sub(" ", plain[: home.start()].rstrip()) + " "
    place = named_subject(lead + plain[home.start() :], len(lead) + quantity.start - home.start())
    return f"population of {place}" if place else ""

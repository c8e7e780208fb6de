"""What a figure is put at: `documents put Putin's annual salary at 3.7 million rubles` measures
`Putin's annual salary`, the object of a verb of estimating before `at`; the subject
(`documents`) is only who gives the figure. An object owned by a pronoun (`Peru set its tariff
at 12%`) is left to the rules that name its owner."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import tidy
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.numbers import Quantity

# Words no bare object of `put ... at` opens or holds: `set to remain on hold at`, `put it at`,
# nor the verb itself after an estimate (`early estimates put insured losses at`).
_NOT_NOUN = (
    r"(?:it|its|them|him|her|their|this|that|these|those|up|out|down|off|to|from|on|in|for|by|"
    r"with|of|at|and|or|the|a|an|is|was|were|are|be|been|remain|stay|stand|standing|put|puts|"
    r"set|sets|valued|pegged|placed)\b"
)
_PUT_AT = re.compile(
    r"\b(?P<verb>put|puts|putting|estimated|estimates|estimate|estimating|valued|values|value|"
    r"valuing|pegged|pegs|peg|pegging|set|sets|setting|capped|caps|cap|fixed|fixes|fix|placed|"
    r"places|pitched|pitches)\s+(?P<object>(?:the|a|an|[A-Z][\w.&-]*['\u2019]s)"
    r"\s+[^,;:()]{1,50}?|(?!"
    + _NOT_NOUN
    + r")[a-z][a-z-]+(?:\s+(?!"
    + _NOT_NOUN
    + r")[a-z][a-z-]+){0,2})"
    r"\s+at\s*$"
)
_VALUED = frozenset({"valued", "values", "value", "valuing"})
_ESTIMATING = frozenset(
    {"put", "puts", "putting", "estimated", "estimates", "estimate", "estimating", "placed",
     "places", "pegged", "pegs", "peg", "pegging", "pitched", "pitches"}
)  # fmt: skip


def put_at(plain: str, quantity: Quantity) -> str:
    """`Putin's annual salary` of `put Putin's annual salary at 3.7 million rubles`, `company
    valuation` of `valued the company at $2bn`, else ""."""
    at = before_qualifier(plain, quantity.start)
    found = _PUT_AT.search(plain, max(0, at - 80), at)
    if found is None:
        return ""
    thing = tidy(found.group("object"))
    if thing and found.group("verb") in _VALUED:
        return f"{thing} valuation"
    raw = found.group("object")
    bare = raw[:1].islower() and raw.split()[0] not in {"the", "a", "an"}
    if bare and found.group("verb") in _ESTIMATING:
        return f"estimated {thing}"  # "Verisk put insured losses at": its estimate, not its losses
    return thing

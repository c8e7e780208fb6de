"""A label a figure is written under (`base price: $59,995`), read on the sentence as written."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import tidy
from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.money_rules import is_money
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.readable import measure_flaw
from bot.analyse.figures.sums import price_against
from bot.models import Unit

# A label and its colon right before the figure: `(base price: $59,995)`, `Range: 250 miles`.
_LABEL = re.compile(r"(?:^|[(,;]\s*)(?P<label>[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}):\s*$")
# Labels written short in match reports: `Att: 50,430` is the attendance.
_SHORT_LABELS = {"Att": "attendance", "Pop": "population"}
# A label of four words and its colon end right before the figure and are never longer than
# this: searching only so far back keeps a sentence of many figures from costing the square of
# its length.
_LABEL_REACH = 80


def labelled(text: str, quantity: Quantity) -> str:
    """The label a figure is written under, read on the sentence as written (a bracket is an
    aside to the other rules): `(base price: $59,995)` -> `base price`; the noun phrase a figure
    stands after between dashes; or, for a sum that only
    a pronoun introduces, what it is compared with (`That is £900 cheaper than last year's
    model` -> `price against last year's model`: the period words are part of it)."""
    start = before_qualifier(text, quantity.start)
    found = _LABEL.search(text, max(0, start - _LABEL_REACH), start)
    if found and not measure_flaw(label := tidy(found.group("label"))):
        return _SHORT_LABELS.get(label, label)  # `it's far from over: 40% of`: no label
    plain = is_money(quantity) or not quantity.unit or isinstance(quantity.unit, Unit)
    if plain and (aside := _dashed_after(text, start, quantity.end)):
        return aside  # not `up to 3,000 Tunisians`: a counted noun is its own measure
    if is_money(quantity) and _PRONOUN_IS.search(text, max(0, start - 20), start):
        return price_against(text, quantity.end)
    return ""


def _dashed_after(text: str, start: int, end: int) -> str:
    """The noun phrase a figure stands alone after, between dashes: `the cost of materials --
    about $350 --` -> `cost of materials` (the other rules read the sentence with the aside
    blanked, and so the clause's subject)."""
    before = _DASH_BEFORE.search(text, max(0, start - _LABEL_REACH), start)
    if before is None or not _DASH_AFTER.match(text, end):
        return ""
    phrase = tidy(before.group("np"))
    return "" if measure_flaw(phrase) or not phrase[:1].isalpha() else phrase


# A noun phrase ended by a dash right before the figure, and a dash right after it (or after
# `each`): `materials -- about $350 --`, `the trip – £40 each –`.
_DASH_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our)\s+(?P<np>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,4})"
    r"\s*(?:--|\u2014|\u2013)\s*$"
)
_DASH_AFTER = re.compile(r"\s*(?:each\s*)?(?:--|\u2014|\u2013)")


# `That is`, `It was`: a subject that names nothing before a sum.
_PRONOUN_IS = re.compile(r"(?:^|[,;:]\s*|\b)(?:that|it|this)(?:\s+(?:is|was)|['\u2019]s)\s+$", re.I)

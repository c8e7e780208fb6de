"""Units a bare number shares with a sibling number beside it: "435 homes by sale and 187 by
tender", "eight or nine euros", "68,400 people who ... and 95,800 who ...".

Percentages, points and money carry over only where the words say they must: see
`shared_units`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures import units
from bot.analyse.figures.conversions import restated_in_money
from bot.analyse.figures.currencies import is_currency_code
from bot.analyse.figures.lists import listed
from bot.analyse.figures.numbers import Quantity
from bot.models import Unit

# "eight or nine euros", "45 and 50 mg", "16369.03 up 58.06 points": the later unit holds for both.
_BACKWARD_GAP = re.compile(
    r"\s+(?:or|and|of\s+the|of|up|down)\s+"
    # "lost 12 of their 14 games", "two of its last three visits"
    r"|\s+of\s+(?:their|its|his|her|our|your|the)(?:\s+(?:last|first|past|next|previous))?\s+"
)
_NOT_INHERITED = {
    Unit.PERCENT,
    Unit.TIMES,
    Unit.FRACTION,
    Unit.YEAR,
    "",
    "G",
    Unit.PERCENTAGE_POINT,
}


def inherited(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers given the unit of their neighbour: "435 homes by sale and 187 by tender"."""
    result = list(found)
    for index, quantity in enumerate(found):
        if quantity.unit or quantity.kind not in {"number", "word"}:
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        gap = text[quantity.end : after.start] if after else ""
        compound = after is not None and "-" in text[after.start : after.end]
        share = after is not None and after.unit in {Unit.PERCENT, Unit.PERCENTAGE_POINT}
        millions = quantity.scaled and share  # "peaked at 11.9m and 49.2%": no share in millions
        if after and _BACKWARD_GAP.fullmatch(gap) and after.unit and not compound and not millions:
            kind = quantity.kind + "-noun" if after.kind.endswith("-noun") else quantity.kind
            result[index] = replace(quantity, unit=after.unit, kind=kind)  # "eight or nine euros"
            continue
        before = _level_before(text, result[:index], quantity)
        lone_one = text.startswith(" of ", quantity.end)  # "seven of the graves" is no measure
        if before and not lone_one and _parallel(text, before, quantity):
            kind = quantity.kind + "-noun" if before.kind.endswith("-noun") else quantity.kind
            result[index] = replace(quantity, unit=before.unit, kind=kind)
    return listed(text, found, result)


def _level_before(text: str, found: list[Quantity], quantity: Quantity) -> Quantity | None:
    """The quantity a bare number may repeat the unit of; past a change to a new level
    ("1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18")."""
    earlier = (q for q in reversed(found) if q.kind != "year")  # read back only as needed
    if _FURTHER_BEFORE.search(text, max(0, quantity.start - 20), quantity.start):
        # "cut 11,000 jobs, or 13% of its staff, in November, and a further 10,000": jobs
        return next((q for q in earlier if q.kind.endswith("-noun")), None)
    if _WHO_AFTER.match(text, quantity.end):
        # "68,400 people who ... for two years and 95,800 who ...": people, not years
        return next((q for q in earlier if q.kind.endswith("-noun")), None)
    last, before_last = next(earlier, None), next(earlier, None)
    if (
        last is not None
        and before_last is not None
        and last.unit in _CHANGES
        and _TO_LEVEL.fullmatch(text, last.end, quantity.start)
    ):
        return before_last
    return last


_WHO_AFTER = re.compile(r"\s+who\b")
_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+extra|an\s+additional)\s+$")
_CHANGES = {Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.BASIS_POINT}
_TO_LEVEL = re.compile(
    r",?\s+to(?:\s+(?:a\s+)?close\s+(?:at|of)|\s+(?:end|finish|settle|close|stand)\s+at)?\s+"
)


def _parallel(text: str, before: Quantity, quantity: Quantity) -> bool:
    """True when a bare number repeats the measure of the one before it in the sentence."""
    base = before.unit.split(" per ")[0]
    if before.unit in _NOT_INHERITED or is_currency_code(base):
        return False  # money is shared only where the words say so (`shared_units`)
    if base.lower() in _SPANS and not _within_tenfold(before.value, quantity.value):
        return False  # "the two previous months - to 139,000 in September": jobs, not months
    if restated_in_money(text, quantity.end):
        return False  # "2,380,000 ($21,972)" is a sum, whatever was counted before it
    gap = text[before.end : quantity.start]
    if _MEASURED_BY.search(gap):
        return False  # "3,000 Caribs live on an island with a population of 70,000": people
    if _CASUALTY_BEFORE.search(text, max(0, quantity.start - 40), quantity.start) and not (
        _CASUALTY_BEFORE.search(text, max(0, before.start - 40), before.start)
    ):
        return False  # "bombed two mosques, killing at least 137": people, not mosques
    if _new_subject(before, gap, text, quantity):
        return False  # "six hours later, 145 were dead": a count of its own, not of hours
    joined = len(gap) <= 80 and _PARALLEL_GAP.search(gap) is not None
    # a count may go on in millions ("750,000 copies in a week and 3.5 million in all")
    same_scale = before.scaled == quantity.scaled or before.kind.endswith("-noun")
    per_count = " per " in before.unit and before.kind.endswith("-noun")  # "cars a year"
    return joined and same_scale and not per_count


# A verb of death or harm right before a number: what it counts are people, whatever was counted
# before it, unless that too was counted by such a verb ("killed 30 soldiers and wounded 40").
_CASUALTY_BEFORE = re.compile(
    r"\b(?:kill|wound|injur|murder|slaughter|massacr)[a-z]*\s+(?:(?:at\s+least|about|around|some|"
    r"nearly|almost|more\s+than|over|up\s+to|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
# A noun that says itself what the number after it counts: `a population of 70,000`.
_MEASURED_BY = re.compile(
    r"\b(?:population|capacity|crowd|attendance|audience|turnout|membership|workforce|"
    r"electorate)\s+of\s+(?:(?:about|around|some|nearly|almost|over|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# Spans of time, whose count is seldom repeated by a number ten times as large.
_SPANS = units.DURATIONS | {"quarters"}


def _within_tenfold(first: float, second: float) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low > 0 and high <= 10 * low


def _new_subject(before: Quantity, gap: str, text: str, quantity: Quantity) -> bool:
    """True for a bare number that opens a clause of its own after a measure ("six hours
    later, 145 were dead"), not the last of a list ("between the ages of 20 and 50 were")."""
    if before.kind.endswith("-noun") or not re.search(r"[,;]", gap):
        return False
    return _SUBJECT_OF_VERB.match(text, quantity.end) is not None


# A bare number that a verb follows is the subject of its own clause ("145 were dead").
_SUBJECT_OF_VERB = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|remain(?:ed)?|died|survived|stayed|left)\b"
)
_PARALLEL_GAP = re.compile(
    r"[,;\u2014\u2013]|--|\b(?:and|or|but|while|whereas|from|to|including|versus|vs|against|"
    r"compared)\b"
)

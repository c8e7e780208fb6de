"""Rates written after a unit or a counted noun: `a month`, `per share`, `per pupil`."""

from __future__ import annotations

import re

from bot.analyse.figures.units import measure_at

RATE = re.compile(
    r"(?:\s*|\s?-\s?)(?:(?:a|an|per)(?:\s+|\s?-\s?)|/\s*)(?P<per>year|month|week|day|night|hour|"
    r"minute|second|share|dozen|"
    r"barrel|gallon|litre|liter|square\s+foot|sq\s+ft|gram|kilo|kg|tonne|ton|person|head|game|"
    r"unit|mile|kilometre|kilometer|ounce|oz|pound|lb|pint|bottle|ticket|seat|room|copy|"
    r"dose|pill|tablet|visit|session|meal|pack|packet|box|bag|loaf|pair|lesson|episode|page|word|"
    r"trip|flight|journey|round|"
    r"megawatt[- ]hour|MWh|kilowatt[- ]hour|kWh)\b(?!\s+(?:earlier|ago|later|before|on|after|or))"
    r"|\s+(?P<annual>per\s+annum)\b",
    re.IGNORECASE,
)
_PER = {
    "liter": "litre", "kilometer": "kilometre", "sq ft": "square foot", "kilo": "kilogram",
    "kg": "kilogram", "oz": "ounce", "pound": "pound-mass", "lb": "pound-mass",
    "megawatt hour": "megawatt hour", "megawatt-hour": "megawatt hour", "mwh": "megawatt hour",
    "kilowatt-hour": "kilowatt hour", "kwh": "kilowatt hour",
}  # fmt: skip


_PER_MEASURE = re.compile(r"\s*(?:per|/)\s*")


def rate_at(text: str, pos: int) -> tuple[str, int] | None:
    """A rate written after a unit (`a month`, `per share`, `per annum`) and where it ends; an
    adverb of frequency (`annually`, `every year`) says how often, not the unit."""
    match = RATE.match(text, pos)
    if match is None:
        per_measure = _PER_MEASURE.match(text, pos)
        measure = measure_at(text, per_measure.end()) if per_measure else None  # "per mmBTU"
        return measure or _per_noun(text, pos)
    if match.group("annual"):
        return "year", match.end()
    per = re.sub(r"\s+", " ", match.group("per").lower())
    return _PER.get(per, per), match.end()


_PER_NOUN = re.compile(r"\s*per\s+(?P<noun>[a-z]{3,})\b(?![-'\u2019])")
_NOT_PER_NOUN = frozenset(
    {"cent", "centum", "annum", "the", "year", "se", "hundred", "thousand", "million", "billion"}
)


def _per_noun(text: str, pos: int) -> tuple[str, int] | None:
    """A rate per a counted thing: "$2,000 per student", "£40 per household"."""
    match = _PER_NOUN.match(text, pos)
    if match is None or match.group("noun") in _NOT_PER_NOUN or match.group("noun").endswith("s"):
        return None
    return match.group("noun"), match.end()

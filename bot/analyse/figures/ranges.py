"""Ranges of quantities: `5-10%`, `between $62 and $68`, `from 4.8 to 4.7 percent`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures.currencies import is_currency_code
from bot.analyse.figures.lexicon import DECREASE, INCREASE, word_set
from bot.analyse.figures.numbers import Quantity

# A short time or place phrase between the two ends of `from X ... to Y`.
_FROM_TO_GAP = re.compile(
    r"\s+(?:at|in|on|during|by)\s+(?:[^,;()\d]|\d{1,2}[.:]\d{2}\s?(?:am|pm)\b|(?:1[6-9]|20)\d\d\b)"
    r"{1,30}?\s+to\s+"
)
# The year of the low end of "from 3% in 2019 to 5% in 2020", which sits between the two ends.
_YEAR_OF_LOW = re.compile(r"\s+in\s+$")
_TO_AFTER_YEAR = re.compile(r"\s+to\s+")
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|-?\s*to|and|through)\s*")
_WORDS_OR = re.compile(r"\s+or\s+")


def ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Adjacent quantities joined into ranges: "5-10%", "between $62 and $68", "1 to 1.5 C"."""
    joined: list[Quantity] = []
    years: list[Quantity] = []
    for quantity in found:
        if joined and _year_of_the_low_end(text, joined[-1], quantity):
            years.append(quantity)  # set aside, so that the two ends can still meet
        elif joined and (money := _with_cents(text, joined[-1], quantity)):
            joined[-1] = money
        elif joined and _is_code(text, joined[-1], quantity):
            joined.pop()  # a score "2-1" or a code "3888-2": neither part is a quantity
        elif joined and (merged := _range(text, joined[-1], quantity)):
            joined[-1] = merged
        else:
            joined.append(quantity)
    return sorted(joined + years, key=lambda q: q.start) if years else joined


def _year_of_the_low_end(text: str, low: Quantity, year: Quantity) -> bool:
    """True for the 2019 of "from 3% in 2019 to 5%": the year of a `from` end, before `to`."""
    if year.kind != "year" or not low.unit or low.kind == "year":
        return False
    opened = re.search(r"\bfrom\s+\S*$", text[max(0, low.start - 20) : low.start])
    in_year = _YEAR_OF_LOW.fullmatch(text, low.end, year.start)
    return bool(opened and in_year and _TO_AFTER_YEAR.match(text, year.end))


def _with_cents(text: str, whole: Quantity, cents: Quantity) -> Quantity | None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": one
    amount (a bare number after the currency word must end the phrase to be its cents)."""
    gap = text[whole.end : cents.start]
    money = len(whole.unit) == 3 and whole.unit.isupper()
    bare = not cents.unit and _PHRASE_END.match(text, cents.end) is not None
    if not money or not (
        cents.unit in {"cent", "pence"} or (bare and _spelled_currency(text, whole.end))
    ):
        return None
    if not re.fullmatch(r"\s+(?:and\s+)?", gap) or cents.value >= 100 or cents.upper:
        return None
    return replace(whole, end=cents.end, value=whole.value + cents.value / 100)


_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)])")
_SPELLED_CURRENCY = re.compile(r"[A-Za-z]{4}$")  # "dollars", not a code such as "USD" or "usd"


def _spelled_currency(text: str, end: int) -> bool:
    """True when the amount ending at `end` ends in a currency word of four letters or more
    (read on its last four letters only, never on the whole text before it)."""
    return _SPELLED_CURRENCY.search(text, max(0, end - 4), end) is not None


def _is_code(text: str, low: Quantity, high: Quantity) -> bool:
    glued = text[low.end : high.start] in {"-", "\u2013"}
    return glued and not low.unit and not high.unit and low.value >= high.value


def _range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """The range from `low` to `high` when the text between them joins them, else None."""
    if (
        low.kind == "year"
        and high.unit
        and high.kind != "year"
        and low.value <= high.value < 2 * low.value
    ):
        low = replace(low, kind="number")  # "2000 - 2500 calories"
    if low.upper is not None or low.kind not in _RANGE_KINDS or high.kind not in _RANGE_KINDS:
        return None
    unit = _range_unit(low, high, text)
    if unit is None or not _joined(text, low, high):
        return None
    value = low.value
    if not low.scaled and high.scaled and low.value <= high.value / _scale_of(high):
        value = low.value * _scale_of(high)  # "$10 to $15 billion"
    elif (
        _SUSPENDED_THOUSANDS.fullmatch(text, low.start, high.end) and low.value * 1e3 <= high.value
    ):
        value = low.value * 1e3  # "10-15,000": the thousands are written once
    return replace(high, start=low.start, value=value, upper=high.value, unit=unit)


_SUSPENDED_THOUSANDS = re.compile(r"\d{1,3}[-\u2013]\d{1,3},000")


def _joined(text: str, low: Quantity, high: Quantity) -> bool:
    """True when the words between two quantities make them one range."""
    gap = text[low.end : high.start]
    before = text[max(0, low.start - 20) : low.start]
    if _FROM_TO_GAP.fullmatch(gap) and re.search(r"\bfrom\s+$", before) and low.unit == high.unit:
        return bool(low.unit)  # "from $36,040 at 10.45pm last night to $34,935"
    if _WORDS_OR.fullmatch(gap) and _spelled(text, low) and _spelled(text, high):
        return 0 < high.value - low.value <= 2  # "three or four years": a rough span
    if not _RANGE_GAP.fullmatch(gap):
        return False
    if gap.strip() in {"-", "\u2013"} and gap != gap.strip() and high.value < low.value:
        return False  # "31 points - four points behind": a dash between clauses, no range
    if gap.strip() == "and" and not _BETWEEN.search(before):
        return False
    if gap.split()[-1:] == ["to"] and _odds(low, high) and not _FROM.search(before):
        return False  # "odds of 175 million to 1": two figures, not a range down to 1
    # "increased by $43.6bn to $419.2bn", "rose 5p to 230p": a change, then the new level
    return not (_changed(before) and high.value > 3 * low.value)


_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
# What opens a range written `X and Y`: `between 5 and 11`, `between the ages of 13 and 19`.
_BETWEEN = re.compile(r"\bbetween\s+(?:\S*|the\s+ages\s+of\s+)$", re.IGNORECASE)


def _odds(low: Quantity, high: Quantity) -> bool:
    """True for odds written `N to 1`: a bare number down to a bare one."""
    return high.value == 1 and low.value > 1 and not low.unit and not high.unit


def _spelled(text: str, quantity: Quantity) -> bool:
    """True for a number written in words ("three"), not digits."""
    return text[quantity.start : quantity.end].split()[0].isalpha()


def _changed(before: str) -> bool:
    """True when the words before a number make it a change: `by`, or a change verb."""
    words = [w.lower() for w in before.split()[-2:]]
    if not words or words[-1] == "from":
        return False  # "rose from 5p to 230p": a range
    return words[-1] == "by" or any(w in _CHANGE for w in words)


_CHANGE = (INCREASE | DECREASE) - word_set("up down higher lower")


_RANGE_KINDS = {"number", "word"}


def _range_unit(low: Quantity, high: Quantity, text: str = "") -> str | None:
    if low.unit == high.unit or not low.unit:
        return high.unit
    if not high.unit and low.unit == "year of age":
        return low.unit  # "aged 18 to 34"
    if not high.unit and re.search(r"\bfrom\s+\S*$", text[max(0, low.start - 20) : low.start]):
        return low.unit  # "from 208 pounds to 193"
    if (
        not high.unit
        and is_currency_code(low.unit)
        and _MONEY_TO.fullmatch(text, low.end, high.start)
    ):
        return low.unit  # "$5-10bn", "$50 to 60 million": the sign is written once, low
    if high.unit.startswith(low.unit + " per "):
        return high.unit
    if low.unit.startswith(high.unit + " per ") and re.search(
        r"\bfrom\s+\S*$", text[max(0, low.start - 20) : low.start]
    ):
        return low.unit  # "from $75 per barrel to $45.88": the rate is written once
    return None


_MONEY_TO = re.compile(r"\s*(?:-|\u2013|to)\s*")


def _scale_of(quantity: Quantity) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if abs(quantity.value) >= scale:
            return scale
    return 1.0

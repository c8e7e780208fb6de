"""Finding quantities in one sentence: where each number is, its value, scale, unit and range."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.figures import currencies, names, numbers, rates, units
from bot.analyse.figures.ages import age_or_prime, apposition_age, decade_age
from bot.analyse.figures.ambiguous_money import crowns_at, pounds_are_money
from bot.analyse.figures.compounds import compound_figure
from bot.analyse.figures.counted import counted_noun
from bot.analyse.figures.counted_units import with_noun
from bot.analyse.figures.heights import joined_heights
from bot.analyse.figures.metres import metres
from bot.analyse.figures.not_quantities import not_quantities
from bot.analyse.figures.notation import scientific_candidates
from bot.analyse.figures.number_words import word_candidates
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.race_clocks import race_clocks
from bot.analyse.figures.race_events import race_event
from bot.analyse.figures.ranges import ranges
from bot.analyse.figures.recase import recased
from bot.analyse.figures.shared_units import shared_units
from bot.analyse.figures.siblings import inherited
from bot.analyse.figures.spelled_times import spelled_times
from bot.models import Unit

_DIGIT_NUMBER = re.compile(
    rf"(?:(?P<cur>{currencies.PREFIX})\s?)?(?P<sign>(?<![\w.,%\-\u2013])[-\u2212+]|\bminus[- ])?"
    rf"(?P<num>{numbers.DIGITS})(?![\d])"
    r"(?:(?P<sa>hundred|thousand|million|billion|trillion|quadrillion|quintillion"
    r"|mn|mln|bn|bln|tn|trn|m(?!/)|b|k|M|B|K"
    r"|(?(cur)T|(?!)))\b"
    r"|(?P<sw>(?:[\s-](?:hundred|thousand|million|billion|trillion|quadrillion|quintillion"
    r"|lakh|crore|mn|mln|bn|bln|tn|trn)"
    r"\b)+|\s[BM](?=\s+[a-z])|\sm\b(?![-'\u2019^²³/]|\d|\.\w)))?"
)  # a spaced scale: "8 B people", "5 m copies" (or "300 m", metres: see `metres`)
_SLASH_FRACTION = re.compile(
    r"(?:\b(?P<whole>\d+)(?:\s+|(?=[½¼¾⅓⅔⅛])))?"
    r"(?:\b(?P<n>\d+)/(?P<d>2|3|4|5|8|10|16|32|100)\b|(?P<glyph>[½¼¾⅓⅔⅛]))"
)
_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


def _slash_fraction(match: re.Match[str]) -> Quantity:
    """ "1/4 mile", "10 1/2 miles", "½ teaspoon": a number with a fraction part."""
    whole = float(match.group("whole") or 0)
    if match.group("glyph"):
        part = _GLYPHS[match.group("glyph")]
    else:
        part = int(match.group("n")) / int(match.group("d"))
    share = not whole and _OF_AFTER.match(match.string, match.end()) is not None
    kind = "fraction" if share else "number"  # "1/3 of voters" is a share of them
    return Quantity(match.start(), match.end(), round(whole + part, 4), kind=kind)


_OF_AFTER = re.compile(r"\s+of\b")


def _digit_candidate(text: str, match: re.Match[str]) -> Quantity:
    """A quantity from a digits match, with its sign and scale word."""
    value = numbers.digits_value(match.group("num"))
    scale = (match.group("sa") or match.group("sw") or "").strip(" -") or None
    end = match.end()
    if scale and (" " in scale or "-" in scale):
        value *= numbers.words_value(scale) or 1.0  # "4 hundred million"
        scale = None
    if scale == "m" and not match.group("cur") and metres(text, match.start(), end):
        return Quantity(match.start(), end, value, unit="metre")  # "landed 17.30m", "100m sprint"
    sign = match.group("sign") or ""
    negative = sign.strip() in {"-", "\u2212", "minus"} or sign.startswith("minus")
    value *= numbers.scale_value(scale) * (-1.0 if negative else 1.0)
    cur = match.group("cur")
    unit = currencies.prefix_currency(text[match.start("cur") :]) if cur else ""
    factor = currencies.scaled_prefix(cur) if cur else 1.0  # "MSEK 120"
    value *= factor
    scaled = match.group("sa") is not None or match.group("sw") is not None or factor > 1
    return Quantity(match.start(), end, value, unit=unit, scaled=scaled, negative=negative)


_US_AFTER = re.compile(r"\s?(?:US|U\.S\.)(?!\w)")
_OF = re.compile(r"\s+of\s+")


def _with_unit(text: str, quantity: Quantity) -> Quantity | None:
    """The quantity with its measure unit or currency word (and rate) read after it, or None."""
    end, unit = quantity.end, quantity.unit
    if unit:
        if suffix_us := _US_AFTER.match(text, end):
            end = suffix_us.end()
    elif scaled_code := currencies.scaled_code_at(text, end):
        unit, factor, end = scaled_code  # "120 MEUR", "75 USD million"
        quantity = replace(quantity, value=quantity.value * factor, scaled=True)
    else:
        unit, end = _unit_after(text, end)
        if not unit and (crowns_end := crowns_at(text, end, quantity.scaled)):
            unit, end = "crown", crowns_end  # "1.84 billion crowns"; never "won three crowns"
    if not unit and _MAGNITUDE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start):
        unit = "magnitude"  # "a magnitude 6.1 quake"
    if not unit and (scale := _ON_A_SCALE.match(text, end)):
        unit = _scale_unit(scale.group("unit"))  # "70 on the GPa scale", "on the Richter scale"
    if end == quantity.end and quantity.kind == "number" and text[end : end + 1].isalpha():
        return None  # "4K", "3s": digits glued to letters that are no unit
    if unit == "pound-mass" and pounds_are_money(text, quantity.start, end, quantity.scaled):
        unit = "GBP"  # "2 million pounds", "costs 25 pounds" are money; "25 pounds" weighs
    if unit and (rate := rates.rate_at(text, end)):
        unit, end = f"{unit} per {rate[0]}", rate[1]
    elif unit and (rate_name := _rate_further_on(text, end)):
        unit = f"{unit} per {rate_name}"
    return replace(quantity, end=end, unit=unit)


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_ON_A_SCALE = re.compile(r"(?:\s+(?:and|to|-)\s+[\d.]+)?\s+on\s+the\s+(?P<unit>\S+)\s+scale\b")


def _scale_unit(word: str) -> str:
    """The unit a named scale counts in: a measure unit's name, or magnitude for Richter's."""
    if word.lower() == "richter":
        return "magnitude"
    return (units.measure_at(word, 0) or ("", 0))[0]


def _unit_after(text: str, end: int) -> tuple[str, int]:
    """A currency word or measure unit written after a number, and where it ends."""
    suffix = currencies.SUFFIX_CURRENCY.match(text, end + _spaces(text, end))
    if suffix is None and text[end : end + 1] == "-":
        suffix = currencies.SUFFIX_CURRENCY.match(text, end + 1)  # "a 3-million-dollar home"
    measure = units.compound_at(text, end)
    if measure is None and text[end : end + 1] == "-":
        measure = units.measure_at(text, end + 1)  # "6.1-inch"
    if suffix and not (measure and measure[1] > suffix.end()):
        return currencies.suffix_currency(suffix), suffix.end()
    return measure or ("", end)


def _rate_further_on(text: str, end: int) -> str | None:
    """A rate after a bracketed conversion ("9 billion shekels ($2.4 billion) a year") or after
    what is counted ("1.5 million barrels of oil a day")."""
    for skipped in (_ASIDE, _OF_GOODS):
        if (found := skipped.match(text, end)) and (rate := rates.rate_at(text, found.end())):
            return rate[0]
    return None


_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# What a rate's unit is of: "barrels of oil a day", "tons of copper cathode a year".
_OF_GOODS = re.compile(
    r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+(?:a|an|per|every|each)\s)"
)


def _spaces(text: str, pos: int) -> int:
    """How many spaces follow `pos` (read on them alone, never on the rest of the text)."""
    return units.spaces_at(text, pos) - pos


def quantities_in(text: str) -> list[Quantity]:
    """Every quantity of one sentence, in text order, ranges joined, names and dates left out
    (a sentence in lower case is read recased; see `recase`)."""
    text = recased(text)
    blocked = names.blocked(text) + not_quantities(text)
    raw = [_digit_candidate(text, m) for m in _DIGIT_NUMBER.finditer(text)]
    raw += [_slash_fraction(m) for m in _SLASH_FRACTION.finditer(text)]
    raw += scientific_candidates(text)
    raw = [q for q in raw if not names.overlaps((q.start, q.end), blocked)]
    raw += race_clocks(text)  # "won in 2:03:05": longer than its digits, so kept over them
    raw += spelled_times(text)  # "in 2 hours, 5 minutes and 41 seconds": one time, as long
    raw += [q for q in word_candidates(text) if not names.overlaps((q.start, q.end), blocked)]
    found: list[Quantity] = []
    dropped_end = -1
    for quantity in _without_overlaps(raw):
        placed = _placed(text, quantity)
        if found and quantity.start < found[-1].end:
            continue  # inside the unit or rate just read ("64.2 cents a dozen")
        if placed is not None and not _glued(text, dropped_end, quantity.start):
            found.append(placed)
        elif placed is None:
            dropped_end = quantity.end
    joined = ranges(text, joined_heights(text, found))
    return shared_units(text, inherited(text, [with_noun(text, q) for q in joined]))


def _glued(text: str, end: int, start: int) -> bool:
    """True for the "1" of "Charlton 2-1" once the "2" was found to belong to a name."""
    return end >= 0 and start == end + 1 and text[end] in "-\u2013"


def _without_overlaps(candidates: list[Quantity]) -> list[Quantity]:
    """The longest candidate wherever candidates overlap, in text order."""
    kept: list[Quantity] = []
    for quantity in sorted(candidates, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


def _placed(text: str, quantity: Quantity) -> Quantity | None:
    """The quantity with its unit read, or None when it is part of a name, year or compound."""
    if quantity.kind in {"multiplier", "vague"}:
        return _vague_unit(text, quantity) if quantity.kind == "vague" else quantity
    if quantity.kind == "fraction":
        return replace(quantity, unit=Unit.FRACTION)
    if not quantity.unit and quantity.start > 0 and text[quantity.start - 1].isalpha():
        return None  # "PS5": letters glued before the digits
    if event := race_event(text, quantity):
        return event  # "the Olympic 100m champion": which race, not how far
    if compound := compound_figure(text, quantity):
        return compound  # "a four-month sentence", "a two-time champion", "a three-person crew"
    if _adjective_compound(text, quantity) or names.named_code(text, quantity):
        return None  # "a five-year plan", "three-bed", "Section 66A": no quantity
    if decade := decade_age(text, quantity):
        return decade
    placed = _with_unit(text, quantity)
    if placed and (special := age_or_prime(text, placed)):
        return special
    if placed and _model_letter(text, placed):
        return None  # "the Aries 1B shuttle", "his iPhone 5C": a model, not a billion or a heat
    if placed is None or placed.unit or placed.scaled:
        return placed
    return _bare(text, placed)


def _bare(text: str, placed: Quantity) -> Quantity | None:
    """A number with no unit: a year, an age set off by commas, part of a name, or a count."""
    if names.is_year(text, placed):
        return replace(placed, kind="year")
    if apposition_age(text, placed):
        return replace(placed, kind="age", unit="year of age")  # "Jane Doe, 25, said"
    return None if names.is_name(text, placed) else placed


def _model_letter(text: str, placed: Quantity) -> bool:
    """True for digits with one capital glued after them, right after a name ("iPhone 5C")."""
    glued = text[placed.end - 1].isupper() and text[placed.end - 2].isdigit()
    return glued and names.is_name(text, replace(placed, kind="number"))


def _adjective_compound(text: str, quantity: Quantity) -> bool:
    """True for "a five-year plan" or "three-bed"; not for "6.1-inch" or "a £30,000-a-year job"."""
    if text[quantity.end : quantity.end + 1] != "-":
        return False
    if quantity.unit and rates.rate_at(text, quantity.end):
        return False  # money with its rate
    return not _unit_compound(text, quantity.end)


_PLUS = re.compile(r"-(?:plus|strong)\b")


def _unit_compound(text: str, pos: int) -> bool:
    """True for "6.1-inch" or "50-year-old" (a unit), False for "five-year" or "three-bed"."""
    if _PLUS.match(text, pos):
        return True  # "200-plus banks", "a 500,000-strong stock"
    if currencies.SUFFIX_CURRENCY.match(text, pos + 1):
        return True  # "a 20-dollar bill", "a 3-million-dollar home"
    measure = units.measure_at(text, pos + 1) or units.measure_at(text, pos)
    if measure is None:
        return bool(_HYPHEN_TOP.match(text, pos)) or _suspended(text, pos)  # "5-10", "£10-£15"
    return measure[0] not in units.DURATIONS


def _suspended(text: str, pos: int) -> bool:
    """True for the low end of "8- to 16-metre", whose unit is written on the top end (but not
    "a 10- to 15-year sentence", an adjective of duration)."""
    top = _SUSPENDED_TOP.match(text, pos)
    measure = units.measure_at(text, top.end()) if top else None
    return measure is not None and measure[0] not in units.DURATIONS


_HYPHEN_TOP = re.compile(rf"-(?:{currencies.PREFIX})?\d")
_SUSPENDED_TOP = re.compile(r"-\s+to\s+\d[\d.,]*-?")


def _vague_unit(text: str, quantity: Quantity) -> Quantity:
    """A vague plural ("hundreds of miles") with the unit or noun it counts."""
    after = _OF.match(text, quantity.end)
    if after is None:
        return quantity
    pos = after.end()
    suffix = currencies.SUFFIX_CURRENCY.match(text, pos)
    if suffix:
        return replace(quantity, unit=currencies.suffix_currency(suffix), end=suffix.end())
    measure = units.measure_at(text, pos)
    if measure and measure[0] == "pound-mass" and not _OF_AFTER.match(text, measure[1]):
        measure = ("GBP", measure[1])  # "hundreds of pounds" is money; "of pounds of flour" weighs
    if measure:
        return replace(quantity, unit=measure[0], end=measure[1])
    noun = counted_noun(text, pos, singular=False)
    return replace(quantity, unit=noun[0], end=noun[1]) if noun else quantity

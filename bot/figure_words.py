"""A figure's value in the words a reader expects: `13 weeks`, `two thirds`, `£1 an hour`,
`6% a year`, `aged 17`, `7,613 to 6,630`.

The extractor stores units canonically (singular nouns, ISO codes, `percent per year`,
`year of age`); each unit is looked up once in the tables below, which say how its number is
written, so no unit falls through to the raw canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.clock_times import CLOCK_TIME, spelled_time
from bot.models import Figure, Unit


@dataclass(frozen=True, slots=True)
class Wording:
    """How a number of one unit is written: `{lead} {sign}{number}{glued} {noun}`."""

    lead: str = ""  # a word before the number: "aged", "magnitude"
    sign: str = ""  # glued before the number: "£", "$"
    glued: str = ""  # glued after the number: "%", "p", "°C"
    noun: str = ""  # a word after the number, singular: "week"
    plural: str = ""  # that word past one: "weeks"
    money: bool = False  # scales as 1.5bn and shows pennies as 0.30


# Measures whose name is a noun with a plain plural (`13 weeks`, `5 square metres`).
MEASURE_NOUNS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "millisecond",
    "microsecond", "nanosecond", "metre", "kilometre", "centimetre", "millimetre", "micrometre",
    "nanometre", "decimetre", "mile", "yard", "nautical mile", "light-year", "acre", "hectare",
    "square mile", "square foot", "square kilometre", "square metre", "square centimetre",
    "square millimetre", "square inch", "square yard", "cubic foot", "cubic kilometre",
    "cubic mile", "cubic yard", "cubic millimetre", "cubic metre", "cubic inch",
    "cubic centimetre", "gigaton", "megaton", "tonne", "ton", "kilogram", "milligram",
    "microgram", "gram", "ounce", "carat", "millilitre", "centilitre", "decilitre", "litre",
    "gallon", "pint", "fluid ounce", "teaspoon", "tablespoon", "cup", "barrel", "bit",
    "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte", "exabyte", "pixel", "megapixel",
    "watt", "kilowatt", "megawatt", "gigawatt", "watt hour", "kilowatt hour", "megawatt hour",
    "gigawatt hour", "terawatt hour", "volt", "kilovolt", "millivolt", "ampere", "milliampere",
    "ohm", "electronvolt", "kiloelectronvolt", "megaelectronvolt", "gigaelectronvolt",
    "teraelectronvolt", "pascal", "kilopascal", "megapascal", "gigapascal", "millibar", "newton",
    "kilonewton", "newton metre", "joule", "kilojoule", "megajoule", "knot", "radian", "degree",
    "decibel", "calorie", "frame", "beat", "rebound", "assist", "point", "kilopound",
    "gigabit", "megabit", "pound",
})  # fmt: skip
_IRREGULAR = {"foot": "feet", "inch": "inches", "century": "centuries"}


def plural(noun: str) -> str:
    """A measure's plural, on its last word: `square foot` -> `square feet`."""
    *first, last = noun.split(" ")
    return " ".join([*first, _IRREGULAR.get(last, last + "s")])


def _noun(singular: str) -> Wording:
    return Wording(noun=singular, plural=plural(singular))


def _same(word: str) -> Wording:
    return Wording(noun=word, plural=word)


_SIGNS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "RUB": "₽", "CNY": "¥", "INR": "₹",
    "ILS": "₪", "KRW": "₩", "NGN": "₦", "AUD": "A$", "CAD": "C$", "HKD": "HK$", "NZD": "NZ$",
    "SGD": "S$", "BRL": "R$", "TWD": "NT$", "MXN": "MX$",
}  # fmt: skip

# Units written with a symbol or words of their own.
_FIXED: dict[str, Wording] = {
    Unit.PERCENT: Wording(glued="%"),
    "%": Wording(glued="%"),
    Unit.TIMES: _same("times"),
    Unit.FRACTION: Wording(),  # said in words by `fraction`
    Unit.PERCENTAGE_POINT: _noun("percentage point"),
    Unit.BASIS_POINT: _noun("basis point"),
    Unit.POINT: _noun("point"),
    "year of age": Wording(lead="aged"),
    "month of age": Wording(lead="aged", noun="month", plural="months"),
    "week of age": Wording(lead="aged", noun="week", plural="weeks"),
    "day of age": Wording(lead="aged", noun="day", plural="days"),
    "pence": Wording(glued="p"),  # a sub-unit: 2.5p, never 2.50p
    "cent": Wording(noun="cent", plural="cents"),
    "person": Wording(noun="person", plural="people"),  # `a three-person crew`
    "man": Wording(noun="man", plural="men"),
    "woman": Wording(noun="woman", plural="women"),
    "member": _noun("member"),
    "celsius": Wording(glued="°C"),
    "fahrenheit": Wording(glued="°F"),
    "kelvin": Wording(glued=" K"),
    "G": Wording(glued="G"),
    "magnitude": Wording(lead="magnitude"),
    "parts-per-million": Wording(glued=" ppm"),
    "parts-per-billion": Wording(glued=" ppb"),
    "pound-mass": Wording(glued="lb"),
    "pound-force": Wording(glued="lb", noun="of thrust", plural="of thrust"),
    "foot pound-force": Wording(glued=" lb-ft"),
    "pound-foot": Wording(glued=" lb-ft"),
    "milliampere-hour": Wording(glued="mAh"),
    "revolutions per minute": Wording(glued=" rpm"),
    "mile per hour": Wording(glued=" mph"),
    "kilometre per hour": Wording(glued=" km/h"),
    "metre per second": Wording(glued=" m/s"),
    "mile per gallon": Wording(glued=" mpg"),
    "british thermal unit": Wording(glued=" BTU"),
    "million british thermal unit": Wording(glued=" mmBTU"),
    "stone": _same("stone"),
    "horsepower": _same("horsepower"),
    "brake horsepower": _same("brake horsepower"),
    "foot": _noun("foot"),
    "inch": _noun("inch"),
    "century": _noun("century"),
    "barrel of oil": Wording(noun="barrel of oil", plural="barrels of oil"),
}

# Units that stay the same past one.
_HERTZ = ("hertz", "kilohertz", "megahertz", "gigahertz")

# Rates read "a": `£1 an hour`, `6% a year`, `300p a share`; any other says "per".
_RATES_WITH_A = frozenset({"year", "month", "week", "day", "night", "hour", "share"})

# Named currencies (lower case, singular as the extractor keeps them) end in one of these nouns.
_CURRENCY_NOUNS = frozenset({
    "pound", "peso", "rupee", "dollar", "franc", "koruna", "lira", "markka", "guilder", "dinar",
    "dirham", "rial", "riyal", "forint", "baht", "cedi", "shilling", "kwacha", "drachma", "escudo",
    "peseta", "hryvnia", "tenge", "kuna", "lev", "leu", "taka", "kyat", "quetzal", "bolivar",
    "dong", "đồng", "krona", "krone", "zloty", "satoshi", "ether", "colón", "lari", "kip", "manat",
    "guaraní", "crown",
})  # fmt: skip
_NAME_PLURALS = {
    "krona": "kronor", "krone": "kroner", "leu": "lei", "lev": "leva", "colón": "colones",
}  # fmt: skip
_SAME_PLURAL_CURRENCIES = frozenset(
    {"baht", "tenge", "ether", "kip", "lari", "manat", "đồng", "guaraní"}
)


def wording(unit: str) -> Wording | None:
    """How a number of `unit` is written; None for a unit the tables do not know (a noun
    counted as the article wrote it: `people`, `firms`)."""
    if unit in _FIXED:
        return _FIXED[unit]
    if unit.upper() in _SIGNS and unit.isupper():
        return Wording(sign=_SIGNS[unit], money=True)
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return Wording(sign=unit + " ", money=True)  # SEK 2.5bn
    if unit in _HERTZ:
        return _same(unit)
    if unit in MEASURE_NOUNS:
        return _noun(unit)
    if unit.endswith("s") and unit[:-1] in MEASURE_NOUNS:
        return _noun(unit[:-1])  # a plural kept by an older build: `5 years`
    return _currency_name(unit)


def _currency_name(unit: str) -> Wording | None:
    """A currency named in words: `turkish lira` -> `Turkish liras`."""
    *nationality, noun = unit.split() or [""]
    if noun not in _CURRENCY_NOUNS or unit != unit.lower():
        return None
    plural = noun if noun in _SAME_PLURAL_CURRENCIES else _NAME_PLURALS.get(noun, noun + "s")
    named = " ".join(word.capitalize() for word in nationality)
    return Wording(noun=f"{named} {noun}".strip(), plural=f"{named} {plural}".strip(), money=True)


def split_rate(unit: str) -> tuple[str, str]:
    """The unit and what it is per: `GBP per hour` -> (`GBP`, `an hour`), `point per game` ->
    (`point`, `per game`); a unit with a name of its own (`mile per hour`) stays whole."""
    if unit in _FIXED or " per " not in unit:
        return unit, ""
    base, per = unit.rsplit(" per ", 1)
    if per in _RATES_WITH_A:
        return base, ("an " if per == "hour" else "a ") + per
    return base, "per " + per


# Numbers


_SCALES = ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m"))
_FRACTION_NAMES = {
    (1, 2): "half", (1, 3): "a third", (2, 3): "two thirds", (1, 4): "a quarter",
    (3, 4): "three quarters",
}  # fmt: skip
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def number(value: float) -> str:
    """1234.0 -> 1,234; 2.30 -> 2.3."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def scaled(value: float, *, money: bool) -> str:
    """1.5e9 -> `1.5bn` for money, `1.5 billion` otherwise; pennies shown whole: `0.30`."""
    for place, (size, word, abbreviation) in enumerate(_SCALES):
        if abs(value) >= size:
            if abs(round(value / size, 2)) >= 1000 and place > 0:
                size, word, abbreviation = _SCALES[place - 1]  # $999,996,000 is $1bn, not $1,000m
            amount = number(round(value / size, 2))
            return f"{amount}{abbreviation}" if money else f"{amount} {word}"
    if money and value != int(value):
        return f"{value:,.2f}"
    return number(value)


def fraction(value: float) -> str:
    """A share as a reader says it: `half`, `two thirds`, `one in six`; else a percentage."""
    for whole in range(2, len(_SMALL)):
        for part in range(1, whole):
            if abs(value - part / whole) < 6e-4:
                return _FRACTION_NAMES.get((part, whole), f"{_SMALL[part]} in {_SMALL[whole]}")
    return f"{number(round(value * 100, 1))}%"


def figure_value(figure: Figure) -> str:
    """The value and unit as a reader expects them, both ends of a range, then the rate."""
    if figure.qualifier == "between" and figure.high is None and figure.text:
        return figure.text  # a range stored before its other end was kept: as the article says
    base, rate = split_rate(figure.unit.strip())
    shown = wording(base) or Wording(noun=base, plural=base)
    high = figure.high
    if base == Unit.FRACTION:
        amount = fraction(figure.value) + (f" to {fraction(high)}" if high is not None else "")
        shown = Wording()
    elif base in (Unit.YEAR, "years") and _calendar(figure.value, high, figure.text):
        amount = " to ".join(str(int(v)) for v in (figure.value, high) if v is not None)
        shown = Wording()
    elif base == "year of age" and high is None and _DECADE_OF_LIFE.search(figure.text):
        high = figure.value + 9  # `in her 40s`: any age of the decade, `aged 40 to 49`
        amount = _amount(figure.value, high, shown)
    elif base == "inch" and high is None and _person_height(figure):
        amount, shown = f"{int(figure.value) // 12}ft {int(figure.value) % 12}in", Wording()
    elif base == "second" and high is None and (clock := CLOCK_TIME.search(figure.text)):
        amount, shown = clock.group(), Wording()  # `2:03:05`, as a race time is read
    elif base in ("second", "minute") and high is None and (spelled := spelled_time(figure.text)):
        amount, shown = spelled, Wording()  # `2 hours, 5 minutes and 41 seconds`, as written
    else:
        amount = _amount(figure.value, high, shown)
    one = figure.value == 1 and high in (None, 1)  # a range is plural unless both ends are 1
    noun = shown.noun if one else shown.plural
    qualifier = None if high is not None and figure.qualifier == "between" else figure.qualifier
    words = (shown.lead, qualifier, amount, noun, rate)
    return " ".join(word for word in words if word)


def _calendar(value: float, high: float | None, text: str) -> bool:
    """True for calendar years (`in 2024`, never 2,024), not a time of years (`for 1,200 years`)."""
    if _YEARS_WORD.search(text):
        return False
    return all(v == int(v) and 1000 <= v < 3000 for v in (value, high) if v is not None)


_DECADE_OF_LIFE = re.compile(r"\d0s$")  # the `40s` of `in her 40s`
_YEARS_WORD = re.compile(r"\byears?\b", re.IGNORECASE)
# A person's height written in feet and inches (`5ft 4in`, `6' 2"`), stored in inches.
_FEET_AND_INCHES = re.compile(r"\d\s*(?:ft|feet|foot|')\s*\d", re.IGNORECASE)


def _person_height(figure: Figure) -> bool:
    """True for a height in inches written in feet and inches: shown the same way, `5ft 4in`."""
    value = figure.value
    return value == int(value) and 48 <= value <= 95 and bool(_FEET_AND_INCHES.search(figure.text))


def _amount(value: float, high: float | None, shown: Wording) -> str:
    """`£10m`, or both ends of a range: `£10m to £15m`, `5% to 10%`, `12 to 18`."""

    def one(v: float) -> str:
        minus = "-" if v < 0 else ""  # -$1.5bn, never $-1.5bn
        return f"{minus}{shown.sign}{scaled(abs(v), money=shown.money)}{shown.glued}"

    if high is None:
        return one(value)
    if shown.sign or shown.glued:
        return f"{one(value)} to {one(high)}"
    return f"{scaled(value, money=shown.money)} to {scaled(high, money=shown.money)}"

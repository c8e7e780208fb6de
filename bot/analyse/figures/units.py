"""Units written after numbers: percent, multipliers and measures (rates are in `rates`)."""

from __future__ import annotations

import re

from bot.models import Unit

# Measures after the number, longest spelling first; canonical names are singular and British.
_MEASURES: tuple[tuple[str, str], ...] = (
    (r"(?:euros?|US|dollar|euro)\s+cents?\b", "cent"),
    (r"percentage[\s-]+points?|pp\b|ppts?\b", Unit.PERCENTAGE_POINT),
    (r"%|per[\s-]?cent\b|percent\b|pc\b|pct\b", Unit.PERCENT),
    (r"basis[\s-]+points?|bps\b|bp\b", Unit.BASIS_POINT),
    (r"(?:-|\s)?fold\b|times\b|x\b", Unit.TIMES),
    (r"points?\b|pts\b", Unit.POINT),
    (
        r"-?(?:years?|yr)[- ]olds?\b|years?\s+(?:old|of\s+age)\b|-\s*years?\s*-\s*olds?\b|yo\b",
        "year of age",
    ),
    (r"-?months?[- ](?:old|of\s+age)\b|months?\s+(?:old|of\s+age)\b", "month of age"),
    (r"-?weeks?[- ](?:old|of\s+age)\b|weeks?\s+(?:old|of\s+age)\b", "week of age"),
    (r"-?days?[- ](?:old|of\s+age)\b|days?\s+(?:old|of\s+age)\b", "day of age"),
    (r"miles\s+(?:per|an)\s+hour|mph\b|m\.p\.h\.?", "mile per hour"),
    (r"(?:kilomet(?:re|er)s?|km)\s*(?:per\s+hour|/\s?hr?|ph\b)|kph\b|kmh\b", "kilometre per hour"),
    (r"(?:met(?:re|er)s?|m)\s*(?:per\s+second|/s\b)", "metre per second"),
    (r"miles?\s+per\s+gallon|mpg\b", "mile per gallon"),
    (r"cubic[\s-]+(?:feet|foot)|cu\.?\s?ft\b|ft3\b|ft³", "cubic foot"),
    (
        r"cubic[\s-]+kilomet(?:re|er)s?|km\s?\^\s?3|km3\b|km³|(?:kilomet(?:re|er)s?|km)\s+cubed\b",
        "cubic kilometre",
    ),
    (r"cubic[\s-]+miles?|cu\.?\s?mi\b|mi3\b|mi³", "cubic mile"),
    (r"cubic[\s-]+yards?|cu\.?\s?yds?\b", "cubic yard"),
    (r"cubic[\s-]+millimet(?:re|er)s?|mm3\b|mm³", "cubic millimetre"),
    (r"cubic[\s-]+met(?:re|er)s?|m3\b|m\s?\^\s?3|m³|(?:met(?:re|er)s?|m)\s+cubed\b", "cubic metre"),
    (r"cubic[\s-]+inch(?:es)?", "cubic inch"),
    (r"square[\s-]+miles?|sq\.?\s?mi\b|mi2\b|mi²", "square mile"),
    (r"square[\s-]+(?:feet|foot)|sq\.?\s?ft\b|ft2\b|ft²|ft\s?\^\s?2", "square foot"),
    (
        r"square[\s-]+(?:kilomet(?:re|er)s?)|sq\.?\s?km\b|km2\b|km²|km\s?\^\s?2"
        r"|(?:kilomet(?:re|er)s?|km)\s+squared\b",
        "square kilometre",
    ),
    (
        r"square[\s-]+met(?:re|er)s?|sq\.?\s?m\b|sqm\b|m2\b|m²|m\s?\^\s?2|(?:met(?:re|er)s?|m)\s+squared\b",
        "square metre",
    ),
    (r"square[\s-]+centimet(?:re|er)s?|sq\.?\s?cm\b|cm2\b|cm²", "square centimetre"),
    (r"square[\s-]+millimet(?:re|er)s?|sq\.?\s?mm\b|mm2\b|mm²", "square millimetre"),
    (r"square[\s-]+inch(?:es)?|sq\.?\s?in\b|in2\b|in²", "square inch"),
    (r"square[\s-]+yards?|sq\.?\s?yds?\b|yd2\b|yd²", "square yard"),
    (r"kilomet(?:re|er)s?\b|km\b", "kilometre"),
    (r"centimet(?:re|er)s?\b|cm\b", "centimetre"),
    (r"millimet(?:re|er)s?\b|mm\b", "millimetre"),
    (r"micromet(?:re|er)s?\b|μm\b|microns?\b", "micrometre"),
    (r"nanomet(?:re|er)s?\b|nm\b", "nanometre"),
    (
        r"met(?:re|er)s?\b|m\b(?=\s+(?:long|high|tall|deep|wide|away|below|above|sprint|race))",
        "metre",
    ),
    (r"miles?\b|mi\b", "mile"),
    (r"yards?\b|yds?\b", "yard"),
    # torque: "lb-ft", "lb.-ft.", "ft-lbs", "foot-pounds"; "pound-feet" is a unit of its own
    (
        r"lbs?\.?[\s-]?f(?:oo|ee)?t\b\.?|f(?:oo|ee)?t\.?[\s-]?lbs?\b\.?|foot[\s-]pounds?\b",
        "foot pound-force",
    ),
    (r"pound[\s-]f(?:ee|oo)t\b", "pound-foot"),
    (r"feet\b|foot\b|ft\b", "foot"),
    (
        r"inch(?:es)?\b|-in\b|(?<=\d)in\b|in\b(?=\s+(?:thick|long|wide|tall|high|deep|across)\b|\.?$)",
        "inch",
    ),
    (r"acres?\b", "acre"),
    (r"hectares?\b", "hectare"),
    (r"gigaton(?:ne)?s?\b", "gigaton"),
    (r"megaton(?:ne)?s?\b", "megaton"),
    (r"tonnes?\b|metric\s+tons?\b|t\b", "tonne"),
    (r"tons?\b", "ton"),
    (r"kilo(?:gram(?:me)?)?s?\b|kg\b", "kilogram"),
    (r"milligram(?:me)?s?\b|mg\b", "milligram"),
    (r"microgram(?:me)?s?\b|μg\b|mcg\b", "microgram"),
    (r"decimet(?:re|er)s?\b|dm\b", "decimetre"),
    (r"(?-i:cups?)\b", "cup"),  # "the 2004 Cup" is a name
    (r"bits?\b(?!\s+of\b)", "bit"),  # "two bits of wood" are pieces
    (r"gram(?:me)?s?\b|g\b", "gram"),
    (r"(?:lbs?|pounds?)\s+of\s+thrust\b", "pound-force"),
    (r"lbs?\b|pounds?\b", "pound-mass"),
    # a weight in stone: "15st 4lb", "he lost 3 stone in a year" (not "10 stone walls")
    (
        r"(?<=\d)st\b|stone\b(?=\s*(?:$|[.,;:)]|\d|(?:in|and|or|to|after|before|over|with|by|"
        r"from|at|on|for|heavier|lighter|overweight|last|this)\b))",
        "stone",
    ),
    (r"ounces?\b|oz\b", "ounce"),
    (r"millilit(?:re|er)s?\b|ml\b", "millilitre"),
    (r"centilit(?:re|er)s?\b|cl\b", "centilitre"),
    (r"decilit(?:re|er)s?\b|dl\b", "decilitre"),
    (r"lit(?:re|er)s?\b|l\b", "litre"),
    (r"gallons?\b", "gallon"),
    (r"barrels?\s+(?:a|per)\s+day|bpd\b", "barrel per day"),
    (r"tpd\b|tons?\s+per\s+day", "ton per day"),
    (r"barrels?\s+of\s+(?:crude\s+)?oil\b", "barrel of oil"),
    (r"barrels?\b", "barrel"),
    (r"exabytes?\b|EB\b", "exabyte"),
    (r"terabytes?\b|TB\b", "terabyte"),
    (r"gigabytes?\b|GB\b", "gigabyte"),
    (r"megabytes?\b|MB\b", "megabyte"),
    (r"Gbps\b|Gb/s\b", "gigabit per second"),
    (r"Mbps\b|Mb/s\b|megabits?\s+per\s+second", "megabit per second"),
    (r"GHz\b|gigahertz\b", "gigahertz"),
    (r"MHz\b|megahertz\b", "megahertz"),
    (r"kHz\b|kilohertz\b", "kilohertz"),
    (r"Hz\b|hertz\b", "hertz"),
    (r"TWh\b|terawatt[- ]hours?\b", "terawatt hour"),
    (r"GWh\b|gigawatt[- ]hours?\b", "gigawatt hour"),
    (r"MWh\b|megawatt[- ]hours?\b", "megawatt hour"),
    (r"Wh\b|watt[- ]hours?\b", "watt hour"),
    (r"kWh\b|kilowatt[- ]hours?\b", "kilowatt hour"),
    (r"kW\b|kilowatts?\b", "kilowatt"),
    (r"MW\b|megawatts?\b", "megawatt"),
    (r"GW\b|gigawatts?\b", "gigawatt"),
    (r"W\b|watts?\b", "watt"),
    (r"mAh\b", "milliampere-hour"),
    (r"bhp\b", "brake horsepower"),
    (r"hp\b|horsepower\b|PS\b", "horsepower"),
    (r"Nm\b|newton[- ]met(?:re|er)s?\b", "newton metre"),
    (r"rpm\b", "revolutions per minute"),
    (r"keV\b|kiloelectron[- ]?volts?\b", "kiloelectronvolt"),
    (r"MeV\b|megaelectron[- ]?volts?\b", "megaelectronvolt"),
    (r"GeV\b|gigaelectron[- ]?volts?\b", "gigaelectronvolt"),
    (r"TeV\b|teraelectron[- ]?volts?\b", "teraelectronvolt"),
    (r"eV\b|electron[- ]?volts?\b", "electronvolt"),
    (r"kV\b|kilovolts?\b", "kilovolt"),
    (r"mV\b|millivolts?\b", "millivolt"),
    (r"V\b|volts?\b", "volt"),
    (r"mA\b|milliamps?\b|milliamperes?\b", "milliampere"),
    (r"A\b|amps?\b|amperes?\b", "ampere"),
    (r"ohms?\b|Ω", "ohm"),
    (r"MPa\b|megapascals?\b", "megapascal"),
    (r"kPa\b|kilopascals?\b", "kilopascal"),
    (r"Pa\b|pascals?\b", "pascal"),
    (r"psi\b|pounds?\s+per\s+square[\s-]+inch", "pound per square inch"),
    (r"bars?\b(?=\s+of\s+pressure)|mbar\b|millibars?\b", "millibar"),
    (r"kN\b|kilonewtons?\b", "kilonewton"),
    (r"N\b|newtons?\b", "newton"),
    (r"MJ\b|megajoules?\b", "megajoule"),
    (r"kJ\b|kilojoules?\b", "kilojoule"),
    (r"J\b|joules?\b", "joule"),
    (r"mmBTU\b|MMBtu\b|million\s+British\s+thermal\s+units?", "million british thermal unit"),
    (r"BTUs?\b|British\s+thermal\s+units?", "british thermal unit"),
    (r"knots?\b", "knot"),
    (r"nautical\s+miles?", "nautical mile"),
    (r"light[- ]years?\b", "light-year"),
    (r"carats?\b", "carat"),
    (r"pints?\b", "pint"),
    (r"fl\.?\s?oz\b|fluid\s+ounces?\b", "fluid ounce"),
    (r"teaspoons?\b|tsp\b", "teaspoon"),
    (r"tablespoons?\b|tbsp\b", "tablespoon"),
    (r"petabytes?\b|PB\b", "petabyte"),
    (r"kilobytes?\b|KB\b|kB\b", "kilobyte"),
    (r"megapixels?\b|MP\b", "megapixel"),
    (r"pixels?\b|px\b", "pixel"),
    (r"fps\b|frames?\s+per\s+second", "frame per second"),
    (r"bpm\b|beats?\s+per\s+minute", "beat per minute"),
    (r"cc\b|cubic[\s-]+centimet(?:re|er)s?|cm3\b", "cubic centimetre"),
    (r"milliseconds?\b|ms\b", "millisecond"),
    (r"microseconds?\b|μs\b", "microsecond"),
    (r"nanoseconds?\b|ns\b", "nanosecond"),
    (
        r"(?:(?:degrees?|deg|[°º])\s*)?(?:Celsius|Celcius|centigrade)\b|[°º]\s?C\b|deg\s?C\b|degrees?\s+C\b"
        r"|C\b(?![-'\u2019&])",
        "celsius",
    ),
    (
        r"(?:(?:degrees?|deg|[°º])\s*)?(?:Fahrenheit|Farenheit)\b|[°º]\s?F\b|deg\s?F\b|degrees?\s+F\b"
        r"|F\b(?![-'\u2019&])",
        "fahrenheit",
    ),
    (r"kelvins?\b|[°º]\s?K\b", "kelvin"),
    (r"radians?\b|(?<=\d)rad\b", "radian"),
    (r"degrees?\b|[°º]|deg\b\.?", "degree"),
    (r"decibels?\b|dB\b", "decibel"),
    (r"magnitude\b", "magnitude"),  # "a 5.6-magnitude quake"
    (r"(?:kilo)?calories?\b|kcal\b", "calorie"),
    (r"ppb\b", "parts-per-billion"),
    (r"ppm\b", "parts-per-million"),
    (r"GPa\b|gigapascals?\b", "gigapascal"),
    (r"ksi\b", "kilopound per square inch"),
    (r"ppg\b", "point per game"),
    (r"rpg\b", "rebound per game"),
    (r"apg\b", "assist per game"),
    (r"seconds?\b|secs?\b", "second"),
    (r"minutes?\b|mins?\b", "minute"),
    (r"hours?\b|hrs?\b", "hour"),
    (r"days?\b", "day"),
    (r"weeks?\b", "week"),
    (r"months?\b", "month"),
    (r"years?\b|yrs?\b", Unit.YEAR),
    (r"decades?\b", "decade"),
    (r"centuries\b|century\b", "century"),
    (r"(?:(?:euros?|US|dollar|euro)\s+)?cents?\b", "cent"),
    (r"pence\b|p\b", "pence"),
    (r"G\b", "G"),  # 5G, 4G: a generation of mobile networks, kept as a name-like figure
)
MEASURE = re.compile(
    "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_MEASURES)), re.IGNORECASE
)
# Spellings whose case decides the unit ("5G" is no gram, "450 Nm" no nanometre).
_EXACT = {
    "C": "celsius", "c": "", "F": "fahrenheit", "f": "",
    "G": "G", "g": "gram", "W": "watt", "l": "litre", "L": "litre", "p": "pence", "x": Unit.TIMES,
    "Nm": "newton metre", "nm": "nanometre", "PS": "horsepower", "GB": "gigabyte",
    "MB": "megabyte", "TB": "terabyte", "mb": "", "gb": "gigabyte", "tb": "terabyte", "ps": "",
    "w": "",
    "P": "", "X": "", "V": "volt", "A": "ampere", "N": "newton", "J": "joule", "v": "", "a": "",
    "n": "", "j": "", "MP": "megapixel", "mp": "", "Pa": "pascal", "pa": "", "MPa": "megapascal",
    "kV": "kilovolt", "mV": "millivolt", "mA": "milliampere", "ms": "millisecond", "MS": "",
    "cc": "cubic centimetre", "CC": "", "ns": "nanosecond", "NS": "", "PB": "petabyte", "pb": "",
    "KB": "kilobyte", "kB": "kilobyte", "kb": "", "MJ": "megajoule", "mj": "", "kN": "kilonewton",
    "eV": "electronvolt", "keV": "kiloelectronvolt", "MeV": "megaelectronvolt",
    "GeV": "gigaelectronvolt", "TeV": "teraelectronvolt", "t": "tonne", "T": "", "cl": "centilitre",
    "cL": "centilitre", "CL": "", "dl": "decilitre", "dL": "decilitre", "DL": "", "EB": "exabyte",
    "eb": "", "mi": "mile", "MI": "", "Mi": "",
}  # fmt: skip

_EXACT_LOWER = {key.lower() for key in _EXACT}

_TORQUE_AFTER = re.compile(r"\s+of\s+(?:peak\s+)?torque\b", re.IGNORECASE)

DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def measure_at(text: str, pos: int) -> tuple[str, int] | None:
    """The measure unit written at `pos` (after optional spaces) and where it ends, or None."""
    match = MEASURE.match(text, spaces_at(text, pos))
    if match is None:
        return None
    canonical = _MEASURES[int(str(match.lastgroup)[1:])][1]
    surface = match.group().strip().lstrip("-")
    if surface == "nm" and _TORQUE_AFTER.match(text, match.end()):
        canonical = "newton metre"  # lower-case text: "400 nm of torque"
    elif surface in _EXACT:
        canonical = _EXACT[surface]
    elif surface.lower() in _EXACT_LOWER:
        return None
    # "12 C" and "1.3 A/cm2" are the spaced letters that are units
    spaced = match.start() != pos and surface != "C" and text[match.end() : match.end() + 1] != "/"
    if not canonical or (len(surface) == 1 and surface.isalpha() and spaced):
        return None  # a lone letter after a space is a word, not a unit
    return canonical, match.end()


def spaces_at(text: str, pos: int) -> int:
    """Where the spaces after `pos` end (read on the spaces alone, not the rest of the text)."""
    found = _SPACES.match(text, pos)
    return found.end() if found else pos


_SPACES = re.compile(" *")
_SLASH_PER = re.compile(r"\s*(?:/|per\s+)")


def compound_at(text: str, pos: int) -> tuple[str, int] | None:
    """A measure with a measure after `/` or `per` ("1.3 A/cm2", "10 kV per cm")."""
    first = measure_at(text, pos)
    if first is None:
        return None
    slash = _SLASH_PER.match(text, first[1])
    second = measure_at(text, slash.end()) if slash else None
    if second is None or first[0] in DURATIONS or " per " in first[0]:
        return first
    return f"{first[0]} per {second[0]}", second[1]

"""Numbers written in news text: digits, scale words and word numbers, turned into floats."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
WORD_VALUES.update({"a": 1.0, "an": 1.0, "single": 1.0})

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
    "quintillion": 1e18,
    "lakh": 1e5,
    "crore": 1e7,
    "tn": 1e12,
    "t": 1e12,  # only after a currency sign: "$2.2T"
    "trn": 1e12,
}

FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}

# "dozens" follows NewsQuant: from one dozen to ten dozen; the others span one order of magnitude.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "tens of thousands": (1e4, 1e5),
    "hundreds of thousands": (1e5, 1e6),
    "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
}

_CARDINAL = "|".join(sorted((*_UNITS[1:], *_TENS), key=len, reverse=True))
_DIGIT_WORDS = "|".join(_UNITS[1:10])
_ONE_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})[-\s](?:{_DIGIT_WORDS})\b|(?:{_CARDINAL})(?:-(?:{_DIGIT_WORDS}))?)"
)
_SCALE_WORDS = (
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion|quadrillion|quintillion|lakh|crore"
    r"|dozen))"
)
# "and a half", spaced or hyphenated as in "one-and-a-half million"
_AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half"
# "one point five million": a decimal read out digit by digit, then its scale.
_SPOKEN_DECIMAL = rf"(?<!\bat\s){_ONE_WORD}\s+point(?:\s+(?:zero|{_DIGIT_WORDS}))+{_SCALE_WORDS}*"
WORD_NUMBER = (
    rf"{_SPOKEN_DECIMAL}|"
    rf"(?:{_ONE_WORD}|a|an|single){_SCALE_WORDS}+(?:\s+(?:and\s+)?{_ONE_WORD}{_SCALE_WORDS}*)*"
    rf"(?:{_AND_A_HALF})?|{_ONE_WORD}(?:{_AND_A_HALF}{_SCALE_WORDS}*)?|single"
)
# Thousands grouped in threes ("1,234,567") or the Indian way, in twos above a thousand
# ("12,34,567" is 1,234,567).
# Thousands grouped by commas, Indian lakh groups, or spaces: a thin or no-break space always
# ("10\u202f000"), a plain one only in two groups or more or before "000" ("1 200 000",
# "10 000", not the "5 200" of "on May 5 200 people").
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3}){2,}(?!\d|,\d)|\d{1,3} 000(?!\d|,\d)|\d+)(?:\.\d+)?|\.\d+"
)
_SPLIT = re.compile(r"[\s-]+")


def digits_value(text: str) -> float:
    """The value of a digit string such as `5,000` or `.5`."""
    return float(_GROUP_SEPARATORS.sub("", text))


_GROUP_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f]")


def words_value(text: str) -> float | None:
    """The value of a word number (`three million`, `twenty-five`, `a dozen`), or None."""
    lower = _HYPHENED_HALF.sub(" and a half", text.lower())
    whole, point, decimals = lower.partition(" point ")
    if point:
        return _spoken_decimal(whole, decimals)
    counted, scale = _half_a_scale(lower)
    if scale:
        return None if (value := words_value(counted)) is None else value + scale / 2
    total = 0.0
    current = 0.0
    seen = stacked = False
    for word in _SPLIT.split(lower.replace(" and a half", " half")):
        if word == "and":
            continue
        if word in SCALES and stacked and not current:
            total *= SCALES[word]  # "lakh crore": a scale of a scale (1e5 * 1e7)
        elif word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "half":
            current += 0.5
        elif word in ("hundred", "dozen"):
            current = max(current, 1.0) * (100.0 if word == "hundred" else 12.0)
        elif word in SCALES:
            total += max(current, 1.0) * SCALES[word]
            current = 0.0
        else:
            return None
        seen, stacked = True, word in SCALES
    return total + current if seen else None


_HYPHENED_HALF = re.compile(_AND_A_HALF)
_HALVED_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _half_a_scale(text: str) -> tuple[str, float]:
    """ "three million and a half" as ("three million", 1e6): half of the scale word before
    `and a half`, not a half; (text, 0.0) when no scale word comes before it."""
    counted, half, rest = text.partition(" and a half")
    scale = _HALVED_SCALES.get(counted.rsplit(" ", 1)[-1], 0.0) if half and not rest else 0.0
    return counted, scale


def _spoken_decimal(whole: str, decimals: str) -> float | None:
    """ "one point five million" -> 1.5e6: digits after `point`, then an optional scale."""
    digits = [w for w in decimals.split() if w in WORD_VALUES]
    scale = words_value(" ".join(decimals.split()[len(digits) :])) or 1.0
    base = words_value(whole)
    if base is None or not digits:
        return None
    fraction = "".join(str(int(WORD_VALUES[d])) for d in digits)
    return float(f"{base:g}.{fraction}") * scale


def fraction_value(text: str) -> float | None:
    """The value of `two-thirds`, `a quarter`, `half`, or None."""
    parts = _SPLIT.split(text.lower())
    if len(parts) == 1:
        return FRACTIONS.get(parts[0]) if parts[0] in {"half", "quarter"} else None
    count = WORD_VALUES.get(parts[0])
    share = FRACTIONS.get(parts[-1])
    if count is None or share is None or len(parts) != 2:
        return None
    return round(count * share, 4)


def scale_value(word: str | None) -> float:
    """The multiplier of a scale word (`bn` -> 1e9); 1.0 for none."""
    return SCALES.get(word.lower(), 1.0) if word else 1.0


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a sentence, before its context (measure, change...) is read."""

    start: int
    end: int
    value: float
    upper: float | None = None  # the top of a range ("5-10%": value 5, upper 10)
    unit: str = ""  # "" when the text gives none
    kind: str = "number"  # number, word, fraction, vague, multiplier, year, name
    scaled: bool = False  # a scale word was written ("1.5bn")
    negative: bool = False

"""Numbers in scientific notation: `3 x 10^8`, `10^6`, `6.02e23`, or with a multiplication sign
and superscripts (`1.2` U+00D7 `10⁻⁷`)."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER = r"10\s?(?:\^\s?(?P<exp>[-\u2212]?\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
_SCIENTIFIC = re.compile(
    rf"(?<![\w.])(?:(?:(?P<mantissa>\d+(?:\.\d+)?)\s?[x\u00d7*]\s?)?{_POWER}"
    # "6.02e23", "1e-7"; a plain "7E7" is a model name (Boeing's 7E7), not seventy million
    r"|(?P<coefficient>\d+\.\d+(?=[eE][-+]?\d)|\d+(?=[eE][-+]\d))[eE](?P<e>[-+]?\d{1,3})(?!\w|\.\d))"
)


def scientific_candidates(text: str) -> list[Quantity]:
    """Every number written as a power of ten, with its value."""
    if "10" not in text and "e" not in text and "E" not in text:
        return []
    return [_scientific(match) for match in _SCIENTIFIC.finditer(text)]


def _scientific(match: re.Match[str]) -> Quantity:
    """The value of one match: its mantissa times ten to its exponent."""
    mantissa = match.group("mantissa") or match.group("coefficient") or "1"
    exponent = match.group("exp") or match.group("e") or match.group("sup")
    power = int(str(exponent).translate(_SUPERSCRIPTS).replace("\u2212", "-"))
    return Quantity(match.start(), match.end(), float(mantissa) * 10.0**power)

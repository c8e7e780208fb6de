"""Sentences written all in lower case (feeds, captions run together, social posts): unit and
currency symbols get back the case that tells them apart (`256gb` -> `256GB`, `$us5m` -> `$US5m`,
`5g network` -> `5G network`, `8 b people` -> `8 B people`, `$76 us a barrel` -> `$76 US a
barrel`, `a.d. 1000` -> `A.D. 1000`), the words that name a product or a series before its number
get a capital (`iphone 11` -> `Iphone 11`), and so do the words of a street after its number
(`49 zorro ranch road` -> `49 Zorro Ranch Road`), so that the same rules read them. Only the case of
letters changes, so every offset stays where it was.
"""

from __future__ import annotations

import re

_UNIT_AFTER = re.compile(
    r"(?<=\d)(?P<gap>\s?)(?P<symbol>gb|mb|tb|kb|pb|mpa|kpa|gpa|kv|mv|ma|kw|kwh|mw|mwh|gw|gwh|twh|"
    r"hz|khz|mhz|ghz|mbps|gbps|mp|ps|w)\b"
)
_CURRENCY_BEFORE = re.compile(
    r"(?<![a-z])(?P<symbol>\$us|us\$|\$a|a\$|hk\s?\$|y=|rm|rs|ps)(?=\s?\d)"
)
# A mobile network generation, not grams: `5g network`, `54gb of 5g data`; `5g of sugar` stays.
_GENERATION = re.compile(r"(?<![\d.,])[2-6]g\b(?!\s+of\b)")
_NAME_HEADS = re.compile(
    r"\b(?:iphone|ipad|galaxy|watch|note|pixel|xbox|playstation|planet|big|act|part|windows|"
    r"series|covid|chapter|apollo|falcon|model)(?=\s+\d)"
)
# A scale letter between a number and a word (`8 b people`), `us` after a sum (`$76 us a
# barrel`), an era (`a.d. 1000`), amperes before a slash (`1.3 a/cm2`), newton metres of torque.
_SYMBOLS = re.compile(
    r"(?<=\d )(?P<scale>b)(?=\s+(?:people|[a-z]+s)\b)|(?<=[$\u00a3\u20ac]\d)(?P<us>[\d.,]*\s?us)\b"
    r"|\b(?P<era>a\.d\.|b\.c\.)(?=\s?\d)|(?<=\d)(?P<amp>\s?a)(?=/)"
    r"|(?<=\d)(?P<nm>\s?nm)\b(?=\s*(?:\([^()]{0,25}\)\s*)?(?:of\s+)?torque\b)"
)
# A street after its number: `49 zorro ranch road`, `9 e 71st st` (no small word between:
# `500 cars along the way`, `12 people in the square` are no addresses).
_STREET = re.compile(
    r"\b\d{1,5}\s+(?P<street>(?:(?!(?:the|a|an|of|in|on|at|to|for|from|by|with|along|across|"
    r"down|up|into|and|or|its|their|his|her|our|my|your)\s)[a-z0-9]+\s+){1,3}(?:road|street|st|"
    r"avenue|ave|lane|way|drive|boulevard|blvd|place|square))\b"
)


def recased(text: str) -> str:
    """`text` with symbols and name words recased when it has no capital letter at all."""
    if any(c.isupper() for c in text):
        return text
    chars = list(text)
    for pattern in (_UNIT_AFTER, _CURRENCY_BEFORE, _GENERATION):
        for match in pattern.finditer(text):
            start, end = match.span("symbol") if "symbol" in pattern.groupindex else match.span()
            chars[start:end] = _canonical(text[start:end])
    for match in _NAME_HEADS.finditer(text):
        chars[match.start()] = chars[match.start()].upper()
    for match in _SYMBOLS.finditer(text):
        start, end = match.span(str(match.lastgroup))
        symbol = text[start:end]
        chars[start:end] = symbol.replace("nm", "Nm") if match.lastgroup == "nm" else symbol.upper()
    for match in _STREET.finditer(text):
        for word in re.finditer(r"[a-z]\w*", match.group("street")):
            at = match.start("street") + word.start()
            chars[at] = chars[at].upper()
    return "".join(chars)


_CASED = {"kwh": "kWh", "kw": "kW", "kv": "kV", "mv": "mV", "ma": "mA", "kpa": "kPa",
          "mpa": "MPa", "gpa": "GPa", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
          "mbps": "Mbps", "gbps": "Gbps", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "rs": "Rs",
          "$us": "$US", "$a": "$A", "a$": "A$"}  # fmt: skip


def _canonical(symbol: str) -> str:
    """The usual spelling of a symbol: listed, else all capitals (`gb` -> `GB`, `5g` -> `5G`)."""
    return _CASED.get(symbol, symbol.upper())

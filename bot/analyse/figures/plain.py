"""The plain sentence the measure rules read: asides, periods and a dateline blanked out.

Brackets, dash asides and time phrases say nothing of what a number measures, and a dateline's
place (`LONDON (Reuters) -`) is no subject or owner; blanking them with spaces, rather than
cutting them, keeps every offset of the sentence valid for the figures found in it.
"""

from __future__ import annotations

import re

from bot.analyse.text.datelines import dateline, place_line

# An aside between dashes: a dash is `-`, `--`, an en or an em dash, set off by blanks. Two dashes
# further apart than a long clause hold no aside but whole sentences between them.
_DASH = r"\s(?:--|[\u2013\u2014-])\s"
ASIDE_CHARS = 250
_MASK = re.compile(rf"\([^()]*\)|\[[^\[\]]*\]|{_DASH}[^\u2013\u2014]{{0,{ASIDE_CHARS}}}?{_DASH}")


def masked(text: str, periods: list[tuple[int, int]]) -> str:
    """The sentence with brackets, dash asides and periods blanked out, keeping every offset."""
    plain = _MASK.sub(lambda m: " " * len(m.group()), text)
    for start, end in periods:
        plain = plain[:start] + " " * (end - start) + plain[end:]
    return plain


# A dateline glued to the first sentence: `Kampala, Uganda (CNN)Gunmen shot`, `LONDON (Reuters) -`.
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'\u2019-]*(?:[ ,]+[A-Z][\w.'\u2019-]*){0,3}\s*(?:\((?:CNN|AP|Reuters|AFP)\)|"
    r"\s{3,})\s*(?:[-\u2013\u2014]+\s*)?(?=[A-Z\d\"\u201c])"
)


def without_dateline(plain: str, text: str | None = None) -> str:
    """The sentence with a dateline in front blanked (its place is no subject, owner or measure);
    in `plain` the bracket is blanked already, so a place and a wide gap before a capital is one.
    Given the sentence as written (`text`), a wire's dateline with its date is read there too
    (`ACCRA, Nov 23 (Reuters) -`, `COLUMBUS, Ohio (AP) —`, `OSLO - `)."""
    found = _DATELINE.match(plain)
    end = found.end() if found else 0
    if text is not None and (wire := dateline(text) or place_line(text)):
        end = max(end, wire.end())
    return " " * end + plain[end:] if end else plain

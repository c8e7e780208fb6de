"""How a time looks when it is one figure of several parts: written like a clock (`2:03:05`,
`3:45.2`) or spelled out (`2 hours, 5 minutes and 41 seconds`). Read by the figures extractor and
shown as written by the briefings, so both share one pattern."""

from __future__ import annotations

import re

# Hours, minutes and seconds (`2:03:05`, `2:03:05.7`), or minutes and seconds with tenths
# (`3:45.2`), which a clock never shows.
CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<mm>\d{1,2}):(?P<ss>[0-5]\d\.\d{1,3}))(?![\d:])"
)

_JOIN = r"(?:\s*,\s*|\s+)(?:and\s+)?"
_HOURS = r"(?P<h>\d{1,3}|[A-Za-z]{3,6})\s*(?:hours?|hrs?|h)\b"  # `two hours`: checked by its reader
_MINUTES = r"(?P<m>\d{1,2})\s*(?:minutes?|mins?)\b"
_SECONDS = r"(?P<s>\d{1,2}(?:\.\d+)?)\s*(?:seconds?|secs?)\b"
# A time spelled in two or three parts, with its hours (`7 hours and 30 minutes`) or without
# (`3 minutes 49.11 seconds`).
SPELLED_WITH_HOURS = re.compile(
    rf"\b{_HOURS}{_JOIN}{_MINUTES}(?:{_JOIN}{_SECONDS})?", re.IGNORECASE
)
SPELLED_NO_HOURS = re.compile(rf"\b{_MINUTES}{_JOIN}{_SECONDS}", re.IGNORECASE)


def spelled_time(text: str) -> str:
    """The time spelled in parts in `text` (`2 hours, 5 minutes and 41 seconds`), else ""."""
    found = SPELLED_WITH_HOURS.search(text) or SPELLED_NO_HOURS.search(text)
    return found.group() if found else ""

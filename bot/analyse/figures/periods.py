"""Periods: the time phrases of a sentence (`in the last five years`, `in 2004`, `a year
earlier`), which say when a figure holds and are never figures themselves."""

from __future__ import annotations

import re

from bot.analyse.figures.lexicon import clause_span
from bot.analyse.figures.numbers import WORD_NUMBER

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_SPAN = r"(?:years?|months?|weeks?|days?|decades?|quarters?|sessions?|half)"
_LAST_SPAN = rf"(?:{_SPAN}|hours?|minutes?)"  # "in the last 15 minutes" of a broadcast
_COUNT = rf"(?:{WORD_NUMBER}|\d+)"
_YEAR = r"(?:1[6-9]|20)\d\d"
PERIOD = re.compile(
    "|".join(
        (
            rf"\b(?:in|over|during|for|within|throughout)\s+the\s+(?:last|past|next|previous|same|"
            rf"first|coming|following|latest)\s+(?:{_COUNT}\s+)?{_LAST_SPAN}\b",
            rf"\b(?:in|since|by|until|till|before|after|from|during|through|between)\s+(?:(?:early|"
            rf"late|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+year\s+to)\s*)?(?:{_MONTH}\s+)?"
            rf"{_YEAR}\b(?:\s*(?:-|\u2013|to|and)\s*(?:{_YEAR}|\d\d)\b)?",
            rf"\b(?:a|one|{_COUNT})\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:earlier|ago|"
            r"before|later|previously)\b",
            r"\b(?:last|this|next)\s+(?:year|month|week|quarter|season|decade|summer|winter|spring"
            r"|autumn)\b",
            r"\b(?:in|during|for)\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)"
            rf"\b(?:\s+of\s+(?:the\s+year|{_YEAR}))?",
            r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|on\s+the\s+year|a\s+year\s+earlier)\b",
            rf"\b(?:in|since|during)\s+{_MONTH}\b",
            r"\bso\s+far\s+this\s+year\b",
            rf"\b(?:over|within)\s+{_COUNT}\s+{_SPAN}\b",
            rf"\bin\s+the\s+{_COUNT}\s+{_SPAN}\s+(?:to|up\s+to|ending|ended)\b",  # "12 months to"
        )
    ),
    re.IGNORECASE,
)


def periods(text: str) -> list[tuple[int, int]]:
    """Spans of every period phrase of the sentence ("in the last five years", "in 2004"), and
    the span a record is reckoned over ("the lowest level in three years": `in three years`)."""
    found = [m.span() for m in PERIOD.finditer(text)]
    return sorted(found + [m.span("span") for m in _RECORD_SPAN.finditer(text)])


# A record and the span it is reckoned over: `its first hike in nine years`, `the worst for 10
# years`, `the highest level in three years`.
_RECORD_SPAN = re.compile(
    r"\b(?:first|lowest|highest|worst|best|biggest|largest|smallest|strongest|weakest|fastest|"
    r"slowest|sharpest|steepest|deepest|longest)\b(?:\s+[\w-]+){0,4}?\s+"
    rf"(?P<span>(?:in|for)\s+(?:{_COUNT}|a)\s+{_SPAN})\b",
    re.IGNORECASE,
)


def period(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str | None:
    """The period phrase of the quantity at start..end: the nearest in its clause, after first."""
    begin, finish = clause_span(text, start)
    inside = [s for s in spans if s[0] >= begin and s[1] <= finish and not s[0] <= start < s[1]]
    after = [s for s in inside if s[0] >= end]
    before = [s for s in inside if s[1] <= start]
    chosen = after[0] if after else (before[-1] if before else None)
    return text[chosen[0] : chosen[1]] if chosen else None

"""Periods: the time phrases of a sentence (`in the last five years`, `in 2004`, `a year
earlier`), which say when a figure holds and are never figures themselves."""

from __future__ import annotations

import re

from bot.analyse.figures.clauses import clause_span
from bot.analyse.figures.numbers import WORD_NUMBER, Quantity
from bot.analyse.figures.units import DURATIONS

# A month in full or as a wire abbreviates it before a day (`Nov. 1`, `Sept. 30`).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d))"
)
_SPAN = r"(?:years?|months?|weeks?|days?|decades?|quarters?|sessions?|half)"
_LAST_SPAN = rf"(?:{_SPAN}|hours?|minutes?)"  # "in the last 15 minutes" of a broadcast
_COUNT = rf"(?:{WORD_NUMBER}|\d+)"
_YEAR = r"(?:1[6-9]|20)\d\d"
# A clock time with its zone: `by 1700 GMT`, `at 09:30 BST`, `between 2000 and 2100 GMT`: when,
# never a year.
_HOUR = r"(?:[01]?\d|2[0-3])[:.]?[0-5]\d"
_CLOCK = (
    r"\b(?:at|by|until|till|before|after|from|since|around|about|between)\s+"
    rf"{_HOUR}(?:\s*(?:-|\u2013|and|to)\s*{_HOUR})?\s?(?:GMT|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|"
    r"PT|UTC)\b"
)
PERIOD = re.compile(
    "|".join(
        (
            _CLOCK,
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
            # the same span a year before: `from $639m year-earlier`, `in the year-ago quarter`;
            # not what a change is set against (`a contrast to year-earlier, when`)
            r"\b(?:in|for|over)\s+the\s+year[- ](?:earlier|ago)(?:\s+(?:period|quarter|half|"
            r"months?))?\b|(?<!\bto\s)(?<!\bwith\s)(?<!\bthan\s)(?<!\bthe\s)"
            r"\byear[- ](?:earlier|ago)\b(?!\s+(?:period|quarter|half|months?)\b)",
            rf"\b(?:in|since|during)\s+{_MONTH}(?!\w)",
            r"\bso\s+far\s+this\s+year\b",
            rf"\b(?:over|within)\s+{_COUNT}\s+{_SPAN}\b",
            # "in the 12 months to June", "for the three months to December"
            rf"\b(?:in|for|over|during)\s+the\s+{_COUNT}\s+{_SPAN}\s+(?:to|up\s+to|ending|ended)"
            rf"\b(?:\s+(?:the\s+end\s+of\s+)?{_MONTH}(?!\w)(?:\s+\d{{1,2}}\b)?(?:,?\s+{_YEAR}\b)?)?",
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
    after = [s for s in inside if s[0] >= end and not _earlier_figures(text, end, s)]
    before = [s for s in inside if s[1] <= start]
    chosen = after[0] if after else (before[-1] if before else None)
    return text[chosen[0] : chosen[1]] if chosen else None


# The earlier figure of a change or comparison between the figure and a period after it: `rose
# to 4.7% from 4.6% in the previous quarter`: the period is the earlier figure's, not the new
# level's.
_FROM_FIGURE = re.compile(
    r"(?:[^()]{0,30}\))?"  # the rest of a bracket the figure is in: `(£52m), against`
    r",?\s+(?:from|against|compared\s+(?:with|to)|versus)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?[^\s,;:]*\d[^\s,;:]*"
    r"(?:\s+(?:per\s+cent|[a-z]+)){0,2}\s+"  # scale and unit: `4.6 per cent`, `2m euros`
)

_EARLIER = re.compile(
    r"\b(?:previous|earlier|ago|before|prior)\b|^last\s+(?:year|month|week|quarter)",
    re.IGNORECASE,
)


def _earlier_figures(text: str, end: int, span: tuple[int, int]) -> bool:
    """True when the period at `span` is when the earlier figure of a change held, written
    between the figure ending at `end` and the period."""
    earlier = _EARLIER.search(text[span[0] : span[1]]) is not None
    return earlier and _FROM_FIGURE.fullmatch(text, end, span[0]) is not None


# A time counted from an event: `six years ago`, `three days later`.
_SINCE_EVENT = re.compile(
    rf"\b{_COUNT}\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|later|before|"
    r"previously)\b",
    re.IGNORECASE,
)
# `when` opening the clause: its time ago dates the main clause's event, which it is a period of.
_WHEN_BEFORE = re.compile(r"\bwhen\s+[^,;:]*$", re.IGNORECASE)
_NO_FIGURE_KINDS = frozenset({"year", "word", "word-noun", "vague"})


def lone_periods(
    text: str, spans: list[tuple[int, int]], quantities: list[Quantity]
) -> list[tuple[int, int]]:
    """The times counted from an event that are the only figure of their clause (`the shop shut
    six years ago`): how long ago is then the fact itself, not when another figure holds."""
    lone = []
    for span in spans:
        inside = [q for q in quantities if span[0] <= q.start and q.end <= span[1]]
        counted = [q for q in inside if q.kind == "number" and str(q.unit) in DURATIONS]
        if not _SINCE_EVENT.fullmatch(text, *span) or _WHEN_BEFORE.search(text[: span[0]]):
            continue  # `over the next two years`: when; `when he was elected two years ago` too
        if len(counted) == 1 and not _figure_beside(text, span, spans, quantities):
            lone.append(span)
    return lone


def _figure_beside(
    text: str, span: tuple[int, int], spans: list[tuple[int, int]], quantities: list[Quantity]
) -> bool:
    """True when another figure (none of a period, no year or lone `one`) shares the clause."""
    begin, finish = clause_span(text, span[0])
    return any(
        begin <= q.start < finish
        and q.kind not in _NO_FIGURE_KINDS
        and not any(s <= q.start and q.end <= e for s, e in spans)
        for q in quantities
    )

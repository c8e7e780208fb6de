"""Race times: seconds or minutes someone ran or clocked are their time for the race the sentence
names (`Ana Ruiz ran 10.9 seconds in the 100m` -> `Ana Ruiz time for the 100m`); with no name,
the article's runner in focus is put in front later (`he clocked 20.1secs in the 200m`)."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity

_TIMES = frozenset({"second", "minute", "hour"})
_RAN = re.compile(
    r"\b(?:ran|run|runs|running|clocked|clocks|clocking|timed|set|sets|setting|won|wins|finished)"
    r"\s+(?:(?:a|his|her)\s+(?:new\s+|best\s+|record\s+)?(?:time|mark|best|record)\s+of\s+)?"
    r"(?:(?:a\s+)?(?:solid\s+|close\s+|distant\s+)?(?:first|second|third|fourth|fifth|sixth)\s+)?"
    r"(?:in\s+)?(?:(?:under|over|about|around|just|only|a)\s+)?$",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:\d{2,5}m|\d{1,3}\s?km|\d{1,2},000m|(?:half-)?marathon|mile)(?:\s+hurdles)?\b"
)
# A race named right before its time: `won the men's 200m in 20.1 seconds`.
_EVENT_IN = re.compile(
    rf"(?P<event>{_EVENT.pattern})\s+in\s+(?:(?:under|about|around|just|only|a)\s+)?$"
)
_RUNNER = re.compile(
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*)?)\s+(?:\w+\s+){0,2}$"
)
_REACH = 60
# Capitalised words that open a sentence but name nobody.
_NO_NAMES = frozenset({"And", "But", "So", "Then", "Yet", "Or", "The", "It", "He", "She", "They"})


def race_time(plain: str, quantity: Quantity) -> str:
    """`Ana Ruiz time for the 100m` for `Ana Ruiz ran 10.9 seconds in the 100m`, `time for the
    200m` for `he ran 20.1 seconds in the 200m`, `race time` with no race named; else ""."""
    if quantity.unit not in _TIMES:
        return ""
    before = plain[max(0, quantity.start - _REACH) : quantity.start]
    ran = _RAN.search(before) or _EVENT_IN.search(before)
    if ran is None:
        return ""
    event = ran.groupdict().get("event")  # "won the 200m in 20.1 seconds"
    if event is None:
        after = _EVENT.search(plain, quantity.end, quantity.end + _REACH)
        earlier = list(_EVENT.finditer(plain, max(0, quantity.start - 2 * _REACH), quantity.start))
        found = after or (earlier[-1] if earlier else None)
        event = found.group() if found else None
    runner = _RUNNER.search(before[: ran.start()])
    named = runner and runner.group("name").split()[0] not in _NO_NAMES
    words = [runner.group("name")] if runner and named else []
    return " ".join([*words, f"time for the {event}" if event else "race time"])

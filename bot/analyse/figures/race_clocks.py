"""A race time written like a clock (`won in 2:03:05`, `a time of 3:45.2`) is one figure in
seconds: a reader asks how fast, and the parts of it are no hours, minutes or counts of their own.
Hours, minutes and seconds are read so only after a word of racing (`10:45:00` may be a time of
day); minutes and seconds with their hundredths (`7:46.78`) anywhere but after `at`."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity
from bot.clock_times import CLOCK_TIME

_RACED_BEFORE = re.compile(
    r"\b(?:ran|won|wins|finished|finishes|clocked|clocks|timed|crossed\s+the\s+line|"
    r"(?:a|his|her|their|winning|best|record)\s+time\s+of|record\s+of|best\s+of)"
    r"\s+(?:(?!(?:from|until|till|to|at|between|before|after|by|for)\b)[\w']+\s+){0,3}?"
    r"(?:in\s+)?(?:(?:under|about|just|only)\s+)?$",
    re.IGNORECASE,
)  # not `ran from 10:45:00` or `runs 2:15:00` (a film): times of day and lengths
_REACH = 50
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def race_clocks(text: str) -> list[Quantity]:
    """Each race time written like a clock after a word of racing, in seconds."""
    found = []
    for match in CLOCK_TIME.finditer(text):
        raced = _RACED_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
        if match.group("h") is not None and not raced:
            continue
        if _AT_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue  # "at 7:30.5": when, however it is written
        if match.group("h") is not None:
            hours, minutes, seconds = match.group("h", "m", "s")
            value = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        else:
            value = int(match.group("mm")) * 60 + float(match.group("ss"))
        found.append(Quantity(match.start(), match.end(), round(value, 3), unit="second"))
    return found


def clock_time_measure(plain: str, quantity: Quantity, phrase: str) -> str:
    """`Bekele race time` for a race time written like a clock whose clause only names its
    runner (`Bekele battled to second in 7:41.42`), `race time` when it names nothing; any
    other measure as it is (`personal best`)."""
    if quantity.unit != "second" or not CLOCK_TIME.fullmatch(plain, quantity.start, quantity.end):
        return phrase
    words = phrase.split()
    if len(words) <= 4 and all(w[:1].isupper() for w in words):
        return " ".join([*words, "race time"])
    return phrase

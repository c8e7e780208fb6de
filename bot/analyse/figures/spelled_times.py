"""A time spelled out in its parts (`2 hours, 5 minutes and 41 seconds`, `3 minutes 49.11
seconds`, `7 hours and 30 minutes`) is one figure: a reader asks how long, and the parts are no
hours, minutes or seconds of their own. It is held in its smallest unit and shown as written."""

from __future__ import annotations

from bot.analyse.figures.numbers import WORD_VALUES, Quantity
from bot.clock_times import SPELLED_NO_HOURS, SPELLED_WITH_HOURS


def spelled_times(text: str) -> list[Quantity]:
    """Each time of two or three spelled parts, in seconds when it has seconds, else minutes."""
    found: list[Quantity] = []
    spelled = [*SPELLED_WITH_HOURS.finditer(text), *SPELLED_NO_HOURS.finditer(text)]
    matches = sorted(spelled, key=lambda m: m.start())
    for match in matches:
        if found and match.start() < found[-1].end:
            continue  # the minutes and seconds of a time read with its hours
        groups = match.groupdict()
        hours, minutes, seconds = groups.get("h"), groups["m"], groups.get("s")
        if int(minutes) >= 60 or (seconds is not None and float(seconds) >= 60):
            continue  # "5 hours 90 minutes": two lengths, not one time
        hour_count = WORD_VALUES.get(hours.lower()) if hours and not hours.isdigit() else hours
        if hours and hour_count is None:
            continue  # "many hours and 5 minutes": no number of hours
        total = int(hour_count or 0) * 60 + int(minutes)
        if seconds is None:
            found.append(Quantity(match.start(), match.end(), float(total), unit="minute"))
        else:
            value = round(total * 60 + float(seconds), 3)
            found.append(Quantity(match.start(), match.end(), value, unit="second"))
    return found

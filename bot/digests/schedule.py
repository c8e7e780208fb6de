"""Pure time logic: parse times and zones, find the next local digest time (DST-safe)."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from functools import cache

Clock = Callable[[], datetime]  # returns an aware UTC datetime; tests pass a fixed one
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?([ap]\.?m\.?)?$", re.IGNORECASE)
_TIME_LIKE = re.compile(r"^\d{1,3}(?:[:.h]\d{1,3}|(?:[:.h]\d{1,3})?[ap]\.?m\.?)$", re.IGNORECASE)
TIME_FORMAT = "HH:MM, 24-hour (for example 07:30 or 18:00)"
ZONE_FORMAT = "an IANA time zone name such as Europe/Madrid, America/New_York or UTC"


def utc_now() -> datetime:
    """The real clock, in UTC."""
    return datetime.now(UTC)


def parse_time(text: str) -> time | None:
    """`HH:MM` (also `H:MM`, `HH.MM`, `7pm`, `7:30am`) as a time, or None when not a real one."""
    match = _TIME.match(text.strip())
    if not match or (match[2] is None and match[3] is None):
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3]:  # a 12-hour clock: 12am is midnight, 12pm noon
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[3][0].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def looks_like_time(text: str) -> bool:
    """Whether `text` was meant as a time (digits and a colon, or am/pm), valid or not."""
    return bool(_TIME_LIKE.match(text.strip()))


@cache
def _zones() -> dict[str, str]:
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def parse_zone(text: str) -> str | None:
    """The canonical IANA name for `text` (case-insensitive; a bare city such as `Madrid` or
    `New York` when only one zone is named after it), or None when unknown."""
    name = text.strip()
    if name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    return _zones().get(name.lower()) or _cities().get("_".join(name.lower().split()))


_AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
          "Indian", "Pacific")  # fmt: skip


@cache
def _cities() -> dict[str, str]:
    """'madrid' -> 'Europe/Madrid', for cities named by zones of one area only.

    Names in one area are aliases (America/Buenos_Aires, America/Argentina/Buenos_Aires): the
    longest is the current one. A city in two areas is left out, as ambiguous.
    """
    found: dict[str, list[str]] = {}
    for zone in zoneinfo.available_timezones():
        if zone.split("/", 1)[0] in _AREAS and "/" in zone:
            found.setdefault(zone.rsplit("/", 1)[1].lower(), []).append(zone)
    return {
        city: max(zones, key=len)
        for city, zones in found.items()
        if len({zone.split("/", 1)[0] for zone in zones}) == 1
    }


def next_run(at: time, zone: str, after: datetime) -> datetime:
    """The first moment strictly after `after` when the clock in `zone` shows `at`, in UTC.

    A time that does not exist on a spring-forward day runs as late as the gap (02:30 -> 03:30);
    a time that happens twice on a fall-back day runs at its first occurrence only.
    """
    tz = zoneinfo.ZoneInfo(zone)
    local = after.astimezone(tz)
    day = local.date()
    for offset in range(3):
        candidate = datetime.combine(day + timedelta(days=offset), at, tzinfo=tz)
        moment = candidate.astimezone(UTC)
        if moment > after:
            return moment
    raise AssertionError("unreachable: a wall time recurs within three days")


def local_label(moment: datetime, zone: str) -> str:
    """`moment` as the chat reads it: 'Wed 2 Dec, 09:00'."""
    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def hhmm(at: time) -> str:
    """A time of day as 'HH:MM'."""
    return f"{at.hour:02d}:{at.minute:02d}"


def shift(at: time, minutes: int) -> time:
    """`at` moved by `minutes`, wrapping around midnight."""
    total = (at.hour * 60 + at.minute + minutes) % (24 * 60)
    return time(total // 60, total % 60)

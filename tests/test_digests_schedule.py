"""The digests' time logic: parsing, next runs across zones and DST changes."""

from __future__ import annotations

from datetime import time

import pytest

from bot.digests.schedule import (
    local_label,
    looks_like_time,
    next_run,
    parse_time,
    parse_zone,
    shift,
)
from tests.digests_support import at


@pytest.mark.parametrize(
    ("text", "expected"),
    [("09:00", time(9, 0)), ("7:05", time(7, 5)), ("23:59", time(23, 59)), ("18.30", time(18, 30)),
     ("25:99", None), ("24:00", None), ("12:60", None), ("noon", None), ("9", None)],
)  # fmt: skip
def test_digests_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7pm", time(19, 0)), ("7:30PM", time(19, 30)), ("9am", time(9, 0)), ("12am", time(0, 0)),
     ("12pm", time(12, 0)), ("9.15a.m.", time(9, 15)), ("13pm", None), ("0am", None)],
)  # fmt: skip
def test_digests_parse_time_reads_a_12_hour_clock(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7:30pm", True), ("9am", True), ("13pm", True), ("25:99", True), ("oil", False),
     ("2024", False), ("G20", False)],
)  # fmt: skip
def test_digests_looks_like_time_catches_am_pm(text: str, expected: bool) -> None:
    assert looks_like_time(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Europe/Madrid", "Europe/Madrid"), ("europe/madrid", "Europe/Madrid"), ("utc", "UTC"),
     ("America/New_York", "America/New_York"), ("Mars/Olympus", None), ("", None)],
)  # fmt: skip
def test_digests_parse_zone(text: str, expected: str | None) -> None:
    assert parse_zone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Madrid", "Europe/Madrid"), ("new york", "America/New_York"), ("Kolkata", "Asia/Kolkata"),
     ("Buenos Aires", "America/Argentina/Buenos_Aires"), ("Olympus", None), ("Pacific", None),
     ("Mars/Olympus", None)],
)  # fmt: skip
def test_digests_parse_zone_takes_a_bare_city(text: str, expected: str | None) -> None:
    assert parse_zone(text) == expected


@pytest.mark.parametrize(
    ("local", "zone", "after", "expected"),
    [
        # 09:00 Madrid is 08:00 UTC in winter: still ahead today, then tomorrow
        ("09:00", "Europe/Madrid", "2026-12-01 07:59", "2026-12-01 08:00"),
        ("09:00", "Europe/Madrid", "2026-12-01 08:00", "2026-12-02 08:00"),
        ("09:00", "UTC", "2026-12-01 08:00", "2026-12-01 09:00"),
        ("09:00", "America/New_York", "2026-12-01 12:00", "2026-12-01 14:00"),
        ("09:00", "Asia/Tokyo", "2026-12-01 12:00", "2026-12-02 00:00"),
        ("09:00", "Asia/Kolkata", "2026-12-01 00:00", "2026-12-01 03:30"),
        # Madrid springs forward on 29 March 2026: 09:00 moves from 08:00 to 07:00 UTC
        ("09:00", "Europe/Madrid", "2026-03-28 08:30", "2026-03-29 07:00"),
        ("09:00", "Europe/Madrid", "2026-03-29 07:00", "2026-03-30 07:00"),
        # 02:30 does not exist that night: it runs at 03:30 local, once
        ("02:30", "Europe/Madrid", "2026-03-28 12:00", "2026-03-29 01:30"),
        # and falls back on 25 October: 09:00 is 08:00 UTC again
        ("09:00", "Europe/Madrid", "2026-10-24 08:00", "2026-10-25 08:00"),
        # 02:30 happens twice that night: only the first one counts
        ("02:30", "Europe/Madrid", "2026-10-24 12:00", "2026-10-25 00:30"),
        ("02:30", "Europe/Madrid", "2026-10-25 00:30", "2026-10-26 01:30"),
    ],
)
def test_digests_next_run_is_the_local_time(
    local: str, zone: str, after: str, expected: str
) -> None:
    at_time = parse_time(local)
    assert at_time is not None
    assert next_run(at_time, zone, at(after)) == at(expected)


def test_digests_local_label_reads_like_a_calendar() -> None:
    assert local_label(at("2026-12-02 08:00"), "Europe/Madrid") == "Wed 2 Dec, 09:00"


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [(time(9, 0), 60, time(10, 0)), (time(23, 30), 60, time(0, 30)),
     (time(0, 10), -15, time(23, 55))],
)  # fmt: skip
def test_digests_shift_wraps_midnight(start: time, minutes: int, expected: time) -> None:
    assert shift(start, minutes) == expected

"""Stored moments: UTC seconds as text, read back as the same aware moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from bot.stamps import moment_of, stamp


def test_stamps_store_utc_to_the_second() -> None:
    moment = datetime(2026, 12, 3, 16, 5, 9, 987_000, tzinfo=timezone(timedelta(hours=2)))
    assert stamp(moment) == "2026-12-03T14:05:09+00:00"


def test_stamps_read_back_the_same_moment() -> None:
    moment = datetime(2026, 12, 3, 14, 5, 9, tzinfo=UTC)
    assert moment_of(stamp(moment)) == moment


def test_stamps_keep_none_as_none() -> None:
    assert (stamp(None), moment_of(None), moment_of("")) == (None, None, None)

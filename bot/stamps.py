"""Moments kept as text in the store: UTC ISO 8601 to the second, so they sort and compare as
strings in SQL, and read back as aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime


def stamp(moment: datetime | None) -> str | None:
    """`2026-12-03T14:05:09+00:00` for an aware moment, None for none."""
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def moment_of(text: str | None) -> datetime | None:
    """The moment a stamp stands for, None for none."""
    return datetime.fromisoformat(text) if text else None

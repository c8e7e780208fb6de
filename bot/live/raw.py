"""What a feed format reader hands on: items as the feed wrote them, before any judgement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_ENTRIES = 500  # feeds list their newest first; real ones carry 10 to a few hundred items


@dataclass(frozen=True, slots=True)
class Body:
    """One version of an item's text: its content, summary or description."""

    value: str
    html: bool


@dataclass(frozen=True, slots=True)
class RawItem:
    """One feed item as written; parse_feed decides what it becomes."""

    id: str | None
    link: str | None  # absolute, any scheme: checked later
    title: str  # plain text, may be empty
    bodies: tuple[Body, ...]
    published: datetime | None  # UTC
    updated: datetime | None  # UTC
    unread_dates: tuple[str, ...] = ()  # date strings no reader understood


@dataclass(frozen=True, slots=True)
class RawFeed:
    """A feed as written: its own description, its items, what was wrong with it."""

    title: str | None
    site_url: str | None
    ttl_minutes: int | None
    items: tuple[RawItem, ...]
    problems: tuple[str, ...] = ()


def entries_cut(total: int) -> str:
    """The problem noted for a feed cut to its first MAX_ENTRIES entries."""
    return f"{total} entries: only the first {MAX_ENTRIES} were read"

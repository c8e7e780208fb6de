"""Feeds into entries: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed as plain JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

TEASER_CHARS = 600  # an entry with less text than this is only a teaser: fetch its page


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed, ready to become an article."""

    key: str  # stable: the entry's id/guid, else its canonical link
    url: str | None  # the canonical link (absolute http/https), None when the entry has none
    title: str
    published: datetime  # UTC: published, else updated, else the fetch time; clamped
    text: str  # plain text, paragraphs separated by a blank line
    teaser: bool  # short or ending in "read more": the page holds the article
    notes: tuple[str, ...]  # what was odd about it (a clamped date, ...), one line each


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: what it says about itself, its entries, and what was wrong with it."""

    title: str  # the outlet as the feed names itself (falls back to the site's host)
    site_url: str | None
    ttl_minutes: int | None  # RSS <ttl>: how long the feed asks to be left alone
    entries: tuple[Entry, ...]
    problems: tuple[str, ...]  # malformed XML, dropped or duplicate entries; one line each


def parse_feed(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    charset: str | None = None,
    fetched_at: datetime,
) -> Feed:
    """The feed in `body` (fetched from `url` at `fetched_at`); NotAFeed if it is none."""
    raise NotImplementedError

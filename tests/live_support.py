"""Builders for the live-news tests: feeds as text, fetched items, a store with sources."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.live.fetching import Fetch, Item
from bot.live.sources import Source, Sources
from bot.store import open_db

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
# The address of entries handed to landing ready-fetched: stored, never fetched, and under
# `.localhost` (loopback by RFC 6761) on the discard port, so nothing could reach outside.
UNFETCHED = "http://news.localhost:9"
RATES = (
    "The central bank raised its main interest rate by 0.5 percentage points on Tuesday, the "
    "third rise this year, as inflation stayed above 6%.\n\n"
    '"We will do whatever it takes to bring prices back under control," said Maria Lopez, the '
    "bank's governor, at a press conference in the capital.\n\n"
    "Economists had expected the move after figures showed food prices up 9% on a year earlier. "
    "Mortgage lenders said repayments would rise for about 2 million households.\n\n"
    "Shares in the country's biggest banks rose after the decision, while the currency gained "
    "against the dollar for the first time in a month, traders in the capital said."
)
FLOODS = (
    "Heavy rain flooded the river valley overnight, forcing 3,000 people from their homes and "
    "closing the main road to the coast for a second day.\n\n"
    '"The water came up faster than anyone had seen before," said Tom Harris, the mayor of the '
    "town, as rescue teams reached the last villages by boat.\n\n"
    "Forecasters warned that another 80 millimetres of rain could fall by the weekend, and the "
    "regional government promised emergency payments to every family that lost its home.\n\n"
    "Schools in the valley will stay closed until Monday, and the army has sent lorries to carry "
    "drinking water to the villages cut off by the flood."
)
FERRY = (
    "The island council approved a new ferry timetable on Monday that adds two early crossings "
    "on weekdays, a change commuters had asked for since the spring.\n\n"
    '"People who work on the island should not have to leave home at five," said Mara '
    "Lindqvist, the council's transport lead, after the vote.\n\n"
    "The operator said the extra crossings would cost about 240,000 euros a year, shared between "
    "the town and the regional transport authority. Fares will not change before March.\n\n"
    "Opposition members argued the money would be better spent repairing the north pier, which "
    "has been closed to cars since a storm in October."
)


def settings_for(path: Path, **overrides: Any) -> Settings:
    """Settings for a store at `path` whose feeds live on loopback."""
    return replace(Settings(db_path=path, allow_private_hosts=True), **overrides)


def store_with_sources(path: Path, *urls: str) -> list[Source]:
    """A new store at `path` following `urls` (named source1, source2, ...)."""
    db = open_db(path, create=True)
    sources = Sources(db)
    added = [sources.add(url, f"source{n}") for n, url in enumerate(urls, 1)]
    db.close()
    return added


def item(key: str, text: str, *, when: datetime = NOW, url: str | None = None,
         title: str = "A headline", outlet: str = "Daily Planet") -> Item:  # fmt: skip
    """A fetched entry with its full text."""
    link = url if url is not None else f"{UNFETCHED}/{key}"
    return Item(key, f"digest-{key}-{hash(text)}", link, title, when, text, outlet)


def fetched(source: Source, *items: Item) -> Fetch:
    """A successful fetch of `source` giving `items`."""
    return Fetch(source, tuple(items), f"{len(items)} entries")


def rss(title: str, entries: Sequence[tuple[str, str, str, datetime]], *, ttl: int | None = None,
        base: str = UNFETCHED) -> str:  # fmt: skip
    """An RSS 2.0 feed of (guid, title, text, published) entries."""
    items = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(head)}</title>"
        f"<link>{base}/{escape(guid)}</link><pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for guid, head, text, when in entries
    )
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{base}/</link>{ttl_tag}{items}</channel></rss>"
    )


def atom(title: str, entries: Sequence[tuple[str, str, str, datetime]]) -> str:
    """An Atom feed of (id, title, text, updated) entries."""
    items = "".join(
        f"<entry><id>{escape(key)}</id><title>{escape(head)}</title>"
        f'<link href="https://atom.example/{escape(key)}"/>'
        f'<updated>{when.isoformat()}</updated><content type="text">{escape(text)}</content>'
        "</entry>"
        for key, head, text, when in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:atom-test</id>"
        f"<updated>{NOW.isoformat()}</updated>{items}</feed>"
    )


def json_feed(title: str, entries: Sequence[tuple[str, str, str, datetime]]) -> str:
    """A JSON Feed 1.1 of (id, title, text, published) entries."""
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": title,
        "items": [
            {"id": key, "title": head, "content_text": text, "date_published": when.isoformat(),
             "url": f"https://json.example/{key}"}
            for key, head, text, when in entries
        ],
    })  # fmt: skip

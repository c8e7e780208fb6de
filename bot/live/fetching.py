"""The network half of a round: each due source's feed, and the pages of its new teasers.

Runs on the event loop (all waiting, no heavy work) and writes nothing: it gives one `Fetch` per
source (its new polling state, the new or changed entries with their full text, the messages
for the operators), which the store half then lands in one transaction.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TypeVar
from urllib.parse import urlsplit

from bot.errors import BriefingError
from bot.live import polling
from bot.live.errors import ContentError, FetchError, Gone, RetryLater
from bot.live.feeds import Entry, Feed, parse_feed
from bot.live.pages import Page, extract_page
from bot.live.sources import EntryRow, Source
from bot.live.web import Fetched, Fetcher

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Item:
    """A new or changed feed entry with its article's full text, ready to become a Record."""

    key: str
    digest: str  # of the entry as the feed gave it
    url: str | None  # canonical
    title: str
    published: datetime  # UTC
    text: str
    outlet: str  # the page's og:site_name, else the feed's title


@dataclass(frozen=True, slots=True)
class Reader:
    """The Fetcher, and where parsing runs: in the worker process when there is one, so feeds
    and pages (feedparser, trafilatura) never hold up the event loop."""

    fetcher: Fetcher
    executor: Executor | None = None

    async def feed(self, fetched: Fetched, now: datetime) -> Feed:
        """The feed in a response (NotAFeed if it is none)."""
        parse = partial(parse_feed, fetched.body, url=fetched.url, fetched_at=now,
                        content_type=fetched.content_type, charset=fetched.charset)  # fmt: skip
        return await self._off_loop(parse)

    async def page(self, fetched: Fetched) -> Page:
        """The article in a page (NoArticle if there is none)."""
        extract = partial(extract_page, fetched.body, url=fetched.url,
                          content_type=fetched.content_type, charset=fetched.charset)  # fmt: skip
        return await self._off_loop(extract)

    async def _off_loop(self, work: Callable[[], _T]) -> _T:
        if self.executor is None:
            return work()
        return await asyncio.get_running_loop().run_in_executor(self.executor, work)


@dataclass(frozen=True, slots=True)
class Fetch:
    """What fetching one source gave, before anything is stored."""

    source: Source  # with its new polling state
    items: tuple[Item, ...] = ()
    status: str = ""  # one line for `briefing-bot fetch`
    notices: tuple[str, ...] = ()  # for the operators
    ok: bool = True
    host_waits: bool = False  # the host answered 429/503 with Retry-After


def entry_digest(entry: Entry) -> str:
    """What an entry said: the same digest next round means nothing to fetch or analyse."""
    parts = (entry.key, entry.url or "", entry.title, entry.published.isoformat(), entry.text)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


async def fetch_all(
    reader: Reader,
    sources: Sequence[Source],
    known: Mapping[int, Mapping[str, EntryRow]],
    now: datetime,
    poll: timedelta,
) -> list[Fetch]:
    """Fetch every source at once (the Fetcher keeps to its per-host and overall limits)."""
    fetches = await asyncio.gather(
        *(fetch_source(reader, s, known.get(s.id, {}), now, poll) for s in sources)
    )
    return _hosts_waiting(list(fetches))


def _hosts_waiting(fetches: list[Fetch]) -> list[Fetch]:
    """A host that asked to be left alone (Retry-After) is left alone by all its sources."""
    until: dict[str, datetime] = {}
    for fetch in fetches:
        if fetch.host_waits and fetch.source.backoff_until is not None:
            host = _host(fetch.source)
            until[host] = max(until.get(host, fetch.source.backoff_until),
                              fetch.source.backoff_until)  # fmt: skip
    waiting = []
    for fetch in fetches:
        resume, current = until.get(_host(fetch.source)), fetch.source.backoff_until
        if resume is not None and (current is None or resume > current):
            fetch = replace(fetch, source=replace(fetch.source, backoff_until=resume))
        waiting.append(fetch)
    return waiting


def _host(source: Source) -> str:
    return urlsplit(source.url).hostname or ""


async def fetch_source(
    reader: Reader, source: Source, known: Mapping[str, EntryRow], now: datetime, poll: timedelta
) -> Fetch:
    """One source's feed and its new teasers' pages; a failure is its state, never raised."""
    notices: list[str] = []
    try:
        fetched = await reader.fetcher.get(source.url, etag=source.etag,
                                    last_modified=source.last_modified)  # fmt: skip
        if fetched.moved_to:
            log.info("%s moved permanently to %s", source.name, fetched.moved_to)
            source = replace(source, url=fetched.moved_to)
        if fetched.not_modified:
            following = polling.next_fetch(now, poll, max_age=fetched.max_age)
            done = polling.succeeded(source, now, following, notices)
            return Fetch(done, status="not modified", notices=tuple(notices))
        feed = await reader.feed(fetched, now)
    except (FetchError, ContentError) as error:
        return _fault(source, error, now, poll, notices)
    return await _read(reader, source, fetched, feed, known, (now, poll), notices)


async def _read(
    reader: Reader,
    source: Source,
    fetched: Fetched,
    feed: Feed,
    known: Mapping[str, EntryRow],
    clock: tuple[datetime, timedelta],
    notices: list[str],
) -> Fetch:
    """A feed that was read: its new entries, and the source's state after a success."""
    now, poll = clock
    for problem in feed.problems:
        log.warning("%s: %s", source.name, problem)
    items = await _items(reader, source, feed, known)
    following = polling.next_fetch(now, poll, ttl_minutes=feed.ttl_minutes,
                                   max_age=fetched.max_age)  # fmt: skip
    done = replace(polling.succeeded(source, now, following, notices), title=feed.title,
                   etag=fetched.etag, last_modified=fetched.last_modified)  # fmt: skip
    status = f"{len(feed.entries)} entries, {len(items)} new or changed"
    return Fetch(done, tuple(items), status, tuple(notices))


def _fault(
    source: Source, error: FetchError | ContentError, now: datetime, poll: timedelta,
    notices: list[str],
) -> Fetch:  # fmt: skip
    """The source's state after a failed fetch: gone, waiting out Retry-After, or backing off."""
    if isinstance(error, Gone):
        return _failed(polling.gone(source, now, notices), "gone (HTTP 410)", notices)
    log.warning("%s: %s", source.name, error.reason)
    if isinstance(error, RetryLater):
        waiting = polling.retry_later(source, now, error.seconds, error.reason)
        return replace(_failed(waiting, error.reason, notices), host_waits=True)
    return _failed(polling.failed(source, now, poll, error.reason, notices), error.reason, notices)


def _failed(source: Source, reason: str, notices: list[str]) -> Fetch:
    return Fetch(source, status=f"failed: {reason}", notices=tuple(notices), ok=False)


async def _items(
    reader: Reader, source: Source, feed: Feed, known: Mapping[str, EntryRow]
) -> list[Item]:
    """The entries not seen before (or changed since), each with its article's full text."""
    fresh = []
    for entry in feed.entries:
        digest = entry_digest(entry)
        row = known.get(entry.key)
        if row is None or row.digest != digest:
            fresh.append((entry, digest))
    found = await asyncio.gather(*(_item(reader, source, feed, e, d) for e, d in fresh))
    return [item for item in found if item is not None]


async def _item(
    reader: Reader, source: Source, feed: Feed, entry: Entry, digest: str
) -> Item | None:
    """An entry as an Item; a teaser's text comes from its page when that can be read."""
    page = await _page(reader, source, entry) if entry.teaser and entry.url else None
    text = page.text if page is not None and len(page.text) > len(entry.text) else entry.text
    if not text.strip():
        log.warning("%s: entry %s has no text and no readable page: left out", source.name,
                    entry.url or entry.key)  # fmt: skip
        return None
    url = (page.canonical_url if page is not None else None) or entry.url
    outlet = (page.site_name if page is not None else None) or feed.title or source.name
    title = entry.title or (page.title if page is not None else None) or ""
    return Item(entry.key, digest, url, title, entry.published, text, outlet)


async def _page(reader: Reader, source: Source, entry: Entry) -> Page | None:
    """The article page of a teaser, or None (logged) when it cannot be fetched or read."""
    assert entry.url is not None  # only teasers with a link come here
    try:
        fetched: Fetched = await reader.fetcher.get(entry.url, page=True)
        return await reader.page(fetched)
    except BriefingError as error:
        reason = getattr(error, "reason", str(error))
        log.warning("%s: page %s: %s; the feed's text is kept", source.name, entry.url, reason)
        return None

"""Feeds into entries: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed as plain JSON."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urlsplit

from bot.live.budget import PARSE_CPU_SECONDS, cpu_budget
from bot.live.decode import decode
from bot.live.errors import NotAFeed
from bot.live.jsonfeed import read_json_feed
from bot.live.raw import RawFeed, RawItem
from bot.live.text import html_to_text, plain_to_text, strip_read_more
from bot.live.xmlfeed import read_xml_feed

TEASER_CHARS = 600  # an entry with less text than this is only a teaser: fetch its page
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # older dates are typos or epoch zeros
_JSON_TYPES = ("application/feed+json", "application/json")
_HTML_START = re.compile(
    # a comment may not span "-->": with it, a run of comments backtracks exponentially
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed, ready to become an article."""

    key: str  # stable: the entry's id/guid, else its canonical link (else a hash of its text)
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
    """The feed in `body` (fetched from `url` at `fetched_at`); NotAFeed if it is none, or if
    reading it would take more CPU than any real feed needs."""
    too_costly = partial(NotAFeed, url, f"more than {PARSE_CPU_SECONDS:g} s of CPU to read")
    with cpu_budget(PARSE_CPU_SECONDS, too_costly):
        return _parse(body, url, content_type, charset, fetched_at)


def _parse(
    body: bytes, url: str, content_type: str | None, charset: str | None, fetched_at: datetime
) -> Feed:
    text = decode(body, charset=charset).lstrip("\ufeff")
    if not text.strip():
        raise NotAFeed(url, "the response is empty")
    if _HTML_START.match(text):
        raise NotAFeed(url, "an HTML page, not a feed")
    looks_json = content_type in _JSON_TYPES or text.lstrip().startswith("{")
    raw = read_json_feed(text, url) if looks_json else read_xml_feed(text, url)
    return _feed(raw, url, fetched_at.astimezone(UTC))


def _feed(raw: RawFeed, url: str, fetched_at: datetime) -> Feed:
    problems = list(raw.problems)
    entries: dict[str, Entry] = {}
    for item in raw.items:
        entry = _entry(item, fetched_at)
        if entry is None:
            problems.append(
                f"entry {item.title or '(untitled)'!r} has no link and no text: dropped"
            )
        elif entry.key in entries:
            problems.append(f"duplicate id {entry.key!r}: kept once")
        else:
            entries[entry.key] = entry
    return Feed(
        title=raw.title or _host(raw.site_url) or _host(url) or url,
        site_url=raw.site_url,
        ttl_minutes=raw.ttl_minutes,
        entries=tuple(entries.values()),
        problems=tuple(problems),
    )


def _entry(item: RawItem, fetched_at: datetime) -> Entry | None:
    """The entry `item` becomes, or None when it has neither link nor text."""
    notes: list[str] = []
    url = _web_link(item.link, notes)
    text, read_more = _text(item)
    if url is None and not text:
        return None
    published = _published(item, fetched_at, notes)
    return Entry(
        key=item.id
        or url
        or "text:" + hashlib.sha256(f"{item.title}\n{text}".encode()).hexdigest(),
        url=url,
        title=item.title or _first_words(text),
        published=published,
        text=text,
        teaser=read_more or len(text) < TEASER_CHARS,
        notes=tuple(notes),
    )


def _web_link(link: str | None, notes: list[str]) -> str | None:
    """`link` if it is an http(s) URL; anything else is noted and ignored."""
    if link is None:
        return None
    if _scheme(link) in ("http", "https") and _host(link):
        return link
    notes.append(f"link {link[:80]!r} ignored: not an http or https URL")
    return None


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme
    except ValueError:  # an unclosed "[" in the host, say
        return ""


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _text(item: RawItem) -> tuple[str, bool]:
    """The longest of the item's texts, without a trailing "read more"; and whether it had one."""
    texts = [html_to_text(b.value) if b.html else plain_to_text(b.value) for b in item.bodies]
    longest = max(texts, key=len, default="")
    return strip_read_more(longest)


def _published(item: RawItem, fetched_at: datetime, notes: list[str]) -> datetime:
    """Published, else updated, else the fetch time; impossible dates become the fetch time."""
    when = item.published or item.updated
    if when is None:
        notes.extend(
            f"unreadable date {value[:40]!r}: the fetch time is used" for value in item.unread_dates
        )
        return fetched_at
    if when > fetched_at:
        notes.append(f"date {when.isoformat()} is in the future: the fetch time is used")
        return fetched_at
    if when < EARLIEST:
        notes.append(f"date {when.isoformat()} is before 1990: the fetch time is used")
        return fetched_at
    return when


def _first_words(text: str, limit: int = 80) -> str:
    """A stand-in title: the start of the text, cut at a word."""
    first = text.split("\n\n", 1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " …"

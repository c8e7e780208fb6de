"""What a followed feed is: its polling state and health, an entry as stored, an operators'
notice, and the rules for a feed's URL and default name (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.errors import ConfigError

ACTIVE, FAILING, GONE = "active", "failing", "gone"
NAME_CHARS = 60  # a source's name is a label on every article line: longer is never a name


@dataclass(frozen=True, slots=True)
class Source:
    """One followed feed and its polling state."""

    id: int
    name: str
    url: str
    title: str | None = None  # the feed's own title, once fetched
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: datetime | None = None
    last_new: datetime | None = None  # when it last gave an article the store did not have
    state: str = ACTIVE
    error: str | None = None
    failures: int = 0  # consecutive failed fetches
    failing_since: datetime | None = None
    backoff_until: datetime | None = None
    next_fetch: datetime | None = None  # not before: the poll interval, ttl or max-age

    def due(self, now: datetime, *, interval: bool = True) -> bool:
        """Whether a round should fetch it now (`interval`: also wait for its next poll)."""
        if self.state == GONE:
            return False
        waits = [t for t in (self.next_fetch if interval else None, self.backoff_until) if t]
        return all(now >= t for t in waits)


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One feed entry as stored: the article it became and the digest of what it said."""

    source_id: int
    key: str
    article_id: str
    digest: str  # of the entry as the feed gave it: unchanged means nothing to do
    url: str | None
    text_hash: str  # of the article text, to recognise the same article under another link
    date: str  # the article's date (ISO), for retention


@dataclass(frozen=True, slots=True)
class Notice:
    """A message for the operators, queued in the round that noticed it."""

    id: int
    text: str


def check_url(url: str) -> str:
    """The URL without surrounding space; ConfigError unless it is an absolute http(s) URL."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not a feed URL: {url!r} (expected http:// or https://)")
    return url


def default_name(url: str, *, with_path: bool = False) -> str:
    """A source's name when none is given: the feed's host without `www.` (and its path)."""
    parts = urlsplit(url)
    host = (parts.hostname or url).removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if with_path else host


def check_name(name: str) -> str:
    """The name with its spaces collapsed; ConfigError when it is longer than a label should be."""
    name = " ".join(name.split())
    if len(name) > NAME_CHARS:
        raise ConfigError(
            f"a source name has at most {NAME_CHARS} characters, this one has {len(name)}: "
            "pick a shorter name"
        )
    return name

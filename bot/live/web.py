"""Polite, guarded HTTP: one httpx client, limits, conditional GET, redirects checked hop by hop."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

USER_AGENT = "briefing-bot/0.1 (+https://github.com/briefing-bot/briefing-bot)"
ROBOTS_AGENT = "briefing-bot"  # the product token robots.txt rules are matched against


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long, how far and how much one fetch may go; tests shrink the times."""

    connect: float = 10.0  # seconds to open a connection
    read: float = 30.0  # seconds between two bytes
    total: float = 120.0  # seconds for a whole response, so a slow drip cannot hold a slot
    redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024  # per response, after decompression
    per_host: int = 2  # requests at a time to one host
    overall: int = 8  # requests at a time in all
    max_wait: float = 60.0  # longest Retry-After a later call waits out; past it, RetryLater


@dataclass(frozen=True, slots=True)
class Fetched:
    """One successful answer: 200 with a body, or 304 (not modified) with none."""

    url: str  # the final URL, after redirects
    status: int  # 200 or 304
    body: bytes
    content_type: str | None  # media type, lower case, no parameters ("application/rss+xml")
    charset: str | None  # the charset parameter of Content-Type, as sent (may be wrong)
    etag: str | None  # to send back as If-None-Match next time
    last_modified: str | None  # to send back as If-Modified-Since next time
    max_age: int | None  # seconds, from Cache-Control: max-age
    moved_to: str | None  # the new permanent URL after 301/308 redirects, to store instead

    @property
    def not_modified(self) -> bool:
        """True for a 304: nothing changed since the validators were given."""
        return self.status == 304


class Fetcher:
    """An async context manager around one httpx.AsyncClient that enforces the rules of the road.

    Only http(s); hosts that resolve or connect to non-public addresses are refused unless
    `allow_private` (or they fall in `trusted_networks`, e.g. "127.0.0.1/32"); robots.txt is
    honoured for pages; 429/503 Retry-After makes that host alone wait.
    """

    def __init__(
        self,
        limits: FetchLimits | None = None,
        *,
        allow_private: bool = False,
        trusted_networks: tuple[str, ...] = (),
        user_agent: str = USER_AGENT,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.allow_private = allow_private
        self.trusted_networks = trusted_networks
        self.user_agent = user_agent

    async def __aenter__(self) -> Fetcher:
        raise NotImplementedError

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        raise NotImplementedError

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        page: bool = False,
    ) -> Fetched:
        """GET `url` within the limits; `page=True` first asks the host's robots.txt.

        Raises a `bot.live.errors.FetchError` subclass: Refused, TooLarge, TimedOut,
        TooManyRedirects, Gone, RetryLater or HttpError.
        """
        raise NotImplementedError

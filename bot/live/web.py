"""Polite, guarded HTTP: one httpx client, limits, conditional GET, redirects checked hop by hop."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

import httpx

from bot.live import headers as hdr
from bot.live.errors import (
    FetchError,
    Gone,
    HttpError,
    RetryLater,
    TimedOut,
    TooLarge,
    TooManyRedirects,
)
from bot.live.guard import AddressPolicy, check_host, check_peer, web_url
from bot.live.robots import RobotsCache

USER_AGENT = "briefing-bot/0.1"
ROBOTS_AGENT = "briefing-bot"  # the product token robots.txt rules are matched against


def user_agent(contact: str | None) -> str:
    """What sites see: the product, and how to reach whoever runs it (`BRIEFING_CONTACT`).

    A site that finds a bot misbehaving writes to the contact instead of blocking it outright.
    """
    return f"{USER_AGENT} (+{contact})" if contact else USER_AGENT


REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)


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


@dataclass(frozen=True, slots=True)
class _Answer:
    """One hop's response, read (or not) within the limits."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes


class _Trail:
    """The redirects of one fetch: counted, loops caught, the permanent move remembered."""

    def __init__(self, url: str, limit: int) -> None:
        self.visited = {url}
        self.limit = limit
        self.permanent = True  # still inside the leading run of 301/308
        self.moved_to: str | None = None

    def follow(self, answer: _Answer) -> str:
        """The next URL after the redirect `answer`; TooManyRedirects past the limit or a loop."""
        location = answer.headers.get("location")
        if not location:
            raise HttpError(answer.url, answer.status, "redirect without a Location")
        target = str(httpx.URL(answer.url).join(location.strip()))  # httpx has checked it
        if target in self.visited:
            raise TooManyRedirects(answer.url, f"redirect loop back to {target}")
        if len(self.visited) > self.limit:
            raise TooManyRedirects(answer.url, f"more than {self.limit} redirects")
        self.visited.add(target)
        self.permanent = self.permanent and answer.status in PERMANENT
        if self.permanent:
            self.moved_to = target
        return target


class Fetcher:
    """An async context manager around one httpx.AsyncClient that enforces the rules of the road.

    Only http(s); hosts that resolve or connect to non-public addresses are refused unless
    `allow_private` (or they fall in `trusted_networks`, e.g. "127.0.0.1/32"); robots.txt is
    honoured for pages (give a long-lived `robots` cache to read it once a day, not once a
    Fetcher); 429/503 with Retry-After makes that host alone wait.
    """

    def __init__(
        self,
        limits: FetchLimits | None = None,
        *,
        allow_private: bool = False,
        trusted_networks: tuple[str, ...] = (),
        user_agent: str = USER_AGENT,
        robots: RobotsCache | None = None,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.policy = AddressPolicy.of(allow_private, trusted_networks)
        self.user_agent = user_agent
        self.robots = robots or RobotsCache(ROBOTS_AGENT)  # pass one in to keep it across rounds
        self._client: httpx.AsyncClient | None = None
        self._overall = asyncio.Semaphore(self.limits.overall)
        self._per_host: dict[str, asyncio.Semaphore] = {}
        self._resume_at: dict[str, float] = {}  # host -> loop time its Retry-After ends

    async def __aenter__(self) -> Fetcher:
        limits = self.limits
        self._client = httpx.AsyncClient(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(limits.read, connect=limits.connect, pool=limits.total),
            limits=httpx.Limits(max_connections=limits.overall),
            follow_redirects=False,  # followed by hand, so each hop is checked and counted
            trust_env=False,  # no proxy from the environment: the peer check must see the host
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

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
        TooManyRedirects, Gone, RetryLater or HttpError (FetchError itself when the
        connection fails).
        """
        if page:
            web_url(url)  # refused before robots.txt is asked
            await self.robots.check(url, self._robots_body)
        conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        headers = {name: value for name, value in conditional.items() if value}
        trail = _Trail(url, self.limits.redirects)
        answer = await self._hop(url, headers)
        while answer.status in REDIRECTS:
            answer = await self._hop(trail.follow(answer), headers)
        self._check_status(answer)
        return _fetched(answer, trail.moved_to, etag, last_modified)

    async def _robots_body(self, url: str) -> bytes:
        answer = await self._hop(url, {})
        if answer.status in REDIRECTS:  # robots.txt may move once (http -> https)
            answer = await self._hop(_Trail(url, 1).follow(answer), {})
        self._check_status(answer)
        return answer.body

    async def _hop(self, url: str, headers: dict[str, str]) -> _Answer:
        """One request: checked, throttled, timed, read up to the size limit."""
        target = web_url(url)
        await check_host(target, self.policy)
        await self._wait_for(target.host, url)
        async with self._slot(target.host):
            try:
                async with asyncio.timeout(self.limits.total):
                    return await self._request(url, headers)
            except (TimeoutError, httpx.TimeoutException) as error:
                raise TimedOut(url, "no answer in time") from error
            except httpx.HTTPError as error:
                raise FetchError(url, f"request failed: {error or type(error).__name__}") from error

    async def _request(self, url: str, headers: dict[str, str]) -> _Answer:
        if self._client is None:
            raise RuntimeError("use the Fetcher as 'async with Fetcher() as fetcher'")
        async with self._client.stream("GET", url, headers=headers) as response:
            check_peer(url, response, self.policy)
            body = await self._read(url, response) if response.status_code == 200 else b""
            return _Answer(url, response.status_code, response.headers, body)

    async def _read(self, url: str, response: httpx.Response) -> bytes:
        """The decoded body, or TooLarge as soon as it passes the limit."""
        limit = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge(url, f"{int(declared)} bytes announced, over the {limit} byte limit")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise TooLarge(url, f"over the {limit} byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        """At most `per_host` requests to one host and `overall` in all."""
        per_host = self._per_host.setdefault(host, asyncio.Semaphore(self.limits.per_host))
        async with self._overall, per_host:
            yield

    async def _wait_for(self, host: str, url: str) -> None:
        """Wait out a host's Retry-After, or RetryLater when it is longer than `max_wait`."""
        loop = asyncio.get_running_loop()
        remaining = self._resume_at.get(host, 0.0) - loop.time()
        if remaining > self.limits.max_wait:
            raise RetryLater(url, remaining)
        if remaining > 0:
            await asyncio.sleep(remaining)

    def _check_status(self, answer: _Answer) -> None:
        """Raise the error an unwanted status means; 429/503 also make the host wait."""
        status = answer.status
        if status in (200, 304):
            return
        if status == 410:
            raise Gone(answer.url, "HTTP 410: removed for good")
        wait = hdr.retry_after(answer.headers.get("retry-after"), datetime.now(UTC))
        if status in (429, 503) and wait is not None:
            host = httpx.URL(answer.url).host
            loop = asyncio.get_running_loop()
            self._resume_at[host] = max(self._resume_at.get(host, 0.0), loop.time() + wait)
            raise RetryLater(answer.url, wait)
        raise HttpError(answer.url, status)


def _fetched(
    answer: _Answer, moved_to: str | None, etag: str | None, modified: str | None
) -> Fetched:
    """The caller's view of a 200 or 304; a 304 keeps the validators it was asked with."""
    headers = answer.headers
    content_type = headers.get("content-type")
    return Fetched(
        url=answer.url,
        status=answer.status,
        body=answer.body,
        content_type=hdr.media_type(content_type),
        charset=hdr.charset(content_type),
        etag=headers.get("etag") or etag,
        last_modified=headers.get("last-modified") or modified,
        max_age=hdr.max_age(headers.get("cache-control")),
        moved_to=moved_to,
    )

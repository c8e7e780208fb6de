"""robots.txt for article pages: fetched once per site, kept a day, asked before every page."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from bot.live.errors import FetchError, Gone, HttpError, Refused, RetryLater

KEEP_SECONDS = 24 * 3600.0  # RFC 9309: a cached robots.txt should not be used for longer
FetchBody = Callable[[str], Awaitable[bytes]]


class RobotsCache:
    """The robots.txt rules of each site for a day; may outlive one Fetcher (one round)."""

    def __init__(self, agent: str) -> None:
        self._agent = agent
        self._rules: dict[str, tuple[RobotFileParser, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def check(self, url: str, fetch: FetchBody) -> None:
        """Refuse `url` if its site's robots.txt (read through `fetch`) disallows it."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        rules = await self._rules_for(site, fetch)
        if not rules.can_fetch(self._agent, url):
            raise Refused(url, "robots.txt disallows it")

    async def _rules_for(self, site: str, fetch: FetchBody) -> RobotFileParser:
        async with self._locks.setdefault(site, asyncio.Lock()):  # one fetch per site at a time
            cached = self._rules.get(site)
            if cached is not None and cached[1] > time.monotonic():
                return cached[0]
            rules = await _read(site, fetch)
            self._rules[site] = (rules, time.monotonic() + KEEP_SECONDS)
            return rules


async def _read(site: str, fetch: FetchBody) -> RobotFileParser:
    """The site's rules; a missing robots.txt (4xx) allows everything."""
    rules = RobotFileParser(site + "/robots.txt")
    try:
        body = await fetch(site + "/robots.txt")
    except (Gone, HttpError) as error:
        if isinstance(error, HttpError) and error.status >= 500:
            raise Refused(site, f"robots.txt unavailable ({error.reason})") from error
        body = b""
    except RetryLater:
        raise
    except FetchError as error:  # unreachable: RFC 9309 says assume nothing is allowed
        raise Refused(site, f"robots.txt unavailable ({error.reason})") from error
    rules.parse(body.decode("utf-8", errors="replace").splitlines())
    return rules

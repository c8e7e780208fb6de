"""A news web site on loopback: feeds and pages from tests/data/feeds, programmable per route.

    async with NewsServer() as news:                      # or the `news_server` fixture
        news.serve_fixture("/rss", "rss20.xml")           # content type from the suffix
        news.serve("/feed", b"<rss ...>", headers={"ETag": '"v1"'})  # answers 304 to If-None-Match
        news.redirect("/old", "/rss", status=301)
        news.hang("/slow")                                # accepts, never answers
        news.huge("/big", 20 * 1024 * 1024)               # streamed filler
        news.url("/rss")                                  # http://127.0.0.1:PORT/rss
        news.hits("/rss"), news.seen[-1].headers          # what the client sent
        news.peak_in_flight                               # most requests answered at once

Routes may be replaced at any time (a feed gains an item); unknown paths answer 404.
"""

from __future__ import annotations

import asyncio
import gzip as gzip_codec
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from multidict import CIMultiDictProxy

FIXTURES = Path(__file__).parent / "data" / "feeds"
_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".html": "text/html",
    ".txt": "text/plain",
}
_CHUNK = 64 * 1024


@dataclass
class Route:
    """How one path answers."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    hang: bool = False  # accept the request and never answer
    gzip: bool = False  # Content-Encoding: gzip
    filler: int = 0  # stream this many bytes of filler instead of `body`
    declare_length: bool = True  # send Content-Length for filler


@dataclass(frozen=True)
class Seen:
    """A request as the server received it."""

    path: str
    headers: CIMultiDictProxy[str]


class NewsServer:
    """An aiohttp server on 127.0.0.1 at a free port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.port = 0
        self.in_flight = 0  # requests being answered now
        self.peak_in_flight = 0  # the most answered at once
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()

    async def __aenter__(self) -> NewsServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._closing.set()  # hanging handlers return, so shutdown does not wait on them
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ---- programming

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def serve(
        self,
        path: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str | None = "application/rss+xml; charset=utf-8",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        gzip: bool = False,
    ) -> Route:
        """Answer `path` with `body` (str is sent as UTF-8)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = dict(headers or {})
        if content_type is not None:
            all_headers.setdefault("Content-Type", content_type)
        route = Route(body=data, status=status, headers=all_headers, delay=delay, gzip=gzip)
        self.routes[path] = route
        return route

    def serve_fixture(self, path: str, name: str, **options: object) -> Route:
        """Answer `path` with tests/data/feeds/`name`; the content type follows the suffix."""
        file = FIXTURES / name
        options.setdefault("content_type", _TYPES.get(file.suffix, "application/octet-stream"))
        return self.serve(path, file.read_bytes(), **options)  # type: ignore[arg-type]

    def redirect(self, path: str, to: str, *, status: int = 301) -> Route:
        """Answer `path` with a redirect to `to` (a path on this server or a full URL)."""
        return self.serve(path, b"", status=status, content_type=None, headers={"Location": to})

    def hang(self, path: str) -> Route:
        """Accept requests to `path` and never answer."""
        self.routes[path] = route = Route(hang=True)
        return route

    def huge(self, path: str, size: int, *, declare_length: bool = True) -> Route:
        """Stream `size` bytes of filler at `path` (with or without Content-Length)."""
        headers = {"Content-Type": "application/rss+xml"}
        self.routes[path] = route = Route(
            headers=headers, filler=size, declare_length=declare_length
        )
        return route

    def hits(self, path: str) -> int:
        """How many requests reached `path`."""
        return sum(1 for seen in self.seen if seen.path == path)

    # ---- answering

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(Seen(request.path, request.headers))
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        route = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.hang:
            await self._closing.wait()
            return web.Response(status=503)
        if route.delay:
            await asyncio.sleep(route.delay)
        if route.filler:
            return await _stream_filler(request, route)
        if _not_modified(request, route):
            return web.Response(status=304, headers=_validators(route))
        body = gzip_codec.compress(route.body) if route.gzip else route.body
        headers = dict(route.headers)
        if route.gzip:
            headers["Content-Encoding"] = "gzip"
        return web.Response(status=route.status, body=body, headers=headers)


def _validators(route: Route) -> dict[str, str]:
    return {k: v for k, v in route.headers.items() if k.lower() in ("etag", "last-modified")}


def _not_modified(request: web.Request, route: Route) -> bool:
    """True when the client's validators match the route's (ETag first, as HTTP says)."""
    if route.status != 200:
        return False
    validators = {k.lower(): v for k, v in _validators(route).items()}
    if "If-None-Match" in request.headers:
        return request.headers["If-None-Match"] == validators.get("etag")
    since = request.headers.get("If-Modified-Since")
    return since is not None and since == validators.get("last-modified")


async def _stream_filler(request: web.Request, route: Route) -> web.StreamResponse:
    response = web.StreamResponse(status=200, headers=route.headers)
    if route.declare_length:
        response.content_length = route.filler
    await response.prepare(request)
    chunk = b"x" * _CHUNK
    sent = 0
    try:
        while sent < route.filler:
            piece = chunk[: min(_CHUNK, route.filler - sent)]
            await response.write(piece)
            sent += len(piece)
    except (ConnectionResetError, ConnectionError):
        pass  # the client stopped reading, as it should past its limit
    return response


@pytest.fixture
async def news_server() -> AsyncIterator[NewsServer]:
    """A NewsServer on 127.0.0.1 at a free port, stopped after the test."""
    async with NewsServer() as server:
        yield server

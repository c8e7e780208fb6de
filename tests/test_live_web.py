"""The Fetcher against the loopback news site: limits, validators, redirects, faults, safety."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.live.errors import (
    FetchError,
    Gone,
    HttpError,
    Refused,
    RetryLater,
    TimedOut,
    TooLarge,
    TooManyRedirects,
)
from bot.live.guard import AddressPolicy, check_peer
from bot.live.robots import RobotsCache
from bot.live.web import ROBOTS_AGENT, USER_AGENT, Fetcher, FetchLimits
from tests.news_server import NewsServer

FAST = FetchLimits(connect=0.5, read=0.4, total=1.5, max_wait=1.0)
RSS = "<rss version='2.0'><channel><title>T</title></channel></rss>"
MB = 1024 * 1024


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(FAST, allow_private=True) as client:
        yield client


async def test_live_web_get_returns_body_and_caching_hints(news_server: NewsServer, fetcher):
    news_server.serve(
        "/rss",
        RSS,
        content_type="Application/RSS+XML; charset=ISO-8859-1",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 02 Dec 2026 10:00:00 GMT",
                 "Cache-Control": "public, max-age=1800"},
    )  # fmt: skip
    got = await fetcher.get(news_server.url("/rss"))
    assert (got.status, got.body) == (200, RSS.encode())
    assert (got.content_type, got.charset) == ("application/rss+xml", "iso-8859-1")
    assert (got.etag, got.last_modified) == ('"v1"', "Wed, 02 Dec 2026 10:00:00 GMT")
    assert (got.max_age, got.moved_to, got.url) == (1800, None, news_server.url("/rss"))
    sent = news_server.seen[-1].headers
    assert sent["User-Agent"] == USER_AGENT == "briefing-bot/0.1"
    assert sent["Accept-Encoding"] == "gzip, deflate"


async def test_live_web_conditional_get_costs_nothing(news_server: NewsServer, fetcher):
    news_server.serve("/rss", RSS, headers={"ETag": '"v1"'})
    got = await fetcher.get(news_server.url("/rss"), etag='"v1"')
    assert (got.status, got.body, got.not_modified, got.etag) == (304, b"", True, '"v1"')
    assert news_server.seen[-1].headers["If-None-Match"] == '"v1"'


async def test_live_web_if_modified_since_is_sent(news_server: NewsServer, fetcher):
    stamp = "Wed, 02 Dec 2026 10:00:00 GMT"
    news_server.serve("/rss", RSS, headers={"Last-Modified": stamp})
    got = await fetcher.get(news_server.url("/rss"), last_modified=stamp)
    assert (got.status, got.last_modified) == (304, stamp)
    assert news_server.seen[-1].headers["If-Modified-Since"] == stamp
    older = "Mon, 01 Jan 2024 00:00:00 GMT"
    fresh = await fetcher.get(news_server.url("/rss"), last_modified=older)
    assert (fresh.status, fresh.body) == (200, RSS.encode())


async def test_live_web_gzip_is_decoded(news_server: NewsServer, fetcher):
    news_server.serve("/rss", RSS * 50, gzip=True)
    got = await fetcher.get(news_server.url("/rss"))
    assert got.body == (RSS * 50).encode()


@pytest.mark.parametrize("declare_length", [True, False])
async def test_live_web_20_mb_response_is_too_large(news_server, fetcher, declare_length):
    news_server.huge("/big", 20 * MB, declare_length=declare_length)
    started = time.monotonic()
    with pytest.raises(TooLarge, match="10485760 byte limit"):
        await fetcher.get(news_server.url("/big"))
    assert time.monotonic() - started < 2.0


async def test_live_web_gzip_bomb_stops_at_the_limit(news_server: NewsServer, fetcher):
    news_server.serve("/bomb", b"\0" * 20 * MB, gzip=True)  # about 20 KB on the wire
    with pytest.raises(TooLarge, match="over the 10485760 byte limit"):
        await fetcher.get(news_server.url("/bomb"))


async def test_live_web_body_at_the_limit_is_read(news_server: NewsServer):
    news_server.huge("/big", MB)
    async with Fetcher(FetchLimits(max_bytes=MB), allow_private=True) as fetcher:
        got = await fetcher.get(news_server.url("/big"))
    assert len(got.body) == MB


async def test_live_web_server_that_never_answers_times_out(news_server: NewsServer, fetcher):
    news_server.hang("/slow")
    started = time.monotonic()
    with pytest.raises(TimedOut, match="no answer in time"):
        await fetcher.get(news_server.url("/slow"))
    assert 0.35 < time.monotonic() - started < 1.5


async def test_live_web_slow_drip_stops_at_the_total_limit(news_server: NewsServer):
    news_server.serve("/drip", RSS, delay=0.6)
    limits = FetchLimits(read=5.0, total=0.3)
    async with Fetcher(limits, allow_private=True) as fetcher:
        with pytest.raises(TimedOut):
            await fetcher.get(news_server.url("/drip"))


async def test_live_web_redirect_loop_is_refused(news_server: NewsServer, fetcher):
    news_server.redirect("/a", "/b", status=302)
    news_server.redirect("/b", "/a", status=302)
    with pytest.raises(TooManyRedirects, match="redirect loop"):
        await fetcher.get(news_server.url("/a"))
    assert (news_server.hits("/a"), news_server.hits("/b")) == (1, 1)


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
async def test_live_web_at_most_five_redirects(news_server, fetcher, hops, ok):
    for n in range(hops):
        news_server.redirect(f"/r{n}", f"/r{n + 1}", status=302)
    news_server.serve(f"/r{hops}", RSS)
    if ok:
        assert (await fetcher.get(news_server.url("/r0"))).url == news_server.url(f"/r{hops}")
    else:
        with pytest.raises(TooManyRedirects, match="more than 5 redirects"):
            await fetcher.get(news_server.url("/r0"))


@pytest.mark.parametrize(
    ("codes", "moved"),
    [((301,), "/r1"), ((308,), "/r1"), ((302,), None), ((301, 301), "/r2"),
     ((301, 302), "/r1"), ((307, 301), None)],
)  # fmt: skip
async def test_live_web_permanent_redirects_give_the_new_url(news_server, fetcher, codes, moved):
    for n, code in enumerate(codes):
        news_server.redirect(f"/r{n}", f"/r{n + 1}", status=code)
    news_server.serve(f"/r{len(codes)}", RSS)
    got = await fetcher.get(news_server.url("/r0"))
    assert got.moved_to == (news_server.url(moved) if moved else None)
    assert got.url == news_server.url(f"/r{len(codes)}")


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [(410, Gone, "410"), (404, HttpError, "HTTP 404"), (500, HttpError, "HTTP 500"),
     (503, HttpError, "HTTP 503"), (429, HttpError, "HTTP 429")],
)  # fmt: skip
async def test_live_web_unwanted_status_raises(news_server, fetcher, status, error, message):
    news_server.serve("/x", "no", status=status)
    with pytest.raises(error, match=message):
        await fetcher.get(news_server.url("/x"))


async def test_live_web_http_error_carries_its_status(news_server: NewsServer, fetcher):
    news_server.serve("/x", "no", status=502)
    with pytest.raises(HttpError) as caught:
        await fetcher.get(news_server.url("/x"))
    assert caught.value.status == 502


@pytest.mark.parametrize("status", [429, 503])
async def test_live_web_retry_after_makes_that_host_alone_wait(news_server, fetcher, status):
    news_server.serve("/busy", "slow down", status=status, headers={"Retry-After": "1"})
    news_server.serve("/rss", RSS)
    with pytest.raises(RetryLater) as caught:
        await fetcher.get(news_server.url("/busy"))
    assert caught.value.seconds == 1.0
    other_host = news_server.url("/rss").replace("127.0.0.1", "localhost")
    started = time.monotonic()
    await fetcher.get(other_host)
    assert time.monotonic() - started < 0.5
    await fetcher.get(news_server.url("/rss"))
    assert 0.5 < time.monotonic() - started < 1.8


async def test_live_web_long_retry_after_is_not_waited_in_a_call(news_server: NewsServer):
    news_server.serve("/busy", "later", status=429, headers={"Retry-After": "3600"})
    news_server.serve("/rss", RSS)
    async with Fetcher(FAST, allow_private=True) as fetcher:
        with pytest.raises(RetryLater):
            await fetcher.get(news_server.url("/busy"))
        with pytest.raises(RetryLater) as caught:
            await fetcher.get(news_server.url("/rss"))
    assert 3590 < caught.value.seconds <= 3600
    assert news_server.hits("/rss") == 0


async def test_live_web_at_most_two_requests_per_host(news_server: NewsServer, fetcher):
    news_server.serve("/rss", RSS, delay=0.15)
    await asyncio.gather(*(fetcher.get(news_server.url("/rss")) for _ in range(5)))
    assert news_server.peak_in_flight == 2


async def test_live_web_overall_limit_spans_hosts(news_server: NewsServer):
    news_server.serve("/rss", RSS, delay=0.15)
    hosts = ["127.0.0.1", "localhost"]  # two hosts, two requests each, but only three slots
    urls = [news_server.url("/rss").replace("127.0.0.1", host) for host in hosts for _ in range(3)]
    async with Fetcher(FetchLimits(overall=3), allow_private=True) as fetcher:
        await asyncio.gather(*(fetcher.get(url) for url in urls))
    assert news_server.peak_in_flight == 3


# ---- safety


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://x/", "data:,hello", "/rss"]
)
async def test_live_web_refuses_other_schemes(fetcher, url):
    with pytest.raises(Refused, match="only http and https"):
        await fetcher.get(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [("http://", "no host"), ("", "not "), ("http://\x00/", "non-printable"),
     ("https:///path", "no host")],
)  # fmt: skip
async def test_live_web_refuses_malformed_urls(fetcher, url, reason):
    with pytest.raises(Refused, match=reason):
        await fetcher.get(url)
    with pytest.raises(Refused, match=reason):
        await fetcher.get(url, page=True)


async def test_live_web_unreadable_redirect_is_a_fetch_error(news_server: NewsServer, fetcher):
    news_server.redirect("/r", "http://example.org:port/")
    with pytest.raises(FetchError, match="request failed: Invalid URL in location header"):
        await fetcher.get(news_server.url("/r"))


async def test_live_web_refuses_loopback_when_private_is_not_allowed(news_server: NewsServer):
    news_server.serve("/rss", RSS)
    async with Fetcher(FAST) as fetcher:
        with pytest.raises(Refused, match=r"non-public address \(127\.0\.0\.1\)"):
            await fetcher.get(news_server.url("/rss"))
        with pytest.raises(Refused, match="localhost resolves to a non-public address"):
            await fetcher.get(news_server.url("/rss").replace("127.0.0.1", "localhost"))
    assert news_server.hits("/rss") == 0


@pytest.mark.parametrize(
    "target",
    ["http://127.0.0.2:{port}/rss", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data",
     "http://[::1]:{port}/", "file:///etc/passwd"],
)  # fmt: skip
async def test_live_web_refuses_a_redirect_to_a_private_address(news_server, target):
    news_server.redirect("/feed", target.format(port=news_server.port), status=302)
    async with Fetcher(FAST, trusted_networks=("127.0.0.1/32",)) as fetcher:
        with pytest.raises(Refused):
            await fetcher.get(news_server.url("/feed"))
    assert news_server.hits("/feed") == 1
    assert news_server.hits("/rss") == 0


async def test_live_web_trusted_network_is_fetched(news_server: NewsServer):
    news_server.serve("/rss", RSS)
    async with Fetcher(FAST, trusted_networks=("127.0.0.1/32",)) as fetcher:
        assert (await fetcher.get(news_server.url("/rss"))).body == RSS.encode()
        assert (await fetcher.get(news_server.url("/rss"))).body == RSS.encode()  # kept alive


async def test_live_web_checks_the_address_actually_connected_to(news_server: NewsServer):
    news_server.serve("/rss", RSS)
    url = news_server.url("/rss").replace("127.0.0.1", "localhost")
    async with httpx.AsyncClient() as client, client.stream("GET", url) as response:
        check_peer(url, response, AddressPolicy.of(False, ["127.0.0.0/8", "::1/128"]))
        with pytest.raises(Refused, match="connected to a non-public address"):
            check_peer(url, response, AddressPolicy.of(False, ["203.0.113.0/24"]))


@pytest.mark.parametrize(
    ("address", "allowed"),
    [("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
     ("169.254.169.254", False), ("224.0.0.1", False), ("239.1.2.3", False), ("0.0.0.0", False),
     ("100.64.0.1", False), ("240.0.0.1", False), ("::1", False), ("fe80::1", False),
     ("fc00::1", False), ("ff02::1", False), ("::ffff:127.0.0.1", False),
     ("::ffff:10.0.0.1", False),
     ("93.184.216.34", True), ("2606:4700::1111", True), ("not an ip", False)],
)  # fmt: skip
def test_live_web_address_policy(address, allowed):
    assert AddressPolicy().allows(address) is allowed
    assert AddressPolicy(allow_private=True).allows(address) is True


@pytest.mark.parametrize("url", ["http://no-such-host.invalid/feed", "http://bücher.invalid/"])
async def test_live_web_unresolvable_host_is_a_fetch_error(url):
    async with Fetcher(FAST) as strict:
        with pytest.raises(FetchError, match="cannot resolve"):
            await strict.get(url)


async def test_live_web_connection_refused_is_a_fetch_error(news_server: NewsServer, fetcher):
    port = news_server.port
    await news_server.__aexit__(None, None, None)
    with pytest.raises(FetchError, match="request failed: All connection attempts failed"):
        await fetcher.get(f"http://127.0.0.1:{port}/rss")


# ---- robots.txt


async def test_live_web_robots_txt_is_honoured_for_pages(news_server: NewsServer, fetcher):
    news_server.serve(
        "/robots.txt",
        "User-agent: briefing-bot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n",
        content_type="text/plain",
    )
    news_server.serve("/news/1", "<p>ok</p>", content_type="text/html")
    news_server.serve("/private/2", "<p>no</p>", content_type="text/html")
    assert (await fetcher.get(news_server.url("/news/1"), page=True)).body == b"<p>ok</p>"
    with pytest.raises(Refused, match=r"robots\.txt disallows it"):
        await fetcher.get(news_server.url("/private/2"), page=True)
    assert news_server.hits("/private/2") == 0
    assert news_server.hits("/robots.txt") == 1
    assert (await fetcher.get(news_server.url("/private/2"))).status == 200  # feeds: no robots


async def test_live_web_robots_cache_outlives_a_fetcher(news_server: NewsServer):
    news_server.serve(
        "/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    news_server.serve("/news/1", "<p>ok</p>", content_type="text/html")
    robots = RobotsCache(ROBOTS_AGENT)
    for _ in range(2):  # two rounds, two Fetchers, one cache
        async with Fetcher(FAST, allow_private=True, robots=robots) as fetcher:
            await fetcher.get(news_server.url("/news/1"), page=True)
            with pytest.raises(Refused, match=r"robots\.txt disallows it"):
                await fetcher.get(news_server.url("/private/1"), page=True)
    assert (news_server.hits("/robots.txt"), news_server.hits("/news/1")) == (1, 2)


async def test_live_web_missing_robots_txt_allows_all(news_server: NewsServer, fetcher):
    news_server.serve("/news/1", "<p>ok</p>", content_type="text/html")
    assert (await fetcher.get(news_server.url("/news/1"), page=True)).status == 200
    assert news_server.hits("/robots.txt") == 1


async def test_live_web_failing_robots_txt_refuses_pages(news_server: NewsServer, fetcher):
    news_server.serve("/robots.txt", "oops", status=500, content_type="text/plain")
    news_server.serve("/news/1", "<p>ok</p>", content_type="text/html")
    with pytest.raises(Refused, match=r"robots\.txt unavailable"):
        await fetcher.get(news_server.url("/news/1"), page=True)
    assert news_server.hits("/news/1") == 0

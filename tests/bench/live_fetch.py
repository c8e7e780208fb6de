"""Live-layer benchmark: fetching over loopback, parsing feeds, extracting article pages.

Run: `python tests/bench/live_fetch.py [--requests 200] [--entries 50]`.

- fetch: `--requests` GETs of a 50-entry feed from the loopback news site through one Fetcher
  (limits as in production: 2 per host, 8 overall), spread over two host names; wall time and
  requests per second.
- parse: parse_feed on a generated RSS 2.0 feed of `--entries` entries of about 1,500
  characters of HTML each; median of 5 runs, and per entry.
- page: extract_page on the article fixture tests/data/feeds/storm-barrier.html; median of 20.
All input is generated here or read from tests/data/feeds; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.live.feeds import parse_feed
from bot.live.pages import extract_page
from bot.live.web import Fetcher
from tests.news_server import FIXTURES, NewsServer

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
PARAGRAPH = (
    "The council met on {n} to discuss the harbour plan, which would add two ferry crossings "
    "and repair the north pier before the winter storms. Members disagreed about the cost."
)


def generated_feed(entries: int) -> bytes:
    """An RSS 2.0 feed of `entries` items, each of eight paragraphs (about 1,500 characters)."""
    items = []
    for n in range(entries):
        html = "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for _ in range(8))
        items.append(
            f"<item><title>Story {n}</title><link>https://bench.example/{n}</link>"
            f"<guid>bench-{n}</guid><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>"
            f"<description><![CDATA[{html}]]></description></item>"
        )
    channel = "<title>Bench</title><link>https://bench.example/</link>" + "".join(items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel>{channel}</channel></rss>".encode()


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def fetch_rate(requests: int, body: bytes) -> tuple[float, int]:
    """Wall seconds for `requests` GETs, and how many were answered 200."""
    async with NewsServer() as news:
        news.serve("/feed", body)
        urls = [news.url("/feed"), news.url("/feed").replace("127.0.0.1", "localhost")]
        async with Fetcher(allow_private=True) as fetcher:
            started = time.perf_counter()
            answers = await asyncio.gather(*(fetcher.get(urls[n % 2]) for n in range(requests)))
            wall = time.perf_counter() - started
    return wall, sum(1 for answer in answers if answer.status == 200)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    options = parser.parse_args()
    feed = generated_feed(options.entries)
    wall, ok = asyncio.run(fetch_rate(options.requests, generated_feed(50)))
    print(f"fetch: {ok}/{options.requests} x {len(generated_feed(50)):,} bytes in {wall:.2f} s "
          f"= {options.requests / wall:.0f} requests/s")  # fmt: skip
    parsed = parse_feed(feed, url="https://bench.example/feed", fetched_at=NOW)
    seconds = median_seconds(
        lambda: parse_feed(feed, url="https://bench.example/feed", fetched_at=NOW), 5
    )
    print(f"parse: {len(parsed.entries)} entries, {len(feed):,} bytes in {seconds * 1000:.0f} ms "
          f"= {seconds * 1000 / len(parsed.entries):.2f} ms per entry")  # fmt: skip
    page = (FIXTURES / "storm-barrier.html").read_bytes()
    extract_page(page, url="https://bench.example/a")  # trafilatura's first call loads its parts
    seconds = median_seconds(lambda: extract_page(page, url="https://bench.example/a"), 20)
    print(f"page: {len(page):,} bytes of HTML in {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()

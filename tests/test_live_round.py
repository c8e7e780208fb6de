"""Whole rounds against the loopback news site: feeds, teasers, faults, operators' notices."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from bot.live.round import run_round
from bot.live.sources import Sources
from bot.store import open_db
from tests.live_support import (
    FERRY,
    FLOODS,
    NOW,
    RATES,
    atom,
    json_feed,
    rss,
    settings_for,
    store_with_sources,
)
from tests.news_server import NewsServer

DAY = NOW - timedelta(hours=3)


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = open_db(path)
    try:
        return [tuple(row.values()) for row in db.query(sql)]
    finally:
        db.close()


def _source(path: Path, name: str) -> tuple[object, ...]:
    db = open_db(path)
    try:
        found = Sources(db).find(name)
        assert found is not None
        return (found.state, found.error, found.failures, found.url)
    finally:
        db.close()


def _notices(path: Path) -> list[str]:
    return [str(row[0]) for row in _query(path, "select text from source_notices order by id")]


async def test_live_round_stores_rss_atom_and_json_feed_entries(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    news_server.serve("/atom", atom("Northern Ledger", [("a1", "Valley floods", FLOODS, DAY)]),
                      content_type="application/atom+xml")  # fmt: skip
    news_server.serve("/json", json_feed("Orchard Weekly", [("j1", "Ferry times", FERRY, DAY)]),
                      content_type="application/feed+json")  # fmt: skip
    path = tmp_path / "b.db"
    store_with_sources(path, *(news_server.url(p) for p in ("/rss", "/atom", "/json")))
    report = await run_round(settings_for(path), now=NOW)
    assert [(s.name, s.added, s.ok) for s in report.sources] == [
        ("source1", 1, True), ("source2", 1, True), ("source3", 1, True),
    ]  # fmt: skip
    assert sorted(_query(path, "select source, headline, date from articles")) == [
        ("Daily Planet", "Rates up", "2026-12-03"),
        ("Northern Ledger", "Valley floods", "2026-12-03"),
        ("Orchard Weekly", "Ferry times", "2026-12-03"),
    ]
    speakers = _query(path, "select speaker from quotes where kind = 'direct' order by speaker")
    assert speakers == [("Mara Lindqvist",), ("Maria Lopez",), ("Tom Harris",)]


async def test_live_round_asks_politely_and_skips_what_it_knows(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]),
                      headers={"ETag": '"v1"'})  # fmt: skip
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/rss"))
    first = await run_round(settings_for(path), now=NOW)
    early = await run_round(settings_for(path), now=NOW + timedelta(minutes=5))
    again = await run_round(settings_for(path), now=NOW + timedelta(minutes=20))
    assert (len(first.added), early.sources, again.sources[0].status) == (1, (), "not modified")
    assert news_server.seen[-1].headers["If-None-Match"] == '"v1"'
    assert news_server.hits("/rss") == 2


async def test_live_round_names_the_operator_s_contact(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/rss"))
    await run_round(settings_for(path, contact="news-desk@example.org"), now=NOW)
    agents = {seen.headers["User-Agent"] for seen in news_server.seen}
    assert agents == {"briefing-bot/0.1 (+news-desk@example.org)"}


async def test_live_round_reads_a_teaser_s_page(news_server: NewsServer, tmp_path: Path) -> None:
    news_server.serve_fixture("/teaser", "teaser.xml")
    news_server.serve_fixture("/articles/storm-barrier.html", "storm-barrier.html")
    news_server.serve_fixture("/articles/farm-cp1251.html", "farm-cp1251.html")
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/teaser"))
    report = await run_round(settings_for(path), now=NOW)
    assert len(report.added) == 2
    rows = dict(_query(path, "select headline, text from articles"))
    assert "Engineers closed the storm barrier" in rows["Storm barrier tested ahead of winter"]
    assert len(rows["Storm barrier tested ahead of winter"]) > 600
    assert "Continue reading" not in rows["Storm barrier tested ahead of winter"]
    assert news_server.hits("/articles/storm-barrier.html") == 1


async def test_live_round_follows_a_permanent_redirect_and_stops_at_410(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/new", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    news_server.redirect("/old", "/new", status=301)
    news_server.serve("/dead", b"", status=410)
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/old"), news_server.url("/dead"))
    report = await run_round(settings_for(path), now=NOW)
    assert len(report.added) == 1
    assert _source(path, "source1") == ("active", None, 0, news_server.url("/new"))
    assert _source(path, "source2")[:2] == ("gone", "gone (HTTP 410): not fetched any more")
    later = await run_round(settings_for(path), now=NOW + timedelta(days=1))
    assert [s.name for s in later.sources] == ["source1"]
    assert news_server.hits("/dead") == 1
    assert len(_notices(path)) == 1


async def test_live_round_backs_off_then_tells_the_operators_once_then_once_more_when_back(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/rss", b"oops", status=500)
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/rss"))
    settings = settings_for(path)
    await run_round(settings, now=NOW)
    assert _source(path, "source1")[:3] == ("active", "HTTP 500", 1)
    soon = await run_round(settings, now=NOW + timedelta(minutes=10))
    assert soon.sources == ()  # backing off: 15, 30, 60 ... minutes, 6 hours at most
    tried = []
    for hours in (1, 4, 10, 17, 23, 25, 30):
        report = await run_round(settings, now=NOW + timedelta(hours=hours))
        tried += [hours] if report.sources else []
    assert tried == [1, 4, 10, 17, 23, 30]
    assert _source(path, "source1")[0] == "failing"
    assert len(_notices(path)) == 1
    assert "source1 has failed for 30 hours: HTTP 500" in _notices(path)[0]
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    back = await run_round(settings, now=NOW + timedelta(hours=40))
    assert len(back.added) == 1
    assert _source(path, "source1") == ("active", None, 0, news_server.url("/rss"))
    assert len(_notices(path)) == 2
    assert _notices(path)[1].startswith("✅ source1 is back")


async def test_live_round_logs_a_bad_source_once_and_goes_on(
    news_server: NewsServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    news_server.serve("/page", "<!doctype html><html><body>Home</body></html>",
                      content_type="text/html")  # fmt: skip
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/page"), news_server.url("/rss"))
    with caplog.at_level(logging.WARNING, logger="bot.live"):
        report = await run_round(settings_for(path), now=NOW)
    assert [(s.name, s.ok, s.added) for s in report.sources] == [
        ("source1", False, 0), ("source2", True, 1),
    ]  # fmt: skip
    assert [r.getMessage() for r in caplog.records] == ["source1: an HTML page, not a feed"]
    assert _source(path, "source1")[:3] == ("active", "an HTML page, not a feed", 1)


async def test_live_round_waits_out_retry_after_for_the_host(
    news_server: NewsServer, tmp_path: Path
) -> None:
    news_server.serve("/busy", b"", status=429, headers={"Retry-After": "7200"})
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, DAY)]))
    path = tmp_path / "b.db"
    store_with_sources(path, news_server.url("/busy"), news_server.url("/rss"))
    settings = settings_for(path)
    first = await run_round(settings, now=NOW)
    assert [(s.name, s.ok) for s in first.sources] == [("source1", False), ("source2", True)]
    assert _source(path, "source1")[:3] == ("active", "the server asked to retry in 7200 s", 0)
    held = await run_round(settings, now=NOW + timedelta(minutes=30))
    assert held.sources == ()  # the host said two hours: neither of its feeds is asked before
    news_server.serve("/busy", rss("Busy Times", [("b1", "Valley floods", FLOODS, DAY)]))
    later = await run_round(settings, now=NOW + timedelta(hours=2, minutes=5))
    assert [(s.name, s.added) for s in later.sources] == [("source1", 1), ("source2", 0)]

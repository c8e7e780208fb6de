"""`briefing-bot sources ...` and `briefing-bot fetch`: lines, OPML and exit codes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from tests.live_support import RATES, rss
from tests.news_server import NewsServer

OPML = """<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
  <outline text="World"><outline text="Daily Planet" type="rss" xmlUrl="https://planet.example/rss"/>
    <outline title="Ledger" xmlUrl="https://ledger.example/atom.xml"/></outline>
  <outline text="no feed here"/>
  <outline xmlUrl="https://orchard.example/feed.json"/>
</body></opml>
"""


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "b.db"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    monkeypatch.setenv("BRIEFING_ALLOW_PRIVATE_HOSTS", "1")
    return path


def test_live_cli_adds_lists_and_removes_sources(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "add", "https://planet.example/rss", "--name", "Daily Planet"]) == 0
    assert main(["sources", "add", "https://www.ledger.example/atom.xml"]) == 0
    assert main(["sources", "add", "https://planet.example/rss"]) == 2
    assert main(["sources", "add", "file:///etc/passwd"]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "following Daily Planet: https://planet.example/rss (run `briefing-bot fetch` or `run`)",
        "following ledger.example: https://www.ledger.example/atom.xml (run `briefing-bot fetch`"
        " or `run`)",
    ]
    assert err.splitlines() == [
        "error: https://planet.example/rss is already followed",
        "error: not a feed URL: 'file:///etc/passwd' (expected http:// or https://)",
    ]
    assert main(["sources", "remove", "daily planet"]) == 0
    assert main(["sources", "remove", "Daily Planet"]) == 2
    assert main(["sources", "list"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[1:] == [
        "ledger.example  [active]  0 articles",
        "  https://www.ledger.example/atom.xml",
        "  last fetch: never, last new article: never",
    ]


def test_live_cli_imports_and_exports_opml(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(OPML, encoding="utf-8")
    assert main(["sources", "import", str(opml)]) == 0
    assert capsys.readouterr().out == f"3 of 3 feeds added from {opml}\n"
    assert main(["sources", "export"]) == 0
    exported = capsys.readouterr().out
    again = tmp_path / "again.opml"
    again.write_text(exported, encoding="utf-8")
    other = tmp_path / "other.db"
    assert main(["sources", "import", str(again), "--db", str(other)]) == 0
    assert main(["sources", "export", "--db", str(other)]) == 0
    assert capsys.readouterr().out.split("\n", 1)[1] == exported
    assert 'text="Ledger"' in exported
    assert 'text="orchard.example"' in exported


def test_live_cli_refuses_a_broken_opml(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    assert main(["sources", "import", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {bad}: not OPML (")


async def test_live_cli_fetch_prints_what_it_found_with_exit_codes(
    store: Path, news_server: NewsServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await asyncio.to_thread(main, ["fetch"]) == 2  # no sources yet
    when = datetime.now(UTC)
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, when)]))
    assert main(["sources", "add", news_server.url("/rss"), "--name", "Planet"]) == 0
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["fetch"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Planet: 1 entries, 1 new or changed (1 added, 0 updated)",
        "1 added, 0 updated, 0 expired from 1 sources (build 1)",
    ]
    assert await asyncio.to_thread(main, ["fetch"]) == 2  # nothing new
    news_server.serve("/rss", b"down", status=500)
    assert await asyncio.to_thread(main, ["fetch"]) == 1
    assert capsys.readouterr().err.endswith("error: every source failed: nothing was stored\n")
    assert await asyncio.to_thread(main, ["ask", "/sources"]) == 0
    assert "Daily Planet: 1 article\n  feed: " + news_server.url("/rss") in capsys.readouterr().out

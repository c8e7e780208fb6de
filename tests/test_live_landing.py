"""The store half of a round: entries become articles once, updates, vanished entries, expiry."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.build import build
from bot.live.landing import article_id, land
from bot.live.sources import Source, Sources
from bot.store import open_db
from tests.live_support import FLOODS, NOW, RATES, UNFETCHED, fetched, item, store_with_sources


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = open_db(path)
    try:
        return [tuple(row.values()) for row in db.query(sql)]
    finally:
        db.close()


def test_live_landing_stores_entries_as_analysed_articles(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    (source,) = store_with_sources(path, f"{UNFETCHED}/rss")
    report = land(path, [fetched(source, item("rates", RATES, title="Rates up again"))], NOW, 90)
    assert report.added == (article_id("rates", f"{UNFETCHED}/rates"),)
    assert report.build_id == 1
    assert _rows(path, "select id, date, source, headline, url, origin from articles") == [
        ("news-localhost-9-" + article_id("rates", "x")[-12:], "2026-12-03", "Daily Planet",
         "Rates up again", f"{UNFETCHED}/rates", f"live:{UNFETCHED}/rss"),
    ]  # fmt: skip
    assert _rows(path, "select speaker from quotes") == [("Maria Lopez",), ("Mortgage lenders",)]
    assert _rows(path, "select last_new from sources") == [("2026-12-03T09:00:00+00:00",)]


def test_live_landing_stores_the_same_article_once(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    first, second = store_with_sources(path, "https://a.example/rss", "https://b.example/rss")
    same_link = item("b-1", RATES, url=f"{UNFETCHED}/rates")
    same_text = item("b-2", "  " + RATES.replace("\n\n", "\n\n  "), url="https://b.example/x")
    report = land(path, [fetched(first, item("rates", RATES)), fetched(second, same_link)],
                  NOW, 90)  # fmt: skip
    assert len(report.added) == 1
    again = land(path, [fetched(second, same_text)], NOW, 90)
    assert again.added == ()
    assert _rows(path, "select count(*) from articles") == [(1,)]
    assert _rows(path, "select count(distinct article_id), count(*) from source_entries") == [
        (1, 3)
    ]


def test_live_landing_updates_a_changed_entry_and_redoes_its_analysis(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    (source,) = store_with_sources(path, f"{UNFETCHED}/rss")
    land(path, [fetched(source, item("story", RATES))], NOW, 90)
    changed = RATES.replace("Maria Lopez", "Ana Silva")
    report = land(path, [fetched(source, item("story", changed))], NOW, 90)
    assert (report.added, len(report.updated), report.build_id) == ((), 1, 2)
    assert _rows(path, "select speaker from quotes") == [("Ana Silva",), ("Mortgage lenders",)]
    assert _rows(path, "select count(*) from articles") == [(1,)]


def test_live_landing_keeps_vanished_entries(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    (source,) = store_with_sources(path, f"{UNFETCHED}/rss")
    land(path, [fetched(source, item("rates", RATES))], NOW, 90)
    report = land(path, [fetched(source, item("floods", FLOODS))], NOW, 90)
    assert len(report.added) == 1
    assert report.removed == ()
    assert _rows(path, "select count(*) from articles") == [(2,)]
    assert sorted(_rows(path, "select speaker from quotes where kind = 'direct'")) == [
        ("Maria Lopez",),
        ("Tom Harris",),
    ]


def _built_with_a_source(tmp_path: Path, day: str) -> tuple[Path, Path, Source]:
    """A store built from one seed dated `day` (id `old`), then given one news source."""
    path = tmp_path / "b.db"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "old.txt").write_text(f"date {day}\n\n{FLOODS}", encoding="utf-8")
    assert build([seeds], path, jobs=1).stored == 1
    db = open_db(path)
    source = Sources(db).add(f"{UNFETCHED}/rss", "News")
    db.close()
    return path, seeds, source


def test_live_landing_expires_old_fetched_articles_but_never_built_ones(tmp_path: Path) -> None:
    path, _, source = _built_with_a_source(tmp_path, "2020-01-02")
    old = item("rates", RATES, when=NOW - timedelta(days=40))
    land(path, [fetched(source, old)], NOW - timedelta(days=40), 90)
    assert _rows(path, "select count(*) from quotes where kind = 'direct'") == [(2,)]
    report = land(path, [fetched(source)], NOW, 30)
    assert report.removed == (article_id("rates", f"{UNFETCHED}/rates"),)
    assert _rows(path, "select id from articles") == [("old",)]
    assert _rows(path, "select speaker from quotes where kind = 'direct'") == [("Tom Harris",)]
    assert _rows(path, "select count(*) from source_entries") == [(0,)]
    again = land(path, [fetched(source, replace(old, digest="other"))], NOW, 30)
    assert again.added == ()  # an expired entry still in the feed does not come back


def test_live_landing_keeps_everything_when_keep_days_is_zero(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    (source,) = store_with_sources(path, f"{UNFETCHED}/rss")
    land(path, [fetched(source, item("rates", RATES, when=NOW - timedelta(days=4000)))], NOW, 0)
    report = land(path, [fetched(source)], NOW, 0)
    assert report.removed == ()
    assert _rows(path, "select count(*) from articles") == [(1,)]


def test_live_landing_fetched_articles_survive_a_later_build(tmp_path: Path) -> None:
    path, seeds, source = _built_with_a_source(tmp_path, "2026-11-30")
    land(path, [fetched(source, item("rates", RATES))], NOW, 90)
    fetched_id = article_id("rates", f"{UNFETCHED}/rates")
    (seeds / "new.txt").write_text(f"date 2026-12-01\n\n{FLOODS} More rain fell.", encoding="utf-8")
    report = build([seeds], path, jobs=1)
    assert report.added == ("new",)
    assert report.removed == ()
    assert report.skipped == ()
    assert _rows(path, "select id from articles order by id") == [
        ("new",), (fetched_id,), ("old",),
    ]  # fmt: skip

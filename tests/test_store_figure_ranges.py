"""Ranges: a figure read as `30 to 40` keeps its other end from extraction to the reply, and a
store built before ranges were kept still opens, serves and takes new figures."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from bot import console
from bot.analyse.figures.extraction import extract_figures
from bot.config import Settings
from bot.models import Corpus
from bot.store import Store, export_records, open_db
from bot.store.reads import load_analyses
from tests.factories import make_article, make_figure, make_store, write_db

_WAITING = "The number waiting fell from 7,613 to 6,630 over 12 months."


def _store(tmp_path: Path) -> Path:
    article = make_article("w1", "Waiting lists shrink", [_WAITING])
    ranged = replace(make_figure("w1", "7,613 to 6,630", 7613.0, "", "number waiting",
                                 qualifier="between"), high=6630.0)  # fmt: skip
    return write_db(make_store([article], figures=[ranged]), tmp_path / "briefing.db")


def _ask(path: Path, line: str) -> str:
    out = io.StringIO()
    assert console.ask(Settings(db_path=path), line, out) == 0
    return out.getvalue()


def _drop_high(path: Path) -> None:
    """Make the store as a build before ranges left it: no `high` column."""
    db = sqlite_utils.Database(path)
    db.execute("alter table figures drop column high")
    db.conn.commit()
    db.close()


def test_extraction_keeps_the_other_end_of_a_range() -> None:
    article = make_article("w1", "Waiting lists shrink", [_WAITING])
    (found,) = [f for f in extract_figures(article) if f.text.endswith("6,630")]
    assert (found.value, found.high) == (7613.0, 6630.0)


def test_figures_reply_shows_both_ends(tmp_path: Path) -> None:
    assert "7,613 to 6,630 — number waiting" in _ask(_store(tmp_path), "/figures waiting")


def test_export_gives_the_high_end(tmp_path: Path) -> None:
    (record,) = export_records(open_db(_store(tmp_path)), "figures")
    assert (record["value"], record["high"], record["text"]) == (7613.0, 6630.0, "7,613 to 6,630")


def test_a_store_from_before_ranges_opens_and_serves(tmp_path: Path) -> None:
    path = _store(tmp_path)
    _drop_high(path)
    assert "7,613 to 6,630 — number waiting" in _ask(path, "/figures waiting")
    (record,) = export_records(open_db(path), "figures")
    assert (record["value"], record["high"]) == (7613.0, None)


def test_a_store_from_before_ranges_takes_new_figures(tmp_path: Path) -> None:
    path = _store(tmp_path)
    _drop_high(path)
    db = open_db(path)
    store = Store(db)
    added = replace(make_figure("w1", "30 to 40", 30.0, "year of age", "aged"), high=40.0)
    with store.transaction():
        store.save_corpus(Corpus((), (), (added,)))
    (analysis,) = load_analyses(db, ["w1"])
    assert [(f.text, f.value, f.high) for f in analysis.figures] == [("30 to 40", 30.0, 40.0)]

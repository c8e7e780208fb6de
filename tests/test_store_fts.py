"""The full-text indexes follow their rows' text, and only their text: setting an article's story
or origin leaves its indexed words alone, in new stores and in stores made before."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from bot.build import build
from bot.store import open_db
from tests.factories import EFE_ID, SEEDS
from tests.test_build_incremental import quick_analyse

TRIGGER = "select sql from sqlite_master where type = 'trigger' and name = 'articles_au'"


def rows_written(db: sqlite_utils.Database, sql: str, params: list[str]) -> int:
    """How many rows a statement wrote, those its triggers wrote included."""
    before = db.conn.total_changes
    db.execute(sql, params)
    return db.conn.total_changes - before


def test_store_fts_leaves_text_alone_when_origin_or_story_changes(tmp_path: Path) -> None:
    build([SEEDS], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    db = open_db(tmp_path / "b.db")
    assert rows_written(db, "update articles set origin = ? where id = ?", ["x", EFE_ID]) == 1
    assert rows_written(db, "update articles set story_id = ? where id = ?", ["s", EFE_ID]) == 1
    assert (
        rows_written(db, "update articles set headline = ? where id = ?", ["Zanzibar", EFE_ID]) > 1
    )
    found = db.execute("select rowid from articles_fts where articles_fts match 'zanzibar'")
    assert len(found.fetchall()) == 1


def test_store_fts_trigger_of_an_older_store_is_narrowed_by_a_build(tmp_path: Path) -> None:
    build([SEEDS], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    db = open_db(tmp_path / "b.db")
    (narrow,) = db.execute(TRIGGER).fetchone()
    broad = narrow.replace('AFTER UPDATE OF "headline", "text" ON', "AFTER UPDATE ON")
    assert broad != narrow
    db.execute('drop trigger "articles_au"')
    db.execute(broad)  # as sqlite-utils made it
    assert rows_written(db, "update articles set origin = ? where id = ?", ["x", EFE_ID]) > 1
    db.close()
    db = open_db(tmp_path / "b.db", create=True)  # what a build does first
    assert db.execute(TRIGGER).fetchone() == (narrow,)
    assert rows_written(db, "update articles set origin = ? where id = ?", ["y", EFE_ID]) == 1

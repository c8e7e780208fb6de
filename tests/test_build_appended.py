"""A file with lines appended is read from where the last build stopped, and the store ends up as
a build of the whole file would leave it; a file changed otherwise is read whole."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot.build
import bot.plan
from bot.build import build
from bot.parse import Entry
from bot.store import export_records, open_db, snapshot
from tests.test_build_incremental import Corpus, fixtures, quick_analyse, write


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return fixtures(events=20, singles=10)


def append(path: Path, lines: list[dict[str, str]]) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(line) + "\n" for line in lines)


def exported(db_path: Path) -> dict[str, list[dict[str, object]]]:
    db = open_db(db_path)
    return {kind: list(export_records(db, kind)) for kind in ("articles", "stories")}


def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Record where each read of a file starts (byte offset, line number)."""
    started: list[tuple[int, int]] = []
    real = bot.plan.entries

    def recording(path: Path, *, start: int = 0, first_line: int = 1) -> Iterator[Entry]:
        started.append((start, first_line))
        return real(path, start=start, first_line=first_line)

    monkeypatch.setattr(bot.plan, "entries", recording)  # the end of a file
    monkeypatch.setattr(bot.build, "entries", recording)  # a whole file
    return started


def test_build_appended_file_is_read_from_its_old_end(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines, _ = corpus
    feed = write(tmp_path / "feed.jsonl", lines[:30])
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    old_size = feed.stat().st_size
    append(feed, lines[30:])
    started = reads(monkeypatch)
    report = build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert started == [(old_size, 31)]
    assert (len(report.added), len(report.unchanged)) == (len(lines) - 30, 30)
    assert snapshot(open_db(tmp_path / "b.db")).inputs[str(feed.resolve())].size == (
        feed.stat().st_size
    )
    build([feed], tmp_path / "whole.db", jobs=1, analyser=quick_analyse)
    assert exported(tmp_path / "b.db") == exported(tmp_path / "whole.db")


def test_build_appended_twice_keeps_the_line_numbers(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines, _ = corpus
    feed = write(tmp_path / "feed.jsonl", [*lines[:10], {"id": "bad"}])  # line 11: no text
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    append(feed, lines[10:20])
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    append(feed, lines[20:25])
    started = reads(monkeypatch)
    report = build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert [first_line for _, first_line in started] == [22]
    assert [notice.origin for notice in report.skipped] == [f"{feed}:11"]
    db = open_db(tmp_path / "b.db")
    origins = dict(db.execute("select id, origin from articles").fetchall())
    assert origins[lines[24]["id"]] == f"{feed}:26"
    build([feed], tmp_path / "whole.db", jobs=1, analyser=quick_analyse)
    assert exported(tmp_path / "b.db") == exported(tmp_path / "whole.db")


def test_build_file_changed_before_its_end_is_read_whole(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines, _ = corpus
    feed = write(tmp_path / "feed.jsonl", lines[:20])
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    changed = {**lines[0], "text": "Quinbeltor opened a bakery in Zarmolosh."}
    write(feed, [changed, *lines[1:25]])
    started = reads(monkeypatch)
    report = build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert started == [(0, 1)]
    assert (report.updated, len(report.added)) == ((lines[0]["id"],), 5)


def test_build_appended_article_another_file_now_holds_is_read_whole(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines, _ = corpus
    folder = tmp_path / "feeds"
    folder.mkdir()
    feed = write(folder / "feed.jsonl", lines[:10])
    build([folder], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    write(folder / "a.jsonl", [{**lines[3], "id": "copy"}])  # read first: the same article
    append(feed, lines[10:12])
    started = reads(monkeypatch)
    report = build([folder], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert started == [(0, 1), (0, 1)]  # both files whole
    assert [n.origin for n in report.skipped] == [f"{feed}:4"]
    build([folder], tmp_path / "whole.db", jobs=1, analyser=quick_analyse)
    assert exported(tmp_path / "b.db") == exported(tmp_path / "whole.db")


def test_build_store_without_input_sizes_gains_them(tmp_path: Path, corpus: Corpus) -> None:
    lines, _ = corpus
    feed = write(tmp_path / "feed.jsonl", lines[:5])
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    with sqlite3.connect(tmp_path / "b.db") as db:
        db.execute("alter table inputs drop column size")  # as a store from before sizes
    assert snapshot(open_db(tmp_path / "b.db")).inputs[str(feed.resolve())].size == 0
    append(feed, lines[5:7])
    report = build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert (len(report.added), len(report.unchanged)) == (2, 5)
    assert snapshot(open_db(tmp_path / "b.db")).inputs[str(feed.resolve())].size == (
        feed.stat().st_size
    )

"""The build: incremental, all-or-nothing, in processes, and kind to the bot's own tables."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.build import BuildFailed, BuildReport, build, pipeline_digest
from bot.models import (
    BODY,
    Article,
    ArticleAnalysis,
    Corpus,
    Figure,
    Quote,
    SentenceScore,
    Story,
    StorySentence,
)
from bot.parse import Notice
from bot.store import export_records, open_db
from tests.factories import SEEDS

IDS = ("000_1f4e1313dff10dc2", "004_68ac83050532d074")
analysed_ids: list[str] = []  # article ids the fake analyser saw (in this process: jobs=1)


def fake_analyse(article: Article) -> ArticleAnalysis:
    """Scores in article order, one quote naming the process, one figure."""
    analysed_ids.append(article.id)
    body = [s for s in article.sentences if s.kind == BODY]
    scores = tuple(SentenceScore(s.position, 1.0 / (i + 1), i + 1) for i, s in enumerate(body))
    quote = Quote(article.id, f"pid {os.getpid()}", "Jane Doe", "minister", "direct",
                  (body[0].position,), body[0].text)  # fmt: skip
    figure = Figure(article.id, "25%", 25.0, "percent", "trade", None, "increase", None,
                    body[0].position, body[0].text)  # fmt: skip
    return ArticleAnalysis(article.id, scores, (quote,), (figure,))


def other_analyse(article: Article) -> ArticleAnalysis:
    """The same results from another function: a changed pipeline."""
    return fake_analyse(article)


def failing_analyse(article: Article) -> ArticleAnalysis:
    """Fails on the second seed, after the first was analysed."""
    if article.id == IDS[1]:
        raise RuntimeError("boom")
    return fake_analyse(article)


def fake_link(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> Corpus:
    """Every article in one story; every quote and figure sourced by all articles."""
    ids = tuple(a.id for a in articles)
    lead = analyses[0].quotes[0]
    line = StorySentence(lead.context, lead.article_id, lead.sentences[0], ids)
    story = Story("s0123456789", articles[0].headline, min(a.date for a in articles), ids, (line,))
    quotes = tuple(replace(q, sources=ids) for a in analyses for q in a.quotes)
    figures = tuple(replace(f, sources=ids) for a in analyses for f in a.figures)
    return Corpus((story,), quotes, figures)


def failing_link(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> Corpus:
    raise ValueError("no stories today")


def unwritable_link(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> Corpus:
    """A corpus whose last quote cannot be stored: the write fails half-way."""
    corpus = fake_link(articles, analyses)
    broken = replace(corpus.quotes[-1], sentences=(object(),))  # type: ignore[arg-type]
    return replace(corpus, quotes=(*corpus.quotes[:-1], broken))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "briefing.db"


def fake_build(paths: Sequence[Path], db_path: Path, **kwargs: object) -> BuildReport:
    options: dict[str, object] = {"jobs": 1, "analyser": fake_analyse, "linker": fake_link}
    return build(paths, db_path, **{**options, **kwargs})  # type: ignore[arg-type]


def dump(db_path: Path) -> dict[str, list[dict[str, object]]]:
    db = open_db(db_path)
    try:
        tables = ("articles", "sentences", "quotes", "figures", "stories", "meta", "inputs")
        return {
            t: [dict(r) for r in db.query(f"select * from [{t}] order by 1, 2")] for t in tables
        }
    finally:
        db.close()


def test_build_seeds(seeds: Path, db_path: Path) -> None:
    report = fake_build([seeds], db_path)
    assert report.added == IDS
    assert (report.updated, report.unchanged, report.removed, report.skipped) == ((), (), (), ())
    assert (report.files, report.analysed, report.build_id) == (2, 2, 1)
    db = open_db(db_path)
    rows = list(export_records(db, "articles"))
    assert [(r["id"], r["date"], r["source"]) for r in rows] == [
        (IDS[0], "2023-09-29", "EFE"), (IDS[1], "2023-09-29", "unknown"),
    ]  # fmt: skip
    assert [r["article_ids"] for r in db.query("select article_ids from stories")] == [
        f'["{IDS[0]}", "{IDS[1]}"]'
    ]
    assert {r["story_id"] for r in db.query("select story_id from articles")} == {"s0123456789"}


def test_build_unchanged_seeds_do_no_analysis(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    before = dump(db_path)
    analysed_ids.clear()
    report = fake_build([seeds], db_path)
    assert analysed_ids == []
    assert (report.unchanged, report.files_unchanged, report.analysed) == (IDS, 2, 0)
    assert not report.changed
    assert report.build_id == 1
    assert dump(db_path) == before


def test_build_changed_file_is_reanalysed(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    path = seeds / f"{IDS[1]}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new last paragraph.", "utf-8")
    analysed_ids.clear()
    report = fake_build([seeds], db_path)
    assert analysed_ids == [IDS[1]]
    assert (report.updated, report.unchanged, report.build_id) == ((IDS[1],), (IDS[0],), 2)
    text = next(
        r["text"] for r in export_records(open_db(db_path), "articles") if r["id"] == IDS[1]
    )
    assert text.endswith("A new last paragraph.")


def test_build_touched_file_with_same_content_is_not_reanalysed(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    path = seeds / f"{IDS[0]}.txt"
    path.write_text("\n\n" + path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    analysed_ids.clear()
    report = fake_build([seeds], db_path)
    assert analysed_ids == []
    assert (report.unchanged, report.files_unchanged, report.changed) == (IDS, 1, False)


def test_build_vanished_file_removes_its_articles(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    (seeds / f"{IDS[0]}.txt").unlink()
    report = fake_build([seeds], db_path)
    assert (report.removed, report.unchanged, report.build_id) == ((IDS[0],), (IDS[1],), 2)
    tables = dump(db_path)
    assert {r["article_id"] for r in tables["sentences"]} == {IDS[1]}
    assert {r["article_id"] for r in tables["quotes"]} == {IDS[1]}
    assert [Path(r["path"]).name for r in tables["inputs"]] == [f"{IDS[1]}.txt"]


def test_build_keeps_bot_tables(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    db = open_db(db_path)
    db.table("subscriptions").insert({"chat_id": 42, "at": "08:00"}, pk="chat_id")
    db.close()
    (seeds / f"{IDS[0]}.txt").unlink()
    fake_build([seeds], db_path)
    fake_build([seeds], db_path, analyser=other_analyse)
    rows = list(open_db(db_path).query("select * from subscriptions"))
    assert rows == [{"chat_id": 42, "at": "08:00"}]


def test_build_new_pipeline_reanalyses_everything(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    report = fake_build([seeds], db_path, analyser=other_analyse)
    assert (report.updated, report.analysed, report.build_id) == (IDS, 2, 2)


def test_build_pipeline_digest_follows_code_and_data_not_caches(tmp_path: Path) -> None:
    package = tmp_path / "bot"
    (package / "analyse" / "quotes").mkdir(parents=True)
    (package / "clean.py").write_text("X = 1\n")
    weights = package / "analyse" / "quotes" / "speaker_weights.json"
    weights.write_text('{"w": [0.5]}')
    first = pipeline_digest(package, ("clean.py", "analyse"))
    (package / "analyse" / "notes.md").write_text("read me")
    (package / "analyse" / "quotes" / "cast.cpython-311.pyc").write_bytes(b"\x00")
    assert pipeline_digest(package, ("clean.py", "analyse")) == first
    weights.write_text('{"w": [0.75]}')
    assert pipeline_digest(package, ("clean.py", "analyse")) != first


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        (
            {"analyser": failing_analyse},
            BuildFailed,
            r"analysing .*004_68ac83050532d074\.txt failed",
        ),
        ({"linker": failing_link}, BuildFailed, "linking the articles failed"),
        ({"linker": unwritable_link}, TypeError, "not JSON serializable"),
    ],
)
def test_build_that_fails_half_way_leaves_the_store_intact(
    seeds: Path, db_path: Path, options: dict[str, object], error: type[Exception], message: str
) -> None:
    fake_build([seeds], db_path)
    before = dump(db_path)
    (seeds / f"{IDS[0]}.txt").unlink()
    path = seeds / f"{IDS[1]}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nMore.", encoding="utf-8")
    (seeds / "new.txt").write_text("date 2024-01-01 A new article.", encoding="utf-8")
    with pytest.raises(error, match=message):
        fake_build([seeds], db_path, **options)
    assert dump(db_path) == before


def test_build_failure_message_says_the_store_is_unchanged(seeds: Path, db_path: Path) -> None:
    with pytest.raises(BuildFailed, match=r"RuntimeError: boom\); the store was left as it was"):
        fake_build([seeds], db_path, analyser=failing_analyse)


def test_build_readers_keep_their_snapshot(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("begin")
    assert reader.execute("select count(*) from articles").fetchone() == (2,)
    (seeds / f"{IDS[0]}.txt").unlink()
    fake_build([seeds], db_path)
    assert reader.execute("select count(*) from articles").fetchone() == (2,)
    reader.execute("commit")
    assert reader.execute("select count(*) from articles").fetchone() == (1,)
    reader.close()


def test_build_in_worker_processes(seeds: Path, db_path: Path) -> None:
    report = fake_build([seeds], db_path, jobs=2)
    assert report.added == IDS
    quotes = [r["quote"] for r in export_records(open_db(db_path), "quotes")]
    assert len(quotes) == 2
    assert f"pid {os.getpid()}" not in quotes


def test_build_no_valid_article_leaves_the_store(
    tmp_path: Path, seeds: Path, db_path: Path
) -> None:
    fake_build([seeds], db_path)
    before = dump(db_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    report = fake_build([bad], db_path)
    assert report.stored == 0
    assert report.skipped == (Notice(str(bad / "empty.txt"), "empty file"),)
    assert dump(db_path) == before


def test_build_bad_files_are_skipped_and_the_rest_goes_on(seeds: Path, db_path: Path) -> None:
    (seeds / "binary.txt").write_bytes(b"\x00\x01")
    (seeds / "leap.txt").write_text("date 2023-02-30 Body.", encoding="utf-8")
    report = fake_build([seeds], db_path)
    assert report.added == IDS
    assert [(Path(n.origin).name, n.reason) for n in report.skipped] == [
        ("binary.txt", "binary file (NUL bytes), not text"),
        ("leap.txt", "impossible date 2023-02-30"),
    ]


def test_build_corrupted_file_keeps_its_stored_articles(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    (seeds / f"{IDS[0]}.txt").write_bytes(b"")
    report = fake_build([seeds], db_path)
    assert report.unchanged == IDS
    assert not report.changed
    origin = str(seeds / f"{IDS[0]}.txt")
    assert report.skipped == (Notice(origin, "empty file"),)
    assert report.warnings == (Notice(origin, "kept 1 stored articles"),)


def test_build_same_article_under_a_new_name_is_stored_once(seeds: Path, db_path: Path) -> None:
    fake_build([seeds], db_path)
    shutil.copy(seeds / f"{IDS[0]}.txt", seeds / "copy.txt")
    report = fake_build([seeds], db_path)
    assert report.stored == 2
    origin = seeds / f"{IDS[0]}.txt"
    assert report.skipped == (
        Notice(str(seeds / "copy.txt"), f"same article as {origin}: stored once"),
    )


def test_build_jsonl_and_txt_together(tmp_path: Path, seeds: Path, db_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "f1", "date": "2024-03-01", "text": "Rates rose. Markets fell.", '
        '"title": "Rates"}\n'
        "not json\n",
        encoding="utf-8",
    )
    report = fake_build([seeds, feed], db_path)
    assert report.added == (*IDS, "f1")
    assert report.skipped == (Notice(f"{feed}:2", "not JSON (Expecting value)"),)
    rows = {r["id"]: r for r in export_records(open_db(db_path), "articles")}
    assert (rows["f1"]["headline"], rows["f1"]["origin"], rows["f1"]["date"]) == (
        "Rates", f"{feed}:1", date(2024, 3, 1).isoformat(),
    )  # fmt: skip


def test_build_first_build_without_articles_leaves_no_store(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert fake_build([tmp_path / "empty"], db_path).stored == 0
    assert not db_path.exists()


def test_build_first_build_that_fails_leaves_no_store(seeds: Path, db_path: Path) -> None:
    with pytest.raises(BuildFailed):
        fake_build([seeds], db_path, linker=failing_link)
    assert list(db_path.parent.glob("briefing.db*")) == []


def test_build_unchanged_file_with_a_bad_line_is_not_reread(tmp_path: Path, db_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "f1", "date": "2024-03-01", "text": "Body."}\n{"id": 1}\n', "utf-8")
    first = fake_build([feed], db_path)
    second = fake_build([feed], db_path)
    assert (
        first.skipped
        == second.skipped
        == (Notice(f"{feed}:2", "lacks 'text' (a non-empty string)"),)
    )
    assert (second.files_unchanged, second.unchanged, second.changed) == (1, ("f1",), False)


def test_build_file_clashing_with_another_is_reread(seeds: Path, db_path: Path) -> None:
    shutil.copy(seeds / f"{IDS[0]}.txt", seeds / "copy.txt")
    fake_build([seeds], db_path)
    (seeds / f"{IDS[0]}.txt").unlink()
    report = fake_build([seeds], db_path)
    assert (report.files_unchanged, report.skipped) == (1, ())
    assert (report.added, report.removed) == (("copy",), (IDS[0],))


def test_build_seeds_with_the_real_analysis(seeds: Path, db_path: Path) -> None:
    assert build([seeds], db_path, jobs=1).added == IDS
    db = open_db(db_path)
    assert [s["articles"] for s in export_records(db, "stories")] == [list(IDS)]
    summaries = [r["summary"] for r in export_records(db, "summaries")]
    assert [len(summary) for summary in summaries] == [3, 3]
    left_out = ("The presidents of Brazil, China", "Russia welcomes the wishes of a number")
    assert not [s for summary in summaries for s in summary if s.startswith(left_out)]
    quotes = list(export_records(db, "quotes"))
    assert {q["speaker"] for q in quotes if str(q["quote"]).startswith("BRICS is an")} == {
        "Vladimir Putin"
    }
    trade = [f for f in export_records(db, "figures") if f["value"] == 25.0]
    assert sorted(tuple(sorted(f["sources"])) for f in trade) == [IDS, IDS]  # type: ignore[arg-type]
    assert build([seeds], db_path, jobs=1).analysed == 0


def test_build_story_summary_length_follows_sentences(seeds: Path, db_path: Path) -> None:
    build([seeds], db_path, jobs=1)
    db = open_db(db_path)
    (whole,) = [s["summary"] for s in export_records(db, "stories")]
    (two,) = [s["summary"] for s in export_records(db, "stories", sentences=2)]
    # the best two (the lead's first sentence and the one both outlets carry), in reading order
    assert (len(whole), two) == (5, [whole[0], whole[4]])
    assert len(two[1]["sources"]) == 2


def test_build_incremental_equals_fresh_with_the_real_analysis(tmp_path: Path, seeds: Path) -> None:
    build([seeds], tmp_path / "fresh.db", jobs=1)
    growing = tmp_path / "growing"
    growing.mkdir()
    shutil.copy(seeds / f"{IDS[0]}.txt", growing)
    build([growing], tmp_path / "grown.db", jobs=1)
    shutil.copy(seeds / f"{IDS[1]}.txt", growing)
    report = build([growing], tmp_path / "grown.db", jobs=1)
    assert (report.added, report.unchanged) == ((IDS[1],), (IDS[0],))
    for kind in ("summaries", "stories", "quotes", "figures"):
        fresh = list(export_records(open_db(tmp_path / "fresh.db"), kind))
        assert list(export_records(open_db(tmp_path / "grown.db"), kind)) == fresh, kind

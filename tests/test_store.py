"""The store: schema checks, WAL, FTS, round trips of what the build writes, and the exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from bot.errors import StoreError
from bot.models import (
    Article,
    ArticleAnalysis,
    Corpus,
    Figure,
    Quote,
    SentenceScore,
    Story,
    StorySentence,
)
from bot.parse import Record, make_article
from bot.store import (
    SCHEMA_VERSION,
    InputRow,
    Store,
    export_records,
    get_meta,
    load_analyses,
    load_articles,
    open_db,
    set_meta,
    snapshot,
)

TEXT = (
    "Trade between Russia and Latin America grew by 25% in five years, the minister said.\n\n"
    "“We will do what it takes,” said Jane Doe. Exports more than doubled.\n\n"
    "Trade grows\n\nReuters"
)


def an_article(article_id: str = "a1", text: str = TEXT) -> Article:
    return make_article(Record(article_id, date(2024, 5, 1), text, f"feed.jsonl:{article_id}"))


def an_analysis(article: Article) -> ArticleAnalysis:
    quote = Quote(article.id, "We will do what it takes", "Jane Doe", "minister", "direct", (1,),
                  "“We will do what it takes,” said the minister.", cue="said",
                  mention="the minister")  # fmt: skip
    figure = Figure(article.id, "by 25%", 25.0, "percent", "trade between Russia and Latin America",
                    None, "increase", "in five years", 0, article.sentences[0].text)  # fmt: skip
    scores = (SentenceScore(0, 0.9, 1), SentenceScore(1, 0.5, 3), SentenceScore(2, 0.7, 2))
    return ArticleAnalysis(article.id, scores, (quote,), (figure,))


def a_corpus(analysis: ArticleAnalysis) -> Corpus:
    line = StorySentence("Trade grew by 25%.", analysis.article_id, 0, (analysis.article_id, "b"))
    story = Story("s0123456789", "Trade grows", date(2024, 5, 1), (analysis.article_id,), (line,))
    quote = Quote(**{**_fields(analysis.quotes[0]), "sources": (analysis.article_id, "b")})
    return Corpus((story,), (quote,), analysis.figures)


def _fields(item: object) -> dict[str, object]:
    return {name: getattr(item, name) for name in item.__slots__}  # type: ignore[attr-defined]


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return open_db(tmp_path / "briefing.db", create=True)


def saved(db: sqlite_utils.Database) -> tuple[Article, ArticleAnalysis]:
    article = an_article()
    analysis = an_analysis(article)
    store = Store(db)
    with store.transaction():
        store.save_article(article)
        store.save_analysis(analysis)
        store.save_corpus(a_corpus(analysis))
    return article, analysis


def interrupted_delete(store: Store) -> None:
    with store.transaction():
        store.delete_articles(["a1"])
        raise RuntimeError("interrupted")


def test_store_missing_file_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no briefing store at .*: run `briefing-bot build`"):
        open_db(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()


def test_store_wrong_schema_version(tmp_path: Path) -> None:
    db = open_db(tmp_path / "briefing.db", create=True)
    set_meta(db, schema_version="0")
    db.close()
    with pytest.raises(
        StoreError, match=f"schema version 0, this briefing-bot needs {SCHEMA_VERSION}"
    ):
        open_db(tmp_path / "briefing.db")


def test_store_build_remakes_an_old_schema_keeping_bot_tables(tmp_path: Path) -> None:
    db = open_db(tmp_path / "briefing.db", create=True)
    db.table("paragraphs").insert({"article_id": "old", "position": 0, "kind": "body", "text": "x"})
    db.table("subscriptions").insert({"chat_id": 7})
    set_meta(db, schema_version="0", build_id="4")
    db.close()
    db = open_db(tmp_path / "briefing.db", create=True)
    assert get_meta(db, "schema_version") == str(SCHEMA_VERSION)
    assert get_meta(db, "build_id") == "4"
    assert db.table("paragraphs").count == 0
    assert list(db.query("select chat_id from subscriptions")) == [{"chat_id": 7}]


def test_store_build_adds_cue_and_mention_to_a_version_1_store(tmp_path: Path) -> None:
    db = open_db(tmp_path / "briefing.db", create=True)
    db.execute("drop table quotes")
    db.table("quotes").create({"id": str, "article_id": str, "text": str}, pk="id")
    set_meta(db, schema_version="1")
    db.close()
    db = open_db(tmp_path / "briefing.db", create=True)
    assert {"cue", "mention"} <= set(db.table("quotes").columns_dict)


def test_store_without_schema(tmp_path: Path) -> None:
    sqlite_utils.Database(tmp_path / "other.db").table("x").insert({"a": 1})
    with pytest.raises(StoreError, match="has no schema"):
        open_db(tmp_path / "other.db")


def test_store_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="is not a readable briefing store"):
        open_db(tmp_path / "junk.db")


def test_store_uses_wal(db: sqlite_utils.Database) -> None:
    assert db.execute("pragma journal_mode").fetchone() == ("wal",)


def test_store_in_memory() -> None:
    assert open_db(":memory:", create=True).table_names()[:2] == ["meta", "inputs"]


def test_store_articles_round_trip(db: sqlite_utils.Database) -> None:
    article, _ = saved(db)
    assert load_articles(db) == [article]
    assert load_articles(db, ["other"]) == []


def test_store_analyses_round_trip_without_links(db: sqlite_utils.Database) -> None:
    _, analysis = saved(db)
    assert load_analyses(db) == [analysis]


def test_store_full_text_search(db: sqlite_utils.Database) -> None:
    saved(db)
    sql = "select rowid from {} where {} match ?"
    assert len(list(db.query(sql.format("articles_fts", "articles_fts"), ['"latin america"']))) == 1
    assert len(list(db.query(sql.format("sentences_fts", "sentences_fts"), ["doubling"]))) == 1
    assert len(list(db.query(sql.format("quotes_fts", "quotes_fts"), ["Doe"]))) == 1
    assert len(list(db.query(sql.format("figures_fts", "figures_fts"), ["trade"]))) == 1


def test_store_transaction_rolls_back(db: sqlite_utils.Database) -> None:
    saved(db)
    store = Store(db)
    with pytest.raises(RuntimeError, match="interrupted"):
        interrupted_delete(store)
    assert [a.id for a in load_articles(db)] == ["a1"]


def test_store_snapshot_and_inputs(db: sqlite_utils.Database) -> None:
    article, _ = saved(db)
    store = Store(db)
    store.save_inputs([InputRow("/data/feed.jsonl", "abc", ("a1",))])
    store.mark_built(7)
    state = snapshot(db)
    assert state.inputs == {"/data/feed.jsonl": InputRow("/data/feed.jsonl", "abc", ("a1",))}
    assert state.hashes == {"a1": article.content_hash}
    assert state.build_id == 7
    store.delete_inputs(["/data/feed.jsonl"])
    assert snapshot(db).inputs == {}


def test_store_delete_articles_removes_derived_rows(db: sqlite_utils.Database) -> None:
    saved(db)
    Store(db).delete_articles(["a1"])
    for table in ("articles", "paragraphs", "sentences", "quotes", "figures"):
        assert db.table(table).count == 0


def test_store_export_articles(db: sqlite_utils.Database) -> None:
    saved(db)
    assert list(export_records(db, "articles")) == [{
        "id": "a1", "date": "2024-05-01", "source": "Reuters", "headline": (
            "Trade between Russia and Latin America grew by 25% in five years, the minister said"),
        "url": None, "origin": "feed.jsonl:a1",
        "text": "Trade between Russia and Latin America grew by 25% in five years, the minister "
        "said.\n\n“We will do what it takes,” said Jane Doe. Exports more than doubled."
        "\n\nTrade grows",
    }]  # fmt: skip


def test_store_export_summaries_in_article_order(db: sqlite_utils.Database) -> None:
    saved(db)
    first, quote = (
        "Trade between Russia and Latin America grew by 25% in five years, the minister said.",
        "“We will do what it takes,” said Jane Doe.",
    )
    rows = list(export_records(db, "summaries", sentences=2))
    assert rows == [{"article": "a1", "summary": [first, "Exports more than doubled."]}]
    assert next(export_records(db, "summaries"))["summary"][1] == quote


def test_store_export_stories_quotes_figures(db: sqlite_utils.Database) -> None:
    saved(db)
    assert list(export_records(db, "stories")) == [{
        "id": "s0123456789", "headline": "Trade grows", "date": "2024-05-01", "articles": ["a1"],
        "summary": [{"text": "Trade grew by 25%.", "sources": ["a1", "b"]}],
    }]  # fmt: skip
    assert list(export_records(db, "quotes")) == [{
        "article": "a1", "quote": "We will do what it takes", "speaker": "Jane Doe",
        "role": "minister", "kind": "direct", "sources": ["a1", "b"], "cue": "said",
        "mention": "the minister",
    }]  # fmt: skip
    assert list(export_records(db, "figures")) == [{
        "article": "a1", "text": "by 25%", "value": 25.0, "unit": "percent",
        "measure": "trade between Russia and Latin America", "qualifier": None,
        "change": "increase", "period": "in five years", "sources": ["a1"], "high": None,
    }]  # fmt: skip


def test_store_export_unknown_kind(db: sqlite_utils.Database) -> None:
    with pytest.raises(StoreError, match="unknown export 'people'"):
        list(export_records(db, "people"))

"""The briefing store: owns the schema, the FTS indexes and every write of the build."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.errors import StoreError
from bot.models import Article, ArticleAnalysis, Corpus, Figure, Quote, Story

SCHEMA_VERSION = 1
# Tables the build owns and rewrites; anything else in the file (subscriptions, deliveries, ...)
# belongs to the running bot and is never touched by a build.
BUILD_TABLES = (
    "articles",
    "paragraphs",
    "sentences",
    "stories",
    "story_sentences",
    "quotes",
    "figures",
    "inputs",
)
_FTS = {
    "articles": ["headline", "text"],
    "sentences": ["text"],
    "quotes": ["text", "speaker", "role", "context"],
    "figures": ["text", "measure", "context"],
}
_REBUILD_HINT = "run `briefing-bot build` to create it"


def open_db(path: Path | str, *, create: bool = False) -> sqlite_utils.Database:
    """The store at `path` in WAL mode; a StoreError says what to do when it is missing or old."""
    path = Path(path)
    if path != Path(":memory:") and not path.exists() and not create:
        raise StoreError(f"no briefing store at {path}: {_REBUILD_HINT}")
    db = sqlite_utils.Database(path if path != Path(":memory:") else None, memory=path == Path(":memory:"))
    if path != Path(":memory:"):
        db.enable_wal()
    db.execute("PRAGMA busy_timeout = 5000")  # a running bot and a build share the file
    if create:
        ensure_schema(db)
    check_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the build tables and indexes when they are not there yet."""
    with db.atomic():
        _create_tables(db)
        for table, columns in _FTS.items():
            if not db[f"{table}_fts"].exists():
                db.table(table).enable_fts(columns, create_triggers=True, tokenize="porter")
        if "meta" not in db.table_names() or not _meta(db, "schema_version"):
            set_meta(db, schema_version=str(SCHEMA_VERSION))


def check_schema(db: sqlite_utils.Database) -> None:
    """Raise StoreError when the store was made by another version of briefing-bot."""
    version = _meta(db, "schema_version") if "meta" in db.table_names() else None
    if version is None:
        raise StoreError(f"the briefing store has no schema: {_REBUILD_HINT}")
    if version != str(SCHEMA_VERSION):
        raise StoreError(
            f"the briefing store has schema version {version}, this briefing-bot needs "
            f"{SCHEMA_VERSION}: delete it and run `briefing-bot build`"
        )


def _create_tables(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.table("inputs").create(
        {"path": str, "digest": str, "article_ids": str}, pk="path", if_not_exists=True
    )
    db.table("articles").create(
        {
            "id": str, "date": str, "source": str, "headline": str, "url": str, "origin": str,
            "raw_text": str, "text": str, "content_hash": str, "story_id": str,
        },
        pk="id",
        not_null={"date", "source", "headline", "origin", "raw_text", "text", "content_hash"},
        if_not_exists=True,
    )  # fmt: skip
    db.table("paragraphs").create(
        {"article_id": str, "position": int, "kind": str, "text": str},
        pk=("article_id", "position"),
        if_not_exists=True,
    )
    db.table("sentences").create(
        {
            "article_id": str, "position": int, "paragraph": int, "kind": str, "text": str,
            "score": float, "rank": int,
        },
        pk=("article_id", "position"),
        if_not_exists=True,
    )  # fmt: skip
    db.table("stories").create(
        {"id": str, "position": int, "headline": str, "date": str, "article_ids": str},
        pk="id",
        if_not_exists=True,
    )
    db.table("story_sentences").create(
        {
            "story_id": str, "position": int, "text": str, "article_id": str,
            "sentence_position": int, "sources": str,
        },
        pk=("story_id", "position"),
        if_not_exists=True,
    )  # fmt: skip
    db.table("quotes").create(
        {
            "id": str, "article_id": str, "position": int, "text": str, "speaker": str,
            "role": str, "kind": str, "sentences": str, "context": str, "sources": str,
        },
        pk="id",
        if_not_exists=True,
    )  # fmt: skip
    db.table("figures").create(
        {
            "id": str, "article_id": str, "position": int, "text": str, "value": float,
            "unit": str, "measure": str, "qualifier": str, "change": str, "period": str,
            "sentence": int, "context": str, "sources": str,
        },
        pk="id",
        if_not_exists=True,
    )  # fmt: skip
    for table in ("paragraphs", "sentences", "quotes", "figures"):
        db.table(table).create_index(["article_id"], if_not_exists=True)


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("select value from meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_meta(db: sqlite_utils.Database, **values: str) -> None:
    """Upsert `meta` keys (schema_version, built_at, build_id, ...)."""
    db.table("meta").upsert_all(
        ({"key": key, "value": value} for key, value in values.items()), pk="key"
    )


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


class Store:
    """Every write the build makes, each idempotent (upserts keyed by article id)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction: a build lands whole or not at all (readers keep the old snapshot)."""
        with self.db.atomic():
            yield self

    def save_article(self, article: Article) -> None:
        """Upsert an article with its paragraphs and sentences (scores left for save_analysis)."""
        self.delete_articles([article.id])
        row = {k: v for k, v in asdict(article).items() if k not in ("paragraphs", "sentences")}
        row["date"] = article.date.isoformat()
        self.db.table("articles").insert(row, pk="id")
        self.db.table("paragraphs").insert_all(
            ({"article_id": article.id, **asdict(p)} for p in article.paragraphs),
            pk=("article_id", "position"),
        )
        self.db.table("sentences").insert_all(
            ({"article_id": article.id, **asdict(s), "score": None, "rank": None}
             for s in article.sentences),
            pk=("article_id", "position"),
        )  # fmt: skip

    def save_analysis(self, analysis: ArticleAnalysis) -> None:
        """Store one article's sentence scores (quotes and figures land with save_corpus)."""
        for score in analysis.scores:
            self.db.execute(
                "update sentences set score = ?, rank = ? where article_id = ? and position = ?",
                [score.score, score.rank, analysis.article_id, score.position],
            )

    def save_corpus(self, corpus: Corpus) -> None:
        """Replace stories, quotes and figures with the freshly linked ones."""
        for table in ("stories", "story_sentences", "quotes", "figures"):
            self.db.execute(f"delete from [{table}]")
        self.db.execute("update articles set story_id = null")
        for position, story in enumerate(corpus.stories):
            self._save_story(position, story)
        self.db.table("quotes").insert_all(_numbered(corpus.quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(corpus.figures, "f", _figure_row), pk="id")

    def _save_story(self, position: int, story: Story) -> None:
        self.db.table("stories").insert(
            {
                "id": story.id, "position": position, "headline": story.headline,
                "date": story.date.isoformat(), "article_ids": _json(story.article_ids),
            },
            pk="id",
        )  # fmt: skip
        self.db.table("story_sentences").insert_all(
            (
                {
                    "story_id": story.id, "position": i, "text": s.text,
                    "article_id": s.article_id, "sentence_position": s.position,
                    "sources": _json(s.sources),
                }
                for i, s in enumerate(story.sentences)
            ),
            pk=("story_id", "position"),
        )  # fmt: skip
        for article_id in story.article_ids:
            self.db.execute("update articles set story_id = ? where id = ?", [story.id, article_id])

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Remove articles and everything derived from them."""
        for article_id in article_ids:
            for table in ("paragraphs", "sentences", "quotes", "figures"):
                self.db.execute(f"delete from [{table}] where article_id = ?", [article_id])
            self.db.execute("delete from articles where id = ?", [article_id])

    def mark_built(self, build_id: int) -> None:
        """Record when the store last changed; a running bot polls build_id to announce news."""
        set_meta(self.db, built_at=datetime.now(UTC).isoformat(timespec="seconds"),
                 build_id=str(build_id))  # fmt: skip


def _quote_row(quote: Quote) -> dict[str, Any]:
    row = asdict(quote)
    row["sentences"] = _json(quote.sentences)
    row["sources"] = _json(quote.sources or (quote.article_id,))
    return row


def _figure_row(figure: Figure) -> dict[str, Any]:
    row = asdict(figure)
    row["sources"] = _json(figure.sources or (figure.article_id,))
    return row


def _numbered(items: Iterable[Any], prefix: str, to_row: Any) -> Iterator[dict[str, Any]]:
    """Rows with a stable id per article: "<article_id>:q0", "<article_id>:q1", ..."""
    counters: dict[str, int] = {}
    for item in items:
        n = counters.get(item.article_id, 0)
        counters[item.article_id] = n + 1
        yield {"id": f"{item.article_id}:{prefix}{n}", "position": n, **to_row(item)}

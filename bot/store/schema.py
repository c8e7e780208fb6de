"""The store's schema: its tables, full-text indexes and meta keys, and opening a store
file with a sentence that says what to do when it is missing, foreign or from another version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import DescIndex

from bot.errors import StoreError

SCHEMA_VERSION = 2  # 2: line digests, the story index, quotes' cue and mention
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
    "input_lines",
    "story_prints",
    "story_terms",
    "story_links",
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
    in_memory = str(path) == ":memory:"
    path = Path(path)
    if not in_memory and not path.exists() and not create:
        raise StoreError(f"no briefing store at {path}: {_REBUILD_HINT}")
    try:
        db = sqlite_utils.Database(memory=True) if in_memory else sqlite_utils.Database(path)
        if not in_memory:
            db.enable_wal()
        db.execute("PRAGMA busy_timeout = 5000")  # a running bot and a build share the file
        if create:
            ensure_schema(db)
        check_schema(db)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{path} is not a readable briefing store ({error}): delete it and run "
            "`briefing-bot build`"
        ) from None
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the build tables and indexes when they are not there yet."""
    with db.atomic():
        _drop_outdated(db)
        _create_tables(db)
        for table, columns in _FTS.items():
            if not db[f"{table}_fts"].exists():
                db.table(table).enable_fts(columns, create_triggers=True, tokenize="porter")
            _narrow_update_trigger(db, table, columns)
        if "meta" not in db.table_names() or not _meta(db, "schema_version"):
            set_meta(db, schema_version=str(SCHEMA_VERSION))


def _narrow_update_trigger(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """Index a row's text again only when an indexed column changes: a build that sets the story
    or the origin of thousands of articles must not tokenise their texts again. Existing stores
    get the narrower trigger the first time a build opens them."""
    name = f"{table}_au"
    found = db.execute(
        "select sql from sqlite_master where type = 'trigger' and name = ?", [name]
    ).fetchone()
    if found is None:
        return
    listed = ", ".join(f'"{column}"' for column in columns)
    narrow = found[0].replace(
        f'AFTER UPDATE ON "{table}"', f'AFTER UPDATE OF {listed} ON "{table}"', 1
    )
    if narrow != found[0]:
        db.execute(f'drop trigger "{name}"')
        db.execute(narrow)


def _drop_outdated(db: sqlite_utils.Database) -> None:
    """Drop the build's tables of a store from another schema version, so a build can remake
    them; the running bot's tables (subscriptions, ...) stay."""
    version = _meta(db, "schema_version") if "meta" in db.table_names() else None
    if version is None or version == str(SCHEMA_VERSION):
        return
    for table in (*(f"{name}_fts" for name in _FTS), *BUILD_TABLES):
        db.execute(f"drop table if exists [{table}]")
    # build_id stays: a running bot compares it with the last build it announced
    db.execute("delete from meta where key in ('schema_version', 'pipeline')")


def check_schema(db: sqlite_utils.Database) -> None:
    """Raise StoreError when the store was made by another version of briefing-bot."""
    version = _meta(db, "schema_version") if "meta" in db.table_names() else None
    if version is None:
        raise StoreError(f"the briefing store has no schema: {_REBUILD_HINT}")
    if version != str(SCHEMA_VERSION):
        raise StoreError(
            f"the briefing store has schema version {version}, this briefing-bot needs "
            f"{SCHEMA_VERSION}: run `briefing-bot build` to remake it"
        )


# The build's tables beside `inputs` and `articles`: columns and primary key of each.
_TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "paragraphs": (
        {"article_id": str, "position": int, "kind": str, "text": str},
        ("article_id", "position"),
    ),
    "sentences": (
        {"article_id": str, "position": int, "paragraph": int, "kind": str, "text": str,
         "score": float, "rank": int},
        ("article_id", "position"),
    ),
    "stories": (
        {"id": str, "position": int, "headline": str, "date": str, "article_ids": str}, "id"
    ),
    "story_sentences": (
        {"story_id": str, "position": int, "text": str, "article_id": str,
         "sentence_position": int, "sources": str},
        ("story_id", "position"),
    ),
    "quotes": (
        {"id": str, "article_id": str, "position": int, "text": str, "speaker": str,
         "role": str, "kind": str, "sentences": str, "context": str, "sources": str,
         "cue": str, "mention": str},
        "id",
    ),
    "figures": (
        {"id": str, "article_id": str, "position": int, "text": str, "value": float,
         "unit": str, "measure": str, "qualifier": str, "change": str, "period": str,
         "sentence": int, "context": str, "sources": str, "high": float},
        "id",
    ),
}  # fmt: skip


def _create_tables(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    _create_inputs(db)
    db.table("articles").create(
        {
            "id": str, "date": str, "source": str, "headline": str, "url": str, "origin": str,
            "raw_text": str, "text": str, "content_hash": str, "body_key": str, "story_id": str,
        },
        pk="id",
        not_null={"date", "source", "headline", "origin", "raw_text", "text", "content_hash"},
        if_not_exists=True,
    )  # fmt: skip
    for name, (columns, pk) in _TABLES.items():
        db.table(name).create(columns, pk=pk, if_not_exists=True)
    add_new_columns(db)
    for table in ("paragraphs", "sentences", "quotes", "figures"):
        db.table(table).create_index(["article_id"], if_not_exists=True)
    db.table("articles").create_index(["body_key"], if_not_exists=True)
    _create_index_tables(db)
    _create_read_indexes(db)


# Columns added since SCHEMA_VERSION was set: (table, column, type).
_NEW_COLUMNS: tuple[tuple[str, str, type], ...] = (("figures", "high", float),)


def add_new_columns(db: sqlite_utils.Database) -> None:
    """Add the columns a store of this schema version may predate: such a store still opens and
    serves (reads take a missing column as empty) and gains them before its first write."""
    for table, column, kind in _NEW_COLUMNS:
        if db[table].exists() and column not in db.table(table).columns_dict:
            db.table(table).add_column(column, kind)


def _create_inputs(db: sqlite_utils.Database) -> None:
    """The table of read inputs, with the columns a store from an older build lacks added."""
    db.table("inputs").create(
        {"path": str, "digest": str, "article_ids": str, "notices": str, "size": int},
        pk="path",
        if_not_exists=True,
    )
    if "notices" not in db.table("inputs").columns_dict:  # a store from before notices were kept
        db.table("inputs").add_column("notices", str)
    if "size" not in db.table("inputs").columns_dict:  # a store from before sizes were kept
        db.table("inputs").add_column("size", int)


# The bot reads one page at a time: each listing's order, and each lookup, has an index, so a
# page costs the same in a store of any size.
_READ_INDEXES: dict[str, tuple[tuple[str | DescIndex, ...], ...]] = {
    "articles": ((DescIndex("date"), "id"), ("story_id",), ("source",)),
    "stories": (("position",), (DescIndex("date"), "position")),
    "quotes": (("speaker",),),
    "figures": (("article_id", "position"),),
}


# Quotes and figures that other outlets report too: few, so /about counts each such statement
# once from a partial index while the rest are counted whole.
TWIN_ROWS = "sources like '%,%'"


def _create_read_indexes(db: sqlite_utils.Database) -> None:
    for table, indexes in _READ_INDEXES.items():
        for columns in indexes:
            db.table(table).create_index(list(columns), if_not_exists=True)
    for table in ("quotes", "figures"):
        db.execute(
            f"create index if not exists idx_{table}_twins on [{table}](article_id) "
            f"where {TWIN_ROWS}"
        )


def _create_index_tables(db: sqlite_utils.Database) -> None:
    """What makes a build proportional to its change: the digest of every read line, and each
    article's story print with an index of its terms and its links to articles of one event."""
    db.table("input_lines").create(
        {"path": str, "digest": str, "article_id": str}, pk=("path", "digest"), if_not_exists=True
    )
    db.table("story_prints").create(
        {"article_id": str, "day": int, "terms": str, "names": str},
        pk="article_id",
        if_not_exists=True,
    )
    db.table("story_terms").create(
        {"term": str, "day": int, "article_id": str}, pk=("term", "article_id"), if_not_exists=True
    )
    db.table("story_terms").create_index(["term", "day"], if_not_exists=True)
    db.table("story_terms").create_index(["article_id"], if_not_exists=True)
    db.table("story_links").create(
        {"first": str, "second": str, "similarity": float},
        pk=("first", "second"),
        if_not_exists=True,
    )
    db.table("story_links").create_index(["second"], if_not_exists=True)


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("select value from meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_meta(db: sqlite_utils.Database, **values: str) -> None:
    """Upsert `meta` keys (schema_version, built_at, build_id, ...)."""
    db.table("meta").upsert_all(
        ({"key": key, "value": value} for key, value in values.items()), pk="key"
    )


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    """One `meta` value, or None."""
    return _meta(db, key)


IDS = "(select value from json_each(?))"  # the ids of a JSON list, for `where id in`


def json_list(values: Iterable[Any]) -> str:
    """A JSON list of `values` for a query parameter or a text column."""
    return json.dumps(list(values), ensure_ascii=False)

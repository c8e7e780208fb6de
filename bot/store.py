"""The briefing store: owns the schema, the FTS indexes and every write of the build."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils
from sqlite_utils.db import DescIndex

from bot.errors import StoreError
from bot.models import (
    Article,
    ArticleAnalysis,
    Corpus,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    SentenceScore,
    Story,
)
from bot.parse import body_key
from bot.rows import figure_from, quote_from

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


def _create_tables(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.table("inputs").create(
        {"path": str, "digest": str, "article_ids": str, "notices": str, "size": int},
        pk="path",
        if_not_exists=True,
    )
    if "notices" not in db.table("inputs").columns_dict:  # a store from before notices were kept
        db.table("inputs").add_column("notices", str)
    if "size" not in db.table("inputs").columns_dict:  # a store from before sizes were kept
        db.table("inputs").add_column("size", int)
    db.table("articles").create(
        {
            "id": str, "date": str, "source": str, "headline": str, "url": str, "origin": str,
            "raw_text": str, "text": str, "content_hash": str, "body_key": str, "story_id": str,
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
            "cue": str, "mention": str,
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
    db.table("articles").create_index(["body_key"], if_not_exists=True)
    _create_index_tables(db)
    _create_read_indexes(db)


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


_IDS = "(select value from json_each(?))"  # the ids of a JSON list, for `where id in`


def story_position(newest: date, articles: int) -> int:
    """The order of stories, ascending, ties broken by id: newest article first, then largest."""
    return -(newest.toordinal() * 100_000 + min(articles, 99_999))


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
        self.save_articles([(article, None)])

    def save_articles(self, items: Iterable[tuple[Article, ArticleAnalysis | None]]) -> None:
        """Upsert many articles with their paragraphs and (scored) sentences in a few statements."""
        pairs = list(items)
        self.delete_articles([article.id for article, _ in pairs])
        self.db.table("articles").insert_all((_article_row(a) for a, _ in pairs), pk="id")
        self.db.table("paragraphs").insert_all(
            ({"article_id": a.id, "position": p.position, "kind": p.kind, "text": p.text}
             for a, _ in pairs for p in a.paragraphs),
            pk=("article_id", "position"),
        )  # fmt: skip
        self.db.table("sentences").insert_all(
            (row for a, analysis in pairs for row in _sentence_rows(a, analysis)),
            pk=("article_id", "position"),
        )

    def save_extracts(self, analyses: Iterable[ArticleAnalysis]) -> None:
        """Store articles' quotes and figures as found, each its own only source till linked."""
        listed = list(analyses)
        quotes = (q for a in listed for q in a.quotes)
        figures = (f for a in listed for f in a.figures)
        self.db.table("quotes").insert_all(_numbered(quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(figures, "f", _figure_row), pk="id")

    def save_analysis(self, analysis: ArticleAnalysis) -> None:
        """Store one article's sentence scores (quotes and figures land with save_corpus)."""
        self.db.conn.executemany(
            "update sentences set score = ?, rank = ? where article_id = ? and position = ?",
            [(s.score, s.rank, analysis.article_id, s.position) for s in analysis.scores],
        )

    def save_corpus(self, corpus: Corpus) -> None:
        """Replace stories, quotes and figures with the freshly linked ones."""
        for table in ("stories", "story_sentences", "quotes", "figures"):
            self.db.execute(f"delete from [{table}]")
        self.db.execute("update articles set story_id = null")
        latest = dict(self.db.execute("select id, date from articles").fetchall())
        for story in corpus.stories:
            newest = max(date.fromisoformat(latest[a]) for a in story.article_ids)
            self._save_story(story_position(newest, len(story.article_ids)), story)
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
        self.db.execute(
            f"update articles set story_id = ? where id in {_IDS}",
            [story.id, _json(story.article_ids)],
        )

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Remove articles, everything derived from them, and the stories they were in."""
        ids = _json(article_ids)
        self._delete_stories_of(ids)
        for table in ("paragraphs", "sentences", "quotes", "figures", "story_terms"):
            self.db.execute(f"delete from [{table}] where article_id in {_IDS}", [ids])
        self.db.execute(f"delete from story_prints where article_id in {_IDS}", [ids])
        self.db.execute(f"delete from articles where id in {_IDS}", [ids])

    def _delete_stories_of(self, ids: str) -> None:
        """Drop the stories holding any of the articles (a JSON list); their articles keep none."""
        stories = f"select story_id from articles where id in {_IDS} and story_id is not null"
        for table, column in (("story_sentences", "story_id"), ("stories", "id")):
            self.db.execute(f"delete from [{table}] where [{column}] in ({stories})", [ids])
        self.db.execute(f"update articles set story_id = null where story_id in ({stories})", [ids])

    def replace_corpus(self, article_ids: Sequence[str], corpus: Corpus) -> None:
        """Put the freshly linked stories, quotes and figures of whole events in place of theirs."""
        ids = _json(article_ids)
        self._delete_stories_of(ids)
        for table in ("quotes", "figures"):
            self.db.execute(f"delete from [{table}] where article_id in {_IDS}", [ids])
        latest = dict(self.db.execute(f"select id, date from articles where id in {_IDS}", [ids]))
        for story in corpus.stories:
            newest = max(date.fromisoformat(latest[a]) for a in story.article_ids)
            self._save_story(story_position(newest, len(story.article_ids)), story)
        self.db.table("quotes").insert_all(_numbered(corpus.quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(corpus.figures, "f", _figure_row), pk="id")

    def mark_built(self, build_id: int) -> None:
        """Record when the store last changed; a running bot polls build_id to announce news."""
        set_meta(self.db, built_at=datetime.now(UTC).isoformat(timespec="seconds"),
                 build_id=str(build_id))  # fmt: skip

    def save_inputs(self, inputs: Iterable[InputRow]) -> None:
        """Remember each input file's digest and articles, so an unchanged file is not re-read."""
        rows = (
            {"path": i.path, "digest": i.digest, "article_ids": _json(i.article_ids),
             "notices": json.dumps([list(n) for n in i.notices], ensure_ascii=False),
             "size": i.size}
            for i in inputs
        )  # fmt: skip
        self.db.table("inputs").upsert_all(rows, pk="path")

    def delete_inputs(self, paths: Iterable[str]) -> None:
        """Forget input files (gone, or to be re-read next time) and the digests of their lines."""
        for path in paths:
            self.db.execute("delete from inputs where path = ?", [path])
            self.db.execute("delete from input_lines where path = ?", [path])

    def save_lines(self, path: str, lines: Iterable[tuple[str, str]]) -> None:
        """Remember the digest of each new entry of an input and its article, so an unchanged
        line is not parsed again."""
        self.db.conn.executemany(
            "insert or replace into input_lines (path, digest, article_id) values (?, ?, ?)",
            ((path, digest, article_id) for digest, article_id in lines),
        )

    def forget_lines(self, path: str, *, keep: Sequence[str]) -> None:
        """Forget the digests of an input's entries that are no longer in it."""
        self.db.execute(
            f"delete from input_lines where path = ? and digest not in {_IDS}", [path, _json(keep)]
        )

    def set_origin(self, article_id: str, origin: str) -> None:
        """Point an unchanged article at the file (and line) it is now read from."""
        self.db.execute("update articles set origin = ? where id = ?", [origin, article_id])


class InputNotice(NamedTuple):
    """What was wrong with an input file, kept to be replayed when the file is not read again."""

    origin: str  # `path` or `path:line`
    reason: str
    skipped: bool  # the input was left out; else only warned about


@dataclass(frozen=True, slots=True)
class InputRow:
    """One input file as the last build saw it."""

    path: str  # resolved, so the same file is recognised from any working directory
    digest: str
    article_ids: tuple[str, ...]
    notices: tuple[InputNotice, ...] = ()
    size: int = 0  # bytes the digest covers (0: not known), to recognise lines appended since


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the store holds from the last build: enough to plan an incremental one."""

    inputs: dict[str, InputRow]
    hashes: dict[str, str]  # article id -> content_hash
    origins: dict[str, str]  # article id -> origin
    build_id: int
    pipeline: str | None  # fingerprint of the code that built it


def snapshot(db: sqlite_utils.Database) -> Snapshot:
    """The inputs, article hashes and build id of the store's last build."""
    inputs = {
        row["path"]: InputRow(
            row["path"], row["digest"], tuple(json.loads(row["article_ids"])),
            tuple(InputNotice(o, r, bool(s)) for o, r, s in json.loads(row["notices"] or "[]")),
            row.get("size") or 0,
        )
        for row in db.query("select * from inputs")  # a reader's store may predate `size`
    }  # fmt: skip
    rows = list(db.query("select id, content_hash, origin from articles"))
    return Snapshot(
        inputs=inputs,
        hashes={row["id"]: row["content_hash"] for row in rows},
        origins={row["id"]: row["origin"] for row in rows},
        build_id=int(get_meta(db, "build_id") or 0),
        pipeline=get_meta(db, "pipeline"),
    )


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    """One `meta` value, or None."""
    return _meta(db, key)


def load_body_keys(db: sqlite_utils.Database, ids: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(id, body key) of stored articles, to recognise the same article under a new name."""
    yield from db.execute(f"select id, body_key from articles where id in {_IDS}", [_json(ids)])


def load_lines(db: sqlite_utils.Database, path: str) -> dict[str, tuple[str, str]]:
    """The entries of an input the last build read: digest -> (article id, body key)."""
    sql = (
        "select l.digest, l.article_id, a.body_key from input_lines l "
        "join articles a on a.id = l.article_id where l.path = ?"
    )
    return {digest: (article_id, key) for digest, article_id, key in db.execute(sql, [path])}


def load_articles(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> list[Article]:
    """Stored articles rebuilt as Articles (all of them when `ids` is None), sorted by id."""
    where, params = _where_ids("id", ids)
    paragraphs = _grouped(db, "paragraphs", ids, lambda r: Paragraph(
        r["position"], r["kind"], r["text"]))  # fmt: skip
    sentences = _grouped(db, "sentences", ids, lambda r: Sentence(
        r["position"], r["paragraph"], r["kind"], r["text"]))  # fmt: skip
    rows = db.query(f"select * from articles where {where} order by id", params)
    return [_article(row, paragraphs, sentences) for row in rows]


def _where_ids(column: str, ids: Iterable[str] | None) -> tuple[str, list[str]]:
    """A where clause keeping the rows of `ids` (every row when None), with its parameters."""
    return ("1", []) if ids is None else (f"[{column}] in {_IDS}", [_json(ids)])


def _article(
    row: dict[str, Any], paragraphs: dict[str, list[Any]], sentences: dict[str, list[Any]]
) -> Article:
    return Article(
        id=row["id"], date=date.fromisoformat(row["date"]), source=row["source"],
        headline=row["headline"], url=row["url"], origin=row["origin"], raw_text=row["raw_text"],
        text=row["text"], paragraphs=tuple(paragraphs.get(row["id"], ())),
        sentences=tuple(sentences.get(row["id"], ())), content_hash=row["content_hash"],
    )  # fmt: skip


def load_analyses(
    db: sqlite_utils.Database, ids: Iterable[str] | None = None
) -> list[ArticleAnalysis]:
    """Stored per-article analyses (scores, quotes, figures without their links), sorted by id."""
    ids = None if ids is None else list(ids)
    scores = _grouped(db, "sentences", ids, _score, "score is not null")
    quotes = _grouped(db, "quotes", ids, _quote)
    figures = _grouped(db, "figures", ids, _figure)
    where, params = _where_ids("id", ids)
    article_ids = [r["id"] for r in db.query(f"select id from articles where {where} order by id",
                                             params)]  # fmt: skip
    return [
        ArticleAnalysis(i, tuple(scores.get(i, ())), tuple(quotes.get(i, ())),
                        tuple(figures.get(i, ())))
        for i in article_ids
    ]  # fmt: skip


def _grouped(
    db: sqlite_utils.Database,
    table: str,
    ids: Iterable[str] | None,
    to_model: Callable[[dict[str, Any]], Any],
    where: str = "1",
) -> dict[str, list[Any]]:
    """Rows of `table` as models, grouped by article id, in position order."""
    grouped: dict[str, list[Any]] = {}
    chosen, params = _where_ids("article_id", ids)
    sql = f"select * from [{table}] where {where} and {chosen} order by article_id, position"
    for row in db.query(sql, params):
        grouped.setdefault(row["article_id"], []).append(to_model(row))
    return grouped


def _score(row: dict[str, Any]) -> SentenceScore:
    return SentenceScore(position=row["position"], score=row["score"], rank=row["rank"])


def _quote(row: dict[str, Any]) -> Quote:
    return replace(quote_from(row), sources=())  # an analysis is one article's: links come later


def _figure(row: dict[str, Any]) -> Figure:
    return replace(figure_from(row), sources=())


EXPORTS = ("articles", "summaries", "stories", "quotes", "figures")


def export_records(
    db: sqlite_utils.Database, kind: str, *, sentences: int | None = None
) -> Iterator[dict[str, Any]]:
    """The JSON objects `briefing-bot export KIND` writes, one per article/story/quote/figure.

    `sentences` is the summary length: 3 for an article by default, all stored for a story."""
    if kind == "articles":
        yield from db.query(
            "select id, date, source, headline, url, origin, text from articles order by date, id"
        )
    elif kind == "summaries":
        yield from _summaries(db, sentences or 3)
    elif kind == "stories":
        yield from _stories(db, sentences)
    elif kind == "quotes":
        for row in db.query("select * from quotes order by article_id, position"):
            yield {
                "article": row["article_id"], "quote": row["text"], "speaker": row["speaker"],
                "role": row["role"], "kind": row["kind"], "sources": json.loads(row["sources"]),
                "cue": row["cue"], "mention": row["mention"],
            }  # fmt: skip
    elif kind == "figures":
        for row in db.query("select * from figures order by article_id, position"):
            yield {"article": row["article_id"], **{k: row[k] for k in _FIGURE_FIELDS},
                   "sources": json.loads(row["sources"])}  # fmt: skip
    else:
        raise StoreError(f"unknown export {kind!r}: choose one of {', '.join(EXPORTS)}")


_FIGURE_FIELDS = ("text", "value", "unit", "measure", "qualifier", "change", "period")


def _summaries(db: sqlite_utils.Database, sentences: int) -> Iterator[dict[str, Any]]:
    """Each article's top-`sentences` sentences by rank, shown in article order."""
    chosen: dict[str, list[str]] = {}
    sql = "select article_id, text from sentences where rank <= ? order by article_id, position"
    for row in db.query(sql, [sentences]):
        chosen.setdefault(row["article_id"], []).append(row["text"])
    for row in db.query("select id from articles order by date, id"):
        yield {"article": row["id"], "summary": chosen.get(row["id"], [])}


def _stories(db: sqlite_utils.Database, sentences: int | None) -> Iterator[dict[str, Any]]:
    """Each story with its summary's first `sentences` lines (stored best first)."""
    lines: dict[str, list[dict[str, Any]]] = {}
    sql = "select story_id, text, sources from story_sentences order by story_id, position"
    for row in db.query(sql):
        line = {"text": row["text"], "sources": json.loads(row["sources"])}
        lines.setdefault(row["story_id"], []).append(line)
    for row in db.query("select * from stories order by position, id"):
        yield {
            "id": row["id"], "headline": row["headline"], "date": row["date"],
            "articles": json.loads(row["article_ids"]),
            "summary": lines.get(row["id"], [])[:sentences],
        }  # fmt: skip


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "date": article.date.isoformat(), "source": article.source,
        "headline": article.headline, "url": article.url, "origin": article.origin,
        "raw_text": article.raw_text, "text": article.text, "content_hash": article.content_hash,
        "body_key": body_key(article.date, article.raw_text),
    }  # fmt: skip


def _sentence_rows(article: Article, analysis: ArticleAnalysis | None) -> Iterator[dict[str, Any]]:
    scores = {s.position: s for s in analysis.scores} if analysis is not None else {}
    for s in article.sentences:
        score = scores.get(s.position)
        yield {
            "article_id": article.id, "position": s.position, "paragraph": s.paragraph,
            "kind": s.kind, "text": s.text, "score": score.score if score else None,
            "rank": score.rank if score else None,
        }  # fmt: skip


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

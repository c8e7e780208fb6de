"""The sources' tables: each feed's polling state, the map of its entries to articles, and the
operators' outbox; reads and writes of them, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from bot.errors import ConfigError
from bot.live.sources.model import (
    ACTIVE,
    NAME_CHARS,
    EntryRow,
    Notice,
    Source,
    check_name,
    check_url,
    default_name,
)
from bot.markup import clip
from bot.stamps import moment_of, stamp

SOURCE_TABLES = ("sources", "source_entries", "source_notices")


def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create the sources' tables when they are not there yet."""
    db.table("sources").create(
        {
            "id": int, "name": str, "url": str, "title": str, "etag": str,
            "last_modified": str, "last_fetch": str, "last_new": str, "state": str,
            "error": str, "failures": int, "failing_since": str, "backoff_until": str,
            "next_fetch": str, "added_at": str,
        },
        pk="id", not_null={"name", "url", "state"}, if_not_exists=True,
    )  # fmt: skip
    db.table("sources").create_index(["name"], unique=True, if_not_exists=True)
    db.table("sources").create_index(["url"], unique=True, if_not_exists=True)
    db.table("source_entries").create(
        {
            "source_id": int, "key": str, "article_id": str, "digest": str, "url": str,
            "text_hash": str, "date": str,
        },
        pk=("source_id", "key"), if_not_exists=True,
    )  # fmt: skip
    for column in ("article_id", "url", "text_hash"):
        db.table("source_entries").create_index([column], if_not_exists=True)
    db.table("source_notices").create(
        {"id": int, "text": str, "created_at": str, "sent_at": str}, pk="id", if_not_exists=True
    )


_TIMES = ("last_fetch", "last_new", "failing_since", "backoff_until", "next_fetch")


def _source(row: dict[str, Any]) -> Source:
    values = {k: row[k] for k in Source.__slots__ if k in row}
    for key in _TIMES:
        values[key] = moment_of(row[key])
    values["failures"] = row["failures"] or 0
    return Source(**values)


def _row(source: Source) -> dict[str, Any]:
    row = {k: getattr(source, k) for k in Source.__slots__}
    for key in _TIMES:
        row[key] = stamp(row[key])
    return row


class Sources:
    """Reads and writes of the sources' tables; the caller decides the transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        ensure_tables(db)

    # sources

    def all(self) -> list[Source]:
        """Every source, in the order they were added."""
        return [_source(r) for r in self.db.query("select * from sources order by id")]

    def find(self, name_or_url: str) -> Source | None:
        """The source with this name (any case) or URL."""
        rows = list(self.db.query(
            "select * from sources where lower(name) = lower(?) or url = ? order by id limit 1",
            [name_or_url.strip(), name_or_url.strip()],
        ))  # fmt: skip
        return _source(rows[0]) if rows else None

    def add(self, url: str, name: str | None = None, now: datetime | None = None) -> Source:
        """Follow a feed; ConfigError when its URL or name is taken or not http(s)."""
        url = check_url(url)
        if self.find(url) is not None:
            raise ConfigError(f"{url} is already followed")
        name = check_name(name) if name else clip(self._free_name(url), NAME_CHARS)
        if not name or self.find(name) is not None:
            raise ConfigError(f"a source named {name!r} already exists: pick another --name")
        added = stamp(now or datetime.now(UTC))
        with self.db.conn:
            self.db.table("sources").insert(
                {"name": name, "url": url, "state": ACTIVE, "failures": 0, "added_at": added}
            )
        found = self.find(url)
        assert found is not None  # just inserted
        return found

    def _free_name(self, url: str) -> str:
        """The host, or the host and path when another source of that host has it."""
        name = default_name(url)
        return name if self.find(name) is None else default_name(url, with_path=True)

    def remove(self, name_or_url: str) -> Source | None:
        """Stop following a source (its articles stay in the store); None when unknown."""
        source = self.find(name_or_url)
        if source is None:
            return None
        with self.db.conn:
            self.db.execute("delete from source_entries where source_id = ?", [source.id])
            self.db.execute("delete from sources where id = ?", [source.id])
        return source

    def save(self, source: Source) -> None:
        """Write a source's polling state back (inside the round's transaction).

        A new URL (a permanent redirect) is kept only when no other source follows it already.
        """
        row = _row(source)
        taken = self.find(source.url)
        if taken is not None and taken.id != source.id:
            del row["url"]
        del row["id"]
        sets = ", ".join(f"[{key}] = ?" for key in row)
        self.db.execute(f"update sources set {sets} where id = ?", [*row.values(), source.id])

    # entries

    def entries(self, source_id: int) -> dict[str, EntryRow]:
        """A source's known entries by key (those whose article the store still holds: an
        article removed by a build comes back with the next round)."""
        rows = self.db.query(
            "select e.* from source_entries e join articles a on a.id = e.article_id "
            "where e.source_id = ?",
            [source_id],
        )
        return {r["key"]: EntryRow(**r) for r in rows}

    def article_by_url(self, url: str) -> str | None:
        """The article id already stored under this link (from any source or a build)."""
        for sql in (
            "select article_id from source_entries where url = ? limit 1",
            "select id as article_id from articles where url = ? limit 1",
        ):
            rows = list(self.db.query(sql, [url]))
            if rows:
                return str(rows[0]["article_id"])
        return None

    def stored_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these articles the store holds."""
        wanted = list(article_ids)
        found: set[str] = set()
        for chunk in _chunks(wanted, 500):
            marks = ", ".join("?" for _ in chunk)
            rows = self.db.query(f"select id from articles where id in ({marks})", chunk)
            found.update(str(r["id"]) for r in rows)
        return found

    def article_by_text(self, text_hash: str) -> str | None:
        """The article id already stored with the same text (from any source)."""
        rows = list(self.db.query(
            "select article_id from source_entries where text_hash = ? limit 1", [text_hash]
        ))  # fmt: skip
        return str(rows[0]["article_id"]) if rows else None

    def save_entries(self, rows: Iterable[EntryRow]) -> None:
        """Remember entries and their articles (inside the round's transaction)."""
        self.db.table("source_entries").upsert_all(
            (_entry_dict(r) for r in rows), pk=("source_id", "key")
        )

    def fetched_before(self, day: str) -> list[str]:
        """Ids of fetched articles dated before `day` (ISO), never those a build also holds."""
        rows = self.db.query(
            "select distinct e.article_id from source_entries e join articles a "
            "on a.id = e.article_id where a.date < ? and a.origin like 'live:%' "
            "order by e.article_id",
            [day],
        )
        return [str(r["article_id"]) for r in rows]

    def forget_articles(self, article_ids: Sequence[str]) -> None:
        """Drop entry mappings of removed articles (inside the round's transaction)."""
        for chunk in _chunks(article_ids, 500):
            marks = ", ".join("?" for _ in chunk)
            self.db.execute(f"delete from source_entries where article_id in ({marks})", chunk)

    def counts(self) -> dict[int, int]:
        """How many stored articles each source gave, by source id."""
        rows = self.db.query(
            "select e.source_id, count(distinct e.article_id) n from source_entries e "
            "join articles a on a.id = e.article_id group by e.source_id"
        )
        return {int(r["source_id"]): int(r["n"]) for r in rows}

    # notices for the operators

    def queue_notice(self, text: str, now: datetime) -> None:
        """Queue a message for the operators (inside the round's transaction)."""
        self.db.table("source_notices").insert({"text": text, "created_at": stamp(now)})

    def unsent_notices(self) -> list[Notice]:
        """Messages for the operators not sent yet, oldest first."""
        sql = "select id, text from source_notices where sent_at is null order by id"
        rows = self.db.query(sql)
        return [Notice(int(r["id"]), str(r["text"])) for r in rows]

    def mark_sent(self, notice: Notice, now: datetime) -> None:
        """Record that a notice reached the operators."""
        with self.db.conn:
            self.db.execute(
                "update source_notices set sent_at = ? where id = ?", [stamp(now), notice.id]
            )


def _entry_dict(row: EntryRow) -> dict[str, Any]:
    return {k: getattr(row, k) for k in EntryRow.__slots__}


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])

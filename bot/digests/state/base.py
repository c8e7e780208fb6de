"""The digests' tables, their version, and what every read and write of them shares."""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any

import sqlite_utils

from bot.errors import StoreError

Database = sqlite_utils.Database  # for modules that hold a store without importing sqlite_utils
STATE_VERSION = 1
STATE_TABLES = ("digest_meta", "chats", "subscriptions", "channels", "deliveries", "story_builds")


@cache
def process_token() -> str:
    """This process's id for claims: a pid can be reused after a crash, a token cannot."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:12]}"


def _create(db: sqlite_utils.Database) -> None:
    db.table("digest_meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.table("chats").create(
        {"id": int, "type": str, "timezone": str, "options": str, "thread_id": int,
         "blocked": int},
        pk="id", if_not_exists=True,
    )  # fmt: skip
    db.table("subscriptions").create(
        {"chat_id": int, "time": str, "topics": str, "paused": int, "thread_id": int,
         "next_at": str},
        pk="chat_id", if_not_exists=True,
    )  # fmt: skip
    db.table("channels").create(
        {"id": int, "title": str, "username": str, "bound_by": int, "bound_at": str},
        pk="id", if_not_exists=True,
    )  # fmt: skip
    db.table("deliveries").create(
        {"chat_id": int, "key": str, "kind": str, "story_ids": str, "topics": str,
         "status": str, "parts_sent": int, "thread_id": int, "created_at": str,
         "sent_at": str, "error": str, "owner": str},
        pk=("chat_id", "key"), if_not_exists=True,
    )  # fmt: skip
    db.table("deliveries").create_index(["status"], if_not_exists=True)
    db.table("story_builds").create({"story_id": str, "build_id": int}, pk="story_id",
                                    if_not_exists=True)  # fmt: skip


class StateBase:
    """The tables made sure of at start-up, and the one way to read and write them."""

    def __init__(self, db: sqlite_utils.Database, owner: str | None = None) -> None:
        self.db = db
        self.owner = owner or process_token()  # marks this process's deliveries in flight
        # WAL without an fsync per commit: a killed process loses nothing committed; only a
        # power cut could forget the last few deliveries (and resend them)
        db.execute("PRAGMA synchronous = NORMAL")
        with db.conn:
            _create(db)
        version = self.meta("state_version")
        if version is None:
            self.set_meta("state_version", str(STATE_VERSION))
        elif version != str(STATE_VERSION):
            raise StoreError(
                f"the digests' state has version {version}, this briefing-bot needs "
                f"{STATE_VERSION}: back up the store and drop the tables {', '.join(STATE_TABLES)}"
            )

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, list(params)))

    def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self.db.conn:
            return int(self.db.execute(sql, list(params)).rowcount)

    def meta(self, key: str) -> str | None:
        """A value of the digests' own meta table."""
        rows = self._rows("select value from digest_meta where key = ?", [key])
        return str(rows[0]["value"]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        """Upsert one meta value."""
        self._write("insert or replace into digest_meta (key, value) values (?, ?)", [key, value])

    def build_id(self) -> int:
        """The store's build counter from the build-owned meta table (read only)."""
        rows = self._rows("select value from meta where key = 'build_id'")
        value = str(rows[0]["value"]) if rows else "0"
        return int(value) if value.isdigit() else 0

"""The digests' tables in the briefing store (never in BUILD_TABLES, so a build leaves them be)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

import sqlite_utils

from bot.digests.models import (
    PENDING,
    SENDING,
    SENT,
    Channel,
    ChatOptions,
    Delivery,
    DeliveryStatus,
    Subscription,
)
from bot.digests.schedule import hhmm, parse_time
from bot.errors import StoreError
from bot.stamps import moment_of, stamp

Database = sqlite_utils.Database  # for modules that hold a store without importing sqlite_utils
STATE_VERSION = 1
STATE_TABLES = ("digest_meta", "chats", "subscriptions", "channels", "deliveries", "story_builds")
_OPTIONS = ("notices", "previews", "announce")


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


class State:
    """Reads and writes of chats, subscriptions, channels and the delivery log; each commits."""

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

    # meta

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

    # chats

    def chat(self, chat_id: int) -> ChatOptions:
        """A chat's options (the defaults for a chat never seen)."""
        rows = self._rows("select * from chats where id = ?", [chat_id])
        if not rows:
            return ChatOptions(chat_id)
        row = rows[0]
        options = json.loads(row["options"] or "{}")
        return ChatOptions(
            chat_id=chat_id, chat_type=row["type"], timezone=row["timezone"] or "UTC",
            thread_id=row["thread_id"], blocked=bool(row["blocked"]),
            **{k: bool(options[k]) for k in _OPTIONS if k in options},
        )  # fmt: skip

    def save_chat(self, chat: ChatOptions) -> None:
        """Insert or replace a chat's options."""
        options = json.dumps({k: getattr(chat, k) for k in _OPTIONS})
        self._write(
            "insert or replace into chats (id, type, timezone, options, thread_id, blocked) "
            "values (?, ?, ?, ?, ?, ?)",
            [chat.chat_id, chat.chat_type, chat.timezone, options, chat.thread_id,
             int(chat.blocked)],
        )  # fmt: skip

    def announce_targets(self) -> list[ChatOptions]:
        """Chats that asked for announcements and are not blocked."""
        rows = self._rows("select id from chats where blocked = 0 order by id")
        return [c for c in (self.chat(r["id"]) for r in rows) if c.announce]

    # subscriptions

    def subscription(self, chat_id: int) -> Subscription | None:
        """The chat's daily digest, or None."""
        rows = self._rows("select * from subscriptions where chat_id = ?", [chat_id])
        return _subscription(rows[0]) if rows else None

    def subscriptions(self, *, active: bool = False) -> list[Subscription]:
        """Every subscription (only unpaused ones with `active`)."""
        where = "where paused = 0" if active else ""
        rows = self._rows(f"select * from subscriptions {where} order by chat_id")
        return [_subscription(row) for row in rows]

    def due(self, now: datetime) -> list[Subscription]:
        """Unpaused subscriptions whose next run is at or before `now`."""
        rows = self._rows(
            "select * from subscriptions where paused = 0 and next_at <= ? order by next_at",
            [stamp(now)],
        )
        return [_subscription(row) for row in rows]

    def save_subscription(self, sub: Subscription) -> None:
        """Insert or replace the chat's subscription."""
        self._write(
            "insert or replace into subscriptions (chat_id, time, topics, paused, thread_id, "
            "next_at) values (?, ?, ?, ?, ?, ?)",
            [sub.chat_id, hhmm(sub.at), json.dumps(list(sub.topics)), int(sub.paused),
             sub.thread_id, stamp(sub.next_at)],
        )  # fmt: skip

    def delete_subscription(self, chat_id: int) -> bool:
        """Remove the chat's subscription; False when there was none."""
        return self._write("delete from subscriptions where chat_id = ?", [chat_id]) > 0

    def set_blocked(self, chat_id: int, blocked: bool) -> bool:
        """Pause (or resume) everything for a chat; True when that changed anything."""
        chat = self.chat(chat_id)
        changed = chat.blocked != blocked
        if changed or blocked:
            self.save_chat(replace(chat, blocked=blocked))
        paused = self._write(
            "update subscriptions set paused = ? where chat_id = ? and paused = ?",
            [int(blocked), chat_id, int(not blocked)],
        )
        return changed or paused > 0

    # channels

    def bind_channel(self, channel: Channel, now: datetime) -> None:
        """Record a bound channel; it announces new stories from now on."""
        self._write(
            "insert or replace into channels (id, title, username, bound_by, bound_at) "
            "values (?, ?, ?, ?, ?)",
            [channel.chat_id, channel.title, channel.username, channel.bound_by, stamp(now)],
        )

    def channels(self, bound_by: int | None = None) -> list[Channel]:
        """Bound channels (those bound by one user, when given)."""
        where, params = ("where bound_by = ?", [bound_by]) if bound_by is not None else ("", [])
        rows = self._rows(f"select * from channels {where} order by id", params)
        return [Channel(r["id"], r["title"], r["username"], r["bound_by"]) for r in rows]

    def unbind_channel(self, chat_id: int) -> bool:
        """Forget a channel; False when it was not bound."""
        return self._write("delete from channels where id = ?", [chat_id]) > 0

    # stories seen per build, for announcements

    def record_stories(self, story_ids: Sequence[str], build_id: int) -> list[str]:
        """Note stories first seen in `build_id`; the ids that were new."""
        known = {r["story_id"] for r in self._rows("select story_id from story_builds")}
        fresh = [s for s in story_ids if s not in known]
        with self.db.conn:
            self.db.conn.executemany(
                "insert into story_builds (story_id, build_id) values (?, ?)",
                [(s, build_id) for s in fresh],
            )
        return fresh

    def stories_of_build(self, build_id: int) -> set[str]:
        """Ids of the stories first seen in `build_id`."""
        rows = self._rows("select story_id from story_builds where build_id = ?", [build_id])
        return {str(r["story_id"]) for r in rows}

    # deliveries

    def delivered_story_ids(self, chat_id: int) -> set[str]:
        """Stories already sent (or queued) to the chat: never twice to the same chat."""
        rows = self._rows(
            "select j.value id from deliveries d, json_each(d.story_ids) j "
            "where d.chat_id = ? and d.status in ('pending', 'sending', 'sent', 'paused')",
            [chat_id],
        )
        return {str(r["id"]) for r in rows}

    def enqueue(self, delivery: Delivery, now: datetime) -> bool:
        """Queue a delivery; False when this (chat, key) was already queued or sent."""
        return self._write(
            "insert or ignore into deliveries (chat_id, key, kind, story_ids, topics, status, "
            "parts_sent, thread_id, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)",
            [delivery.chat_id, delivery.key, delivery.kind, json.dumps(list(delivery.story_ids)),
             json.dumps(list(delivery.topics)), delivery.status, delivery.thread_id, stamp(now)],
        ) > 0  # fmt: skip

    def delivery(self, chat_id: int, key: str) -> Delivery | None:
        """One delivery record."""
        rows = self._rows("select * from deliveries where chat_id = ? and key = ?", [chat_id, key])
        return _delivery(rows[0]) if rows else None

    def deliveries(self, chat_id: int | None = None) -> list[Delivery]:
        """The delivery log (of one chat), oldest first."""
        where, params = ("where chat_id = ?", [chat_id]) if chat_id is not None else ("", [])
        rows = self._rows(f"select * from deliveries {where} order by rowid", params)
        return [_delivery(row) for row in rows]

    def outbox(self, limit: int = 500) -> list[Delivery]:
        """Deliveries still to send: interrupted ones first, then the queue in order."""
        rows = self._rows(
            "select * from deliveries where status in ('sending', 'pending') "
            "order by status = 'pending', rowid limit ?",
            [limit],
        )
        return [_delivery(row) for row in rows]

    def claim(self, delivery: Delivery) -> bool:
        """Mark a delivery as in flight; False when another sender got it first.

        One left 'sending' by a process that died is taken over: its messages before
        `parts_sent` reached Telegram, the rest go now.
        """
        return self._write(
            "update deliveries set status = ?, owner = ? where chat_id = ? and key = ? "
            "and (status = ? or (status = ? and owner is not ?))",
            [SENDING, self.owner, delivery.chat_id, delivery.key, PENDING, SENDING, self.owner],
        ) > 0  # fmt: skip

    def part_sent(self, delivery: Delivery, parts_sent: int) -> None:
        """Record that the first `parts_sent` messages of a delivery reached Telegram."""
        self._write(
            "update deliveries set parts_sent = ? where chat_id = ? and key = ?",
            [parts_sent, delivery.chat_id, delivery.key],
        )

    def finish(
        self, delivery: Delivery, status: DeliveryStatus, now: datetime, error: str = ""
    ) -> None:
        """Close a delivery as sent, paused, failed or skipped."""
        self._write(
            "update deliveries set status = ?, sent_at = ?, error = ? "
            "where chat_id = ? and key = ?",
            [status, stamp(now) if status == SENT else None, error or None, delivery.chat_id,
             delivery.key],
        )  # fmt: skip

    def skip_paused(self, chat_id: int) -> int:
        """Close a chat's paused deliveries unsent, so their stories count as not had yet."""
        return self._write(
            "update deliveries set status = 'skipped' where chat_id = ? and status = 'paused'",
            [chat_id],
        )

    def migrate(self, old_id: int, new_id: int) -> None:
        """Move a group that became a supergroup, with everything it had, to its new id."""
        with self.db.conn:
            for table, column in (("chats", "id"), ("subscriptions", "chat_id"),
                                  ("channels", "id"), ("deliveries", "chat_id")):  # fmt: skip
                self.db.execute(
                    f"update or replace [{table}] set [{column}] = ? where [{column}] = ?",
                    [new_id, old_id],
                )
            self.db.execute("update chats set type = 'supergroup' where id = ?", [new_id])

    def counts(self) -> dict[str, int]:
        """How many deliveries are in each status (for logs and tests)."""
        rows = self._rows("select status, count(*) n from deliveries group by status")
        return {str(r["status"]): int(r["n"]) for r in rows}


def _subscription(row: dict[str, Any]) -> Subscription:
    at = parse_time(row["time"])
    assert at is not None  # written by save_subscription from a time
    return Subscription(
        chat_id=row["chat_id"], at=at, topics=tuple(json.loads(row["topics"] or "[]")),
        paused=bool(row["paused"]), thread_id=row["thread_id"], next_at=moment_of(row["next_at"]),
    )  # fmt: skip


def _delivery(row: dict[str, Any]) -> Delivery:
    return Delivery(
        chat_id=row["chat_id"], key=row["key"], kind=row["kind"],
        story_ids=tuple(json.loads(row["story_ids"] or "[]")),
        topics=tuple(json.loads(row["topics"] or "[]")), status=row["status"],
        parts_sent=row["parts_sent"] or 0, thread_id=row["thread_id"],
    )  # fmt: skip

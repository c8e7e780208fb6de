"""Who gets what: each chat's options, its daily subscription and the channels bound to it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.digests.models import SWITCHES, Channel, ChatOptions, Subscription
from bot.digests.schedule import hhmm, parse_time
from bot.digests.state.base import StateBase
from bot.stamps import moment_of, stamp


class ChatState(StateBase):
    """Reads and writes of chats, subscriptions and channels; each commits."""

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
            **{k: bool(options[k]) for k in SWITCHES if k in options},
        )  # fmt: skip

    def save_chat(self, chat: ChatOptions) -> None:
        """Insert or replace a chat's options."""
        options = json.dumps({k: getattr(chat, k) for k in SWITCHES})
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


def _subscription(row: dict[str, Any]) -> Subscription:
    at = parse_time(row["time"])
    assert at is not None  # written by save_subscription from a time
    return Subscription(
        chat_id=row["chat_id"], at=at, topics=tuple(json.loads(row["topics"] or "[]")),
        paused=bool(row["paused"]), thread_id=row["thread_id"], next_at=moment_of(row["next_at"]),
    )  # fmt: skip

"""The delivery log: what was queued, claimed, sent or skipped for each chat, and the stories
each build brought, so nothing is sent twice and nothing queued is lost."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.digests.models import PENDING, SENDING, SENT, Delivery, DeliveryStatus
from bot.digests.state.base import StateBase
from bot.stamps import stamp


class DeliveryLog(StateBase):
    """Reads and writes of the delivery log and the stories seen per build; each commits."""

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

    def counts(self) -> dict[str, int]:
        """How many deliveries are in each status (for logs and tests)."""
        rows = self._rows("select status, count(*) n from deliveries group by status")
        return {str(r["status"]): int(r["n"]) for r in rows}


def _delivery(row: dict[str, Any]) -> Delivery:
    return Delivery(
        chat_id=row["chat_id"], key=row["key"], kind=row["kind"],
        story_ids=tuple(json.loads(row["story_ids"] or "[]")),
        topics=tuple(json.loads(row["topics"] or "[]")), status=row["status"],
        parts_sent=row["parts_sent"] or 0, thread_id=row["thread_id"],
    )  # fmt: skip

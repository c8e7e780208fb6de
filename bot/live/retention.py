"""Store growth: fetched articles past BRIEFING_KEEP_DAYS leave, and so does the delivery log
that only they still needed. Articles a build loaded are the user's archive and never expire.
"""

from __future__ import annotations

from typing import Any

LIVE_ORIGIN = "live:%"  # the origin of every fetched article starts so (see landing.ORIGIN)
# Deliveries still in flight or waiting for a paused chat are never pruned: they are the outbox.
_FINISHED = ("sent", "skipped", "failed")


def expired_articles(db: Any, cutoff: str) -> list[str]:
    """Ids of fetched articles dated before `cutoff` (YYYY-MM-DD)."""
    sql = "select id from articles where date < ? and origin like ? order by id"
    rows = db.query(sql, [cutoff, LIVE_ORIGIN])
    return [str(row["id"]) for row in rows]


def prune_deliveries(db: Any, cutoff: str) -> int:
    """Drop finished deliveries created before `cutoff` whose stories are all gone; how many.

    Exactly-once needs a delivery only while one of its stories can still be sent: a digest
    key or an announcement of a build before the cutoff is never queued again, and a story
    that no longer exists cannot be.
    """
    if not {"deliveries", "stories"} <= set(db.table_names()):
        return 0  # the bot never ran on this store
    marks = ", ".join("?" for _ in _FINISHED)
    cursor = db.execute(
        f"delete from deliveries where status in ({marks}) and created_at < ? and not exists "
        "(select 1 from json_each(deliveries.story_ids) j join stories s on s.id = j.value)",
        [*_FINISHED, cutoff],
    )
    return int(cursor.rowcount)

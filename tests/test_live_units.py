"""The pure parts of polling, the delivery log's pruning, and a round that fails as a whole."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.build import BuildFailed, ingest
from bot.digests.models import DIGEST, PENDING, SENT, Delivery
from bot.digests.state import State
from bot.live.polling import next_fetch
from bot.live.retention import prune_deliveries
from bot.live.sources import Sources
from bot.models import Article, ArticleAnalysis
from bot.parse import Record
from bot.store import Store, open_db
from tests.digests_support import topic_store
from tests.live_support import NOW, RATES, store_with_sources

POLL = timedelta(minutes=15)


@pytest.mark.parametrize(
    ("ttl", "max_age", "jitter", "expected"),
    [
        (None, None, 0.0, NOW + timedelta(minutes=15)),
        (None, None, 0.1, NOW + timedelta(minutes=16, seconds=30)),
        (60, None, 0.0, NOW + timedelta(minutes=60)),  # the feed's <ttl> is longer
        (5, None, 0.0, NOW + timedelta(minutes=15)),  # never more often than the poll
        (None, 7200, 0.0, NOW + timedelta(hours=2)),  # Cache-Control: max-age
    ],
)
def test_live_polling_waits_the_longest_of_poll_ttl_and_max_age(
    ttl: int | None, max_age: int | None, jitter: float, expected: datetime
) -> None:
    assert next_fetch(NOW, POLL, ttl_minutes=ttl, max_age=max_age, jitter=jitter) == expected


def test_live_polling_jitter_stays_within_a_tenth() -> None:
    times = {next_fetch(NOW, POLL) for _ in range(50)}
    assert all(NOW + POLL <= t <= NOW + POLL * 1.1 for t in times)
    assert len(times) > 1


def test_live_retention_prunes_only_finished_deliveries_of_gone_stories() -> None:
    db = topic_store(1)
    state = State(db)
    story = str(next(iter(db.query("select id from stories")))["id"])
    old = datetime(2026, 1, 5)
    for key, stories, status in (
        ("digest:old-gone", ("gone-story",), SENT),
        ("digest:old-empty", (), SENT),
        ("digest:old-kept", (story,), SENT),
        ("digest:old-pending", ("gone-story",), PENDING),
    ):
        state.enqueue(Delivery(7, key, DIGEST, stories, (), status), old)
    state.enqueue(Delivery(7, "digest:new", DIGEST, ("gone-story",), (), SENT), NOW)
    assert prune_deliveries(db, "2026-06-01") == 2
    kept = [d.key for d in state.deliveries(7)]
    assert kept == ["digest:old-kept", "digest:old-pending", "digest:new"]
    assert story in state.delivered_story_ids(7)


def test_live_ingest_that_fails_leaves_the_store_and_the_sources_as_they_were(
    tmp_path: Path,
) -> None:
    path = tmp_path / "b.db"
    (source,) = store_with_sources(path, "http://news.localhost:9/rss")
    store = Store(open_db(path))

    def boom(article: Article) -> ArticleAnalysis:
        raise ValueError("analysis crashed")

    def write(store: Store) -> None:
        Sources(store.db).queue_notice("never sent", NOW)

    record = Record("x-1", NOW.date(), RATES, "live:http://news.localhost:9/rss", given_id=True)
    with pytest.raises(BuildFailed, match="analysis crashed"):
        ingest(store, [record], source="live:feeds", analyser=boom, also=write, jobs=1)
    assert store.db.table("articles").count == 0
    assert Sources(store.db).unsent_notices() == []
    assert Sources(store.db).all()[0] == source
    store.db.close()

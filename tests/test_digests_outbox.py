"""The outbox: pacing, claims across processes, resuming a half-sent digest, `announce`."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import time as clock_time
from pathlib import Path

from bot.config import Settings
from bot.digests import announce_now
from bot.digests.models import (
    PENDING,
    SENDING,
    SENT,
    Channel,
    ChatOptions,
    Delivery,
    Subscription,
)
from bot.digests.pacing import Pacer
from bot.digests.state import State
from bot.store import open_db
from tests.digests_support import (
    FixedClock,
    add_stories,
    at,
    digests_for,
    file_store,
    make_app,
    topic_article,
    topic_store,
)
from tests.factories import make_article, make_store
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, FloodLimits


def _most_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


async def test_digests_pacer_keeps_to_the_window() -> None:
    pacer = Pacer(rate=100, window=0.1)  # at most 10 in any 0.1 s
    times = []
    for _ in range(40):
        times.append(await pacer.wait())  # the moment the pacer let it go
        pacer.done()
    assert _most_in_window(times, 0.1) <= 10
    assert 0.3 <= times[-1] - times[0] <= 2.0


async def test_digests_pacer_leaves_room_for_replies() -> None:
    pacer = Pacer(rate=100, window=0.1)
    replies, grants = [], []
    for n in range(40):
        if n % 4 == 0:
            pacer.reserve(ahead=0.0)  # a reply goes out now, whatever the broadcast did
            replies.append(time.monotonic())
        grants.append(await pacer.wait())
        pacer.done()
    every = sorted(replies + grants)
    # a broadcast send never goes while the window, replies included, is full
    assert all(sum(1 for t in every if g - 0.1 < t < g) < 10 for g in grants)
    assert grants[-1] - every[0] >= 0.4  # 50 sends in all, at 10 per 0.1 s


async def test_digests_pacer_counts_a_slow_send_when_it_returns() -> None:
    pacer = Pacer(rate=100, window=0.1)  # at most 10 in any 0.1 s
    await pacer.wait()
    await asyncio.sleep(0.09)  # the first send is held up in our process...
    pacer.done()
    landed = time.monotonic()  # ...and reaches Telegram only now
    for _ in range(9):
        await pacer.wait()
        pacer.done()
    eleventh = await pacer.wait()
    assert eleventh >= landed + 0.099  # not 0.1 s after it was let go, but after it landed


async def test_digests_pacer_holds_after_retry_after() -> None:
    pacer = Pacer(rate=1000)
    await pacer.wait()
    pacer.done()
    pacer.hold(0.2)
    started = time.monotonic()
    await pacer.wait()
    assert time.monotonic() - started >= 0.19


def test_digests_claim_is_exclusive_across_connections(tmp_path: Path) -> None:
    path = file_store(topic_store(1), tmp_path / "briefing.db")
    one, two = State(open_db(path)), State(open_db(path))
    delivery = Delivery(42, "digest:2026-12-02", "digest", ("s1",), (), PENDING)
    assert one.enqueue(delivery, at("2026-12-02 09:00")) is True
    assert two.enqueue(delivery, at("2026-12-02 09:00")) is False
    assert one.claim(delivery) is True
    one.finish(delivery, SENT, at("2026-12-02 09:00"))
    assert two.claim(delivery) is False


async def test_digests_half_sent_digest_resumes_at_the_next_part(bot_api: FakeBotAPI) -> None:
    clock = FixedClock()
    long = "Officials met again and went through a long list of matters, " * 7 + "and left."
    db = make_store([make_article(f"a{n}", f"Long story {n}", [long, long]) for n in range(10)])
    app, jobs = make_app(bot_api, db, clock)
    digests = jobs.digests
    ids = tuple(s.id for s in digests.snapshot().stories[:10])
    delivery = Delivery(42, "digest:2026-12-02", "digest", ids, (), PENDING)
    digests.state.enqueue(delivery, clock.now)
    texts = digests.render(delivery)
    assert len(texts) >= 2
    dead = State(db, owner="a process killed mid-digest")
    dead.claim(delivery)
    dead.part_sent(delivery, 1)
    async with app:
        await jobs.sender.drain()
    assert bot_api.sent_texts(42) == texts[1:]
    [row] = digests.state.deliveries(42)
    assert (row.status, row.parts_sent) == (SENT, len(texts))


async def test_digests_concurrent_drains_send_each_once(bot_api: FakeBotAPI) -> None:
    clock = FixedClock(at("2026-12-02 09:00"))
    app, jobs = make_app(bot_api, topic_store(1), clock)
    for chat_id in range(1, 51):
        jobs.digests.state.enqueue(
            Delivery(chat_id, "digest:x", "digest", (), (), PENDING), clock.now
        )
    async with app:
        await asyncio.gather(jobs.sender.drain(), jobs.sender.drain())
    counts = Counter(c["chat_id"] for c in bot_api.calls("sendMessage"))
    assert counts == Counter({chat_id: 1 for chat_id in range(1, 51)})
    assert jobs.digests.state.counts() == {SENT: 50}


async def test_digests_announce_now_posts_a_rebuild_once(
    bot_api: FakeBotAPI, tmp_path: Path
) -> None:
    db = topic_store(2)
    path = file_store(db, tmp_path / "briefing.db")
    bot_api.add_chat(-1001, "channel", title="News", username="news_ch")
    state = State(open_db(path))
    state.bind_channel(Channel(-1001, "News", "news_ch", 42), at("2026-12-01 20:00"))
    state.save_chat(ChatOptions(-1001, "channel", announce=True))
    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url, db_path=path)
    first = await asyncio.to_thread(announce_now, settings)
    add_stories(state.db, [topic_article(9, "vaccines")], build_id=2)
    second = await asyncio.to_thread(announce_now, settings)
    third = await asyncio.to_thread(announce_now, settings)
    assert (first, second, third) == (0, 0, 0)
    texts = bot_api.sent_texts(-1001)
    assert texts[0].startswith("<b>New in the briefing: 2 stories</b>")
    assert texts[1].startswith("<b>New in the briefing: 1 story</b>")
    assert "Story 9 about vaccines" in texts[1]
    assert len(texts) == 2
    assert [d.status for d in state.deliveries(-1001)] == [SENT, SENT]
    assert SENDING not in state.counts()


def test_digests_snapshot_rereads_after_a_build() -> None:
    db = topic_store(1)
    digests = digests_for(db, FixedClock())
    assert [s.headline for s in digests.snapshot().stories] == ["Story 0 about BRICS"]
    add_stories(db, [topic_article(3, "oil")], build_id=2)
    assert [s.headline for s in digests.snapshot().stories] == [
        "Story 0 about BRICS",
        "Story 3 about oil",
    ]


async def test_digests_long_digest_keeps_to_the_per_chat_limit() -> None:
    clock = FixedClock(at("2026-12-02 09:00"))
    long = "Officials met again and went through a long list of matters, " * 7 + "and left."
    db = make_store([make_article(f"a{n}", f"Long story {n}", [long, long]) for n in range(10)])
    # a strict private chat: one message, then one more every 0.2 s
    limits = FloodLimits(private_per_second=5.0, private_burst=1)
    async with FakeBotAPI(flood_limits=limits) as api:
        app, jobs = make_app(api, db, clock)
        jobs.sender.gaps = (0.25, 0.25)
        jobs.digests.save(Subscription(42, clock_time(9, 0)), at("2026-12-02 08:00"))
        jobs.digests.fire_due()
        async with app:
            await jobs.sender.drain()
    assert len(api.sent_texts(42)) >= 2
    assert [c for c in api.log if c.method == "sendMessage" and not c.ok] == []
    assert jobs.sender.tally.retry_after == 0

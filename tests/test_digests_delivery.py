"""Digests and announcements through real PTB to the fake Bot API: timing, filters, failures."""

from __future__ import annotations

import time as clock_time
from datetime import time
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.digests.models import PAUSED, SENT, SKIPPED, Channel, ChatOptions, Subscription
from tests.digests_support import (
    FixedClock,
    add_stories,
    at,
    feed,
    file_store,
    make_app,
    topic_article,
    topic_store,
)
from tests.fake_bot_api import (
    DEFAULT_TOKEN,
    FakeBotAPI,
    callback_update,
    channel_post_update,
    command_update,
    my_chat_member_update,
)

MADRID, NEW_YORK, GROUP = 42, 43, -200


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at("2026-12-01 20:00"))


def digests_to(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [t for t in api.sent_texts(chat_id) if "Your daily briefing" in t]


async def test_digests_fire_at_each_chats_local_time(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(5), clock)
    async with app:
        for chat_id, zone in ((MADRID, "Europe/Madrid"), (NEW_YORK, "America/New_York")):
            await feed(app, command_update(f"/timezone {zone}", chat_id=chat_id))
            await feed(app, command_update("/subscribe 09:00", chat_id=chat_id))
        assert bot_api.sent_texts(MADRID)[-1] == (
            "Subscribed. Daily digest at 09:00 Europe/Madrid (next: Wed 2 Dec, 09:00). "
            "Topics: all stories."
        )
        clock.now = at("2026-12-02 07:59")
        assert jobs.digests.fire_due() == []
        clock.now = at("2026-12-02 08:00")  # 09:00 in Madrid, 03:00 in New York
        assert [d.chat_id for d in jobs.digests.fire_due()] == [MADRID]
        await jobs.sender.drain()
        clock.now = at("2026-12-02 14:00")  # 09:00 in New York
        assert [d.chat_id for d in jobs.digests.fire_due()] == [NEW_YORK]
        await jobs.sender.drain()
    digest_calls = [c for c in bot_api.calls("sendMessage") if "daily briefing" in c["text"]]
    assert [c["link_preview_options"] for c in digest_calls] == [{"is_disabled": True}] * 2
    for chat_id in (MADRID, NEW_YORK):
        [digest] = digests_to(bot_api, chat_id)
        assert digest.startswith("<b>Your daily briefing: 5 new stories</b>")
        assert "Story 0 about BRICS" in digest
        assert "Story 4 about vaccines" in digest


async def test_digests_job_is_planned_at_the_next_local_time(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        await feed(app, command_update("/timezone Europe/Madrid"))
        await feed(app, command_update("/subscribe 07:30"))
        assert app.job_queue is not None
        [job] = app.job_queue.get_jobs_by_name("digests")
        assert jobs._next == at("2026-12-02 06:30")
        assert job.name == "digests"


async def test_digests_never_send_a_story_twice(bot_api: FakeBotAPI, clock: FixedClock) -> None:
    db = topic_store(2)
    app, jobs = make_app(bot_api, db, clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00"))
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        jobs.digests.fire_due()  # the same run again (a restart): still one digest
        await jobs.sender.drain()
        clock.now = at("2026-12-03 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
        add_stories(db, [topic_article(7, "oil")], build_id=2)
        clock.now = at("2026-12-04 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
    texts = bot_api.sent_texts(42)[1:]
    assert texts[0].startswith("<b>Your daily briefing: 2 new stories</b>")
    assert texts[1] == ("Nothing new since your last digest. /settings can turn these notices off.")
    assert texts[2].startswith("<b>Your daily briefing: 1 new story</b>")
    assert "Story 7 about oil" in texts[2]
    assert "Story 0 about BRICS" not in texts[2]
    assert len(texts) == 3


async def test_digests_nothing_new_stays_silent_when_asked(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00 football"))  # no such story
        jobs.digests.state.save_chat(ChatOptions(42, notices=False))
        clock.now = at("2026-12-02 09:00")
        assert jobs.digests.fire_due() == []
        await jobs.sender.drain()
    assert len(bot_api.sent_texts(42)) == 1  # only the /subscribe confirmation
    assert [d.status for d in jobs.digests.state.deliveries(42)] == [SKIPPED]


async def test_digests_topic_filter_keeps_only_matching_stories(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(10), clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00 oil, vaccines"))
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
    [digest] = digests_to(bot_api, 42)
    assert digest.startswith("<b>Your daily briefing: 4 new stories (oil, vaccines)</b>")
    for n in (1, 4, 6, 9):
        assert f"Story {n} about" in digest
    for n in (0, 2, 3, 5, 7, 8):
        assert f"Story {n} about" not in digest


async def test_digests_missed_while_down_sent_once_on_start(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00"))
        clock.now = at("2026-12-05 12:00")  # down for three and a half days
        await jobs.on_startup(None)  # type: ignore[arg-type]
        await jobs.sender.kick()
    assert len(digests_to(bot_api, 42)) == 1
    sub = jobs.digests.state.subscription(42)
    assert sub is not None
    assert sub.next_at == at("2026-12-06 09:00")


async def test_digests_announce_a_rebuild_to_channels_and_groups(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    db = topic_store(2)
    app, jobs = make_app(bot_api, db, clock)
    bot_api.add_chat(-1001, "channel", title="News", username="news_ch")
    bot_api.add_chat(GROUP, "group", title="Readers")
    state = jobs.digests.state
    async with app:
        state.bind_channel(Channel(-1001, "News", "news_ch", 42), clock.now)
        state.save_chat(ChatOptions(-1001, "channel", announce=True))
        state.save_chat(ChatOptions(GROUP, "group", announce=True, thread_id=9))
        assert jobs.digests.poll_build() == []  # the first look is the baseline
        add_stories(db, [topic_article(8, "elections")], build_id=2)
        queued = jobs.digests.poll_build()
        await jobs.sender.drain()
        assert jobs.digests.poll_build() == []
    assert sorted(d.chat_id for d in queued) == [-1001, GROUP]
    for chat_id in (-1001, GROUP):
        [text] = bot_api.sent_texts(chat_id)
        assert text.startswith("<b>New in the briefing: 1 story</b>")
        assert "Story 8 about elections" in text
        assert "Story 0 about" not in text
    [group_call] = [c for c in bot_api.calls("sendMessage") if c["chat_id"] == GROUP]
    assert group_call["message_thread_id"] == 9


async def test_digests_channel_binding_checks_both_rights(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    bot_api.add_chat(-1001, "channel", title="News", username="news_ch")
    async with app:
        await feed(app, command_update("/channel @news_ch"))
        bot_api.set_member(-1001, 42, "administrator")
        await feed(app, command_update("/channel @news_ch"))
        bot_api.set_bot_member(-1001, "administrator", can_post_messages=False)
        await feed(app, command_update("/channel @news_ch"))
        bot_api.set_bot_member(-1001, "administrator", can_post_messages=True)
        await feed(app, command_update("/channel @news_ch"))
    assert bot_api.sent_texts(42) == [
        "I can't bind @news_ch yet: you are not an administrator of @news_ch; and I am not an "
        "administrator of @news_ch (add me with “Post messages”).",
        "I can't bind @news_ch yet: I am not an administrator of @news_ch (add me with “Post "
        "messages”).",
        "I can't bind @news_ch yet: I am an administrator of @news_ch but without the right "
        "“Post messages”.",
        "Bound @news_ch: from the next build on, each new story is announced there (checked "
        "every 30 seconds). /channel remove @news_ch unbinds it.",
    ]
    assert jobs.digests.state.channels() == [Channel(-1001, "News", "news_ch", 42)]
    assert jobs.digests.state.chat(-1001).announce is True


async def test_digests_channel_binding_before_the_bot_is_added_names_the_missing_right(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    bot_api.add_chat(-1001, "channel", title="News", username="news_ch")
    # Telegram hides a channel's members from a bot that is not one of its administrators
    bot_api.fail("getChatMember", 400, "Bad Request: member list is inaccessible", times=2)
    async with app:
        await feed(app, command_update("/channel @news_ch"))
    assert bot_api.sent_texts(42) == [
        "I can't bind @news_ch yet: I am not an administrator of @news_ch (add me with “Post "
        "messages”)."
    ]
    assert jobs.digests.state.channels() == []


async def test_digests_retry_after_is_waited_out(bot_api: FakeBotAPI, clock: FixedClock) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00"))
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        bot_api.fail_retry_after("sendMessage", 1)
        started = clock_time.monotonic()
        await jobs.sender.drain()
        waited = clock_time.monotonic() - started
    assert waited >= 1.0
    assert len(digests_to(bot_api, 42)) == 1
    assert jobs.sender.tally.retry_after == 1
    assert [d.status for d in jobs.digests.state.deliveries(42)] == [SENT]


async def test_digests_transient_errors_are_retried(bot_api: FakeBotAPI, clock: FixedClock) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        await feed(app, command_update("/subscribe 09:00"))
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        bot_api.fail("sendMessage", 502, "Bad Gateway", times=2)
        await jobs.sender.drain()
    assert len(digests_to(bot_api, 42)) == 1
    assert len([c for c in bot_api.calls("sendMessage") if c["chat_id"] == 42]) == 4


async def test_digests_blocked_user_is_paused_then_resumed(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    db = topic_store(1)
    app, jobs = make_app(bot_api, db, clock)
    state = jobs.digests.state
    async with app:
        await feed(app, command_update("/subscribe 09:00"))
        bot_api.block(42)
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
        sub = state.subscription(42)
        assert sub is not None
        assert sub.paused is True
        assert [d.status for d in state.deliveries(42)] == [PAUSED]
        clock.now = at("2026-12-03 09:00")
        assert jobs.digests.fire_due() == []  # paused: nothing queued, nothing deleted
        bot_api.unblock(42)
        await feed(app, command_update("/start"))
        clock.now = at("2026-12-04 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
    assert any(
        t.startswith("Welcome back: your digest is on again.") for t in bot_api.sent_texts(42)
    )
    [digest] = digests_to(bot_api, 42)
    assert "Story 0 about BRICS" in digest  # what it missed while blocked


async def test_digests_resumed_in_a_forum_topic_says_so_in_that_topic(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    async with app:
        jobs.digests.state.save_chat(ChatOptions(GROUP, "supergroup", blocked=True))
        jobs.digests.save(_sub(GROUP))
        await feed(app, command_update("/start", GROUP, "supergroup", user_id=7, thread_id=5))
    [back] = [c for c in bot_api.calls("sendMessage") if c["text"].startswith("Welcome back")]
    assert (back["chat_id"], back["message_thread_id"]) == (GROUP, 5)


async def test_digests_channel_settings_buttons_refuse_a_subscriber(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    channel = -1001000000077
    app, jobs = make_app(bot_api, topic_store(1), clock)
    bot_api.add_chat(channel, "channel", title="News")
    bot_api.set_member(channel, 9, "member")  # a subscriber: sees the post and its buttons
    bot_api.set_member(channel, 7, "administrator")
    async with app:
        await feed(app, channel_post_update("/settings", channel))
        [post] = bot_api.sent_messages
        await feed(app, callback_update("dg:o:notices", post, chat_id=channel, user_id=9))
        assert jobs.digests.state.chat(channel).notices is True
        await feed(app, callback_update("dg:o:notices", post, chat_id=channel, user_id=7))
        assert jobs.digests.state.chat(channel).notices is False
    refused, accepted = bot_api.calls("answerCallbackQuery")
    assert refused["text"] == "Only administrators can change these settings."
    assert accepted["text"] == "“Nothing new” notices off: an empty digest sends nothing."


async def test_digests_kicked_group_pauses_and_readd_resumes(
    bot_api: FakeBotAPI, clock: FixedClock
) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    state = jobs.digests.state
    async with app:
        state.save_chat(ChatOptions(GROUP, "group"))
        jobs.digests.save(_sub(GROUP))
        await feed(app, my_chat_member_update(GROUP, old_status="member", new_status="kicked"))
        assert state.subscription(GROUP).paused is True  # type: ignore[union-attr]
        await feed(app, my_chat_member_update(GROUP, old_status="kicked", new_status="member"))
        assert state.subscription(GROUP).paused is False  # type: ignore[union-attr]


async def test_digests_group_migrated_to_supergroup(bot_api: FakeBotAPI, clock: FixedClock) -> None:
    app, jobs = make_app(bot_api, topic_store(1), clock)
    state = jobs.digests.state
    bot_api.add_chat(GROUP, "group", title="Readers")
    bot_api.migrate(GROUP, -100777)
    async with app:
        state.save_chat(ChatOptions(GROUP, "group", timezone="Europe/Madrid"))
        jobs.digests.save(_sub(GROUP))
        clock.now = at("2026-12-02 09:00")
        jobs.digests.fire_due()
        await jobs.sender.drain()
    assert bot_api.sent_texts(GROUP) == []
    [digest] = digests_to(bot_api, -100777)
    assert "Story 0 about BRICS" in digest
    assert state.subscription(GROUP) is None
    assert state.subscription(-100777) is not None
    assert state.chat(-100777).timezone == "Europe/Madrid"
    assert [(d.chat_id, d.status) for d in state.deliveries()] == [(-100777, SENT)]


def _sub(chat_id: int) -> Subscription:
    return Subscription(chat_id, time(8, 0))


async def test_digests_installed_by_the_real_application(
    bot_api: FakeBotAPI, tmp_path: Path
) -> None:
    path = file_store(topic_store(1), tmp_path / "briefing.db")
    app = build_application(Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url, db_path=path))
    async with app:
        await feed(app, command_update("/subscribe 09:00 BRICS"))
        await feed(app, command_update("/help"))
    confirmation = bot_api.sent_texts(42)[0]  # the real clock: the date of the next run varies
    assert confirmation.startswith("Subscribed. Daily digest at 09:00 UTC (next: ")
    assert confirmation.endswith(
        "Topics: BRICS.\nTimes are UTC until you set a zone: /timezone Europe/Madrid."
    )
    assert "/subscribe" in bot_api.sent_texts(42)[1]
    assert app.job_queue is not None
    assert sorted(str(job.name) for job in app.job_queue.jobs()) == [
        "announce",
        "digests",
        "digests:start",
        "fetch",  # the news sources' polling tick
    ]

"""The digest commands, transport-free: what each answers and what it stores."""

from __future__ import annotations

from datetime import time

import pytest

from bot.commands import Commands
from bot.digests.commands import DigestCommands
from bot.digests.messages import ChannelRights
from bot.digests.service import Digests
from bot.models import ChatContext
from tests.digests_support import (
    FixedClock,
    at,
    commands_for,
    digests_for,
    group,
    private,
    topic_store,
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at("2026-12-01 20:00"))  # a Tuesday evening


@pytest.fixture
def digests(clock: FixedClock) -> Digests:
    return digests_for(topic_store(5), clock)


@pytest.fixture
def commands(digests: Digests) -> Commands:
    registry = commands_for(digests.state.db)
    DigestCommands(digests).register(registry)
    return registry


async def say(commands: Commands, text: str, chat: ChatContext | None = None) -> str:
    reply = await commands.handle(text, chat or private())
    assert reply is not None
    return "\n".join(reply.messages)


async def test_digests_subscribe_without_time_uses_0800_and_says_so(commands: Commands) -> None:
    text = await say(commands, "/subscribe")
    assert text.splitlines()[0] == (
        "Subscribed. Daily digest at 08:00 UTC (next: Wed 2 Dec, 08:00). Topics: all stories."
    )
    assert "No time given, so 08:00 is used" in text
    assert "/timezone Europe/Madrid" in text


async def test_digests_subscribe_in_madrid_confirms_next_run(
    commands: Commands, digests: Digests
) -> None:
    await say(commands, "/timezone Europe/Madrid")
    text = await say(commands, "/subscribe 09:00 BRICS")
    assert text == (
        "Subscribed. Daily digest at 09:00 Europe/Madrid (next: Wed 2 Dec, 09:00). Topics: BRICS."
    )
    sub = digests.state.subscription(42)
    assert sub is not None
    assert (sub.at, sub.topics, sub.next_at) == (time(9, 0), ("BRICS",), at("2026-12-02 08:00"))


@pytest.mark.parametrize("bad", ["25:99", "24:00", "9:75"])
async def test_digests_subscribe_refuses_impossible_time(commands: Commands, bad: str) -> None:
    text = await say(commands, f"/subscribe {bad} BRICS")
    assert text == (
        f"“{bad}” is not a time of day. Expected HH:MM, 24-hour (for example 07:30 or 18:00): "
        "/subscribe 07:30 BRICS"
    )


async def test_digests_subscribe_reads_am_pm_instead_of_taking_it_for_a_topic(
    commands: Commands, digests: Digests
) -> None:
    text = await say(commands, "/subscribe 7:30pm BRICS")
    assert text.splitlines()[0] == (
        "Subscribed. Daily digest at 19:30 UTC (next: Wed 2 Dec, 19:30). Topics: BRICS."
    )
    refused = await say(commands, "/subscribe 13pm")
    assert refused.startswith("“13pm” is not a time of day. Expected HH:MM")
    sub = digests.state.subscription(42)
    assert sub is not None
    assert (sub.at, sub.topics) == (time(19, 30), ("BRICS",))


async def test_digests_timezone_refuses_unknown_zone(commands: Commands, digests: Digests) -> None:
    text = await say(commands, "/timezone Mars/Olympus")
    assert text.startswith("Unknown time zone “Mars/Olympus”. Expected an IANA time zone name")
    assert digests.state.chat(42).timezone == "UTC"


async def test_digests_timezone_takes_a_city_and_names_the_zone(commands: Commands) -> None:
    text = await say(commands, "/timezone new york")
    assert text.startswith("Time zone set to America/New_York (it is Tue 1 Dec, 15:00 there now).")


async def test_digests_timezone_moves_the_next_run(commands: Commands) -> None:
    await say(commands, "/subscribe 09:00")
    text = await say(commands, "/timezone America/New_York")
    assert text == (
        "Time zone set to America/New_York (it is Tue 1 Dec, 15:00 there now).\n"
        "Daily digest at 09:00 America/New_York (next: Wed 2 Dec, 09:00). Topics: all stories."
    )


async def test_digests_topics_add_up_and_come_off_one_by_one(
    commands: Commands, digests: Digests
) -> None:
    await say(commands, "/subscribe 07:30 BRICS")
    await say(commands, "/subscribe oil")
    assert "Topics: BRICS, oil." in await say(commands, "/subscriptions")
    assert (await say(commands, "/unsubscribe brics")).startswith("Removed brics. Daily digest")
    text = await say(commands, "/unsubscribe oil")
    assert text == (
        "Removed oil, the last topic, so the daily digest is off. /subscribe starts it again."
    )
    assert digests.state.subscription(42) is None


async def test_digests_subscribe_refuses_an_eleventh_topic_instead_of_dropping_it(
    commands: Commands, digests: Digests
) -> None:
    ten = " ".join(f"t{n}" for n in range(10))
    await say(commands, f"/subscribe 07:30 {ten}")
    text = await say(commands, "/subscribe oil")
    assert text == (
        "A digest can follow at most 10 topics, so nothing changed. This chat follows 10: "
        "t0, t1, t2, t3, t4, t5, t6, t7, t8, t9. /unsubscribe &lt;topic&gt; drops one."
    )
    assert (await say(commands, "/subscribe T0")).startswith("Updated. Daily digest at 07:30")
    sub = digests.state.subscription(42)
    assert sub is not None
    assert len(sub.topics) == 10  # T0 is t0 again, not an eleventh topic


async def test_digests_unsubscribe_a_5000_character_topic_fits_one_message(
    commands: Commands,
) -> None:
    await say(commands, "/subscribe 07:30 BRICS")
    text = await say(commands, "/unsubscribe " + "a" * 5000)
    assert text == (
        f"This chat does not follow {'a' * 59}…. Topics: BRICS. /unsubscribe all stops the digest."
    )


async def test_digests_subscribe_all_means_every_story_not_a_topic_all(
    commands: Commands, digests: Digests
) -> None:
    assert "Topics: all stories." in await say(commands, "/subscribe 09:00 all")
    await say(commands, "/subscribe BRICS oil")
    text = await say(commands, "/subscribe All")
    assert text == (
        "Updated. Daily digest at 09:00 UTC (next: Wed 2 Dec, 09:00). Topics: all stories.\n"
        "Times are UTC until you set a zone: /timezone Europe/Madrid."
    )
    sub = digests.state.subscription(42)
    assert sub is not None
    assert sub.topics == ()
    assert (await say(commands, "/unsubscribe everything")).startswith("Unsubscribed: no more")


async def test_digests_unsubscribe_all(commands: Commands, digests: Digests) -> None:
    await say(commands, "/subscribe 07:30 BRICS oil")
    text = await say(commands, "/unsubscribe all")
    assert text == "Unsubscribed: no more daily digests in this chat. /subscribe starts them again."
    assert await say(commands, "/unsubscribe") == (
        "This chat had no daily digest. /subscribe 08:00 starts one."
    )


async def test_digests_group_member_is_refused_admin_accepted(
    commands: Commands, digests: Digests
) -> None:
    refused = await say(commands, "/subscribe 09:00", group(admin=False))
    assert refused.startswith("Sorry, only this group's administrators can change")
    assert digests.state.subscription(-100200) is None
    accepted = await say(commands, "/subscribe 09:00", group(admin=True, thread_id=5))
    assert accepted.startswith("Subscribed. Daily digest at 09:00 UTC")
    sub = digests.state.subscription(-100200)
    assert sub is not None
    assert sub.thread_id == 5  # the digest goes to the forum topic it was asked from


async def test_digests_preview_filters_by_topic_and_records_nothing(
    commands: Commands, digests: Digests
) -> None:
    await say(commands, "/subscribe 09:00 oil")
    text = await say(commands, "/digest")
    assert "Preview of your next digest (Wed 2 Dec, 09:00, UTC)." in text
    assert "Story 1 about oil" in text
    assert "Story 0 about BRICS" not in text
    assert digests.state.deliveries() == []


async def test_digests_settings_buttons_toggle_and_shift(commands: Commands) -> None:
    await say(commands, "/subscribe 09:00")
    reply = await commands.handle("/settings", private())
    assert reply is not None
    datas = [b.data for row in reply.buttons for b in row]
    assert datas == ["dg:t:-60", "dg:t:-15", "dg:t:+15", "dg:t:+60", "dg:zl", "dg:o:notices",
                     "dg:o:previews"]  # fmt: skip
    assert all(len(d.encode()) <= 64 for d in datas)
    later = await commands.callback("dg:t:+60", private())
    assert later.notice == "Daily digest at 10:00 UTC (next: Wed 2 Dec, 10:00)"
    quiet = await commands.callback("dg:o:notices", private())
    assert quiet.notice == "“Nothing new” notices off: an empty digest sends nothing."
    assert "“Nothing new” notices: off" in quiet.messages[0]
    zoned = await commands.callback("dg:z:Asia/Tokyo", private())
    assert zoned.notice == "Daily digest at 10:00 Asia/Tokyo (next: Wed 2 Dec, 10:00)"


@pytest.mark.parametrize("data", ["dg:t:2599", "dg:z:Mars/Olympus", "dg:o:colour", "dg:"])
async def test_digests_settings_button_from_another_build_says_so(
    commands: Commands, digests: Digests, data: str
) -> None:
    await say(commands, "/subscribe 09:00")
    reply = await commands.callback(data, private())
    assert reply.notice == "This button no longer works: here are the settings now."
    assert reply.messages[0].startswith("<b>Digest settings</b>\nTime zone: UTC\n")
    sub = digests.state.subscription(42)
    assert sub is not None
    assert (sub.at, digests.state.chat(42).timezone) == (time(9, 0), "UTC")


async def test_digests_settings_back_button_shows_settings_quietly(commands: Commands) -> None:
    reply = await commands.callback("dg:back", private())
    assert reply.notice == ""
    assert reply.messages[0].startswith("<b>Digest settings</b>")


async def test_digests_settings_buttons_refuse_group_members(commands: Commands) -> None:
    reply = await commands.callback("dg:o:notices", group(admin=False))
    assert reply.notice == "Only administrators can change these settings."


@pytest.mark.parametrize(
    ("rights", "expected"),
    [
        (ChannelRights(-1001, "News", "news_ch", user_admin=False, bot_admin=True,
                       bot_can_post=True),
         "I can't bind @news_ch yet: you are not an administrator of @news_ch."),
        (ChannelRights(-1001, "News", "news_ch", user_admin=True, bot_admin=False),
         "I can't bind @news_ch yet: I am not an administrator of @news_ch "
         "(add me with “Post messages”)."),
        (ChannelRights(-1001, "News", "news_ch", user_admin=True, bot_admin=True,
                       bot_can_post=False),
         "I can't bind @news_ch yet: I am an administrator of @news_ch but without the right "
         "“Post messages”."),
        (ChannelRights(None),
         "I can't see @news_ch: check the name, and add me to the channel as an administrator."),
    ],
)  # fmt: skip
async def test_digests_channel_says_which_right_is_missing(
    digests: Digests, rights: ChannelRights, expected: str
) -> None:
    async def check(target: str, user_id: int) -> ChannelRights:
        return rights

    registry = commands_for(digests.state.db)
    DigestCommands(digests, check).register(registry)
    assert await say(registry, "/channel @news_ch") == expected
    assert digests.state.channels() == []


async def test_digests_channel_only_from_private_chat(commands: Commands) -> None:
    text = await say(commands, "/channel @news_ch", group(admin=True))
    assert text.startswith("Send /channel @name to me in a private chat")


async def test_digests_subscribe_from_the_console_points_to_telegram(
    commands: Commands, digests: Digests
) -> None:
    text = await say(commands, "/subscribe 09:00", ChatContext(0, "console"))
    assert text == "Daily digests are delivered on Telegram: send /subscribe to the bot there."
    assert digests.state.subscriptions() == []


async def test_digests_group_asks_for_announcements_in_its_topic(
    commands: Commands, digests: Digests
) -> None:
    reply = await commands.callback("dg:o:announce", group(admin=True, thread_id=12))
    assert reply.notice == "Announcements on: new stories are posted here after each build."
    assert "Announcements of new stories: on" in reply.messages[0]
    options = digests.state.chat(-100200)
    assert (options.announce, options.thread_id, options.chat_type) == (True, 12, "supergroup")
    assert [c.chat_id for c in digests.state.announce_targets()] == [-100200]


async def test_digests_help_lists_each_digest_command_with_an_example(commands: Commands) -> None:
    lines = (await say(commands, "/help")).splitlines()
    for line in (
        "/subscribe [HH:MM] [topic ...]: a daily digest at a time, optionally of topics"
        " — e.g. /subscribe 09:30 BRICS",
        "/timezone [Area/City]: show or set this chat's time zone — e.g. /timezone Europe/Madrid",
        "/unsubscribe [topic|all]: stop the digest, or drop one topic — e.g. /unsubscribe all",
        "/channel @name: announce new stories in a channel you administer"
        " — e.g. /channel @my_news_channel",
        "/digest: preview the next digest now",
    ):
        assert line in lines

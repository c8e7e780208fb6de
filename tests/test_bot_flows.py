"""Pagination, admin checks, and faults (handler errors, 429, 5xx) end to end over HTTP."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Update
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.app import PatientRateLimiter, build_application
from bot.config import Settings
from bot.models import ChatContext, Reply
from tests.factories import (
    EFE_ID,
    make_article,
    make_figure,
    make_quote,
    make_store,
    rebuild,
    seed_articles,
)
from tests.fake_bot_api import (
    DEFAULT_TOKEN,
    FakeBotAPI,
    callback_update,
    channel_post_update,
    command_update,
)

APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."


async def feed(app: Any, data: dict[str, Any]) -> None:
    """Hand one update to the bot, as polling or a webhook would."""
    await app.process_update(Update.de_json(data, app.bot))


@pytest.fixture
def many_quotes() -> Any:
    """A store with 12 quotes about trade: three pages of five."""
    quotes = [make_quote(EFE_ID, f"Trade point number {n} matters to us.") for n in range(12)]
    return make_store(seed_articles(), quotes)


@pytest.fixture
async def paged(bot_api: FakeBotAPI, many_quotes: Any) -> AsyncIterator[Any]:
    """The Application on the 12-quote store."""
    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url)
    async with build_application(settings, many_quotes) as application:
        yield application


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(text, callback_data) of every button under a sent message."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


async def test_bot_pagination_next_edits_in_place(paged: Any, bot_api: FakeBotAPI) -> None:
    await feed(paged, command_update("/quotes trade"))
    (first,) = bot_api.sent_messages
    assert first["text"].startswith("Quotes about trade (12)")
    labels = [label for label, _ in buttons(first)]
    assert labels == ["1/3", "Next \u203a"]
    await feed(paged, callback_update(buttons(first)[1][1], first))
    (edit,) = bot_api.calls("editMessageText")
    assert edit["message_id"] == first["message_id"]
    assert edit["chat_id"] == 42
    page = bot_api.messages[(42, first["message_id"])]
    assert [label for label, _ in buttons(page)] == ["\u2039 Prev", "2/3", "Next \u203a"]
    assert page["text"] != first["text"]
    assert len(bot_api.calls("answerCallbackQuery")) == 1
    assert len(bot_api.sent_messages) == 1  # no new message: the page replaced the old one


async def test_bot_pagination_counter_button_changes_nothing(
    paged: Any, bot_api: FakeBotAPI
) -> None:
    await feed(paged, command_update("/quotes trade"))
    (first,) = bot_api.sent_messages
    await feed(paged, callback_update(buttons(first)[0][1], first))
    assert bot_api.calls("editMessageText") == []
    assert len(bot_api.calls("answerCallbackQuery")) == 1


async def test_bot_pagination_stale_button_answered_politely(
    paged: Any, bot_api: FakeBotAPI, many_quotes: Any
) -> None:
    await feed(paged, command_update("/quotes trade"))
    (first,) = bot_api.sent_messages
    rebuild(many_quotes, 2)
    await feed(paged, callback_update(buttons(first)[1][1], first))
    (answer,) = bot_api.calls("answerCallbackQuery")
    assert answer["text"] == "This list changed."
    assert "/quotes trade" in bot_api.messages[(42, first["message_id"])]["text"]
    assert [c for c in bot_api.log if not c.ok] == []


async def test_bot_unknown_button_answered_without_edit(app: Any, bot_api: FakeBotAPI) -> None:
    message = (await app.bot.send_message(42, "old")).to_dict()
    await feed(app, callback_update("v0:gone:1", message))
    (answer,) = bot_api.calls("answerCallbackQuery")
    assert answer["text"] == "This button no longer works."
    assert bot_api.calls("editMessageText") == []


async def admin_reply(args: str, chat: ChatContext) -> Reply:
    """A command added through Commands.register: says whether the sender administers the chat."""
    assert chat.is_admin is not None
    return Reply(messages=("admin" if await chat.is_admin() else "not admin",))


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("creator", "admin"),
        ("administrator", "admin"),
        ("member", "not admin"),
        ("left", "not admin"),
    ],
)
async def test_bot_is_admin_asks_get_chat_member(
    app: Any, bot_api: FakeBotAPI, status: str, expected: str
) -> None:
    app.commands.register("whoami", admin_reply, "/whoami", "who am I here")
    bot_api.add_chat(-1003, "supergroup")
    bot_api.set_member(-1003, 5, status)
    await feed(app, command_update("/whoami", chat_id=-1003, chat_type="supergroup", user_id=5))
    assert bot_api.sent_texts(chat_id=-1003) == [expected]
    assert bot_api.calls("getChatMember") == [{"chat_id": -1003, "user_id": 5}]


async def test_bot_anonymous_admin_is_admin(app: Any, bot_api: FakeBotAPI) -> None:
    app.commands.register("whoami", admin_reply, "/whoami", "who am I here")
    update = command_update("/whoami", chat_id=-1004, chat_type="supergroup", sender_chat_id=-1004)
    await feed(app, update)
    assert bot_api.sent_texts(chat_id=-1004) == ["admin"]
    assert bot_api.calls("getChatMember") == []


async def test_bot_private_chat_user_is_admin(app: Any, bot_api: FakeBotAPI) -> None:
    app.commands.register("whoami", admin_reply, "/whoami", "who am I here")
    await feed(app, command_update("/whoami"))
    assert bot_api.sent_texts(chat_id=42) == ["admin"]


async def explode(args: str, chat: ChatContext) -> Reply:
    """A command whose handler fails."""
    raise RuntimeError("the store caught fire")


async def test_bot_handler_error_logged_apologised_and_served_on(
    app: Any, bot_api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    app.commands.register("explode", explode, "/explode", "fails")
    update = command_update("/explode", thread_id=9, chat_id=-1005, chat_type="supergroup")
    with caplog.at_level(logging.ERROR, logger="bot.handlers"):
        await feed(app, update)
    (record,) = [r for r in caplog.records if r.name == "bot.handlers"]
    assert record.exc_info is not None
    assert str(record.exc_info[1]) == "the store caught fire"
    assert str(update["update_id"]) in record.getMessage()
    assert bot_api.sent_texts(chat_id=-1005) == [APOLOGY]
    assert bot_api.calls("sendMessage")[0]["message_thread_id"] == 9
    await feed(app, command_update("/quotes BRICS"))
    assert "not a military alliance" in bot_api.sent_texts(chat_id=42)[0]


async def test_bot_apology_that_cannot_be_sent_is_only_logged(
    app: Any, bot_api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    app.commands.register("explode", explode, "/explode", "fails")
    bot_api.block(42)
    with caplog.at_level(logging.WARNING, logger="bot.handlers"):
        await feed(app, command_update("/explode"))
    assert "could not apologise in chat 42" in caplog.text
    bot_api.unblock(42)
    await feed(app, command_update("/sources"))
    assert len(bot_api.sent_texts(chat_id=42)) == 1


async def test_bot_retry_after_waited_out(app: Any, bot_api: FakeBotAPI) -> None:
    bot_api.fail_retry_after("sendMessage", 1)
    started = time.monotonic()
    await feed(app, command_update("/quotes BRICS"))
    assert time.monotonic() - started >= 1.0
    assert [c["text"][:20] for c in bot_api.calls("sendMessage")] == ["<b>Quotes about BRIC"] * 2
    assert "not a military alliance" in bot_api.sent_texts(chat_id=42)[0]


@pytest.mark.parametrize("status", [500, 502])
async def test_bot_server_error_on_send_retried(app: Any, bot_api: FakeBotAPI, status: int) -> None:
    bot_api.fail("sendMessage", status, "Internal Server Error", times=2)
    await feed(app, command_update("/figures trade"))
    assert len(bot_api.calls("sendMessage")) == 3
    (text,) = bot_api.sent_texts(chat_id=42)
    assert "25%" in text


async def test_bot_slow_telegram_still_answers(app: Any, bot_api: FakeBotAPI) -> None:
    bot_api.delay("sendMessage", 0.3)
    await feed(app, command_update("/sources"))
    assert bot_api.sent_texts(chat_id=42) == [
        "<b>Sources</b>\n• EFE: 1 article\n• No outlet named: 1 article"
    ]


async def test_bot_page_of_a_deleted_message_is_sent_anew(paged: Any, bot_api: FakeBotAPI) -> None:
    await feed(paged, command_update("/quotes trade"))
    (first,) = bot_api.sent_messages
    del bot_api.messages[(42, first["message_id"])]  # the user deleted it
    await feed(paged, callback_update(buttons(first)[1][1], first))
    assert len(bot_api.sent_messages) == 2
    page = bot_api.sent_messages[1]
    assert [label for label, _ in buttons(page)] == ["\u2039 Prev", "2/3", "Next \u203a"]


async def test_bot_failing_button_stops_the_spinner_and_apologises(
    app: Any, bot_api: FakeBotAPI
) -> None:
    app.commands.register_callback("boom", explode)
    message = (await app.bot.send_message(42, "a list")).to_dict()
    await feed(app, callback_update("boom:1", message))
    assert len(bot_api.calls("answerCallbackQuery")) == 1
    assert bot_api.sent_texts(chat_id=42) == ["a list", APOLOGY]


async def test_bot_channel_post_answered_in_the_channel(app: Any, bot_api: FakeBotAPI) -> None:
    app.commands.register("whoami", admin_reply, "/whoami", "who am I here")
    await feed(app, channel_post_update("/quotes@briefing_test_bot BRICS", chat_id=-1009))
    await feed(app, channel_post_update("/whoami@briefing_test_bot", chat_id=-1009))
    texts = bot_api.sent_texts(chat_id=-1009)
    assert "not a military alliance" in texts[0]
    assert texts[1] == "admin"  # the channel itself posted it


@pytest.fixture
async def crowded(bot_api: FakeBotAPI) -> AsyncIterator[Any]:
    """The Application on a store of 40 long articles full of characters HTML must escape."""
    body = "Trade & <tariffs> rose by 5% as \"officials\" said 'R&D' matters. " * 12
    articles = [
        make_article(f"a{n:02d}", f"Trade story {n} <b>&amp;</b>", [body, body], source=f"S&{n}")
        for n in range(40)
    ]
    quotes = [make_quote(a.id, body, f"Speaker <{n}> & Co") for n, a in enumerate(articles)]
    figures = [make_figure(a.id, "5%", 5.0, "percent", "trade & <tariffs>") for a in articles]
    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url)
    async with build_application(settings, make_store(articles, quotes, figures)) as application:
        yield application


@pytest.mark.parametrize(
    "text", ["/summary", "/quotes trade", "/figures", "/articles", "/search tariffs", "/help"]
)
async def test_bot_long_answers_fit_telegram(crowded: Any, bot_api: FakeBotAPI, text: str) -> None:
    await feed(crowded, command_update(text))
    assert bot_api.sent_messages, "no reply"
    assert [c for c in bot_api.log if not c.ok] == []
    for message in bot_api.sent_messages:
        assert len(message.get("entities", [])) <= 100
        assert all(len(b[1].encode()) <= 64 for b in buttons(message))


async def test_bot_every_page_fits_telegram(crowded: Any, bot_api: FakeBotAPI) -> None:
    await feed(crowded, command_update("/quotes trade"))
    (message,) = bot_api.sent_messages
    pages = [message["text"]]
    while (nexts := [data for label, data in buttons(message) if label.startswith("Next")]) != []:
        await feed(crowded, callback_update(nexts[0], message))
        message = bot_api.messages[(42, message["message_id"])]
        pages.append(message["text"])
    assert len(pages) == 8  # 40 quotes, five a page
    assert len(set(pages)) == 8
    assert [c for c in bot_api.log if not c.ok] == []


async def test_bot_expired_button_press_still_turns_the_page(
    paged: Any, bot_api: FakeBotAPI
) -> None:
    await feed(paged, command_update("/quotes trade"))
    (first,) = bot_api.sent_messages
    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    bot_api.fail("answerCallbackQuery", 400, too_old)
    await feed(paged, callback_update(buttons(first)[1][1], first))
    assert len(bot_api.edited_texts(chat_id=42)) == 1
    assert APOLOGY not in bot_api.sent_texts(chat_id=42)


async def test_bot_timed_out_request_is_retried(
    bot_api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    request = HTTPXRequest(read_timeout=0.2)  # shorter than the fake's stall: PTB times out
    bot = ExtBot(
        DEFAULT_TOKEN,
        base_url=bot_api.base_url,
        request=request,
        rate_limiter=PatientRateLimiter(backoff=0.01),
    )
    bot_api.delay("sendMessage", 0.6)
    async with bot:
        await bot.send_message(42, "<b>Still here</b>", parse_mode="HTML")
    assert "sendMessage failed (Timed out); retrying in 0.0 s" in caplog.messages
    assert bot_api.sent_texts(chat_id=42)[-1] == "<b>Still here</b>"

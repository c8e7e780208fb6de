"""The fake Bot API itself: wire format, Telegram's HTML checks, failures, limits, PTB parsing."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Bot, ChatMemberAdministrator, ChatMemberOwner, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter

from tests.fake_bot_api import (
    DEFAULT_TOKEN,
    FakeBotAPI,
    FloodLimits,
    ParseError,
    callback_update,
    command_update,
    inline_update,
    my_chat_member_update,
    parse_html,
)

CLIENTS: list[httpx.AsyncClient] = []  # one per test: making a client costs ~50 ms (TLS setup)


@pytest.fixture(autouse=True)
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """The HTTP client `post` uses during this test."""
    async with httpx.AsyncClient() as http:
        CLIENTS.append(http)
        yield http
        CLIENTS.remove(http)


async def post(api: FakeBotAPI, method: str, **params: Any) -> httpx.Response:
    """A form-encoded call the way PTB makes it (non-string values JSON-encoded)."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    return await CLIENTS[-1].post(f"{api.base_url}{DEFAULT_TOKEN}/{method}", data=form)


async def test_fake_bot_api_get_me_speaks_the_wire_format(bot_api: FakeBotAPI) -> None:
    response = await post(bot_api, "getMe")
    assert response.status_code == 200
    assert response.json()["result"]["username"] == "briefing_test_bot"
    assert response.json()["result"]["id"] == 123456


async def test_fake_bot_api_unknown_method_and_bad_token(bot_api: FakeBotAPI) -> None:
    assert (await post(bot_api, "sendTelepathy")).json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{bot_api.base_url}nonsense/getMe")
    assert response.status_code == 404


async def test_fake_bot_api_json_body_accepted(bot_api: FakeBotAPI) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{bot_api.base_url}{DEFAULT_TOKEN}/sendMessage", json={"chat_id": 5, "text": "hi"}
        )
    assert response.json()["result"]["chat"]["id"] == 5
    assert bot_api.sent_texts(chat_id=5) == ["hi"]


async def test_fake_bot_api_send_message_returns_parsed_entities(bot_api: FakeBotAPI) -> None:
    response = await post(
        bot_api, "sendMessage", chat_id=42, text="🙂 <b>Putin</b> &amp; <a href='https://x.org/?a=1&amp;b=2'>BRICS</a>",
        parse_mode="HTML",
    )  # fmt: skip
    message = response.json()["result"]
    assert message["text"] == "🙂 Putin & BRICS"
    assert message["entities"] == [
        {"type": "bold", "offset": 3, "length": 5},
        {"type": "text_link", "offset": 11, "length": 5, "url": "https://x.org/?a=1&b=2"},
    ]
    assert message["chat"] == {"id": 42, "type": "private", "first_name": "Test"}
    assert bot_api.sent_messages == [message]


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<p>hi</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("<b><i>x</b></i>", 'Can\'t find end tag corresponding to start tag "i"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("Q&A", 'Unescaped "&" at byte offset 1'),
        ("a&nbsp;b", 'Unsupported HTML entity "&nbsp;" at byte offset 1'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("close</b>", 'Unexpected end tag "b" at byte offset 5'),
        ('<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<b", 'Unclosed start tag "b" at byte offset 0'),
    ],
)
def test_fake_bot_api_html_refused_like_telegram(html: str, error: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_html(html)
    assert str(caught.value) == error


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<b>a</b> <i>b</i> <u>c</u> <s>d</s> <code>e</code>", "a b c d e"),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1"),
        ("<blockquote expandable>q</blockquote> <tg-spoiler>s</tg-spoiler>", "q s"),
        ("1 &lt; 2 &gt; 0 &quot;x&quot; &#38; &#x41; > ok", '1 < 2 > 0 "x" & A > ok'),
        ("<b>bold <i>both</i></b>", "bold both"),
        ("مرحبا <b>بالعالم</b>", "مرحبا بالعالم"),
    ],
)
def test_fake_bot_api_html_accepted_like_telegram(html: str, text: str) -> None:
    assert parse_html(html)[0] == text


async def test_fake_bot_api_bad_html_is_a_400(bot_api: FakeBotAPI) -> None:
    response = await post(bot_api, "sendMessage", chat_id=1, text="<br>", parse_mode="HTML")
    assert response.status_code == 400
    assert response.json()["description"] == (
        'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 0'
    )
    assert bot_api.sent_texts() == []
    assert bot_api.calls("sendMessage") == [{"chat_id": 1, "text": "<br>", "parse_mode": "HTML"}]


async def test_fake_bot_api_length_counted_after_entities(bot_api: FakeBotAPI) -> None:
    fits = "<b>" + "&amp;" * 4096 + "</b>"
    assert (await post(bot_api, "sendMessage", chat_id=1, text=fits, parse_mode="HTML")).is_success
    too_long = (await post(bot_api, "sendMessage", chat_id=1, text="x" * 4097)).json()
    assert too_long["description"] == "Bad Request: message is too long"
    emoji = (await post(bot_api, "sendMessage", chat_id=1, text="🙂" * 2049)).json()
    assert emoji["description"] == "Bad Request: message is too long"  # 4098 UTF-16 units


@pytest.mark.parametrize("text", ["", "   ", "<b></b>"])
async def test_fake_bot_api_empty_text_refused(bot_api: FakeBotAPI, text: str) -> None:
    response = await post(bot_api, "sendMessage", chat_id=1, text=text, parse_mode="HTML")
    assert response.json()["description"] == "Bad Request: message text is empty"


async def test_fake_bot_api_long_callback_data_refused(bot_api: FakeBotAPI) -> None:
    markup = {"inline_keyboard": [[{"text": "Next", "callback_data": "x" * 65}]]}
    response = await post(bot_api, "sendMessage", chat_id=1, text="t", reply_markup=markup)
    assert response.json()["description"] == "Bad Request: BUTTON_DATA_INVALID"
    markup = {"inline_keyboard": [[{"text": "Next", "callback_data": "é" * 32}]]}
    assert (await post(bot_api, "sendMessage", chat_id=1, text="t", reply_markup=markup)).is_success


async def test_fake_bot_api_get_updates_honours_offset(bot_api: FakeBotAPI) -> None:
    first = bot_api.queue_update(command_update("/help"))
    second = bot_api.queue_update(command_update("/about"))
    got = (await post(bot_api, "getUpdates", offset=0, timeout=10)).json()["result"]
    assert [u["update_id"] for u in got] == [first, second]
    got = (await post(bot_api, "getUpdates", offset=second, timeout=10)).json()["result"]
    assert [u["update_id"] for u in got] == [second]
    assert bot_api.pending_updates() == 1
    started = time.monotonic()
    got = (await post(bot_api, "getUpdates", offset=second + 1, timeout=10)).json()["result"]
    assert got == []
    assert time.monotonic() - started < 1.0  # the long poll is capped at poll_cap
    assert bot_api.pending_updates() == 0


async def test_fake_bot_api_long_poll_wakes_on_new_update(bot_api: FakeBotAPI) -> None:
    bot_api.poll_cap = 5.0
    async with httpx.AsyncClient() as client:
        url = f"{bot_api.base_url}{DEFAULT_TOKEN}/getUpdates"
        pending = client.post(url, data={"timeout": "5"})
        task = asyncio.ensure_future(pending)
        await asyncio.sleep(0.05)
        update_id = bot_api.queue_update(command_update("/start"))
        started = time.monotonic()
        response = await task
    assert [u["update_id"] for u in response.json()["result"]] == [update_id]
    assert time.monotonic() - started < 1.0


async def test_fake_bot_api_webhook_blocks_get_updates(bot_api: FakeBotAPI) -> None:
    await post(bot_api, "setWebhook", url="https://example.org/hook", secret_token="s3")
    assert (await post(bot_api, "getUpdates")).status_code == 409
    info = (await post(bot_api, "getWebhookInfo")).json()["result"]
    assert info["url"] == "https://example.org/hook"
    await post(bot_api, "deleteWebhook")
    assert (await post(bot_api, "getUpdates")).status_code == 200


async def test_fake_bot_api_injected_failures_reach_ptb(bot_api: FakeBotAPI) -> None:
    bot_api.fail_retry_after("sendMessage", 3)
    bot_api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    bot_api.migrate(-100, -1001234567890)
    async with Bot(DEFAULT_TOKEN, base_url=bot_api.base_url) as bot:
        with pytest.raises(RetryAfter, match="Retry in 0:00:03"):
            await bot.send_message(1, "a")
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(1, "b")
        with pytest.raises(ChatMigrated) as migrated:
            await bot.send_message(-100, "c")
        assert migrated.value.new_chat_id == -1001234567890
        sent = await bot.send_message(1, "d")
    assert sent.text == "d"
    assert [c["text"] for c in bot_api.calls("sendMessage")] == ["a", "b", "c", "d"]
    assert bot_api.sent_texts() == ["d"]


async def test_fake_bot_api_failure_for_one_chat_only(bot_api: FakeBotAPI) -> None:
    bot_api.fail("sendMessage", 500, "Internal Server Error", chat_id=7)
    assert (await post(bot_api, "sendMessage", chat_id=8, text="x")).is_success
    assert (await post(bot_api, "sendMessage", chat_id=7, text="x")).status_code == 500
    assert (await post(bot_api, "sendMessage", chat_id=7, text="x")).is_success


async def test_fake_bot_api_blocked_chat_until_unblocked(bot_api: FakeBotAPI) -> None:
    bot_api.block(9)
    assert (await post(bot_api, "sendMessage", chat_id=9, text="x")).json() == {
        "ok": False,
        "error_code": 403,
        "description": "Forbidden: bot was blocked by the user",
    }
    bot_api.unblock(9)
    assert (await post(bot_api, "sendMessage", chat_id=9, text="x")).is_success


async def test_fake_bot_api_delay(bot_api: FakeBotAPI) -> None:
    bot_api.delay("getMe", 0.2)
    started = time.monotonic()
    await post(bot_api, "getMe")
    assert time.monotonic() - started >= 0.2


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_fake_bot_api_flood_limits_overall_and_group(bot_api: FakeBotAPI) -> None:
    clock = Clock()
    bot_api.flood_limits = FloodLimits(clock=clock)
    statuses = [
        (await post(bot_api, "sendMessage", chat_id=i, text="x")).status_code for i in range(1, 32)
    ]
    assert statuses == [200] * 30 + [429]
    clock.now += 1.0
    for _ in range(20):
        assert (await post(bot_api, "sendMessage", chat_id=-5, text="x")).is_success
        clock.now += 0.1
    refused = (await post(bot_api, "sendMessage", chat_id=-5, text="x")).json()
    assert refused["error_code"] == 429
    assert refused["parameters"] == {"retry_after": 58}


async def test_fake_bot_api_flood_limits_private_bursts(bot_api: FakeBotAPI) -> None:
    clock = Clock()
    bot_api.flood_limits = FloodLimits(clock=clock, private_burst=3)
    codes = [
        (await post(bot_api, "sendMessage", chat_id=1, text="x")).status_code for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    clock.now += 1.0
    assert (await post(bot_api, "sendMessage", chat_id=1, text="x")).is_success


async def test_fake_bot_api_chat_members_parse_in_ptb(bot_api: FakeBotAPI) -> None:
    bot_api.add_chat(-100777, "supergroup", title="Group")
    bot_api.add_chat(-100888, "channel", title="News", username="news_channel")
    bot_api.set_member(-100777, 5, "creator")
    bot_api.set_member(-100777, 6, "administrator")
    bot_api.set_bot_member(-100888, can_post_messages=True)
    async with Bot(DEFAULT_TOKEN, base_url=bot_api.base_url) as bot:
        owner = await bot.get_chat_member(-100777, 5)
        admin = await bot.get_chat_member(-100777, 6)
        member = await bot.get_chat_member(-100777, 7)
        channel = await bot.get_chat("@news_channel")
        me = await bot.get_chat_member(channel.id, bot.id)
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.get_chat(-4)
    assert isinstance(owner, ChatMemberOwner)
    assert isinstance(admin, ChatMemberAdministrator)
    assert member.status == "member"
    assert channel.id == -100888
    assert isinstance(me, ChatMemberAdministrator)
    assert me.can_post_messages is True


async def test_fake_bot_api_edit_message_text(bot_api: FakeBotAPI) -> None:
    async with Bot(DEFAULT_TOKEN, base_url=bot_api.base_url) as bot:
        sent = await bot.send_message(3, "page 1")
        edited = await bot.edit_message_text("page 2", chat_id=3, message_id=sent.message_id)
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text("page 2", chat_id=3, message_id=sent.message_id)
        with pytest.raises(BadRequest, match="Message to edit not found"):
            await bot.edit_message_text("page 2", chat_id=3, message_id=1)
    assert isinstance(edited, type(sent))
    assert edited.message_id == sent.message_id
    assert bot_api.edited_texts(chat_id=3) == ["page 2"]


async def test_fake_bot_api_commands_and_inline_answers(bot_api: FakeBotAPI) -> None:
    async with Bot(DEFAULT_TOKEN, base_url=bot_api.base_url) as bot:
        await bot.set_my_commands([("quotes", "Quotes about a term")])
        commands = await bot.get_my_commands()
        with pytest.raises(BadRequest, match="Bot_command_invalid"):
            await bot.set_my_commands([("Bad-Name", "x")])
    assert [(c.command, c.description) for c in commands] == [("quotes", "Quotes about a term")]
    content = {"message_text": "<b>x</b>", "parse_mode": "HTML"}
    ok = [{"type": "article", "id": "q1", "title": "T", "input_message_content": content}]
    assert (await post(bot_api, "answerInlineQuery", inline_query_id="1", results=ok)).is_success
    bad = [{**ok[0], "input_message_content": {"message_text": "<x>", "parse_mode": "HTML"}}]
    response = await post(bot_api, "answerInlineQuery", inline_query_id="1", results=bad)
    assert "can't parse entities" in response.json()["description"]
    duplicate = await post(bot_api, "answerInlineQuery", inline_query_id="1", results=ok * 2)
    assert duplicate.json()["description"] == "Bad Request: RESULT_ID_DUPLICATE"


def test_fake_bot_api_update_builders_parse_in_ptb() -> None:
    bot = Bot(DEFAULT_TOKEN)
    text = "/quotes@briefing_test_bot BRICS"
    data = command_update(text, chat_id=-1009, chat_type="supergroup", user_id=5, thread_id=77)
    topic = Update.de_json(data, bot)
    assert topic.effective_message is not None
    assert topic.effective_message.message_thread_id == 77
    assert topic.effective_message.entities[0].length == len("/quotes@briefing_test_bot")
    assert topic.effective_user is not None
    assert topic.effective_user.id == 5
    message = topic.effective_message.to_dict()
    press = Update.de_json(callback_update("page:2", message, chat_id=-1009, user_id=5), bot)
    assert press.callback_query is not None
    assert press.callback_query.data == "page:2"
    inline = Update.de_json(inline_update("BRICS"), bot)
    assert inline.inline_query is not None
    assert inline.inline_query.query == "BRICS"
    added = Update.de_json(my_chat_member_update(-5, new_status="administrator"), bot)
    assert added.my_chat_member is not None
    assert added.my_chat_member.new_chat_member.status == "administrator"

"""Every command end to end: the real Application over HTTP to the fake Bot API."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update

from bot.app import startup
from tests.factories import EFE_ID
from tests.fake_bot_api import (
    DEFAULT_TOKEN,
    FakeBotAPI,
    command_update,
    inline_update,
    parse_html,
)


async def feed(app: Any, data: dict[str, Any]) -> None:
    """Hand one update to the bot, as polling or a webhook would."""
    await app.process_update(Update.de_json(data, app.bot))


async def ask(app: Any, api: FakeBotAPI, text: str, **where: Any) -> list[str]:
    """Send `text` as a user and return the plain texts of the messages the bot sent back."""
    before = len(api.sent_messages)
    await feed(app, command_update(text, **where))
    return [m["text"] for m in api.sent_messages[before:]]


async def test_bot_startup_publishes_the_command_menu(app: Any, bot_api: FakeBotAPI) -> None:
    await startup(app)
    menu = bot_api.calls("setMyCommands")[0]["commands"]
    names = [entry["command"] for entry in menu]
    assert names[:10] == [
        "start", "help", "about", "summary", "quotes", "figures", "articles", "article",
        "search", "sources",
    ]  # fmt: skip
    assert menu[4] == {"command": "quotes", "description": "who said what"}


async def test_bot_start_welcomes_with_things_to_try(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/start")
    assert text.startswith("Welcome to the briefing bot.")
    assert "• /summary\n• /quotes Putin\n• /figures" in text
    assert bot_api.sent_messages[0]["entities"][0] == {"type": "bold", "offset": 0, "length": 28}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("quotes_BRICS", "not a military alliance"),
        ("figures_trade", "25%"),
        ("article_" + EFE_ID, "Putin invites Latin America to join BRICS"),
    ],
)
async def test_bot_start_deep_link_opens_the_answer(
    app: Any, bot_api: FakeBotAPI, payload: str, expected: str
) -> None:
    texts = await ask(app, bot_api, f"/start {payload}")
    assert expected in "\n".join(texts)


async def test_bot_help_lists_every_command_with_examples(app: Any, bot_api: FakeBotAPI) -> None:
    text = "\n".join(await ask(app, bot_api, "/help"))
    for line in [
        "/quotes <term>: who said what — e.g. /quotes BRICS",
        "/figures trade",
        "/sources",
    ]:
        assert line in text


async def test_bot_about_describes_the_store(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/about")
    assert "• 2 articles in 1 story" in text
    assert "• Sources: EFE (1 article with no outlet named)" in text
    assert "• Built: 2023-09-30 08:00 UTC" in text


async def test_bot_summary_tags_each_sentence(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/summary")
    assert "Putin courts Latin America for BRICS" in text
    assert 'Russian exports have increased by 2.3 times," Putin said. [EFE]' in text


async def test_bot_quotes_brics_shows_putin(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/quotes BRICS")
    assert text.startswith("Quotes about BRICS (1)\n\nVladimir Putin, Russian president\n")
    assert "not a military alliance" in text
    assert text.endswith("EFE · 29 Sep 2023")
    bold = bot_api.sent_messages[0]["entities"][1]
    assert text[bold["offset"] : bold["offset"] + bold["length"]] == (
        "Vladimir Putin, Russian president"
    )


async def test_bot_figures_trade_shows_25_percent(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/figures trade")
    assert "↑ 25% — trade between Russia and Latin America, in the last five years" in text
    assert "EFE · 29 Sep 2023" in text


async def test_bot_articles_and_article(app: Any, bot_api: FakeBotAPI) -> None:
    (listing,) = await ask(app, bot_api, "/articles")
    assert f"EFE · 29 Sep 2023 · /article {EFE_ID}" in listing
    text = "\n".join(await ask(app, bot_api, f"/article {EFE_ID}"))
    assert "Putin invites Latin America to join BRICS, “not a military alliance”" in text
    assert "https://example.org/efe/putin-brics" in str(bot_api.calls("sendMessage")[-1])


async def test_bot_search_bolds_the_hit(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/search trade")
    assert text.startswith("Sentences with trade (2)")
    assert "• In terms of <b>trade</b>, he highlighted" in bot_api.sent_texts(chat_id=42)[0]


async def test_bot_sources_sent_as_html_without_previews(app: Any, bot_api: FakeBotAPI) -> None:
    texts = await ask(app, bot_api, "/sources")
    assert texts == ["Sources\n• EFE: 1 article\n• No outlet named: 1 article"]
    assert bot_api.calls("sendMessage") == [
        {
            "chat_id": 42,
            "text": "<b>Sources</b>\n• EFE: 1 article\n• No outlet named: 1 article",
            "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True},
        }
    ]


def test_bot_urls_follow_the_base_url(app: Any, bot_api: FakeBotAPI) -> None:
    assert app.bot.base_url == f"{bot_api.base_url}{DEFAULT_TOKEN}"
    assert app.bot.base_file_url == f"http://127.0.0.1:{bot_api.port}/file/bot{DEFAULT_TOKEN}"


async def test_bot_inline_query_offers_quote_cards(app: Any, bot_api: FakeBotAPI) -> None:
    await feed(app, inline_update("BRICS"))
    (answer,) = bot_api.calls("answerInlineQuery")
    first = answer["results"][0]
    assert first["type"] == "article"
    assert first["title"].startswith("Vladimir Putin: “BRICS is an organization")
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "not a military alliance" in parse_html(content["message_text"])[0]
    assert answer["cache_time"] == 30


async def test_bot_empty_inline_query_offers_the_latest_story(
    app: Any, bot_api: FakeBotAPI
) -> None:
    await feed(app, inline_update(""))
    (answer,) = bot_api.calls("answerInlineQuery")
    assert len(answer["results"]) == 1
    assert "Putin courts Latin America for BRICS" in str(answer["results"][0])


async def test_bot_group_command_addressed_to_us(app: Any, bot_api: FakeBotAPI) -> None:
    where = {"chat_id": -1001, "chat_type": "supergroup", "user_id": 5}
    texts = await ask(app, bot_api, "/quotes@briefing_test_bot BRICS", **where)
    assert "not a military alliance" in texts[0]
    assert bot_api.calls("sendMessage")[0]["chat_id"] == -1001


@pytest.mark.parametrize(
    "text", ["/help@other_bot", "hello everyone", "/quotes@OtherBot BRICS", "/frobnicate"]
)
async def test_bot_group_ignores_what_is_not_for_us(
    app: Any, bot_api: FakeBotAPI, text: str
) -> None:
    await feed(app, command_update(text, chat_id=-1001, chat_type="supergroup", user_id=5))
    assert bot_api.calls("sendMessage") == []


async def test_bot_forum_topic_reply_stays_in_the_topic(app: Any, bot_api: FakeBotAPI) -> None:
    where = {"chat_id": -1002, "chat_type": "supergroup", "thread_id": 77}
    await ask(app, bot_api, "/figures@briefing_test_bot trade", **where)
    (call,) = bot_api.calls("sendMessage")
    assert call["message_thread_id"] == 77
    assert bot_api.sent_messages[0]["message_thread_id"] == 77


async def test_bot_private_plain_text_is_searched(app: Any, bot_api: FakeBotAPI) -> None:
    texts = await ask(app, bot_api, "trade")
    assert any("Russia and Latin America" in t for t in texts)


async def test_bot_unknown_command_gets_a_hint(app: Any, bot_api: FakeBotAPI) -> None:
    assert await ask(app, bot_api, "/nope") == ["I don't know /nope. Send /help for the list."]


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("/quotes", "Usage: /quotes <term> — for example /quotes BRICS"),
        ("/search", "Usage: /search <term>"),
        ("/article", "Usage: /article <id>"),
    ],
)
async def test_bot_missing_argument_gets_the_usage(
    app: Any, bot_api: FakeBotAPI, command: str, usage: str
) -> None:
    (text,) = await ask(app, bot_api, command)
    assert text.startswith(usage)


HOSTILE = [
    '"', "*", "AND OR NOT", "NEAR(", "(((", "-", "x" * 5000, "🇷🇺 BRICS 🙂", "מה קורה عربي",
    "<b>", "a & b", "&amp;", "BRICS\u200f", "%s %d {0}", "\\", "'; drop table quotes; --",
]  # fmt: skip


@pytest.mark.parametrize("command", ["/quotes", "/search", "/figures", "/summary", "/article"])
async def test_bot_hostile_input_is_answered_plainly(
    app: Any, bot_api: FakeBotAPI, command: str
) -> None:
    for term in HOSTILE:
        texts = await ask(app, bot_api, f"{command} {term}")
        assert texts, f"no reply to {command} {term[:20]!r}"
        assert [c.params for c in bot_api.log if not c.ok] == [], term[:20]
        assert not any("Sorry, something went wrong" in t for t in texts), term[:20]
    assert all(len(m.get("entities", [])) <= 100 for m in bot_api.sent_messages)


async def test_bot_markup_in_a_term_is_escaped(app: Any, bot_api: FakeBotAPI) -> None:
    (text,) = await ask(app, bot_api, "/quotes <b>")
    assert "<b>" in text  # shown to the user as typed, so it was sent as &lt;b&gt;
    assert "&lt;b&gt;" in bot_api.sent_texts()[0]

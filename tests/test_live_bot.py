"""The sources on Telegram: operators' commands, /sources, a polling round, notices sent once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application, startup
from bot.config import Settings
from bot.live.sources import Sources
from bot.store import open_db
from tests.factories import seeded_db, write_db
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, command_update
from tests.live_support import RATES, rss
from tests.news_server import NewsServer

OPERATOR = 501


@pytest.fixture
async def live_app(bot_api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[Any]:
    """The real Application over a seeded store file, with one operator."""
    path = write_db(seeded_db(), tmp_path / "briefing.db")
    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url, db_path=path,
                        admins=frozenset({OPERATOR}), allow_private_hosts=True)  # fmt: skip
    app = build_application(settings, open_db(path))
    async with app:
        yield app
    if app.live is not None:
        app.live.stop()


async def ask(app: Any, api: FakeBotAPI, text: str, user_id: int) -> list[str]:
    before = len(api.sent_messages)
    update = command_update(text, chat_id=user_id, user_id=user_id)
    await app.process_update(Update.de_json(update, app.bot))
    return [m["text"] for m in api.sent_messages[before:]]


async def test_live_bot_only_operators_add_and_remove_sources(
    live_app: Any, bot_api: FakeBotAPI
) -> None:
    url = "https://planet.example/rss"
    refused = await ask(live_app, bot_api, f"/addsource {url}", user_id=777)
    assert refused == [
        "Sorry, only the bot's operators can change its sources. "
        "Send /sources to see the ones it follows."
    ]
    added = await ask(live_app, bot_api, f"/addsource {url} Daily Planet", user_id=OPERATOR)
    assert added == [f"Following Daily Planet ({url}). Its new articles arrive within 15 minutes."]
    assert await ask(live_app, bot_api, "/addsource ftp://x", user_id=OPERATOR) == [
        "Not added: not a feed URL: 'ftp://x' (expected http:// or https://)."
    ]
    listed = await ask(live_app, bot_api, "/sources", user_id=777)
    assert listed[0].endswith(
        f"• Daily Planet: no articles yet\n  feed: {url}\n• No outlet named: 1 article"
    )
    removed = await ask(live_app, bot_api, "/removesource daily planet", user_id=777)
    assert removed[0].startswith("Sorry, only the bot's operators")
    removed = await ask(live_app, bot_api, "/removesource daily planet", user_id=OPERATOR)
    assert removed == ["Stopped following Daily Planet. Its articles stay in the briefing."]
    assert "Daily Planet" not in (await ask(live_app, bot_api, "/sources", user_id=777))[0]


async def test_live_bot_round_stores_articles_and_tells_operators_once(
    live_app: Any, bot_api: FakeBotAPI, news_server: NewsServer
) -> None:
    now = datetime.now(UTC)
    news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES, now)]))
    news_server.serve("/dead", b"", status=410)
    sources = Sources(live_app.commands.query.db)
    sources.add(news_server.url("/rss"), "Planet")
    sources.add(news_server.url("/dead"), "Dead")
    report = await live_app.live.round()
    assert len(report.added) == 1
    quotes = await ask(live_app, bot_api, "/quotes Lopez", user_id=777)
    assert "We will do whatever it takes to bring prices back under control" in quotes[0]
    listed = (await ask(live_app, bot_api, "/sources", user_id=777))[0]
    assert f"• Daily Planet: 1 article\n  feed: {news_server.url('/rss')}" in listed
    assert bot_api.sent_texts(chat_id=OPERATOR) == [
        f"⛔ Dead is gone (HTTP 410): the bot stopped fetching {news_server.url('/dead')}. "
        "Remove it with /removesource."
    ]
    await live_app.live.round()
    assert len(bot_api.sent_texts(chat_id=OPERATOR)) == 1


async def test_live_bot_menu_offers_source_commands_to_operators_only(
    live_app: Any, bot_api: FakeBotAPI
) -> None:
    await startup(live_app)
    menus = {
        json.dumps(call.get("scope") or {}): [c["command"] for c in call["commands"]]
        for call in bot_api.calls("setMyCommands")
    }
    everyone = menus.pop("{}")
    (operator_scope, operator_menu) = menus.popitem()
    assert json.loads(operator_scope) == {"type": "chat", "chat_id": OPERATOR}
    assert {"addsource", "removesource"}.isdisjoint(everyone)
    assert operator_menu[-2:] == ["addsource", "removesource"]
    assert operator_menu[:-2] == everyone


async def test_live_bot_starts_when_an_operator_menu_is_refused(
    live_app: Any, bot_api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    bot_api.fail("setMyCommands", 400, "Bad Request: chat not found", chat_id=OPERATOR)
    await startup(live_app)
    assert [call.get("scope") for call in bot_api.calls("setMyCommands")] == [
        None, {"type": "chat", "chat_id": OPERATOR}
    ]  # fmt: skip
    assert f"no operator menu for user {OPERATOR} (Chat not found)" in caplog.text
    assert await ask(live_app, bot_api, "/sources", user_id=777)  # still serving

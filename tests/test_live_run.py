"""`briefing-bot run` following a feed: a new item is briefed and announced once, even across a
kill -9 and a restart."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.live.sources import Sources
from bot.store import open_db
from tests.factories import seeded_db, write_db
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, command_update
from tests.live_support import RATES, rss
from tests.news_server import NewsServer

REPO = Path(__file__).resolve().parents[1]
CHANNEL = -1001000000500


async def _start(api: FakeBotAPI, path: Path, log: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_BASE_URL": api.base_url,
        "BRIEFING_DB": str(path), "BRIEFING_POLL_MINUTES": "0.05",
        "BRIEFING_ALLOW_PRIVATE_HOSTS": "1", "BRIEFING_CHANNEL": "@planet_news",
        "PYTHONPATH": str(REPO),
    }  # fmt: skip
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=REPO, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=stderr,
        )  # fmt: skip


async def _wait(predicate: object, within: float) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():  # type: ignore[operator]
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_live_run_briefs_a_new_item_and_announces_it_once(
    bot_api: FakeBotAPI, news_server: NewsServer, tmp_path: Path
) -> None:
    path = write_db(seeded_db(), tmp_path / "briefing.db")
    news_server.serve("/rss", rss("Daily Planet", []))
    db = open_db(path)
    Sources(db).add(news_server.url("/rss"), "Planet")
    db.close()
    bot_api.add_chat(CHANNEL, "channel", username="planet_news")
    log = tmp_path / "bot.log"  # a file: the worker process may outlive a killed bot briefly
    bot = await _start(bot_api, path, log)
    try:
        await _wait(lambda: news_server.hits("/rss") >= 2, within=60)  # a first empty round
        assert bot_api.sent_texts(chat_id=CHANNEL) == []
        news_server.serve("/rss", rss("Daily Planet", [("r1", "Rates up", RATES,
                                                         datetime.now(UTC))]))  # fmt: skip
        await _wait(lambda: bot_api.sent_texts(chat_id=CHANNEL), within=60)
        bot_api.queue_update(command_update("/quotes Lopez", chat_id=77))
        bot_api.queue_update(command_update("/summary", chat_id=78))
        await _wait(lambda: bot_api.sent_texts(chat_id=77) and bot_api.sent_texts(chat_id=78),
                    within=30)  # fmt: skip
    finally:
        bot.kill()
        await bot.wait()
    (announcement,) = bot_api.sent_texts(chat_id=CHANNEL)
    assert "Rates up" in announcement
    assert "whatever it takes" in bot_api.sent_texts(chat_id=77)[0]
    assert "Rates up" in "\n".join(bot_api.sent_texts(chat_id=78))
    hits = news_server.hits("/rss")
    again = await _start(bot_api, path, log)
    try:
        await _wait(lambda: news_server.hits("/rss") >= hits + 2, within=60)
        await asyncio.sleep(1)
    finally:
        again.terminate()
        await again.wait()
    assert again.returncode == 0, log.read_text()[-2000:]
    assert bot_api.sent_texts(chat_id=CHANNEL) == [announcement]

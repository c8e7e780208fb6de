"""Exactly once across a kill -9 and a restart; one sending process per store."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.digests.delivery import WORKERS
from bot.digests.models import SENT
from bot.digests.state import State
from bot.store import open_db
from tests.digests_support import HoldingBotAPI, file_store, subscribe_many, topic_store
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI

REPO = Path(__file__).resolve().parents[1]
SUBSCRIBERS = 1000


def _env(api: FakeBotAPI) -> dict[str, str]:
    return {**os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_BASE_URL": api.base_url}


async def _start(api: FakeBotAPI, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, *args, cwd=REPO, env=_env(api),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _digests_per_chat(api: FakeBotAPI) -> Counter[int]:
    return Counter(int(c.params["chat_id"]) for c in api.log if c.ok and c.method == "sendMessage")


async def test_digests_kill_9_mid_broadcast_then_restart_sends_each_exactly_once(
    tmp_path: Path,
) -> None:
    path = file_store(topic_store(1), tmp_path / "briefing.db")
    chats = range(1, SUBSCRIBERS + 1)
    subscribe_many(path, chats, due=datetime.now(UTC) - timedelta(minutes=1))
    runner = ("-m", "tests.digests_support", "--db", str(path), "--rate", "400")
    api = HoldingBotAPI()
    async with api:
        api.hold_from = 400  # from the 400th message on, requests hang unprocessed
        first = await _start(api, *runner)
        await api.wait_for(lambda _: api.held >= WORKERS, within=60)
        first.kill()  # SIGKILL: no cleanup, requests in flight
        await first.communicate()
        api.release()
        before = _digests_per_chat(api)
        assert len(before) == 399
        second = await _start(api, *runner)
        await api.wait_for(lambda a: len(_digests_per_chat(a)) == SUBSCRIBERS, within=60)
        second.terminate()
        await second.communicate()
    assert _digests_per_chat(api) == Counter({chat: 1 for chat in chats})
    state = State(open_db(path))
    assert state.counts() == {SENT: SUBSCRIBERS}


async def test_digests_second_process_on_the_same_store_is_refused(
    bot_api: FakeBotAPI, tmp_path: Path
) -> None:
    path = file_store(topic_store(1), tmp_path / "briefing.db")
    first = await _start(bot_api, "-m", "bot", "run", "--db", str(path))
    try:
        await bot_api.wait_for_call("getUpdates", within=30)
        second = await _start(bot_api, "-m", "bot", "run", "--db", str(path))
        _, err = await asyncio.wait_for(second.communicate(), 30)
    finally:
        first.terminate()
        await first.communicate()
    assert second.returncode == 2
    assert err.decode().strip() == (
        f"error: another briefing-bot (pid {first.pid}) is already sending digests from "
        f"{path.resolve()}: stop it first, or give this one its own --db"
    )


def test_digests_lock_is_let_go_cleanly_at_exit(tmp_path: Path) -> None:
    """A process that still holds its store's lock at exit closes it: no unclosed-file warning."""
    program = (
        "import sys; from bot.digests.lock import acquire; "
        "acquire(sys.argv[1]); acquire(sys.argv[1]); print('held')"
    )
    run = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", program, str(tmp_path / "b.db")],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (run.returncode, run.stdout, run.stderr) == (0, "held\n", "")

"""`briefing-bot run` as a process against the fake Bot API: polling, webhook, signals, faults."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import build_application, run_bot
from bot.cli import main
from bot.config import Settings
from bot.errors import ConfigError, StoreError
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, command_update

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Bot:
    """A `python -m bot run ...` child process and what it wrote to stderr."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.stderr = b""

    async def stop(self, sig: int = signal.SIGTERM) -> tuple[int, float]:
        """Send `sig`; the exit code and how long it took to exit."""
        started = time.monotonic()
        self.process.send_signal(sig)
        _, self.stderr = await asyncio.wait_for(self.process.communicate(), 15)
        assert self.process.returncode is not None
        return self.process.returncode, time.monotonic() - started


@pytest.fixture
async def start_bot(bot_api: FakeBotAPI, seeded_file: Path) -> AsyncIterator[Any]:
    """Start `python -m bot run` with the given flags against the fake and the seeded store."""
    children: list[Bot] = []

    async def start(*flags: str) -> Bot:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
               "TELEGRAM_BASE_URL": bot_api.base_url, "BRIEFING_DB": str(seeded_file),
               "PYTHONPATH": str(REPO)}  # fmt: skip
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--verbose", "run", *flags, env=env, cwd=REPO,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        children.append(Bot(process))
        return children[-1]

    yield start
    for child in children:
        if child.process.returncode is None:
            child.process.kill()
            await child.process.wait()


async def test_bot_run_polls_answers_and_stops_on_sigterm(
    bot_api: FakeBotAPI, start_bot: Any
) -> None:
    bot_api.queue_update(command_update("/quotes BRICS", chat_id=77))
    bot = await start_bot()
    await bot_api.wait_for_call("setMyCommands", within=20)
    await bot_api.wait_for(lambda api: bool(api.sent_texts(chat_id=77)), within=10)
    bot_api.poll_cap = 10.0  # as Telegram does: the next empty long poll is held open
    await asyncio.sleep(0.3)
    code, took = await bot.stop(signal.SIGTERM)
    assert code == 0
    assert took < 5
    assert "Vladimir Putin" in bot_api.sent_texts(chat_id=77)[0]
    assert bot_api.calls("deleteWebhook") == [{"drop_pending_updates": False}]
    stderr = bot.stderr.decode()
    assert "serving as @briefing_test_bot" in stderr
    assert DEFAULT_TOKEN not in stderr
    assert DEFAULT_TOKEN.split(":")[1] not in stderr


async def test_bot_run_rides_out_telegram_faults(bot_api: FakeBotAPI, start_bot: Any) -> None:
    bot_api.fail("getUpdates", 500, "Internal Server Error")
    bot_api.fail_retry_after("getUpdates", 1)
    bot_api.fail("sendMessage", 502, "Bad Gateway")
    bot_api.fail_retry_after("sendMessage", 1)
    bot_api.queue_update(command_update("/figures trade", chat_id=78))
    bot = await start_bot()
    await bot_api.wait_for(lambda api: bool(api.sent_texts(chat_id=78)), within=30)
    bot_api.queue_update(command_update("/sources", chat_id=79))
    await bot_api.wait_for(lambda api: bool(api.sent_texts(chat_id=79)), within=10)
    code, _ = await bot.stop(signal.SIGINT)
    assert code == 0
    assert "25%" in bot_api.sent_texts(chat_id=78)[0]
    assert len(bot_api.calls("sendMessage")) == 4  # 502, 429, then two deliveries
    assert DEFAULT_TOKEN not in bot.stderr.decode()


async def test_bot_run_webhook_checks_the_secret_token(bot_api: FakeBotAPI, start_bot: Any) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg/hook"
    bot = await start_bot("--webhook-url", url, "--port", str(port), "--secret-token", "s3cret")
    await bot_api.wait_for_call("setWebhook", within=20)
    assert bot_api.webhook["url"] == url
    assert bot_api.webhook["secret_token"] == "s3cret"
    update = json.dumps(command_update("/quotes BRICS", chat_id=80))
    headers = {"Content-Type": "application/json"}
    async with httpx.AsyncClient() as client:
        for _ in range(50):  # the webhook server starts just after setWebhook
            try:
                missing = await client.post(url, content=update, headers=headers)
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.1)
        wrong = await client.post(
            url, content=update, headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "nope"}
        )
        right = await client.post(
            url, content=update, headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "s3cret"}
        )
    assert (missing.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
    await bot_api.wait_for(lambda api: bool(api.sent_texts(chat_id=80)), within=10)
    code, took = await bot.stop()
    assert (code, took < 5) == (0, True)
    assert len(bot_api.sent_texts(chat_id=80)) == 1
    assert "not a military alliance" in bot_api.sent_texts(chat_id=80)[0]


def test_bot_run_without_token_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "none.db"))
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert err == "error: TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you\n"


@pytest.mark.parametrize("token", ["not-a-token", "123:abc def", '"123:abc"'])
def test_bot_build_refuses_a_malformed_token(seeded: Any, token: str) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN looks malformed"):
        build_application(Settings(token=token), seeded)


def test_bot_run_without_store_says_to_build(tmp_path: Path) -> None:
    settings = Settings(token=DEFAULT_TOKEN, db_path=tmp_path / "missing.db")
    with pytest.raises(StoreError, match="run `briefing-bot build`"):
        run_bot(settings)


def test_bot_cli_run_without_store_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "none.db"))
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    missing = tmp_path / "none.db"
    assert err == f"error: no briefing store at {missing}: run `briefing-bot build` to create it\n"
    assert DEFAULT_TOKEN not in err


async def test_bot_run_refused_token_exits_2(bot_api: FakeBotAPI, start_bot: Any) -> None:
    bot_api.token = "999:other"  # Telegram knows another token
    bot = await start_bot()
    _, bot.stderr = await asyncio.wait_for(bot.process.communicate(), 20)
    assert bot.process.returncode == 2
    lines = bot.stderr.decode().splitlines()
    assert lines[-1] == "error: Telegram refused TELEGRAM_BOT_TOKEN: check it with @BotFather"
    assert DEFAULT_TOKEN not in bot.stderr.decode()


async def test_bot_run_telegram_down_at_start_is_one_line(
    bot_api: FakeBotAPI, start_bot: Any
) -> None:
    bot_api.fail("getMe", 500, "Internal Server Error", times=4)  # the first try and 3 retries
    bot = await start_bot()
    _, bot.stderr = await asyncio.wait_for(bot.process.communicate(), 30)
    assert bot.process.returncode == 1
    last = bot.stderr.decode().splitlines()[-1]
    assert last == "error: cannot reach Telegram at start-up: Internal Server Error"
    assert len(bot_api.calls("getMe")) == 4


async def test_bot_run_survives_a_flaky_start(bot_api: FakeBotAPI, start_bot: Any) -> None:
    bot_api.fail("getMe", 502, "Bad Gateway", times=2)
    bot_api.fail("setMyCommands", 500, "Internal Server Error")
    bot_api.queue_update(command_update("/sources", chat_id=82))
    bot = await start_bot()
    await bot_api.wait_for(lambda api: bool(api.sent_texts(chat_id=82)), within=20)
    assert bot_api.count("setMyCommands") == 1
    code, _ = await bot.stop()
    assert code == 0

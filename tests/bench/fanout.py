"""Fan-out benchmark: one digest to N subscribers through the fake Bot API enforcing Telegram's
flood limits, with `briefing-bot run` as a subprocess; an interactive /quotes mid-broadcast.

    python tests/bench/fanout.py [--subscribers 10000]

Prints messages/s (target >= 95% of 30/s), 429s (target 0), total time, the bot's peak memory
and the /quotes latency (target < 1 s). Needs no data set: the store is built from inline seeds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.digests_support import file_store, subscribe_many  # noqa: E402
from tests.factories import seeded_db  # noqa: E402
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, FloodLimits, command_update  # noqa: E402

ASKER = 10_000_001  # the chat that sends /quotes in the middle of the broadcast


def peak_memory_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a live process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def broadcast_calls(api: FakeBotAPI) -> tuple[list[float], int]:
    """Arrival times of delivered digest messages, and how many sends got a 429."""
    times = [c.at for c in api.log if c.method == "sendMessage" and c.ok
             and c.params.get("chat_id") != ASKER]  # fmt: skip
    refused = sum(1 for c in api.log if c.method == "sendMessage" and not c.ok)
    return times, refused


async def ask_quotes(api: FakeBotAPI) -> float:
    """Send /quotes BRICS as a user and time until the bot's answer reaches Telegram."""
    started = time.monotonic()
    api.queue_update(command_update("/quotes BRICS", chat_id=ASKER))
    await api.wait_for(lambda a: bool(a.sent_texts(ASKER)), within=60)
    return time.monotonic() - started


async def run(subscribers: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fanout-"))
    path = file_store(seeded_db(), folder / "briefing.db")
    subscribe_many(path, range(1, subscribers + 1), datetime.now(UTC) - timedelta(minutes=1))
    async with FakeBotAPI(flood_limits=FloodLimits()) as api:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_BASE_URL": api.base_url}
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--db", str(path), cwd=REPO, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        started = time.monotonic()
        half = subscribers // 2
        await api.wait_for(lambda a: len(broadcast_calls(a)[0]) >= half, within=subscribers)
        latency = await ask_quotes(api)
        await api.wait_for(lambda a: len(broadcast_calls(a)[0]) >= subscribers, within=subscribers)
        total = time.monotonic() - started
        memory = peak_memory_mb(bot.pid)
        bot.terminate()
        await bot.wait()
    times, refused = broadcast_calls(api)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    print(f"subscribers            {subscribers}")
    print(f"digest messages sent   {len(times)}")
    print(f"messages/s (sending)   {rate:.2f}  ({rate / 30:.1%} of 30/s)")
    print(f"429 answers            {refused}")
    print(f"total time             {total:.1f} s (bot start to last digest)")
    print(f"bot peak memory        {memory:.1f} MiB")
    print(f"/quotes mid-broadcast  {latency * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    asyncio.run(run(parser.parse_args().subscribers))


if __name__ == "__main__":
    main()

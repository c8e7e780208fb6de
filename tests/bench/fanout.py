"""Fan-out benchmark: one digest to N subscribers through the fake Bot API enforcing Telegram's
flood limits, with `briefing-bot run` as a subprocess; an interactive /quotes mid-broadcast.

    python tests/bench/fanout.py [--subscribers 10000]

Prints messages/s (target >= 95% of 30/s), 429s (target 0), total time, the bot's peak memory
and the /quotes latency (target < 1 s). Needs no data set: the store is built from inline seeds.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
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


class Progress:
    """Counts delivered digests by reading only the new part of the fake's log (cheap, so the
    fake's own timing is not disturbed by the counting)."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.seen = 0
        self.digests = 0
        self.answered_at: float | None = None

    def update(self) -> None:
        for call in self.api.log[self.seen :]:
            if call.method == "sendMessage" and call.ok:
                if call.params.get("chat_id") == ASKER:
                    self.answered_at = self.answered_at or call.at
                else:
                    self.digests += 1
        self.seen = len(self.api.log)

    async def until(self, done: Callable[[Progress], bool]) -> None:
        while not done(self):
            await asyncio.sleep(0.05)
            self.update()


async def ask_quotes(api: FakeBotAPI, progress: Progress) -> float:
    """Send /quotes BRICS as a user and time until the bot's answer reaches Telegram."""
    started = time.monotonic()
    api.queue_update(command_update("/quotes BRICS", chat_id=ASKER))
    await progress.until(lambda p: p.answered_at is not None)
    assert progress.answered_at is not None
    return progress.answered_at - started


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
        progress = Progress(api)
        await progress.until(lambda p: p.digests >= subscribers // 2)
        latency = await ask_quotes(api, progress)
        await progress.until(lambda p: p.digests >= subscribers)
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
    refusals = [f"{c.at - times[0]:.2f}" for c in api.log if c.method == "sendMessage" and not c.ok]
    asked = [f"{c.at - times[0]:.2f}" for c in api.log if c.params.get("chat_id") == ASKER]
    print(f"429s at (s)            {', '.join(refusals) or '-'}; /quotes answered at {asked}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument(
        "--fake-gc-off", action="store_true",
        help="no garbage collection in this (the fake's) process: its pauses bunch arrivals",
    )  # fmt: skip
    args = parser.parse_args()
    if args.fake_gc_off:
        gc.disable()
    asyncio.run(run(args.subscribers))


if __name__ == "__main__":
    main()

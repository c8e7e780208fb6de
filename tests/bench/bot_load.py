"""Load on `briefing-bot run`: 1,000 mixed commands from 100 chats through the fake Bot API.

    .venv/bin/python tests/bench/bot_load.py [--db PATH] [--commands 1000] [--chats 100]

Builds a store from seeds/ (or uses --db), starts `python -m bot run` against the fake server
and measures two loads: a burst (every update queued at once, as a backlog after downtime) and a
steady one (each chat sends its next command once the previous answer arrived). Latency is from
the update being queued to the last message of its answer reaching the fake. Memory is the bot
process's VmRSS idle and after the load, and its VmHWM. The same commands then go through
Commands.handle in this process (what `briefing-bot ask` runs) to show what the transport costs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.build import build  # noqa: E402
from bot.commands import Commands  # noqa: E402
from bot.errors import BriefingError  # noqa: E402
from bot.models import ChatContext  # noqa: E402
from bot.query import Query  # noqa: E402
from bot.store import open_db  # noqa: E402
from tests.factories import seeded_db  # noqa: E402
from tests.fake_bot_api import DEFAULT_TOKEN, Call, FakeBotAPI, command_update  # noqa: E402

MIX = [
    "/start", "/help", "/about", "/summary", "/quotes BRICS", "/quotes Putin", "/figures",
    "/figures trade", "/articles", "/article {article}", "/search trade", "/sources",
    "/start quotes_BRICS", "/nope", "/quotes", '/quotes "NEAR( AND', "/search Latin America",
    "/summary BRICS", "hello there", "/figures students",
]  # fmt: skip


LABELS = (
    ("light", "run: 2 users, closed loop"),
    ("burst", "run: all queued at once"),
    ("steady", "run: 100 users, closed loop"),
)


class CountingAPI(FakeBotAPI):
    """The fake server, also noting when each chat received each message."""

    def __init__(self) -> None:
        super().__init__(poll_cap=1.0)  # an empty long poll wakes as soon as an update arrives
        self.arrivals: dict[int, list[float]] = defaultdict(list)
        self.arrived: dict[int, asyncio.Event] = defaultdict(asyncio.Event)

    async def _record(self, call: Call) -> None:
        self.log.append(call)
        if call.ok and call.method == "sendMessage":
            chat_id = int(call.params["chat_id"])
            self.arrivals[chat_id].append(call.at)
            self.arrived[chat_id].set()
        if call.method == "setMyCommands":
            async with self._changed:
                self._changed.notify_all()

    async def replies(self, chat_id: int, count: int) -> float:
        """Wait until `chat_id` has `count` messages; when the last of them arrived."""
        while len(self.arrivals[chat_id]) < count:
            self.arrived[chat_id].clear()
            await self.arrived[chat_id].wait()
        return self.arrivals[chat_id][count - 1]


def make_store(path: Path) -> None:
    """Build the store from seeds/; if the build is broken, copy the factories' seed mirror."""
    try:
        build([ROOT / "seeds"], path)
    except BriefingError as error:
        print(f"build failed ({error}); using tests/factories.seeded_db()", file=sys.stderr)
        target = sqlite3.connect(path)
        seeded_db().conn.backup(target)
        target.close()


def workload(commands: int, chats: int, article: str) -> list[tuple[int, str]]:
    """(chat_id, text) pairs: every chat gets the mix in a different order."""
    texts = [m.format(article=article) for m in MIX]
    return [(1000 + n % chats, texts[(n // chats + n) % len(texts)]) for n in range(commands)]


def expected_counts(db_path: Path, load: list[tuple[int, str]]) -> tuple[list[int], list[float]]:
    """Messages each command's answer has, and each answer's time through Commands.handle."""
    commands = Commands(Query(open_db(db_path)))
    counts, times = [], []

    async def run() -> None:
        for chat_id, text in load:
            started = time.perf_counter()
            reply = await commands.handle(text, ChatContext(chat_id, "private", chat_id))
            times.append(time.perf_counter() - started)
            counts.append(len(reply.messages) if reply else 0)

    asyncio.run(run())
    return counts, times


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of `pid` in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


async def burst(api: CountingAPI, load: list[tuple[int, str]], counts: list[int]) -> dict[str, Any]:
    """Queue everything at once; per-chat answers arrive in order of their messages."""
    started = time.monotonic()
    want: dict[int, int] = defaultdict(int)
    ends = []
    for (chat_id, text), count in zip(load, counts, strict=True):
        api.queue_update(command_update(text, chat_id=chat_id))
        want[chat_id] += count
        ends.append((chat_id, want[chat_id]))
    done = [await api.replies(chat_id, n) for chat_id, n in ends if n]
    took = max(done) - started
    return _numbers(sum(counts), took, [d - started for d in done])


async def steady(
    api: CountingAPI, load: list[tuple[int, str]], counts: list[int]
) -> dict[str, Any]:
    """Each chat sends its next command when the previous answer is complete."""
    per_chat: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for (chat_id, text), count in zip(load, counts, strict=True):
        per_chat[chat_id].append((text, count))
    latencies: list[float] = []

    async def user(chat_id: int, script: list[tuple[str, int]]) -> None:
        have = len(api.arrivals[chat_id])
        for text, count in script:
            sent = time.monotonic()
            api.queue_update(command_update(text, chat_id=chat_id))
            if count:
                have += count
                latencies.append(await api.replies(chat_id, have) - sent)

    started = time.monotonic()
    await asyncio.gather(*(user(c, s) for c, s in per_chat.items()))
    return _numbers(sum(counts), time.monotonic() - started, latencies)


def _numbers(messages: int, took: float, latencies: list[float]) -> dict[str, Any]:
    ordered = sorted(latencies)
    return {
        "messages": messages, "seconds": took, "per_second": messages / took,
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
    }  # fmt: skip


Load = tuple[list[tuple[int, str]], list[int]]


async def serve(db_path: Path, heavy: Load, light: Load) -> dict[str, Any]:
    """Run the bot process against the fake and measure both loads."""
    api = CountingAPI()
    await api.start()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_BASE_URL": api.base_url,
           "BRIEFING_DB": str(db_path), "PYTHONPATH": str(ROOT)}  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        await api.wait_for_call("setMyCommands", within=60)
        await asyncio.sleep(1.0)
        results: dict[str, Any] = {"idle": memory(process.pid)}
        results["light"] = await steady(api, *light)
        results["burst"] = await burst(api, *heavy)
        results["after_burst"] = memory(process.pid)
        results["steady"] = await steady(api, *heavy)
        results["loaded"] = memory(process.pid)
        return results
    finally:
        process.terminate()
        await process.wait()
        await api.stop()


def report(results: dict[str, Any], times: list[float], counts: list[int]) -> None:
    """Print the table."""
    inproc = sum(times)
    ordered = sorted(times)
    print(f"{'path':<34}{'msgs':>6}{'secs':>8}{'msgs/s':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for name, label in LABELS:
        r = results[name]
        print(f"{label:<34}{r['messages']:>6}{r['seconds']:>8.2f}{r['per_second']:>9.0f}"
              f"{r['p50_ms']:>9.1f}{r['p99_ms']:>9.1f}")  # fmt: skip
    p50, p99 = 1000 * statistics.median(ordered), 1000 * ordered[int(0.99 * len(ordered))]
    print(f"{'in-process Commands.handle (ask)':<34}{sum(counts):>6}{inproc:>8.2f}"
          f"{sum(counts) / inproc:>9.0f}{p50:>9.2f}{p99:>9.2f}")  # fmt: skip
    idle, loaded = results["idle"], results["loaded"]
    print(f"bot memory: idle VmRSS {idle['VmRSS'] / 1024:.1f} MiB; after load VmRSS "
          f"{loaded['VmRSS'] / 1024:.1f} MiB, VmHWM {loaded['VmHWM'] / 1024:.1f} MiB")  # fmt: skip


def main() -> int:
    """Build or take a store, run both paths, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: built from seeds/)")
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "briefing.db"
        if args.db is None:
            make_store(db_path)
        article = next(iter(open_db(db_path).query("select id from articles limit 1")))["id"]
        load = workload(args.commands, args.chats, article)
        counts, times = expected_counts(db_path, load)
        light = workload(args.commands // 20, max(1, args.chats // 50), article)
        light = [(chat_id + 5000, text) for chat_id, text in light]  # chats of their own
        heavy_load: Load = (load, counts)
        light_load: Load = (light, expected_counts(db_path, light)[0])
        results = asyncio.run(serve(db_path, heavy_load, light_load))
    report(results, times, counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Serving time against the store's size: p50 / p95 of each command, first call and warm.

    nice -n 10 .venv/bin/python tests/bench/serving.py [--sizes 1000 16000] [--runs 20]
        [--replicate-from 4000]

Builds (once, with `python -m bot build --jobs 2` under nice) or reuses stores of 1,000 and
16,000 articles cached in /tmp/scale-stores/: BBC full, cnndm-dev and PolNeAR texts in a fixed
shuffled order, ten a day from 2015-01-01, with re-dated copies past the ~4,100 real ones. With
`--replicate-from N`, a missing store is made instead from the built store of N articles and
re-dated copies of its rows (same analysis as a build of those copies, minutes instead of hours).
`measure_serving(db_path)` is the measure itself, for other benchmarks. Both wall and CPU time
are printed: on a shared machine the wall time also counts waiting for a core.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.serving_stores import store_for  # noqa: E402

# Terms that appear across the three sources, from rare to common.
TERMS = ("Obama", "Clinton", "police", "China", "economy", "election", "bank", "football",
         "health", "government")  # fmt: skip
COMMANDS = ("/summary", "/articles", "/quotes {term}", "/figures", "/figures {term}",
            "/search {term}", "/summary {term}")  # fmt: skip
# p50 at 1,000 and 16,000 articles on the project before serving read one page at a time.
BEFORE = {("/summary", "warm"): ("44", "714"), ("/articles", "warm"): ("16", "339"),
          ("/quotes {term}", "first"): ("192", "1,393")}  # fmt: skip


Sample = tuple[float, float]  # (wall ms, CPU ms) of one call


def measure_serving(db_path: Path, runs: int = 20) -> list[dict[str, object]]:
    """p50 / p95 (wall and CPU ms) of each command: first call after opening the store, warm
    calls, and a jump to the last page. Adds the indexes this version's build makes, if missing.

    Each row: command, call ("first", "warm" or "last page"), p50_ms, p95_ms, cpu_p50_ms,
    cpu_p95_ms, runs."""
    from bot.store import open_db

    open_db(db_path, create=True).close()  # what the next build would do to an older store
    rows = []
    for command in COMMANDS:
        lines = [command.format(term=TERMS[i % len(TERMS)]) for i in range(runs)]
        first = [_first_call(db_path, line) for line in lines]
        rows.append(_row(command, "first", first))
        commands = _commands(open_db(db_path))
        rows.append(_row(command, "warm", [_timed(commands.handle, line) for line in lines]))
    for command in ("/summary", "/articles"):
        rows.append(_row(command, "last page", _last_pages(db_path, command, runs)))
    return rows


def _commands(db: Any) -> Any:
    from bot.commands import Commands
    from bot.query import Query

    return Commands(Query(db))


def _timed(call: Callable[[str, Any], Any], argument: str) -> Sample:
    """The wall and CPU time of one awaited call, in ms."""
    from bot.models import ChatContext

    chat = ChatContext(chat_id=1, chat_type="private", user_id=1)
    wall, cpu = time.perf_counter(), time.process_time()
    reply = asyncio.run(call(argument, chat))
    if reply is None or not reply.messages:
        raise SystemExit(f"no answer to {argument!r}")
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _first_call(db_path: Path, line: str) -> Sample:
    from bot.store import open_db

    db = open_db(db_path)
    try:
        return _timed(_commands(db).handle, line)
    finally:
        db.close()


def _last_pages(db_path: Path, command: str, runs: int) -> list[Sample]:
    """Turning to the last page of `command` through its own Next button's data (new store
    connection each time, so the first call after opening)."""
    from bot.store import open_db

    reply = asyncio.run(_commands(open_db(db_path)).handle(command, _console()))
    buttons = [b for row in reply.buttons for b in row]
    count = buttons[0].text.split("/")[1]
    data = buttons[-1].data.replace(":2:", f":{count}:", 1)
    samples = []
    for _ in range(runs):
        db = open_db(db_path)
        samples.append(_timed(_commands(db).callback, data))
        db.close()
    return samples


def _console() -> Any:
    from bot.models import ChatContext

    return ChatContext(chat_id=1, chat_type="private", user_id=1)


def _row(command: str, call: str, samples: list[Sample]) -> dict[str, object]:
    walls = sorted(wall for wall, _ in samples)
    cpus = sorted(cpu for _, cpu in samples)
    return {"command": command, "call": call, "p50_ms": _pct(walls, 50),
            "p95_ms": _pct(walls, 95), "cpu_p50_ms": _pct(cpus, 50), "cpu_p95_ms": _pct(cpus, 95),
            "runs": len(samples)}  # fmt: skip


def _pct(ordered: list[float], percent: int) -> float:
    """The nearest-rank percentile of sorted values."""
    rank = max(1, -(-percent * len(ordered) // 100))
    return round(ordered[rank - 1], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 16000])
    parser.add_argument("--runs", type=int, default=20, help="calls per command and kind")
    parser.add_argument(
        "--replicate-from", type=int, metavar="N",
        help="make a missing store from copies of the built store of N articles",
    )  # fmt: skip
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        path, made = store_for(size, args.replicate_from)
        print(f"{size:,} articles: {path} ({made})", flush=True)
        results[size] = {(r["command"], r["call"]): r for r in measure_serving(path, args.runs)}
    _print_table(args.sizes, results)


def _print_table(
    sizes: list[int], results: dict[int, dict[tuple[Any, Any], dict[str, Any]]]
) -> None:
    heads = " | ".join(f"{size:,}: p50 / p95 (CPU p50 / p95)" for size in sizes)
    print(f"| command | call | {heads} | before: p50 at 1,000 / 16,000 |")
    print("|---|---|" + "---|" * len(sizes) + "---|")
    for key in results[sizes[0]]:
        cells = []
        for size in sizes:
            r = results[size][key]
            cells.append(
                f"{r['p50_ms']} / {r['p95_ms']} ms ({r['cpu_p50_ms']} / {r['cpu_p95_ms']})"
            )
        before = BEFORE.get(key, ("", ""))
        before_text = " / ".join(f"{b} ms" for b in before if b) or "-"
        print(f"| `{key[0]}` | {key[1]} | {' | '.join(cells)} | {before_text} |")


if __name__ == "__main__":
    main()

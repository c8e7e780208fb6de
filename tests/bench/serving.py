"""Serving time against the store's size: p50 / p95 of each command, first call and warm.

    nice -n 10 .venv/bin/python tests/bench/serving.py [--sizes 1000 16000] [--runs 20]

Builds (once, with `python -m bot build --jobs 2` under nice) or reuses stores of 1,000 and
16,000 articles cached in /tmp/scale-stores/: BBC full, cnndm-dev and PolNeAR texts in a fixed
shuffled order, ten a day from 2015-01-01, with re-dated copies past the ~4,100 real ones.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# The data sits beside the checkout (../shared/data); a git worktree sits one level deeper.
DATA = Path(
    os.environ.get("BRIEFING_DATA")
    or next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ".")
)
STORES = Path("/tmp/scale-stores")
PER_DAY = 10
# Terms that appear across the three sources, from rare to common.
TERMS = ("Obama", "Clinton", "police", "China", "economy", "election", "bank", "football",
         "health", "government")  # fmt: skip
COMMANDS = ("/summary", "/articles", "/quotes {term}", "/figures", "/figures {term}",
            "/search {term}", "/summary {term}")  # fmt: skip
# p50 at 1,000 and 16,000 articles on the project before serving read one page at a time.
BEFORE = {"/summary": ("44", "714"), "/articles": ("16", "339"),
          "/quotes {term} (first call)": ("192", "1,393")}  # fmt: skip


def _bbc() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "bbc-news-summary-full" / "articles").glob("*/*.txt")):
        title, _, text = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
        yield {"id": f"bbc-{path.parent.name}-{path.stem}", "title": title.strip(),
               "source": "BBC", "text": text.strip()}  # fmt: skip


def _cnndm() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "cnndm-dev" / "articles").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        yield {"id": f"cnndm-{path.stem[:12]}", "source": "CNN", "text": text}


def _polnear() -> Iterator[dict[str, str]]:
    for split in ("train", "dev"):
        with (DATA / "polnear" / f"{split}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                source = record.get("source", "unknown")
                yield {"id": f"polnear-{record['id']}", "title": record.get("title", ""),
                       "source": source, "text": record["text"]}  # fmt: skip


def corpus(size: int) -> Iterator[dict[str, str]]:
    """`size` articles: the real ones shuffled, then re-dated copies, ten a day."""
    pool = [*_bbc(), *_cnndm(), *_polnear()]
    random.Random(0).shuffle(pool)
    start = date(2015, 1, 1)
    for index in range(size):
        record = dict(pool[index % len(pool)])
        copy = index // len(pool)
        if copy:
            record["id"] = f"{record['id']}-copy{copy}"
        record["date"] = (start + timedelta(days=index // PER_DAY)).isoformat()
        yield record


def write_corpus(size: int, target: Path) -> None:
    """Write `corpus(size)` as JSON Lines to `target`."""
    with target.open("w", encoding="utf-8") as out:
        for record in corpus(size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def store_of(size: int) -> Path:
    """The cached store of `size` articles, built first when it is missing."""
    STORES.mkdir(parents=True, exist_ok=True)
    db = STORES / f"{size}.db"
    if db.exists():
        return db
    feed = STORES / f"{size}.jsonl"
    write_corpus(size, feed)
    command = ["nice", "-n", "10", sys.executable, "-m", "bot", "build", str(feed),
               "--db", str(db), "--jobs", "2"]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    return db


# Per copy: how each build table's columns change (an id gains the copy's suffix, a date
# moves past the source's last day); columns not named are copied as they are.
_REWRITES = {
    "articles": {"id": "id || :suffix", "story_id": "story_id || :suffix",
                 "date": "date(date, :shift)"},
    "paragraphs": {"article_id": "article_id || :suffix"},
    "sentences": {"article_id": "article_id || :suffix"},
    "stories": {"id": "id || :suffix", "date": "date(date, :shift)",
                "position": "position + :positions", "article_ids": "{ids:article_ids}"},
    "story_sentences": {"story_id": "story_id || :suffix", "article_id": "article_id || :suffix",
                        "sources": "{ids:sources}"},
    "quotes": {"id": "article_id || :suffix || substr(id, length(article_id) + 1)",
               "article_id": "article_id || :suffix", "sources": "{ids:sources}"},
    "figures": {"id": "article_id || :suffix || substr(id, length(article_id) + 1)",
                "article_id": "article_id || :suffix", "sources": "{ids:sources}"},
}  # fmt: skip
_IDS = "(select json_group_array(value || :suffix) from json_each({column}))"


def replicate_store(source: Path, target: Path, copies: int) -> None:
    """`target`: the built store `source` and `copies - 1` re-dated copies of every article,
    story, quote and figure after it (ids suffixed `-r<k>`), for sizes no build here can reach
    in time; the FTS indexes follow through their triggers."""
    import sqlite3

    shutil.copyfile(source, target)
    db = sqlite3.connect(target)
    with db:
        first, last = db.execute("select min(date), max(date) from articles").fetchone()
        days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
        stories = db.execute("select count(*) from stories").fetchone()[0]
        originals = {t: db.execute(f"select max(rowid) from [{t}]").fetchone()[0] or 0
                     for t in _REWRITES}  # fmt: skip
        for k in range(1, copies):
            params = {"suffix": f"-r{k}", "shift": f"+{k * days} days", "positions": k * stories}
            for table, rewrites in _REWRITES.items():
                _copy_rows(db, table, rewrites, {**params, "last": originals[table]})
    db.close()


def _copy_rows(db: Any, table: str, rewrites: dict[str, str], params: dict[str, Any]) -> None:
    """Insert a copy of the source's rows of `table` (rowid up to :last), rewritten."""
    columns = [row[1] for row in db.execute(f"pragma table_info([{table}])")]
    values = []
    for column in columns:
        value = rewrites.get(column, f"[{column}]")
        if value.startswith("{ids:"):
            value = _IDS.format(column=f"[{value[5:-1]}]")
        values.append(value)
    names = ", ".join(f"[{c}]" for c in columns)
    sql = f"insert into [{table}] ({names}) select {', '.join(values)} from [{table}] "
    db.execute(sql + "where rowid <= :last", params)


def measure_serving(db_path: Path, runs: int = 20) -> list[dict[str, object]]:
    """p50 / p95 in ms of each command: first call after opening the store, then warm calls.

    Each row: command, call ("first", "warm" or "last page"), p50_ms, p95_ms, runs."""
    from bot.store import open_db

    rows = []
    for command in COMMANDS:
        lines = [command.format(term=TERMS[i % len(TERMS)]) for i in range(runs)]
        first = [_first_call(db_path, line) for line in lines[: max(runs // 2, 1)]]
        rows.append(_row(command, "first", first))
        commands = _commands(open_db(db_path))
        rows.append(_row(command, "warm", [_timed(commands, line) for line in lines]))
    for command in ("/summary", "/articles"):
        rows.append(_row(command, "last page", _last_pages(db_path, command, runs)))
    return rows


def _commands(db: object) -> object:
    from bot.commands import Commands
    from bot.query import Query

    return Commands(Query(db))  # type: ignore[arg-type]


def _call(commands: object, line: str) -> object:
    from bot.models import ChatContext

    chat = ChatContext(chat_id=1, chat_type="private", user_id=1)
    return asyncio.run(commands.handle(line, chat))  # type: ignore[attr-defined]


def _timed(commands: object, line: str, call: Callable[[object, str], object] = _call) -> float:
    start = time.perf_counter()
    call(commands, line)
    return (time.perf_counter() - start) * 1000


def _first_call(db_path: Path, line: str) -> float:
    from bot.store import open_db

    db = open_db(db_path)
    try:
        return _timed(_commands(db), line)
    finally:
        db.close()


def _last_pages(db_path: Path, command: str, runs: int) -> list[float]:
    """The time to turn to the last page of `command`, through its own Next button's data."""
    from bot.models import ChatContext
    from bot.store import open_db

    commands = _commands(open_db(db_path))
    reply = _call(commands, command)
    buttons = [b for row in reply.buttons for b in row]  # type: ignore[attr-defined]
    if len(buttons) < 2:
        return [0.0]
    count = buttons[0].text.split("/")[1]
    data = buttons[-1].data.replace(":2:", f":{count}:", 1)
    chat = ChatContext(chat_id=1, chat_type="private", user_id=1)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        asyncio.run(commands.callback(data, chat))  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _row(command: str, call: str, timings: list[float]) -> dict[str, object]:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"command": command, "call": call, "p50_ms": round(ordered[len(ordered) // 2], 1),
            "p95_ms": round(p95, 1), "runs": len(ordered)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 16000])
    args = parser.parse_args()
    for size in args.sizes:
        print(store_of(size))


if __name__ == "__main__":
    main()

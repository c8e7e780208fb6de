"""Scale: full builds, 20 new articles into stores of growing size, a rebuild with nothing changed,
Dask against processes, and (when `tests/bench/serving.py` exists) the serving latencies.

    nice -n 10 .venv/bin/python tests/bench/scale.py [--sizes 1000 4000 16000] [--jobs 2]
        [--cluster-size 4000] [--skip-cluster | --cluster-only]

Articles come from `../shared/data` (BBC full, cnndm-dev, PolNeAR train and dev texts), spread
over a year, one a line of a JSON Lines feed; past the real ones, copies re-dated by 400 days
per round (so a copy never joins its original's story). Every build runs as its own
`briefing-bot build` process: CPU is that process tree's user + system time, peak memory the
largest sum of the resident memory of the build process and all its children (sampled every
50 ms), store the size of the database file with its WAL.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.paths import DATA  # noqa: E402

START = date(2015, 1, 1)
COPY_SHIFT = 400  # days between a copy and its original
NEW = 20  # articles added to an existing store
NEW_FROM = 1000  # the same real articles (BBC) are the new ones at every size...
NEW_CYCLE = 8  # ...dated 8 copy-shifts on (about 9 years), where no store of up to 30,000 reaches

# Measured before streaming, story index and line digests (2 cores, `--jobs 2`).
TODAY_FULL = {1000: (49, 262, 27), 4000: (194, 435, 108), 16000: (794, 1561, 448)}
TODAY_NEW_FILE = {4000: "26 s CPU", 16000: "100 s CPU, 1.6 GB"}
TODAY_APPENDED = {4000: "130 s"}


def real_articles() -> Iterator[dict[str, str]]:
    """Title, source and text of every real article, in a stable order."""
    for path in sorted((DATA / "bbc-news-summary-full" / "articles").glob("*/*.txt")):
        title, _, text = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
        yield {"title": title.strip(), "source": "BBC", "text": text.strip()}
    for path in sorted((DATA / "cnndm-dev" / "articles" / "cnndm").glob("*.txt")):
        yield {"source": "CNN", "text": path.read_text(encoding="utf-8").strip()}
    for name in ("train", "dev"):
        with (DATA / "polnear" / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                yield {"title": row.get("title") or "", "source": row.get("source") or "",
                       "text": row["text"]}  # fmt: skip


def records(count: int, skip: int = 0, cycle: int | None = None) -> Iterator[str]:
    """`count` JSON lines (after the first `skip`): real articles, then re-dated copies; with
    `cycle`, copies of real articles `skip`... dated that many copy-shifts on."""
    real = [a for a in real_articles() if a["text"]]
    for index in range(skip, skip + count):
        article = real[index % len(real)]
        shift = COPY_SHIFT * (index // len(real) if cycle is None else cycle)
        day = START + timedelta(days=index % 365 + shift)
        yield json.dumps({**article, "date": day.isoformat()}, ensure_ascii=False)


def write_feed(
    path: Path, count: int, skip: int = 0, *, mode: str = "w", cycle: int | None = None
) -> None:
    with path.open(mode, encoding="utf-8") as out:
        for line in records(count, skip, cycle):
            out.write(line + "\n")


@dataclass(frozen=True, slots=True)
class Run:
    cpu: float
    own_cpu: float  # of the build process alone (reading, writing, linking), last sampled
    wall: float
    peak_mb: float
    store_mb: float
    line: str  # what the build printed


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total


def run_build(db: Path, *args: str) -> Run:
    """One `briefing-bot build` in its own process: its tree's CPU, wall time and peak memory."""
    command = [sys.executable, "-m", "bot", "build", "--db", str(db), *args]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    watched = psutil.Process(child.pid)
    peak = [0]
    own = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            with contextlib.suppress(psutil.Error):
                peak[0] = max(peak[0], tree_rss(watched))
                times = watched.cpu_times()
                own[0] = times.user + times.system
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    done.set()
    sampler.join()
    out = child.stdout.read().decode() if child.stdout else ""
    if status != 0:
        raise SystemExit(f"build failed ({status}): {' '.join(command)}\n{out}")
    size = sum(p.stat().st_size for p in db.parent.glob(f"{db.name}*"))
    return Run(usage.ru_utime + usage.ru_stime, own[0], time.perf_counter() - started,
               peak[0] / 2**20, size / 2**20, out.strip())  # fmt: skip


def full_builds(tmp: Path, sizes: list[int], jobs: int) -> dict[int, Path]:
    """Build a store per size; print the table; return the stores (and their feeds beside)."""
    print("\n| full build, `--jobs", jobs, "` | CPU s | wall s | peak tree MB | store MB | today |")
    print("|---|---|---|---|---|---|")
    stores = {}
    for size in sizes:
        folder = tmp / f"n{size}"
        folder.mkdir()
        write_feed(folder / "feed.jsonl", size)
        run = run_build(folder / "briefing.db", str(folder / "feed.jsonl"), "--jobs", str(jobs))
        cpu, peak, store = TODAY_FULL.get(size, ("?", "?", "?"))
        print(f"| {size:,} | {run.cpu:.1f} ({run.own_cpu:.1f} in the build process) | "
              f"{run.wall:.1f} | {run.peak_mb:.0f} | {run.store_mb:.0f} | "
              f"{cpu} s, {peak} MB, {store} MB |", flush=True)  # fmt: skip
        stores[size] = folder / "briefing.db"
    return stores


def new_articles(tmp: Path, stores: dict[int, Path], jobs: int) -> None:
    """20 new articles into each store: as a new file, and appended to the existing feed.

    The new articles are the same texts at every size (real BBC articles, dated where no store
    reaches), so the rows differ only by the store they join, not by what is added."""
    print(f"\n| {NEW} new articles | store | CPU s | wall s | peak tree MB | today | target |")
    print("|---|---|---|---|---|---|---|")
    for size, db in stores.items():
        feed = db.parent / "feed.jsonl"
        for how in ("new file", "appended"):
            work = tmp / f"add-{size}-{how.replace(' ', '-')}"
            work.mkdir()
            for part in db.parent.glob(f"{db.name}*"):  # the store; the feed stays where it was
                shutil.copy(part, work)
            paths = [str(feed)]
            if how == "new file":
                write_feed(work / "new.jsonl", NEW, skip=NEW_FROM, cycle=NEW_CYCLE)
                paths.append(str(work / "new.jsonl"))
            else:
                shutil.copy(feed, work / "feed.backup")
                write_feed(feed, NEW, skip=NEW_FROM, mode="a", cycle=NEW_CYCLE)
            run = run_build(work / db.name, *paths)  # default jobs: a few articles run here
            if how == "appended":
                shutil.move(work / "feed.backup", feed)
            today = (TODAY_NEW_FILE if how == "new file" else TODAY_APPENDED).get(size, "")
            print(f"| {how} | {size:,} | {run.cpu:.2f} | {run.wall:.2f} | {run.peak_mb:.0f} | "
                  f"{today} | CPU ≤ 3 s, ≤ 300 MB |", flush=True)  # fmt: skip
            assert f"{NEW} added" in run.line, run.line
            shutil.rmtree(work)


def unchanged(stores: dict[int, Path], jobs: int) -> None:
    size, db = max(stores.items())
    run = run_build(db, str(db.parent / "feed.jsonl"), "--jobs", str(jobs))
    print(f"\nrebuild, nothing changed, {size:,} articles: CPU {run.cpu:.2f} s, wall "
          f"{run.wall:.2f} s, peak {run.peak_mb:.0f} MB (target ≤ 3 s): {run.line}")  # fmt: skip


def cluster_against_jobs(tmp: Path, size: int) -> None:
    """A fresh build on `--cluster local:2` and on `--jobs 2`, same feed."""
    folder = tmp / f"cluster-{size}"
    folder.mkdir()
    write_feed(folder / "feed.jsonl", size)
    feed = str(folder / "feed.jsonl")
    jobs = run_build(folder / "jobs.db", feed, "--jobs", "2")
    dask = run_build(folder / "dask.db", feed, "--cluster", "local:2")
    print(f"\n| {size:,} articles | CPU s | of which the build process | wall s | peak tree MB |")
    print("|---|---|---|---|---|")
    for name, run in (("`--jobs 2`", jobs), ("`--cluster local:2`", dask)):
        print(f"| {name} | {run.cpu:.1f} | {run.own_cpu:.1f} | {run.wall:.1f} | "
              f"{run.peak_mb:.0f} |")  # fmt: skip
    print(f"cluster/jobs wall: {dask.wall / jobs.wall:.2f}, CPU: {dask.cpu / jobs.cpu:.2f} "
          "(target: within 15%)")  # fmt: skip
    print(
        f"per article: {jobs.cpu / size * 1000:.1f} ms CPU in all, "
        f"{jobs.own_cpu / size * 1000:.1f} ms in the build process (the part no cluster shares)"
    )


def serving_latencies(stores: dict[int, Path]) -> None:
    """The hook for the serving benchmark: print its rows for each store when it exists."""
    spec = importlib.util.find_spec("tests.bench.serving")
    if spec is None:
        print("\nserving latencies: tests/bench/serving.py not present")
        return
    serving = importlib.import_module("tests.bench.serving")
    for size, db in stores.items():
        print(f"\nserving latencies at {size:,} articles:")
        for row in serving.measure_serving(db):
            print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cluster-size", type=int, default=4000)
    parser.add_argument("--skip-cluster", action="store_true")
    parser.add_argument("--cluster-only", action="store_true", help="only cluster against jobs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.cluster_only:
            cluster_against_jobs(tmp, args.cluster_size)
            return
        stores = full_builds(tmp, args.sizes, args.jobs)
        new_articles(tmp, stores, args.jobs)
        unchanged(stores, args.jobs)
        serving_latencies(stores)
        if not args.skip_cluster:
            cluster_against_jobs(tmp, args.cluster_size)


if __name__ == "__main__":
    main()

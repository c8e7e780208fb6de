"""A fetch round on a full store: 50 feeds x 20 entries from loopback, 200 of them new.

    .venv/bin/python tests/bench/ingest.py [--store 4000] [--sources 50] [--entries 20]
                                           [--new 200] [--jobs N]

Builds a store of `--store` articles (BBC, CNN/DailyMail and PolNeAR texts from ../shared/data)
and times that build; serves `--sources` RSS feeds from a loopback news server whose entries
link to the stored articles (a first round maps them, so they are known), then adds `--new`
unseen articles to the feeds and times the round that fetches, analyses (in a worker process,
as the running bot does) and stores them. Meanwhile this process answers `/quotes` through
Commands.handle every 50 ms, as a user of the running bot would.
Prints wall and CPU time of the round, the cost per new article, its ratio to the per-article
cost of the full build (target <= 1.5), peak memory, and the p95 of /quotes during the round
(target <= 200 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bot.analyse  # noqa: E402
from bot.build import build  # noqa: E402
from bot.commands import Commands  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.live.feeds import parse_feed  # noqa: E402
from bot.live.round import exit_with_parent, run_round  # noqa: E402
from bot.live.sources import Sources  # noqa: E402
from bot.models import ChatContext  # noqa: E402
from bot.query import Query  # noqa: E402
from bot.store import load_analyses, load_articles, open_db  # noqa: E402
from tests.bench.paths import DATA  # noqa: E402
from tests.live_support import rss  # noqa: E402
from tests.news_server import NewsServer  # noqa: E402

MIN_CHARS = 700  # full text in the feed: no page to fetch
CHAT = ChatContext(chat_id=1, chat_type="private", user_id=1)


def texts() -> list[dict[str, str]]:
    """Every article of the three corpora as {id, title, text, source}, long ones only."""
    found = []
    for path in sorted((DATA / "bbc-news-summary-full" / "articles").glob("*/*.txt")):
        title, _, body = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
        found.append({"id": f"bbc-{path.parent.name}-{path.stem}", "title": title.strip(),
                      "text": body.strip(), "source": "BBC News"})  # fmt: skip
    for path in sorted((DATA / "cnndm-dev" / "articles" / "cnndm").glob("*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace").strip()
        found.append({"id": f"cnndm-{path.stem[:12]}", "title": body.split(".")[0][:90],
                      "text": body, "source": "CNN/Daily Mail"})  # fmt: skip
    for name in ("train.jsonl", "dev.jsonl"):
        for line in (DATA / "polnear" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append({"id": f"polnear-{row['id'][:40]}", "title": row["title"],
                          "text": row["text"], "source": row["source"]})  # fmt: skip
    return [t for t in found if len(t["text"]) >= MIN_CHARS]


def cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def build_store(path: Path, articles: list[dict[str, str]], jobs: int) -> tuple[float, float]:
    """Build the store from `articles`; its wall and CPU seconds."""
    feed = path.with_suffix(".jsonl")
    with feed.open("w", encoding="utf-8") as out:
        for n, a in enumerate(articles):
            out.write(json.dumps({**a, "date": "2026-11-20",
                                  "url": f"https://archive.example/{n}"}) + "\n")  # fmt: skip
    before, started = sum(cpu()), time.perf_counter()
    report = build([feed], path, jobs=jobs)
    print(f"build: {report.stored} articles in {report.seconds:.1f}s")
    return time.perf_counter() - started, sum(cpu()) - before


def serve_feeds(news: NewsServer, count: int, per: int, stored: list[dict[str, str]],
                fresh: list[dict[str, str]], share: int, now: datetime) -> None:  # fmt: skip
    """`count` feeds: `share` of the `fresh` articles each (none when empty), then `stored`
    ones up to `per` entries."""
    known = iter(enumerate(stored))
    extra = iter(fresh)
    for feed in range(count):
        entries = []
        for n in range(per):
            if n < share:
                if not fresh:
                    continue
                item = next(extra)
                entries.append((item["id"], item["title"], item["text"], now, ""))
            else:
                ref, item = next(known)
                link = f"https://archive.example/{ref}"  # the stored article's own URL
                entries.append((f"archive-{ref}", item["title"], item["text"], now, link))
        news.serve(f"/feed{feed}", feed_xml(f"Outlet {feed}", entries))


def feed_xml(title: str, entries: list[tuple[str, str, str, datetime, str]]) -> str:
    """RSS of full-text entries; those of stored articles link to the stored URL."""
    body = rss(title, [(key, head, text, when) for key, head, text, when, _ in entries])
    for key, _, _, _, link in entries:
        if link:
            body = body.replace(
                f"<link>http://news.localhost:9/{key}</link>", f"<link>{link}</link>"
            )
    return body


PROBE_CPU = [0.0]  # CPU seconds this process spent answering /quotes (not the round's)


async def quotes_latency(commands: Commands, stop: asyncio.Event) -> list[float]:
    """/quotes answered in this process every 50 ms until `stop`; each latency in ms."""
    latencies = []
    while not stop.is_set():
        started, cpu_started = time.perf_counter(), time.process_time()
        await commands.handle("/quotes said", CHAT)
        latencies.append((time.perf_counter() - started) * 1000)
        PROBE_CPU[0] += time.process_time() - cpu_started
        await asyncio.sleep(0.05)
    return latencies


async def measured_round(
    settings: Settings, now: datetime
) -> tuple[object, float, float, list[float]]:
    commands = Commands(Query(open_db(settings.db_path)))
    # the bot's pool starts workers from a forkserver; spawned here, the worker is this
    # process's own child, so its CPU time and memory show in RUSAGE_CHILDREN
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent)  # fmt: skip
    idle = await quotes_for(commands, 3.0)
    own, kids = cpu()
    warmup = pool.submit(warm).result()  # the bot's worker lives on: imports are paid once
    stop = asyncio.Event()
    PROBE_CPU[0] = 0.0
    probe = asyncio.create_task(quotes_latency(commands, stop))
    started = time.perf_counter()
    report = await run_round(settings, executor=pool, now=now, every=True)
    wall = time.perf_counter() - started
    stop.set()
    latencies = await probe
    pool.shutdown(wait=True)  # the worker's CPU counts once it has ended
    own2, kids2 = cpu()
    print(f"/quotes with no round running: {summary(idle)}")
    print(f"(CPU of answering /quotes meanwhile, left out of the round's: {PROBE_CPU[0]:.1f}s)")
    return report, wall, (own2 - own) + (kids2 - kids) - warmup - PROBE_CPU[0], latencies


async def quotes_for(commands: Commands, seconds: float) -> list[float]:
    """/quotes latencies over `seconds` with nothing else running."""
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, stop.set)
    return await quotes_latency(commands, stop)


def summary(latencies: list[float]) -> str:
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) >= 20 else max(latencies)
    return (
        f"{len(latencies)} answers, median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms"
    )


def parse_seconds(news: NewsServer, count: int, now: datetime) -> float:
    """CPU seconds to parse every feed the round fetched (all of them changed)."""
    started = time.process_time()
    for feed in range(count):
        path = f"/feed{feed}"
        parse_feed(news.routes[path].body, url=news.url(path), fetched_at=now)
    return time.process_time() - started


def relink_seconds(path: Path) -> float:
    """CPU seconds to load and link the whole store, as every round does today."""
    db = open_db(path)
    started = time.process_time()
    bot.analyse.link(load_articles(db), load_analyses(db))
    db.close()
    return time.process_time() - started


def warm() -> float:
    """In the worker: import the pipeline; the CPU seconds that took."""
    import bot.live.landing  # noqa: F401  (and with it the whole analysis)

    return time.process_time()


async def run(args: argparse.Namespace, folder: Path) -> None:
    corpus = texts()
    need = args.store + args.new
    if len(corpus) < need:
        sys.exit(f"only {len(corpus)} long articles in {DATA}; need {need}")
    path = folder / "briefing.db"
    build_wall, build_cpu = build_store(path, corpus[: args.store], args.jobs)
    fresh = corpus[args.store : need]
    known = corpus[: args.sources * args.entries - args.new]
    settings = Settings(db_path=path, allow_private_hosts=True, keep_days=0)
    now = datetime.now(UTC)
    async with NewsServer() as news:
        db = open_db(path)
        for feed in range(args.sources):
            Sources(db).add(news.url(f"/feed{feed}"), f"Outlet {feed}")
        db.close()
        share = args.new // args.sources
        serve_feeds(news, args.sources, args.entries, known, [], share, now)
        primed = await run_round(settings, now=now, every=True)
        print(f"priming round: {len(primed.added)} added (known entries map to stored articles)")
        serve_feeds(news, args.sources, args.entries, known, fresh, share, now)
        later = now + timedelta(minutes=20)
        report, wall, used, latencies = await measured_round(settings, later)
        parsing = parse_seconds(news, args.sources, later)
    report_numbers(args, report, wall, used, build_wall, build_cpu, latencies)
    relink = relink_seconds(path)
    per_parse = parsing / max(len(fresh), 1) * 1000
    print(f"of which parsing the {args.sources} feeds ({args.sources * args.entries} entries): "
          f"{parsing:.1f}s CPU, {per_parse:.0f} ms per new article")  # fmt: skip
    per_new = relink / max(len(fresh), 1) * 1000
    print(f"of which relinking the whole store ({args.store + len(fresh)} articles): "
          f"{relink:.1f}s CPU, {per_new:.0f} ms per new article")  # fmt: skip


def report_numbers(
    args: argparse.Namespace, report: object, wall: float, used: float,
    build_wall: float, build_cpu: float, latencies: list[float],
) -> None:  # fmt: skip
    added = len(getattr(report, "added", ()))
    print(f"round: {args.sources} sources x {args.entries} entries, {added} new articles "
          f"on a store of {args.store}")  # fmt: skip
    print(f"round wall {wall:.1f}s, CPU {used:.1f}s (this process + the worker)")
    per_wall, per_cpu = wall / max(added, 1), used / max(added, 1)
    full_wall, full_cpu = build_wall / args.store, build_cpu / args.store
    print(f"per new article: wall {per_wall * 1000:.0f} ms, CPU {per_cpu * 1000:.0f} ms")
    print(f"full build per article: wall {full_wall * 1000:.0f} ms (jobs {args.jobs}), "
          f"CPU {full_cpu * 1000:.0f} ms")  # fmt: skip
    print(f"ratio round/build per article: CPU {per_cpu / full_cpu:.2f}, "
          f"wall {per_wall / full_wall:.2f} (target <= 1.5)")  # fmt: skip
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: this process {own:.0f} MB, largest child {child:.0f} MB")
    print(f"/quotes during the round: {summary(latencies)} (target p95 <= 200 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=int, default=4000, help="articles in the store")
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--entries", type=int, default=20, help="entries per feed")
    parser.add_argument("--new", type=int, default=200, help="new entries in the round")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.sources * args.entries - args.new > args.store:
        sys.exit("--store must hold the feeds' known entries (sources x entries - new)")
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args, Path(folder)))


if __name__ == "__main__":
    main()

"""One round: fetch every due source (on the event loop), then land it all (in a worker process
when given an executor, so a running bot keeps answering while the articles are analysed)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import closing
from datetime import UTC, datetime, timedelta

from bot.config import Settings
from bot.live.fetching import Reader, fetch_all
from bot.live.landing import RoundReport, land
from bot.live.robots import RobotsCache
from bot.live.sources import EntryRow, Source, Sources
from bot.live.web import Fetcher, FetchLimits, user_agent
from bot.store import open_db

log = logging.getLogger(__name__)


def poll_interval(settings: Settings) -> timedelta:
    """The least time between two fetches of one source."""
    return timedelta(minutes=settings.poll_minutes)


def due_sources(settings: Settings, now: datetime, *, every: bool = False) -> list[Source]:
    """The sources a round fetches now (`every`: also those polled lately, but still none that
    is gone or backing off)."""
    with closing(open_db(settings.db_path)) as db:
        sources = Sources(db).all()
    return [s for s in sources if s.due(now) or (every and s.due(now, interval=False))]


async def run_round(
    settings: Settings,
    *,
    executor: Executor | None = None,
    now: datetime | None = None,
    every: bool = False,
    limits: FetchLimits | None = None,
    robots: RobotsCache | None = None,
) -> RoundReport:
    """Fetch the due sources and store what is new; an empty report when none is due."""
    now = now or datetime.now(UTC)
    due = due_sources(settings, now, every=every)
    if not due:
        return RoundReport()
    known = known_entries(settings, due)
    fetcher = Fetcher(
        limits,
        allow_private=settings.allow_private_hosts,
        user_agent=user_agent(settings.contact),
        robots=robots,
    )
    async with fetcher:
        fetches = await fetch_all(Reader(fetcher, executor), due, known, now,
                                  poll_interval(settings))  # fmt: skip
    path = str(settings.db_path)
    if executor is None:
        return land(path, fetches, now, settings.keep_days)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, land, path, fetches, now, settings.keep_days)


def known_entries(settings: Settings, due: list[Source]) -> dict[int, dict[str, EntryRow]]:
    """The entries each of these sources gave before, by source id: what a fetch may skip."""
    with closing(open_db(settings.db_path)) as db:
        sources = Sources(db)
        return {s.id: sources.entries(s.id) for s in due}


def worker_pool() -> ProcessPoolExecutor:
    """One worker process for a running bot's rounds (kept, so imports are paid once).

    Started by forkserver: forking a process that runs threads (PTB's) is not safe."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=exit_with_parent)


def exit_with_parent() -> None:
    """In a worker: end when the bot dies (a kill -9 included) instead of lingering; a round it
    was landing rolls back, and the next bot does it again."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent watch", daemon=True).start()

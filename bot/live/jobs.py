"""Polling on PTB's JobQueue: rounds in the background, news announced, operators told once.

A tick job looks for due sources; a round runs as its own task (one at a time) with the analysis
in a worker process, so updates are answered meanwhile. A round that changed the store runs the
digests' announce job at once: new stories reach bound channels and the next digests exactly as
after a manual build, and its record of the last build announced keeps a restart from repeating.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor
from datetime import UTC, datetime
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext

from bot.config import Settings
from bot.errors import BriefingError
from bot.live.landing import RoundReport
from bot.live.robots import RobotsCache
from bot.live.round import run_round, worker_pool
from bot.live.sources import Sources
from bot.live.web import ROBOTS_AGENT

log = logging.getLogger(__name__)

Context = CallbackContext[Any, Any, Any, Any]
ANNOUNCE_JOB = "announce"  # the digests' job that notices a new build_id
MAX_TICK = 60.0  # seconds: how late a due source can be noticed at most
FIRST_TICK = 3.0  # after start-up, so the digests record their baseline first


class LiveJobs:
    """The fetch tick, the rounds it starts, and the operators' notices."""

    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        settings: Settings,
        sources: Sources,
        executor: Executor | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.sources = sources
        self.executor = executor
        self.task: asyncio.Task[RoundReport | None] | None = None
        self.robots = RobotsCache(ROBOTS_AGENT)  # a site's robots.txt read once a day

    def install(self) -> None:
        """Add the tick job (every poll interval / 4, at most a minute)."""
        queue = self.app.job_queue
        if queue is None:
            raise RuntimeError(
                'polling needs the JobQueue: install "python-telegram-bot[job-queue]"'
            )
        tick = min(self.settings.poll_minutes * 15, MAX_TICK)
        queue.run_repeating(self.on_tick, interval=tick, first=min(FIRST_TICK, tick), name="fetch")

    async def on_tick(self, context: Context) -> None:
        """Start a round unless one is still running."""
        if self.task is None or self.task.done():
            self.task = asyncio.create_task(self.round(), name="fetch round")

    async def round(self) -> RoundReport | None:
        """One round; then the announcements and the operators' notices it calls for."""
        if self.executor is None:
            self.executor = worker_pool()
        try:
            report = await run_round(self.settings, executor=self.executor, robots=self.robots)
        except BriefingError as error:  # the store is left as it was; the next tick retries
            log.warning("fetch round failed: %s", error)
            return None
        if report.sources:
            log.info("fetch round: %d added, %d updated, %d expired from %d sources",
                     len(report.added), len(report.updated), len(report.removed),
                     len(report.sources))  # fmt: skip
        if report.stored or report.removed:
            await self.announce()
        await self.notify_operators()
        return report

    async def announce(self) -> None:
        """Let the digests notice the new build now rather than at their next poll."""
        queue = self.app.job_queue
        for job in queue.get_jobs_by_name(ANNOUNCE_JOB) if queue is not None else ():
            await job.run(self.app)

    async def notify_operators(self) -> None:
        """Send each queued notice to every operator once (logged when there is none)."""
        for notice in self.sources.unsent_notices():
            log.warning("source notice: %s", notice.text)
            for admin in sorted(self.settings.admins):
                try:
                    await self.app.bot.send_message(admin, notice.text, parse_mode=None)
                except TelegramError as error:  # an operator who never started the bot
                    log.warning("cannot tell operator %s: %s", admin, error)
            self.sources.mark_sent(notice, datetime.now(UTC))

    def stop(self) -> None:
        """Let the worker process go (an unfinished round is redone next time)."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)

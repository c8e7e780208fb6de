"""Subscriptions, daily digests and announcements of new stories, each delivered exactly once.

State lives in the briefing store itself (one file, WAL), in tables the build never touches
(they are not in `bot.store.BUILD_TABLES`): `chats` (type, time zone, options), `subscriptions`
(chat, time, topics, paused, next run), `channels` (bound by their administrators),
`deliveries` (chat, digest key, story ids, status, parts sent, sent_at: the exactly-once log),
`story_builds` (the build each story first appeared in, for announcements) and `digest_meta`
(the state's schema version, the last build announced). JobQueue jobs are rebuilt from them at
start-up; `<db>.lock` keeps a second process from sending from the same store.

Every digest and announcement is written to `deliveries` before anything is sent (pending),
claimed by this process (sending), and each message's success is committed before the next
(parts_sent); a restart resumes interrupted ones from there. The one gap no bot can close is
Telegram accepting a message a moment (about a millisecond) before the process dies: that
message goes again after the restart. Broadcasts use a Bot and a Pacer of their own (at most
29 messages in any second, a slot left for each interactive reply), not the Application's rate
limiter, so replies never queue behind a broadcast.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.digests.channels import channel_rights, ensure_channel
from bot.digests.commands import DigestCommands, Registry
from bot.digests.delivery import Sender, plain_bot
from bot.digests.jobs import DigestJobs
from bot.digests.lock import acquire, release
from bot.digests.pacing import BROADCAST_RATE, Pacer
from bot.digests.schedule import Clock, parse_time, utc_now
from bot.digests.service import Digests
from bot.digests.state import Database, State
from bot.query import Query
from bot.store import open_db

if TYPE_CHECKING:
    from telegram import Bot
    from telegram.ext import Application

    from bot.config import Settings
    from bot.digests.messages import ChannelRights

__all__ = ["announce_now", "install", "open_digests"]
log = logging.getLogger(__name__)


def open_digests(
    db: Database | Path | str, settings: Settings | None = None, clock: Clock = utc_now
) -> Digests:
    """The digests' core over an open store, or the store at a path (its own connection)."""
    if isinstance(db, Path | str):
        db = open_db(db)
    at = parse_time(settings.digest_at) if settings is not None else None
    digests = Digests(State(db), Query(db), clock=clock)
    if at is not None:
        digests.default_at = at
    return digests


def install(
    app: Application[Any, Any, Any, Any, Any, Any],
    settings: Settings,
    db: Database | Path | str,
    commands: Registry | None,
    *,
    clock: Clock = utc_now,
    rate: float = BROADCAST_RATE,
) -> DigestJobs:
    """Register the digest commands, buttons, chat-member handler and jobs on `app`.

    `db` is the store the commands read (open, so that the digests write beside it), or its
    path. Takes the store's lock: a second process on the same store gets a StoreError.
    """
    if isinstance(db, Path | str):
        db = open_db(db)
    path = store_file(db)
    if path is not None:
        acquire(path)
    digests = open_digests(db, settings, clock)
    token = app.bot.token
    sender = Sender(lambda: plain_bot(token, settings.api_url), digests, Pacer(rate))
    if commands is not None:
        DigestCommands(digests, _checker(app.bot)).register(commands)
    jobs = DigestJobs(app, digests, sender, channel=settings.channel)
    jobs.install()
    return jobs


def store_file(db: Database) -> Path | None:
    """The file behind an open store, or None when it lives in memory."""
    rows = [r for r in db.execute("pragma database_list").fetchall() if r[1] == "main"]
    return Path(rows[0][2]) if rows and rows[0][2] else None


def _checker(bot: Bot) -> Any:
    async def check(target: str, user_id: int) -> ChannelRights:
        return await channel_rights(bot, target, user_id)

    return check


def announce_now(settings: Settings) -> int:
    """Announce what is new to bound channels, BRIEFING_CHANNEL and groups now; an exit code."""
    return asyncio.run(_announce(settings))


async def _announce(settings: Settings) -> int:
    token = settings.require_token()
    lock = acquire(settings.db_path)
    try:
        digests = open_digests(settings.db_path, settings)
        if settings.channel:
            async with plain_bot(token, settings.api_url) as bot:
                await ensure_channel(bot, digests, settings.channel)
        queued = digests.poll_build(baseline=False)
        sender = Sender(lambda: plain_bot(token, settings.api_url), digests, Pacer(BROADCAST_RATE))
        await sender.drain()
        build = digests.state.build_id()
        if not queued:
            print(f"Nothing new to announce: build {build} was announced already.")
        else:
            print(f"Announced build {build} to {sender.tally.sent} of {len(queued)} chats.")
        return 0
    finally:
        release(lock)

"""Helpers for the digests' tests: a settable clock, small stores, chats, a runner for crashes."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
from aiohttp import web
from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, Defaults, MessageHandler, filters

from bot.commands import Commands
from bot.config import Settings
from bot.digests import install
from bot.digests.jobs import DigestJobs
from bot.digests.models import Subscription
from bot.digests.service import Digests
from bot.digests.state import State
from bot.errors import BriefingError
from bot.handlers import Handlers
from bot.models import Article, ArticleAnalysis, ChatContext, Corpus
from bot.query import Query
from bot.store import Store, open_db
from tests.factories import make_article, make_store, make_story
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI

TOPICS = ("BRICS", "oil", "football", "elections", "vaccines")


def at(text: str) -> datetime:
    """An aware UTC datetime from '2026-12-01 20:00'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class FixedClock:
    """A clock a test moves by hand."""

    now: datetime = field(default_factory=lambda: at("2026-12-01 20:00"))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def topic_article(n: int, topic: str) -> Article:
    """A one-paragraph article about `topic`."""
    return make_article(
        f"a{n:04d}",
        f"Story {n} about {topic}",
        [f"Officials discussed {topic} on day {n}. The talks about {topic} went on late."],
        source=f"Outlet{n % 3}",
    )


def topic_store(count: int = 3, build_id: int = 1) -> sqlite_utils.Database:
    """An in-memory store of `count` one-article stories, cycling through TOPICS."""
    return make_store([topic_article(n, TOPICS[n % len(TOPICS)]) for n in range(count)],
                      build_id=build_id)  # fmt: skip


def add_stories(db: sqlite_utils.Database, articles: Sequence[Article], build_id: int) -> None:
    """What `briefing-bot build` does when new articles arrive: more stories, a new build_id."""
    query = Query(db)
    existing = [query.article(ref.id) for ref in query.articles()]
    every = [a for a in existing if a is not None] + list(articles)
    store = Store(db)
    with store.transaction():
        for article in articles:
            store.save_article(article)
            store.save_analysis(ArticleAnalysis(article.id, (), (), ()))
        store.save_corpus(Corpus(tuple(make_story([a]) for a in every), (), ()))
        store.mark_built(build_id)


def digests_for(db: sqlite_utils.Database, clock: FixedClock) -> Digests:
    """The digests' core over `db` with a test clock."""
    return Digests(State(db), Query(db), clock=clock)


def commands_for(db: sqlite_utils.Database) -> Commands:
    """The real Commands over `db`, for registering the digest commands into."""
    return Commands(Query(db))


def private(chat_id: int = 42) -> ChatContext:
    """A private chat with user `chat_id`."""
    return ChatContext(chat_id, "private", user_id=chat_id)


def group(chat_id: int = -100200, *, admin: bool, thread_id: int | None = None) -> ChatContext:
    """A group message from an administrator or a plain member."""

    async def is_admin() -> bool:
        return admin

    return ChatContext(chat_id, "supergroup", user_id=7, thread_id=thread_id, is_admin=is_admin)


def file_store(db: sqlite_utils.Database, path: Path) -> Path:
    """Copy an in-memory store to `path` (WAL, as the bot opens it)."""
    db.conn.backup(sqlite_utils.Database(path).conn)
    open_db(path)
    return path


def make_app(
    api: FakeBotAPI, db: sqlite_utils.Database, clock: FixedClock, *, rate: float = 1000.0
) -> tuple[Application[Any, Any, Any, Any, Any, Any], DigestJobs]:
    """A PTB Application on the fake Bot API with the real handlers and the digests installed."""
    app = (
        Application.builder().token(DEFAULT_TOKEN).base_url(api.base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML)).build()
    )  # fmt: skip
    commands = commands_for(db)
    app.add_handler(MessageHandler(filters.TEXT, Handlers(commands).message))
    app.add_handler(CallbackQueryHandler(Handlers(commands).button))
    settings = Settings(token=DEFAULT_TOKEN, api_url=api.base_url)
    jobs = install(app, settings, db, commands, clock=clock, rate=rate)
    return app, jobs


async def feed(app: Application[Any, Any, Any, Any, Any, Any], update: dict[str, Any]) -> None:
    """Process one update as if it came from Telegram."""
    await app.process_update(Update.de_json(update, app.bot))


class HoldingBotAPI(FakeBotAPI):
    """The fake, able to hold every sendMessage from the n-th on, unanswered and unprocessed.

    A held request whose sender died meanwhile is dropped, as Telegram never acts on a request
    it did not finish receiving: the crash tests use it to kill the bot mid-request.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hold_from: int | None = None
        self.held = 0
        self._seen = 0
        self._release = asyncio.Event()

    def release(self) -> None:
        """Let held requests go (the ones from a dead sender are dropped)."""
        self.hold_from = None
        self._release.set()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["method"] == "sendMessage" and self.hold_from is not None:
            self._seen += 1
            if self._seen >= self.hold_from:
                self.held += 1
                await self._release.wait()
                transport = request.transport
                if transport is None or transport.is_closing():
                    return web.Response(status=499)
        return await super()._handle(request)


def subscribe_many(path: Path, chat_ids: Sequence[int], due: datetime) -> None:
    """Subscribe `chat_ids` to a digest that is already due at `due`."""
    state = State(open_db(path))
    for chat_id in chat_ids:
        state.save_subscription(Subscription(chat_id, time(9, 0), next_at=due))


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m tests.digests_support --db PATH --rate N`: a bot that only sends digests."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rate", type=float, default=500.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    settings = Settings.from_env(db_path=args.db)
    token = settings.require_token()
    app = Application.builder().token(token).base_url(settings.api_url or "").build()
    try:
        install(app, settings, args.db, None, rate=args.rate)
    except BriefingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    app.run_polling(stop_signals=(signal.SIGTERM, signal.SIGINT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

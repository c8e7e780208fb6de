"""Helpers for the digests' tests: a settable clock, small stores, chats, a runner for crashes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.commands import Commands
from bot.digests.service import Digests
from bot.digests.state import State
from bot.models import Article, ArticleAnalysis, ChatContext, Corpus
from bot.query import Query
from bot.store import Store, open_db
from tests.factories import make_article, make_store, make_story

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

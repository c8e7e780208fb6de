"""Shared fixtures: the fake Bot API server on loopback, and the bot's Application against it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI
from tests.news_server import news_server  # noqa: F401  (the loopback news site fixture)


def pytest_configure(config: pytest.Config) -> None:
    """Opt in to PTB's timedelta durations: a RetryAfter otherwise warns (an error here)."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture
async def bot_api() -> AsyncIterator[FakeBotAPI]:
    """A fake Telegram Bot API on 127.0.0.1 at a free port; its base_url goes to PTB's base_url."""
    async with FakeBotAPI() as api:
        yield api


@pytest.fixture
def seeded() -> Any:
    """An in-memory store mirroring the two seed articles (tests/factories.py)."""
    from tests.factories import seeded_db

    return seeded_db()


@pytest.fixture
def seeded_file(tmp_path: Path, seeded: Any) -> Path:
    """The seeded store written to a file, for a bot running in another process."""
    path = tmp_path / "briefing.db"
    target = sqlite3.connect(path)
    seeded.conn.backup(target)
    target.close()
    return path


@pytest.fixture
async def app(bot_api: FakeBotAPI, seeded: Any) -> AsyncIterator[Any]:
    """The real Application on the seeded store, initialised (getMe done) against the fake."""
    from bot.app import build_application
    from bot.config import Settings

    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url)
    application = build_application(settings, seeded)
    async with application:
        yield application

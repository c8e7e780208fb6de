"""Source and outlet names are untrusted text: a limit at /addsource, clipped wherever shown."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from bot import console
from bot.config import Settings
from bot.errors import ConfigError
from bot.live.sources import Sources
from bot.store import open_db
from tests.factories import make_article, make_store, write_db
from tests.fake_bot_api import FakeBotAPI
from tests.test_live_bot import OPERATOR, ask, live_app  # noqa: F401  (the fixture)

FEED = "https://example.org/feed.xml"


async def test_addsource_refuses_a_name_longer_than_a_label(
    live_app: Any,  # noqa: F811
    bot_api: FakeBotAPI,
) -> None:
    refused = await ask(live_app, bot_api, f"/addsource {FEED} {'N' * 5000}", user_id=OPERATOR)
    assert refused == [
        "Not added: a source name has at most 60 characters, this one has 5000: "
        "pick a shorter name."
    ]
    listed = await ask(live_app, bot_api, "/sources", user_id=OPERATOR)
    assert "NNN" not in listed[0]
    assert FEED not in listed[0]


async def test_addsource_takes_a_name_of_sixty_characters(
    live_app: Any,  # noqa: F811
    bot_api: FakeBotAPI,
) -> None:
    name = "Planet " + "x" * 53
    added = await ask(live_app, bot_api, f"/addsource {FEED} {name}", user_id=OPERATOR)
    assert added == [f"Following {name} ({FEED}). Its new articles arrive within 15 minutes."]


async def test_removesource_echoes_a_long_name_clipped(
    live_app: Any,  # noqa: F811
    bot_api: FakeBotAPI,
) -> None:
    removed = await ask(live_app, bot_api, f"/removesource {'y' * 5000}", user_id=OPERATOR)
    assert removed == [f"No source is called {'y' * 59}…: send /sources for the names."]


async def test_addsource_echoes_a_long_url_clipped(
    live_app: Any,  # noqa: F811
    bot_api: FakeBotAPI,
) -> None:
    url = "https://example.org/" + "a" * 3000 + ".xml"
    (added,) = await ask(live_app, bot_api, f"/addsource {url}", user_id=OPERATOR)
    assert added == (
        f"Following example.org ({url[:199]}…). Its new articles arrive within 15 minutes."
    )
    (listed,) = await ask(live_app, bot_api, "/sources", user_id=OPERATOR)
    assert listed.endswith(
        f"• example.org: no articles yet\n  feed: {url[:199]}…\n• No outlet named: 1 article"
    )


def test_sources_add_refuses_a_long_name_with_a_clear_message() -> None:
    sources = Sources(open_db(":memory:", create=True))
    refusal = r"^a source name has at most 60 characters, this one has 61: pick a shorter name$"
    with pytest.raises(ConfigError, match=refusal):
        sources.add(FEED, "N" * 61)
    assert sources.all() == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/articles", "O" * 59 + "… · 29 Sep 2023 · /article a1"),
        ("/article a1", "O" * 59 + "… · 29 Sep 2023"),
        ("/search budget", "O" * 59 + "… · 29 Sep 2023 · /article a1"),
        ("/summary a1", "O" * 59 + "… · 29 Sep 2023"),
        ("/sources", "• " + "O" * 59 + "…: 1 article"),
        ("/about", "• Sources: " + "O" * 59 + "…"),
    ],
)
def test_outlet_names_are_clipped_on_display(tmp_path: Path, line: str, expected: str) -> None:
    article = make_article("a1", "Budget day", ["The budget was set."], source="O" * 500)
    path = write_db(make_store([article]), tmp_path / "b.db")
    out = io.StringIO()
    assert console.ask(Settings(db_path=path), line, out) == 0
    assert expected in out.getvalue().splitlines()
    assert "O" * 61 not in out.getvalue()

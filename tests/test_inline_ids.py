"""Inline results: every card of one answer has its own id, and a card keeps its id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.cards import distinct, figure_card
from bot.config import Settings
from tests.factories import make_article, make_figure, make_store
from tests.fake_bot_api import DEFAULT_TOKEN, FakeBotAPI, inline_update
from tests.test_cards import REFS

_TEXT = "Inflation rose to 1.6% in March, and the inflation rate target stays 1.6% for now."


def _two_alike() -> tuple[Any, Any]:
    """Two figures of one article written the same way ("1.6%") that measure different things."""
    first = make_figure("a", "1.6%", 1.6, "percent", "inflation")
    second = make_figure("a", "1.6%", 1.6, "percent", "inflation rate target")
    return first, second


def test_inline_ids_differ_for_the_same_text_in_one_article() -> None:
    first, second = (figure_card(f, REFS) for f in _two_alike())
    assert first.title == "1.6%: inflation"
    assert second.title == "1.6%: inflation rate target"
    assert first.id != second.id
    assert first.id.startswith("f")
    assert len(first.id) == 13


def test_inline_ids_stay_the_same_for_the_same_card() -> None:
    first, _ = _two_alike()
    assert figure_card(first, REFS).id == figure_card(first, REFS).id


def test_inline_distinct_drops_a_card_shown_twice_and_keeps_order() -> None:
    first, second = (figure_card(f, REFS) for f in _two_alike())
    kept = distinct([first, second, first])
    assert [card.title for card in kept] == ["1.6%: inflation", "1.6%: inflation rate target"]


@pytest.fixture
async def alike_app(bot_api: FakeBotAPI) -> AsyncIterator[Any]:
    """The real Application on a store whose one article gives "1.6%" twice."""
    article = make_article("a", "Inflation steady", [_TEXT])
    db = make_store([article], figures=_two_alike())
    settings = Settings(token=DEFAULT_TOKEN, api_url=bot_api.base_url)
    application = build_application(settings, db)
    async with application:
        yield application


async def test_inline_query_with_two_alike_figures_is_accepted(
    alike_app: Any, bot_api: FakeBotAPI
) -> None:
    await alike_app.process_update(Update.de_json(inline_update("inflation"), alike_app.bot))
    (answer,) = bot_api.calls("answerInlineQuery")
    titles = sorted(result["title"] for result in answer["results"])
    assert titles == ["1.6%: inflation", "1.6%: inflation rate target"]
    assert len({result["id"] for result in answer["results"]}) == 2

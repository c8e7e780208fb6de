"""cards: inline-mode results that post a quote, a figure or a story with its sources."""

from __future__ import annotations

from datetime import date

from bot.cards import figure_card, quote_card
from bot.rows import ArticleRef
from tests.factories import make_figure, make_quote

REFS = {"a": ArticleRef("a", date(2023, 9, 29), "EFE", "Putin and BRICS", None, "s1")}


def test_cards_quote_title_marks_only_direct_words() -> None:
    direct = quote_card(make_quote("a", "We agree."), REFS)
    reported = quote_card(make_quote("a", "Russia will lead BRICS", kind="indirect"), REFS)
    assert direct.title == "Vladimir Putin: “We agree.”"
    assert reported.title == "Vladimir Putin: Russia will lead BRICS"
    assert reported.description == "EFE · 29 Sep 2023"
    assert len(reported.id.encode()) <= 64


def test_cards_figure_card_posts_the_figure_block() -> None:
    card = figure_card(make_figure("a", "in 2024", 2024.0, "year", "Argentina joins BRICS"), REFS)
    assert card.title == "2024: Argentina joins BRICS"
    assert card.message == "<b>2024</b> — Argentina joins BRICS\n<i>EFE · 29 Sep 2023</i>"


def test_cards_from_an_article_naming_no_outlet_say_when() -> None:
    refs = {"b": ArticleRef("b", date(2015, 4, 5), "unknown", "Polls open", None, "s2")}
    card = quote_card(make_quote("b", "We will vote.", speaker="Ayo Johnson"), refs)
    assert card.description == "5 Apr 2015"
    assert card.message.endswith("\n<i>5 Apr 2015</i>")

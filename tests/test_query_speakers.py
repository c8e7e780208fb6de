"""`/quotes NAME`: what the person said comes before what others said about them."""

from __future__ import annotations

import io
from pathlib import Path

import sqlite_utils

from bot import console
from bot.config import Settings
from bot.query import Query
from tests.factories import make_article, make_quote, make_store, write_db


def _store() -> sqlite_utils.Database:
    article = make_article("a", "Budget row", ["The chancellor spoke."])
    quotes = [
        make_quote("a", "Gordon Brown has failed, and Gordon Brown knows it.", "Vince Cable"),
        make_quote("a", "These plans of Gordon Brown were announced last year.", "Theresa May"),
        make_quote("a", "The economy is stable and growing.", "Gordon Brown"),
        make_quote("a", "the budget would help families", "Gordon Brown", kind="indirect"),
    ]
    return make_store([article], quotes)


def test_query_quotes_by_the_named_speaker_come_first() -> None:
    found = Query(_store()).search_quotes("Gordon Brown")
    assert [q.speaker for q in found] == ["Gordon Brown", "Gordon Brown", "Vince Cable",
                                          "Theresa May"]  # fmt: skip
    assert found[0].text == "The economy is stable and growing."


def test_query_a_term_naming_no_speaker_keeps_the_text_order() -> None:
    article = make_article("a", "Budget row", ["The chancellor spoke."])
    quotes = [
        make_quote("a", "the plans would help families", "Gordon Brown", kind="indirect"),
        make_quote("a", "These plans of Gordon Brown were announced last year.", "Theresa May"),
        make_quote("a", "Plans change.", "Vince Cable"),
    ]
    found = Query(make_store([article], quotes)).search_quotes("plans")
    # the words themselves before a report of them, then the closest match: never by speaker
    assert [q.speaker for q in found] == ["Vince Cable", "Theresa May", "Gordon Brown"]


def test_console_quotes_name_shows_their_own_words_first(tmp_path: Path) -> None:
    out = io.StringIO()
    settings = Settings(db_path=write_db(_store(), tmp_path / "b.db"))
    assert console.ask(settings, "/quotes Brown", out) == 0
    lines = out.getvalue().splitlines()
    assert lines[:4] == [
        "Quotes about Brown (4)", "", "Gordon Brown", "“The economy is stable and growing.”",
    ]  # fmt: skip

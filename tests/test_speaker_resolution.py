"""Descriptions resolved to the body the article names, on sentences written for these tests."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def test_the_board_is_the_board_named_before() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed asked the Westford Planning Board for a permit in March.",
            "“We cannot approve the tower as it is drawn,” the board said.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        (
            "We cannot approve the tower as it is drawn",
            "Westford Planning Board",
            "said",
            "the board",
        )
    ]

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


def test_someones_manager_is_the_person_introduced_as_such() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed is running for governor. Ada Brook, Reed's campaign manager, spoke first.",
            "“We have the volunteers and the money,” Reed's campaign manager said.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        ("We have the volunteers and the money", "Ada Brook", "said", "Reed's campaign manager")
    ]


def test_someones_lawyer_named_nowhere_is_their_lawyer() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed was charged on Monday. Ada Brook, the judge, set a date for the trial.",
            "“My client will plead not guilty,” Reed's lawyer said.",
        )
    )
    assert [(q.speaker, q.mention) for q in quotes] == [("Tom Reed's lawyer", "Reed's lawyer")]

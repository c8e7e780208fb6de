"""A description names a post (`the defendant`, `the minister`) or a person's own adviser (`his
lawyer`): the quote goes to the one who holds that post, never to someone named in another post,
and a pronoun's adviser is that person's; sentences written for these tests."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


def test_the_defendant_is_not_the_prosecutor_just_named() -> None:
    found = speakers(
        "Ivo Dren, 34, is on trial at Hull Crown Court.",
        "Prosecutor Ada Marsh put it to him that the texts showed it. "
        '"Why did you text Mr. Doyle?" she asked.',
        '"I was joking," the defendant replied.',
    )
    assert found[-1] == ("I was joking", "defendant")


def test_the_minister_is_the_secretary_not_the_latest_spokesman() -> None:
    found = speakers(
        "Britain's health secretary, Ada Lind, said on Tuesday that hospitals could charge "
        "for parking again.",
        "The opposition health spokesman, Tom Crane, called it a tax on the sick.",
        "The minister later told reporters that the charges would be capped at three pounds.",
    )
    assert found[-1] == ("the charges would be capped at three pounds.", "Ada Lind")


def test_a_pronouns_adviser_speaks_as_that_persons() -> None:
    assert speakers("Tom Reed was charged on Friday.", '"It is false," his lawyer said.') == [
        ("It is false", "Tom Reed's lawyer")
    ]
    assert speakers("Tom Reed was charged on Friday. His lawyer said that he was innocent.") == [
        ("he was innocent.", "Tom Reed's lawyer")
    ]


def test_an_adviser_named_in_apposition_keeps_their_quote() -> None:
    found = speakers(
        "Tennis star Valentina Rusu signed a deal.",
        "Her agent, Miles Cartwright, confirmed the deal. "
        '"Valentina is a global brand and this deal reflects that," he said.',
    )
    assert found[-1] == (
        "Valentina is a global brand and this deal reflects that",
        "Miles Cartwright",
    )


def test_a_post_opening_a_sentence_before_a_name_is_no_part_of_it() -> None:
    found = speakers(
        "Quarterback Derrick Lamont threw three touchdowns.",
        '"The leg feels good," he said.',
    )
    assert found == [("The leg feels good", "Derrick Lamont")]


def test_a_clause_before_an_apposed_name_is_no_role_of_theirs() -> None:
    from bot.analyse.quotes.cast import build_cast

    cast = build_cast(["Judge Ann Dee asked the defendant, Ivo Marsh, 38, whether he had paid."])
    assert (cast.people["Ann Dee"].role, cast.people["Ivo Marsh"].role) == ("Judge", None)

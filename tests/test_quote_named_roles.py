"""Named speakers after a role with `of` in it: `said chief of staff Ada Brook`."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def attributed(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("said", "speaker", "mention"),
    [
        (
            "“The lights go on at six,” said chief of staff Idris Mallory.",
            "Idris Mallory",
            "chief of staff Idris Mallory",
        ),
        (
            "“The lights go on at six,” said master of ceremonies Idris Mallory, a retired "
            "teacher who has run the fair for years.",
            "Idris Mallory",
            "master of ceremonies Idris Mallory",
        ),
    ],
)
def test_a_role_with_of_before_the_name_after_the_verb(
    said: str, speaker: str, mention: str
) -> None:
    quotes = attributed("Greta Pell opened the fair.", said)
    assert quotes == [("The lights go on at six", speaker, "said", mention)]


def test_of_after_a_name_ends_it() -> None:
    quotes = attributed(
        "Greta Pell opened the fair.", "“The lights go on at six,” said Idris Mallory of Leeds."
    )
    assert quotes == [("The lights go on at six", "Idris Mallory", "said", "Idris Mallory")]


def test_a_place_after_of_is_no_role() -> None:
    quotes = attributed(
        "Greta Pell, the mayor, opened the fair.",
        "“The lights go on at six,” said the mayor of Leeds.",
    )
    assert quotes == [("The lights go on at six", "Greta Pell", "said", "the mayor")]

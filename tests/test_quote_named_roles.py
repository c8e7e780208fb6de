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


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("Said Mallory, “The lights go on at six and not a minute later.”", "Said"),
        ("Continued Mallory: “The lights go on at six and not a minute later.”", "Continued"),
    ],
)
def test_a_verb_opening_the_sentence_before_its_subject(said: str, cue: str) -> None:
    quotes = attributed("Idris Mallory runs the fair. Greta Pell opened it.", said)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == [
        ("The lights go on at six and not a minute later.", "Idris Mallory", cue, "Mallory")
    ]


def test_a_verb_opening_a_sentence_with_no_subject_after_it_is_none() -> None:
    quotes = attributed(
        "Idris Mallory runs the fair.",
        "Asked Tuesday about the fair, Greta Pell said “the lights go on at six.”",
    )
    assert quotes == [("the lights go on at six.", "Greta Pell", "said", "Greta Pell")]


def test_as_a_writer_puts_it_before_a_clause_holding_the_quote() -> None:
    quotes = attributed(
        "Idris Mallory runs the fair.",
        "As the Gazette's Greta Pell puts it, Mallory has made the town “an offer it cannot "
        "refuse.”",
    )
    assert quotes == [("an offer it cannot refuse.", "Greta Pell", "puts", "Greta Pell")]


@pytest.mark.parametrize(
    ("said", "speaker", "mention"),
    [
        (
            "\u201cThe count will run past midnight,\u201d a South Carolina Republican said.",
            "South Carolina Republican",
            "South Carolina Republican",
        ),
        (
            "\u201cThe count will run past midnight,\u201d one New Hampshire Democrat said.",
            "New Hampshire Democrat",
            "New Hampshire Democrat",
        ),
    ],
)
def test_a_party_member_known_by_place_is_no_person_named_after_it(
    said: str, speaker: str, mention: str
) -> None:
    assert attributed(said) == [("The count will run past midnight", speaker, "said", mention)]

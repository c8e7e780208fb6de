"""Reported speech is the clause a speaker's verb opens with `that`, not the content of the
verb's object (`rejected the idea that`, `denied a claim that`) nor a `that` that points at a
noun (`dismissed that charge`); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_quote_reported_without_marks import reported


@pytest.mark.parametrize(
    "sentence",
    [
        "Ola Berg rejected the idea that jobs were at risk.",
        "Ola Berg had denied a claim that he was paid for the tour.",
        "Ola Berg said the public needed reassurance that the scheme was safe.",
        "Ola Berg said the film implied that the singer had studied at his school.",
        "Ola Berg dismissed that charge.",
        "Ola Berg acknowledged that point.",
    ],
)
def test_the_content_of_an_object_or_a_pointing_that_is_not_reported_speech(
    sentence: str,
) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Harbour Authority said a week later that it had not approved the sale.",
         ("it had not approved the sale.", "Harbour Authority", "said")),
        ("Ola Berg told the council that the plan had failed.",
         ("the plan had failed.", "Ola Berg", "told")),
        ("Ola Berg said in a statement that the plan had failed.",
         ("the plan had failed.", "Ola Berg", "said")),
        ("Ola Berg said that it failed.", ("it failed.", "Ola Berg", "said")),
    ],
)  # fmt: skip
def test_a_that_clause_after_time_words_or_a_listener_is_reported_speech(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert reported(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place's dateline is where the story was filed, not what the source said
        ("HULL — Rents in the city rose by a fifth last year, according to the Harbour Trust.",
         "Rents in the city rose by a fifth last year"),
        ("PORT ELLEN, Islay -- Ferry fares will double in May, according to the Island Board.",
         "Ferry fares will double in May"),
        # an apposition after the source describes it
        ("According to Ivo Dren, the trust's finance director, rents rose by a fifth last year.",
         "rents rose by a fifth last year."),
        # a part with its own verb is the clause's
        ("According to Ivo Dren, the lander tipped over, and one leg broke.",
         "the lander tipped over, and one leg broke."),
    ],
)  # fmt: skip
def test_what_a_source_is_said_to_report_starts_after_the_dateline_and_apposition(
    sentence: str, expected: str
) -> None:
    assert [text for text, _, _ in reported(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject a relative clause describes speaks, not a noun inside the clause
        ("A paramedic who treated the victim of a crash in Dunmore told jurors on Thursday that "
         "the man was still conscious.", [("the man was still conscious.", "paramedic", "told")]),
        ("A man accused of stealing coins from a museum in Carlow told a judge that he had "
         "bought them.", []),
    ],
)  # fmt: skip
def test_a_subject_described_by_a_relative_clause_is_the_speaker(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert reported(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ola Berg said on Friday the plan would cost more than planned.",
         [("the plan would cost more than planned.", "Ola Berg", "said")]),
        ("Harlow Mills said it had signed a new four-year deal.",
         [("it had signed a new four-year deal.", "Harlow Mills", "said")]),
        # no clause of its own after the verb: nothing reported
        ("Ola Berg said goodbye to the club on Friday.", []),
        ("Ola Berg said the words slowly and sat down.", []),
        # what was said is a thing said, and a clause after it is the narrator's
        ("Ola Berg said a prayer as the water was rising.", []),
        ("Ola Berg said Mass at the chapel where he had been baptized.", []),
        ("Ola Berg said the words he had rehearsed.", []),
        ("Ola Berg said Yes when he was asked.", []),
        ("Ola Berg said Thursday the plan would cost more.",
         [("the plan would cost more.", "Ola Berg", "said")]),
    ],
)  # fmt: skip
def test_a_clause_reported_with_no_that(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert reported(sentence) == expected

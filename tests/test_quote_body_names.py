"""A body's whole name speaks, not the stretch after its last `for` or `and`: `the Bureau of
Coastal and Marine Surveys`, `the Institute for Tidal Research`, `a spokesman for the Centers for
Soil Science and Drainage`."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.cast import build_cast
from tests.test_quote_noun_descriptions import attributed

OPENING = "Storms flooded the harbour town overnight."


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # `and` inside a body's name that ends in its own word
            "“Three piers were lost,” said the Northern Coastal and Marine Administration.",
            (
                "Three piers were lost",
                "Northern Coastal and Marine Administration",
                "said",
                "the Northern Coastal and Marine Administration",
            ),
        ),
        (  # `for` after a body's own word: the observatory, not the rights
            "“Two boats sank near the quay,” the Harbour Observatory for Tidal Rights said.",
            (
                "Two boats sank near the quay",
                "Harbour Observatory for Tidal Rights",
                "said",
                "Harbour Observatory for Tidal Rights",
            ),
        ),
        (  # a spokesman for a body named with `for` and `and`
            "“The water is not safe to drink,” said a spokesman for the Centers for Soil Science "
            "and Drainage.",
            (
                "The water is not safe to drink",
                "Centers for Soil Science and Drainage",
                "said",
                "a spokesman for Centers for Soil Science and Drainage",
            ),
        ),
    ],
)
def test_quote_a_body_speaks_by_its_whole_name(said: str, expected: tuple[str, ...]) -> None:
    assert attributed(OPENING, said) == [expected]


def test_quote_a_person_of_a_body_named_with_for_is_the_person() -> None:
    said = "“We will rebuild the sea wall,” Ada Brook of the Institute for Tidal Research said."
    assert attributed(OPENING, said) == [
        ("We will rebuild the sea wall", "Ada Brook", "said", "Ada Brook")
    ]


def test_quote_two_people_joined_by_and_are_not_one_body() -> None:
    said = "“The wall held,” said Tom Ruiz and Lena Holt of the Harbour Administration."
    assert attributed(OPENING, said) == [("The wall held", "Lena Holt", "said", "Lena Holt")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # the capitalised words of a description name the body
            "“The ferry runs again on Friday,” the Harbour press office said.",
            (
                "The ferry runs again on Friday",
                "Harbour press office",
                "said",
                "the Harbour press office",
            ),
        ),
        (  # an owner keeps only its name before the body's noun
            "“The ferry runs again on Friday,” Ostland's newly formed government said.",
            (
                "The ferry runs again on Friday",
                "Ostland's government",
                "said",
                "Ostland's newly formed government",
            ),
        ),
        (  # no capitalised word: the body's noun
            "“The ferry runs again on Friday,” the regional government said.",
            ("The ferry runs again on Friday", "Government", "said", "the regional government"),
        ),
        (  # a noun naming the body's field stays: it says which body
            "“The ferry runs again on Friday,” the weather office said.",
            ("The ferry runs again on Friday", "weather office", "said", "the weather office"),
        ),
        (
            "“The ferry runs again on Friday,” Ostland's health ministry said.",
            (
                "The ferry runs again on Friday",
                "Ostland's health ministry",
                "said",
                "Ostland's health ministry",
            ),
        ),
    ],
)
def test_quote_a_described_body_keeps_its_name(said: str, expected: tuple[str, ...]) -> None:
    assert attributed(OPENING, said) == [expected]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # `The Harbourside` acting as itself is a body: `he` is the one person named
            "The Harbourside has claimed that Ostland boats fish in the bay, which Marsh denied. "
            "“We have no boats in the bay,” he said.",
            ("We have no boats in the bay", "Ivo Marsh", "said", "he"),
        ),
        (  # before a noun it only qualifies it: the Marsh campaign is Marsh's
            "The Marsh campaign said the boats fish in the bay. “We have no boats there,” he said.",
            ("We have no boats there", "Ivo Marsh", "said", "he"),
        ),
    ],
)
def test_quote_one_name_after_the_is_a_body_not_a_he(said: str, expected: tuple[str, ...]) -> None:
    assert attributed("Ivo Marsh is the foreign minister of Ostland.", said) == [expected]


def test_the_words_after_for_in_a_bodys_name_are_no_one_of_their_own() -> None:
    cast = build_cast(
        ["The Office for Fair Rents said rents rose. The Institute for Rural Studies agreed."]
    )
    assert {n: p.org for n, p in cast.people.items()} == {
        "Office for Fair Rents": True,
        "Office": True,
        "Institute for Rural Studies": True,
        "Institute": True,
    }


def test_a_person_named_after_a_bodys_name_stays_a_person() -> None:
    cast = build_cast(["Institute of Technology Police Chief John Ruiz was about to leave."])
    assert cast.people["John Ruiz"].org is False

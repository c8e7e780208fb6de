"""Who `the company`, `the council` and a wire's dateline stand for: the company in focus is
never a place or a people's adjective, a body is never the person who leads it, and a place
filed before a hyphen is no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.text.datelines import without_place_line
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO - Havbris said on Monday.", "Havbris said on Monday."),
        ("MEXICO CITY - Heavy rain fell.", "Heavy rain fell."),
        ("LONDON \u2014 Sea levels rose.", "Sea levels rose."),
        ("LAGOS, Dec 1 \u2014 The film earned more.", "The film earned more."),
        # a hyphen inside a sentence is no dateline
        ("UK-based Brask - a lender - grew.", "UK-based Brask - a lender - grew."),
        ("Prices rose - sharply.", "Prices rose - sharply."),
    ],
)
def test_a_place_in_capitals_before_a_hyphen_is_a_dateline(text: str, expected: str) -> None:
    assert without_place_line(text) == expected


def test_the_place_of_a_hyphen_dateline_speaks_for_no_one() -> None:
    quotes = speakers(
        "FRANKFURT - Nordwerk Group will close its last coal plant early, the company said on "
        "Thursday.",
    )
    assert quotes == [("Nordwerk Group will close its last coal plant early", "Nordwerk Group")]


def test_the_company_is_never_a_place_named_after_it() -> None:
    quotes = speakers(
        "AMSTERDAM - A monthly injection for severe asthma developed by Belgian drugmaker "
        "Veltera Pharma won the backing of Europe's medicines regulator on Friday, clearing the "
        "way for a launch early next year.",
        "The drug cut the rate of severe attacks by 62% in a late-stage trial, the company said.",
    )
    assert quotes == [
        ("The drug cut the rate of severe attacks by 62% in a late-stage trial", "Veltera Pharma")
    ]


def test_the_council_is_the_body_not_its_leader() -> None:
    quotes = speakers(
        "Wexbury District Council will raise its tax by 4.99% next April.",
        "Council leader Janet Moffatt told the meeting the authority faced a shortfall of 8.7 "
        "million pounds.",
        "The libraries in Kelbrook and Marrowby will close at the end of March, the council said.",
    )
    assert [speaker for _text, speaker in quotes] == ["Janet Moffatt", "Wexbury District Council"]

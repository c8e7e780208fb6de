"""Quotes wrapped in an outlet's report: the outlet speaks only when nobody else is named."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.names import Phrase
from bot.analyse.quotes.wrappers import wrapping_outlet
from tests.test_quotes import article


def attributed(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # `according to` closing a sentence that names nobody else
            "“The ferry will run all winter,” according to the Harbor Ledger.",
            ("The ferry will run all winter", "Harbor Ledger", "according to", "the Harbor Ledger"),
        ),
        (  # `X reported` closing it
            "“The ferry will run all winter,” the Harbor Ledger reported.",
            ("The ferry will run all winter", "Harbor Ledger", "reported", "Harbor Ledger"),
        ),
        (  # the maker of the document the report is
            "“The toll breaks the charter,” according to a court filing by county attorney Mara "
            "Ellis.",
            (
                "The toll breaks the charter",
                "Mara Ellis",
                "according to",
                "county attorney Mara Ellis",
            ),
        ),
        (  # a role noun before the name is no speaker of its own
            "“The toll breaks the charter,” according to a motion from city lawyer Mara Ellis.",
            ("The toll breaks the charter", "Mara Ellis", "according to", "city lawyer Mara Ellis"),
        ),
    ],
)
def test_outlet_is_the_source_when_nobody_else_is_named(
    paragraph: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # `according to` closing a sentence that names the speaker
            "“The ferry will run all winter,” Ada Brook said, according to the Harbor Ledger.",
            ("The ferry will run all winter", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # `According to` opening it
            "According to the Harbor Ledger, Tom Ruiz called the toll “a tax on islanders.”",
            ("a tax on islanders.", "Tom Ruiz", "called", "Tom Ruiz"),
        ),
        (  # `reports X` after an apposition
            "“We will sue,” said Ada Brook, the county clerk, reports the Coastal Times.",
            ("We will sue", "Ada Brook", "said", "Ada Brook"),
        ),
    ],
)
def test_a_person_named_saying_it_keeps_the_quote_an_outlet_carries(
    paragraph: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(paragraph) == [expected]


def test_outlet_between_the_parts_of_a_broken_quote_leaves_the_speaker() -> None:
    quotes = attributed(
        "“We are ready,” Ada Brook said, according to the Salem Star. “The vote is next week.”"
    )
    assert quotes == [("We are ready … The vote is next week.", "Ada Brook", "said", "Ada Brook")]


def test_according_to_inside_the_speakers_clause_is_no_wrapper() -> None:
    quotes = attributed("Ada Brook said that, according to the Salem Star, the vote was “a farce.”")
    assert quotes == [("a farce.", "Ada Brook", "said", "Ada Brook")]


def test_a_document_named_by_no_name_leaves_the_speaker() -> None:
    quotes = attributed("“We will sue,” Ada Brook said, according to a recording from the hearing.")
    assert quotes == [("We will sue", "Ada Brook", "said", "Ada Brook")]


def test_a_long_capitalised_word_before_reports_is_read_in_one_pass() -> None:
    # Each word of an outlet's name is read whole: a 2,000-letter word cannot be split in
    # every way between the five words a name may have.
    assert wrapping_outlet("", [", " + "Q" * 2000 + " x reports."]) is None
    assert wrapping_outlet("", [", the Harbour Gazette reports."]) == Phrase(
        "name", ("Harbour", "Gazette"), cue="reported"
    )

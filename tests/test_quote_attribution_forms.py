"""Two ways news writes whose words a quote is, read from sentences written for these tests: an
apposition whose relative clause swallowed its closing comma (`Lena Holt, the pollster who
founded the site tweeted`), and a document whose author is named after it (`according to a
court document filed by state attorney Ivo Marsh`)."""

from __future__ import annotations

import pytest

from tests.test_speaker_governed import speakers_of


def test_an_apposition_with_a_relative_clause_and_no_closing_comma_names_the_speaker() -> None:
    found = speakers_of(
        "Mayor Ivo Marsh spoke first at the harbour meeting on Tuesday.",
        "“Voters want the ferry back,” Lena Holt, the pollster who founded harbourpolls.com "
        "tweeted on Wednesday.",
    )
    assert found == [("Voters want the ferry back", "Lena Holt", "tweeted", "Lena Holt")]


def test_an_apposition_closed_by_its_comma_still_names_the_speaker() -> None:
    found = speakers_of("“Voters want the ferry back,” Lena Holt, who runs the poll, said.")
    assert found == [("Voters want the ferry back", "Lena Holt", "said", "Lena Holt")]


def test_a_document_filed_by_someone_is_their_words() -> None:
    found = speakers_of(
        "Reporter Ada Brook said she had been pulled back by the arm.",
        "“The evidence cannot prove every element of the crime,” according to a court document "
        "filed by state attorney Ivo Marsh.",
    )
    assert found[-1] == (
        "The evidence cannot prove every element of the crime",
        "Ivo Marsh",
        "according to",
        "state attorney Ivo Marsh",
    )


def test_a_report_by_a_paper_is_the_papers_words() -> None:
    found = speakers_of(
        "“The case against the mayor is weak,” according to a report by the Harbour Herald."
    )
    assert found == [
        (
            "The case against the mayor is weak",
            "Harbour Herald",
            "according to",
            "the Harbour Herald",  # the words that name the speaker, as for a filing's author
        )
    ]


@pytest.mark.parametrize(
    ("tail", "speaker", "mention", "cue"),
    [
        ("police said.", "Police", "police", "said"),
        ("officials said.", "officials", "officials", "said"),
        ("prosecutors said.", "prosecutors", "prosecutors", "said"),
        ("residents told reporters.", "residents", "residents", "told"),
        ("court records said.", "court records", "court records", "said"),
    ],
)
def test_a_body_named_without_an_article_after_the_quote_speaks(
    tail: str, speaker: str, mention: str, cue: str
) -> None:
    found = speakers_of(
        "Ivo Marsh, 20, was charged on Thursday.",
        f"“The driver was going far too fast for the harbour road,” {tail}",
    )
    assert found[-1] == ("The driver was going far too fast for the harbour road", speaker,
                         cue, mention)  # fmt: skip


@pytest.mark.parametrize("adverb", ["Later", "Earlier"])
def test_an_adverb_before_said_is_no_speaker_and_breaks_nothing(adverb: str) -> None:
    found = speakers_of(f"“We will win the harbour vote,” {adverb} said Ada Brook.")
    assert [text for text, *_ in found] == ["We will win the harbour vote"]

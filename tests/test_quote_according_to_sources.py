"""`according to` a source that is no name: figures from a body speak for the body, and a
lower-case source with no article (analysts, court records, city estimates) speaks as itself,
without becoming the body or the `it` later sentences mean. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prices rose 3% last year, according to figures from the Office for Fair Trade.",
         "Office for Fair Trade"),
        ("Approvals rose for the first time in a year, according to lending figures from the "
         "Bank of Lorvia.", "Bank of Lorvia"),
        ("The campaign cost £1.7m, according to figures released on Tuesday by the Electoral "
         "Board.", "Electoral Board"),
        ("Sales of the handset fell 2% in March, according to analysts.", "analysts"),
        ("The pin could slip under heavy loads, according to court records.", "court records"),
        ("The line will carry about 14,000 riders a day, according to city estimates.",
         "city estimates"),
        ("Severe asthma affects around 5% of adults, according to patient groups.",
         "patient groups"),
    ],
)  # fmt: skip
def test_a_source_that_is_no_name_is_kept(sentence: str, speaker: str) -> None:
    quotes = speakers(sentence)
    assert [who for _text, who in quotes] == [speaker]


def test_figures_with_no_body_named_speak_as_themselves() -> None:
    quotes = speakers("Output rose 1% in the quarter, according to official figures.")
    assert quotes == [("Output rose 1% in the quarter", "official figures")]


def test_documents_of_a_named_body_speak_for_it() -> None:
    quotes = speakers(
        "Wexcombe District Council will raise its tax by 4.99% next April.",
        "The rise will add 96 pounds a year to a typical bill, according to council documents.",
        "The libraries in Kelbrook will close in March, the council said.",
    )
    assert [who for _text, who in quotes] == ["Wexcombe District Council"] * 2


def test_a_document_is_not_the_it_that_follows() -> None:
    quotes = speakers(
        "Camera phones will outsell other phones, says a report from the Garven Institute.",
        "Profits at Nordfone tripled, according to recent figures. Over 60% of phones sold in the "
        "quarter had cameras, it said.",
    )
    assert quotes[-1] == ("Over 60% of phones sold in the quarter had cameras", "Garven Institute")


def test_papers_named_by_their_issuer_speak_for_it() -> None:
    quotes = speakers(
        "Harbour Studios released the film in 3,000 cinemas.",
        "It took $40.8m at the weekend, according to studio estimates.",
    )
    assert quotes == [("It took $40.8m at the weekend", "Harbour Studios")]


def test_a_body_described_by_its_field_is_new_after_a_dateline_agency() -> None:
    quotes = speakers(
        "WELLINGTON (AP) - A strong earthquake shook the east coast, cutting 2% off GDP.",
        "The quake hit at a depth of 11 km, according to the national geological hazards agency.",
    )
    assert quotes[-1] == (
        "The quake hit at a depth of 11 km",
        "national geological hazards agency",
    )


def test_a_persons_team_speaks_as_their_team() -> None:
    quotes = speakers(
        "Linnea Sjoberg leads the study at Kestrel University.",
        "Sjoberg's team argues that the object's chemistry points to a comet.",
    )
    assert quotes == [("the object's chemistry points to a comet.", "Linnea Sjoberg's team")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Jens Verhaegen was banned for four years.",
          "His is the third positive test this year, according to the sport's world governing "
          "body."], "sport's world governing body"),
        (["The MPAA sued 200 people last month.",
          "The industry body also said it had launched a second round of legal action."],
         "MPAA"),
    ],
)  # fmt: skip
def test_a_body_described_by_its_field_keeps_its_words_unless_one_is_in_focus(
    paragraphs: list[str], speaker: str
) -> None:
    assert [who for _text, who in speakers(*paragraphs)][-1] == speaker


def test_police_and_a_league_named_before_are_sources() -> None:
    assert speakers(
        "Officers recovered R3.7 million in cash and five rifles in raids on three houses, "
        "according to police."
    ) == [
        (
            "Officers recovered R3.7 million in cash and five rifles in raids on three houses",
            "Police",
        )
    ]
    quotes = speakers(
        "Sahyadri Strikers won their first Western Cup League title on Sunday.",
        "The winners take home Rs 20 crore in prize money, according to the league.",
    )
    assert [who for _text, who in quotes] == ["Western Cup League"]

"""A speech word that is a noun in a verb's object (`could dent Harlow Mills claims that`) makes
no report: nobody speaks in that sentence."""

from __future__ import annotations

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def said(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every quote."""
    return [(q.text, q.speaker, q.cue, q.mention) for q in extract_quotes(article(*paragraphs))]


def test_claims_after_a_modal_verb_and_a_name_are_a_noun() -> None:
    quotes = said(
        "The mill opened in May.",
        "The flood could hurt Harlow Mills claims that its plant is safe from the river.",
    )
    assert quotes == []


def test_the_same_name_claiming_on_its_own_still_reports() -> None:
    quotes = said(
        "The mill opened in May.",
        "Harlow Mills claims that its plant is safe from the river.",
    )
    assert quotes == [
        ("its plant is safe from the river.", "Harlow Mills", "claims", "Harlow Mills")
    ]


def test_a_body_opening_with_a_title_like_word_keeps_it() -> None:
    quotes = said(
        "Tin prices fell in May.",
        "The International Tin Fund predicts that prices will rise again before the winter.",
    )
    assert quotes == [
        (
            "prices will rise again before the winter.",
            "International Tin Fund",
            "predicts",
            "International Tin Fund",
        )
    ]


def test_a_that_clause_describing_an_object_reports_nothing() -> None:
    quotes = said(
        "The harbour opened in May.",
        "Lena Holt answered questions from local reporters that focused on the new bridge.",
    )
    assert quotes == []


def test_a_that_clause_after_the_people_warned_is_reported() -> None:
    quotes = said(
        "The harbour opened in May.",
        "Lena Holt warned investors that the harbour would close in the winter.",
    )
    assert quotes == [
        ("the harbour would close in the winter.", "Lena Holt", "warned", "Lena Holt")
    ]


def test_a_body_noun_before_a_role_word_stays_in_the_role() -> None:
    quotes = extract_quotes(
        article(
            "Ferry fares rose in May.",
            '"Fares will rise again in June," union chief Ada Brook said.',
        )
    )
    assert [(q.text, q.speaker, q.role, q.cue, q.mention) for q in quotes] == [
        (
            "Fares will rise again in June",
            "Ada Brook",
            "union chief",
            "said",
            "union chief Ada Brook",
        )
    ]

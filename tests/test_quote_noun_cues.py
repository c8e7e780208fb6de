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

"""Reported speech that urges someone to act: `X urged Y to do`, `X called on Y to do`. The one
who urges speaks, and what they urged is the report; a passive (`was urged to resign`) or an
urged noun (`urged caution`) reports nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def reports(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.cue) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The Harbour Pilots Union urged its members to reject the offer.",),
         [("its members to reject the offer", "Harbour Pilots Union", "urged")]),
        (("Martin Hale leads the council's Conservative group.",
          "He urged residents to respond to the consultation, which closes on January 9."),
         [("residents to respond to the consultation, which closes on January 9", "Martin Hale",
           "urged")]),
        (("The Kente Traders Forum welcomed the decision but called on banks to pass the cut on "
          "to borrowers.",),
         [("banks to pass the cut on to borrowers", "Kente Traders Forum", "called on")]),
        (("Dr Ines Varga has called on the ministry to publish the figures.",),
         [("the ministry to publish the figures", "Ines Varga", "called on")]),
    ],
)  # fmt: skip
def test_who_urges_someone_to_act_speaks(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    assert reports(*paragraphs) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was urged to resign by opposition MPs.",
        "Police urged caution on the roads after the storm.",
        "Aid agencies have been urging for weeks.",
    ],
)
def test_no_one_urged_to_act_reports_nothing(sentence: str) -> None:
    assert reports(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police called on Monday for witnesses to come forward.",
        "He called on his mobile phone to say he was safe.",
    ],
)
def test_called_on_a_day_or_a_phone_urges_no_one(sentence: str) -> None:
    assert reports(sentence) == []

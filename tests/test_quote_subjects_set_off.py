"""Subjects read past what sits between them and the verb: a name after `whose` and a role, a
participle clause naming someone else (`chaired by`), a place opening the sentence, a body's name
set off after its description; a people's adjective or a place on the map is never the body in
focus. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.phrases import subject_after, subject_before
from bot.analyse.quotes.reported import report
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The motion was tabled by the Civic Alliance, whose housing spokeswoman Siobhan Kehoe "
         "said rents had risen by more than 40%.", "Siobhan Kehoe"),
        ("The jury, chaired by actress Lucia Barrenechea, said in its citation that the film was "
         "tender.", "jury"),
        ("In the village of Oke-Aro, farmer Comfort Adebayo, 49, said she had lost half her crop.",
         "Comfort Adebayo"),
        ("She earned $3.4 million in prize money, according to her management company, Rift "
         "Elite Sports.", "Rift Elite Sports"),
        # a sentence opened by a time, not a place: the name after it is the subject
        ("At the time Lord Woolf, the Lord Chief Justice, had said the cut would be rare.",
         "Woolf"),
    ],
)  # fmt: skip
def test_the_subject_behind_what_is_set_off(sentence: str, speaker: str) -> None:
    found = report(sentence)
    assert found is not None
    assert found[0].words[-1] == speaker.split()[-1]


def test_a_peoples_adjective_is_never_the_body_in_focus() -> None:
    quotes = speakers(
        "Faith Chepkemoi retired on Tuesday. She was managed by Rift Elite Sports.",
        "Kenyan athletics has been dogged by doping cases.",
        "More than 70 athletes are serving bans, according to its anti-doping agency.",
    )
    assert quotes == ["anti-doping agency"]


def test_a_place_on_the_map_is_never_the_airline() -> None:
    quotes = speakers(
        "Irish airline Corrib Air carried 2.1 million passengers in November.",
        "Bookings to the Canary Islands and Morocco rose by a fifth.",
        "The airline said it had cancelled 340 flights because of strikes in France.",
    )
    assert quotes == ["Corrib Air"]


def test_the_agent_of_asked_by_speaks_and_an_insider_needs_an_insider_word() -> None:
    asked = subject_before("Sanders was asked by host Bill Maher, who backs him, ")
    assert asked is not None
    assert asked.words == ("Bill", "Maher")
    democrat = subject_after("one well-connected Democrat familiar with the campaign.")
    assert democrat is not None
    assert democrat.words == ("Democrat",)

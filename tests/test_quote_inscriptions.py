"""Words a sign, a banner, a slogan or a headline bears are no one's quote, however speech-like
the verb (`a sign says "..."`, `its old slogan, "..."`), unless someone holds it up; a speaker
who talks about a poster still speaks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article

LEAD = "Aid workers say the camps along the river are full."


def quoted(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(LEAD, *paragraphs))]


@pytest.mark.parametrize(
    "sentence",
    [
        'A hand-painted sign at the gate of one camp says "No water since Tuesday".',
        'The firm\'s headquarters still bears its old slogan, "Energy forever", above the door.',
        'The paper ran the picture under the headline: "Harry the Nazi."',
    ],
)
def test_words_a_thing_bears_are_no_quote(sentence: str) -> None:
    assert quoted(sentence) == [("the camps along the river are full.", "Aid workers")]


def test_a_speaker_talking_about_a_poster_still_speaks() -> None:
    # (and a sign someone holds up bears their words: `test_quote_kinds`)
    assert quoted('Ivo Marsh said the poster was "not anti-Jewish, but anti-Tory".')[1:] == [
        ("not anti-Jewish, but anti-Tory", "Ivo Marsh")
    ]


def test_signs_of_a_turn_are_no_sign_bearing_words() -> None:
    assert quoted(
        'There are signs the economy is turning, Ivo Marsh said: "We are not out of the woods."'
    )[1:] == [("We are not out of the woods.", "Ivo Marsh")]

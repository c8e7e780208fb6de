"""A pronoun in a relative clause after a thing (`a pier, which he said was`) is the speaker:
the thing, a noun that only looks like a person's (`pier`, `tower`), says nothing."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker", "cue", "mention"),
    [
        (
            'Tom Ruiz sailed out to a pier, which he said was "the oldest on the coast".',
            "the oldest on the coast",
            "Tom Ruiz",
            "said",
            "he",
        ),
        (
            'Lena Holt rebuilt a tower, which she called "a folly of the old mayor".',
            "a folly of the old mayor",
            "Lena Holt",
            "called",
            "she",
        ),
    ],
)
def test_the_pronoun_after_which_speaks(
    sentence: str, quote: str, speaker: str, cue: str, mention: str
) -> None:
    quotes = extract_quotes(article("The town held a fair in May.", sentence))
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        (quote, speaker, cue, mention)
    ]

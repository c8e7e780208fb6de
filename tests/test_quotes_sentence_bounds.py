"""Place prefixes: the full stop of an abbreviation a place's name follows (`St. Louis`) ends no
sentence and breaks no name, so a quote's attribution is read whole."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.marks import sentence_bounds
from tests.test_quotes import found


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The choir sang in St. Louis on Friday. Nobody clapped.",
            ["The choir sang in St. Louis on Friday.", "Nobody clapped."],
        ),
        (
            "Two ferries left St. Petersburg late. Both came back.",
            ["Two ferries left St. Petersburg late.", "Both came back."],
        ),
        (
            "The bells of St. John's rang twice. Then the square went quiet.",
            ["The bells of St. John's rang twice.", "Then the square went quiet."],
        ),
        (
            "Hikers reached Mt. Hood before dawn. Ft. Worth was next.",
            ["Hikers reached Mt. Hood before dawn.", "Ft. Worth was next."],
        ),
    ],
)
def test_a_place_prefix_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_bounds_offsets_skip_a_place_prefix() -> None:
    assert sentence_bounds("We drove to St. Paul. It rained.") == ((0, 21), (22, 32))


def test_a_question_attributed_to_a_mayor_of_a_saints_town_is_hers() -> None:
    found_quotes = found('"Who pays for the new bridge?" St. Louis Mayor Ada Brook asked.')
    assert found_quotes == [("Who pays for the new bridge?", "Ada Brook", "direct")]


def test_a_saints_town_before_a_role_leaves_the_speaker_named_after_it() -> None:
    found_quotes = found('"We will rebuild the pier," said St. Louis Mayor Ada Brook.')
    assert found_quotes == [("We will rebuild the pier", "Ada Brook", "direct")]

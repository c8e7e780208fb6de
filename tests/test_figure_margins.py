"""By how much a side won: a margin of victory, not a count its subject owns."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Ashford beat Dover by four points on Saturday.", "four points",
         "Ashford margin of victory"),
        ("The grey mare pulled clear to win by a full six lengths.", "six lengths",
         "margin of victory"),
        ("She took a famous victory by 0.08 seconds.", "0.08 seconds", "margin of victory"),
        ("The motion was defeated by 17 votes.", "17 votes", "margin of defeat"),
    ],
)  # fmt: skip
def test_a_number_after_a_win_and_by_is_the_margin(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_the_side_beaten_is_not_the_winner() -> None:
    sentence = "The young teacher beat former champion Ruth Kell by 30 metres."
    assert measure_of(sentence, "30 metres") == "margin of victory"


def test_a_number_after_by_with_no_win_is_no_margin() -> None:
    sentence = "Ashford cut its deficit by four points."
    assert measure_of(sentence, "four points") == "Ashford deficit"

"""Sums in a list share what the first one measures."""

from __future__ import annotations

import pytest

from bot.analyse.figures.listed_sums import first_in_list
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("number", "expected"),
    [("£2m", "earlier offers"), ("£3m", "earlier offers"), ("£6m", "earlier offers")],
)
def test_every_sum_of_a_list_measures_what_the_first_does(number: str, expected: str) -> None:
    sentence = "The club turned down earlier offers of £2m, £3m and £6m for its captain."
    assert measure_of(sentence, number) == expected


def test_only_a_list_of_sums_is_a_list() -> None:
    assert first_in_list("offers of £2m, £3m and £6m", 23) == 10
    assert first_in_list("offers of £2m, £3m and £6m", 15) == 10
    assert first_in_list("It cost £2m and took 6m hours", 21) is None

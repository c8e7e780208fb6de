"""Rates as part of a unit: `a year` and `per annum` divide the unit; an adverb of frequency
(`annually`, `every month`, `each week`) says how often something happens and stays out."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[str]:
    return [str(q.unit) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The glacier sheds 40 gigatonnes of ice every year.", "gigaton"),
        ("The mine ships 2 million tonnes annually.", "tonne"),
        ("The bakery bakes 500 loaves each day.", "loaves"),
        ("Subscribers pay $15 monthly for the service.", "USD"),
    ],
)
def test_adverb_of_frequency_is_no_rate(sentence: str, unit: str) -> None:
    assert units(sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The glacier sheds 40 gigatonnes of ice a year.", "gigaton per year"),
        ("The fund returned 6% per annum.", "percent per year"),
        ("The factory makes 800 bikes a week.", "bikes per week"),
        ("Tickets cost $20 per person.", "USD per person"),
    ],
)
def test_rate_after_a_or_per_divides_the_unit(sentence: str, unit: str) -> None:
    assert units(sentence) == [unit]

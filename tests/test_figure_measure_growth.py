"""A forecast of growth measures the growth of the economy its speaker speaks for."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a ministry or central bank speaks for its economy, not for itself
        ("The trade ministry said it expects 6% growth next year.", "6%", "economic growth"),
        ("Chile's central bank said it sees 3.5% growth in 2007.", "3.5%",
         "Chile's economic growth"),
        ("However, Kenya's treasury said it expects 5% growth.", "5%", "Kenya's economic growth"),
        # a named company's growth is its own
        ("Orvex Foods expects 8% growth next year.", "8%", "Orvex Foods growth"),
        # a title is no owner: whose it is comes before it
        ("Halvor's finance director said she expects 4% growth.", "4%", "Halvor's growth"),
        # a plural group of speakers owns no growth
        ("Grocers expect 3% growth this spring.", "3%", "growth"),
        # growth that says what of keeps it
        ("The carmaker expects 5% growth in sales.", "5%", "sales"),
    ],
)  # fmt: skip
def test_forecast_growth_is_whose(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected

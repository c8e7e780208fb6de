"""A duration measured by the verb that takes or spends it."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # what the time was taken for
        ("It took the council six years for the new bridge to open.", "six",
         "time for the new bridge to open"),
        ("The studio needed eight months to finish the sequel.", "eight",
         "time to finish the sequel"),
        # a second duration shares the verb through `but only`
        ("It took Pollard nearly ten years to win a first title but only two years to win "
         "the league.", "two years", "time to win the league"),
        # a named subject spends the time somewhere
        ("Kim Osei spent five weeks at the top of the chart last spring.", "five",
         "time Kim Osei spent at the top"),
        # a pronoun names nobody
        ("I spent three days in the clinic after the fall.", "three", "time spent in the clinic"),
        # a verb alone says too little
        ("It will take two years to build.", "two", ""),
    ],
)  # fmt: skip
def test_time_taken_or_spent(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected

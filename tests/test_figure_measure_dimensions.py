"""A length before a dimension word measures that dimension of its noun or subject."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Engineers say the 120 metre tall tower will open in May.", "120", "height of the tower"),
        ("The town built a 12-foot-high wall.", "12", "height of the wall"),
        ("Divers found a 40 km long reef.", "40", "length of the reef"),
        ("The old bridge is about 300 feet in length.", "300", "length of old bridge"),
    ],
)
def test_a_length_measures_the_dimension_it_names(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected

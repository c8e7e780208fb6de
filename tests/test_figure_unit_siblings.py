"""A bare number after a measure rate repeats its unit ("28 mpg in town and 35 on the motorway");
money and counts per period are not carried that way."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[str]:
    return [str(q.unit) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hatchback does 52 mpg in town and 61 on the motorway.", ["mile per gallon"] * 2),
        ("Gusts hit 110 km/h in Galway and 85 in Limerick.", ["kilometre per hour"] * 2),
        ("Pay rose to $18 an hour, while 12 staff left.", ["USD per hour", "staff"]),
        ("Fares are $9 a day, and 4 for children.", ["USD per day", ""]),
    ],
)
def test_bare_number_repeats_a_measure_rate(sentence: str, expected: list[str]) -> None:
    assert units(sentence) == expected

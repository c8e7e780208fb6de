"""A person's height in feet and inches is one figure in inches; a length in feet and inches is
two figures, as the unit sets count it."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def heights(sentence: str) -> list[tuple[str, float, float | None, str]]:
    return [
        (sentence[q.start : q.end], q.value, q.upper, str(q.unit)) for q in quantities_in(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The goalkeeper is 6ft 3in.", [("6ft 3in", 75.0, None, "inch")]),
        ("He was 5 feet 10 inches tall.", [("5 feet 10 inches", 70.0, None, "inch")]),
        ("The 6-foot-8 centre blocked the shot.", [("6-foot-8", 80.0, None, "inch")]),
        ("She measured 4 ft 11 in at the clinic.", [("4 ft 11 in", 59.0, None, "inch")]),
    ],
)
def test_feet_and_inches_of_a_person_are_one_height(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert heights(sentence) == expected


def test_a_range_of_heights_keeps_both_ends_in_inches() -> None:
    sentence = "The suspects are between 5 feet 6 inches and 5 feet 11 inches tall."
    [(_, low, high, unit)] = heights(sentence)
    assert (low, high, unit) == (66.0, 71.0, "inch")


def test_a_length_in_feet_and_inches_stays_two_figures() -> None:
    assert heights("The boat is 14 ft 6 in long.") == [
        ("14 ft", 14.0, None, "foot"),
        ("6 in", 6.0, None, "inch"),
    ]

"""`pounds` and torque: a weight, British money, or a pound-foot of torque, told apart by how
the unit is spelled and by the words before the number."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.unit)) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The V6 makes 380 lb.-ft. of torque.", [(380.0, "foot pound-force")]),
        ("Its motor adds 210 lb ft.", [(210.0, "foot pound-force")]),
        ("Tighten the bolts to 90 ft-lbs.", [(90.0, "foot pound-force")]),
        ("The press applies 35 foot-pounds.", [(35.0, "foot pound-force")]),
        ("The hybrid delivers 320 pound feet of torque.", [(320.0, "pound-foot")]),
    ],
)
def test_torque_spellings(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The parcel weighs 4 pounds but postage costs 12 pounds.",
            [(4.0, "pound-mass"), (12.0, "GBP")],
        ),
        (
            "He was fined 300 pounds after he gained 15 pounds.",
            [(300.0, "GBP"), (15.0, "pound-mass")],
        ),
        ("The seats were sold for about 60 pounds each.", [(60.0, "GBP")]),
        ("The puppy weighed 9 pounds at birth.", [(9.0, "pound-mass")]),
    ],
)
def test_pounds_after_a_price_are_money(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected

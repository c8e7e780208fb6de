"""Words after a number that may or may not be money (`pounds`, `crowns`), energy per weight, and
a unit's symbol that is nobody's name."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence
from bot.figure_words import wording


def units(sentence: str) -> list[tuple[str, float, str]]:
    return [
        (f.text, round(f.value, 6), str(f.unit))
        for f in figures_in_sentence(sentence)
        if not f.minor
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council said it had since recovered about 800,000 pounds.",
            [("about 800,000 pounds", 800000.0, "GBP")],
        ),
        (
            "Hourly fees in the town's car parks will rise from 2 pounds to 2.40 pounds.",
            [("2 pounds to 2.40 pounds", 2.0, "GBP")],
        ),
        # a word of weight anywhere in the sentence keeps bare pounds a weight
        (
            "The boxer had to shed 9 pounds before the fight, costing him his purse.",
            [("shed 9 pounds", 9.0, "pound-mass")],
        ),
        (
            "The trawler landed 400 pounds of cod, worth more than it cost to fuel.",
            [("400 pounds", 400.0, "pound-mass")],
        ),
        # an investigation is no investment, and a load is weighed
        (
            "An inquiry found the plane had been overloaded by 700 pounds (320kg).",
            [("700 pounds", 700.0, "pound-mass"), ("320kg", 320.0, "kilogram")],
        ),
    ],
)
def test_bare_pounds_are_money_in_a_sentence_of_money(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Operating profit fell to 1.84 billion crowns from 2.09 billion.",
            [("1.84 billion crowns", 1.84e9, "crown"), ("2.09 billion", 2.09e9, "crown")],
        ),
        ("Its shares closed at 212 crowns.", [("212 crowns", 212.0, "crown")]),
        (
            "The deal is worth 40 billion Czech crowns.",
            [("40 billion Czech crowns", 4e10, "czech crown")],
        ),
        # a crown that is a thing is counted as one
        ("She has won three crowns in a row.", [("three crowns", 3.0, "crowns")]),
    ],
)
def test_crowns_are_money_when_scaled_or_priced(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert units(sentence) == expected


def test_crowns_read_as_money_and_own_their_measure() -> None:
    article = [["Nordvik Foods cut its forecast.", "Revenue rose to 14.2 billion crowns."]]
    [found] = [f for f in figures_in_article(article) if not f.minor]
    shown = wording(str(found.unit))
    assert shown is not None
    assert (found.measure, shown.plural, shown.money) == ("Nordvik Foods revenue", "crowns", True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cells store 300 watt-hours per kilogram.",
            ("300 watt-hours per kilogram", "watt hour per kilogram"),
        ),
        ("The farm made 40 megawatt-hours last week.", ("40 megawatt-hours", "megawatt hour")),
        ("It uses 250 Wh/kg cells.", ("250 Wh/kg", "watt hour per kilogram")),
    ],
)
def test_watt_hours_are_energy_not_watts(sentence: str, expected: tuple[str, str]) -> None:
    [found] = [f for f in figures_in_sentence(sentence) if not f.minor]
    assert (found.text, str(found.unit)) == expected


def test_a_unit_symbol_owns_no_measure_of_a_later_sentence() -> None:
    article = [
        ["The battery holds 75 kWh.", "Output was 1.2 terawatt-hours.", "It uses 250 Wh/kg cells."]
    ]
    measures = {f.text: f.measure for f in figures_in_article(article) if not f.minor}
    assert measures == {"75 kWh": "battery", "1.2 terawatt-hours": "Output", "250 Wh/kg": "cells"}

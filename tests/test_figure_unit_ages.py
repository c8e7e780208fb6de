"""An age in apposition after a person's name, closed by a comma, a semicolon, a dash or the end
of the sentence."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.unit)) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The winners were Maria Lopez, 31; Tom Baker, 45; and Ravi Shah, 28.",
            [(31.0, "year of age"), (45.0, "year of age"), (28.0, "year of age")],
        ),
        ("Police named the driver as Peter Hall, 58.", [(58.0, "year of age")]),
        ("The pilot, 44 -- a former RAF officer -- landed safely.", [(44.0, "year of age")]),
    ],
)
def test_age_in_apposition_closed_by_other_than_a_comma(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


def test_number_after_a_lone_place_name_is_no_age() -> None:
    assert units("Turnout was lowest in Wales, 52.") == [(52.0, "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The poet died at 87 in Dublin.", [(87.0, "year of age")]),
        ("The singer dies at 64 .", [(64.0, "year of age")]),
        ("Okafor, now 29, plays in Spain.", [(29.0, "year of age")]),
        ("The shop closed at 9 every night.", [(9.0, "")]),
    ],
)
def test_age_at_death_and_age_now(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The boat is 22 ft 6 in overall.", [(22.0, "foot"), (6.0, "inch")]),
        ("The doorway measures 7 feet 2 in height terms.", [(7.0, "foot"), (2.0, "inch")]),
    ],
)
def test_inches_spelled_in_after_feet(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police are looking for two men in their 50s.", [(2.0, "men"), (50.0, "year of age")]),
        ("A woman in her late 70s was hurt.", [(70.0, "year of age")]),
        ("The driver, a man in his mid-30s, fled.", [(30.0, "year of age")]),
    ],
)
def test_a_decade_of_someone_s_life_is_an_age(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["Songs of the 1960s still sell.", "In the 80s the town grew.", "Highs in the 30s."]
)
def test_a_decade_of_history_or_weather_is_no_age(sentence: str) -> None:
    assert units(sentence) == []

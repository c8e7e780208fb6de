"""Numbers and units: word numbers, fractions, scales, currencies and measure names."""

from __future__ import annotations

import pytest

from bot.analyse.figures import currencies, numbers, units
from bot.analyse.figures.counted import counted_noun
from bot.analyse.figures.quantities import quantities_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3.0),
        ("twenty-five", 25.0),
        ("three million", 3e6),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("a hundred", 100.0),
        ("two and a half", 2.5),
        ("twenty-eight thousand six hundred forty-two", 28642.0),
        ("apple", None),
    ],
)
def test_numbers_words_value(text: str, value: float | None) -> None:
    assert numbers.words_value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("two-thirds", 0.6667), ("a quarter", 0.25), ("half", 0.5), ("three fifths", 0.6)],
)
def test_numbers_fraction_value(text: str, value: float) -> None:
    assert numbers.fraction_value(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"), [("5,000", 5000.0), (".5", 0.5), ("1,234.56", 1234.56), ("42", 42.0)]
)
def test_numbers_digits_value(text: str, value: float) -> None:
    assert numbers.digits_value(text) == value


@pytest.mark.parametrize(
    ("word", "scale"), [("bn", 1e9), ("m", 1e6), ("K", 1e3), ("trillion", 1e12), (None, 1.0)]
)
def test_numbers_scale_value(word: str | None, scale: float) -> None:
    assert numbers.scale_value(word) == scale


@pytest.mark.parametrize(
    ("surface", "code"),
    [("$5", "USD"), ("US$5", "USD"), ("HK $3", "HKD"), ("£1", "GBP"), ("€2", "EUR"),
     ("A$7", "AUD"), ("C $6", "CAD"), ("¥9", "JPY"), ("₽3", "RUB"), ("PS6m", "GBP")],
)  # fmt: skip
def test_numbers_prefix_currency(surface: str, code: str) -> None:
    assert currencies.prefix_currency(surface) == code


def test_numbers_a_currency_is_known_by_its_code() -> None:
    sums = quantities_in("It cost HK$3.7 billion, 40% more, over 12 km.")
    assert [(q.unit, currencies.is_currency_code(q.unit)) for q in sums] == [
        ("HKD", True),
        ("percent", False),
        ("kilometre", False),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (" per cent", "percent"),
        ("%", "percent"),
        ("km/h", "kilometre per hour"),
        (" square metres", "square metre"),
        ("GB", "gigabyte"),
        ("G", "G"),
        ("g", "gram"),
        (" degrees Celsius", "celsius"),
        ("-year-old", "year of age"),
        (" times", "times"),
    ],
)
def test_numbers_measure_names(text: str, unit: str) -> None:
    found = units.measure_at(text, 0)
    assert found is not None
    assert found[0] == unit


def test_numbers_lone_letter_after_a_space_is_no_unit() -> None:
    assert units.measure_at(" G is a letter", 0) is None


@pytest.mark.parametrize(
    ("number", "rest", "noun"),
    [
        ("5,000", " students in Russia", "students"),
        ("two", " cosmetics labels", "cosmetics labels"),
        ("eight", " more picks", "picks"),
        ("4.3M", " digital and physical sales", "digital and physical sales"),
        ("a 12", " page document", "page document"),
        ("a three", " course meal and wine", "course meal"),
        ("15", " were hurt", None),
    ],
)
def test_numbers_counted_noun(number: str, rest: str, noun: str | None) -> None:
    found = counted_noun(number + rest, len(number), singular=False)
    assert (found[0] if found else None) == noun

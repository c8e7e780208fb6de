"""Currency prefixes as some papers write them (`AUS$`, `Can$`, `SFr`, `Skr`, `Rmb`) and a bare
`m` after a number that is metres by the word after it (`a 3,000m record`, `50m taller`)."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.unit)) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The club signed a deal worth AUS$12 million.", (12e6, "AUD")),
        ("The province spent Can$45m on roads.", (45e6, "CAD")),
        ("The bank set aside SFr 2.4bn for fines.", (2.4e9, "CHF")),
        ("Ericsson earned Skr 7bn in the quarter.", (7e9, "SEK")),
        ("Equinor paid Nkr 20bn in tax.", (20e9, "NOK")),
        ("Carlsberg made Dkr 6bn.", (6e9, "DKK")),
        ("The plant cost Rmb 3.5bn.", (3.5e9, "CNY")),
    ],
)
def test_currency_prefixes_of_the_financial_press(
    sentence: str, expected: tuple[float, str]
) -> None:
    [(value, unit)] = units(sentence)
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She broke the 5,000m record in Oslo.", (5000.0, "metre")),
        ("The new spire is 40m taller than its rival.", (40.0, "metre")),
        ("Runners did laps of the 400m track.", (400.0, "metre")),
        ("Profits came in 5m higher than forecast.", (5e6, "")),
    ],
)
def test_bare_m_is_metres_by_the_word_after_it(sentence: str, expected: tuple[float, str]) -> None:
    assert units(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The laptop has 16gb of memory and a 2tb disk.", [(16.0, "gigabyte"), (2.0, "terabyte")]),
        (
            "the diesel makes 180 hp and 420 nm of torque.",
            [(180.0, "horsepower"), (420.0, "newton metre")],
        ),
        ("The chip is made on a 3 nm process.", [(3.0, "nanometre")]),
    ],
)
def test_lower_case_storage_and_torque(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert units(sentence) == expected

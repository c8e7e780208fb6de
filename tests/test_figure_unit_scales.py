"""Scale words written one after another multiply: `lakh crore` is 1e5 x 1e7, while `two million
three hundred thousand` still adds its parts."""

from __future__ import annotations

import pytest

from bot.analyse.figures import numbers
from bot.analyse.figures.quantities import quantities_in


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("lakh crore", 1e12),
        ("three lakh crore", 3e12),
        ("thousand crore", 1e10),
        ("two million three hundred thousand", 2_300_000.0),
        ("one hundred and five", 105.0),
    ],
)
def test_stacked_scale_words(words: str, value: float) -> None:
    assert numbers.words_value(words) == pytest.approx(value)


def test_stacked_scale_after_digits() -> None:
    [quantity] = quantities_in("The budget sets aside Rs 2.5 lakh crore for railways.")
    assert (quantity.value, quantity.unit) == (pytest.approx(2.5e12), "INR")

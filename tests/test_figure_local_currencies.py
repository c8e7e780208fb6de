"""A currency name many countries share, written bare, is the currency of the country the
article is about (`pesos` in a Manila story are Philippine pesos); a name given with its
country, or an article about the default's own country, reads as written. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article


def units(*paragraphs: str) -> list[tuple[str, str]]:
    found = figures_in_article([[p] for p in paragraphs])
    return [(f.text, str(f.unit)) for f in found if not f.minor]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("MANILA - The Philippine league fined coach Ramon Cayan 20,000 pesos on Friday.",),
         [("20,000 pesos", "PHP")]),
        (("Colombia's budget for next year sets aside 24.2 trillion pesos for the poor.",),
         [("24.2 trillion pesos", "COP")]),
        (("Sri Lanka's banks hold 25bn rupees of loans in the disaster zone.",),
         [("25bn rupees", "LKR")]),
        (("Fuel in Lahore now costs 280 rupees a litre, Pakistan's oil regulator said.",),
         [("280 rupees a litre", "PKR per litre")]),
    ],
)  # fmt: skip
def test_a_bare_shared_currency_is_the_articles_countrys(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert units(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The Mexican central bank said the fine would be 20,000 pesos.",),
         [("20,000 pesos", "MXN")]),
        (("Argentine exporters were paid in Mexican pesos, 90,000 Mexican pesos in all.",),
         [("90,000 Mexican pesos", "MXN")]),
        (("An Indian firm will invest 500 rupees a share in a Sri Lanka venture.",),
         [("500 rupees a share", "INR per share")]),
    ],
)  # fmt: skip
def test_a_named_currency_or_the_defaults_own_country_reads_as_written(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert units(*paragraphs) == expected


def test_a_country_word_inside_another_name_is_not_that_country() -> None:
    assert units(
        "Colombo's port handled 500 million rupees of goods from the Indian Ocean trade."
    ) == [("500 million rupees", "LKR")]

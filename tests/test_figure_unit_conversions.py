"""A bare sum restated in brackets in another currency takes the currency of the sum before it
that is restated the same way; without such a sibling it stays without a unit."""

from __future__ import annotations

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.unit)) for q in quantities_in(sentence)]


def test_bare_sum_with_a_conversion_takes_the_currency_of_its_sibling() -> None:
    sentence = (
        "The flat costs 4,200,000 kronor ($400,000) in the centre and 3,100,000 ($295,000) "
        "with 2 bedrooms in the suburbs."
    )
    assert units(sentence) == [
        (4_200_000.0, "SEK"),
        (400_000.0, "USD"),
        (3_100_000.0, "SEK"),
        (295_000.0, "USD"),
        (2.0, "bedrooms"),
    ]


def test_sum_with_a_conversion_never_takes_a_counted_noun() -> None:
    sentence = (
        "The 3 door model sells for 18,000 euros ($19,500) and 16,500 (about $17,900) in Lisbon."
    )
    assert units(sentence)[3] == (16_500.0, "EUR")


def test_bare_sum_with_a_conversion_and_no_sibling_stays_bare() -> None:
    assert units("Their fortune grew to 2.1 billion ($2.7bn).") == [(2.1e9, ""), (2.7e9, "USD")]

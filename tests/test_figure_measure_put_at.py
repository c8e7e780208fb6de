"""What a figure is put at, and the same amount restated in another unit without a bracket."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_the_object_of_a_verb_of_estimating_is_the_measure() -> None:
    sentence = "Court papers put the singer's yearly income at nearly $4 million."
    assert measures(sentence) == [("nearly $4 million", "singer's yearly income")]


def test_a_valued_thing_measures_its_valuation() -> None:
    assert measures("Investors valued the start-up at $300 million.") == [
        ("$300 million", "start-up valuation")
    ]


def test_a_sum_restated_after_worth_keeps_the_measure() -> None:
    sentence = "His monthly pension is 90,000 rubles -- worth about $1,500 today."
    assert measures(sentence) == [
        ("90,000 rubles", "monthly pension"),
        ("about $1,500", "monthly pension"),
    ]


def test_a_length_restated_after_or_keeps_the_measure() -> None:
    sentence = "The jet has a range of about 2,000 nautical miles or 3,700 kilometers."
    assert measures(sentence) == [
        ("about 2,000 nautical miles", "jet range"),
        ("3,700 kilometers", "jet range"),
    ]


def test_a_share_after_or_is_no_restated_sum() -> None:
    assert measures("Profit rose by $5 million, or 20%.") == [
        ("rose by $5 million", "Profit"),
        ("20%", "Profit"),
    ]

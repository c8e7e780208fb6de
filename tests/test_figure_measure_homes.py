"""People a place is home to are its population."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_people_a_town_is_home_to_are_its_population() -> None:
    assert measures("Harlow is home to roughly 90,000 residents.") == [
        ("roughly 90,000 residents", "population of Harlow")
    ]


def test_an_aside_between_commas_is_passed_over() -> None:
    sentence = "The old port of Tyre, while rich in history, is home to more than 60,000 people."
    assert measures(sentence) == [("more than 60,000 people", "population of old port of Tyre")]


def test_a_place_that_will_be_home_is_the_same() -> None:
    sentence = "The new town could one day be home to 2 million people."
    assert measures(sentence) == [("2 million people", "population of new town")]


def test_animals_a_place_is_home_to_are_no_population() -> None:
    assert measures("The reserve is home to 40 lions.") == [("40 lions", "reserve lions")]

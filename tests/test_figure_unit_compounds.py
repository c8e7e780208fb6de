"""Numbers hyphenated to the noun after them: the length of a penalty or journey, how many times
someone won and the size of a group are figures; a compound that only describes its noun is not."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, str, str]]:
    found = [f for f in figures_in_sentence(sentence) if not f.minor]
    return [(f.text, f.value, str(f.unit), f.measure) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The driver got a three-month suspended sentence.",
         [("three-month", 3.0, "month", "suspended sentence")]),
        ("They could face a 10-year prison term.", [("10-year", 10.0, "year", "prison term")]),
        ("The crew ended a two-week voyage in Oslo.", [("two-week", 2.0, "week", "voyage")]),
        ("It was a four-hour drive to the coast.", [("four-hour", 4.0, "hour", "drive")]),
    ],
)  # fmt: skip
def test_the_length_of_a_penalty_or_journey_is_a_figure(
    sentence: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert figures(sentence) == expected


def test_how_many_times_someone_won_is_a_figure() -> None:
    [(text, value, unit, _measure)] = figures("The three-time winner returns in May.")
    assert (text, value, unit) == ("three-time", 3.0, "times")


def test_the_size_of_a_group_is_a_figure() -> None:
    [(text, value, unit, _measure)] = figures("A five-person jury heard the case.")
    assert (text, value, unit) == ("five-person", 5.0, "person")


@pytest.mark.parametrize(
    "sentence",
    [
        "The club agreed a three-year deal with its coach.",
        "She backs a ten-year plan for the city.",
        "They rent a three-bed flat.",
        "He works full-time at a one-time rival.",
    ],
)
def test_a_compound_that_describes_its_noun_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []

"""Numbers that are clock times, days of a month or telephone numbers, written beside numbers
that are figures: the hour a time runs from, the later day of a range, an emergency line."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in figures_in_sentence(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial was listed for between April 8 and 12.",
        "The festival runs June 3 to 5, 2016 in Leeds.",
        "Voting is open from May 2 through 9 this year.",
        "We got home at 3 or 4 a.m. on Sunday.",
        "The webinar is on Thursday, from 3 to 3:30 p.m. ET.",
        "Doors are open between 9 and 10pm on Fridays.",
        "She made a 911 call just before dawn.",
        "The 999 operator kept him on the line.",
        "He called 911 after the crash.",
        "The driver dialled 999 from the verge.",
        "They rang 112 at once.",
    ],
)
def test_times_days_and_emergency_lines_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_day_range_after_a_month_does_not_swallow_a_count() -> None:
    assert figures("Between March 10 and 17 people were hurt.") == [("17 people", 17.0, "people")]


def test_an_hour_range_keeps_the_figures_around_it() -> None:
    assert figures("From 9 to 11 a.m. some 40 guests left.") == [("some 40 guests", 40.0, "guests")]


def test_a_count_beside_a_call_of_its_own_is_kept() -> None:
    assert figures("They took 911 calls in a day.") == [("911 calls", 911.0, "calls")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cuts will hit the 112 services the council runs.", ("112 services", 112.0, "services")),
        ("The 999 callers were all connected.", ("999 callers", 999.0, "callers")),
    ],
)
def test_an_emergency_number_followed_by_a_plural_after_the_is_a_count(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence", ["The shop reopens on Monday. #40517", "#1 plays #16 in each group."]
)
def test_a_number_after_a_hash_is_a_tag_or_a_rank(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Scientists may one day carry people through space.",
        "And then one day I realised something.",
        "One day, I woke up in a new city.",
    ],
)
def test_one_day_that_means_some_day_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("The strike lasted one day.", "one day"), ("One day later, the talks ended.", "One day")],
)
def test_one_day_as_a_duration_stays(sentence: str, text: str) -> None:
    assert figures(sentence) == [(text, 1.0, "day")]

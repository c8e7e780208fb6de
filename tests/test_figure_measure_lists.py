"""Sums in a list share what the first one measures."""

from __future__ import annotations

import pytest

from bot.analyse.figures.listed_sums import first_in_list
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("number", "expected"),
    [("£2m", "earlier offers"), ("£3m", "earlier offers"), ("£6m", "earlier offers")],
)
def test_every_sum_of_a_list_measures_what_the_first_does(number: str, expected: str) -> None:
    sentence = "The club turned down earlier offers of £2m, £3m and £6m for its captain."
    assert measure_of(sentence, number) == expected


def test_only_a_list_of_sums_is_a_list() -> None:
    assert first_in_list("offers of £2m, £3m and £6m", 23) == 10
    assert first_in_list("offers of £2m, £3m and £6m", 15) == 10
    assert first_in_list("It cost £2m and took 6m hours", 21) is None


def _sum_span(sentence: str, number: str) -> tuple[int, int]:
    start = sentence.index(number)
    return start, start + len(number)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The cottage sold for £300,000, £15,000 above the asking price.", "£15,000"),
        ("Leeds paid £30m, £4m more than Everton bid.", "£4m"),
        ("Profit was £6m and £2m went on bonuses.", "£2m"),
    ],
)
def test_a_sum_that_compares_or_opens_a_clause_is_no_list_member(
    sentence: str, number: str
) -> None:
    assert first_in_list(sentence, *_sum_span(sentence, number)) is None


def test_a_middle_member_is_followed_by_the_next() -> None:
    sentence = "Bids of £2m, £3m and £6m came in."
    assert first_in_list(sentence, *_sum_span(sentence, "£3m")) == 8
    assert first_in_list(sentence, *_sum_span(sentence, "£6m")) == 8


def test_a_sum_after_a_sum_in_a_new_clause_keeps_its_own_measure() -> None:
    assert measure_of("Profit was £6m and £2m went on bonuses.", "£2m") == ""
    assert measure_of("Tenders of £9m and £7m arrived late.", "£7m") == "Tenders"

"""twins: one entry per statement or fact across outlets, and no echoes within an article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.twins import figure_likeness, merge_figures, merge_reported, overlap
from tests.factories import make_figure, make_quote


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("We will cooperate closely.", "We are ready for close cooperation.", 1.0),
        ("Trade grew.", "Exports fell.", 0.0),
        ("the of and", "anything", 0.0),
        ("BRICS is not a military alliance", "BRICS is a platform", 0.5),
    ],
)
def test_twins_overlap_counts_shared_word_stems(first: str, second: str, expected: float) -> None:
    assert overlap(first, second) == expected


def test_twins_pair_each_quote_with_its_closest_twin_not_the_first() -> None:
    trade = make_quote("a", "Trade grew by a quarter.", sources=("a", "b"))
    visits = make_quote("a", "Students will visit Moscow.", sources=("a", "b"))
    twin = make_quote("b", "Moscow will welcome more students.", sources=("b", "a"))
    assert merge_reported([trade, visits, twin]) == (trade, visits)


def test_twins_keep_a_quote_whose_twin_is_not_among_the_results() -> None:
    trade = make_quote("a", "Trade grew by a quarter.", sources=("a", "b"))
    other = make_quote("b", "Students will visit Moscow.", sources=("b", "a"))
    assert merge_reported([trade, other]) == (trade, other)


def test_twins_direct_wording_replaces_a_fragment_where_the_fragment_stood() -> None:
    fragment = make_quote("a", "strong and independent", kind="fragment", sources=("a", "b"))
    first = make_quote("a", "Other words entirely.")
    direct = make_quote("b", "We want it strong and independent.", sources=("b", "a"))
    assert merge_reported([fragment, first, direct]) == (direct, first)


def test_twins_drop_a_fragment_its_own_article_quotes_in_full() -> None:
    full = make_quote("a", "BRICS is an organisation, not a military alliance.")
    echo = make_quote("a", "military alliance.", kind="fragment")
    other = make_quote("b", "military alliance.", kind="fragment")
    assert merge_reported([full, echo, other]) == (full, other)


def test_twins_show_one_sentence_once_for_its_fragments() -> None:
    said = "It sees BRICS as “a majority” thanks to “its prospects.”"
    first = replace(make_quote("a", "a majority", kind="fragment"), context=said)
    second = replace(make_quote("a", "its prospects", kind="fragment"), context=said)
    assert merge_reported([first, second]) == (first,)


def test_twins_figures_pair_by_unit_and_value_and_keep_the_fuller_measure() -> None:
    short = make_figure("a", "up 25%", 25.0, "percent", "exchanges", sources=("a", "b"))
    year = make_figure("a", "in 2024", 2024.0, "year", "Argentina joins")
    full = make_figure("b", "up 25%", 25.0, "percent", "trade with Latin America",
                       sources=("b", "a"))  # fmt: skip
    assert merge_figures([short, year, full]) == (full, year)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(2.3, "times", 0.935), (2.0, "percent", 0.0), (0.5, "times", 0.25)],
)
def test_twins_figure_likeness_weighs_value_and_unit(
    value: float, unit: str, expected: float
) -> None:
    doubled = make_figure("a", "doubled", 2.0, "times", "Russian exports")
    other = make_figure("b", "x", value, unit, "Russian exports")
    assert round(figure_likeness(doubled, other), 3) == expected


def test_twins_figures_prefer_the_exact_value_when_measures_match() -> None:
    rough = make_figure("a", "more than doubled", 2.0, "times", "Russian exports",
                        qualifier="more than", sources=("a", "b"))  # fmt: skip
    exact = make_figure("b", "2.3 times", 2.3, "times", "Russian exports", sources=("b", "a"))
    assert merge_figures([rough, exact]) == (exact,)

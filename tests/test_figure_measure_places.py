"""Counted places by what their people did."""

from __future__ import annotations

import pytest

from bot.analyse.figures.readable import trimmed
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Asked about pay, a majority in 11 countries said they felt underpaid.", "11",
         "countries where a majority said they felt underpaid"),
        ("Voters in six states were unhappy with the result.", "six",
         "states where voters were unhappy with the result"),
        ("Those polled in four cities were divided.", "four",
         "cities where those polled were divided"),
        ("Support was high, compared with doctors in 12 regions who opposed the plan.", "12",
         "regions where doctors opposed the plan"),
        # no deed after the places: the other rules read it
        ("The chain has 40 stores in eight countries.", "eight", "countries"),
    ],
)  # fmt: skip
def test_counted_places_by_what_their_people_did(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_where_after_a_place_is_no_clause_to_cut() -> None:
    assert trimmed("countries where most were hopeful") == "countries where most were hopeful"
    assert trimmed("shares where it fell") == "shares"

"""Counted places by what their people did."""

from __future__ import annotations

import pytest

from bot.analyse.figures.counted_places import places_where
from bot.analyse.figures.quantities import quantities_in
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


@pytest.mark.parametrize(
    "sentence",
    ["Sales in 14 markets fell 5% last year.", "Rents in 12 cities rose 3% last year.",
     "Fares in 9 regions went up."],
)  # fmt: skip
def test_things_in_counted_places_are_no_people_of_them(sentence: str) -> None:
    places = next(q for q in quantities_in(sentence) if q.kind.endswith("-noun"))
    assert places_where(sentence, places) == ""


def test_people_in_counted_places_say_where() -> None:
    sentence = "Most voters in 9 states backed the plan."
    places = next(q for q in quantities_in(sentence) if q.kind.endswith("-noun"))
    assert places_where(sentence, places) == "states where most voters backed the plan"

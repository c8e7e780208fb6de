"""The level something is kept at, and a capitalised name that is no stand-in."""

from __future__ import annotations

import pytest

from bot.analyse.figures.clause_rules import kept_at
from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.quantities import quantities_in
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The Reserve Bank voted to keep its cash rate steady at 3.1% on Tuesday.", "3.1%",
         "cash rate"),
        ("Peru set its import tariff at 12% in March.", "12%", "Peru import tariff"),
        # a name with its article and the verb's helpers
        ("The Central Bank of Iceland has kept its main rate steady at 7.5%.", "7.5%",
         "Central Bank of Iceland main rate"),
        ("The Reserve Bank of Fiji is to cut its policy rate by 0.25%.", "0.25%",
         "Reserve Bank of Fiji policy rate"),
        ("The council held parking fees unchanged at £2 an hour.", "£2", "parking fees"),
        # `set to remain at` sets nothing: the level is its subject's
        ("Swiss mortgage rates are set to remain on hold at 2.2% this year.", "2.2%",
         "Swiss mortgage rates"),
    ],
)  # fmt: skip
def test_what_is_kept_at_a_level(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_capitalised_bank_is_a_name_not_the_company_in_focus() -> None:
    found = figures_in_article([[
        "Orvex Foods said sales fell 3%.",
        "Bank of Mercia shares rose 4.2% on the news.",
    ]])  # fmt: skip
    assert [f.measure for f in found] == ["Orvex Foods sales", "Bank of Mercia shares"]


@pytest.mark.parametrize(
    "sentence",
    ["She left school at 16 to work in a shop.", "He leaves home at 18 for college."],
)
def test_leaving_at_a_bare_number_keeps_no_level(sentence: str) -> None:
    age = next(q for q in quantities_in(sentence) if q.value in {16.0, 18.0})
    assert kept_at(sentence, age) == ""


def test_a_rate_left_at_a_level_is_kept() -> None:
    sentence = "The bank left its main rate at 4.5%."
    rate = quantities_in(sentence)[0]
    assert kept_at(sentence, rate) == "main rate"


def test_a_subject_past_a_place_aside_is_the_subject() -> None:
    sentence = "The market, in the city of Yiwu, covers 46 million square feet."
    assert measure_of(sentence, "46 million square feet") == "market"

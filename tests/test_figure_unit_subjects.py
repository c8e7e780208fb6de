"""Units that belong to one number only: a count that opens its own clause (`145 were dead`)
takes no unit from a time before it; a noun used as a modifier (`police officers`) keeps the noun
it modifies; currency codes written after the number."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def units(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in figures_in_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Some six hours later, 145 were dead.", "145"),
        ("After two days, 40 were rescued from the rubble.", "40"),
        ("It lies 5 km away, and 3 have been closed.", "3"),
    ],
)
def test_a_count_that_opens_its_clause_takes_no_unit_before_it(sentence: str, count: str) -> None:
    found = units(sentence)
    assert [(text, unit) for text, _, unit in found if text == count] == [(count, "")]


def test_a_count_after_a_counted_noun_still_shares_it() -> None:
    assert units("40 cars were sold, 30 were exported.") == [
        ("40 cars", 40.0, "cars"),
        ("30", 30.0, "cars"),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Two police officers were hurt.", "police officers"),
        ("Five police cars blocked the road.", "police cars"),
        ("It hired 40 staff members.", "staff members"),
        ("About 200 police arrived on Friday.", "police"),
    ],
)
def test_a_noun_used_as_a_modifier_keeps_its_head(sentence: str, unit: str) -> None:
    [(_, _, found)] = units(sentence)
    assert found == unit


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("A bridge could cost about 31.4 million pkr to finish.", 31_400_000.0, "pakistani rupee"),
        ("They paid 120 million TRY in fees.", 120_000_000.0, "turkish lira"),
        ("A room costs 45 thb a night.", 45.0, "thai baht per night"),
        ("The fine is 500 ZAR.", 500.0, "ZAR"),
        ("Tickets sell for 3,000 KRW.", 3000.0, "KRW"),
    ],
)
def test_a_currency_code_after_the_number(sentence: str, value: float, unit: str) -> None:
    [(_, found, found_unit)] = units(sentence)
    assert (found, found_unit) == (value, unit)


def test_a_code_that_is_an_english_word_needs_its_capitals() -> None:
    assert units("We let 20 try outs go.") == [("20 try outs", 20.0, "try outs")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Two U.S. officials confirmed it.", "U.S. officials"),
        ("They sent 20 U.N. peacekeepers.", "U.N. peacekeepers"),
    ],
)
def test_abbreviations_and_owners_without_apostrophes_in_a_counted_noun(
    sentence: str, unit: str
) -> None:
    [(_, _, found)] = units(sentence)
    assert found == unit


def test_ages_listed_after_the_word_ages() -> None:
    assert units("Her sons -- ages 17, 19 and 21 -- were stopped.") == [
        ("17", 17.0, "year of age"),
        ("19", 19.0, "year of age"),
        ("21", 21.0, "year of age"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "witnesses say he attacked omar reyes, 37, in a car park.",
        "lena ortiz, 23, was charged on monday.",
    ],
)
def test_an_age_between_commas_in_lower_case_text(sentence: str) -> None:
    [(_, _, unit)] = units(sentence)
    assert unit == "year of age"


def test_numbers_listed_between_commas_in_lower_case_are_no_ages() -> None:
    assert [unit for _, _, unit in units("the index rose to 12, 15, and 18.")] == ["", "", ""]


def test_a_runway_number_is_a_name() -> None:
    assert units("The jet stopped on Runway 13 in the snow.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Traffic on Route 66 is heavy.", []),
        ("Traffic on Highway 101 was slow.", []),
        ("Pilot Omar Reyes 38 has flown for years.", [("38", 38.0, "year of age")]),
    ],
)
def test_a_number_after_a_naming_noun_is_no_age(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert units(sentence) == expected

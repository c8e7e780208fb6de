"""Numbers that read as one with the words around them: a range of ages (`between the ages of
13 and 19`), a share of people by what they say (`4 in 10 say`) and the numbers that `the number
of` names the counted noun of (`the number of ferry users from 95,000 to 120,000`)."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, float | None, str]]:
    return [(q.value, q.upper, str(q.unit)) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The camp took boys and girls between the ages of 13 and 19.",
        "The players' ages ranged from 13 to 19.",
    ],
)
def test_a_range_of_ages_is_one_figure_in_years_of_age(sentence: str) -> None:
    assert units(sentence) == [(13.0, 19.0, "year of age")]


def test_two_ages_without_between_stay_two() -> None:
    assert units("Pupils sit the tests at the ages of 7 and 11.") == [
        (7.0, None, "year of age"),
        (11.0, None, "year of age"),
    ]


@pytest.mark.parametrize(
    ("sentence", "share"),
    [("In Harbourside, 4 in 10 say the ferry is too dear.", 0.4), ("6 in 10 back the plan.", 0.6)],
)
def test_a_share_of_people_by_what_they_say_is_a_fraction(sentence: str, share: float) -> None:
    assert units(sentence) == [(share, None, "fraction")]


def test_digits_in_a_count_of_games_are_no_share() -> None:
    assert units("Okafor scored 3 in 4 games.") == [(3.0, None, ""), (4.0, None, "games")]


def test_the_number_of_names_what_its_series_counts() -> None:
    sentence = "The port hopes to lift the number of ferry users from 95,000 to 120,000 by May."
    assert units(sentence) == [(95000.0, 120000.0, "ferry users")]
    sentence = "It wants the number of ferry users to rise from 9,500 to between 20,000 and 25,000."
    assert units(sentence) == [(9500.0, None, "ferry users"), (20000.0, 25000.0, "ferry users")]


def test_the_number_of_reaches_no_further_than_its_clause() -> None:
    assert units("The number of visitors rose, and 300 staff left.") == [(300.0, None, "staff")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About half were from Harbourside, and 35 were from Kenton.", [(0.5, None, "fraction"),
                                                                       (35.0, None, "")]),
        ("More than a quarter have bought tickets online.", [(0.25, None, "fraction")]),
    ],
)  # fmt: skip
def test_a_fraction_that_is_its_clauses_subject_is_a_figure(
    sentence: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert units(sentence) == expected


def test_the_second_half_is_no_fraction() -> None:
    assert units("In the second half were three goals.") == [(3.0, None, "goals")]


def test_what_someone_became_at_a_number_is_an_age() -> None:
    assert units("Ivo Marsh became an MP at 27 and Leader of the Council at 36.") == [
        (27.0, None, "year of age"),
        (36.0, None, "year of age"),
    ]
    assert units("He became Chairman at 10am.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The keeper was hit by three shots -- two to the chest and one to the arm.",
         [(3.0, None, "shots"), (2.0, None, "shots"), (1.0, None, "shots")]),
        ("We would need not 350 people but perhaps 150 or 200.",
         [(350.0, None, "people"), (150.0, None, "people"), (200.0, None, "people")]),
    ],
)  # fmt: skip
def test_counts_after_a_dash_or_but_count_the_same_things(
    sentence: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert units(sentence) == expected


def test_a_code_with_digits_opens_a_counted_noun_whole() -> None:
    assert units("Each user sends about one MP3 file a day.") == [(1.0, None, "MP3 file per day")]


def test_a_long_run_of_digits_and_commas_after_the_number_of_still_counts_its_noun() -> None:
    # each word of the gap is read on its own: a pattern over the gap took minutes here
    sentence = "The number of users rose " + "1," * 40 + "x to 40 last year."
    assert units(sentence)[0] == (1.0, None, "users")

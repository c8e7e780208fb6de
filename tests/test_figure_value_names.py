"""Numbers after a capitalised word that are counts all the same: an adverb opening the sentence,
a number word in lower case, a count with thousands separators; and the names they are not."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, float | None, str]]:
    return [(f.text, f.value, f.upper, f.unit) for f in figures_in_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Previously two suspects had been named.", ("two suspects", 2.0, None, "suspects")),
        ("Previously 15 arrests had been made.", ("15 arrests", 15.0, None, "arrests")),
        ("Officially 40 people were hurt.", ("40 people", 40.0, None, "people")),
        ("Fans in the U.S. 30,000 fans sent videos.", ("30,000 fans", 30000.0, None, "fans")),
        ("She told Amanpour two suspects were held.", ("two suspects", 2.0, None, "suspects")),
    ],
)
def test_counts_after_a_capitalised_word(
    sentence: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "He bought an iPhone 14 yesterday.",
        "The Apollo 11 crew landed.",
        "The Route 66 diner closed.",
    ],
)
def test_names_with_numbers_stay_names(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Scotland have lost 12 of their 14 games.", [("lost 12", 12.0, None, "games"),
                                                      ("14 games", 14.0, None, "games")]),
        ("They won two of their last three visits.", [("two", 2.0, None, "visits"),
                                                      ("three visits", 3.0, None, "visits")]),
    ],
)  # fmt: skip
def test_a_part_of_a_counted_group_shares_its_noun(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("She kicked a 35m penalty.", 35.0, "metre"),
        ("She survived a 30m fall.", 30.0, "metre"),
        ("The club paid 40m for him.", 40_000_000.0, ""),
        ("The debt reached 2 quadrillion yen.", 2e15, "JPY"),
    ],
)
def test_metres_and_scales(sentence: str, value: float, unit: str) -> None:
    [(_, found, _, found_unit)] = figures(sentence)
    assert (found, found_unit) == (pytest.approx(value), unit)


def test_ages_between_two_ends() -> None:
    found = figures("A quarter of citizens are aged between 10 and 24.")
    assert found[-1] == ("10 and 24", 10.0, 24.0, "year of age")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He weighs 15st 4lb.", [("15st", 15.0, None, "stone"), ("4lb", 4.0, None, "pound-mass")]),
        ("He weighs 11st.", [("11st", 11.0, None, "stone")]),
        ("He lost 3 stone in a year.", [("lost 3 stone", 3.0, None, "stone")]),
        ("They built 10 stone walls.", [("10 stone walls", 10.0, None, "stone walls")]),
        ("It was on the 21st and the 31st.", []),
    ],
)
def test_weights_in_stone_and_ordinals(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


def test_odds_keep_their_long_side() -> None:
    assert figures("The chance of a jackpot is 292 million to 1.")[0] == (
        "292 million",
        2.92e8,
        None,
        "",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rate fell from 4.8 to 4.7 percent.", [("4.8 to 4.7 percent", 4.8, 4.7, "percent")]),
        ("He served 10 to 15 years.", [("10 to 15 years", 10.0, 15.0, "year")]),
    ],
)
def test_a_falling_range_follows_from(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The contract is worth R5.2 billion.", [("R5.2 billion", 5.2e9, None, "ZAR")]),
        ("The firm lost R300m last year.", [("lost R300m", 3e8, None, "ZAR")]),
        ("The R2 road is shut.", []),
    ],
)
def test_the_rand_before_a_scaled_amount(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "value", "unit"),
    [
        ("The band earned £2m in 2017 and 3.5m in 2018.", "3.5m", 3_500_000.0, "GBP"),
        ("She won £1m and then ran 100m in 10 seconds.", "100m", 100.0, "metre"),
        ("The $5m pool is 50m long.", "50m", 50.0, "metre"),
        ("It sold for 2bn rand (£90m) and 1.2bn later.", "1.2bn", 1_200_000_000.0, ""),
    ],
)
def test_an_m_after_money_in_millions_is_more_millions(
    sentence: str, number: str, value: float, unit: str
) -> None:
    [found] = [(v, u) for text, v, _, u in figures(sentence) if text.endswith(number)]
    assert found == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 10\u202f000 people marched.", [("About 10\u202f000 people", 1e4, None, "people")]),
        ("About 10 000 people marched.", [("About 10 000 people", 1e4, None, "people")]),
        ("It cost 1 200 000 euros.", [("1 200 000 euros", 1.2e6, None, "EUR")]),
        ("On May 5 200 people came.", [("200 people", 200.0, None, "people")]),
        ("Call 020 7946 0958 now.", []),
    ],
)
def test_thousands_grouped_by_spaces(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds went through to the last 16 on penalties.",
        "A last-32 tie with Porto awaits them.",
        "The holders were knocked out in the round of 16.",
        "Leeds reached the last 16 on penalties.",
        "A place in the last 16 of the cup is the aim.",
        "The last-16 tie is in March.",
        "The holders won a last 16 slot for the third year running.",
        "He played in Sunday's last 16 singles defeat to the champion.",
        "Her goal came early in the second half of the match.",
        "He tired in the final half of the race.",
    ],
)
def test_a_stage_of_a_cup_or_a_half_of_a_game_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_the_last_sixteen_games_are_counted() -> None:
    assert figures("He has scored in the last 16 games.") == [("16 games", 16.0, None, "games")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over the last 16 miles of the course the leaders pulled away.", ("16 miles", "mile")),
        ("Only the last 16 survivors were brought ashore.", ("16 survivors", "survivors")),
        ("She has scored in the last 16 Premier League games.", ("16 Premier League games", None)),
        ("Among the injured: 7 Americans and 2 Canadians.", ("7 Americans", "Americans")),
        ("The final count was stark: 9 Marines died in the raid.", ("9 Marines", "Marines")),
    ],
)
def test_a_count_after_last_or_a_colon_is_a_figure(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    text, unit = expected
    found = [(t, str(u)) for t, _, _, u in figures(sentence)]
    assert found[0][0] == text
    if unit is not None:
        assert found[0][1] == unit


def test_every_count_after_a_colon_is_kept() -> None:
    assert [t for t, *_ in figures("Among the injured: 7 Americans and 2 Canadians.")] == [
        "7 Americans",
        "2 Canadians",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jordan Pickford: 7 Made a fine save late on.",
        "Luke Shaw: 5.5 Booked early on.",
        "Frenkie de Jong: 8 Ran the midfield all night.",
        "The keeper was solid. Joe Bloggs: 6 Quiet until the late goal.",
    ],
)
def test_a_player_s_mark_after_the_name_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_label_before_a_sum_still_gives_the_sum() -> None:
    assert figures("Entry fee: $45 for adults.")[0][1:3] == (45.0, None)

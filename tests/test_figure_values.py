"""Values written in the ways news writes them: spoken decimals, halves of a scale, Indian digit
groups, money ranges with the sign on both ends, and numbers that are no quantities at all."""

from __future__ import annotations

import pytest

from bot.analyse.figures import numbers
from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, float | None, str]]:
    found = [f for f in figures_in_sentence(sentence) if not f.minor]
    return [(f.text, f.value, f.upper, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The deal is worth one point five million euros.", 1_500_000.0, "EUR"),
        ("Turnover reached twenty point two five billion dollars.", 20_250_000_000.0, "USD"),
        ("Revenue rose to two and a half billion dollars.", 2_500_000_000.0, "USD"),
        ("Two and a half million people voted.", 2_500_000.0, "people"),
        ("It costs quarter million us dollars.", 250_000.0, "USD"),
    ],
)
def test_spoken_numbers_keep_their_scale(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert found == pytest.approx(value)
    assert found_unit == unit


def test_at_one_point_is_a_moment_not_a_decimal() -> None:
    assert figures("At one point five players were injured.") == [
        ("five players", 5.0, None, "players")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one point five", 1.5),
        ("two point zero five", 2.05),
        ("three point two million", 3.2e6),
        ("a million and a half", 1.5e6),
        ("three million and a half", 3.5e6),
        ("a dozen and a half", 18.0),
        ("nine and a half", 9.5),
    ],
)
def test_numbers_spoken_decimal_value(text: str, value: float) -> None:
    assert numbers.words_value(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The bank has 12,34,567 customers.", 1_234_567.0, "customers"),
        ("He borrowed 1,00,000 rupees from a friend.", 100_000.0, "INR"),
        ("The flat sold for Rs 45,50,000 last year.", 4_550_000.0, "INR"),
    ],
)
def test_indian_digit_groups_are_one_number(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert found == value
    assert found_unit == unit


def test_two_digit_groups_without_a_thousands_group_stay_apart() -> None:
    assert [f[1] for f in figures("The judges gave 12,34,56 in the three rounds.")][:3] == [
        12.0,
        34.0,
        56.0,
    ]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Tickets cost £10-£15 at the door.", 10.0, 15.0, "GBP"),
        ("The budget is $10m-$12m.", 10e6, 12e6, "USD"),
        ("The bids were €5-€7bn.", 5e9, 7e9, "EUR"),
        ("The deal is worth $5-10bn.", 5e9, 10e9, "USD"),
        ("Tickets cost $5-6 each.", 5.0, 6.0, "USD"),
        ("Takings beat forecasts of $50 to 60 million.", 50e6, 60e6, "USD"),
        ("Growth will be 5%-10% next year.", 5.0, 10.0, "percent"),
    ],
)
def test_range_with_its_sign_on_one_or_both_ends(
    sentence: str, low: float, high: float, unit: str
) -> None:
    [(_text, value, upper, found_unit)] = figures(sentence)
    assert (value, upper, found_unit) == (low, high, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "For bookings call +1 866 347 4012 today.",
        "The lodge answers on +505 2558 7652 (hotel).",
        "The hostel is on +84 9 3850 0997 .",
        "Please contact the helpline at 1-800-273-8255.",
        "Call (212) 555-0123 or 212-555-0199 for tickets.",
    ],
)
def test_phone_numbers_are_no_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_signed_change_is_no_phone_number() -> None:
    assert figures("Shares rose +1.5% and then +2 points.") == [
        ("rose +1.5%", 1.5, None, "percent"),
        ("+2 points", 2.0, None, "point"),
    ]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The jobless rate fell to 4.5 from 4.7 percent.", (4.5, "percent"), (4.7, "percent")),
        ("Inflation rose to 3.1 from 2.9% in May.", (3.1, "percent"), (2.9, "percent")),
        ("Growth slowed to 2.5 percent, from 3.", (2.5, "percent"), (3.0, "percent")),
        ("The DAX gained 2 percent but the Nasdaq fell by 1.", (2.0, "percent"), (1.0, "percent")),
        ("Its shares rose 4% on Monday and another 2 today.", (4.0, "percent"), (2.0, "percent")),
    ],
)
def test_a_bare_level_or_change_shares_its_neighbours_unit(
    sentence: str, first: tuple[float, str], second: tuple[float, str]
) -> None:
    assert [(value, unit) for _text, value, _upper, unit in figures(sentence)] == [first, second]


def test_a_change_and_its_base_share_no_unit() -> None:
    found = figures("Sales fell by 23% from 36,185 to 28,041.")
    assert [(value, upper, unit) for _text, value, upper, unit in found] == [
        (23.0, None, "percent"),
        (36185.0, 28041.0, ""),
    ]


def test_a_count_after_a_percentage_change_keeps_its_noun() -> None:
    assert [unit for *_rest, unit in figures("Shares rose 5% after the firm cut 300 jobs.")] == [
        "percent",
        "jobs",
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The meal cost ₺250 in Istanbul.", 250.0, "turkish lira"),
        ("A bowl of pho costs 40,000₫ there.", 40_000.0, "vietnamese đồng"),
        ("The ferry ticket was 300 ₱ each way.", 300.0, "philippine peso"),
        ("A night in the hostel is ₴500.", 500.0, "ukrainian hryvnia"),
    ],
)
def test_currency_signs_before_or_after_the_number(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The tower is 300 m tall.", 300.0, "metre"),
        ("The plot is 20 m by 30 m.", 20.0, "metre"),
        ("The label sold 5 m copies of the album.", 5e6, "copies"),
        ("The club paid $5 m for the striker.", 5e6, "USD"),
        ("The flat has 40 m^2 of floor space.", 40.0, "square metre"),
        ("The old cars reached about 80 m.p.h. on the track.", 80.0, "mile per hour"),
    ],
)
def test_a_spaced_m_is_metres_or_millions_by_what_follows(
    sentence: str, value: float, unit: str
) -> None:
    (_text, found, _upper, found_unit), *_rest = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("He walked half a mile to school.", 0.5, "mile"),
        ("The meeting lasted half an hour.", 0.5, "hour"),
        ("The farm is a quarter of a mile from the sea.", 0.25, "mile"),
        ("The Fed delivered a quarter-point rate cut.", 0.25, "point"),
        ("The bank raised rates by half a percentage point.", 0.5, "percentage point"),
        ("Yields rose three-quarters of a percentage point.", 0.75, "percentage point"),
        ("Half a dozen people came.", 6.0, "people"),
    ],
)
def test_a_fraction_of_one_unit_is_a_measure(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


def test_half_of_a_group_stays_a_fraction() -> None:
    assert figures("The firm sold half its stake.") == [("half", 0.5, None, "fraction")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Light travels at 3 x 10^8 metres per second.", 3e8, "metre per second"),
        ("The particle is 1.2e-7 metres across.", 1.2e-7, "metre"),
        ("Avogadro's number is 6.02\u00d710²³.", 6.02e23, ""),
    ],
)
def test_powers_of_ten_are_one_number(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert found == pytest.approx(value)
    assert found_unit == unit


def test_a_multiplication_of_plain_numbers_is_no_power() -> None:
    assert [value for _text, value, _upper, _unit in figures("He scored 10 x 10 points.")] == [
        10.0,
        10.0,
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The temple was built between A.D. 1000 and 1260 by the Popolocas.",
        "Vesuvius buried the town in AD 79.",
        "The colony was founded in 500 BC.",
        "The mansion at 9 E 71st St is for sale.",
        "He kept a flat at 22 Ave Foch in Paris.",
        "The detective lived at 221B Baker Street.",
    ],
)
def test_era_years_and_addresses_are_no_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_an_old_year_after_in_is_a_date() -> None:
    found = figures_in_sentence("He was wounded at the Battle of Lepanto in 1571.")
    assert [(f.value, f.kind) for f in found] == [(1571.0, "year")]


def test_an_old_looking_count_with_its_noun_stays_a_count() -> None:
    assert figures("The ferry carried 1200 passengers.") == [
        ("1200 passengers", 1200.0, None, "passengers")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["He had no hit on the charts since '57, nor had the others.", "The '90s were loud."],
)
def test_a_year_cut_to_two_digits_is_no_figure(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "inches"),
    [("He is 6' 9\" tall.", 81.0), ("The squad includes 6' 11\" Karl-Anthony Towns.", 83.0)],
)
def test_a_height_in_feet_and_inches_is_one_height_in_inches(sentence: str, inches: float) -> None:
    assert [(unit, value) for _text, value, _upper, unit in figures(sentence)] == [("inch", inches)]


def test_an_average_of_an_old_looking_number_is_no_year() -> None:
    found = figures_in_sentence("Car prices will go up by an average of 1500.")
    assert [(f.value, f.kind) for f in found] == [(1500.0, "number")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ticket costs 15 dollars 50.", 15.5),
        ("The ticket costs 15 dollars and 50.", 15.5),
        ("The fare was only thirteen dollars forty five", 13.45),
        ("He paid £5 and 50p.", 5.5),
    ],
)
def test_the_cents_of_a_spelled_amount(sentence: str, value: float) -> None:
    [(_text, found, _upper, _unit)] = figures(sentence)
    assert found == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    ["He paid 20 euros and 15 of them were fakes.", "Tickets cost $3 and 50 were sold."],
)
def test_a_count_after_an_amount_is_no_cents(sentence: str) -> None:
    assert len(figures_in_sentence(sentence)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop opens at 9 and closes at 5.",
        "The match kicks off at 8 on Saturday.",
        "He woke at 6 and left at 7.30.",
        "We met at 9 o'clock.",
    ],
)
def test_clock_times_without_am_or_pm_are_no_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The index opened at 7,400.", 7400.0), ("The race starts at 10 laps a day.", 10.0)],
)
def test_a_level_after_a_start_verb_is_still_a_figure(sentence: str, value: float) -> None:
    assert [found for _text, found, _upper, _unit in figures(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The contract is worth SEK 2.5 billion.", 2.5e9, "SEK"),
        ("Revenue was NOK 3bn in the year.", 3e9, "NOK"),
        ("The loan was TRY 500 million.", 5e8, "turkish lira"),
        ("The company lost 120 MEUR last year.", 1.2e8, "EUR"),
        ("Annual revenue is about MAUD 60 now.", 6e7, "AUD"),
        ("They lost 75 USD million in three years.", 7.5e7, "USD"),
        ("He paid 50 quid for the ticket.", 50.0, "GBP"),
        ("The ticket was 20 bucks.", 20.0, "USD"),
    ],
)
def test_currency_codes_before_after_and_with_their_scale(
    sentence: str, value: float, unit: str
) -> None:
    (_text, found, _upper, found_unit), *_rest = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Life expectancy for men in the city is around 73 today.", 73.0),
        ("The state pension age will rise to 67 next decade.", 67.0),
        ("The voting age is 16 in Scotland.", 16.0),
    ],
)
def test_a_bare_number_of_an_age_measure_is_an_age(sentence: str, value: float) -> None:
    assert [(found, unit) for _text, found, _upper, unit in figures(sentence)] == [
        (value, "year of age")
    ]


def test_a_change_of_life_expectancy_is_a_duration() -> None:
    assert [unit for *_rest, unit in figures("Life expectancy fell by 2 years.")] == ["year"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Diamonds score between 50 and 70 on the GPa scale.", "gigapascal"),
        ("The quake measured 7.8 on the Richter scale.", "magnitude"),
        ("He scored 4 on the happiness scale.", ""),
    ],
)
def test_a_number_on_a_named_scale_takes_its_unit(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("It was 30ºC in Seville.", "celsius"), ("The roof slopes at 45º.", "degree")],
)
def test_an_ordinal_sign_written_for_a_degree_sign(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The club hopes to add another pick or two.", "pick"),
        ("It may take an hour or two to confirm.", "hour"),
        ("Symptoms show in a day or two.", "day"),
    ],
)
def test_a_noun_before_or_counts_the_spelled_number_after_it(sentence: str, unit: str) -> None:
    found = [(f.value, f.unit) for f in figures_in_sentence(sentence)]
    assert found == [(2.0, unit)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Seven of those officers had minor injuries.", "officers"),
        ("Two of these new rules apply today.", "new rules"),
    ],
)
def test_a_part_of_a_named_group_counts_the_group_noun(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


def test_a_part_of_a_group_without_a_noun_stays_bare() -> None:
    assert [unit for *_rest, unit in figures("Two of those were hurt.")] == [""]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A $5,000 life insurance policy was the motive.", "USD"),
        ("He paid A$5,000 for the car.", "AUD"),
        ("He paid 5,000 reais for the car.", "BRL"),
    ],
)
def test_currency_prefixes_that_look_like_words(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


def test_real_as_an_adjective_is_no_currency() -> None:
    assert [f.unit for f in figures_in_sentence("They have one real horse in the race.")] == [
        "real horse"
    ]


@pytest.mark.parametrize("sentence", ["His iPhone 5C erupted in the heat.", "The Aries 1B flew."])
def test_a_capital_glued_to_a_model_number_is_no_unit(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_temperature_glued_to_its_capital_after_a_place() -> None:
    assert figures("In London it hit 35C on Monday.") == [("35C", 35.0, None, "celsius")]


def test_as_young_as_gives_an_age() -> None:
    assert figures("Children as young as 5, and older ones, worry.") == [
        ("5", 5.0, None, "year of age")
    ]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The rate went from 3 per cent in 2019 to 5 per cent in 2020.", 3.0, 5.0, "percent"),
        ("Sales fell from $5bn in 2019 to $4bn.", 5e9, 4e9, "USD"),
        ("Oil dropped from $75 per barrel to $45.88 in December.", 75.0, 45.88, "USD per barrel"),
    ],
)
def test_from_to_range_across_a_year_or_with_one_rate(
    sentence: str, low: float, high: float, unit: str
) -> None:
    [(_text, value, upper, found_unit)] = figures(sentence)
    assert (value, upper, found_unit) == (low, high, unit)


def test_a_place_between_from_and_to_makes_no_range() -> None:
    found = figures_in_sentence("It rose from 5% in 2019 to 2021 levels.")
    assert [(f.value, f.upper, f.kind) for f in found] == [
        (5.0, None, "number"),
        (2019.0, None, "year"),
        (2021.0, None, "year"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("1/3 of voters said no.", 0.3333, "fraction"),
        ("About 3/4 of the budget is spent.", 0.75, "fraction"),
        ("The trip took 2½ hours.", 2.5, "hour"),
        ("Add ½ teaspoon of salt.", 0.5, "teaspoon"),
    ],
)
def test_written_fractions_as_shares_or_amounts(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize("sentence", ["The 4K TV went on sale.", "The film was shot in 8K."])
def test_a_screen_resolution_is_no_thousand(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_thousand_written_as_k_with_money_stays_money() -> None:
    assert figures("He paid $4K for it.") == [("$4K", 4000.0, None, "USD")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The drug costs £800 a dose.", "GBP per dose"),
        ("Lessons cost $40 a session.", "USD per session"),
        ("The writer was paid $1 a word.", "USD per word"),
    ],
)
def test_a_price_per_a_thing_bought(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("3 out of 4 voters agreed.", 0.75),
        ("Now 1 in 5 adults smoke.", 0.2),
        ("The risk is 1 in 10,000.", 0.0001),
        ("Some 3 in every 4 voters agreed.", 0.75),
    ],
)
def test_shares_written_in_digits(sentence: str, value: float) -> None:
    assert [(found, unit) for _text, found, _upper, unit in figures(sentence)] == [
        (value, "fraction")
    ]


def test_a_count_in_a_number_of_games_is_no_share() -> None:
    assert [value for _text, value, _upper, _unit in figures("He scored 3 in 4 games.")] == [
        3.0,
        4.0,
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The post-9/11 security planning made sense then.", "After 9/11 the rules changed."],
)
def test_the_date_nine_eleven_is_no_figure(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_height_in_hyphenated_feet_and_inches() -> None:
    assert [(value, unit) for _text, value, _upper, unit in figures("He is 6-foot-9.")] == [
        (81.0, "inch")
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The trust gave 271,250 British pounds to the group.", "GBP"),
        ("The fund gave 120,000 pounds, or more than $180,000, to it.", "GBP"),
        ("The baby weighed 8 pounds.", "pound-mass"),
    ],
)
def test_pounds_are_money_when_named_british_or_restated_in_dollars(
    sentence: str, unit: str
) -> None:
    (_text, _value, _upper, found_unit), *_rest = figures(sentence)
    assert found_unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("We spend hundreds of pounds to attend the festival.", "GBP"),
        ("They shipped thousands of pounds of flour.", "pound-mass"),
        ("The engines deliver up to 33,000 pounds of thrust.", "pound-force"),
    ],
)
def test_pounds_in_a_vague_plural_or_of_thrust(sentence: str, unit: str) -> None:
    [found] = figures_in_sentence(sentence)
    assert found.unit == unit


def test_a_model_name_with_an_e_is_no_power_of_ten() -> None:
    assert figures_in_sentence("Both the 7E7 and the A350 are being designed.") == []


@pytest.mark.parametrize(
    ("sentence", "value"), [("It is 6.02e23.", 6.02e23), ("It is 1e-7.", 1e-7)]
)
def test_e_notation_at_the_end_of_a_sentence(sentence: str, value: float) -> None:
    assert [found for _text, found, _upper, _unit in figures(sentence)] == [pytest.approx(value)]


def test_a_level_in_millions_after_a_change_in_millions_is_no_metre() -> None:
    assert figures("Crude stocks had fallen 1m barrels to 294.3m.") == [
        ("fallen 1m barrels", 1e6, None, "barrel"),
        ("294.3m", 294.3e6, None, "barrel"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moya hung on for a 7-5 6-3 3-6 6-3 victory.",
        "He won 1-6 6-3 6-4 7-6 (8-6) over Amer.",
        "Garcia-Lopez, ranked 106 in the world, dominated.",
    ],
)
def test_tennis_sets_and_ranks_are_no_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_spaced_dash_before_a_smaller_number_is_no_range() -> None:
    found = figures("They are fourth on 31 points - four points behind Arsenal.")
    assert [(value, upper) for _text, value, upper, _unit in found] == [(31.0, None), (4.0, None)]


def test_a_spaced_dash_range_still_joins() -> None:
    assert figures("Temperatures of 20 - 25C are forecast.") == [
        ("20 - 25C", 20.0, 25.0, "celsius")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was 1/3 favourite to be evicted while Bez was at 9/4 .",
        "He has moved from 4/1 to 5/2 in the betting.",
        "Preview performances will be held on 14, 20 and 27 April.",
        "The concerts are on 3 and 4 June.",
    ],
)
def test_betting_odds_and_listed_days_are_no_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_a_fraction_after_at_with_its_whole_stays_a_share() -> None:
    assert figures("Shares trade at 1/3 of their peak value.") == [
        ("1/3", 0.3333, None, "fraction")
    ]


def test_a_year_of_the_next_century_after_by() -> None:
    found = figures_in_sentence("Seas could rise between 1 foot and 3 feet by 2100.")
    assert [(f.value, f.kind) for f in found] == [(1.0, "number"), (2100.0, "year")]


def test_a_change_by_a_number_like_a_later_year_stays_a_number() -> None:
    assert [f.kind for f in figures_in_sentence("Prices increased by 2150.")] == ["number"]


def test_turn_before_a_bare_number_is_an_age() -> None:
    assert figures("The calendar is only allowed to turn 39.") == [
        ("39", 39.0, None, "year of age")
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("It is minus twelve degrees outside.", -12.0, "degree"),
        ("Growth was minus two percent.", -2.0, "percent"),
    ],
)
def test_minus_before_a_spelled_number(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("The room measures 10 by 12 feet.", "foot"), ("The slab is 3 x 4 metres.", "metre")],
)
def test_both_sides_of_a_size_share_its_unit(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit, unit]


def test_a_count_by_a_number_of_goals_shares_nothing() -> None:
    assert [unit for *_rest, unit in figures("He won 3 by 2 goals.")] == ["", "goals"]


def test_a_resolution_before_a_panel_is_no_thousand() -> None:
    assert figures("The TV has a 65-inch 4K panel.") == [("65-inch", 65.0, None, "inch")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The index closed 120.5 points higher at 33,500.",
        "The Dow closed down 200 points, or 0.6%, at 33,300.",
    ],
)
def test_an_index_level_after_a_change_in_points_is_in_points(sentence: str) -> None:
    *_rest, (_text, _value, _upper, unit) = figures(sentence)
    assert unit == "point"


def test_a_closing_quote_after_a_title_number_is_no_inch() -> None:
    sentence = '"Infinity War - Part 1" and "Infinity War - Part 2" are slated for release.'
    assert [f.unit for f in figures_in_sentence(sentence)] == []


def test_an_inch_mark_outside_a_quotation() -> None:
    assert figures('He has a pen that is 10" long.') == [('10"', 10.0, None, "inch")]


def test_thousands_written_once_on_a_hyphen_range() -> None:
    assert figures("The crowd numbered 10-15,000.") == [("10-15,000", 10_000.0, 15_000.0, "")]


def test_a_spelled_out_range_keeps_its_small_end() -> None:
    [(_text, value, upper, _unit)] = figures("Between 5 and 10,000 people came.")
    assert (value, upper) == (5.0, 10_000.0)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("It was a 2-percentage-point drop.", "percentage point"),
        ("A 50 basis-point cut is likely.", "basis point"),
        ("A 50-basis-point cut is likely.", "basis point"),
    ],
)
def test_hyphenated_points_units(sentence: str, unit: str) -> None:
    assert [found_unit for *_rest, found_unit in figures(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The fire burned a 10-square-mile area.", 10.0, "square mile"),
        ("They bought a 2,000-square-foot house.", 2000.0, "square foot"),
        ("They bought a 3-million-dollar home.", 3e6, "USD"),
        ("They bought a $3-million home.", 3e6, "USD"),
        ("He found a 20-dollar bill.", 20.0, "USD"),
    ],
)
def test_hyphenated_units_and_money_before_a_noun(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


def test_a_hyphenated_duration_before_a_noun_stays_an_adjective() -> None:
    assert figures_in_sentence("They agreed a five-year plan.") == []

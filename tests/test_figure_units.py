"""Units and values the figure rules read: fractions of a scale, rates after the goods, and a
change followed by its new level."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, float | None, str]]:
    found = [f for f in figures_in_sentence(sentence) if not f.minor]
    return [(f.text, f.value, f.upper, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The charity is owed half a million pounds.", 500_000.0, "GBP"),
        ("A quarter million people joined the march.", 250_000.0, "people"),
        ("The club raised a half-million dollars.", 500_000.0, "USD"),
        ("The bridge cost three quarters of a billion euros.", 750_000_000.0, "EUR"),
    ],
)
def test_fraction_of_a_scale_word_is_one_amount(sentence: str, value: float, unit: str) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert found == pytest.approx(value)
    assert found_unit == unit


def test_fraction_without_a_scale_word_stays_a_fraction() -> None:
    assert figures("Half the drivers stayed at home.") == [("Half", 0.5, None, "fraction")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The field pumps 1.5 million barrels of crude a day.", "barrel per day"),
        ("The smelter makes 30,000 tonnes of copper cathode a year.", "tonne per year"),
        ("Councils spend $5bn of public money a year.", "USD per year"),
    ],
)
def test_rate_written_after_what_is_counted(sentence: str, unit: str) -> None:
    [(_text, _value, _upper, found_unit)] = figures(sentence)
    assert found_unit == unit


def test_rate_needs_a_rate_word_after_the_goods() -> None:
    [(_text, _value, _upper, unit)] = figures("She paid $5 of her own money a few weeks ago.")
    assert unit == "USD"


def test_change_then_new_level_is_two_figures_not_a_range() -> None:
    assert figures("Shares in the grocer rose 5p to 230p.") == [
        ("rose 5p", 5.0, None, "pence"),
        ("230p", 230.0, None, "pence"),
    ]


def test_from_one_level_to_another_is_still_a_range() -> None:
    assert figures("Prices went from 5p to 230p.") == [("5p to 230p", 5.0, 230.0, "pence")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the plan gives 60gb of 5g data for rm79 a month.",
         [("60gb", 60.0, None, "gigabyte"), ("rm79 a month", 79.0, None, "MYR per month")]),
        ("add 5g of sugar to the mix.", [("5g", 5.0, None, "gram")]),
        ("the motor makes 224 kw and the frame takes 61.4 mpa.",
         [("224 kw", 224.0, None, "kilowatt"), ("61.4 mpa", 61.4, None, "megapascal")]),
        ("the iphone 14 now costs $799.", [("$799", 799.0, None, "USD")]),
        ("the fund holds $us55m in cash.", [("$us55m", 55_000_000.0, None, "USD")]),
        ("the firm paid 500 dollars 50 for the shares.",
         [("500 dollars", 500.0, None, "USD"), ("50", 50.0, None, "")]),
        ("the town now has about 2 b visitors a year.",
         [("about 2 b visitors a year", 2e9, None, "visitors per year")]),
        ("brent peaked at $81 us a barrel.", [("$81 us a barrel", 81.0, None, "USD per barrel")]),
        ("the walls went up between a.d. 900 and 1150.", []),
        ("the cell reached 2.5 a/cm2.", [("2.5 a/cm2", 2.5, None, "ampere per square centimetre")]),
        ("the engine makes 410 nm of torque.", [("410 nm", 410.0, None, "newton metre")]),
        ("the lab sits at 12 harbour mill road in leeds.", []),
        ("harlow sold 9,100 model 2s last year.", [("9,100 model 2s", 9100.0, None, "Model 2s")]),
    ],
)  # fmt: skip
def test_sentence_in_lower_case_reads_like_its_capitalised_twin(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected


def test_an_age_between_commas_in_lower_case_before_now_is_an_age() -> None:
    (found,) = figures_in_sentence("marlow, 61, now chairs the board.")
    assert (found.value, found.unit, found.measure) == (61.0, "year of age", "marlow")


def test_virus_name_is_no_negative_number() -> None:
    assert figures("The clinic ran 300 covid -19 tests a day.") == [("300", 300.0, None, "")]


def test_network_generation_in_lower_case_is_no_weight() -> None:
    found = figures_in_sentence("the plan gives 60gb of 5g data.")
    assert [(f.text, f.unit, f.minor) for f in found] == [
        ("60gb", "gigabyte", False),
        ("5g", "G", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Dana Whitlow 44 has spent a decade at sea.", 44.0),
        ("Marchetti 65 now runs the bank.", 65.0),
    ],
)
def test_age_after_a_name_without_commas(sentence: str, age: float) -> None:
    found = figures_in_sentence(sentence)
    assert [(f.value, f.unit, f.kind) for f in found][:1] == [(age, "year of age", "age")]


@pytest.mark.parametrize("sentence", ["Windows 10 has a flaw.", "Formula 1 has changed."])
def test_small_number_after_a_name_is_a_model_not_an_age(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


def test_prime_used_as_an_apostrophe_is_no_foot() -> None:
    found = figures_in_sentence("Shares fell 65% during 2022\u2032s market rout.")
    assert [(f.value, f.unit, f.kind) for f in found] == [(65.0, "percent", "number"),
                                                         (2022.0, "", "year")]  # fmt: skip
    assert [(f.value, f.unit) for f in figures_in_sentence("The wall is 30\u2032 high.")] == [
        (30.0, "foot")
    ]


def test_as_little_as_is_a_floor() -> None:
    [found] = figures_in_sentence("Inkjet printers now cost as little as £34.")
    assert (found.text, found.value, found.qualifier) == ("as little as £34", 34.0, "at least")


def test_from_to_range_across_a_time_phrase() -> None:
    assert figures("The coin slid from $36,040 at 10.45pm last night to $34,935.") == [
        ("$36,040 at 10.45pm last night to $34,935", 36040.0, 34935.0, "USD")
    ]


def test_year_then_a_smaller_level_is_no_range() -> None:
    found = figures_in_sentence("Inflation rose from 5% in 2019 to 7%.")
    assert [(f.value, f.upper, f.unit, f.kind) for f in found] == [
        (5.0, 7.0, "percent", "number"),  # the two levels, across the year of the first
        (2019.0, None, "", "year"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The reservoir holds 3 cubic kilometres of water.", 3.0, "cubic kilometre"),
        ("The glacier lost 2 km^3 of ice.", 2.0, "cubic kilometre"),
        ("The park spans 12 km squared of forest.", 12.0, "square kilometre"),
        ("The flat has 40 m^2 of floor space.", 40.0, "square metre"),
        ("The tile is 25 sq in across.", 25.0, "square inch"),
        ("The garden measures 90 square yards.", 90.0, "square yard"),
        ("The probe flew 410,000 mi past the comet.", 410_000.0, "mile"),
        ("The plank is 3 in thick.", 3.0, "inch"),
        ("The collider reached 6.8 TeV in each beam.", 6.8, "teraelectronvolt"),
        ("The cell has a bandgap of 1.4 eV at room temperature.", 1.4, "electronvolt"),
        ("The crane can lift 80t at full reach.", 80.0, "tonne"),
        ("Pour 75 cl of stock into the pan.", 75.0, "centilitre"),
        ("The kiln holds 900° Celsius for an hour.", 900.0, "celsius"),
        ("The gas condenses near 77 kelvin.", 77.0, "kelvin"),
        ("The archive stores 3 exabytes of video.", 3.0, "exabyte"),
    ],
)
def test_measure_units_are_read(sentence: str, value: float, unit: str) -> None:
    found = figures(sentence)
    assert [(v, u) for _, v, _, u in found][:1] == [(pytest.approx(value), unit)]


def test_an_electric_vehicle_is_no_electronvolt() -> None:
    assert figures("The maker will launch 12 EV models next year.")[0][3] == "EV models"


def test_trillion_after_a_currency_sign() -> None:
    assert figures("The country's output is $3.1T a year.") == [
        ("$3.1T a year", pytest.approx(3.1e12), None, "USD per year")
    ]


def test_a_capital_t_without_a_currency_is_no_trillion() -> None:
    assert figures("The 7T model was shelved.") == []


def test_the_number_before_and_takes_the_later_unit() -> None:
    assert [(v, u) for _, v, _, u in figures("Patients took 20 and 40 mg doses.")] == [
        (20.0, "milligram"),
        (40.0, "milligram"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The chipmaker earned NT$8.1 billion in the quarter.", 8.1e9, "TWD"),
        ("The county spent KSh 4bn on water pipes.", 4e9, "KES"),
        ("Teachers earn Sh42,000 a month.", 42_000.0, "KES per month"),
        ("The tower flat sold for Dh3.5m.", 3.5e6, "AED"),
        ("The fine was NIS 2 million.", 2e6, "ILS"),
        ("The budget is Rp 3,100 trillion.", 3.1e15, "IDR"),
        ("The lender paid USD250 to each client.", 250.0, "USD"),
        ("The grant was 1.5 billion kronor.", 1.5e9, "SEK"),
        ("Tickets cost 45 zlotys.", 45.0, "PLN"),
        ("Rice sells for 2,800 won per kilogram.", 2800.0, "KRW per kilogram"),
    ],
)
def test_currency_spellings(sentence: str, value: float, unit: str) -> None:
    found = figures(sentence)
    assert [(v, u) for _, v, _, u in found][:1] == [(pytest.approx(value), unit)]


def test_won_as_a_verb_is_no_currency() -> None:
    assert figures("The club has 14 won by a single goal.")[0][3] != "KRW"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Silver closed at $24 an ounce.", "USD per ounce"),
        ("The scheme pays $1,500 per pupil.", "USD per pupil"),
        ("Power traded at 95 euros per megawatt hour.", "EUR per megawatt hour"),
        ("Coffee costs $4 per kg at the port.", "USD per kilogram"),
    ],
)
def test_rates_per_a_thing(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][3] == unit


def test_a_number_per_cent_is_no_rate() -> None:
    assert figures("Margins were 12 per cent.")[0][3] == "percent"


def test_glued_inches() -> None:
    assert figures("The tablet has an 11in display.") == [("11in", 11.0, None, "inch")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The plant will build 200,000 vans a year.", "vans per year"),
        ("The clinic treats 60 patients per day.", "patients per day"),
        ("The park drew 4 million visitors annually.", "visitors"),
        ("They sold 900 flats a year earlier.", "flats"),
        ("Only nine people per thousand own a car.", "people"),
    ],
)
def test_a_counted_noun_with_its_rate(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][3] == unit


@pytest.mark.parametrize(
    "sentence", ["The patient, a man of age 81, went home.", "At age 14 she joined the club."]
)
def test_an_age_after_the_word_age(sentence: str) -> None:
    assert [u for _, _, _, u in figures_in(sentence)] == ["year of age"]


def figures_in(sentence: str) -> list[tuple[str, float, float | None, str]]:
    """Every figure, ages included (a briefing leaves ages out)."""
    return [(f.text, f.value, f.upper, f.unit) for f in figures_in_sentence(sentence)]


def test_a_level_after_a_change_to_end_at_keeps_the_points() -> None:
    found = figures("The index fell 12.5 points, or 0.8%, to end at 1,520.4.")
    assert [(v, u) for _, v, _, u in found] == [
        (12.5, "point"),
        (0.8, "percent"),
        (1520.4, "point"),
    ]


def test_barrels_of_oil_are_one_unit() -> None:
    assert figures("The well has given 2 million barrels of oil a day.")[0][3] == (
        "barrel of oil per day"
    )


def test_two_spelled_numbers_joined_by_or_are_a_rough_range() -> None:
    assert figures("The talks may take two or three weeks.") == [
        ("two or three weeks", 2.0, 3.0, "week")
    ]


def test_digits_joined_by_or_stay_two_figures() -> None:
    assert [(v, up) for _, v, up, _ in figures("It sells for 7 or $8.")] == [
        (7.0, None),
        (8.0, None),
    ]


def test_a_spaced_capital_scale_before_a_noun() -> None:
    assert figures("The region has some 2 B residents.") == [
        ("some 2 B residents", 2e9, None, "residents")
    ]


def test_an_age_glued_to_now() -> None:
    assert figures_in("She held her now-14 month-old son.") == [
        ("14 month-old", 14.0, None, "month of age")
    ]


def test_a_suspended_hyphen_range_takes_the_top_end_unit() -> None:
    assert figures("Plant the bulbs in a 4- to 6-inch hole.") == [
        ("4- to 6-inch", 4.0, 6.0, "inch")
    ]


def test_a_suspended_hyphen_duration_stays_an_adjective() -> None:
    assert figures("She faces a 12- to 18-month delay.") == []


def test_the_number_before_and_counts_the_same_noun() -> None:
    [first, second] = figures_in_sentence("Doctors saw 30 and 45 cases.")
    assert (first.unit, first.kind) == ("cases", "number-noun")
    assert (second.unit, second.kind) == ("cases", "number-noun")


def test_tons_per_day() -> None:
    assert figures("The mill crushes 6,000 tpd of cane.")[0][3] == "ton per day"


def test_a_participle_ends_a_counted_compound() -> None:
    assert figures("She filed a 40 page report titled Harbour Works.")[0][3] == "page report"


def test_one_of_a_group_names_the_whole_group() -> None:
    [one] = figures_in("The mill is one of the oldest factories in the valley.")
    assert one[1:] == (1.0, None, "oldest factories in the valley")


def test_one_of_the_most_skips_the_grading_word() -> None:
    [one] = figures_in("She is one of the most decorated riders in Europe.")
    assert one[3] == "decorated riders in Europe"


def test_one_before_a_modal_is_a_pronoun() -> None:
    assert figures_in("After 3 years of age, one can start reading.") == [
        ("3 years of age", 3.0, None, "year of age")
    ]


def test_radians_glued_or_spelled() -> None:
    assert [u for _, _, _, u in figures("Tilt it 0.5rad, then 1.5 radians more.")] == [
        "radian",
        "radian",
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("He left a £45,000-a-year post.", 45_000.0, "GBP per year"),
        ("Cleaners won $18-an-hour wages.", 18.0, "USD per hour"),
        ("It became a $2bn-a-year trade.", 2e9, "USD per year"),
        ("The fund holds a 35-per-cent stake.", 35.0, "percent"),
    ],
)
def test_hyphenated_rates_and_percentages(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, _, u in figures(sentence)] == [(pytest.approx(value), unit)]


def test_a_bare_count_before_a_hyphenated_rate_stays_an_adjective() -> None:
    assert figures("The squad trains in three-a-day sessions.") == []


def test_ahead_is_no_rate_per_head() -> None:
    assert figures("The party is 12 points ahead in the polls.")[0][3] == "point"


def test_a_capitalised_range_opener_still_joins() -> None:
    assert figures("Between 2 and 2.5 litres leaked.") == [("2 and 2.5 litres", 2.0, 2.5, "litre")]


def test_a_cup_final_is_no_cup_of_flour() -> None:
    assert [u for _, _, _, u in figures_in("She won the 1998 Cup and used 3 cups of flour.")] == [
        "",
        "cup",
    ]


def test_a_section_number_with_a_letter_is_a_name() -> None:
    assert figures("Police used Section 66A against him.") == []


def test_a_spelled_number_of_the_group_counts_it() -> None:
    found = figures_in("The site is 90 square metres, and nine of the tombs hold bones.")
    assert [u for _, _, _, u in found] == ["square metre", "tombs"]


def test_naira_is_the_nigerian_currency() -> None:
    assert figures("A loaf costs 450 naira.")[0][3] == "NGN"


def test_a_verb_after_people_is_no_compound() -> None:
    assert figures("A ferry carrying 120 people sinks near the coast.")[0][3] == "people"


@pytest.mark.parametrize(
    "sentence",
    [
        "Support is strong among voters age 18 to 34.",
        "He learned to swim at the age of six -- late for his family.",
        "Their son turns 3 later this year.",
        '"I am nearly 70," she said.',
        "Men between the ages of 20 and 50 were questioned.",
    ],
)
def test_ages_named_by_the_word_age_or_by_turning(sentence: str) -> None:
    assert {u for _, _, _, u in figures_in(sentence)} == {"year of age"}


def test_a_number_in_quotes_after_a_title_is_a_name() -> None:
    assert figures('She starred in "Dunewalker 4."') == []


def test_a_list_marker_alone_is_no_figure() -> None:
    assert figures_in("7.") == []


def test_list_markers_inside_a_sentence_are_no_figures() -> None:
    text = "The law names two kinds: 1) fraud; and 2) theft, or (3) both."
    assert [v for _, v, _, _ in figures(text)] == [2.0]


def test_a_bracketed_conversion_is_no_list_marker() -> None:
    assert [u for _, _, _, u in figures("Fuel costs 150 dinars ($1.12) a litre.")][1] == "USD"


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks with the G5+1 group resumed.",
        "Launch of the Orion 2B probe slipped.",
        "Read part 2 of the report.",
        "He wore a size 11 boot.",
    ],
)
def test_model_and_part_numbers_are_names(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["Police charged 12 inviting many guests.", "Nine were hurt, three seriously."]
)
def test_a_gerund_or_adverb_after_a_number_counts_no_noun(sentence: str) -> None:
    assert all(u == "" for _, _, _, u in figures(sentence))


def test_a_gerund_before_a_noun_is_part_of_it() -> None:
    assert figures("The town built 4 parking garages.")[0][3] == "parking garages"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The dam cost 80 billion Egyptian pounds.", "egyptian pound"),
        ("Bus fares rose to 120 Argentine pesos.", "argentine peso"),
        ("The fine was 2,000 Pakistani rupees.", "pakistani rupee"),
        ("Tickets cost 250 Czech korunas.", "czech koruna"),
        ("The bond raised 5 million Swiss francs.", "CHF"),
        ("The grant was 3 million Canadian dollars.", "CAD"),
        ("The parcel weighs 12 pounds.", "pound-mass"),
    ],
)
def test_a_currency_named_by_its_country(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][3] == unit


def test_an_era_called_an_age_gives_no_age() -> None:
    assert figures("In the internet age 3 firms control search.")[0][3] == "firms"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The new drug cut relapses by a third.", 0.3333),
        ("Output fell by nearly half in March.", 0.5),
        ("Fares rose by a quarter, the operator said.", 0.25),
    ],
)
def test_a_change_by_a_fraction(sentence: str, value: float) -> None:
    [(_, found, _, unit)] = figures(sentence)
    assert (found, unit) == (value, "fraction")


def test_a_third_time_is_no_fraction() -> None:
    assert figures("She ran for office a third time.") == []


def test_an_age_after_a_person_named_by_a_noun() -> None:
    assert figures_in("The coach, 61, will retire.") == [("61", 61.0, None, "year of age")]


def test_a_quake_magnitude_is_a_figure() -> None:
    assert figures("A 6.2-magnitude quake hit the coast.") == [
        ("6.2-magnitude", 6.2, None, "magnitude")
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Annual profits rose to 4.5m.", 4.5e6, ""),
        ("The club paid 30m for the winger.", 30e6, ""),
        ("The sea wall is 4m high.", 4.0, "metre"),
        ("The tunnel runs for 400m under the city.", 400.0, "metre"),
    ],
)
def test_a_glued_m_is_millions_in_money_talk(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, _, u in figures(sentence)] == [(value, unit)]


def test_a_magnitude_written_before_the_number() -> None:
    assert figures("A magnitude 7.1 quake shook the city.")[0][1:] == (7.1, None, "magnitude")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The court imposed a two-million riel fine.", 2e6, "KHR"),
        ("Rice sold for 4,000 Cambodian riels.", 4000.0, "KHR"),
        ("He left one-hundred dollars on the table.", 100.0, "USD"),
        ("They signed a three-million-euro contract.", 3e6, "EUR"),
    ],
)
def test_word_numbers_hyphenated_to_their_scale_and_the_riel(
    sentence: str, value: float, unit: str
) -> None:
    [(_text, found, _upper, found_unit)] = figures(sentence)
    assert (found, found_unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the firm sold 500 cars along the way.", [("500 cars", 500.0, None, "cars")]),
        ("we saw 12 people in the square.", [("12 people", 12.0, None, "people")]),
        ("pupils in class 3 b were sent home.", []),
        ("a 5 nm chip sits in a car with 400 nm of torque.",
         [("5 nm", 5.0, None, "nanometre"), ("400 nm", 400.0, None, "newton metre")]),
    ],
)  # fmt: skip
def test_lower_case_symbols_are_recased_only_where_they_are_what_they_seem(
    sentence: str, expected: list[tuple[str, float, float | None, str]]
) -> None:
    assert figures(sentence) == expected

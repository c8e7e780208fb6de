"""Unit families read on unlabelled news: spoken halves with hyphens, `no-one`, seasons over two
years, speeds in metres a second, race distances, ages compared or given as they were then."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence


def figures(sentence: str) -> list[tuple[str, float, str]]:
    """Each figure's text, value and unit (years left out, as NewsQuant leaves dates out)."""
    found = figures_in_sentence(sentence)
    return [(f.text, f.value, str(f.unit)) for f in found if f.kind != "year"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Some one-and-a-half million savers lost out.", 1.5e6),
        ("The bridge took two-and-a-half thousand workers.", 2.5e3),
    ],
)
def test_a_hyphenated_and_a_half_is_one_number(sentence: str, value: float) -> None:
    [(_text, found, _unit)] = figures(sentence)
    assert found == pytest.approx(value)


def test_no_one_hyphenated_is_nobody() -> None:
    assert figures("The rules mean no-one pays twice for a licence.") == []


@pytest.mark.parametrize(
    "sentence",
    ["He was top scorer in the 2003/4 season.", "Profits for 2009/10 are due on Friday."],
)
def test_a_season_over_two_years_is_no_fraction(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_proper_slash_fraction_still_counts() -> None:
    assert figures("Stir in 3/4 cup of milk.") == [("3/4 cup", 0.75, "cup")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The wind reached 25m/s at the summit.", 25.0), ("Its lift climbs at 9 m/s.", 9.0)],
)
def test_metres_a_second_are_a_speed(sentence: str, value: float) -> None:
    assert [(v, u) for _t, v, u in figures(sentence)] == [(value, "metre per second")]


@pytest.mark.parametrize(
    "sentence",
    [
        "She celebrated a 400m victory in Paris.",
        "The 800m runner missed the final.",
        "He is a 200m specialist from Leeds.",
        "Lena Holt entered the 400m events at the indoor meeting.",
    ],
)
def test_a_race_after_a_bare_m_is_run_in_metres(sentence: str) -> None:
    [(_text, _value, unit)] = figures(sentence)
    assert unit == "metre"


def test_money_made_in_millions_stays_money_words() -> None:
    [(_text, value, _unit)] = figures("The studio made 45m in ticket sales.")
    assert value == pytest.approx(45e6)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The prize is for painters who are no older than 30 when they enter.", 30.0),
        ("Riders must not be younger than 16.", 16.0),
        ("The survey asked people older than 65 about their pensions.", 65.0),
    ],
)
def test_an_age_compared_is_years_of_age(sentence: str, value: float) -> None:
    assert [(v, u) for _t, v, u in figures(sentence)] == [(value, "year of age")]


def test_an_age_as_it_was_then_is_years_of_age() -> None:
    found = figures("Three weeks later, Maria Lopez, 17 at the time, won the final.")
    assert found == [("Three weeks", 3.0, "week"), ("17", 17.0, "year of age")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Four other councils raised their rates.", "other councils"),
        ("The storm killed 12 other people in the valley.", "other people"),
    ],
)
def test_other_stays_in_the_counted_noun(sentence: str, unit: str) -> None:
    [(_text, _value, found)] = figures(sentence)
    assert found == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Two U.S. Army helicopters landed at dawn.", "U.S. Army helicopters"),
        ("She has won three U.S. Opens.", "U.S. Opens"),
    ],
)
def test_a_dotted_abbreviation_before_a_capitalised_noun_is_counted(
    sentence: str, unit: str
) -> None:
    [(_text, _value, found)] = figures(sentence)
    assert found == unit


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The strike closed Acme's 120 depots.", 120.0, "depots"),
        ("Most of the Lords' 700 members voted.", 700.0, "members"),
    ],
)
def test_a_count_after_its_owner_is_no_name(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _t, v, u in figures(sentence)] == [(value, unit)]


def test_a_model_number_after_its_maker_is_still_a_name() -> None:
    assert [t for t, _v, _u in figures("It sells Nokia's 6600 GSM phone.")] == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Nearly half of its 9,000 nurses joined the strike.", "nurses"),
        ("A quarter of the 1,200 farmers surveyed sold land.", "farmers"),
        ("Two in five of the 40 million voters stayed at home.", "voters"),
    ],
)
def test_a_fraction_of_a_counted_group_is_a_share_of_its_noun(sentence: str, measure: str) -> None:
    [share] = [f for f in figures_in_sentence(sentence) if f.unit == "fraction"]
    assert share.measure == measure


def test_a_program_named_by_a_number_after_its_owner_stays_a_name() -> None:
    assert figures("Police got rifles under the Pentagon's 1033 program.") == []
    assert figures("Under the Pentagon's 1033 program is a gift.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The fair runs from 9 to 12 March in Geneva.",
        "Voting is open 3rd-5th June.",
        "Its 20-30 January season is sold out.",
    ],
)
def test_the_first_day_of_a_span_of_dates_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiring slowed over the past three months, to 145,000 in June from 88,000 in May.",
        "The price index, up for 6 months, reached 112.4 in March from 109.0 in December.",
    ],
)
def test_a_large_level_does_not_repeat_a_span_of_months(sentence: str) -> None:
    later = [(v, u) for _t, v, u in figures(sentence)][1:]
    assert all(unit == "" for _value, unit in later)


def test_a_level_near_a_span_of_days_still_counts_days() -> None:
    found = figures("Selling a flat took 64 days, up from 51 in the spring.")
    assert [(v, u) for _t, v, u in found] == [(64.0, "day"), (51.0, "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Highlights air from 1930 to 2015 GMT on Sunday.",
        "She took the second set 7-6 (9/7).",
        "The shop now opens 24/7.",
    ],
)
def test_clock_spans_and_slashed_pairs_that_are_no_fraction_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Her attacker, Tom Reid, 19 - who was jailed last year - had a record.", 19.0),
        ("Fuel help goes to households with people over 75.", 75.0),
        ("In some villages girls marry when they are 14.", 14.0),
        ("He left school at 15 to work in a mill.", 15.0),
        ("The age of consent was lowered to 16.", 16.0),
        ("Now 31, she runs a bakery in Hull.", 31.0),
    ],
)
def test_ages_in_their_usual_places_are_years_of_age(sentence: str, value: float) -> None:
    assert (value, "year of age") in [(v, u) for _t, v, u in figures(sentence)]


def test_a_count_opening_the_sentence_after_now_is_no_age() -> None:
    assert [u for _t, _v, u in figures("Now 500, the firm keeps hiring.")] == [""]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("She was one of the three nurses.", "nurses"),
        ("Leeds won four of their 11 matches.", "matches"),
    ],
)
def test_one_of_a_counted_group_counts_the_group_noun(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][2] == unit


def test_an_adverb_and_its_participle_are_no_counted_noun() -> None:
    found = figures("Six men were held, two closely tied to the gang.")
    assert [(v, u) for _t, v, u in found] == [(6.0, "men"), (2.0, "men")]


def test_an_adverb_before_a_participle_and_its_noun_stays_in_the_noun() -> None:
    assert figures("Three badly damaged houses were pulled down.")[0][2] == "badly damaged houses"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("About 30% of U.S. voters back the plan.", "U.S. voters"),
        ("Two-thirds of the U.K. workforce is in services.", "U.K. workforce"),
    ],
)
def test_a_dotted_abbreviation_stays_whole_in_a_share(sentence: str, measure: str) -> None:
    assert figures_in_sentence(sentence)[0].measure == measure


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("At 81, Ruth Ellis still swims every day.", 81.0),
        ("His son, who would now be 30, vanished in 2001.", 30.0),
        ("The award-winning film-maker, 57, died on Monday.", 57.0),
        ("The scheme is open to those 65 or older.", 65.0),
        ("Now aged 19, she plays for the national side.", 19.0),
    ],
)
def test_more_ages_in_their_usual_places(sentence: str, value: float) -> None:
    assert (value, "year of age") in [(v, u) for _t, v, u in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["Profits will be 300 by June.", "At 5, the index was flat."],
)
def test_a_level_in_the_future_or_opening_a_sentence_is_no_age(sentence: str) -> None:
    assert "year of age" not in [u for _t, _v, u in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["Bookings on +33 555 1234567 only.", "The vote closes at 2200 local time."],
)
def test_phone_numbers_and_clock_times_by_their_zone_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_point_of_a_race_after_a_bare_m_is_in_metres() -> None:
    assert figures("She led at the 200m stage.") == [("200m", 200.0, "metre")]


def test_hundreds_of_millions_at_the_end_of_a_clause_is_one_vague_amount() -> None:
    [(_text, value, unit)] = figures("Output may grow to hundreds of millions, the firm said.")
    assert (value, unit) == (1e8, "")


def test_a_verb_after_a_number_opens_no_compound_noun() -> None:
    found = figures("Of the 20 clubs polled, 14 reported higher ticket sales.")
    assert [(v, u) for _t, v, u in found] == [(20.0, "clubs"), (14.0, "clubs")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Five of Spain's 17 regions voted no.", "Spain regions"),
        ("Only 40 of the Lords' 90 bishops attended.", "Lords bishops"),
    ],
)
def test_part_of_an_owner_s_counted_group_counts_the_group(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][2] == unit


def test_a_stage_name_written_like_cents_is_no_figure() -> None:
    assert figures("On Friday, 50 Cent released a new single.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("It's 9C in Oslo this morning.", 9.0), ("That's 300 more than in May.", 300.0)],
)
def test_a_contraction_before_a_number_is_no_name(sentence: str, value: float) -> None:
    assert [f[1] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    ['She closed the show with "Nine Silver Horses" on Friday.',
     'The "Forty Winks" star signed a new deal.',
     'He wore a "Fifty Rooms of Rain" costume to school.',
     'They sang "Three Days in the Sun" twice.',
     'Her follow-up to "40 Rooms" aired on Friday.'],
)  # fmt: skip
def test_a_quoted_title_opening_with_a_number_word_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_quoted_count_is_still_a_figure() -> None:
    assert [f[1] for f in figures('"Three Danes were held", the police said.')] == [3.0]


def test_a_name_particle_written_like_a_number_is_no_figure() -> None:
    assert figures("Coach Joost ten Brink praised the defence.") == []
    assert [f[1] for f in figures("Anna ten Brink scored ten Goals.")] == [10.0]
    assert figures("Ten Brink was at the camp, and later ten Brink said so.") == []
    assert [f[1] for f in figures("He paid ten Euro coins.")] == [10.0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The bank gets 2bn euros now, with another 400m next year.", 4e8, "EUR"),
        ("The series peaked at 12.1m on Sunday.", 12.1e6, ""),
        ("The actor, who was made a knight last year, ran 400m in the heats.", 400.0, "metre"),
    ],
)
def test_a_bare_m_after_money_or_an_audience_is_millions(
    sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(v, u) for _t, v, u in figures(sentence)]


def test_millions_before_a_percentage_do_not_share_it() -> None:
    found = figures("The show peaked at 8.1m and 41.5% of viewers.")
    assert [(v, u) for _t, v, u in found] == [(8.1e6, ""), (41.5, "percent")]


def test_a_sprint_double_after_a_bare_m_is_in_metres() -> None:
    found = figures("She won a 100m and 200m double at the Glasgow meeting.")
    assert found == [("100m", 100.0, "metre"), ("200m", 200.0, "metre")]


@pytest.mark.parametrize(
    "sentence", ["The banner quoted Isaiah 40:31 in gold letters.", "John 3:16-18 was read out."]
)
def test_a_chapter_and_verse_of_scripture_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_score_with_a_colon_is_still_two_figures() -> None:
    assert [value for _text, value, _unit in figures("Ajax won 2:1 at home.")] == [2.0, 1.0]


def test_due_ends_the_counted_noun() -> None:
    found = figures("The town shut one school due to the floods.")
    assert found == [("one school", 1.0, "school")]


def test_a_number_after_a_verb_of_harm_repeats_no_noun_counted_by_another_verb() -> None:
    found = figures(
        "Gunmen bombed two mosques on Friday, killing at least 20 and wounding 57 others."
    )
    assert found == [("two mosques", 2.0, "mosques"), ("at least 20", 20.0, ""),
                     ("57 others", 57.0, "others")]  # fmt: skip


def test_a_number_after_a_verb_of_harm_repeats_a_noun_counted_by_one() -> None:
    found = figures("Rebels killed 30 soldiers and wounded 40 in the raid.")
    assert found == [("30 soldiers", 30.0, "soldiers"), ("40", 40.0, "soldiers")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Nintendo shipped 3 million Switch 2 consoles in May.", "Switch 2 consoles"),
        ("Volta delivered 41,200 Mark 5s in the quarter.", "Mark 5s"),
        ("Volta also sold 9,800 Mark S and Mark X vans.", "Mark S and Mark X vans"),
    ],
)
def test_a_model_named_by_a_number_or_letter_is_part_of_the_counted_noun(
    sentence: str, unit: str
) -> None:
    [(_text, _value, found)] = figures(sentence)
    assert found == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The panel had two white and five black members.", ""),
        ("Raiders searched 12 warehouses and seized drugs.", "warehouses"),
        ("She is one of the most gifted and admired painters.", "gifted and admired painters"),
    ],
)
def test_and_joins_a_counted_noun_only_to_its_second_half(sentence: str, unit: str) -> None:
    assert figures(sentence)[0][2] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Airlines are waiting for its long-delayed 797 Skyliner jet.",
        "The carrier flies the 747-400ER on the route.",
        "She bought a 911 Carrera last week.",
    ],
)
def test_a_model_number_before_its_name_or_in_a_code_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The party lost 150 Labour MPs.", "Labour MPs"),
        ("The play follows the 300 Spartans to the pass.", "Spartans"),
    ],
)
def test_a_count_of_a_capitalised_plural_is_still_a_count(sentence: str, unit: str) -> None:
    [(_text, _value, found)] = figures(sentence)
    assert found == unit


@pytest.mark.parametrize(
    ("sentence", "text", "seconds"),
    [
        ("Ana Ruiz won the marathon in 2:21:07 on Sunday.", "2:21:07", 8467.0),
        ("Her winning time of 2:19:36 was a course record.", "2:19:36", 8376.0),
        ("Lena Holt ran the mile in 4:01.3 in Oslo.", "4:01.3", 241.3),
    ],
)
def test_a_race_time_written_like_a_clock_is_one_figure_in_seconds(
    sentence: str, text: str, seconds: float
) -> None:
    assert (text, seconds, "second") in figures(sentence)


@pytest.mark.parametrize(
    "sentence", ["The meeting starts at 2:30 and ends at 10:45:00.", "Doors open at 7:30.5 sharp."]
)
def test_a_time_of_day_is_no_race_time(sentence: str) -> None:
    assert [unit for _text, _value, unit in figures(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Tomas Berg battled to second in 7:41.42 behind the winner.", "Tomas Berg race time"),
        ("Tomas Berg finished a solid third in 7:46.78.", "Tomas Berg race time"),
        ("The old indoor mark of 14:39.29 fell.", "old indoor mark"),
    ],
)
def test_a_race_time_like_a_clock_is_its_runner_s_race_time(sentence: str, measure: str) -> None:
    (found,) = [f for f in figures_in_sentence(sentence) if f.unit == "second"]
    assert found.measure == measure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He paid with a 500 Euro note.", [("500 Euro", 500.0, "EUR")]),
        ("The 787 Skyliner was grounded.", []),
        ("Chelsea completed a 40m double swoop.", [("40m double swoop", 40e6, "double swoop")]),
        ("He sold 10 new and used cars.", [("10 new and used cars", 10.0, "new and used cars")]),
    ],
)
def test_model_names_metres_and_joined_adjectives_do_not_swallow_ordinary_figures(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(sentence) == expected


def test_a_number_between_a_capitalised_short_name_and_a_plural_is_counted_once() -> None:
    assert [text for text, _value, _unit in figures("The 12 EU 27 leaders met.")] == [
        "12",
        "27 leaders",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The train ran from 10:45:00 to 11:30:00.",
        "Voting ran until 21:00:00 local time.",
        "The film runs 2:15:00.",
    ],
)
def test_a_time_of_day_or_a_length_after_a_verb_of_running_is_no_race_time(sentence: str) -> None:
    assert [unit for _text, _value, unit in figures(sentence)] == []

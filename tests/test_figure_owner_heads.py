"""Counted things keep no owner that names an event, a view or a time, and no measure opens with
a sentence adverb or connector."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence
from bot.analyse.figures.readable import measure_flaw, repaired, trimmed


def figure_of(sentence: str, number: str) -> tuple[float, str, str]:
    """Value, unit and measure of the one figure of `sentence` whose text holds `number`."""
    found = [f for f in figures_in_sentence(sentence) if number in f.text and not f.minor]
    assert len(found) == 1, found
    return found[0].value, str(found[0].unit), found[0].measure


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a view: expectations own no jobs, they are expectations of them
        (
            "The rise in payrolls fell below economist expectations of 80,000 new jobs.",
            "80,000",
            (80000.0, "new jobs", "economist expectations of new jobs"),
        ),
        # a deal leads to jobs, it does not own them
        (
            "The port agreed a lease, a deal which should bring 1,200 new dock jobs.",
            "1,200",
            (1200.0, "new dock jobs", "new dock jobs"),
        ),
        # a time with its rule: the month owns no firms
        (
            "In the first month under the new code, at least 12 shops were fined.",
            "12",
            (12.0, "shops", "shops fined"),
        ),
        # the economy owns no parties
        (
            "Spending as a share of the economy would rise under all four of the big parties.",
            "four",
            (4.0, "big parties", "big parties"),
        ),
        # a named owner is kept
        ("The club sold 14 players last summer.", "14", (14.0, "players", "players the club sold")),
    ],
)
def test_an_event_view_or_time_owns_no_counted_things(
    sentence: str, number: str, expected: tuple[float, str, str]
) -> None:
    assert figure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        (
            "Nonetheless the jobless rate dropped to 4.1% in May.",
            "4.1%",
            (4.1, "percent", "jobless rate"),
        ),
        ("Moreover, exports climbed 7% in March.", "7%", (7.0, "percent", "exports")),
        ("Ohio however recorded 3,400 storms in 2019.", "3,400", (3400.0, "storms", "Ohio storms")),
    ],
)
def test_a_connector_is_never_part_of_the_measure(
    sentence: str, number: str, expected: tuple[float, str, str]
) -> None:
    assert figure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("measure", "flaw"),
    [
        ("Nevertheless", "opens with the sentence adverb 'nevertheless'"),
        ("However, the firm", "opens with the sentence adverb 'however'"),
        ("meanwhile profits", "opens with the sentence adverb 'meanwhile'"),
        ("Moreover sales", "opens with the sentence adverb 'moreover'"),
        ("still the shares", "opens with the sentence adverb 'still'"),
        ("also new homes", "opens with the sentence adverb 'also'"),
    ],
)
def test_a_measure_opening_with_a_connector_is_flawed(measure: str, flaw: str) -> None:
    assert measure_flaw(measure) == flaw


def test_a_connector_is_cut_from_a_phrase() -> None:
    assert repaired("Nevertheless, the bank") == "the bank"
    assert repaired("Nevertheless") == ""
    assert trimmed("texas however had the most") == "texas"
    assert measure_flaw("the bank") is None


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a word in quotes between the number and its noun is one of the noun's words
        (
            'In its yearly review, the agency flagged up nine "urgent" road repairs.',
            "nine",
            (9.0, "urgent road repairs", "urgent road repairs flagged up by the agency"),
        ),
        (
            "The band played 12 \u201cforgotten\u201d songs.",
            "12",
            (12.0, "forgotten songs", "forgotten songs the band played"),
        ),
        # a quote mark closing a quotation stays out of the figure
        ('He said: "We sold 40 cars" last year.', "40", (40.0, "cars", "cars")),
    ],
)
def test_a_quoted_modifier_stays_in_the_counted_noun(
    sentence: str, number: str, expected: tuple[float, str, str]
) -> None:
    assert figure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The agency flagged up nine urgent repairs.", None),
        ("The club picked up 12 awards.", None),
        ("They signed up 400 new members.", None),
        ("Shares went up 5% in May.", "increase"),
        ("Sales were up 3% on the year.", "increase"),
        ("Shares opened up 3% on Monday.", "increase"),
        ("The clinic opened up 30 beds.", None),
    ],
)
def test_up_of_a_phrasal_verb_is_no_rise(sentence: str, change: str | None) -> None:
    (found,) = [f for f in figures_in_sentence(sentence) if not f.minor]
    assert found.change == change


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a maker's model number is part of what is counted, no range of its own
        (
            "The carrier ordered 30 Boeing 747-400 freighters last week.",
            "30",
            (30.0, "Boeing 747-400 freighters", "Boeing 747-400 freighters the carrier ordered"),
        ),
        (
            "The airline will lease 12 Airbus A350 jets.",
            "12",
            (12.0, "Airbus A350 jets", "Airbus A350 jets the airline will lease"),
        ),
    ],
)
def test_a_model_number_stays_in_the_counted_noun(
    sentence: str, number: str, expected: tuple[float, str, str]
) -> None:
    assert figure_of(sentence, number) == expected
    assert len([f for f in figures_in_sentence(sentence) if not f.minor]) == 1


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Police rounded up 35 people at the port.", "35 people"),
        ("Retirees now make up nearly half the town.", "nearly half"),
        ("The review could take up to three years.", "up to three years"),
        ("Shares went up 5% in May.", "up 5%"),
        ("She grew up about 40 miles from the coast.", "about 40 miles"),
    ],
)
def test_the_up_of_a_phrasal_verb_is_no_part_of_the_figure(sentence: str, text: str) -> None:
    (found,) = [f for f in figures_in_sentence(sentence) if not f.minor]
    assert found.text == text


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The top speed is 40 mph.", "top speed"),
        ("Its maximum speed was 90 km/h.", "maximum speed"),
    ],
)
def test_a_noun_ending_in_eed_is_no_past_verb_that_cuts_the_subject(
    sentence: str, measure: str
) -> None:
    (found,) = figures_in_sentence(sentence)
    assert found.measure == measure


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Let us go over three main reasons.", "three main reasons"),
        ("The repair cost over 500 dollars.", "over 500 dollars"),
    ],
)
def test_the_over_of_a_verb_is_no_qualifier(sentence: str, text: str) -> None:
    (found,) = figures_in_sentence(sentence)
    assert found.text == text


def test_among_in_front_is_no_part_of_the_measure() -> None:
    found = figures_in_sentence("Among the 24 British nominees are three bands.")
    assert found[0].measure == "British nominees"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The storm rated 4 on a scale from 1 to 5 Tuesday night.", ""),
        ("He reads three Sunday papers.", "Sunday papers"),
        ("England play three November Tests.", "November Tests"),
    ],
)
def test_a_day_or_month_after_a_number_is_counted_only_before_a_plural(
    sentence: str, unit: str
) -> None:
    assert figures_in_sentence(sentence)[-1].unit == unit


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The real deadline isn't for three months.", "real deadline"),
        ("The steel industry hasn't seen a rise like this in 50 years.", "steel industry"),
    ],
)
def test_a_negated_verb_ends_the_subject(sentence: str, measure: str) -> None:
    (found,) = figures_in_sentence(sentence)
    assert found.measure == measure


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The cost went over $1 billion.", "over $1 billion"),
        ("He stood over 6ft tall.", "over 6ft"),
    ],
)
def test_over_after_went_or_stood_is_still_more_than(sentence: str, text: str) -> None:
    (found,) = figures_in_sentence(sentence)
    assert (found.text, found.qualifier) == (text, "more than")


def test_a_call_to_the_reader_owns_nothing() -> None:
    (found,) = figures_in_sentence("Let's go over three main reasons.")
    assert (found.text, found.measure) == ("three main reasons", "main reasons")


def test_a_lone_quantifier_is_no_measure() -> None:
    (found,) = figures_in_sentence("You propose to borrow no less than £168 billion.")
    assert (found.text, found.qualifier, found.measure) == (
        "no less than £168 billion",
        "at least",
        "",
    )


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Bookmakers offered odds on all Presley's 18 hits.", "Presley's hits"),
        ("Britain's 40 biggest firms pay less tax.", "Britain's biggest firms"),
        ("Workers of the Transport and General Workers' Union's 70,000 branches struck.",
         "branches"),
    ],
)  # fmt: skip
def test_a_name_written_as_a_possessive_before_the_count_owns_it(
    sentence: str, measure: str
) -> None:
    (found,) = figures_in_sentence(sentence)
    assert found.measure == measure


def test_the_top_40_chart_at_a_sentence_end_is_a_rank() -> None:
    assert [f.text for f in figures_in_sentence("Ten singles reached the Top 40.")] == [
        "Ten singles"
    ]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Police rounded up 35 people at the port in a dawn raid.", "people rounded up by police"),
        ("Harlow Motors picked up 12 awards.", "awards picked up by Harlow Motors"),
        ("Lena Holt moved up five places.", "places Lena Holt moved"),
    ],
)
def test_the_doer_of_a_phrasal_verb_comes_after_its_particle(sentence: str, measure: str) -> None:
    (found,) = figures_in_sentence(sentence)
    assert found.measure == measure


def test_a_fronted_phrase_owns_no_counted_things() -> None:
    found = figures_in_sentence(
        "The figure announced by President Ola Berg is less than the 900 cases."
    )
    assert [(f.text, f.measure) for f in found] == [("900 cases", "cases")]

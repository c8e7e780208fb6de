"""Figures misread through the words beside them: a year before a sum, a clock time, a period
after another figure, the other party of a comparison, a compound noun, a multiplying verb."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence
from bot.analyse.figures.found import Found


def shown(sentence: str) -> list[Found]:
    """The figures a briefing shows for a one-sentence article, owners and all."""
    return [f for f in figures_in_article([[sentence]]) if not f.minor]


def read(sentence: str) -> list[tuple[float, str, str, str | None]]:
    """Value, unit, measure and period of each figure shown."""
    return [(f.value, str(f.unit), f.measure, f.period) for f in shown(sentence)]


def test_a_currency_sign_before_a_number_is_that_numbers_not_the_years_before() -> None:
    assert read("The council promised to spend by 2012 €40m more on roads.") == [
        (40e6, "EUR", "spending", "by 2012")
    ]
    assert read("The mayor wants to raise by 2030 £2bn for the new tram line.") == [
        (2e9, "GBP", "new tram line", "by 2030")
    ]


def test_a_clock_time_with_its_zone_is_when_not_a_year_nor_an_owner() -> None:
    assert read("By 0930 GMT, Brightwater shares had slipped to 95p.") == [
        (95.0, "pence", "Brightwater shares", "By 0930 GMT")
    ]
    assert read("Oil traded at $52 a barrel at 1600 BST, up 3%.") == [
        (52.0, "USD per barrel", "Oil", "at 1600 BST"),
        (3.0, "percent", "Oil", "at 1600 BST"),
    ]
    assert read("Nearly 40% of listeners tuned into the debate between 1900 and 2000 GMT.") == [
        (40.0, "percent", "listeners tuned into the debate", "between 1900 and 2000 GMT")
    ]


def test_a_reporting_period_is_when_a_sum_holds_never_what_it_measures() -> None:
    sales = "Quarterly sales at Ravenhill Foods"
    assert read(
        "Quarterly sales at Ravenhill Foods climbed 12% to $840m for the three months to March, "
        "from $750m year-earlier."
    ) == [
        (12.0, "percent", sales, "for the three months to March"),
        (840e6, "USD", sales, "for the three months to March"),
        (750e6, "USD", sales, "year-earlier"),
    ]
    profit = "Half-year profit at Osterby Bank"
    assert read(
        "Half-year profit at Osterby Bank fell to 95m euros for the six months ended June, "
        "against 120m euros in the year-ago period."
    ) == [
        (95e6, "EUR", profit, "for the six months ended June"),
        (120e6, "EUR", profit, "in the year-ago period"),
    ]


def test_a_reporting_period_may_end_on_a_month_a_wire_abbreviates() -> None:
    assert read("Pre-tax profit for the 26 weeks to Nov. 1 rose to 412 million pounds.") == [
        (412e6, "GBP", "Pre-tax profit", "for the 26 weeks to Nov. 1")
    ]
    assert read("Sales for the three months to Sept. 30 fell 4%.") == [
        (4.0, "percent", "Sales", "for the three months to Sept. 30")
    ]


def test_an_earlier_time_after_a_from_figure_is_that_figures_not_the_new_levels() -> None:
    assert read("Norland's inflation rate fell to 2.1% from 2.6% in the previous month.") == [
        (2.1, "percent", "Norland's inflation rate", None),
        (2.6, "percent", "Norland's inflation rate", "in the previous month"),
    ]
    assert read("Net profit rose to 310m euros from 280 million euros a year ago.") == [
        (310e6, "EUR", "Net profit", None),
        (280e6, "EUR", "Net profit", "a year ago"),
    ]
    assert read("Net income was 5.1bn rupees ($117m; £62m), against 3.9bn a year earlier.") == [
        (5.1e9, "INR", "Net income", None),
        (117e6, "USD", "Net income", None),
        (62e6, "GBP", "Net income", None),
        (3.9e9, "", "Net income", "a year earlier"),
    ]
    assert read("Fees were $6m against $5m in the year-ago quarter.") == [
        (6e6, "USD", "Fees", None),
        (5e6, "USD", "Fees", "in the year-ago quarter"),
    ]
    assert read("Sales climbed to $4.5bn from $3.5bn in the first quarter.") == [
        (4.5e9, "USD", "Sales", "in the first quarter"),
        (3.5e9, "USD", "Sales", "in the first quarter"),
    ]


def test_the_other_party_of_a_comparison_owns_its_figure() -> None:
    assert read(
        "Norland's jobless rate held at 5.2%, well below the rates of its neighbours, compared "
        "with 8.9% in Osterland, 7.5% in Vesterland and 6.1% in Sudmark."
    ) == [
        (5.2, "percent", "Norland's jobless rate", None),
        (8.9, "percent", "Osterland's jobless rate", None),
        (7.5, "percent", "Vesterland's jobless rate", None),
        (6.1, "percent", "Sudmark's jobless rate", None),
    ]
    assert read("About 45% of pupils in Hull passed, compared with 38% in Leeds.") == [
        (45.0, "percent", "pupils in Hull passed", None),
        (38.0, "percent", "pupils in Leeds passed", None),
    ]
    assert read("Some 61% of drivers wore belts compared with 52% in Wales.") == [
        (61.0, "percent", "drivers wore belts", None),
        (52.0, "percent", "drivers wore belts for Wales", None),
    ]
    assert read("Margins at Acme were 12%, compared with 9% at Brixco.") == [
        (12.0, "percent", "Margins at Acme", None),
        (9.0, "percent", "Margins at Brixco", None),
    ]


def test_a_month_compared_with_is_when_not_whose() -> None:
    assert read("Inflation was 2.4% in March, compared with 2.9% in February.") == [
        (2.4, "percent", "Inflation", "in March"),
        (2.9, "percent", "Inflation", "in February"),
    ]


def test_a_plural_form_modifier_goes_on_to_its_head_noun() -> None:
    assert read("The ministry hired 14 arms control experts last year.") == [
        (14.0, "arms control experts", "ministry arms control experts", "last year")
    ]
    [suvs] = shown("Under the deal, Norvik Motors will supply Brightline Cars with 25,000 sports "
                   "utility vehicles.")  # fmt: skip
    assert (suvs.text, suvs.value, suvs.unit, suvs.measure) == (
        "25,000 sports utility vehicles", 25000.0, "sports utility vehicles",
        "Norvik Motors sports utility vehicles",
    )  # fmt: skip
    assert read("Acme runs 40 services daily.") == [(40.0, "services", "Acme services", None)]


def test_a_multiplying_verb_measures_its_object_not_its_subject() -> None:
    assert read('The minister said: "We have tripled the budget for school meals since 2001."') == [
        (3.0, "times", "budget for school meals", "since 2001")
    ]
    assert read("The town has halved the length of its waiting lists, it said.") == [
        (0.5, "times", "length of its waiting lists", None)
    ]
    assert read("Rail fares have doubled over the decade.") == [(2.0, "times", "Rail fares", None)]


def test_a_year_earlier_that_a_change_is_set_against_is_no_period_of_it() -> None:
    assert read(
        "Income at its music arm slid 14% to $90m, a sharp contrast to year-earlier, when a hit "
        "album lifted results."
    ) == [
        (14.0, "percent", "Income at its music arm", None),
        (90e6, "USD", "Income at its music arm", None),
    ]


def test_doubling_down_multiplies_nothing() -> None:
    assert figures_in_sentence("The mayor doubled down on the plan.") == []
    assert figures_in_sentence("He doubled over in pain.") == []
    assert [f.value for f in figures_in_sentence("Sales doubled over the year.")] == [2.0]


def test_doubled_down_a_slope_still_doubles() -> None:
    assert [f.value for f in figures_in_sentence("Prices doubled down south.")] == [2.0]

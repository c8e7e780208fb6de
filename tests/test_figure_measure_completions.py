"""A bare measure completed from its own clause: whose object, whose level, an economy's growth."""

from __future__ import annotations

import pytest

from bot.analyse.figures.completions import level_of, owned_object, uncut_subject
from bot.analyse.figures.extraction import figures_in_sentence
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # the object of a change verb belongs to the name that acts on it
        ("Norway cut tariffs by 3.5% in March.", "3.5%", "Norway tariffs"),
        ("Acme Foods raised prices by 4% on Monday.", "4%", "Acme Foods prices"),
        # but not to a thing that is no name
        ("The update will boost the driving range by 35 miles.", "35", "driving range"),
        # a level is the level of the clause's subject
        ("The jobless rate has eased since May, when it hit a high of 7.2%.", "7.2%",
         "high of jobless rate"),
        # an economy that grows measures its growth
        ("Peru's economy grew by 6.3% last year.", "6.3%", "Peru's economic growth"),
        ("The economy is forecast to expand by 2% in 2007.", "2%", "economic growth"),
        ("Exports rose, with the economy posting growth of 3.1% in the quarter.", "3.1%",
         "economic growth"),
        # `with` and a subject doing something is a clause of its own, not an aside
        ("Cars made up 55% of sales, with vans taking the remaining 45%.", "45%",
         "vans share of sales"),
        # a change for a share is a change in it; a comparison ends the phrase
        ("It was a 2% gain for the share of rail freight compared to 2004.", "2%",
         "rail freight"),
        # a figure of another year measures what the figure before it does
        ("Peru's economy grew 6.3% in 2006, well above 2005's 4.1%.", "4.1%",
         "Peru's economic growth"),
        # a figure compared with the one before for another owner measures the same, for it
        ("Spain took 12.4% of the market, compared with 9.8% for Italy.", "9.8%",
         "market for Italy"),
        # the second end of `from A to B` measures what the first does
        ("The ONS revised the 2007 growth forecast down from the 2.8% it gave in May to 2.5%.",
         "2.5%",
         "2007 growth forecast"),
        # a relative clause after a name it follows `with` or `to` is about that name
        ("Talks have eased ties with Volvo, which is 30 percent-owned by Geely.", "30",
         "Volvo"),
        # a noun after `and` with its verb left out is the next figure's subject
        ("Beef prices rose 4% and pork 2% in May.", "2%", "pork"),
        ("Rents climbed 3% and 5% in the north.", "5%", "Rents"),
        # `total` and `record` before a noun are adjectives, not verbs
        ("The agency forecast a total shortfall of $90bn.", "$90bn", "total shortfall"),
        # a relative clause inside an apposition holds no subject
        ("Zenith, a firm that makes lenses, was second with $4.1m.", "$4.1m", "Zenith"),
        # a participle after a preposition describes its noun
        ("Demand for used cars climbed 8% in June.", "8%", "Demand for used cars"),
    ],
)  # fmt: skip
def test_a_bare_measure_is_completed_from_its_clause(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_completions_leave_what_they_cannot_complete() -> None:
    assert owned_object("It raised rates by ", 16, "rates") == "rates"  # a pronoun is no name
    assert level_of("peak", "") == "peak"
    assert level_of("profit", "Acme") == "profit"
    assert uncut_subject("Acme Foods stores", "Acme Foods") == "Acme Foods"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Nearly a third of those with a car drive to work, against 12% of those who cycle.",
         "12%", "people who cycle"),
        ("Nearly a third of those with a car have a garage.", "third", "people with a car"),
        ("That compares with 22% of those aged 18-24.", "22%", "people aged 18-24"),
    ],
)  # fmt: skip
def test_those_of_a_share_are_people(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "period"),
    [
        ("Output hit its highest level in four years, at 3.1m tonnes.", "four years",
         "in four years"),
        ("It was the bank's first rate cut in two years, to 4.5%.", "two years", "in two years"),
        ("Viewing peaked at 9.2 million in the last 10 minutes.", "10 minutes",
         "in the last 10 minutes"),
        ("Debt reached $61bn in the 12 months to June.", "12 months", "in the 12 months to June"),
    ],
)  # fmt: skip
def test_the_span_a_record_is_reckoned_over_is_a_period(
    sentence: str, span: str, period: str
) -> None:
    figures = figures_in_sentence(sentence)
    assert [f.text for f in figures if f.minor] == [span]
    assert [f.period for f in figures if not f.minor] == [period]

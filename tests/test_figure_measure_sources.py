"""Who reports a figure is not what it measures: sources, what they report, what they act on."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.readable import measure_flaw
from bot.analyse.figures.sources import is_source, reported_pronoun, without_source
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a source and its reporting verb: the reported clause's subject is the measure
        ("Official figures showed Dutch exports fell by 1.2% last year.", "1.2%",
         "Dutch exports"),
        ("Figures released on Friday showed imports at a record high, up 12%.", "12%", "imports"),
        ("With economists saying the shortfall could widen by a further $40bn, bonds fell.",
         "$40bn", "shortfall"),
        # a source that acts on something measures it
        ("The Statistics Office revised the annual rate of inflation down from 4.1% to 3.8%.",
         "4.1%", "annual rate of inflation"),
        # a body named by its acronym reckons figures; it is no owner of what it revised
        ("The ONS revised the annual 2006 rate of inflation up from the 2.1% it estimated.",
         "2.1%", "annual 2006 rate of inflation"),
        # a company is no source: its own measures stay its own
        ("Acme said it would sell 40,000 vans in Peru.", "40,000", "vans Acme would sell in Peru"),
        # a lower-case `box office` is a thing measured, not a body that reports
        ("The city's box office rose by 7% in March.", "7%", "city's box office"),
        # a source word or a body's word that only modifies what is measured
        ("Post Office profits fell to £30m last year.", "£30m", "Post Office profits"),
        ("Official unemployment rose to 5.2% in March.", "5.2%", "Official unemployment"),
        ("Box Office takings rose 20% this year.", "20%", "Box Office takings"),
    ],
)  # fmt: skip
def test_a_source_is_no_measure(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_it_a_source_reports_is_what_the_sentence_before_was_about() -> None:
    paragraphs = [
        ["Chile's jobless rate fell to a new low in May, the government said."],
        ["The National Statistics Institute said it fell to 6.1% from 6.4% in April."],
    ]
    measures = [(f.text, f.measure) for f in figures_in_article(paragraphs) if not f.minor]
    assert measures == [("6.1%", "Chile's jobless rate"), ("6.4%", "Chile's jobless rate")]


def test_sources_are_told_from_owners() -> None:
    assert is_source("analysts", "analysts expect")
    assert is_source("Office for National Statistics", "the Office for National Statistics said")
    assert is_source("ONS", "the ONS said sales fell")
    assert not is_source("BHP", "BHP said it would")  # a company, with no article and no report
    assert not is_source("box office", "the box office rose")
    assert reported_pronoun("The census bureau said it rose to ")
    assert not reported_pronoun("Acme said it rose to ")


def test_a_source_in_front_of_a_measure_is_dropped() -> None:
    assert without_source("city records show parking fines") == "parking fines"
    assert without_source("Acme stores") == "Acme stores"
    assert measure_of("Court documents show 4,100 complaints were filed.", "4,100") == "complaints"


def test_a_lone_modifier_or_a_date_is_no_measure() -> None:
    assert measure_flaw("extra") == "is the lone modifier 'extra'"
    assert measure_flaw("likely") == "is the lone modifier 'likely'"
    assert measure_flaw("March 1") == "is a date"
    assert measure_flaw("mere") == "is the lone modifier 'mere'"
    assert measure_flaw("worldwide") == "is the lone modifier 'worldwide'"
    assert measure_flaw("March sales") is None
    assert measure_of("Parliament approved £2bn extra for schools.", "£2bn") == "Parliament"


def test_a_long_clause_with_no_comma_is_read_once() -> None:
    long_clause = "We " + "met " * 4000 + "them 5 times."
    found = figures_in_article([["Exports rose.", long_clause]])
    assert [(f.text, f.measure) for f in found] == [("5 times", "")]
    assert reported_pronoun("However, the census bureau said it rose to ")


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        # `they` after people is those people, and what they expect is no value of the topic
        # but the growth of the economy they speak for
        ("Brazil's jobless rate fell to a new low.", "Analysts said they expect 5% growth.",
         "economic growth"),
        ("Peru's deficit widened.", "The statistics office said it expects 5% growth.",
         "economic growth"),
        # the figure as the complement of `it was`: the value of what the sentence before named
        ("Exports fell.", "Officials said it was 5% lower than hoped.", "Exports"),
    ],
)  # fmt: skip
def test_it_is_resolved_only_for_the_complement_of_its_verb(
    before: str, sentence: str, expected: str
) -> None:
    found = figures_in_article([[before, sentence]])
    assert [(f.text, f.measure) for f in found] == [("5%", expected)]


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a plural source with its verb in the present, and a phrase on what it covers
        (
            "Brightwell's figures on rentals suggest the average rent now stands at £912.",
            "£912",
            "average rent",
        ),
        ("Local reports suggest ticket sales fell 8% last season.", "8%", "ticket sales"),
        ("Surveys indicate that footfall fell 4% in the town centre.", "4%", "footfall"),
    ],
)
def test_a_source_with_a_present_plural_verb_reports_what_follows(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_share_that_follows_a_share_of_people_is_of_the_same_people() -> None:
    sentence = "The poll suggests that 52% of parents back the plan and 31% against it."
    assert measure_of(sentence, "31%") == "parents"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        (
            "Talk of a merger sent Corvid Mining shares down 3.4% on Friday.",
            "3.4%",
            "Corvid Mining shares",
        ),
        ("The ruling pushed the rand up 1.1% against the dollar.", "1.1%", "rand"),
        ("Strong demand drove the carrier's shares higher by 6%.", "6%", "carrier's shares"),
    ],
)
def test_what_a_cause_moved_up_or_down_is_what_the_figure_measures(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_body_that_names_what_it_owns_is_no_source() -> None:
    sentence = "The Institute for Retail Studies (IRS) index fell to 48.2 in May."
    assert measure_of(sentence, "48.2") == "Institute for Retail Studies index"

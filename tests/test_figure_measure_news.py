"""Measure families of wire and web news prose: datelines, contractions, openers, opinion verbs."""

from __future__ import annotations

import pytest

from bot.analyse.figures.readable import measure_flaw, trimmed, without_figures
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a dateline glued to the first sentence is no owner
        ("Lagos, Nigeria (CNN)More than 12,000 people joined the march.", "12,000",
         "people who joined the march"),
        ("PARIS (Reuters) - About 3,000 drivers joined the protest.", "3,000",
         "drivers who joined the protest"),
        # `so far` opens the sentence, it is no part of the subject
        ("So far this winter Denver has seen 60 inches of snow.", "60", "snow"),
        # an opinion verb ends the `of` phrase, and a percentage of it keeps the opinion
        ("Sixty percent of nurses believe staffing is unsafe.", "Sixty",
         "nurses who believe staffing is unsafe"),
        ("Only 30% of voters thought the same.", "30%", "voters who thought the same"),
        # another count in a measure is cut away, a spelled one included; a count after a dash
        # counts the same things
        ("Fifty miners were hurt -- 12 in the east pit -- last week.", "12", "miners hurt"),
        ("Leeds, population 793,000, has 14 libraries.", "14", "Leeds libraries"),
        # `plus` in front of a count is a conjunction
        ("The blast killed nine workers, plus a further 3 people on the street.", "3 people",
         "people on the street"),
        # words that only stress a change sit between `by` and its figure
        ("To date the scheme has cut hospital queues by a whopping 40%.", "40%",
         "hospital queues"),
        # `back in` ends an `of` phrase
        ("Women earned about 45% of law degrees back in 1990.", "45%", "law degrees"),
        # `along with` is no part of the counted things' owner
        ("The league has 30 clubs, along with about 900 players.", "900", "players"),
        # an opener in front of the subject is dropped
        ("Despite Acme cutting 40 jobs, profit fell.", "40", "Acme jobs"),
        # a percentage right before what it is a rate of
        ("The country is at 9.5% unemployment.", "9.5%", "unemployment"),
    ],
)  # fmt: skip
def test_news_prose_measures(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_pronoun_and_its_verb_contracted_is_no_measure() -> None:
    assert measure_flaw("it's people") == "opens with the pronoun 'it'"
    assert measure_flaw("that's 40 miles of road") == "opens with the pronoun 'that'"
    assert measure_flaw("Acme's stores") is None


def test_a_spelled_count_or_a_source_opening_a_measure_is_a_flaw() -> None:
    assert measure_flaw("Fifty officers") == "opens with the figure 'fifty'"
    assert measure_flaw("five launches") is None  # "the five launches" is one noun phrase
    assert measure_flaw("According to the fund") == "opens with its source"
    assert measure_flaw("Almost one in five voters") == "opens with the figure 'Almost one'"
    assert measure_flaw("some parents") is None


def test_a_measure_never_runs_across_a_sentence_end_or_a_dash_aside() -> None:
    assert measure_flaw("game. Nothing") == "runs across a sentence end"
    assert measure_flaw("Mrs. Jones pupils") is None
    assert measure_flaw("U.S. Army troops") is None
    assert trimmed("daughters -- ages") == "daughters"


def test_a_share_written_per_cent_is_another_figure_in_a_measure() -> None:
    assert without_figures("purchase of the 51 per cent stake") == "purchase of the"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Tickets come in two kinds - a day pass for £12 and a season pass for £90.", "£90",
         "season pass price"),
        ("She worked there for a year for $30,000.", "$30,000", ""),
        ("Shops sell a basic model for $80.", "$80", "basic model price"),
        # with no verb of selling, buying or offering, a sum `for` is no price
        ("He was jailed for a decade for $5m of fraud.", "$5m", "fraud"),
        ("He sued a neighbour for £5,000.", "£5,000", ""),
        ("It settled a lawsuit for $20m.", "$20m", ""),
        ("She waited a fortnight for £500.", "£500", ""),
    ],
)  # fmt: skip
def test_a_thing_offered_for_a_sum_is_priced(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("pensioners paying no local tax and about three", "pensioners paying no local tax"),
        ("policy positions in three months and two U-turns", "policy positions in three months"),
        ("length of the table and six", "length of the table"),
    ],
)
def test_a_count_in_words_joined_by_and_ends_the_measure(phrase: str, expected: str) -> None:
    assert without_figures(phrase) == expected

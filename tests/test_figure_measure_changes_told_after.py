"""A figure's change told after it (`, up 18%`), an average that qualifies a figure, a figure in
brackets after the phrase it measures, and another's figure after `last year's`."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme Foods reported a fourth-quarter pre-tax profit of $412 million, up 18% from a "
         "year earlier.",
         [("$412 million", "Acme Foods fourth-quarter pre-tax profit"),
          ("up 18%", "Acme Foods fourth-quarter pre-tax profit")]),
        ("Dell shipped 9.8 million PCs, down 12%.",
         [("9.8 million PCs", "PCs Dell shipped"), ("down 12%", "PCs Dell shipped")]),
        ("Ryanair carried 14 million passengers in May, 11% more than a year earlier.",
         [("14 million passengers", "passengers Ryanair carried"),
          ("11%", "passengers Ryanair carried")]),
        # a year between is no figure the change is of
        ("Renault sold 2.4 million cars in 2004, an increase of 4% on the year before.",
         [("2.4 million cars", "cars Renault sold"), ("4%", "cars Renault sold")]),
        ("Season two drew 25 million viewers in its first four days, 40% more than season one.",
         [("25 million viewers", "viewers in its first four days"),
          ("four days", "Season two"), ("40%", "viewers in its first four days")]),
        ("The vase sold for 11 million dollars, double its price in 2013.",
         [("11 million dollars", "vase price"), ("double", "vase price")]),
        # a change with a verb of its own keeps its own measure
        ("The index closed at 7,500, and exports rose 5%.",
         [("7,500", "index"), ("rose 5%", "exports")]),
    ],
)  # fmt: skip
def test_a_change_told_after_a_figure_measures_what_it_does(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Workers earn an average of $20.50 an hour.", "earnings"),
        ("Households lost an average of 15% of their savings.", "savings"),
        ("Users spend an average of 95 minutes a day on the app.", "Users"),
        # the average named as such, not a qualifier of the figure
        ("We ended the year with 881, well below the average of 1,253.", "average"),
    ],
)  # fmt: skip
def test_an_average_qualifies_a_figure_it_does_not_measure(sentence: str, expected: str) -> None:
    assert measures(sentence)[-1][1] == expected


def test_a_bracketed_figure_measures_the_participle_phrase_before_it() -> None:
    sentence = (
        "Jobs in the suburbs fell 7%, twice the decline experienced by the typical city "
        "resident (3%)."
    )
    assert measures(sentence)[-1] == ("3%", "decline experienced by the typical city resident")


def test_a_time_blanked_out_is_no_bracket() -> None:
    sentence = "A student was attacked by five men on a bus in 2012."
    found = figures_in_article([[sentence]])
    assert [(f.text, f.measure) for f in found if f.kind == "year"] == [("2012", "student")]


def test_last_years_figure_for_another_keeps_its_own_measure() -> None:
    sentence = 'The film made $70 million, above last year\'s $69.4 million opening for "Orbit."'
    assert measures(sentence) == [("$70 million", "film earnings"),
                                  ("$69.4 million", "opening for Orbit")]  # fmt: skip


def test_a_further_bare_number_counts_what_the_counted_figure_before_does() -> None:
    sentence = "Meta cut 11,000 jobs, or 13% of its staff, in May, and a further 10,000 in June."
    found = [(f.text, f.unit, f.measure) for f in figures_in_article([[sentence]])]
    assert found[-1] == ("10,000", "jobs", "jobs Meta cut")

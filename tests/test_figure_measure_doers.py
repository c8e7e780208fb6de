"""Counted people by what they did."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Nearly 9 million viewers watched the debate on Tuesday.", "9 million",
         "viewers who watched the debate"),
        ("Some 40,000 shoppers signed the petition in a week.", "40,000",
         "shoppers who signed the petition"),
        # a bare count before what only people do counts people
        ("About 40,000 marched through Madrid on Sunday.", "40,000",
         "people who marched through Madrid"),
        ("By noon, 2 million watched the launch online.", "2 million",
         "people who watched the launch online"),
        # a state is no deed: the count keeps its bare noun
        ("About 3,000 people are homeless.", "3,000", "people"),
        # a count after its subject is another rule's
        ("Police arrested 30 fans outside the ground.", "30", "fans police arrested"),
    ],
)  # fmt: skip
def test_counted_people_by_what_they_did(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a present deed of people, and one after `the fact that`
        ("About 12 million adults use a tablet at work.", "12 million", "adults who use a tablet"),
        ("Reports show that despite the fact that 800 patients contract flu each week, few "
         "clinics prepare.", "800", "patients who contract flu each week"),
        # what was done to them
        ("Some 60 passengers were injured in the crash near Tulsa.", "60",
         "passengers injured in the crash near Tulsa"),
        ("About 700 executives in 30 countries were surveyed for the study.", "700",
         "executives surveyed for the study"),
        # after a modal or `being`, and past an aside of who is among them
        ("Staff fear that up to 90 posts would be moved to Leeds.", "up to 90",
         "posts moved to Leeds"),
        ("The charity said 40,000 pupils were being denied free meals.", "40,000",
         "pupils denied free meals"),
        ("Eleven men, including a Dutch pilot, have been charged over the smuggling.", "Eleven",
         "men charged over the smuggling"),
        # a relative clause says what was done to them, wherever the count stands
        ("Today there are 5,200 workers who have been laid off at the plant.", "5,200",
         "workers laid off at the plant"),
        # what they are doing, wherever the count stands, up to the clause's verb
        ("There are 4,000 nurses working in rural clinics.", "4,000",
         "nurses working in rural clinics"),
        ("About 2,000 fans queuing outside the stadium were turned away.", "2,000",
         "fans queuing outside the stadium"),
    ],
)  # fmt: skip
def test_counted_people_by_what_was_done_to_them(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Lena Ros also reportedly sold 12 paintings to the museum.", "12",
         "paintings Lena Ros sold"),
        ("Acme recently opened 30 stores in Wales.", "30", "stores Acme opened in Wales"),
    ],
)  # fmt: skip
def test_adverbs_between_a_named_doer_and_its_verb_are_left_out(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Hundreds of fans waiting at the airport cheered loudly.", "Hundreds",
         "fans waiting at the airport"),
        ("Dozens of drivers striking at the depot went home.", "Dozens",
         "drivers striking at the depot"),
        ("Thousands of pupils studying at Durham marched.", "Thousands",
         "pupils studying at Durham"),
        ("Half of the 300 workers who were laid off have found jobs.", "300",
         "workers laid off"),
        ("The 80 pupils who were sent home returned on Monday.", "80", "pupils sent home"),
    ],
)  # fmt: skip
def test_what_counted_people_did_stops_before_the_verb_of_their_clause(
    sentence: str, number: str, expected: str
) -> None:
    found = [f.measure for f in figures_in_sentence(sentence) if f.text.startswith(number)]
    assert found == [expected]

"""A counted subject's own verb is no part of its measure: cut before an adverb that opens the
predicate (`currently rent`), or told as a deed that needs no object (`cows which died`)."""

from __future__ import annotations

import pytest

from bot.analyse.figures.readable import measure_flaw, shown_measure
from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A survey found 335 nurses from all over the region currently rent flats.",
         "nurses from all over the region"),
        # an adverb that describes the noun to come stays
        ("There are 40 people in the newly built flats.", "people in the newly built flats"),
        ("There are 40 firms in the rapidly growing towns.", "firms in the rapidly growing towns"),
        ("Five deputies in the usually quiet Duma have tabled a bill.",
         "deputies in the usually quiet Duma"),
    ],
)  # fmt: skip
def test_an_adverb_opening_the_predicate_ends_the_noun(sentence: str, expected: str) -> None:
    assert measures(sentence)[-1][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 18,000 cows died in the fire at the dairy.", "cows which died in the fire"),
        ("In the raid, two gunmen died in the assault.", "gunmen who died in the assault"),
        ("More than 6,000 radio listeners voted in the awards.",
         "radio listeners who voted in the awards"),
        ("On Sunday, some 3,000 women marched in Oslo to mark the day.",
         "women who marched in Oslo"),
    ],
)  # fmt: skip
def test_a_deed_needing_no_object_is_told_whole(sentence: str, expected: str) -> None:
    assert measures(sentence)[-1][1] == expected


@pytest.mark.parametrize(
    ("found", "shown"),
    [
        ("Users spend", "Users"),
        ("pension plan", "pension plan"),  # a singular noun before: no verb of its
        ("the country's", ""),
        ("record of Ann Lee's", ""),
        ("EA's", "EA's"),  # a name alone says whose
    ],
)
def test_a_measure_as_shown(found: str, shown: str) -> None:
    assert shown_measure(found) == shown


def test_a_time_preposition_opens_no_measure() -> None:
    assert (
        measure_flaw("During the 1997 election campaign") == "opens with the preposition 'during'"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She warned that food inflation, currently running at 3.8%, would stay high.",
         "food inflation"),
        ("The jobless rate, steadily climbing to 7.1%, worries the bank.", "jobless rate"),
    ],
)  # fmt: skip
def test_an_aside_of_an_adverb_and_a_participle_measures_the_noun_it_follows(
    sentence: str, expected: str
) -> None:
    assert measures(sentence)[-1][1] == expected

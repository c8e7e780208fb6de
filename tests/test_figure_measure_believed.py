"""What a figure measures when its clause is what someone claims, believes or expects, told with
no `that` (`Critics claim the scheme cost £5m`): the subject of that clause, not the believer.
And the nouns of change (`growth`, `losses`) that are never the verb of their clause. Each
sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        (
            "They claim travel expenses cost the taxpayer £4.1 million last year.",
            "£4.1 million",
            "travel expenses",
        ),
        ("Critics claim the new ferry service cost £12m.", "£12m", "new ferry service"),
        ("Shopkeepers now expect footfall to rise by 3% in the spring.", "3%", "footfall"),
        ("Rivermouth Council estimates the repair bill at £2.5m.", "£2.5m", "repair bill"),
        ("Many believe the deficit will stay under 4%.", "4%", "deficit"),
        ("Local estate agents reckon that rents rose 6% in the town.", "6%", "rents"),
    ],
)
def test_a_believed_clause_gives_its_own_subject(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # the verb-like word is a noun here: the whole subject stays
        (
            "Insurance claims from the floods rose 8% in March.",
            "8%",
            "Insurance claims from the floods",
        ),
        ("Insurance claims rose 8% in March.", "8%", "Insurance claims"),
        (
            "Some 300 fans are expected to travel to the final.",
            "300",
            "fans expected to travel to the final",
        ),
    ],
)
def test_a_noun_that_looks_like_a_believing_verb_keeps_the_subject(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I reckon maybe two to three weeks will do it.",
        "We don't expect a strong recovery until 2027, but 4% would help.",
    ],
)
def test_no_phrase_is_taken_from_an_adverb_or_a_denied_belief(sentence: str) -> None:
    number = "two to three weeks" if "weeks" in sentence else "4%"
    assert measure_of(sentence, number) in {"", "recovery"} - {"strong"}


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Economic growth slowed to 1.2% in the third quarter.", "1.2%", "Economic growth"),
        ("Overall wage growth eased to 3.1%.", "3.1%", "wage growth"),
        ("Job losses reached 2,300 in the region.", "2,300", "Job losses"),
        ("Pre-tax losses narrowed to £7m.", "£7m", "Pre-tax losses"),
        # a change owns none of the counted things it changes: it is a change of them
        ("The closure of the plant will mean the loss of 650 jobs.", "650 jobs", "loss of jobs"),
        (
            "It will see a growth of 40,000 passengers a year.",
            "40,000 passengers",
            "growth of passengers",
        ),
    ],
)
def test_a_noun_of_change_is_never_the_verb_of_its_clause(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected

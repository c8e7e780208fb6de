"""A figure of the second of two clauses joined by `and` measures that clause's subject."""

from __future__ import annotations

import pytest

from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Last year Peru was ahead with 31% and Chile came second with 27%.", "27%", "Chile"),
        ("Last year Peru was ahead with 31% and Chile came second with 27%.", "31%", "Peru"),
        ("Oslo began the year at 4% and Bergen went on to 6%.", "6%", "Bergen"),
    ],
)  # fmt: skip
def test_the_second_clause_has_its_own_subject(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # `see` and `keeps` are verbs: no subject runs on into them
        ("Traders see two threats to the market this spring.", "two", "threats Traders see"),
        ("The bank keeps it pegged near a rate of 7.8 to the dollar.", "7.8", "bank"),
    ],
)  # fmt: skip
def test_a_subject_ends_before_its_verb(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected

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

"""A sum's deal keeps the names of its parties: `£8m bid from Tottenham for Reid`."""

from __future__ import annotations

import pytest

from bot.analyse.figures.noun_tails import deal_parties
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The club has received a £6m offer from Leeds United for Sam Okoro.", "£6m",
         "offer from Leeds United for Sam Okoro"),
        ("The fund agreed a $3bn loan to Ghana last week.", "$3bn", "loan to Ghana"),
        # a party that is no name still says what the sum is for
        ("The firm paid a $5m fine for the spill.", "$5m", "fine for the spill"),
    ],
)  # fmt: skip
def test_a_deal_keeps_its_parties(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_only_deals_take_their_parties() -> None:
    text = "a 40-mile road to Leeds"
    assert deal_parties(text, "road", 0) == "road"
    assert deal_parties("a $1m grant from Arts Council England and", "grant", 0) == (
        "grant from Arts Council England"
    )

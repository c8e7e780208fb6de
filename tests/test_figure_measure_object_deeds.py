"""Counted things a pronoun or `that` acts on: the deed as a past participle (`units sold`), or
`to be` with it for a deed not yet done (`stores to be opened`)."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_sentence
from bot.analyse.figures.object_deeds import participle


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By then they had sold 40 million discs.", ("40 million discs", "discs sold")),
        ("It has filed 30 complaints since May.", ("30 complaints", "complaints filed")),
        ("Last season they made nine signings.", ("nine signings", "signings made")),
        ("It shipped 2,500 tractors to Kenya.", ("2,500 tractors", "tractors shipped")),
        ("We visited 14 villages on the coast.", ("14 villages", "villages visited on the coast")),
    ],
)
def test_a_deed_done_by_a_pronoun_says_which_things(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert measures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It plans to open 40 cafes in Leeds.", ("40 cafes", "cafes to be opened in Leeds")),
        ("They would build 300 flats on the site.", ("300 flats", "flats to be built on the site")),
        ("That could help lift 90,000 pensioners out of poverty.",
         ("90,000 pensioners", "pensioners to be lifted out of poverty")),
    ],
)  # fmt: skip
def test_a_deed_not_yet_done_is_to_be_done(sentence: str, expected: tuple[str, str]) -> None:
    assert measures(sentence) == [expected]


def test_a_done_deed_keeps_its_out_of_phrase() -> None:
    assert measures("It pulled 31 swimmers out of the bay on Monday.") == [
        ("31 swimmers", "swimmers pulled out of the bay")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It has 900 staff in Dundee.", ("900 staff", "staff in Dundee")),  # having
        ("It shows 12 bridges over the Tyne.", ("12 bridges", "bridges")),  # showing
        ("It helps to understand the three rules of chess.", ("three rules", "rules of chess")),
        ("They saw that the two sides agreed.", ("two sides", "sides")),  # `that` then no verb
    ],
)  # fmt: skip
def test_no_deed_is_read_where_none_is_done(sentence: str, expected: tuple[str, str]) -> None:
    assert measures(sentence) == [expected]


def test_a_verb_acting_on_a_group_leaves_the_one_picked_from_it() -> None:
    found = measures("It recalled one of the worst storms in the valley.")
    assert all("recalled" not in measure for _, measure in found)


@pytest.mark.parametrize(
    ("verb", "done"),
    [
        ("lift", "lifted"), ("lifts", "lifted"), ("opened", "opened"), ("ship", "shipped"),
        ("plan", "planned"), ("open", "opened"), ("carries", "carried"), ("close", "closed"),
        ("catches", "caught"), ("sold", "sold"), ("flew", "flown"), ("pushes", "pushed"),
        ("buying", ""), ("likely", ""), ("does", "done"), ("ran", "run"),
    ],
)  # fmt: skip
def test_participles(verb: str, done: str) -> None:
    assert participle(verb) == done


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It has struck 40 homes.", ("40 homes", "homes struck")),
        ("They have frozen 40 accounts.", ("40 accounts", "accounts frozen")),
        ("It will scrap 40 flights.", ("40 flights", "flights to be scrapped")),
        ("It helped lift 9,000 kids out of poverty.", ("9,000 kids", "kids lifted out of poverty")),
        ("They won 4 matches out of the last 9.", ("4 matches", "matches won")),
    ],
)  # fmt: skip
def test_participles_and_tenses_read_as_written(sentence: str, expected: tuple[str, str]) -> None:
    assert measures(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It found 40 people had died.", ("40 people", "people")),
        ("It would allow 400 people to vote.", ("400 people", "people")),
        ("It would make 400 people redundant.", ("400 people", "people")),
        ("That makes 40 deaths this year.", ("40 deaths", "deaths")),
        ("It can seat 400 people.", ("400 people", "people")),
    ],
)  # fmt: skip
def test_no_deed_for_a_clause_a_tally_or_a_capacity(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert measures(sentence) == [expected]

"""Measures a reader can use where the words around the number mislead: a part of a counted
whole, a pronoun's `of them`, a doer's missing article, an age given `aged` or `at the age of`,
what a sum is the worth of, `for the first time`, and a subject telling of its own deed."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.text.sentences import split_sentences


def measures(*paragraphs: str) -> list[tuple[str, str]]:
    article = [list(split_sentences(p)) for p in paragraphs]
    return [(f.text, f.measure) for f in figures_in_article(article) if not f.minor]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harlow Retail will close 120 of its 1,400 shops.",
         [("120", "shops Harlow Retail will close"), ("1,400 shops", "Harlow Retail shops")]),
        ("The coach overturned, killing at least 18 of them.",
         [("at least 18", "people killed by the coach")]),
        ("Thieves stole paintings worth 40 million euros.",
         [("40 million euros", "paintings")]),
        ("Household debt topped $2 trillion for the first time.",
         [("topped $2 trillion", "Household debt")]),
        ("The navy said it had sunk 12 boats.", [("12 boats", "boats the navy sunk")]),
    ],
)  # fmt: skip
def test_the_phrase_a_reader_would_write(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ada Lind won her fifth title at the age of 34.",), "age of Ada Lind"),
        (("Ivo Brandt, aged 61, was charged on Monday.",), "age of Ivo Brandt"),
        (("Her son was just six when the family fled.",), "age of her son"),
        (("The victim, a nurse from Hull, was 29.",), "age of the victim"),
        (("Ada Lind said she was thrilled.", "She won her fifth title at the age of 34."),
         "age of Ada Lind"),
    ],
)  # fmt: skip
def test_an_age_given_aged_or_at_the_age_of(paragraphs: tuple[str, ...], expected: str) -> None:
    assert [m for _, m in measures(*paragraphs)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A breach exposed the personal details of 40 million customers.",
         [("40 million customers", "personal details of customers")]),
        ("The club sacked its coach after a run of seven defeats.",
         [("seven defeats", "run of defeats")]),
        # a collection is no phrase of its own: its things are counted
        ("A team of 12 divers searched the lake.", [("12 divers", "divers")]),
    ],
)  # fmt: skip
def test_things_counted_after_a_common_noun_and_of(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count inside the phrase that opens the sentence has no owner in it
        ("Tickets for the 12 shows sold out in an hour.", [("12 shows", "shows")]),
        ("Investigators from 30 agencies joined the hunt.", [("30 agencies", "agencies")]),
        # a plural written like a verb is still the noun counted
        ("The band played 12 shows in Leeds.", [("12 shows", "band shows in Leeds")]),
    ],
)  # fmt: skip
def test_a_count_inside_the_opening_phrase(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The club, which is 69% owned by the Harlow family, grew.", "Harlow family stake"),
        ("Acme is 40% owned by Kestrel Motors.", "Kestrel Motors stake"),
        # an owner named by a possessive says no one: the subject is what is owned
        ("Acme may be no more than 80% owned by its 10 biggest holders.", "Acme"),
    ],
)  # fmt: skip
def test_a_share_owned_by_someone_is_their_stake(sentence: str, expected: str) -> None:
    assert measures(sentence)[0][1] == expected

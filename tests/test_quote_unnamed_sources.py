"""Reported speech from a source the article never names: critics, a study, the panel, an
influential survey, a newcomer (`a fan`). The quote is kept under its description, and the
description is no one later pronouns stand for; a description of what no one is, or of a body
that should have been found, keeps nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("But critics say the new levy is confusing and too costly to collect.", "critics"),
        ("The study predicts that 40% of home buyers will be women by 2027.", "study"),
        ("An influential survey said consumer confidence was at a five-month high.",
         "influential survey"),
        ("A fan said she saw the singer in a hotel bar in Goa.", "fan"),
        ("The Paris-based economics think tank said it believed growth would recover.",
         "Paris-based economics think tank"),
    ],
)  # fmt: skip
def test_a_source_no_one_names_keeps_its_words(sentence: str, speaker: str) -> None:
    assert [who for _text, who in speakers(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person described with `the` is someone the article named: better no speaker than a
        # new one
        "The comedian said he had drawn up a list of stars he wanted.",
        # the group, the company: a body the story should have named
        "The group said revenues had slipped 11% during the year.",
    ],
)
def test_an_unfound_description_of_someone_named_keeps_nothing(sentence: str) -> None:
    assert speakers(sentence) == []


def test_an_unnamed_source_is_not_who_later_words_mean() -> None:
    quotes = speakers(
        "Ada Brook, the director, said the film would open in May.",
        "Critics said the script was weak. She said the reviews did not worry her.",
    )
    assert [who for _text, who in quotes] == ["Ada Brook", "Critics", "Ada Brook"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the group was unable to say when the plant would reopen.",
        "The hard part is knowing whether people online are who they say they are.",
        "They say the plan is too costly and the timetable too short.",
        "It has had vocal critics who say it could favour large firms.",
    ],
)
def test_say_after_to_a_generic_they_or_a_relative_reports_nothing(sentence: str) -> None:
    assert speakers(sentence) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Maya Castellanos sold more than 1.1 million tickets for her world tour, her promoter "
         "said on Wednesday.", "Maya Castellanos's promoter"),
        ("Mark Hill was arrested on Friday, his lawyer said.", "Mark Hill's lawyer"),
        ("A group has demanded a ransom of $5 million, according to a person familiar with the "
         "investigation.", "person familiar with the investigation"),
    ],
)  # fmt: skip
def test_an_owner_named_in_the_words_reported_and_an_insider(paragraph: str, speaker: str) -> None:
    assert [who for _text, who in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kisaragi had been in talks with Nanami for a year, two people familiar with the matter "
         "said.", "people familiar with the matter"),
        ("Orla Foods had seen off a rival approach, a person close to the company said.",
         "person close to the company"),
        ("One of the gang is a former employee of the firm, two police sources said.",
         "two police sources"),
        ("Most of the dead were killed by falling trees, local officials said.",
         "local officials"),
        ("Output policy is likely to stay unchanged on Sunday, three delegates told Reuters.",
         "three delegates"),
        ("Senate sources say the missing tapes may have been stolen by baggage handlers.",
         "Senate sources"),
    ],
)  # fmt: skip
def test_unnamed_people_closing_a_report_are_its_source(sentence: str, speaker: str) -> None:
    assert [who for _text, who in speakers(sentence)] == [speaker]


def test_a_closing_plural_that_names_no_people_reports_nothing() -> None:
    assert speakers("Prices rose sharply across the region on Friday, markets said.") == []

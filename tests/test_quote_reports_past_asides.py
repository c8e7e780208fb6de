"""Reported speech read past what sits between its parts: an aside after the reported clause's
subject (`said the gang, armed with rifles, forced the van`), a long adjunct before `that`
(`said in a report last week that`), and a trade description between a person's post and the
body they hold it at (`officer at US telecoms firm Telvia`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def reports(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police spokesperson Brigadier Thandi Moyo said the gang, armed with assault rifles, "
         "forced the van off the road.",
         ("the gang, armed with assault rifles, forced the van off the road.", "Thandi Moyo")),
        ("Prosecutors said Tallow, who was chief revenue officer at the clinic, pressured staff "
         "to bill for sessions.",
         ("Tallow, who was chief revenue officer at the clinic, pressured staff to bill for "
          "sessions.", "Prosecutors")),
        ("Analysts said record gold prices, which rose above $4,000 an ounce, had left miners "
         "flush with cash.",
         ("record gold prices, which rose above $4,000 an ounce, had left miners flush with "
          "cash.", "Analysts")),
        ("The Fiscal Review Office said in a report last week that the debt ratio would rise to "
         "42.7%.",
         ("the debt ratio would rise to 42.7%.", "Fiscal Review Office")),
    ],
)  # fmt: skip
def test_a_report_is_read_past_an_aside_or_a_long_adjunct(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert reports(sentence) == [expected]


def test_a_thing_said_with_an_aside_is_still_no_report() -> None:
    assert reports("Ann Lee said a prayer, sobbing quietly, as the water was rising.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rabbi Marvin Hale, founder of rights group the Harbour Centre said the costume was "
         "offensive.", "Marvin Hale"),
        ("David Stone, UK managing director of filtering firm Cipherline, said spam would grow "
         "this year.", "David Stone"),
    ],
)  # fmt: skip
def test_a_post_at_a_body_described_by_its_trade_is_the_persons(
    sentence: str, speaker: str
) -> None:
    assert [who for _text, who in reports(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Spanish media reported this week that a Premier League club was preparing a bid for "
          "the winger.",),
         [("a Premier League club was preparing a bid for the winger.", "Spanish media")]),
        (("Jonas Alder, an analyst at Hanse Research, spoke first.",
          "He estimated that each day of strike action cost the firm around 11 million euros."),
         [("each day of strike action cost the firm around 11 million euros.", "Jonas Alder")]),
    ],
)  # fmt: skip
def test_the_press_of_a_place_reports_and_an_estimate_is_a_report(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert reports(*paragraphs) == expected


def test_an_estimate_in_a_relative_clause_or_a_passive_takes_no_quote() -> None:
    assert reports(
        '"The city makes it fast," race director Vicente Lorca said, pointing to the crowds, '
        "which he estimated at 200,000.",
        "It is estimated that £500,000 is needed to buy the building.",
    ) == [("The city makes it fast", "Vicente Lorca")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Efua Boateng is chief economist at Harmattan Capital.",
          "She warned, however, that spending ahead of the elections could slow progress."),
         [("spending ahead of the elections could slow progress.", "Efua Boateng")]),
        (("Output policy is likely to stay unchanged on Sunday, three delegates told Reuters, "
          "though some members want a small increase.",),
         [("Output policy is likely to stay unchanged on Sunday", "three delegates")]),
        (("Northgate said the Chimwe West shaft accounted for a quarter of its output.",),
         [("the Chimwe West shaft accounted for a quarter of its output.", "Northgate")]),
    ],
)  # fmt: skip
def test_a_report_past_a_set_off_adverb_a_contrast_or_a_named_subject(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert reports(*paragraphs) == expected


def test_a_body_a_place_owns_speaks_in_a_participle_after_an_aside() -> None:
    assert reports(
        "Ghana's central bank cut its main policy rate to 19% on Monday, its third reduction this "
        "year, saying inflation was falling faster than expected."
    ) == [("inflation was falling faster than expected.", "Ghana's central bank")]
    assert reports(
        "Santander's board rejected the charges on Monday, saying the payouts were legal."
    ) == [("the payouts were legal.", "Santander's board")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Hague District Court found that Noorwal, which supplies gas to 2.3 million "
         "households, had a duty of care.",
         [("Noorwal, which supplies gas to 2.3 million households, had a duty of care.",
           "Hague District Court")]),
        ("The survey found that musicians were positive about the internet.",
         [("musicians were positive about the internet.", "survey")]),
        ("Ann Lee found that her car had been stolen on Monday night.", []),
        # a speaker who reports the finding speaks
        ("Ivo Marsh, a consultant at Harbour Retail, said the survey showed that shops needed "
         "to explain the tags.",
         [("the survey showed that shops needed to explain the tags.", "Ivo Marsh")]),
        ("It was found that the pipe had burst in two places overnight.", []),
    ],
)  # fmt: skip
def test_a_court_or_a_study_reports_what_it_found(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert reports(sentence) == expected

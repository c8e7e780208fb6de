"""Speakers given by a description: the role, title, party or body the article gave a cast
member earlier decides who `the senator`, `the campaign` or `the agency` is."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.role_nouns import roles_at
from tests.test_quotes import article


def attributed(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("opening", "said", "expected"),
    [
        (  # a short title before the name: `Sen.` is the senator
            "Sen. Nora Vance of Idaho toured the dam. Paul Ostrow, a farmer, came along.",
            "“The dam stays open,” the senator said.",
            ("The dam stays open", "Nora Vance", "said", "the senator"),
        ),
        (  # a qualifier and a short title: `Former Gov.` is the former governor
            "Former Gov. Nora Vance toured the dam. Paul Ostrow, a farmer, came along.",
            "“The dam stays open,” the former governor told reporters.",
            ("The dam stays open", "Nora Vance", "told", "the former governor"),
        ),
        (  # a party word and a candidacy noun before the name
            "Democratic nominee Nora Vance toured the dam. Paul Ostrow, a farmer, came along.",
            "“The dam stays open,” the Democratic nominee said.",
            ("The dam stays open", "Nora Vance", "said", "the Democratic nominee"),
        ),
        (  # the apposition of a later mention, not the first
            "Nora Vance toured the dam on Monday. Paul Ostrow, a farmer, came along. Vance, "
            "the Republican candidate, spoke last.",
            "“The dam stays open,” the candidate said.",
            ("The dam stays open", "Nora Vance", "said", "the candidate"),
        ),
        (  # a role with `of` in it, written in lower case
            "Nora Vance, a farmer, toured the dam with former secretary of state Paul Ostrow.",
            "“The dam stays open,” the former secretary of state added.",
            ("The dam stays open", "Paul Ostrow", "added", "the former secretary"),
        ),
    ],
)
def test_a_description_is_the_cast_member_given_that_role(
    opening: str, said: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(opening, said) == [expected]


def test_a_role_holder_with_a_role_keeps_it_against_a_newer_person_with_another() -> None:
    quotes = attributed(
        "Nora Vance, the Republican front-runner, toured the dam. Businessman Paul Ostrow "
        "disagreed with her.",
        "“The dam stays open,” the front-runner said.",
    )
    assert quotes == [("The dam stays open", "Nora Vance", "said", "the front-runner")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "“The dam stays open,” the Vance campaign said in a statement.",
            ("The dam stays open", "Nora Vance", "said", "the Vance campaign"),
        ),
        (
            "“The dam stays open,” Vance's campaign said in a statement.",
            ("The dam stays open", "Nora Vance", "said", "Vance's campaign"),
        ),
        (  # no owner named: the person named as a candidate
            "“The dam stays open,” the campaign said in a statement.",
            ("The dam stays open", "Nora Vance", "said", "the campaign"),
        ),
    ],
)
def test_a_campaign_speaks_for_its_candidate(
    said: str, expected: tuple[str, str, str, str]
) -> None:
    opening = "Republican candidate Nora Vance toured the dam. Paul Ostrow, a farmer, came along."
    assert attributed(opening, said) == [expected]


def test_the_owners_role_written_with_a_pronoun_before_the_name() -> None:
    quotes = attributed(
        "Nora Vance toured the dam. Her campaign manager, Paul Ostrow, came along.",
        "“The dam stays open,” Vance's campaign manager said.",
    )
    assert quotes == [("The dam stays open", "Paul Ostrow", "said", "Vance's campaign manager")]


def test_the_agency_is_the_administration_named_before() -> None:
    quotes = attributed(
        "The Federal Water Administration closed the dam. Paul Ostrow, a farmer, objected.",
        "“The dam stays shut,” the agency said.",
    )
    assert quotes == [("The dam stays shut", "Federal Water Administration", "said", "the agency")]


def test_an_honorific_is_no_role() -> None:
    quotes = attributed(
        "Mr. Paul Ostrow toured the dam. Nora Vance, the county engineer, came along.",
        "“The dam stays open,” the engineer said.",
    )
    assert quotes == [("The dam stays open", "Nora Vance", "said", "the engineer")]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("“The dam stays open,” the Democratic front-runner said.", "Nora Vance"),
        ("“The dam stays open,” the GOP front-runner said.", "Paul Ostrow"),
        ("“The dam stays open,” the Idaho senator said.", "Nora Vance"),
    ],
)
def test_a_party_or_state_picks_among_holders_of_one_role(said: str, speaker: str) -> None:
    quotes = attributed(
        "Democratic front-runner Nora Vance, an Idaho senator, toured the dam. Republican "
        "front-runner Paul Ostrow, a Utah senator, toured it after her.",
        said,
    )
    assert [(q[1], q[2]) for q in quotes] == [(speaker, "said")]


def test_a_plural_role_before_names_is_a_role_of_the_name_after_it() -> None:
    quotes = attributed(
        "In a talk with radio hosts Joe Carr and Mia Bell, Nora Vance spoke about the dam. Carr "
        "asked about the spillway.",
        "“The dam is fine and I said so on air,” the host said.",
    )
    assert quotes == [("The dam is fine and I said so on air", "Joe Carr", "said", "the host")]


@pytest.mark.parametrize(("owner", "expected"), [("her", "Nora Vance"), ("his", "Paul Ostrow")])
def test_her_statement_is_the_woman_in_focus(owner: str, expected: str) -> None:
    quotes = attributed(
        "Nora Vance toured the dam. Paul Ostrow came along.",
        f"“I have seen only the plans,” {owner} statement said.",
    )
    assert quotes == [("I have seen only the plans", expected, "said", f"{owner} statement")]


def test_their_statement_is_no_one_person() -> None:
    quotes = attributed("Ann and Tom Marsh sold the farm.", '"It was time," their statement said.')
    assert quotes == [("It was time", "statement", "said", "their statement")]


@pytest.mark.parametrize(("owner", "expected"), [("her", "Ada Brook"), ("his", "Tom Reed")])
def test_her_campaign_is_the_candidate_of_her_gender(owner: str, expected: str) -> None:
    quotes = attributed(
        "Democratic nominee Ada Brook spoke in Toledo. Republican nominee Tom Reed attacked her "
        "on taxes.",
        f'"He is lying about the record," {owner} campaign said.',
    )
    assert quotes == [("He is lying about the record", expected, "said", f"{owner} campaign")]


def test_a_campaign_of_no_candidate_is_a_body_of_its_own() -> None:
    quotes = attributed(
        "Councillor Ann Marsh voted to sell the park on Monday.",
        '"This is a betrayal of every family in town," the campaign said in a statement.',
    )
    assert quotes == [
        ("This is a betrayal of every family in town", "campaign", "said", "the campaign")
    ]


@pytest.mark.parametrize(
    ("opening", "said", "expected"),
    [
        ("Ann Lee, a candidate for mayor, spoke downtown. Tom Reed spoke later.",
         "\"I will win,\" the candidate said.", ("I will win", "Ann Lee", "said", "the candidate")),
        ("Ada Brook, the Democratic nominee, spoke in Ohio. Tom Reed spoke in Iowa.",
         "\"I will win Ohio,\" the nominee said.",
         ("I will win Ohio", "Ada Brook", "said", "the nominee")),
        ("Ann Lee, the mayor, spoke in Ohio. Tom Reed spoke in Iowa.",
         "\"I will win Ohio,\" the mayor said.",
         ("I will win Ohio", "Ann Lee", "said", "the mayor")),
    ],
)  # fmt: skip
def test_the_holder_of_the_role_wins_over_a_newer_person_with_none(
    opening: str, said: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(opening, said) == [expected]


def test_an_indefinite_description_brings_in_someone_new() -> None:
    quotes = attributed(
        "Nora Vance spoke at the rally.", "“She is the best we have had,” a young woman said."
    )
    assert quotes == [("She is the best we have had", "young woman", "said", "a young woman")]


def test_an_indefinite_description_of_a_role_given_before_is_its_holder() -> None:
    quotes = attributed(
        "Nora Vance spoke at the rally. Paul Ostrow, a longtime organiser, had set it up.",
        "“She is the best we have had,” a longtime organiser said.",
    )
    assert quotes == [
        ("She is the best we have had", "Paul Ostrow", "said", "a longtime organiser")
    ]


@pytest.mark.parametrize(
    ("description", "expected"),
    [("the two-time champion", "Tom Reed"), ("the champion", "Ann Lee")],
)
def test_a_description_adding_words_the_holder_lacks_may_be_the_newer_person(
    description: str, expected: str
) -> None:
    quotes = attributed(
        "Four-time champion Ann Lee won in Oslo. Britain's Tom Reed has not decided on the race. "
        f'"It is special to me," said {description}.'
    )
    assert quotes == [("It is special to me", expected, "said", description)]


def test_the_second_of_two_hosts_in_focus_is_the_host() -> None:
    assert attributed(
        "Radio hosts Joe Carr and Mia Bell spent the morning on the election.",
        "Bell took the first call from a farmer in the valley.",
        "\u201cEvery caller wanted to talk about taxes,\u201d the host said.",
    ) == [("Every caller wanted to talk about taxes", "Mia Bell", "said", "the host")]


def test_every_name_a_plural_role_lists_holds_the_role() -> None:
    text = "The radio hosts Joe Carr, Ada Brook and Mia Bell spoke."
    assert "host" in roles_at(text, text.index("Ada"))
    assert "host" in roles_at(text, text.index("Mia"))
    assert roles_at("Voters like Joe Carr and Mia Bell spoke.", 25) == frozenset()


@pytest.mark.parametrize(
    ("opening", "said", "speaker"),
    [
        ("Finance Minister Nora Vance was abroad.", "the minister's office said",
         "Nora Vance's office"),
        ("Nora Vance toured the dam on Monday.", "her office said", "Nora Vance's office"),
        ("Nora Vance toured the dam on Monday.", "Nora Vance's office said", "Nora Vance's office"),
    ],
)  # fmt: skip
def test_an_office_speaks_for_the_person_who_holds_it(
    opening: str, said: str, speaker: str
) -> None:
    found = attributed(opening, f"“The inquiry goes on,” {said}.")
    assert [s for _text, s, _cue, _mention in found] == [speaker]


def test_only_someone_called_the_sheriff_holds_the_sheriffs_office() -> None:
    found = attributed(
        "Nora Vance was found dead at her home.",
        "“The inquiry goes on,” the sheriff's office said.",
    )
    assert [speaker for _text, speaker, _cue, _mention in found] == ["sheriff's office"]

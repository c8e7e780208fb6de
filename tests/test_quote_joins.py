"""Quoted stretches read as one quote: a quote carried into the next paragraph, a quote broken by
a long or descriptive attribution, and the quotes that stay apart."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article

Row = tuple[str, str | None, str, str | None, str | None]


def quotes(*paragraphs: str) -> list[Row]:
    return [
        (q.text, q.speaker, q.kind, q.cue, q.mention) for q in extract_quotes(article(*paragraphs))
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a paragraph that is nothing but a quote goes on with the quote before it
            (
                "“The ferry will sail again in March,” said Ines Calloway, the harbour master.",
                "“We have ordered the parts and the crews are ready.”",
            ),
            (
                "The ferry will sail again in March … We have ordered the parts and the crews "
                "are ready.",
                "Ines Calloway",
                "direct",
                "said",
                "Ines Calloway",
            ),
        ),
        (  # and so does a second such paragraph
            (
                "Ines Calloway said the ferry would “sail again in March.”",
                "“We have ordered the parts.”",
                "“The crews are ready.”",
            ),
            (
                "sail again in March. … We have ordered the parts. … The crews are ready.",
                "Ines Calloway",
                "fragment",
                "said",
                "Ines Calloway",
            ),
        ),
        (  # broken by an attribution that describes its speaker before the name
            (
                "“The ferry will sail again in March,” harbour board chair Ines Calloway told "
                "reporters on the quay. “We have ordered the parts.”",
            ),
            (
                "The ferry will sail again in March … We have ordered the parts.",
                "Ines Calloway",
                "direct",
                "told",
                "Ines Calloway",
            ),
        ),
    ],
)
def test_joins_one_quote(paragraphs: tuple[str, ...], expected: Row) -> None:
    assert quotes(*paragraphs) == [expected]


def test_joins_a_paragraph_naming_its_own_speaker_stays_apart() -> None:
    assert quotes(
        "“The ferry will sail again in March,” said Ines Calloway.",
        "“Not with these crews,” Bruno Fell replied.",
    ) == [
        ("The ferry will sail again in March", "Ines Calloway", "direct", "said", "Ines Calloway"),
        ("Not with these crews", "Bruno Fell", "direct", "replied", "Bruno Fell"),
    ]


def test_joins_a_quote_followed_by_narration_is_not_carried_on() -> None:
    found = quotes(
        "“The ferry will sail again in March,” said Ines Calloway. The crowd cheered.",
        "“We have ordered the parts.”",
    )
    assert [text for text, *_ in found] == [
        "The ferry will sail again in March",
        "We have ordered the parts.",
    ]


def test_joins_a_sentence_that_only_follows_a_quote_does_not_break_it() -> None:
    found = quotes(
        "“The ferry will sail again in March.” The crowd cheered loudly. “We are ready.”",
    )
    assert [text for text, *_ in found] == ["The ferry will sail again in March.", "We are ready."]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # quoted words of one sentence of reported speech
            "Ines Calloway said the town was “tired of waiting,” though still hopeful that the "
            "council had “a real plan” for the summer.",
            [
                (
                    "tired of waiting … a real plan",
                    "Ines Calloway",
                    "fragment",
                    "said",
                    "Ines Calloway",
                )
            ],
        ),
        (  # a participle goes on with the same speaker
            "Ines Calloway said the delay could be “costly,” adding, “The town cannot wait "
            "forever.”",
            [
                (
                    "costly … The town cannot wait forever.",
                    "Ines Calloway",
                    "fragment",
                    "said",
                    "Ines Calloway",
                )
            ],
        ),
        (  # another speaker's verb between them keeps them apart
            "Ines Calloway said the plan was “a fine start,” while Bruno Fell called it “a sham.”",
            [
                ("a fine start", "Ines Calloway", "fragment", "said", "Ines Calloway"),
                ("a sham.", "Bruno Fell", "fragment", "called", "Bruno Fell"),
            ],
        ),
        (  # a quote already attributed between its parts keeps its own speaker
            "“The plan is a fine start,” said spokeswoman Ines Calloway. “The town backs it,” "
            "“We want it done this year,” she added.",
            [
                (
                    "The plan is a fine start … The town backs it",
                    "Ines Calloway",
                    "direct",
                    "said",
                    "spokeswoman Ines Calloway",
                ),
                ("We want it done this year", "Ines Calloway", "direct", "added", "she"),
            ],
        ),
    ],
)
def test_joins_quotes_of_one_sentence(paragraph: str, expected: list[Row]) -> None:
    assert quotes(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # the programme spoken on, in quote marks inside the attribution
            "“We are ready for the vote,” Ines Calloway said on WKRP’s “Morning Hour” on Sunday. "
            "“We have been for weeks.”",
            (
                "We are ready for the vote … We have been for weeks.",
                "Ines Calloway",
                "direct",
                "said",
                "Ines Calloway",
            ),
        ),
        (  # split by an attribution whose subject is described
            "“The boats are fuelled,” one harbour clerk remarked early on Tuesday, “and the crews "
            "are waiting.”",
            ("The boats are fuelled and the crews are waiting.", None, "direct", None, None),
        ),
    ],
)
def test_joins_a_quote_broken_by_a_busy_attribution(paragraph: str, expected: Row) -> None:
    assert quotes(paragraph) == [expected]


def test_joins_a_title_before_a_participle_is_not_split_from_the_quote_after_it() -> None:
    found = quotes(
        "Ines Calloway said the town reminded her of the book titled “The Long Tide,” "
        "explaining, “because it waited for a ferry that never came.”"
    )
    assert found == [
        (
            "because it waited for a ferry that never came.",
            "Ines Calloway",
            "direct",
            "explaining",
            "Ines Calloway",
        )
    ]


def test_joins_an_interrupted_quote_after_the_writers_words() -> None:
    assert quotes(
        "Teachers are “tired of waiting,” union head Ines Calloway said. “The ferry has to come "
        "back.”"
    ) == [
        (
            "tired of waiting … The ferry has to come back.",
            "Ines Calloway",
            "fragment",
            "said",
            "union head Ines Calloway",
        )
    ]


def test_joins_an_interrupted_quote_after_a_speech_verb_stays_apart() -> None:
    found = quotes(
        "Tom Reed called the plan “a disgrace,” Ines Calloway said. “It will never work.”"
    )
    assert [(text, kind) for text, _, kind, *_ in found] == [
        ("a disgrace", "fragment"),
        ("It will never work.", "direct"),
    ]


def test_joins_a_quote_gone_on_with_she_added() -> None:
    assert quotes(
        "Ines Calloway spoke at the quay. “The ferry will sail in March.” She added, “The crews "
        "are ready.”"
    ) == [
        (
            "The ferry will sail in March. … The crews are ready.",
            "Ines Calloway",
            "direct",
            "added",
            "she",
        )
    ]


def test_joins_a_fragment_gone_on_with_she_added_stays_apart() -> None:
    found = quotes("Ines Calloway called the ferry “a relic.” She added, “The crews are ready.”")
    assert [(text, kind) for text, _, kind, *_ in found] == [
        ("a relic.", "fragment"),
        ("The crews are ready.", "direct"),
    ]


def test_joins_an_attribution_ending_in_an_abbreviation() -> None:
    assert quotes(
        "“The ferry is a relic,” Ines Calloway said at the quay in Hull, Mass. “The crews are "
        "ready.”"
    ) == [
        (
            "The ferry is a relic … The crews are ready.",
            "Ines Calloway",
            "direct",
            "said",
            "Ines Calloway",
        )
    ]

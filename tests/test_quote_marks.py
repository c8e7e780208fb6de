"""Quote marks: quotes nested in a quoted passage, dash bylines and transcript labels."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article, found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a quote nested in a quoted passage stays inside it, with the passage's author
        (
            'Tom Reed read from the letter: "We were told the ferry was \u201csafe\u201d and we '
            'believed it."',
            ("We were told the ferry was \u201csafe\u201d and we believed it.", "Tom Reed"),
        ),
        (
            "Ada Brook tweeted: \u201cCrowds wearing \u201cBrook for Mayor\u201d hats at the rally "
            "tonight.\u201d",
            ("Crowds wearing \u201cBrook for Mayor\u201d hats at the rally tonight.", "Ada Brook"),
        ),
        # a quote after a dash byline
        (
            '"The harbour will be rebuilt by spring." \u2015 Ada Brook',
            ("The harbour will be rebuilt by spring.", "Ada Brook"),
        ),
    ],
)
def test_marks_one_quote_with_its_speaker(paragraph: str, expected: tuple[str, str]) -> None:
    assert [(text, speaker) for text, speaker, _ in found(paragraph)] == [expected]


def test_marks_a_run_on_paragraph_is_not_a_nested_quote() -> None:
    paragraphs = (
        'Ada Brook spoke. \u201cThe first part of it. \u201cThe second part of it," she said.',
    )
    assert found(*paragraphs) == [
        ("The first part of it. The second part of it", "Ada Brook", "direct")
    ]


def test_marks_transcript_labels_name_each_speaker() -> None:
    assert found('REED: "Will you run again?"', 'BROOK: "I will decide in the summer."') == [
        ("Will you run again?", "Reed", "direct"),
        ("I will decide in the summer.", "Brook", "direct"),
    ]


def test_marks_a_dash_byline_with_a_role_names_the_speaker() -> None:
    quotes = extract_quotes(
        article("“The harbour will be rebuilt by spring.” — Ada Brook, mayor of Springfield")
    )
    assert [(q.text, q.speaker, q.kind, q.cue, q.mention) for q in quotes] == [
        ("The harbour will be rebuilt by spring.", "Ada Brook", "direct", "—", "Ada Brook")
    ]


def test_marks_an_abbreviation_before_a_number_ends_no_sentence() -> None:
    quotes = extract_quotes(
        article(
            "“Every seat was taken,” Ines Calloway said, recalling the Oct. 9 concert by the "
            "river. “Shall we book it twice next year?”"
        )
    )
    assert [(q.text, q.speaker, q.kind, q.cue, q.mention) for q in quotes] == [
        (
            "Every seat was taken … Shall we book it twice next year?",
            "Ines Calloway",
            "direct",
            "said",
            "Ines Calloway",
        )
    ]

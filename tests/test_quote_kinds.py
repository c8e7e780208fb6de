"""Quote kinds: short quoted words that are a speaker's own, and scare quotes that are not."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article, found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # `called` after its subject: the speaker's words, not a thing's name
        (
            "The council approved the budget. Ada Brook voted against what she called "
            '"a reckless gamble".',
            ("a reckless gamble", "Ada Brook", "fragment"),
        ),
        (
            'Tom Reed toured the harbour, calling it "a disaster".',
            ("a disaster", "Tom Reed", "fragment"),
        ),
        (
            'Ada Brook criticised the ferry firms, which she called "a cartel".',
            ("a cartel", "Ada Brook", "fragment"),
        ),
        # a short modifier inside reported speech is the speaker's word
        (
            'Ada Brook said the council had run a "rigged" tender for the contract.',
            ("rigged", "Ada Brook", "fragment"),
        ),
        # verbs that attribute quoted words without a that-clause
        (
            'Ada Brook decried the "broken" ferry timetable at the meeting.',
            ("broken", "Ada Brook", "fragment"),
        ),
        (
            'Tom Reed dismissed the report as "absurd" and left the room.',
            ("absurd", "Tom Reed", "fragment"),
        ),
        (
            'Tom Reed blamed the delays on "lazy planning".',
            ("lazy planning", "Tom Reed", "fragment"),
        ),
        (
            'Ada Brook calls the new bridge "a white elephant" in her book.',
            ("a white elephant", "Ada Brook", "fragment"),
        ),
        (
            'Tom Reed rejected the offer as "insulting".',
            ("insulting", "Tom Reed", "fragment"),
        ),
        (
            'Ada Brook talked up her "ferry first" plan at the pier.',
            ("ferry first", "Ada Brook", "fragment"),
        ),
        # speech verbs other than say
        (
            'Ada Brook tweeted that the result was "a triumph".',
            ("a triumph", "Ada Brook", "fragment"),
        ),
        (
            'Tom Reed wrote that the plan was "dead on arrival".',
            ("dead on arrival", "Tom Reed", "fragment"),
        ),
        (
            'Tom Reed left the meeting early, asking "who will pay for this?"',
            ("who will pay for this?", "Tom Reed", "fragment"),
        ),
        # the sentence ends in its attribution, or cites its source
        (
            '"Too late" came the reply from the hall, Tom Reed said.',
            ("Too late", "Tom Reed", "direct"),
        ),
        (
            'The ferry ran "half empty" all winter, according to Ada Brook.',
            ("half empty", "Ada Brook", "fragment"),
        ),
        (
            'The ferry\'s "chronic delays" are a scandal, Ada Brook said.',
            ("chronic delays", "Ada Brook", "fragment"),
        ),
        # a noun of speech: the quoted words are its owner's
        (
            'Ada Brook repeated her claim that "thousands" had left the island.',
            ("thousands", "Ada Brook", "fragment"),
        ),
        (
            'Tom Reed\'s campaign slogan is "Fix the ferry."',
            ("Fix the ferry.", "Tom Reed", "fragment"),
        ),
        # title case that a speech verb introduces as a sentence is speech
        (
            'Ada Brook wrote, "What A Night For The Harbour."',
            ("What A Night For The Harbour.", "Ada Brook", "direct"),
        ),
        (
            'Ada Brook held up a sign that read "Fix it now!" at the pier.',
            ("Fix it now!", "Ada Brook", "fragment"),
        ),
        # a chant in title case is speech, not a title
        (
            'Supporters of Ada Brook chanted "Four More Years!" outside the hall.',
            ("Four More Years!", "Supporters", "direct"),
        ),
    ],
)
def test_kinds_short_quoted_words_of_a_speaker(
    paragraph: str, expected: tuple[str, str, str]
) -> None:
    assert found(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        'The studio released a film called "Night Harbour" last year.',
        'The so-called "experts" were wrong again.',
        'The boxer, nicknamed "the Hammer", won again.',
        'Tom Reed told "Morning Harbour" that he would run.',
        'The band played "Four More Years" at the end.',
        '<post post-id="12345" author="adabrook"></post>',
        'Tom Reed was called "a hero" at the dinner.',
        'More than a million viewers saw "Dirty" Den Watts leave, according to the figures.',
    ],
)
def test_kinds_titles_and_nicknames_stay_scare_quotes(paragraph: str) -> None:
    assert found(paragraph) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a time between the subject and its verb
        (
            ("Tom Reed met the mayor.", 'Ada Brook on Monday called the plan "a folly".'),
            ("a folly", "Ada Brook", "fragment"),
        ),
        (
            ("Tom Reed met the mayor.", 'Ada Brook last week said the plan was "a folly".'),
            ("a folly", "Ada Brook", "fragment"),
        ),
        # a time phrase opening the clause is not its subject
        (
            ('Early in the race, Ada Brook attacked Tom Reed, calling him "a fraud".',),
            ("a fraud", "Ada Brook", "fragment"),
        ),
        (
            ("Tom Reed spoke first.", 'Later that day Ada Brook denounced the "shameful" vote.'),
            ("shameful", "Ada Brook", "fragment"),
        ),
        # a relative clause with a subject of its own: the verb is that subject's
        (
            (
                "Tom Reed spoke.",
                "Much of the anger was aimed at Tom Reed, who Ada Brook on Monday called "
                '"a coward".',
            ),
            ("a coward", "Ada Brook", "fragment"),
        ),
        # a pronoun subject of a relative clause is read as the pronoun of the main clause
        (
            (
                "Tom Reed toured Harbour Express on Friday. The singer crossed a lawn in the "
                'park, which he said was "softer than any stage".',
            ),
            ("softer than any stage", "Tom Reed", "fragment"),
        ),
        # `Name of The Outlet`: the person writes, not the outlet
        (
            ("Tom Reed spoke.", 'Ada Brook of The Harbour Times wrote, "The ferry is late again."'),
            ("The ferry is late again.", "Ada Brook", "direct"),
        ),
        # a named body after `the` opens the clause whose second verb attributes
        (
            (
                "Tom Reed spoke.",
                "In June, the Harbour Safety Board finished its review and deemed the ferry "
                '"unfit".',
            ),
            ("unfit", "Harbour Safety Board", "fragment"),
        ),
    ],
)
def test_kinds_speaker_of_a_short_quote_past_time_words(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert found(*paragraphs) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # words in title case that a named speaker's verb governs are that speaker's
            "Ines Calloway warned voters against the “Harbour First Plan” at the count.",
            [("Harbour First Plan", "Ines Calloway", "fragment", "warned", "Ines Calloway")],
        ),
        (
            "Ines Calloway said the town backed the “Harbour First Plan” in full.",
            [("Harbour First Plan", "Ines Calloway", "fragment", "said", "Ines Calloway")],
        ),
        # the programme or paper a speaker spoke to is no quote
        ("Ines Calloway said on WKRP’s “Morning Hour” that the ferry would sail.", []),
        ("Ines Calloway told “The Harbour Herald” that the ferry would sail.", []),
    ],
)
def test_kinds_titles_in_a_speakers_sentence(
    paragraph: str, expected: list[tuple[str, ...]]
) -> None:
    quotes = extract_quotes(article(paragraph))
    assert [(q.text, q.speaker, q.kind, q.cue, q.mention) for q in quotes] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a short quote opening its sentence, then a described speaker and a speech verb
            "“Not again” harbour board chair Ines Calloway said as the ferry broke down.",
            [("Not again", "Ines Calloway", "direct", "said", "Ines Calloway")],
        ),
        (  # a short quote after a speech verb and a colon
            "Ines Calloway wrote to the council, saying: “Fix the ferry” before the end of the "
            "week.",
            [("Fix the ferry", "Ines Calloway", "direct", "saying", "Ines Calloway")],
        ),
        (  # an attribution of nine words closing the sentence
            "The town had “waited far too long” for a ferry, Ines Calloway told reporters on the "
            "quay at noon.",
            [("waited far too long", "Ines Calloway", "fragment", "told", "Ines Calloway")],
        ),
        # a title before a described speaker stays a title; what he said is reported speech
        (
            "“Harbour Lights” star Tom Reed said the show would end.",
            [("the show would end.", "Tom Reed", "indirect", "said", "star Tom Reed")],
        ),
    ],
)
def test_kinds_short_quotes_with_a_looser_attribution(
    paragraph: str, expected: list[tuple[str, ...]]
) -> None:
    quotes = extract_quotes(article(paragraph))
    assert [(q.text, q.speaker, q.kind, q.cue, q.mention) for q in quotes] == expected


def test_kinds_a_term_someone_uses_is_their_fragment() -> None:
    quotes = extract_quotes(
        article("Ines Calloway refused to use the term “harbour tax” in her speech.")
    )
    assert [(q.text, q.speaker, q.kind, q.cue, q.mention) for q in quotes] == [
        ("harbour tax", "Ines Calloway", "fragment", None, None)
    ]


def test_kinds_a_term_coined_is_no_quote() -> None:
    paragraph = "The TV couple coined the term “the harbour effect” and sold many books."
    assert extract_quotes(article(paragraph)) == ()

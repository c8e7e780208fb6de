"""Who speaks a quote in news copy: the failure families of attribution, one sentence each, and
the named rules of `bot.analyse.quotes.rules` on their own."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.rules import (
    FALLBACK_RULES,
    RULE_NAMES,
    SENTENCE_RULES,
    Fallback,
    Rule,
)
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def last_speaker(*paragraphs: str) -> str | None:
    return speakers(*paragraphs)[-1][1]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a party and state tag after the name, in parentheses
            ("“The budget is a mess of our own making,” Rep. Tessa Vinton (D-Ore.) said.",),
            "Tessa Vinton",
        ),
        (  # a party and state tag between commas
            ("Senator Hollis Grange, R-Ky., said the bill was “dead on arrival in the Senate.”",),
            "Hollis Grange",
        ),
        (  # the title stays out of the name
            ("“Nobody on this committee wants a shutdown,” said Del. Marisol Peña.",),
            "Marisol Peña",
        ),
        (  # a long apposition between the name and the verb
            (
                "Corwin Ashby, the Republican treasurer of Nebraska, one of the states that sued "
                "the agency, said the rule was “an overreach that will cost farmers dearly.”",
            ),
            "Corwin Ashby",
        ),
        (  # the apposition after a quote, before the verb
            (
                "“We will appeal,” Delia Farrow, a lawyer for the county who filed the first "
                "motion, said.",
            ),
            "Delia Farrow",
        ),
        (  # an apposition that is itself the name wins over a description before it
            ("The Dean of Hartwell, the Rev Dr Amos Kettering, called it “a fine sermon.”",),
            "Amos Kettering",
        ),
    ],
)
def test_attribution_names_behind_tags_titles_and_appositions(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert last_speaker(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will vote no,” said Rep. Orla Bastian, R-Utah.",
        "“We will vote no,” Del. Orla Bastian said.",
        "“We will vote no,” said Democratic Rep. Orla Bastian.",
    ],
)
def test_attribution_titles_party_and_state_words_are_never_names(paragraph: str) -> None:
    assert last_speaker(paragraph) == "Orla Bastian"


def test_attribution_an_interrupted_quote_is_one_quote() -> None:
    assert speakers(
        "“The harbour will reopen on Monday,” the mayor, Ines Calloway, said. “The ferries will "
        "follow a week later.”"
    ) == [("The harbour will reopen on Monday … The ferries will follow a week later.",
           "Ines Calloway")]  # fmt: skip


def test_attribution_a_quote_with_its_own_speaker_is_not_joined() -> None:
    assert speakers(
        "“The harbour will reopen on Monday,” said Ines Calloway. “Not a day too soon,” said "
        "Bruno Fell, a ferry captain."
    ) == [("The harbour will reopen on Monday", "Ines Calloway"),
          ("Not a day too soon", "Bruno Fell")]  # fmt: skip


def test_attribution_keeps_the_cue_and_the_mention() -> None:
    quotes = extract_quotes(
        article(
            "Ines Calloway, the mayor, spoke at the harbour.",
            "“The ferries will be back within a week,” she warned.",
            "“It is a sad day for the town,” tweeted Bruno Fell.",
        )
    )
    assert [(q.speaker, q.cue, q.mention) for q in quotes] == [
        ("Ines Calloway", "warned", "she"),
        ("Bruno Fell", "tweeted", "Bruno Fell"),
    ]


@pytest.mark.parametrize("rule", SENTENCE_RULES, ids=lambda r: r.name)
def test_attribution_sentence_rule_works_on_its_own(rule: Rule) -> None:
    paragraphs = rule.example.split("\n\n")
    alone = extract_quotes(article(*paragraphs), skip=RULE_NAMES - {rule.name})
    assert alone[-1].speaker == rule.speaker
    assert extract_quotes(article(*paragraphs), skip=RULE_NAMES)[-1].speaker is None


@pytest.mark.parametrize("rule", FALLBACK_RULES, ids=lambda r: r.name)
def test_attribution_fallback_rule_works_on_its_own(rule: Fallback) -> None:
    fallbacks = frozenset(f.name for f in FALLBACK_RULES)
    paragraphs = rule.example.split("\n\n")
    alone = extract_quotes(article(*paragraphs), skip=fallbacks - {rule.name})
    assert alone[-1].speaker == rule.speaker
    assert extract_quotes(article(*paragraphs), skip=fallbacks)[-1].speaker is None

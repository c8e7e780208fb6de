"""Speakers named in the quote's own sentence, read through the clause around the speech verb:
the source outside a nested report, participles and conjoined verbs, retorts, two quotes of one
sentence, surname particles, titles cut short, and verbs that speak only closing a clause."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.clauses import colon_subject
from tests.test_quote_named_outlets import attributed


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the reporting verb's subject vouches for a clause with a role word before its name
            (
                "Ada Brook says rival Tom Ruiz took $300 from a ferry line and “sees no harm in "
                "keeping it.”",
            ),
            ("sees no harm in keeping it.", "Ada Brook", "says", "Ada Brook"),
        ),
        (  # `after` opens a clause of its own: its subject speaks its quote
            (
                "“It is misleading,” Tom Ruiz tweeted after Ada Brook argued that “we would have "
                "lost the plant.”",
            ),
            ("we would have lost the plant.", "Ada Brook", "argued", "Ada Brook"),
        ),
        (  # a retort with a that-clause
            ("Ada Brook fired back that the “dockers of Salem elected me three times” as mayor.",),
            ("dockers of Salem elected me three times", "Ada Brook", "fired back", "Ada Brook"),
        ),
        (  # a day opening the sentence before its subject
            ("Sunday morning, Ada Brook slammed the shift and accused Tom Ruiz of a “flip-flop.”",),
            ("flip-flop.", "Ada Brook", "accused", "Ada Brook"),
        ),
        (  # a second verb of the subject after `, but now`
            (
                "Ada Brook used to back Tom Ruiz, but now said Lea Park had “the chance to unite "
                "us.”",
            ),
            ("the chance to unite us.", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # `having` and a participle go on with the clause
            ("Ada Brook snubbed Tom Ruiz, having referred to the man as a “tinkerer.”",),
            ("tinkerer.", "Ada Brook", "referred", "Ada Brook"),
        ),
        (  # the name before a participle is a preposition's object, not its subject
            (
                "Ada Brook replied to Tom Ruiz on Mastodon writing, “Fine, I will. The joke about "
                "the ferry fell flat.”",
            ),
            (
                "Fine, I will. The joke about the ferry fell flat.",
                "Ada Brook",
                "writing",
                "Ada Brook",
            ),
        ),
        (  # a surname opening with a small word, after a relative clause
            (
                "Asked about the floods, which many blamed on the dam, de Blasio said, “Nobody on "
                "my staff raised it.”",
            ),
            ("Nobody on my staff raised it.", "de Blasio", "said", "de Blasio"),
        ),
        (  # a verb that speaks only when it closes the clause after the quote
            ("“You called the voters fools,” Ada Brook charged in her opening question.",),
            ("You called the voters fools", "Ada Brook", "charged", "Ada Brook"),
        ),
        (  # a title's full stop after an exclamation ends no sentence
            (
                "The fee was waived, according to spokesman Tom Ruiz.",
                "“Pure theatre!” Rep. Ada Brook, R-Pa., said of the week at the statehouse.",
            ),
            ("Pure theatre!", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # a name after an apposed role, past a possessive owner
            (
                "Then came the plainest change: “It is about time a woman ran this country,” "
                "exhorted Ada Brook’s introducer, actress Mara Lee Curtis.",
            ),
            (
                "It is about time a woman ran this country",
                "Mara Lee Curtis",
                "exhorted",
                "Mara Lee Curtis",
            ),
        ),
        (  # a participle after the reported clause is still the reporter's account
            (
                "Ada Brook said Wednesday that the Republicans rejected her plan, calling it a "
                "“bridge too costly.”",
            ),
            ("bridge too costly.", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # `Eight years ago,` opens the sentence before its subject
            (
                "Eight years ago, Ada Brook backed Tom Ruiz and said, “Lea Park has never done "
                "anything for us.”",
            ),
            ("Lea Park has never done anything for us.", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # `with` a name and a participle: the name is its subject
            (
                "Ada Brook and Tom Ruiz both spoke, with Tom Ruiz lately vowing to “sweep them "
                "off the map.”",
            ),
            ("sweep them off the map.", "Tom Ruiz", "vowing", "Tom Ruiz"),
        ),
        (  # a conjoined verb after a dash-set aside, reporting a clause opened by `it's`
            (
                "Ada Brook on Friday waved away the rumour — a tale that has unsettled the board "
                "— and said it’s no stranger than Lea Park calling herself “a plain old ferry "
                "hand.”",
            ),
            ("a plain old ferry hand.", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # an adverb and a participle open the sentence before its subject
            (
                "Hastily leaving the hall after the vote, Ada Brook blamed her rivals, and "
                "emphasized the threat that “fake ballots” pose.",
            ),
            ("fake ballots", "Ada Brook", "emphasized", "Ada Brook"),
        ),
    ],
)
def test_speaker_named_in_the_clause(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    assert attributed(*paragraphs)[-1] == expected


def test_words_leading_into_the_next_quote_do_not_take_this_one() -> None:
    quotes = attributed(
        "Ada Brook responds to Tom Ruiz with, “Why today? Was the bridge shut all week?” Ruiz "
        "then writes back, “Nobody told me.”"
    )
    assert quotes == [
        ("Why today? Was the bridge shut all week?", "Ada Brook", "responds", "Ada Brook"),
        ("Nobody told me.", "Tom Ruiz", "writes", "Ruiz"),
    ]


def test_verb_with_an_object_after_the_quote_speaks_nothing() -> None:
    quotes = attributed("“You called the voters fools,” Ada Brook charged the moderator.")
    assert quotes == [("You called the voters fools", None, None, None)]


def test_small_word_before_a_full_name_stays_out_of_it() -> None:
    quotes = attributed("“The van is late,” the driver of the van Tom Ruiz said.")
    assert quotes == [("The van is late", "Tom Ruiz", "said", "Tom Ruiz")]


def test_participles_with_names_of_their_own_are_two_quotes() -> None:
    quotes = attributed(
        "Each posted a note – Ada Brook saying the day had been “long but useful” and Tom Ruiz "
        "calling the talks “a fresh start.”"
    )
    assert quotes == [
        ("long but useful", "Ada Brook", "saying", "Ada Brook"),
        ("a fresh start.", "Tom Ruiz", "calling", "Tom Ruiz"),
    ]


def test_participle_after_a_comma_goes_on_with_the_clause() -> None:
    quotes = attributed(
        "Ada Brook blasted the plan for a “toll tax” on Monday, calling it “absurd.”"
    )
    assert quotes == [("toll tax … absurd.", "Ada Brook", "blasted", "Ada Brook")]


def test_subject_of_a_clause_closed_by_a_colon_speaks_the_quote() -> None:
    quotes = attributed(
        "“We lost,” Tom Ruiz told reporters.",
        "Rep. Ada Brook, D-Vt., had a short reply for Tom Ruiz: “Go home and rest.”",
    )
    assert quotes == [
        ("We lost", "Tom Ruiz", "told", "Tom Ruiz"),
        ("Go home and rest.", "Ada Brook", ":", "Ada Brook"),
    ]


def test_digest_label_of_two_writers_after_a_headline_gives_the_first() -> None:
    quotes = attributed(
        "“We lost,” Tom Ruiz told reporters.",
        "POLLS NOT WRONG, JUST EARLY - Ada Brook and Lea Park: “The polls were right.”",
    )
    assert quotes[-1] == ("The polls were right.", "Ada Brook", ":", "Ada Brook")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ada Brook won twelve titles. King says Tom Ruiz “kept every promise he made to the "
            "crew.”",
            ("kept every promise he made to the crew.", "King", "says", "King"),
        ),
        (
            "While Will acknowledges the appeal of a “forceful persona,” he backs Tom Ruiz.",
            ("forceful persona", "Will", "acknowledges", "Will"),
        ),
    ],
)
def test_surname_read_as_a_title_or_a_verb_opens_its_clause(
    paragraph: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(paragraph)[-1] == expected


def test_title_after_the_is_no_surname() -> None:
    assert attributed("The King said the plan was “a disgrace.”") == [
        ("a disgrace.", None, None, None)
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Ada Brook had a short reply for the board: ", ("Ada", "Brook")),
        (  # the clause right before the colon names the speaker, not the first clause
            "Harbour Mills closed its last dye works and Ada Brook wrote to the owners: ",
            ("Ada", "Brook"),
        ),
        ("The depot flooded twice; Lea Park posted a warning to tenants: ", ("Lea", "Park")),
        ("Ada Brook and Lea Park sent one line to the council: ", ("Ada", "Brook")),
        ("Name: Ada Brook Age: 27 City: Salem Why she is protesting: ", None),  # a form
        ("POLLS NOT WRONG - Ada Brook and Lea Park: ", None),  # a digest's label
        ("Clues kept piling up -More from Brook and Park: ", None),
        ("TURNOUT SOARS IN SALEM: ", None),  # a headline
        ("Ada Brook had a short reply for the board.", None),  # no colon
    ],
)
def test_colon_subject(lead: str, expected: tuple[str, ...] | None) -> None:
    phrase = colon_subject(lead)
    assert (phrase.words if phrase is not None else None) == expected


def test_an_introductory_participle_set_off_by_dashes_is_no_subject() -> None:
    quotes = attributed(
        "Tom Ruiz spoke first.",
        "Hastily leaving the hall \u2015 much as he did in May \u2015 Ada Brook blamed the "
        "council and stressed the threat that “the new toll” poses.",
    )
    assert quotes == [("the new toll", "Ada Brook", "stressed", "Ada Brook")]

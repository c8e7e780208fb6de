"""Speakers named the long way news copy names them: quoted by a medium (`quoted Ada Brook as
saying`), through a spokesman for a body (`a spokesman for the Port Board`), and with the town
and state they come from (`Tom Reed of Fenton, Ohio, says`)."""

from __future__ import annotations

import pytest

from tests.test_quote_noun_descriptions import attributed


@pytest.mark.parametrize(
    ("opening", "said", "expected"),
    [
        (  # a medium quotes a named speaker before the quote
            "Hal Ward chairs the port board.",
            "The Harbour Post quoted Ana Kerr as saying, “The quay is closed to trawlers.”",
            ("The quay is closed to trawlers.", "Ana Kerr", "quoted", "Ana Kerr"),
        ),
        (  # the same, after the quote: the paper is no speaker
            "Hal Ward chairs the port board.",
            "“The quay is closed to trawlers,” the Harbour Post quoted Ana Kerr as saying.",
            ("The quay is closed to trawlers", "Ana Kerr", "quoted", "Ana Kerr"),
        ),
        (  # the passive: the one quoted, not the person in focus before
            "Hal Ward chairs the port board. Ana Kerr runs the fish market.",
            "Ward was quoted as saying the quay was “closed to trawlers for good.”",
            ("closed to trawlers for good.", "Hal Ward", "quoted", "Ward"),
        ),
        (  # an object pronoun is the speaker the article talks about
            "Ana Kerr runs the fish market.",
            "The agency quoted her as saying that “the quay is closed to trawlers.”",
            ("the quay is closed to trawlers.", "Ana Kerr", "quoted", "she"),
        ),
        (  # a paper reports someone saying it, without `as`
            "Hal Ward chairs the port board.",
            "“The quay is closed to trawlers,” the Harbour Post reported Ana Kerr saying.",
            ("The quay is closed to trawlers", "Ana Kerr", "quoted", "Ana Kerr"),
        ),
        (  # a video shows the one speaking
            "Ana Kerr runs the fish market.",
            "The video shows her saying, “The quay is closed to trawlers.”",
            ("The quay is closed to trawlers.", "Ana Kerr", "quoted", "she"),
        ),
        (  # an unnamed source of a country the cast holds no one of
            "Hal Ward chairs the port board.",
            "A columnist quoted a Lorish source as saying that “the quay is closed.”",
            ("the quay is closed.", "Lorish source", "quoted", "a Lorish source"),
        ),
    ],
)
def test_a_medium_passes_on_the_words_of_the_one_it_quotes(
    opening: str, said: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(opening, said) == [expected]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # after the verb: the body, not a bare `spokesman`
            "“The count was never made,” said a spokesman for the Lorland Police Force.",
            (
                "The count was never made",
                "Lorland Police Force",
                "said",
                "a spokesman for Lorland Police Force",
            ),
        ),
        (  # the subject of a clause a participle carries on
            "A spokeswoman for the Harbour Police disputed the figures, saying: “The count was "
            "never made.”",
            (
                "The count was never made.",
                "Harbour Police",
                "saying",
                "spokeswoman for Harbour Police",
            ),
        ),
        (  # a body whose name holds `of`
            "A spokeswoman for the Ministry of Fisheries said the count was “never made.”",
            ("never made.", "Ministry of Fisheries", "said", "Ministry of Fisheries"),
        ),
    ],
)
def test_a_spokesman_for_a_named_body_speaks_for_the_body(
    said: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed("Hal Ward chairs the port board.", said) == [expected]


def test_a_spokesman_for_the_unnamed_police_stays_a_spokesman() -> None:
    said = "“The count was never made,” said a spokesman for the police."
    assert attributed("Hal Ward chairs the port board.", said) == [
        ("The count was never made", "spokesman", "said", "a spokesman")
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # the town's state after a comma is no speaker
            "“We need a second bridge,” Tom Reed of Fenton, Ohio, says in the petition.",
            ("We need a second bridge", "Tom Reed", "says", "Tom Reed"),
        ),
        (  # a state as the agencies shorten it
            "“We need a second bridge,” said Tom Reed of Albany, N.Y., on Friday.",
            ("We need a second bridge", "Tom Reed", "said", "Tom Reed"),
        ),
        (  # an age and a shortened state set off after the name
            "Jo Roe, 22, of Flint, Mich., said the vote was a “surprise.”",
            ("surprise.", "Jo Roe", "said", "Jo Roe"),
        ),
        (  # a name set off after a place is the speaker, no state
            "“We need a second bridge,” the bridge's planner in Lorland, Ada Brook, said.",
            ("We need a second bridge", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # the same before a fragment
            "Tom Reed of Fenton, Ohio, says the bridge is “long overdue.”",
            ("long overdue.", "Tom Reed", "says", "Tom Reed"),
        ),
        (  # a description with its place stays the description
            "“We need a second bridge,” a baker from Dayton, Ohio, said.",
            ("We need a second bridge", "baker", "said", "a baker"),
        ),
        (  # an apposition before the place still ends the name
            "“We need a second bridge,” Ada Brook, a baker from Tilbury, Essex, said.",
            ("We need a second bridge", "Ada Brook", "said", "Ada Brook"),
        ),
    ],
)
def test_a_place_and_its_state_after_a_speaker_name_no_one(
    said: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed("Hal Ward chairs the port board.", said) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a lead opening with the quote, its speaker named next with a role
            "“The final will test her nerve.” Those were the words of tennis analyst Ada Brook "
            "in 2001, early in the decider.",
            ("The final will test her nerve.", "Ada Brook", "words of", "tennis analyst Ada Brook"),
        ),
        (  # the person named before is not the speaker
            "Tom Ruiz watched from the stands. “The final will test her nerve.” These were the "
            "words of Ada Brook.",
            ("The final will test her nerve.", "Ada Brook", "words of", "Ada Brook"),
        ),
    ],
)
def test_a_sentence_after_the_quote_says_whose_words_they_were(
    paragraph: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributed(paragraph) == [expected]


def test_a_quote_attributed_in_its_own_sentence_keeps_its_speaker() -> None:
    paragraph = (
        "Ada Brook watched from the stands. “The final will test her nerve,” said Tom Ruiz. "
        "Those were the words of a man who knew."
    )
    assert attributed(paragraph) == [
        ("The final will test her nerve", "Tom Ruiz", "said", "Tom Ruiz")
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # `another` brings in someone new, not the person in focus
            "“They're only toys,” said another boy, also 9.",
            ("They're only toys", "boy", "said", "another boy"),
        ),
        (  # the same before the verb
            "“They're only toys,” one girl said.",
            ("They're only toys", "girl", "said", "one girl"),
        ),
        (  # one of a group the article has not named
            "“They're only toys,” said one of the boys, who's 9.",
            ("They're only toys", "one of the boys", "said", "one of the boys"),
        ),
        (  # a name set off after the group is the speaker
            "“They're only toys,” said one of their teachers, Ada Brook.",
            ("They're only toys", "Ada Brook", "said", "Ada Brook"),
        ),
    ],
)
def test_someone_brought_in_unnamed_is_not_the_person_in_focus(
    said: str, expected: tuple[str, str, str, str]
) -> None:
    opening = "Hal Ward asked a class of pupils about the adverts."
    assert attributed(opening, said) == [expected]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # `according to` a publication's website: not the paper's editor
            "Ward is “a national treasure,” according to the Harbour Post website.",
            ("a national treasure", "Harbour Post", "according to", "Harbour Post"),
        ),
        (  # a publication named with its kind after the verb
            "“Ward is a national treasure,” said the Harbour Post newspaper.",
            ("Ward is a national treasure", "Harbour Post", "said", "Harbour Post"),
        ),
    ],
)
def test_a_publication_named_by_its_kind_speaks_under_its_name(
    said: str, expected: tuple[str, str, str, str]
) -> None:
    opening = "Hal Ward met Kim Shillinglaw, the Harbour Post's editor."
    assert attributed(opening, said) == [expected]

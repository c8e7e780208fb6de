"""Pronoun quotes: capitalised runs the cast must read right for `he` or `she` to find the
person (a name at the end of a long title, an adverb opening sentences that is no one)."""

from __future__ import annotations

from bot.analyse.quotes.cast import build_cast
from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def spoken(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


def test_the_name_ending_a_long_title_is_the_person() -> None:
    cast = build_cast(["Deputy Minister of Trade Affairs Helen Quintero toured the port."])
    assert {n: (p.org, p.gender) for n, p in cast.people.items()} == {
        "Helen Quintero": (False, "f")
    }


def test_she_is_the_woman_named_at_the_end_of_a_long_title() -> None:
    assert spoken(
        "Under Secretary of Trade Affairs Helen Quintero met Chief of Staff Victor Venn.",
        "“The harbour tariffs will fall by spring,” she said.",
    ) == [("The harbour tariffs will fall by spring", "Helen Quintero", "said", "she")]


def test_an_adverb_opening_sentences_is_no_one() -> None:
    cast = build_cast(
        ["Recently, he said, the rent doubled. Recently, the shop closed too. Nearly half left."]
    )
    assert cast.people == {}


def test_he_is_the_man_named_before_sentences_opened_by_an_adverb() -> None:
    assert spoken(
        "Omar Haddad runs a bakery in Linden. Recently, he said, flour prices doubled.",
        "Recently, he added, two suppliers closed.",
        "“We bake half as much as last year,” he said.",
    ) == [("We bake half as much as last year", "Omar Haddad", "said", "he")]


def test_a_possessor_inside_a_clause_is_not_its_subject() -> None:
    assert spoken(
        "“The levy stays,” Tom Reed wrote, citing Paul Cole’s budget report. He added, “And the "
        "ferry keeps running all winter.”",
    ) == [
        ("The levy stays", "Tom Reed", "wrote", "Tom Reed"),
        ("And the ferry keeps running all winter.", "Tom Reed", "added", "he"),
    ]


def test_a_possessor_opening_its_sentence_is_still_the_one_it_is_about() -> None:
    assert spoken(
        "Tom Reed chaired the meeting.",
        "Paul Cole’s plan is still unclear, but he said the vote would wait. “We need a month "
        "more,” he said.",
    ) == [("We need a month more", "Paul Cole", "said", "he")]


def test_a_question_opened_by_a_contraction_names_no_one() -> None:
    assert build_cast(["Don’t Republicans see the risk? Won’t Democrats object?"]).people == {}


def test_a_place_after_a_preposition_is_not_a_subject_nor_a_man() -> None:
    cast = build_cast(
        [
            "Tom Reed recalls his school years in Deal, a short ferry ride from Lake Marlow, and "
            "how proud he is of the town. He has seen old docks rebuilt."
        ]
    )
    subjects = {m.name: m.subject for m in cast.mentions}
    assert subjects == {"Tom Reed": True, "Lake Marlow": False}
    assert {n: p.gender for n, p in cast.people.items()} == {"Tom Reed": "m", "Lake Marlow": None}

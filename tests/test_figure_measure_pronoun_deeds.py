"""What a person written as `he` or `she` does to counted things: `He also insulted four
co-stars` measures `co-stars Tom Grant insulted` when Tom Grant, a man, opened a clause just
before; a pronoun is never put in a measure, and a name the pronoun cannot stand for is none."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def measures(*paragraphs: list[str]) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article(list(paragraphs))]


def test_he_is_the_man_who_opened_the_sentence_before() -> None:
    paragraphs = [["Actor Tom Grant was sacked on Monday."], ["He also insulted four co-stars."]]
    assert measures(*paragraphs) == [("four co-stars", "co-stars Tom Grant insulted")]


def test_she_keeps_the_auxiliary_of_a_participle() -> None:
    paragraphs = [["Maria Lopez left the band, her manager said.", "She has written 40 songs."]]
    assert measures(*paragraphs) == [("40 songs", "songs Maria Lopez has written")]


def test_she_is_never_the_man_named_before() -> None:
    paragraphs = [["Actor Tom Grant was sacked on Monday."], ["She also insulted four co-stars."]]
    assert measures(*paragraphs) == [("four co-stars", "co-stars")]


def test_a_name_that_opened_no_clause_is_not_whose_deed_it_is() -> None:
    paragraphs = [["Who sat next to Tom Grant?", "He scored 30 goals last season."]]
    assert measures(*paragraphs) == [("30 goals", "goals")]


def test_one_picked_from_a_group_is_no_count_of_the_deed() -> None:
    paragraphs = [["Tom Grant was sacked on Monday.", "On his way out, he met two of his coaches."]]
    assert [m for t, m in measures(*paragraphs)] == ["coaches"]


def test_a_verb_of_having_leaves_the_owner_rules_to_say_whose() -> None:
    paragraphs = [["Tom Grant was sold on Monday."], ["He has 30 caps."]]
    assert measures(*paragraphs) == [("30 caps", "caps")]

"""A count after `her` or `his` belongs to the person the paragraph is about."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def measures(paragraphs: list[list[str]]) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article(paragraphs) if not f.minor]


def test_her_count_is_the_persons_in_focus() -> None:
    paragraphs = [["In Leeds I met Nora Quint, a nurse.",
                   "She said the pay rise would help her three sons a lot."]]  # fmt: skip
    assert measures(paragraphs) == [("three sons", "Nora Quint's sons")]


def test_with_nobody_in_focus_the_subject_does_not_own_his_count() -> None:
    paragraphs = [["The new rule means his four dogs must stay indoors."]]
    assert measures(paragraphs) == [("four dogs", "dogs")]


def test_a_sum_or_size_after_her_is_the_persons_in_focus() -> None:
    paragraphs = [["Mara Venn teaches piano in Hull.",
                   "Her $31,000 salary barely pays for her 40-mile commute."]]  # fmt: skip
    assert measures(paragraphs) == [
        ("$31,000", "Mara Venn's salary"),
        ("40-mile", "Mara Venn's commute"),
    ]


def test_his_size_needs_a_man_in_focus() -> None:
    paragraphs = [["Mrs Mara Venn said she teaches piano.", "His 12-mile commute is long."]]
    assert measures(paragraphs) == [("12-mile", "commute")]


def test_a_possessive_measure_keeps_its_own_owner() -> None:
    paragraphs = [["Ivo Brandt, a former minister, stepped down.",
                   "It cost him his £64,000 minister's salary."]]  # fmt: skip
    assert measures(paragraphs) == [("£64,000", "minister's salary")]


def test_a_sum_in_another_currency_in_brackets_is_the_same_persons() -> None:
    paragraphs = [["Coach Ivo Brandt was fined.",
                   "He said his 3,000 euros (£2,060) fine was unfair."]]  # fmt: skip
    assert measures(paragraphs) == [
        ("3,000 euros", "Ivo Brandt's fine"),
        ("£2,060", "Ivo Brandt's fine"),
    ]


def test_her_as_an_object_owns_nothing() -> None:
    paragraphs = [["Ann Vale, 34, is a nurse.", "The bank lent her $40,000 last year."]]
    assert measures(paragraphs)[-1] == ("$40,000", "bank")

"""Sentence scores and ranks for article summaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.analyse import summaries
from bot.analyse.text.sentences import split_sentences
from bot.analyse.text.words import terms
from bot.models import (
    BODY,
    CAPTION,
    PULLQUOTE,
    SIGNOFF,
    SUBHEADING,
    Article,
    Paragraph,
    Sentence,
    SentenceScore,
)
from bot.parse import read_inputs
from tests.factories import SEEDS


def article(*paragraphs: str | tuple[str, str], article_id: str = "a1") -> Article:
    """An article from paragraphs given as text (body) or (kind, text)."""
    given = [(BODY, p) if isinstance(p, str) else p for p in paragraphs]
    paras = tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(given))
    texts = [(p, s) for p in paras for s in split_sentences(p.text)]
    sentences = tuple(Sentence(i, p.position, p.kind, s) for i, (p, s) in enumerate(texts))
    return Article(
        id=article_id, date=date(2024, 5, 1), source="EFE", headline="", url=None,
        origin="test", raw_text="", text="\n\n".join(p.text for p in paras),
        paragraphs=paras, sentences=sentences, content_hash="",
    )  # fmt: skip


FLOOD = article(
    "Floods in the city of Valencia killed twelve people on Tuesday, the regional government said.",
    (CAPTION, "Rescue workers carry a woman through flood water in Valencia on Tuesday."),
    "Rescue teams searched flooded streets in Valencia for people missing after the storm.",
    (SUBHEADING, "Rescue teams in the streets"),
    "Is anyone to blame for the floods in Valencia?",
    (PULLQUOTE, "The floods in Valencia killed twelve people"),
    "The regional government said the floods were the worst in Valencia for forty years.",
    "Schools stayed shut.",
    (SIGNOFF, "EFE"),
)


def test_summaries_score_only_body_sentences() -> None:
    scores = summaries.score_sentences(FLOOD)
    assert [s.position for s in scores] == [0, 2, 4, 6, 7]


def test_summaries_ranks_are_unique_from_one() -> None:
    ranks = [s.rank for s in summaries.score_sentences(FLOOD)]
    assert sorted(ranks) == [1, 2, 3, 4, 5]


def test_summaries_rank_lead_first_and_question_and_fragment_last() -> None:
    rank = {s.position: s.rank for s in summaries.score_sentences(FLOOD)}
    assert rank[0] == 1
    assert {rank[4], rank[7]} == {4, 5}


def test_summaries_scores_fall_with_rank() -> None:
    ordered = sorted(summaries.score_sentences(FLOOD), key=lambda s: s.rank)
    assert ordered[0].score > ordered[1].score > ordered[-1].score


def test_summaries_empty_article_has_no_scores() -> None:
    assert summaries.score_sentences(article((CAPTION, "A photo of the river."))) == ()


def test_summaries_single_sentence_ranks_first() -> None:
    (only,) = summaries.score_sentences(article("Parliament passed the budget on Monday night."))
    assert (only.position, only.rank) == (0, 1)


def test_summaries_repeated_sentence_is_ranked_below_new_content() -> None:
    repeated = article(
        "The central bank raised interest rates to five percent on Thursday.",
        "The central bank raised interest rates to five percent, it said on Thursday.",
        "Markets in Asia fell sharply after the decision by the central bank.",
    )
    rank = {s.position: s.rank for s in summaries.score_sentences(repeated)}
    assert rank == {0: 1, 2: 2, 1: 3}


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("The minister resigned on Friday after weeks of pressure from his party.", 1.0),
        ("Schools stayed shut.", 0.8),
        ("Why did the minister resign on Friday after weeks of pressure?", 0.5),
        ('"We will rebuild every house that the water destroyed," she said to us.', 1.0),
        ('"We will rebuild every house that the water destroyed in this town."', 0.4),
        ("“We will rebuild every house that the water destroyed in this town.”", 0.4),
        (" ".join(["word"] * 80) + ".", 0.5),  # (20 / 80) ** 0.5
    ],
)
def test_summaries_sentence_factor(text: str, factor: float) -> None:
    assert summaries.sentence_factor(text) == pytest.approx(factor)


def test_summary_positions_are_best_ranks_in_article_order() -> None:
    scores = (
        SentenceScore(0, 0.9, 2),
        SentenceScore(3, 0.95, 1),
        SentenceScore(5, 0.1, 4),
        SentenceScore(8, 0.5, 3),
    )
    assert summaries.summary_positions(scores) == (0, 3, 8)
    assert summaries.summary_positions(scores, n=1) == (3,)
    assert summaries.summary_positions(scores, n=10) == (0, 3, 5, 8)
    assert summaries.summary_positions(scores, n=0) == ()


def test_summaries_terms_are_stemmed_content_words() -> None:
    assert terms("The floods were rising in the cities") == ("flood", "rise", "citi")


def test_summaries_seed_summary_skips_pullquote_and_caption() -> None:
    efe = next(a for a in read_inputs([SEEDS]).articles if a.id == "000_1f4e1313dff10dc2")
    scores = summaries.score_sentences(efe)
    assert 5 not in {s.position for s in scores}  # the pull-quote
    assert 10 not in {s.position for s in scores}  # the caption
    assert summaries.summary_positions(scores) == (0, 1, 2)  # the headline cut 0 short


def test_summaries_caption_first_does_not_shift_ranks() -> None:
    captioned = article(
        (CAPTION, "Parliament in session on Monday."),
        "Parliament passed the budget on Monday night after a long debate.",
        "The opposition voted against the budget and promised to repeal it.",
    )
    scores = summaries.score_sentences(captioned)
    assert [(s.position, s.rank) for s in scores] == [(1, 1), (2, 2)]


def test_summaries_identical_sentences_get_distinct_ranks() -> None:
    same = article("The match was called off.", "The match was called off.", "Rain fell all day.")
    assert sorted(s.rank for s in summaries.score_sentences(same)) == [1, 2, 3]
    assert summaries.summary_positions(summaries.score_sentences(same), n=2) == (0, 2)


BUDGET = (
    "Parliament passed the budget on Monday night after a long debate.",
    "The opposition voted against the budget and promised to repeal it.",
    "The finance minister said the budget would cut the deficit by half.",
)


@pytest.mark.parametrize(
    ("headline", "ranks"),
    [
        ("Parliament passed the budget on Monday night after a long debate", [3, 1, 2]),
        ("Parliament passed the budget on Monday…", [1, 2, 3]),  # cut: the lead says the rest
        ("Budget passed", [1, 2, 3]),
        ("Parliament passed", [1, 2, 3]),  # a title that merely opens like the lead
    ],
)
def test_summaries_lead_the_headline_was_made_from_ranks_last(
    headline: str, ranks: list[int]
) -> None:
    scores = summaries.score_sentences(replace(article(*BUDGET), headline=headline))
    assert [s.rank for s in scores] == ranks
    assert (scores[0].score == 0.0) is (ranks[0] == 3)


def test_summaries_summary_of_a_whole_lead_headline_starts_after_the_lead() -> None:
    headline = "Parliament passed the budget on Monday night after a long debate"
    whole = replace(article(*BUDGET), headline=headline)
    assert summaries.summary_positions(summaries.score_sentences(whole), n=2) == (1, 2)


def test_summaries_summary_of_a_cut_headline_keeps_the_whole_lead() -> None:
    cut = replace(article(*BUDGET), headline="Parliament passed the budget on Monday…")
    assert summaries.summary_positions(summaries.score_sentences(cut), n=2) == (0, 1)


def test_summaries_rank_last_a_datelined_lead_the_headline_was_made_from() -> None:
    lead = "Beijing (CNN)China's premier warned of a slowdown on Sunday."
    report = article(lead, "Exports fell by a tenth in March.", "Imports rose by a fifth.")
    made = replace(report, headline="China's premier warned of a slowdown on Sunday")
    rank = {s.position: s.rank for s in summaries.score_sentences(made)}
    assert rank[0] == 3

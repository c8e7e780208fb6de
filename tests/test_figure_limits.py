"""A table run into one sentence: its first figures are kept, the rest never read."""

from __future__ import annotations

import time

import pytest

from bot.analyse.figures import listed_sums
from bot.analyse.figures.extraction import (
    MAX_FIGURES_PER_SENTENCE,
    figures_in_article,
    figures_in_sentence,
)
from bot.analyse.figures.names import blocked
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.plain import masked
from bot.analyse.figures.quantities import quantities_in


def test_a_sentence_of_many_numbers_keeps_its_first_figures() -> None:
    sentence = "Turnout by ward was " + ", ".join(f"{n}%" for n in range(1, 301)) + "."
    found = figures_in_sentence(sentence)
    assert MAX_FIGURES_PER_SENTENCE == 40
    assert [f.text for f in found] == [f"{n}%" for n in range(1, 41)]


def test_many_bare_numbers_joined_by_and_are_read_without_stalling() -> None:
    found = figures_in_sentence("Sales " + "5 and " * 3000 + "rose 5%.")
    assert len(found) == 40
    assert found[0].text == "5"


# A long run of words with no figure in it, before the figure a test reads.
_LONG_LEAD = "and the council met again, " * 2000


def _read(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(f.text, f.value, f.unit, f.measure) for f in figures_in_sentence(sentence)]


def test_a_label_is_read_right_before_a_figure_at_the_end_of_a_long_sentence() -> None:
    found = _read(_LONG_LEAD + "the flat (base price: $59,995) sold.")
    assert found == [("$59,995", 59995.0, "USD", "base price")]


def test_a_code_after_a_naming_noun_ends_a_long_sentence_without_a_figure() -> None:
    assert _read(_LONG_LEAD + "the law is Section 66A of the act.") == []


def test_cents_after_a_spelled_currency_end_a_long_sentence() -> None:
    assert _read(_LONG_LEAD + "it cost 15 dollars 50.") == [
        ("15 dollars 50", 15.5, "USD", "council")
    ]


def test_every_date_of_a_long_run_of_dates_is_blocked() -> None:
    spans = blocked("On " + "May 5, 2019 and " * 3000)
    assert len(spans) == 3000
    assert spans[:2] == [(3, 14), (19, 30)]
    assert spans[-1] == (3 + 16 * 2999, 14 + 16 * 2999)


def test_blocked_spans_begin_where_their_words_begin() -> None:
    sentence = (
        "Play kicked off at 8 on 14, 20 and 27 April; the S & P 500 rose 2%, call +44 20 7946 "
        "0958 or (212) 555-0123, since '57 the iPhone14 sold 3 million, won 7-5 6-3."
    )
    assert [sentence[start:end] for start, end in blocked(sentence)] == [
        "kicked off at 8",
        "14, 20 and 27 April",
        "S & P 500",
        "+44 20 7946 0958",
        "(212) 555-0123",
        "'57",
        "iPhone14",
        "7-5 6-3",
    ]
    assert blocked("  3.") == [(0, 4)]  # a list marker alone, spaces before it


def test_counts_and_measures_at_the_end_of_a_very_long_sentence() -> None:
    found = _read(_LONG_LEAD + "the firm sold 40 stores in May while its profit rose 5% to $20m.")
    assert [(text, value, str(unit), measure) for text, value, unit, measure in found] == [
        ("40 stores", 40.0, "stores", "stores the firm sold"),
        ("rose 5%", 5.0, "percent", "profit"),
        ("$20m", 20000000.0, "USD", "profit"),
    ]


def test_the_clause_of_a_figure_far_into_a_long_sentence_names_its_own_owner() -> None:
    found = _read(_LONG_LEAD + "the airline carried 3,000 passengers; Acme Foods profit rose 5%.")
    assert [(text, measure) for text, _, _, measure in found] == [
        ("3,000 passengers", "airline passengers"),
        ("rose 5%", "Acme Foods profit"),
    ]


# Sentences and articles at sizes where reading each figure's context again from the start of
# the sentence (or of the article), or re-measuring the figures before it, takes minutes.


def test_forty_sums_joined_by_and_in_a_long_sentence_all_measure_the_first() -> None:
    sums = " and ".join(f"${n}m" for n in range(1, 41))
    sentence = f"Rivals made offers of {sums} for the site; " + "$7 note " * 2500
    found = figures_in_sentence(sentence)
    assert [(f.text, f.measure) for f in found] == [(f"${n}m", "offers") for n in range(1, 41)]


def test_a_list_of_sums_reads_the_quantities_of_its_sentence_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counted(text: str) -> list[Quantity]:
        calls.append(text)
        return quantities_in(text)

    monkeypatch.setattr(listed_sums, "quantities_in", counted)
    sentence = "Bids of " + ", ".join(f"£{n}m" for n in range(1, 40)) + " and £40m came in."
    found = figures_in_sentence(sentence)
    assert {f.measure for f in found} == {"Bids"}
    assert len(calls) == 1


def test_money_taken_after_a_long_lead_reads_its_own_clause() -> None:
    lead = "The fair is Big in town " * 2000
    takings = ", ".join(f"the musical took ${n}m" for n in range(1, 41))
    found = figures_in_sentence(lead + ", and " + takings + ".")
    assert [f.measure for f in found] == ["musical takings"] * 40


def test_the_subject_past_an_aside_is_the_nearest_one_in_a_long_sentence() -> None:
    sentence = "the mill, which closed, " * 4000 + "the port, which exports tin, grew 5%."
    assert _read(sentence) == [("grew 5%", 5.0, "percent", "port")]


def test_a_work_noun_in_a_long_article_finds_its_title_without_rereading_the_article() -> None:
    pair = ["His novel Grey Tide came out on Monday.", "The novel made $2m in its first month."]
    found = figures_in_article([pair] * 2000)
    assert len(found) == 2000
    assert {f.measure for f in found} == {"Grey Tide earnings"}


def test_a_sub_heading_that_is_only_a_figure_gives_none() -> None:
    paragraphs = [["Late surge .", "$3 million .", "The winner takes home $3 million."]]
    assert [(f.text, f.value) for f in figures_in_article(paragraphs)] == [("$3 million", 3e6)]


def test_a_figure_heading_glued_to_the_sentence_before_is_no_figure() -> None:
    paragraphs = [["Her rival tired late on. $1 million .", "The runner-up scoops $1 million."]]
    assert [f.measure for f in figures_in_article(paragraphs)] == ["runner-up prize"]


def test_two_dashes_far_apart_hold_no_aside_but_a_short_aside_is_blanked() -> None:
    long_stretch = "which grew fast in the west, " * 20
    far = masked(f"The firm -- {long_stretch}-- said profits rose 5%.", [])
    near = masked("The firm -- a grocer -- said profits rose 5%.", [])
    assert "which grew fast in the west" in far
    assert near == "The firm" + " " * 16 + "said profits rose 5%."


_STRETCH = "which grew fast in the west, " * 600  # about 17,000 characters


@pytest.mark.parametrize(
    "sentence",
    [
        f"The firm -- {_STRETCH}-- said profits rose 5% last year.",
        f"The firm ({_STRETCH}) said profits rose 5% last year.",
        "The firm said" + " " * len(_STRETCH) + "profits rose 5% last year.",
    ],
    ids=["dashes", "brackets", "blanks"],
)
def test_a_long_aside_or_run_of_blanks_is_read_in_a_blink(sentence: str) -> None:
    began = time.perf_counter()
    found = figures_in_sentence(sentence)
    assert time.perf_counter() - began < 1.0
    assert [(f.text, f.value) for f in found] == [("rose 5%", 5.0)]

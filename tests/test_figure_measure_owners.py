"""Whose measure across an article: a bare measure named in full before keeps that owner."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article


def measures(paragraphs: list[list[str]]) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_article(paragraphs) if not f.minor]


def test_a_bare_measure_named_in_full_before_keeps_that_owner() -> None:
    paragraphs = [
        ["Peru overtook Brazil as Chile's biggest partner, and Peru's exports to Chile rose."],
        ["Chile's trade surplus with Peru widened 4.2% to $310m in 2005.",
         "In March, the surplus grew 2.5% thanks to copper."],
    ]  # fmt: skip
    assert measures(paragraphs)[-1] == ("grew 2.5%", "Chile's trade surplus with Peru")


def test_a_bare_measure_with_the_same_owner_stays_short() -> None:
    paragraphs = [["Acme Foods said its annual profit rose to £900m.", "In Spain, profit fell 5%."]]
    assert measures(paragraphs)[-1] == ("fell 5%", "Acme Foods profit")


def test_the_owner_is_the_body_in_focus_of_the_paragraph() -> None:
    found = measures([
        ["The Baltic Trade Forum said in a report that Baltic Trade Forum members expect slower "
         "growth, and the Baltic Trade Forum will meet in Riga."],
        ["Few firms have plans of their own."],
        ["One firm with a plan is Kestrel Mining, which trains its own engineers.",
         "Over the past year 1,800 employees finished the course."],
    ])  # fmt: skip
    assert found == [("1,800 employees", "Kestrel Mining employees who finished the course")]


def test_a_disease_owns_nothing() -> None:
    found = measures([
        ["HIV/Aids is spreading, and HIV testing is rare, HIV experts say.",
         "Over the past year 1,800 employees were tested."],
    ])  # fmt: skip
    assert found == [("1,800 employees", "employees tested")]


def test_the_place_of_a_dateline_owns_nothing() -> None:
    paragraphs = [["Hong Kong (CNN)Japan says its defense budget will grow by 8.5% next year."]]
    assert measures(paragraphs) == [("grow by 8.5%", "Japan defense budget")]


def test_what_follows_its_belongs_to_the_body_that_opens_the_sentence() -> None:
    found = measures([
        ["Harlow Motors said on Monday its new plant would cost $2bn.",
         "Harlow Motors said its top speed was 40 mph."],
    ])  # fmt: skip
    assert found == [("$2bn", "Harlow Motors new plant"), ("40 mph", "Harlow Motors top speed")]


def test_its_after_another_stand_in_or_after_a_possessive_name_takes_no_opener() -> None:
    found = measures([
        ["Kestrel Mining is Harlow's biggest rival.",
         "Kestrel Mining said the group may raise its bid to $30m.",
         "Harlow's great rival is to sell 10 of its ageing freighters."],
    ])  # fmt: skip
    assert [measure for _text, measure in found] == [
        "bid",
        "Harlow's great rival ageing freighters",
    ]


def test_a_day_before_its_is_no_part_of_the_measure() -> None:
    found = measures([["Harlow Motors said on Tuesday its profit rose 5%."]])
    assert found == [("rose 5%", "Harlow Motors profit")]


def test_people_a_deed_was_done_to_take_no_owner_in_front() -> None:
    found = measures([
        ["Police named the attacker as Harlow Trust member Ivo Marsh.",
         "It said the group had planned the knifing, which also wounded 14 people."],
    ])  # fmt: skip
    assert found == [("14 people", "people wounded")]


def test_its_after_another_body_that_acts_is_not_the_opener_s() -> None:
    found = measures([["Harlow Motors said Kestrel Mining would raise its bid to $30m."]])
    assert found == [("$30m", "bid")]


def test_an_opener_after_the_owns_what_follows_its() -> None:
    found = measures([["The Harlow Motors Group said its new plant would cost $2bn."]])
    assert found == [("$2bn", "Harlow Motors Group new plant")]


def test_a_person_named_in_a_post_owns_no_budget() -> None:
    found = measures([
        ["Chief executive Maja Lund said the bank was sound."],
        ["Under the plan, the defence budget will rise to 27 billion euros."],
        ["Finance Minister Piet Graaf said the budget deficit would narrow to 2.4% next year."],
    ])  # fmt: skip
    assert found == [("27 billion euros", "defence budget"), ("2.4%", "budget deficit")]


def test_a_body_named_once_in_an_earlier_paragraph_is_no_longer_in_focus() -> None:
    found = measures([
        ["Building costs rose again in March."],
        ["Officials said more homes were being built."],
        ["The figures came a day after a report by the Harbour Trust."],
        ["Builders said demand was strong."],
        ["Pre-tax profit rose 2.8% in the second half of the year."],
    ])  # fmt: skip
    assert found == [("rose 2.8%", "Pre-tax profit")]


def test_a_body_named_in_the_lead_stays_in_focus() -> None:
    found = measures([
        ["Harbour Trust profits fall"],
        ["The Harbour Trust blamed its costs."],
        ["Officials said more homes were being built."],
        ["Net profit fell 5% to £40m."],
    ])  # fmt: skip
    assert found[-1] == ("£40m", "Harbour Trust net profit")


def test_shares_in_the_company_are_the_company_s_shares() -> None:
    found = measures([
        ["Harrowgate Foods posted a 14% rise in profit on Tuesday.",
         "Shares in the company rose as much as 6% in early trade."],
    ])  # fmt: skip
    assert found[-1] == ("rose as much as 6%", "Harrowgate Foods shares")


def test_a_wire_dateline_with_its_date_owns_nothing() -> None:
    assert measures(
        [
            [
                "ACCRA, Nov 23 (Reuters) - The central bank cut its main policy rate by 200 basis "
                "points to 19% on Monday."
            ]
        ]
    ) == [("200 basis points", "main policy rate"), ("19%", "main policy rate")]


def test_a_body_defined_by_its_acronym_owns_a_measure_by_that_acronym() -> None:
    assert measures(
        [
            ["The Harbour Pension Trust (HPT) said on Monday it would cut its fees."],
            ["The HPT said its running costs fell 3% last year."],
        ]
    ) == [("fell 3%", "HPT running costs")]


def test_a_day_is_never_the_one_sentenced() -> None:
    assert measures(
        [["A former hospital billing executive was sentenced Tuesday to 11 years in prison."]]
    ) == [("11 years", "prison term of a former hospital billing executive")]


def test_a_dated_place_line_owns_nothing() -> None:
    assert measures(
        [
            [
                "LAGOS, Dec 1 \u2014 The drama Oil and Honey has become the highest-grossing film "
                "in Nigerian history, earning ₦1.24 billion in three weeks."
            ]
        ]
    )[0] == ("₦1.24 billion", "drama Oil and Honey earnings")

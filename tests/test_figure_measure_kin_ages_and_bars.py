"""Children counted by their parent (`a mother of three`); ages told `at age`, by a surname
alone, or of nobody (`Retiring at age 40`); a class (`tier one`), a bar set by someone, a sum
restated as a share and an estimate; a lead (`three points clear`) and the length something is
expected to take."""

from __future__ import annotations

import pytest

from tests.test_figure_measure_reader_phrases import measures


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ms Reed, a mother of three, was arrested on Friday.",),
         [("three", "children of Ms Reed")]),
        (("Ann Cole, 41, a mother of four children, spoke first.",),
         [("four children", "children of Ann Cole")]),
        (("The mother-of-two was jailed on Friday.",), [("two", "children")]),
        (("The grandmother of 12 was honoured.",), [("12", "children")]),
        (("Father-of-two Ivo Dren was arrested.",), [("two", "children of Ivo Dren")]),
        # the parent was killed, not the children
        (("A father of four killed by a lorry was named.",), [("four", "children")]),
        # a noun after the number counts itself; a parent `of the` counts no children
        (("Tom Hale, a father of two young sons, died.",),
         [("two young sons", "father of young sons")]),
        (("She is the mother of the 12 reforms.",), [("12 reforms", "reforms")]),
    ],
)  # fmt: skip
def test_children_counted_by_their_parent(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert measures(*paragraphs) == expected


def test_a_count_of_children_reads_as_children() -> None:
    from bot.analyse.figures.extraction import figures_in_sentence

    assert [(f.value, f.unit) for f in figures_in_sentence("Jo Ray, a mother of three, won.")] == [
        (3.0, "children")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ann Bell took up golf at age 40.",), "age of Ann Bell"),
        (("Tom Jones is a golfer from Wales.", "Jones took up golf at age 40."),
         "age of Tom Jones"),
        (("Tom Jones is a golfer from Wales.", "He took up golf at age 40."), "age of Tom Jones"),
        (("Manning retired at age 39.",), "age of Manning"),
        # an age nobody in the sentence has
        (("Retiring at age 40 is rare.",), "age"),
        (("Starting school at age five helps.",), "age"),
        # another's age is still another's
        (("Tom Jones said his mother died at age 90.",), "age of his mother"),
        # a name telling of itself as `he` or `she`
        (("Prop Jan Vos said on Friday that he was retiring from international rugby at the age "
          "of 34.",), "age of Jan Vos"),
        (("Striker Ian Kerr announced last week that he would quit at age 31.",),
         "age of Ian Kerr"),
        (("Ann Bell said that she had lost her sister at the age of 12.",), "sister"),
        # a role between the age and the name
        (("Rovers won 2-0 as 19-year-old winger Iker Lara scored twice.",), "age of Iker Lara"),
    ],
)  # fmt: skip
def test_an_age_told_at_age(paragraphs: tuple[str, ...], expected: str) -> None:
    assert [m for _, m in measures(*paragraphs)] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a class is no count; years after a class still are
        (("The bank has a core tier one ratio of 17.4%.",),
         [("17.4%", "core tier one ratio")]),
        (("Fulham were in the third tier six years ago.",),
         [("six years", "time since Fulham were in the third tier")]),
        # a bar the figure before is held against, and who set it
        (("The bank has a core tier one ratio of 17.4%, well above the 12.9% required by "
          "regulators.",),
         [("17.4%", "core tier one ratio"),
          ("12.9%", "core tier one ratio required by regulators")]),
        # a sum restated as a share of a whole
        (("The defence budget will rise to 27 billion euros, equivalent to 2.5% of economic "
          "output.",),
         [("27 billion euros", "defence budget"),
          ("2.5%", "defence budget share of economic output")]),
        # an estimate is its giver's estimate, not the giver's own losses
        (("Risk modelling firm Verisk put insured losses at 6 billion to 9 billion dollars.",),
         [("6 billion to 9 billion dollars", "Verisk estimated insured losses")]),
    ],
)  # fmt: skip
def test_classes_bars_restated_shares_and_estimates(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert measures(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The European Commission fined U.S. tech giant Quorra 1.8 billion euros on Wednesday.",
         "Quorra fine"),
        ("The regulator fined Carrow Securities 18.6 million pounds.", "Carrow Securities fine"),
        ("Regulators fined the tech giant 1.8 billion euros.", "tech giant fine"),
    ],
)  # fmt: skip
def test_a_fine_is_the_fined_names(sentence: str, expected: str) -> None:
    assert [m for _, m in measures(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Alpenmed agreed on Monday to buy U.S. biotech company Clearwater Therapeutics for "
         "7.3 billion dollars in cash.", "Clearwater Therapeutics price"),
        ("Last week, Harlow Telecom agreed to buy its former parent and phone pioneer AT&T for "
         "about $16bn.", "AT&T price"),
        # when the shares were bought is no part of what was bought
        ("Sina said its shares were purchased between 12 January and 10 February for about "
         "$230m.", "shares"),
    ],
)  # fmt: skip
def test_a_price_is_the_bought_names(sentence: str, expected: str) -> None:
    assert [m for t, m in measures(sentence) if "$" in t or "dollars" in t] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Novak Petrovic won the Sydney Open.",
          "He collected prize money of 3.5 million Australian dollars."),
         [("3.5 million Australian dollars", "prize money")]),
        # a lone modifier (`equal`) is no measure: the sum it restates says what
        (("The plan costs 27 billion euros, equal to 2% of output.",),
         [("27 billion euros", "plan"), ("2%", "plan share of output")]),
    ],
)  # fmt: skip
def test_a_taken_sum_and_phrases_no_reader_can_use(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert measures(*paragraphs) == expected


@pytest.mark.parametrize(
    ("measure", "flawed"),
    [("well", True), ("equivalent", True), ("her decision not", True),
     ("decision not to run", False), ("core tier one ratio", False)],
)  # fmt: skip
def test_a_lone_modifier_or_a_clause_cut_at_not_is_flawed(measure: str, flawed: bool) -> None:
    from bot.analyse.figures.readable import measure_flaw

    assert (measure_flaw(measure) is not None) is flawed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank's common equity tier 1 ratio, a key measure of financial strength, stood at "
         "14.6%.", [("14.6%", "bank's common equity tier 1 ratio")]),
        ("Skyrun Airlines said its load factor, a measure of how full its planes are, rose to "
         "93.2%.", [("93.2%", "Skyrun Airlines load factor")]),
        ("Fulham were in tier 3 years ago.", [("3 years", "time since Fulham were in tier")]),
    ],
)  # fmt: skip
def test_the_subject_past_an_apposition_that_describes_it(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a relative clause's subject moved is the measure, with its owner
        ("The central bank, which raised its benchmark rate to 5.25% in March, met on Friday.",
         [("5.25%", "central bank benchmark rate")]),
        # the level a figure came up from measures the same
        ("The company proposed a dividend of 1.35 euros per share, up from 1.20 euros.",
         [("1.35 euros per share", "dividend"), ("1.20 euros", "dividend")]),
    ],
)  # fmt: skip
def test_a_level_moved_or_left_behind(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Real Ostra moved three points clear at the top with a win.",
         [("three points", "lead of Real Ostra")]),
        ("Kerr missed a penalty that would have put Ireland nine points clear.",
         [("nine points", "lead of Ireland")]),
        ("The win moves them five points clear of Rovers.", [("five points", "lead")]),
    ],
)  # fmt: skip
def test_a_side_clear_of_the_rest_measures_its_lead(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lee Soo-jin said she expected the approval process to take at least 12 months.",
         [("at least 12 months", "length of the approval process")]),
        ("Officials expect the repairs to last about three weeks.",
         [("about three weeks", "length of the repairs")]),
    ],
)  # fmt: skip
def test_a_time_something_is_expected_to_take_is_its_length(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Passengers must keep 2 metres clear of the doors.",
         [("2 metres", "clear of the doors")]),
        ("The coach allowed his players to take two weeks off.", [("two weeks", "coach")]),
    ],
)  # fmt: skip
def test_no_lead_without_a_side_and_no_length_of_people(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert measures(sentence) == expected

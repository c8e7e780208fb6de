"""Counted nouns as units: a group named after `of the`, superlatives before the noun and plural
acronyms."""

from __future__ import annotations

import pytest

from bot.analyse.figures.quantities import quantities_in


def units(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.unit)) for q in quantities_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inspectors said 12 of the lorries failed the brake test.", [(12.0, "lorries")]),
        ("The club sold 300 of its season tickets online.", [(300.0, "season tickets")]),
        ("Only 4 of their nurses stayed on the night shift.", [(4.0, "nurses")]),
    ],
)
def test_digits_count_the_plural_named_after_of_the(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She read 3 of the report before lunch.",  # no plural: no counted noun
        "They solved 2 of the puzzle on Sunday.",
    ],
)
def test_digits_before_of_the_without_a_plural_count_nothing(sentence: str) -> None:
    assert units(sentence) == [(float(sentence.split()[2]), "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 15 most polluted rivers are in the north.", (15.0, "polluted rivers")),
        ("The 3 least visited museums will close.", (3.0, "visited museums")),
    ],
)
def test_superlative_before_the_noun_is_no_part_of_it(
    sentence: str, expected: tuple[float, str]
) -> None:
    assert units(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dealer sold 40 SUVs last month.", (40.0, "SUVs")),
        ("Three MPs voted against the bill.", (3.0, "MPs")),
    ],
)
def test_plural_acronym_is_a_counted_noun(sentence: str, expected: tuple[float, str]) -> None:
    assert units(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ward held 40 patients who had waited for two weeks and 25 who had not.",
            [(40.0, "patients"), (2.0, "week"), (25.0, "patients")],
        ),
        (
            "Rescuers found 9 climbers, including 2 who had spent 3 nights on the ridge.",
            [(9.0, "climbers"), (2.0, "climbers"), (3.0, "nights")],
        ),
    ],
)
def test_number_before_who_counts_the_noun_of_its_sibling(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port handled 1.4 million containers, up from 950,000.", "containers"),
        ("The village has 800 voters, down from 1.2 million in the whole region.", "voters"),
        ("The single sold 90,000 copies in a week and 1.1 million in all.", "copies"),
    ],
)
def test_a_count_keeps_its_noun_across_scales(sentence: str, expected: str) -> None:
    assert [unit for _, unit in units(sentence)] == [expected, expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The shop sold 6, 8 and 12 bikes.", ["bikes", "bikes", "bikes"]),
        ("We need two, three or four extra nurses.", ["nurses", "nurses"]),
        ("At 10, 20 people were hurt.", ["", "people"]),
    ],
)
def test_comma_list_shares_the_unit_written_after_its_last_number(
    sentence: str, expected: list[str]
) -> None:
    assert [unit for _, unit in units(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The carrier will lease 24 aircraft next year.", [(24.0, "aircraft")]),
        ("The herd grew to 350 sheep.", [(350.0, "sheep")]),
        ("Divers logged 41 species on the reef.", [(41.0, "species")]),
        ("She has 7 grandchildren.", [(7.0, "grandchildren")]),
        ("The navy ordered 2 aircraft carriers.", [(2.0, "aircraft carriers")]),
    ],
)
def test_plurals_without_an_s_are_counted_nouns(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Refunds take 10 working days.", [(10.0, "day")]),
        ("The lease runs for 18 calendar months.", [(18.0, "month")]),
        ("They hiked 12 steep miles.", [(12.0, "mile")]),
        ("He scored 2 last season.", [(2.0, "")]),
    ],
)
def test_one_modifier_before_a_plural_unit(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


def test_plus_before_a_duration_keeps_the_unit() -> None:
    assert units("She has taught there for 25-plus years.") == [(25.0, "year")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rovio is one of Finland's best-known game makers.", "Finland best-known game makers"),
        ("The lab is one of the world's oldest observatories.", "world oldest observatories"),
        ("She is one of Kenya's most decorated runners.", "Kenya decorated runners"),
    ],
)
def test_one_of_an_owners_group_names_the_owner(sentence: str, expected: str) -> None:
    assert units(sentence) == [(1.0, expected)]


def test_part_of_an_owners_group_names_the_owner() -> None:
    sentence = "Four of Italy's oldest vineyards were sold."
    assert units(sentence) == [(4.0, "Italy oldest vineyards")]


def test_part_of_a_group_of_units_keeps_the_unit() -> None:
    assert units("July and August are two of the wettest months.") == [(2.0, "month")]


def test_conjunction_after_a_number_is_no_counted_noun() -> None:
    assert units("The old stadium held 45,000 whereas the new arena is larger.") == [(45_000.0, "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harbour TV has 10 million total subscribers.", [(10000000.0, "total subscribers")]),
        ("Last year 300 paid the fee.", [(300.0, "")]),
        (
            "Of the 40 suspects, 12 paid bribes to officials.",
            [(40.0, "suspects"), (12.0, "suspects")],
        ),
    ],
)
def test_total_before_a_plural_qualifies_it_but_paid_is_a_deed(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nearly 6,200 A320 Family aircraft were in service.", [(6200.0, "A320 Family aircraft")]),
        ("The air force bought 12 F-16 jets.", [(12.0, "F-16 jets")]),
    ],
)
def test_a_model_code_may_open_the_counted_noun(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There was one Covid19 death in the ward.", [(1.0, "")]),
        ("They sold 40 Xbox360 consoles.", [(40.0, "")]),
    ],
)
def test_a_word_glued_to_digits_is_not_cut_short(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert units(sentence) == expected

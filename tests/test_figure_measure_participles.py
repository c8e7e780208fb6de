"""Which counted things a present participle after them says (`incidents involving the A320`,
`firms supplying the parts`), unless the -ing word opens a list, a sum or a time (`including`,
`totalling`, `during`); and counted things that act on their own after `with` (`with 90 bidders
driving the price up`) belong to no subject of the clause."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence)]


def test_a_participle_and_its_object_say_which_ones() -> None:
    sentence = "Records show 31 accidents involving the new trams since May."
    assert measures(sentence) == [("31 accidents", "accidents involving the new trams")]


def test_a_participle_before_a_name_says_which_ones() -> None:
    sentence = "There are now 14 shops selling Acme bikes in the city."
    assert measures(sentence) == [("14 shops", "shops selling Acme bikes in the city")]


def test_including_opens_a_list_not_a_description() -> None:
    sentence = "The band toured 12 countries including France and Spain."
    assert measures(sentence) == [("12 countries", "countries the band toured")]


def test_during_is_a_time_not_a_participle() -> None:
    sentence = "Moreau won nine titles during a long career."
    assert measures(sentence) == [("nine titles", "titles Moreau won")]


def test_counted_things_acting_after_with_have_no_owner_in_the_clause() -> None:
    sentence = "The clip spread fast, with more than 9,000 viewers sharing it."
    assert measures(sentence) == [("more than 9,000 viewers", "viewers")]


def test_with_and_no_participle_keeps_the_owner() -> None:
    sentence = "The Harbour Lights leads the awards with 11 nominations."
    assert measures(sentence) == [("11 nominations", "Harbour Lights nominations")]

"""Counted people by what they did, when the deed has an auxiliary (`have signed up`) or needs no
object (`died`, `fled`)."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_sentence


def measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measure) for f in figures_in_sentence(sentence) if not f.minor]


def test_a_deed_after_an_auxiliary_is_read_whole() -> None:
    sentence = "About 3 million people have signed up for the pension this spring."
    assert measures(sentence) == [
        ("About 3 million people", "people who have signed up for the pension")
    ]


def test_a_future_deed_keeps_its_object() -> None:
    assert measures("Some 300 workers will lose their jobs.") == [
        ("Some 300 workers", "workers who will lose their jobs")
    ]


def test_died_is_a_deed_of_its_own() -> None:
    assert measures("Nearly 200 people have died in the floods since June.") == [
        ("Nearly 200 people", "people who have died in the floods")
    ]


def test_a_deed_without_object_keeps_where_it_happened() -> None:
    assert measures("At least 12 people died in a landslide on Sunday.") == [
        ("At least 12 people", "people who died in a landslide")
    ]


def test_a_deed_without_object_or_place_is_the_deed_alone() -> None:
    assert measures("At least 30 passengers drowned when the boat sank.") == [
        ("At least 30 passengers", "passengers who drowned")
    ]


def test_counted_things_are_told_by_what_was_done_to_them() -> None:
    assert measures("About 120 homes were flooded in the storm.") == [
        ("About 120 homes", "homes flooded in the storm")
    ]


def test_a_count_after_a_source_and_a_qualifier_opens_its_clause() -> None:
    sentence = "A hospital spokeswoman said at least 31 people were treated for burns."
    assert measures(sentence) == [("at least 31 people", "people treated for burns")]

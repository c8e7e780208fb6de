"""A race's distance used as its name (`the Olympic 100m champion`) says which race, not how far:
a briefing leaves it out, while a distance that is a length (`a 30m fall`) stays a figure."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence


def _kinds(sentence: str) -> dict[str, tuple[str, float, str]]:
    return {f.text: (f.kind, f.value, f.unit) for f in figures_in_sentence(sentence)}


@pytest.mark.parametrize(
    ("sentence", "distance", "value", "unit"),
    [
        ("Mia Holt, the Olympic 400m champion, ran in Leeds.", "400m", 400.0, "metre"),
        ("The squad won 4x100m relay gold in Rome.", "100m", 100.0, "metre"),
        ("Ivo Tamm set a 1,500m world record on Friday.", "1,500m", 1500.0, "metre"),
        ("She broke the 10,000m world record in Oslo.", "10,000m", 10000.0, "metre"),
        ("Ken Obi took the world cross country 4km title.", "4km", 4.0, "kilometre"),
        ("The field for the women's 800m was thin.", "800m", 800.0, "metre"),
        ("Ana Ruiz won the 200m in 22.4 seconds.", "200m", 200.0, "metre"),
        ("He will race over 60m hurdles next week.", "over 60m", 60.0, "metre"),
        ("The 10K road race starts at the pier.", "10K", 10.0, "kilometre"),
    ],
)
def test_a_race_distance_naming_its_event_is_an_event_not_a_figure(
    sentence: str, distance: str, value: float, unit: str
) -> None:
    assert _kinds(sentence)[distance] == ("event", value, unit)
    assert distance not in {f.text for f in figures_in_article([[sentence]]) if not f.minor}


@pytest.mark.parametrize(
    ("sentence", "distance", "value", "unit"),
    [
        ("The climber survived a 30m fall on Sunday.", "30m", 30.0, "metre"),
        ("The new tower is 100m tall.", "100m", 100.0, "metre"),
        ("The club paid £100m for the title.", "£100m", 100_000_000.0, "GBP"),
        ("The firm won the 100m contract.", "100m", 100_000_000.0, ""),
        ("The road is closed for 5km after the bridge.", "5km", 5.0, "kilometre"),
    ],
)
def test_a_length_or_a_sum_near_a_race_word_stays_a_figure(
    sentence: str, distance: str, value: float, unit: str
) -> None:
    kind, found_value, found_unit = _kinds(sentence)[distance]
    assert kind != "event"
    assert (found_value, found_unit) == (value, unit)

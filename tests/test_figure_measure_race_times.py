"""Race times: the time someone ran, for the race the sentence names."""

from __future__ import annotations

from bot.analyse.figures.extraction import figures_in_article
from tests.test_figure_measures import measure_of


def test_a_named_runners_time_is_theirs_for_the_race_named_after_it() -> None:
    sentence = "Ola Berg clocked 10.21 seconds in the 100m final in Oslo."
    assert measure_of(sentence, "10.21") == "Ola Berg time for the 100m"


def test_a_time_set_as_a_new_mark_with_no_race_named_is_a_race_time() -> None:
    sentence = "Ola Berg won again, setting a new mark of 48.3 seconds."
    assert measure_of(sentence, "48.3") == "race time"


def test_a_time_a_pronoun_ran_is_the_runner_in_focus() -> None:
    paragraphs = [["Sprinter Ana Ruiz said she was ready for Rome.",
                   "Last year she ran 20.4 seconds in the heats of the 200m there."]]  # fmt: skip
    found = {f.text: f.measure for f in figures_in_article(paragraphs)}
    assert found["20.4 seconds"] == "Ana Ruiz time for the 200m"


def test_a_film_that_ran_for_minutes_is_no_race() -> None:
    assert measure_of("The film ran for 95 minutes in Cannes.", "95") == "film"


def test_a_time_after_the_race_it_won_is_the_time_for_that_race() -> None:
    sentence = "Tom Vale, the former indoor champion, won the men's 400m in 45.9 seconds."
    assert measure_of(sentence, "45.9") == "time for the 400m"

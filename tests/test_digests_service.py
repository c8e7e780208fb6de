"""The digests' core without Telegram: what falls due when, and what each digest holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from bot.digests.models import PENDING, ChatOptions, Subscription
from bot.digests.service import Digests, top_figure, top_quote
from tests.digests_support import FixedClock, at, digests_for, topic_store
from tests.factories import EFE_ID, OTHER_ID, make_quote, seed_figures, seed_quotes


def _madrid(clock: FixedClock, local: time = time(9, 0)) -> Digests:
    digests = digests_for(topic_store(2), clock)
    digests.state.save_chat(ChatOptions(42, timezone="Europe/Madrid"))
    digests.save(Subscription(42, local))
    return digests


@pytest.mark.parametrize(
    ("day_before", "due", "key"),
    [
        ("2026-03-28 08:30", "2026-03-29 07:00", "digest:2026-03-29T07:00Z"),  # clocks go forward
        ("2026-10-24 08:30", "2026-10-25 08:00", "digest:2026-10-25T08:00Z"),  # clocks go back
    ],
)
def test_digests_fire_at_nine_in_madrid_across_dst(day_before: str, due: str, key: str) -> None:
    clock = FixedClock(at(day_before))
    digests = _madrid(clock)
    clock.now = at(due)
    clock.advance(seconds=-1)
    assert digests.fire_due() == []
    clock.advance(seconds=1)
    [queued] = digests.fire_due()
    assert (queued.key, queued.status) == (key, PENDING)
    assert digests.fire_due() == []


def test_digests_nonexistent_time_fires_once_on_the_spring_night() -> None:
    clock = FixedClock(at("2026-03-28 12:00"))
    digests = _madrid(clock, time(2, 30))
    clock.now = at("2026-03-29 01:30")  # 03:30 CEST: 02:30 never happened
    assert [d.key for d in digests.fire_due()] == ["digest:2026-03-29T01:30Z"]
    sub = digests.state.subscription(42)
    assert sub is not None
    assert sub.next_at == at("2026-03-30 00:30")


def test_digests_repeated_hour_fires_once_on_the_autumn_night() -> None:
    clock = FixedClock(at("2026-10-24 12:00"))
    digests = _madrid(clock, time(2, 30))
    clock.now = at("2026-10-25 00:30")  # the first 02:30
    assert len(digests.fire_due()) == 1
    clock.now = at("2026-10-25 01:30")  # the second 02:30
    assert digests.fire_due() == []


def test_digests_moved_later_the_same_day_still_runs_at_the_new_time() -> None:
    clock = FixedClock(at("2026-12-02 07:00"))
    digests = digests_for(topic_store(2), clock)
    digests.save(Subscription(42, time(8, 0)))
    clock.now = at("2026-12-02 08:00")
    [morning] = digests.fire_due()
    clock.now = at("2026-12-02 10:00")  # /subscribe 18:00: the confirmation says "next: 18:00"
    sub = digests.save(Subscription(42, time(18, 0)))
    assert sub.next_at == at("2026-12-02 18:00")
    clock.now = at("2026-12-02 18:00")
    digests.fire_due()
    evening = digests.state.delivery(42, "digest:2026-12-02T18:00Z")
    assert (morning.key, morning.status) == ("digest:2026-12-02T08:00Z", PENDING)
    assert evening is not None  # nothing new since the morning: the notice, as the chat asked
    assert (evening.story_ids, evening.status) == ((), PENDING)
    assert digests.fire_due() == []


def test_digests_same_wall_time_in_a_zone_further_west_still_runs() -> None:
    clock = FixedClock(at("2026-12-02 07:00"))
    digests = _madrid(clock)
    clock.now = at("2026-12-02 08:00")  # 09:00 in Madrid
    [madrid] = digests.fire_due()
    clock.now = at("2026-12-02 10:00")  # /timezone America/New_York: "next: Wed 2 Dec, 09:00"
    digests.state.save_chat(ChatOptions(42, timezone="America/New_York"))
    sub = digests.state.subscription(42)
    assert sub is not None
    assert digests.save(sub).next_at == at("2026-12-02 14:00")
    clock.now = at("2026-12-02 14:00")
    digests.fire_due()
    assert madrid.key == "digest:2026-12-02T08:00Z"
    assert digests.state.delivery(42, "digest:2026-12-02T14:00Z") is not None


def test_digests_top_quote_says_something_rather_than_a_few_words() -> None:
    phrase = make_quote("a1", "a sad day.", "Ann Lee")
    said = replace(make_quote("a1", "We will rebuild the bridge before the winter.", "Bo Kim"),
                   sentences=(4,))  # fmt: skip
    fragment = replace(make_quote("a1", "rebuild it", "Cy Dunn", kind="fragment"), sentences=(1,))
    assert top_quote((phrase, fragment, said)) == said
    assert top_quote((phrase, fragment)) == phrase


def test_digests_top_quote_and_figure_are_the_most_reported() -> None:
    quote = top_quote(seed_quotes())
    figure = top_figure(seed_figures())
    assert quote is not None
    assert figure is not None
    assert quote.text.startswith("The volume of trade between Russia and Latin America")
    assert set(quote.sources) == {EFE_ID, OTHER_ID}
    assert (figure.value, figure.unit, set(figure.sources)) == (25.0, "percent", {EFE_ID, OTHER_ID})
    assert top_quote(()) is None

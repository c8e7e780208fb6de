"""When each source is fetched next, and how its health changes: pure functions over Source."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from bot.live.sources import ACTIVE, FAILING, GONE, Source

FAILING_AFTER = timedelta(hours=24)  # of failures without a success: tell the operators once
MAX_BACKOFF = timedelta(hours=6)
JITTER = 0.1  # up to 10 % later, so sources added together do not stay in lockstep


def next_fetch(
    now: datetime,
    poll: timedelta,
    *,
    ttl_minutes: int | None = None,
    max_age: int | None = None,
    jitter: float | None = None,
) -> datetime:
    """The poll interval from now, or the feed's ttl / max-age when longer, plus some jitter."""
    wait = max(
        poll,
        timedelta(minutes=ttl_minutes or 0),
        timedelta(seconds=max_age or 0),
    )
    share = random.uniform(0, JITTER) if jitter is None else jitter
    return now + wait * (1 + share)


def succeeded(source: Source, now: datetime, following: datetime, notices: list[str]) -> Source:
    """A fetch worked: reset the failures; a source that was failing says it is back."""
    if source.state == FAILING:
        notices.append(f"✅ {source.name} is back: {source.url} answers again.")
    return replace(
        source, state=ACTIVE, error=None, failures=0, failing_since=None, backoff_until=None,
        last_fetch=now, next_fetch=following,
    )  # fmt: skip


def failed(
    source: Source, now: datetime, poll: timedelta, reason: str, notices: list[str]
) -> Source:
    """A fetch failed: back off exponentially; after a day of failures, tell the operators once."""
    failures = source.failures + 1
    since = source.failing_since or now
    wait = min(poll * 2 ** min(failures - 1, 16), MAX_BACKOFF)
    state = source.state
    if state == ACTIVE and now - since >= FAILING_AFTER:
        state = FAILING
        notices.append(
            f"⚠️ {source.name} has failed for {_hours(now - since)}: {reason}. "
            f"The bot keeps trying ({source.url})."
        )
    return replace(
        source, state=state, error=reason, failures=failures, failing_since=since,
        backoff_until=now + wait, last_fetch=now,
    )  # fmt: skip


def retry_later(source: Source, now: datetime, seconds: float, reason: str) -> Source:
    """The host asked for a pause (429/503 Retry-After): wait it out, with no penalty."""
    return replace(source, error=reason, last_fetch=now,
                   backoff_until=now + timedelta(seconds=seconds))  # fmt: skip


def gone(source: Source, now: datetime, notices: list[str]) -> Source:
    """HTTP 410: the feed was removed for good; stop fetching it and say so once."""
    notices.append(
        f"⛔ {source.name} is gone (HTTP 410): the bot stopped fetching {source.url}. "
        "Remove it with /removesource."
    )
    return replace(source, state=GONE, error="gone (HTTP 410): not fetched any more",
                   last_fetch=now)  # fmt: skip


def _hours(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    return f"{hours} hours" if hours != 1 else "1 hour"

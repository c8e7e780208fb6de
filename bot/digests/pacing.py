"""The pace of broadcasts: under Telegram's overall limit, counted the way Telegram counts it."""

from __future__ import annotations

import asyncio
import bisect
import time
from collections.abc import Callable

# Telegram allows about 30 messages a second overall; 29 leaves room for an interactive reply in
# the same second, so a broadcast never earns a 429 for the replies around it.
BROADCAST_RATE = 29.0


class Pacer:
    """Paces broadcast sends: at most `rate` a second in any one-second window, as Telegram
    counts; interactive replies reserve their place, and flood waits hold everything.

    The window counts each send from when its answer came back (no earlier than Telegram saw
    it) and every send still in flight as happening now: a request held up in our process
    can then never land in the same second as the ones after it.
    """

    def __init__(
        self,
        rate: float = BROADCAST_RATE,
        clock: Callable[[], float] = time.monotonic,
        window: float = 1.0,
    ) -> None:
        self.interval = 1.0 / rate
        self.window = window
        self.limit = max(1, int(rate * window))
        self.clock = clock
        self.next_at = 0.0
        self.recent: list[float] = []  # sends answered (and replies reserved), oldest first
        self.in_flight = 0
        self._late = 0.0  # how late asyncio.sleep tends to return
        self._lock = asyncio.Lock()

    async def wait(self) -> float:
        """Return (the moment) when the next broadcast send may go; call done() after it."""
        async with self._lock:
            while (now := self.clock()) < (due := self._due(now)):
                ahead = due - now - self._late
                await asyncio.sleep(max(ahead, 0.0))
                if ahead > 0:  # learn how late the loop wakes us, and wake that much earlier
                    error = self.clock() - due
                    self._late = min(max(self._late + 0.25 * error, 0.0), self.interval / 2)
            # keep to the grid while on time (so loop lateness costs no throughput); after a
            # pause start again from now, so a backlog never leaves in a burst
            base = self.next_at if now - self.next_at < self.interval else now
            self.next_at = base + self.interval
            self.in_flight += 1
            return now

    def done(self) -> None:
        """The send granted by wait() got its answer (or failed)."""
        self.in_flight = max(self.in_flight - 1, 0)
        bisect.insort(self.recent, self.clock())

    def _due(self, now: float) -> float:
        cut = bisect.bisect_right(self.recent, now - self.window)
        del self.recent[:cut]
        over = len(self.recent) + self.in_flight - self.limit
        if over < 0:
            return self.next_at
        if over >= len(self.recent):
            return now + self.interval / 4  # all of it in flight: look again shortly
        return max(self.next_at, self.recent[over] + self.window)

    def reserve(self, ahead: float = 0.05) -> None:
        """Count an interactive reply about to go out, so the broadcast leaves room for it."""
        bisect.insort(self.recent, self.clock() + ahead)

    def hold(self, seconds: float) -> None:
        """Send nothing for `seconds` (Telegram said retry_after)."""
        self.next_at = max(self.next_at, self.clock() + seconds)

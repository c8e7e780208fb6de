"""The one policy for a Telegram request that failed on the way: a timeout, a 5xx, a reset.

Such a failure is tried again after a wait that doubles each time, a few times in all. Both
senders follow it: the replies' rate limiter (`app.py`), whose user is waiting, and the digest
broadcast (`digests/delivery.py`), which leaves a delivery for its next pass when the tries run
out. Telegram's own `RetryAfter` is not a failure of this kind: it says how long to wait.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    """How often, and after how long, a request that failed on the way is tried again."""

    tries: int = 4  # attempts in all, the first one included
    first: float = 0.25  # seconds before the second attempt, doubled before each next one

    def delay(self, failures: int) -> float:
        """Seconds to wait after the `failures`-th failure in a row."""
        return self.first * float(2 ** (failures - 1))

    def exhausted(self, failures: int) -> bool:
        """Whether `failures` failures in a row use up the tries."""
        return failures >= self.tries


NETWORK_BACKOFF = Backoff()

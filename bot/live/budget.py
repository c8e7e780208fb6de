"""A CPU-time budget for reading what the web sent.

Size limits stop at 10 MB, but some 10 MB documents cost minutes of CPU to parse: a million
unclosed tags send feedparser to its lenient parser, a hundred thousand items each cost a
millisecond. Reading happens in the rounds' worker process (or the CLI's own process), on its
main thread, where a virtual-time interval timer can stop it: the document is then refused as
too costly, and the round goes on with the other sources.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

PARSE_CPU_SECONDS = 5.0  # a 500-item feed or a long article page takes well under a second
REPEAT_SECONDS = 0.25


@contextmanager
def cpu_budget(seconds: float, refuse: Callable[[], Exception]) -> Iterator[None]:
    """Run the body on at most `seconds` of this process's CPU; past that, raise `refuse()`.

    Off the main thread (where signals cannot be handled) the body runs without a budget.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise refuse()

    previous = signal.signal(signal.SIGVTALRM, expired)
    # fires again every REPEAT_SECONDS: a library that swallows the first raise gets another
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)

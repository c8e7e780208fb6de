"""One sending process per store: an exclusive flock on `<db>.lock`, held while the bot runs."""

from __future__ import annotations

import atexit
import fcntl
import os
from pathlib import Path
from typing import IO

from bot.errors import StoreError

_HELD: dict[Path, tuple[IO[str], int]] = {}  # this process's locks, shared by its users


def lock_path(db_path: Path | str) -> Path:
    """Where the lock for a store lives."""
    return Path(f"{db_path}.lock")


def acquire(db_path: Path | str) -> Path:
    """Take the store's lock, or raise StoreError naming the process that holds it."""
    path = lock_path(db_path).resolve()
    if path in _HELD:  # the same process again (another Application in tests): share it
        handle, count = _HELD[path]
        _HELD[path] = (handle, count + 1)
        return path
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise StoreError(
            f"another briefing-bot (pid {holder}) is already sending digests from {db_path}: "
            "stop it first, or give this one its own --db"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    _HELD[path] = (handle, 1)
    return path


def release(path: Path) -> None:
    """Give back a lock taken with acquire()."""
    handle, count = _HELD.pop(path, (None, 0))
    if handle is None:
        return
    if count > 1:
        _HELD[path] = (handle, count - 1)
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    handle.close()


@atexit.register
def _release_all() -> None:
    """Close what is still held at exit (a bot's lock lasts its whole run), before the
    interpreter's teardown finds the files open."""
    for path in list(_HELD):
        _HELD[path] = (_HELD[path][0], 1)
        release(path)

"""What every read of the store shares: the connection, a cache per build, the meta values and
the one way a user's term becomes an FTS5 query."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import sqlite_utils

_TOKEN = re.compile(r"\S+")
_T = TypeVar("_T")


def fts_phrase(term: str) -> str:
    """`term` as an FTS5 query of quoted plain words (implicit AND); "" when nothing is left."""
    tokens = [t for t in _TOKEN.findall(term) if any(c.isalnum() for c in t)]
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens[:32])


class QueryBase:
    """The connection and what each kind of read builds on."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # Whole-store lists reused until a build bumps build_id: every command names outlets.
        self._cache: dict[str, tuple[int, Any]] = {}

    def _cached(self, name: str, load: Callable[[], _T]) -> _T:
        build = self.build_id()
        hit = self._cache.get(name)
        if hit is not None and hit[0] == build:
            return cast(_T, hit[1])
        value = load()
        self._cache[name] = (build, value)
        return value

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, list(params)))

    def _meta(self, key: str) -> str | None:
        rows = self._rows("select value from meta where key = ?", [key])
        return str(rows[0]["value"]) if rows else None

    def build_id(self) -> int:
        """The store's build counter (0 before any build); buttons carry it to detect rebuilds."""
        value = self._meta("build_id")
        return int(value) if value and value.isdigit() else 0

"""The briefing store: the one owner of the schema, the full-text indexes and every write of the
build, split by job (`schema`, `writes`, `inputs`, `reads`, `export`) and offered here as one
interface, so callers say `from bot.store import open_db, Store` whatever module holds it.

The writes are loaded on first use: they need the parser (and through it the analysis), which
a reader (`ask`, `chat`, the bot's answers) never runs and should not wait a second to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from bot.store.export import EXPORTS, export_records
from bot.store.inputs import InputNotice, InputRow, Snapshot, load_body_keys, load_lines, snapshot
from bot.store.reads import load_analyses, load_articles
from bot.store.schema import (
    BUILD_TABLES,
    SCHEMA_VERSION,
    TWIN_ROWS,
    check_schema,
    ensure_schema,
    get_meta,
    open_db,
    set_meta,
)

if TYPE_CHECKING:
    from bot.store.writes import Store, story_position

_WRITES = frozenset({"Store", "story_position"})

__all__ = [
    "BUILD_TABLES",
    "EXPORTS",
    "SCHEMA_VERSION",
    "TWIN_ROWS",
    "InputNotice",
    "InputRow",
    "Snapshot",
    "Store",
    "check_schema",
    "ensure_schema",
    "export_records",
    "get_meta",
    "load_analyses",
    "load_articles",
    "load_body_keys",
    "load_lines",
    "open_db",
    "set_meta",
    "snapshot",
    "story_position",
]


def __getattr__(name: str) -> Any:
    """The write side's names, imported when a writer first asks for them."""
    if name in _WRITES:
        return getattr(import_module("bot.store.writes"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

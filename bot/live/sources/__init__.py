"""The news sources the bot follows, in the store's own tables (a build never touches them).

`sources` holds each feed with what polite polling needs (ETag, Last-Modified, when it is next
due, its backoff after errors) and its health (active, failing, gone); `source_entries` maps each
feed entry to the article it became, so a known entry is not fetched or analysed again and a
changed one updates its article; `source_notices` is the outbox of messages for the operators
(a source failing for a day, a source back), each sent once.

Split into what a source is (`model`, pure) and its tables (`tables`), offered here as one
interface, so callers say `from bot.live.sources import Source, Sources`.
"""

from __future__ import annotations

from bot.live.sources.model import (
    ACTIVE,
    FAILING,
    GONE,
    EntryRow,
    Notice,
    Source,
    check_url,
    default_name,
)
from bot.live.sources.tables import SOURCE_TABLES, Sources, ensure_tables

__all__ = [
    "ACTIVE",
    "FAILING",
    "GONE",
    "SOURCE_TABLES",
    "EntryRow",
    "Notice",
    "Source",
    "Sources",
    "check_url",
    "default_name",
    "ensure_tables",
]

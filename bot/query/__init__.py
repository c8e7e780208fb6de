"""Read-only lookups over the briefing store; rows come back as models, never dicts.

Split by what is read (`overview`, `articles`, `stories`, `statements`, on the shared `base`)
and offered here as one `Query`, so callers say `from bot.query import Query` whatever module
holds a read.
"""

from __future__ import annotations

from bot.query.base import fts_phrase
from bot.query.overview import OverviewReads
from bot.query.statements import StatementReads
from bot.query.stories import StoryReads

__all__ = ["Query", "fts_phrase"]


class Query(OverviewReads, StoryReads, StatementReads):
    """Every read the bot makes; user terms are always quoted, never FTS5 syntax."""

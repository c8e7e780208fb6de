"""The digests' tables in the briefing store (never in BUILD_TABLES, so a build leaves them be).

Split by job (`base`: the tables and their version; `chats`: options, subscriptions, channels;
`deliveries`: the delivery log) and offered here as one `State`, so callers say
`from bot.digests.state import State` whatever module holds a read or write.
"""

from __future__ import annotations

from bot.digests.state.base import STATE_TABLES, STATE_VERSION, Database, process_token
from bot.digests.state.chats import ChatState
from bot.digests.state.deliveries import DeliveryLog

__all__ = ["STATE_TABLES", "STATE_VERSION", "Database", "State", "process_token"]


class State(ChatState, DeliveryLog):
    """Reads and writes of chats, subscriptions, channels and the delivery log; each commits."""

"""The exception tree: the core raises these, the edges (cli, handlers) translate them."""

from __future__ import annotations


class BriefingError(Exception):
    """Anything briefing-bot can explain to a user in one line."""


class ConfigError(BriefingError):
    """A setting is missing or malformed (exit code 2)."""


class StoreError(BriefingError):
    """The store is missing, outdated or unreadable; the message says what to run."""


class SeedError(BriefingError):
    """An input file (or one line of it) cannot be read as an article."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

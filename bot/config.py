"""Settings: one frozen object from the environment and flags; the only reader of os.environ."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

DEFAULT_DB = "briefing.db"
# A Bot API token is "<bot id>:<secret>"; checking the shape catches pasted quotes and spaces early.
_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the program needs to know about where it runs."""

    token: str | None = field(default=None, repr=False)
    api_url: str | None = None
    db_path: Path = Path(DEFAULT_DB)
    digest_at: str = "08:00"
    channel: str | None = None
    dask_scheduler: str | None = None  # where `build` sends its analysis: an address or local:N

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from `env` (default: os.environ); non-None `overrides` take precedence."""
        env = os.environ if env is None else env
        settings = cls(
            token=env.get("TELEGRAM_BOT_TOKEN") or None,
            api_url=env.get("TELEGRAM_BASE_URL") or None,
            db_path=Path(env.get("BRIEFING_DB") or DEFAULT_DB),
            digest_at=env.get("BRIEFING_DIGEST_AT") or "08:00",
            channel=env.get("BRIEFING_CHANNEL") or None,
            dask_scheduler=env.get("BRIEFING_DASK_SCHEDULER") or None,
        )
        given = {key: value for key, value in overrides.items() if value is not None}
        if "db_path" in given:
            given["db_path"] = Path(given["db_path"])
        return replace(settings, **given)

    def require_token(self) -> str:
        """The bot token, or a ConfigError that says how to set it."""
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you")
        token = self.token.strip()
        if not _TOKEN.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN looks malformed: expected '<digits>:<letters>' from @BotFather"
            )
        return token

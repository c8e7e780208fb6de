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
# Who runs this bot, for the User-Agent that sites see: a web address or an e-mail address.
_WEB_CONTACT = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s()<>\"]*)?$")
_MAIL_CONTACT = re.compile(r"^(?:mailto:)?[^\s@()<>:\"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the program needs to know about where it runs."""

    token: str | None = field(default=None, repr=False)
    api_url: str | None = None
    db_path: Path = Path(DEFAULT_DB)
    digest_at: str = "08:00"
    channel: str | None = None
    allow_private_hosts: bool = False  # fetch from loopback/private addresses (tests only)
    admins: frozenset[int] = frozenset()  # Telegram user ids allowed to add and remove sources
    poll_minutes: float = 15.0  # the least time between two fetches of one source
    keep_days: int = 90  # fetched articles older than this leave the store; 0 keeps them
    dask_scheduler: str | None = None  # where `build` sends its analysis: an address or local:N
    contact: str | None = None  # the operator's web or e-mail address, named in the User-Agent

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
            allow_private_hosts=env.get("BRIEFING_ALLOW_PRIVATE_HOSTS") == "1",
            admins=_user_ids(env.get("BRIEFING_ADMINS") or ""),
            poll_minutes=_number(env, "BRIEFING_POLL_MINUTES", 15.0, minimum=0.01),
            keep_days=int(_number(env, "BRIEFING_KEEP_DAYS", 90, minimum=0, whole=True)),
            dask_scheduler=env.get("BRIEFING_DASK_SCHEDULER") or None,
            contact=_contact(env.get("BRIEFING_CONTACT") or ""),
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


def _user_ids(text: str) -> frozenset[int]:
    """Telegram user ids from "123, 456" or "123 456"; ConfigError names a bad one."""
    ids = set()
    for piece in text.replace(",", " ").split():
        if not piece.lstrip("-").isdigit():
            raise ConfigError(f"BRIEFING_ADMINS: {piece!r} is not a Telegram user id (digits)")
        ids.add(int(piece))
    return frozenset(ids)


def _contact(text: str) -> str | None:
    """The operator's address for the User-Agent, or ConfigError when sites could not use it."""
    text = text.strip()
    if not text:
        return None
    if len(text) > 200 or not (_WEB_CONTACT.match(text) or _MAIL_CONTACT.match(text)):
        raise ConfigError(
            f"BRIEFING_CONTACT: {text[:60]!r} is not a web address (https://...) or an e-mail"
            " address that sites can reach you at"
        )
    return text


def _number(
    env: Mapping[str, str], name: str, default: float, *, minimum: float, whole: bool = False
) -> float:
    """A numeric setting, or ConfigError saying what is expected."""
    text = (env.get(name) or "").strip()
    if not text:
        return default
    kind = "a whole number" if whole else "a number"
    try:
        value = int(text) if whole else float(text)
    except ValueError:
        raise ConfigError(f"{name}: {text!r} is not {kind}") from None
    if value < minimum:
        raise ConfigError(f"{name}: must be {minimum:g} or more, not {text}")
    return value

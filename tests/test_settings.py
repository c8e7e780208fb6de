"""Settings from the environment: every variable read, and a clear message for every bad value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import ConfigError


def test_settings_defaults_without_any_variable() -> None:
    settings = Settings.from_env({})
    assert (settings.token, settings.api_url, settings.db_path) == (None, None, Path("briefing.db"))
    assert (settings.digest_at, settings.channel, settings.contact) == ("08:00", None, None)
    assert (settings.poll_minutes, settings.keep_days, settings.admins) == (15.0, 90, frozenset())


def test_settings_read_every_variable() -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123:abc",
            "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
            "BRIEFING_DB": "/srv/news.db",
            "BRIEFING_DIGEST_AT": "07:30",
            "BRIEFING_CHANNEL": "@morning",
            "BRIEFING_ADMINS": "42, 7 9",
            "BRIEFING_POLL_MINUTES": "0.5",
            "BRIEFING_KEEP_DAYS": "0",
            "BRIEFING_DASK_SCHEDULER": "local:2",
            "BRIEFING_CONTACT": " https://news.example.org/bot-contact ",
        }
    )
    assert (settings.token, settings.api_url) == ("123:abc", "http://127.0.0.1:8081/bot")
    assert (settings.db_path, settings.digest_at, settings.channel) == (
        Path("/srv/news.db"), "07:30", "@morning",
    )  # fmt: skip
    assert (settings.admins, settings.poll_minutes, settings.keep_days) == (
        frozenset({42, 7, 9}), 0.5, 0,
    )  # fmt: skip
    assert settings.dask_scheduler == "local:2"
    assert settings.contact == "https://news.example.org/bot-contact"


def test_settings_flags_override_the_environment() -> None:
    settings = Settings.from_env({"BRIEFING_DB": "env.db"}, db_path="flag.db", channel=None)
    assert (settings.db_path, settings.channel) == (Path("flag.db"), None)


@pytest.mark.parametrize(
    "contact", ["desk@example.org", "mailto:desk@news.example.co.uk", "http://example.org:8080/"]
)
def test_settings_contact_accepts_web_and_mail_addresses(contact: str) -> None:
    assert Settings.from_env({"BRIEFING_CONTACT": contact}).contact == contact


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("BRIEFING_CONTACT", "call me", "BRIEFING_CONTACT: 'call me' is not a web address"),
        ("BRIEFING_CONTACT", "a@b.org\r\nX-Evil: 1", "is not a web address"),
        ("BRIEFING_CONTACT", "ftp://example.org", "is not a web address"),
        ("BRIEFING_CONTACT", "https://" + "a" * 300, "is not a web address"),
        ("BRIEFING_ADMINS", "42, alice", "BRIEFING_ADMINS: 'alice' is not a Telegram user id"),
        ("BRIEFING_POLL_MINUTES", "soon", "BRIEFING_POLL_MINUTES: 'soon' is not a number"),
        ("BRIEFING_POLL_MINUTES", "0", "BRIEFING_POLL_MINUTES: must be 0.01 or more, not 0"),
        ("BRIEFING_KEEP_DAYS", "1.5", "BRIEFING_KEEP_DAYS: '1.5' is not a whole number"),
        ("BRIEFING_KEEP_DAYS", "-1", "BRIEFING_KEEP_DAYS: must be 0 or more, not -1"),
    ],
)
def test_settings_refuse_bad_values_with_a_sentence(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.from_env({name: value})

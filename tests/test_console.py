"""console: `ask` and `chat` answer with the same commands, as plain text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import console
from bot.commands import Commands
from bot.config import Settings
from bot.models import ChatContext, Reply
from bot.query import Query
from tests.factories import many_quotes, seeded_db, write_db


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=write_db(seeded_db(), tmp_path / "briefing.db"))


def test_console_ask_prints_plain_text(settings: Settings) -> None:
    out = io.StringIO()
    assert console.ask(settings, "/quotes BRICS", out) == 0
    text = out.getvalue()
    assert text.startswith("Quotes about BRICS (1)\n\nVladimir Putin, Russian president\n“BRICS")
    assert "not a military alliance" in text
    assert "<" not in text
    assert "&amp;" not in text


def test_console_ask_shows_links_as_text_and_url(settings: Settings) -> None:
    out = io.StringIO()
    assert console.ask(settings, "/article 000_1f4e1313dff10dc2", out) == 0
    assert "read the article (https://example.org/efe/putin-brics)" in out.getvalue()


def test_console_ask_escaped_input_comes_back_plain(settings: Settings) -> None:
    out = io.StringIO()
    assert console.ask(settings, "/quotes <b>&", out) == 0
    assert out.getvalue() == "No quotes about “<b>&”. Try /quotes Putin\n\n"


def test_console_ask_digest_command_points_to_telegram(settings: Settings) -> None:
    out = io.StringIO()
    assert console.ask(settings, "/subscribe 09:30 BRICS", out) == 0
    assert out.getvalue() == "/subscribe works on Telegram only: send it to the bot there.\n\n"
    out = io.StringIO()
    console.ask(settings, "/help", out)
    assert (
        "/timezone [Area/City]: show or set this chat's time zone (on Telegram)" in out.getvalue()
    )


def test_console_ask_digest_previews_offline(settings: Settings) -> None:
    out = io.StringIO()
    assert console.ask(settings, "/digest", out) == 0
    assert out.getvalue().startswith(
        "Preview: this is what a daily digest would hold now. /subscribe 08:00 starts one.\n\n"
        "Your daily briefing: 1 new story\n\nPutin courts Latin America for BRICS\n"
    )
    out = io.StringIO()
    console.ask(settings, "/help", out)
    assert "/digest: preview the next digest now\n" in out.getvalue()


def test_console_ask_prints_every_page(tmp_path: Path) -> None:
    settings = Settings(db_path=write_db(many_quotes(12), tmp_path / "b.db"))
    out = io.StringIO()
    assert console.ask(settings, "/quotes BRICS", out) == 0
    text = out.getvalue()
    assert text.count("Quotes about BRICS (12)") == 3
    assert "Speaker 0\n" in text
    assert "Speaker 11\n" in text


def test_console_ask_without_store_says_to_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert console.ask(Settings(db_path=tmp_path / "none.db"), "/help", out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "run `briefing-bot build`" in err
    assert out.getvalue() == ""


def test_console_chat_answers_every_line_until_eof(settings: Settings) -> None:
    out = io.StringIO()
    lines = "/figures trade\n\nstudents\n/qoutes\n"
    assert console.chat(settings, io.StringIO(lines), out) == 0
    text = out.getvalue()
    assert text.startswith(console.BANNER + "\n")
    assert "↑ 25% — trade between Russia and Latin America" in text
    assert "Searching for “students”." in text
    assert "Did you mean /quotes?" in text


def test_console_chat_pages_with_next_and_prev(tmp_path: Path) -> None:
    settings = Settings(db_path=write_db(many_quotes(12), tmp_path / "b.db"))
    out = io.StringIO()
    assert console.chat(settings, io.StringIO("/quotes BRICS\nnext\nnext\nnext\nprev\n"), out) == 0
    text = out.getvalue()
    assert '[page 1/3: type "next"]' in text
    assert '[page 2/3: type "next" or "prev"]' in text
    assert '[page 3/3: type "prev"]' in text
    assert "No next page." in text
    assert text.count("Speaker 5\n") == 2  # page 2 shown twice: forwards, then back


def test_console_chat_quit_stops(settings: Settings) -> None:
    out = io.StringIO()
    assert console.chat(settings, io.StringIO("quit\n/help\n"), out) == 0
    assert "Commands" not in out.getvalue()


def test_console_chat_interrupt_exits_cleanly(settings: Settings) -> None:
    class Interrupted(io.StringIO):
        def __iter__(self) -> Iterator[str]:
            yield "/sources\n"
            raise KeyboardInterrupt

    out = io.StringIO()
    assert console.chat(settings, Interrupted(), out) == 0
    assert "EFE: 1 article" in out.getvalue()


async def test_console_session_survives_a_failing_command(caplog: pytest.LogCaptureFixture) -> None:
    async def broken(args: str, chat: ChatContext) -> Reply:
        raise RuntimeError("boom")

    commands = Commands(Query(seeded_db()))
    commands.register("broken", broken, "/broken", "always fails")
    out = io.StringIO()
    session = console.Session(commands, out)
    assert await session.answer("/broken") is True
    assert await session.answer("/sources") is True
    assert out.getvalue().startswith("Sorry, something went wrong on our side.")
    assert "EFE: 1 article" in out.getvalue()
    assert "console line failed" in caplog.text


@pytest.mark.parametrize("after", ["/quotes Speaker 3", "/about", "/frobnicate"])
def test_console_chat_next_after_a_one_page_answer_has_no_next_page(
    tmp_path: Path, after: str
) -> None:
    settings = Settings(db_path=write_db(many_quotes(12), tmp_path / "b.db"))
    out = io.StringIO()
    lines = io.StringIO(f"/quotes BRICS\n{after}\nnext\n")
    assert console.chat(settings, lines, out) == 0
    text = out.getvalue()
    assert text.endswith("No next page.\n\n")
    assert "page 2/3" not in text
    assert text.count("Speaker 5\n") == 0  # page 2 of the earlier list is never turned

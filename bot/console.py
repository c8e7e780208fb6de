"""The offline adapter: `ask` answers one line, `chat` a prompt; replies printed as plain text.

`ask` prints the first page of a long answer and a hint line (every page when asked: the command
line's `ask --all`); `chat` prints one page and a hint line, and `next`/`prev` turn the pages
through the same buttons Telegram shows.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from bot import markup, notices
from bot.commands import Commands, Handler
from bot.config import Settings
from bot.digests.commands import COMMANDS as DIGEST_COMMANDS
from bot.errors import StoreError
from bot.live.commands import SourceCommands
from bot.live.sources import Sources
from bot.models import Button, ChatContext, Reply
from bot.page_buttons import NOOP
from bot.query import Query
from bot.store import open_db

if TYPE_CHECKING:
    from bot.digests.state.base import Database

logger = logging.getLogger(__name__)

CONSOLE = ChatContext(chat_id=0, chat_type="console", user_id=0)
BANNER = 'Briefing bot. Type /help for the commands, "next"/"prev" to page, Ctrl-D to quit.'
PROMPT = "briefing> "
_PAGING = {"next": "Next", "prev": "Prev", "n": "Next", "p": "Prev"}


def _commands(settings: Settings) -> Commands | None:
    """Commands over the store, or None after saying on stderr how to make the store."""
    try:
        db = open_db(settings.db_path)
    except StoreError as error:
        print(f"briefing-bot: {error}", file=sys.stderr)
        return None
    commands = Commands(Query(db))
    _telegram_only(commands)
    _digest_preview(commands, db)
    SourceCommands(Sources(db), settings.admins, settings.poll_minutes).register(commands)
    return commands


def _telegram_only(commands: Commands) -> None:
    """Digest commands work on Telegram only: offline they say so instead of "I don't know"."""
    for spec in DIGEST_COMMANDS.values():
        description = f"{spec.description} (on Telegram)"
        commands.register(
            spec.name, _on_telegram(spec.name), spec.usage, description, example=spec.example
        )


def _digest_preview(commands: Commands, db: Database) -> None:
    """/digest previews offline as on Telegram: a preview records nothing, so the terminal can
    see what a daily digest would hold before anyone subscribes."""
    spec = DIGEST_COMMANDS["digest"]

    async def answer(args: str, chat: ChatContext) -> Reply:
        from bot.digests.service import Digests  # the digest machinery only when asked for
        from bot.digests.state import State

        return Reply(messages=tuple(Digests(State(db), Query(db)).preview(chat.chat_id)))

    commands.register(spec.name, answer, spec.usage, spec.description, example=spec.example)


def _on_telegram(name: str) -> Handler:
    async def answer(args: str, chat: ChatContext) -> Reply:
        return Reply(messages=(f"/{name} works on Telegram only: send it to the bot there.",))

    return answer


def ask(settings: Settings, line: str, out: TextIO, *, every_page: bool = True) -> int:
    """Answer one line and print it as plain text: every page, or the first and how to see
    the rest (exit code). Each page is read on its own, so every page costs what one does."""
    commands = _commands(settings)
    if commands is None:
        return 2
    with asyncio.Runner() as runner:
        reply = runner.run(commands.handle(line, CONSOLE))
        while reply is not None:
            _print(reply, out, hint=False)
            more = _button(reply, "Next")
            if more and not every_page:
                print(_more_hint(reply), file=out)
                break
            reply = runner.run(commands.callback(more.data, CONSOLE)) if more else None
    return 0


def chat(settings: Settings, stdin: TextIO, out: TextIO) -> int:
    """An interactive prompt: every line answered until Ctrl-D (exit code)."""
    commands = _commands(settings)
    if commands is None:
        return 2
    interactive = stdin.isatty()
    if interactive:
        import readline  # noqa: F401  (importing it gives input() line editing and history)
    print(BANNER, file=out)
    session = Session(commands, out)
    with asyncio.Runner() as runner:
        try:
            for line in _lines(stdin, interactive):
                if not runner.run(session.answer(line)):
                    break
        except KeyboardInterrupt:
            print(file=out)
    return 0


class Session:
    """One console conversation: remembers the last reply so `next` and `prev` can page."""

    def __init__(self, commands: Commands, out: TextIO) -> None:
        self.commands = commands
        self.out = out
        self.last: Reply | None = None

    async def answer(self, line: str) -> bool:
        """Print the answer to `line`; False when the user asked to quit."""
        text = line.strip()
        if text.lower() in ("quit", "exit", "/quit", "/exit"):
            return False
        if not text:
            return True
        try:
            reply = await self._reply(text)
        except Exception:  # the prompt must survive any one bad answer, as the bot does
            logger.exception("console line failed: %r", text[:200])
            reply = Reply(messages=(notices.APOLOGY,))
        if reply is not None:
            _print(reply, self.out, hint=True)
        return True

    async def _reply(self, text: str) -> Reply | None:
        direction = _PAGING.get(text.lower())
        if direction is None:
            reply = await self.commands.handle(text, CONSOLE)
            self.last = reply  # a new answer: paging turns its pages, never an older list
            return reply or Reply(messages=("Send /help for the commands.",))
        button = _button(self.last, direction) if self.last else None
        if button is None:
            return Reply(messages=(f"No {'next' if direction == 'Next' else 'previous'} page.",))
        reply = await self.commands.callback(button.data, CONSOLE)
        self.last = reply if reply.buttons else self.last
        return reply


def _lines(stdin: TextIO, interactive: bool) -> Iterator[str]:
    if not interactive:
        yield from stdin
        return
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            print()
            return


def _button(reply: Reply, label: str) -> Button | None:
    """The paging button whose text contains `label`."""
    return next((b for row in reply.buttons for b in row if label in b.text and b.data), None)


def _print(reply: Reply, out: TextIO, *, hint: bool) -> None:
    """Each message as plain text, then (at the prompt) how to page or follow links."""
    for message in reply.messages or ((reply.notice,) if reply.notice else ()):
        print(markup.plain_text(message), file=out)
        print(file=out)
    for row in reply.buttons:
        for button in row:
            if button.url:
                print(f"[{button.text}: {button.url}]", file=out)
    if hint and reply.buttons:
        print(_paging_hint(reply), file=out)


def _more_hint(reply: Reply) -> str:
    where = next((b.text for row in reply.buttons for b in row if b.data == NOOP), "")
    return f"[page {where}: add --all to print every page, or turn them in briefing-bot chat]"


def _paging_hint(reply: Reply) -> str:
    where = next((b.text for row in reply.buttons for b in row if b.data == NOOP), "")
    moves = [f'"{word}"' for word, label in (("next", "Next"), ("prev", "Prev"))
             if _button(reply, label)]  # fmt: skip
    return f"[page {where}: type {' or '.join(moves)}]" if where and moves else ""

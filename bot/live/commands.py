"""The operators' commands, transport-free: /addsource URL and /removesource NAME.

Only the user ids in BRIEFING_ADMINS may use them on Telegram (anyone else is told so politely);
offline (`ask`, `chat`) the person at the terminal owns the store and may. /sources, which
everyone may send, is the core command: it lists each outlet with its feeds.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from html import escape
from typing import Protocol

from bot.errors import ConfigError
from bot.live.sources import Sources
from bot.live.sources.model import NAME_CHARS
from bot.markup import clip
from bot.models import ChatContext, Reply

URL_CHARS = 200  # a feed URL as echoed back: enough to recognise it
ERROR_CHARS = 300

USAGE = {  # usage, what it does, an example for /help
    "addsource": ("/addsource URL [NAME]", "follow a news feed (operators only)",
                  "/addsource https://feeds.bbci.co.uk/news/world/rss.xml"),
    "removesource": ("/removesource NAME", "stop following a feed, by name or URL (operators only)",
                     "/removesource bbci.co.uk"),
}  # fmt: skip
REFUSED = (
    "Sorry, only the bot's operators can change its sources. "
    "Send /sources to see the ones it follows."
)


class Registry(Protocol):
    """What bot.commands.Commands offers."""

    def register(
        self, name: str, handler: Callable[[str, ChatContext], Awaitable[Reply]], usage: str,
        description: str, *, example: str = "", operators: bool = False,
    ) -> None: ...  # fmt: skip


def _reply(text: str) -> Reply:
    return Reply(messages=(text,))


class SourceCommands:
    """/addsource and /removesource over the store's sources."""

    def __init__(self, sources: Sources, admins: Collection[int], poll_minutes: float) -> None:
        self.sources = sources
        self.admins = frozenset(admins)
        self.poll_minutes = poll_minutes

    def register(self, commands: Registry) -> None:
        """Add the commands to /help and the menu."""
        handlers = {"addsource": self.add, "removesource": self.remove}
        for name, (usage, description, example) in USAGE.items():
            commands.register(
                name, handlers[name], usage, description, example=example, operators=True
            )

    def allowed(self, chat: ChatContext) -> bool:
        """An operator: a BRIEFING_ADMINS user, or whoever sits at the terminal."""
        return chat.chat_type == "console" or chat.user_id in self.admins

    async def add(self, args: str, chat: ChatContext) -> Reply:
        """/addsource URL: follow a feed; its articles come with the next round."""
        if not self.allowed(chat):
            return _reply(REFUSED)
        url, _, name = args.strip().partition(" ")
        if not url:
            return _reply("Usage: <code>/addsource URL</code>, the address of an RSS, Atom or "
                          "JSON feed.")  # fmt: skip
        try:
            source = self.sources.add(url, name.strip() or None)
        except ConfigError as error:
            return _reply(f"Not added: {escape(clip(str(error), ERROR_CHARS))}.")
        return _reply(
            f"Following <b>{_shown(source.name)}</b> ({escape(clip(source.url, URL_CHARS))}). "
            f"Its new articles arrive within {_minutes(self.poll_minutes)}."
        )

    async def remove(self, args: str, chat: ChatContext) -> Reply:
        """/removesource NAME: stop following a feed; its articles stay."""
        if not self.allowed(chat):
            return _reply(REFUSED)
        if not args.strip():
            return _reply("Usage: <code>/removesource NAME</code>; send /sources for the names.")
        removed = self.sources.remove(args)
        if removed is None:
            return _reply(f"No source is called {_shown(args)}: send /sources for the names.")
        return _reply(
            f"Stopped following <b>{_shown(removed.name)}</b>. Its articles stay in the briefing."
        )


def _shown(name: str) -> str:
    """A source name as echoed back: typed text and feed titles are untrusted, so clipped."""
    return escape(clip(name, NAME_CHARS))


def _minutes(minutes: float) -> str:
    if minutes < 1:
        return f"{round(minutes * 60)} seconds"
    return "a minute" if minutes == 1 else f"{minutes:g} minutes"

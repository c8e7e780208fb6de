"""The short answers: welcome, help, usage, nothing found, unknown command, stale buttons."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from bot.markup import clip, escape

ECHO_CHARS = 60  # how much of a user's term an answer repeats back
APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."


@dataclass(frozen=True, slots=True)
class CommandHelp:
    """One line of /help: the usage, what it does, and an example to tap."""

    name: str
    usage: str
    description: str
    example: str = ""


def welcome(examples: Sequence[str]) -> str:
    """The /start greeting with three things to try."""
    tries = "\n".join(f"• {escape(e)}" for e in examples)
    return (
        "<b>Welcome to the briefing bot.</b>\n"
        "I turn news articles into a short briefing: stories, who said what, and the numbers.\n\n"
        f"Things to try:\n{tries}\n\nSend /help for every command."
    )


def help_block(commands: Sequence[CommandHelp]) -> str:
    """Every command with what it does and an example."""
    lines = ["<b>Commands</b>"]
    for command in commands:
        shown = command.example if command.example != command.usage else ""
        example = f" — e.g. {escape(shown)}" if shown else ""
        lines.append(f"{escape(command.usage)}: {escape(command.description)}{example}")
    lines.append("\nIn any chat, type @ and my name and a term to share a quote or figure.")
    return "\n".join(lines)


def usage_line(usage: str, example: str = "") -> str:
    """The line a command answers when its argument is missing."""
    hint = f" — for example {escape(example)}" if example else ""
    return f"Usage: {escape(usage)}{hint}"


def echo(term: str) -> str:
    """A user's term, shortened then escaped, in quotes."""
    return f"“{escape(clip(term, ECHO_CHARS))}”"


def no_results(kind: str, term: str, suggestion: str) -> str:
    """`No quotes about "xyz". Try /quotes Putin`."""
    about = f" about {echo(term)}" if term.strip() else ""
    return f"No {escape(kind)}{about}. {escape(suggestion)}"


# Words readers use for a command that the spelling alone would not lead to (`/story` is
# closer in spelling to `/start`).
_MEANT = {
    "story": "summary", "stories": "summary", "briefing": "summary", "news": "summary",
    "headlines": "summary", "quote": "quotes", "said": "quotes", "figure": "figures",
    "numbers": "figures", "stats": "figures", "find": "search", "source": "sources",
    "outlets": "sources",
}  # fmt: skip


def unknown_command(name: str, known: Sequence[str]) -> str:
    """A hint with the command meant: the one a reader's word for it names (`/story` is
    `/summary`), else the closest spelling."""
    if not name.strip():
        return "Commands look like /quotes BRICS. Send /help for the list."
    meant = _MEANT.get(name.lower(), "")
    close = [meant] if meant in known else []
    close = close or difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.5)
    guess = f" Did you mean /{escape(close[0])}?" if close else ""
    return f"I don't know /{escape(clip(name, 40))}.{guess} Send /help for the list."


def stale_list(command_line: str) -> str:
    """A button from before a rebuild or a restart."""
    if command_line:
        return f"This list changed since; send {escape(clip(command_line, 80))} again."
    return "This list has expired; send the command again."


def not_found(kind: str, ident: str, hint: str) -> str:
    """An id that matches nothing."""
    return f"No {escape(kind)} with id {echo(ident)}. {escape(hint)}"


def private_hint(term: str) -> str:
    """What a plain message in a private chat gets before its search results."""
    return f"Searching for {echo(term)}. Commands start with /; send /help for the list."

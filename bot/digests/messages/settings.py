"""The /settings text and what each of its toggles does from now on."""

from __future__ import annotations

from bot import markup
from bot.digests.messages.subscriptions import not_subscribed, schedule_line
from bot.digests.models import ChatOptions, Subscription


def settings_text(chat: ChatOptions, sub: Subscription | None) -> str:
    """/settings: every option, each changed by the buttons below."""
    lines = ["<b>Digest settings</b>", f"Time zone: {markup.escape(chat.timezone)}"]
    lines.append(schedule_line(sub, chat.timezone) if sub else not_subscribed())
    lines.append(f"“Nothing new” notices: {_on(chat.notices)}")
    lines.append(f"Link previews: {_on(chat.previews)}")
    if chat.chat_type != "private":
        lines.append(f"Announcements of new stories: {_on(chat.announce)}")
    return "\n".join(lines)


def _on(value: bool) -> str:
    return "on" if value else "off"


_OPTION_EFFECTS = {
    ("notices", True): "“Nothing new” notices on: an empty digest sends one line.",
    ("notices", False): "“Nothing new” notices off: an empty digest sends nothing.",
    ("previews", True): "Link previews on: digests show a preview of their first link.",
    ("previews", False): "Link previews off: digests show no link previews.",
    ("announce", True): "Announcements on: new stories are posted here after each build.",
    ("announce", False): "Announcements off: new stories wait for the daily digest.",
}


def option_notice(option: str, value: bool) -> str:
    """The toast after a /settings toggle: what will happen from now on."""
    return _OPTION_EFFECTS[(option, value)]

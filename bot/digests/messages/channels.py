"""The answers to /channel: how to bind a channel, which right is missing, bound and unbound."""

from __future__ import annotations

from dataclasses import dataclass

from bot import markup
from bot.digests.models import Channel


@dataclass(frozen=True, slots=True)
class ChannelRights:
    """What getChatMember said about a channel, for /channel."""

    chat_id: int | None  # None: no such channel (or the bot cannot see it)
    title: str = ""
    username: str | None = None
    is_channel: bool = True
    user_admin: bool = False
    bot_admin: bool = False
    bot_can_post: bool = False


def channel_name(channel: Channel) -> str:
    """'@name' or the title and id of a private channel."""
    if channel.username:
        return "@" + markup.escape(channel.username)
    return f"{markup.escape(channel.title)} ({channel.chat_id})"


def channel_usage() -> str:
    """How to bind a channel."""
    return (
        "Usage: /channel @name (or the channel's numeric id, like -1001234567890), sent to me in "
        "a private chat after adding me to the channel as an administrator allowed to post. "
        "/channel remove @name unbinds it."
    )


def channel_refused(target: str, rights: ChannelRights) -> str:
    """Exactly which right is missing for /channel."""
    name = markup.escape(target)
    if rights.chat_id is None:
        return f"I can't see {name}: check the name, and add me to the channel as an administrator."
    if not rights.is_channel:
        return f"{name} is not a channel. For a group, send /subscribe or /settings in the group."
    missing = []
    if not rights.user_admin:
        missing.append(f"you are not an administrator of {name}")
    if not rights.bot_admin:
        missing.append(f"I am not an administrator of {name} (add me with “Post messages”)")
    elif not rights.bot_can_post:
        missing.append(f"I am an administrator of {name} but without the right “Post messages”")
    return "I can't bind " + name + " yet: " + "; and ".join(missing) + "."


def channel_bound(channel: Channel) -> str:
    """The confirmation of /channel."""
    return (
        f"Bound {channel_name(channel)}: from the next build on, each new story is announced "
        "there (checked every 30 seconds). /channel remove "
        f"{channel_name(channel)} unbinds it."
    )


def channel_unbound(target: str, was: bool) -> str:
    """The confirmation of /channel remove."""
    name = markup.escape(target)
    if not was:
        return f"{name} was not bound. /subscriptions lists your channels."
    return f"Unbound {name}: no more announcements will be posted there."


def private_only() -> str:
    """/channel outside a private chat."""
    return "Send /channel @name to me in a private chat, as an administrator of that channel."

"""The answers to /subscribe, /unsubscribe, /timezone and /subscriptions, and their refusals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot import markup
from bot.digests.messages.channels import channel_name
from bot.digests.models import Channel, ChatOptions, Subscription
from bot.digests.schedule import TIME_FORMAT, ZONE_FORMAT, hhmm, local_label

TOPIC_ECHO = 60  # how much of a user's topic a confirmation repeats back


def topics_label(topics: Sequence[str]) -> str:
    """'BRICS, oil' or 'all stories'."""
    return markup.escape(", ".join(topics)) if topics else "all stories"


def schedule_line(sub: Subscription, zone: str) -> str:
    """'Daily digest at 09:00 Europe/Madrid (next: Wed 2 Dec, 09:00). Topics: BRICS.'"""
    line = f"Daily digest at {hhmm(sub.at)} {markup.escape(zone)}"
    if sub.next_at is not None:
        line += f" (next: {local_label(sub.next_at, zone)})"
    line += f". Topics: {topics_label(sub.topics)}."
    if sub.paused:
        line += " Paused: Telegram refused our last message; /start resumes it."
    return line


def subscribed(sub: Subscription, zone: str, *, default_time: bool, was: bool) -> str:
    """The confirmation of /subscribe."""
    lines = [("Updated. " if was else "Subscribed. ") + schedule_line(sub, zone)]
    if default_time:
        lines.append(f"No time given, so {hhmm(sub.at)} is used: /subscribe 07:30 picks another.")
    if zone == "UTC":
        lines.append("Times are UTC until you set a zone: /timezone Europe/Madrid.")
    return "\n".join(lines)


def unsubscribed_all(was: bool) -> str:
    """The confirmation of /unsubscribe (all)."""
    if not was:
        return "This chat had no daily digest. /subscribe 08:00 starts one."
    return "Unsubscribed: no more daily digests in this chat. /subscribe starts them again."


def topic_removed(topic: str, sub: Subscription | None, zone: str) -> str:
    """The confirmation of /unsubscribe <topic>."""
    if sub is None:
        return (
            f"Removed {_echo(topic)}, the last topic, so the daily digest is off. "
            "/subscribe starts it again."
        )
    return f"Removed {_echo(topic)}. " + schedule_line(sub, zone)


def topic_unknown(topic: str, sub: Subscription) -> str:
    """/unsubscribe <topic> for a topic the chat does not follow."""
    return (
        f"This chat does not follow {_echo(topic)}. Topics: {topics_label(sub.topics)}. "
        "/unsubscribe all stops the digest."
    )


def _echo(topic: str) -> str:
    """A user's topic, shortened (it may be thousands of characters) and escaped."""
    return markup.escape(markup.clip(topic, TOPIC_ECHO))


def too_many_topics(limit: int, topics: Sequence[str]) -> str:
    """The refusal of a /subscribe that would follow more than `limit` topics."""
    now = f" This chat follows {len(topics)}: {topics_label(topics)}." if topics else ""
    return (
        f"A digest can follow at most {limit} topics, so nothing changed.{now} "
        "/unsubscribe &lt;topic&gt; drops one."
    )


def not_subscribed() -> str:
    """For commands that need a subscription."""
    return "This chat has no daily digest. /subscribe 08:00 starts one (/subscribe 08:00 BRICS)."


def bad_time(text: str) -> str:
    """The refusal of an impossible time."""
    return (
        f"“{markup.escape(markup.clip(text, 20))}” is not a time of day. "
        f"Expected {TIME_FORMAT}: /subscribe 07:30 BRICS"
    )


def bad_zone(text: str) -> str:
    """The refusal of an unknown time zone."""
    return (
        f"Unknown time zone “{markup.escape(markup.clip(text, 40))}”. "
        f"Expected {ZONE_FORMAT}: /timezone Europe/Madrid"
    )


def zone_set(zone: str, now: datetime, sub: Subscription | None) -> str:
    """The confirmation of /timezone."""
    line = f"Time zone set to {markup.escape(zone)} (it is {local_label(now, zone)} there now)."
    if sub is None:
        return line + " /subscribe 08:00 starts a daily digest at 08:00 in that zone."
    return line + "\n" + schedule_line(sub, zone)


def zone_shown(zone: str, now: datetime) -> str:
    """/timezone with no argument."""
    return (
        f"This chat's time zone is {markup.escape(zone)} ({local_label(now, zone)} there now). "
        "Change it with /timezone Europe/Madrid."
    )


def admins_only() -> str:
    """The polite refusal for group members."""
    return (
        "Sorry, only this group's administrators can change its digest settings. "
        "/digest shows the next digest to anyone."
    )


def subscriptions_list(
    chat: ChatOptions, sub: Subscription | None, channels: Sequence[Channel]
) -> str:
    """/subscriptions: this chat's digest, announcements, and channels the user bound."""
    lines = [schedule_line(sub, chat.timezone) if sub else not_subscribed()]
    if chat.announce:
        lines.append("New stories are also announced here after each build.")
    for channel in channels:
        lines.append(f"Channel {channel_name(channel)}: announcements after each build.")
    return "\n".join(lines)


def resumed(sub: Subscription | None, zone: str) -> str:
    """After /start or a re-add, when a paused digest is back on."""
    if sub is None:
        return "Welcome back: announcements to this chat are on again."
    return "Welcome back: your digest is on again. " + schedule_line(sub, zone)


def telegram_only() -> str:
    """/subscribe from the offline console."""
    return "Daily digests are delivered on Telegram: send /subscribe to the bot there."

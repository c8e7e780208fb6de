"""The digests' words: digests, announcements and confirmations as Telegram HTML (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot import markup, packing, render
from bot.digests.models import Channel, ChatOptions, Subscription
from bot.digests.schedule import TIME_FORMAT, ZONE_FORMAT, hhmm, local_label
from bot.models import Figure, Quote, Story

if TYPE_CHECKING:
    from bot.rows import ArticleRef

SUMMARY_SENTENCES = 3
TOPIC_ECHO = 60  # how much of a user's topic a confirmation repeats back
MAX_STORIES = 10  # a digest longer than this is skimmed, not read; the rest is in /summary


@dataclass(frozen=True, slots=True)
class StoryCard:
    """What a digest shows of one story: its summary, top quote and top figure."""

    story: Story
    quote: Quote | None
    figure: Figure | None


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


def story_card(card: StoryCard, refs: Mapping[str, ArticleRef]) -> str:
    """Headline, a short summary tagged with its sources, the top quote and the top figure."""
    short = replace(card.story, sentences=card.story.sentences[:SUMMARY_SENTENCES])
    parts = [render.story_block(short, refs)]
    if card.quote is not None:
        parts.append("💬 " + render.quote_block(card.quote, refs))
    if card.figure is not None:
        parts.append("📊 " + render.figure_block(card.figure, refs))
    return "\n\n".join(parts)


def digest_messages(
    title: str, cards: Sequence[StoryCard], refs: Mapping[str, ArticleRef], more: int = 0
) -> list[str]:
    """A digest or an announcement: a title, then one card per story, split under the limits."""
    blocks = [f"<b>{markup.escape(title)}</b>"]
    blocks.extend(story_card(card, refs) for card in cards)
    if more:
        blocks.append(f"<i>{more} more new {_plural(more, 'story', 'stories')}: see /summary.</i>")
    return packing.pack(blocks)


def digest_title(count: int, topics: Sequence[str]) -> str:
    """'Your daily briefing: 3 new stories (BRICS)'."""
    about = f" ({', '.join(topics)})" if topics else ""
    return f"Your daily briefing: {count} new {_plural(count, 'story', 'stories')}{about}"


def announce_title(count: int) -> str:
    """'New in the briefing: 2 stories'."""
    return f"New in the briefing: {count} {_plural(count, 'story', 'stories')}"


def nothing_new(topics: Sequence[str]) -> str:
    """The one-line notice for a digest with nothing new."""
    about = f" about {markup.escape(', '.join(topics))}" if topics else ""
    return f"Nothing new{about} since your last digest. /settings can turn these notices off."


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


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


def channel_name(channel: Channel) -> str:
    """'@name' or the title and id of a private channel."""
    if channel.username:
        return "@" + markup.escape(channel.username)
    return f"{markup.escape(channel.title)} ({channel.chat_id})"


def preview_header(sub: Subscription | None, zone: str) -> str:
    """The line above a /digest preview."""
    if sub is None or sub.next_at is None:
        return "Preview: this is what a daily digest would hold now. /subscribe 08:00 starts one."
    return f"Preview of your next digest ({local_label(sub.next_at, zone)}, {markup.escape(zone)})."


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


def resumed(sub: Subscription | None, zone: str) -> str:
    """After /start or a re-add, when a paused digest is back on."""
    if sub is None:
        return "Welcome back: announcements to this chat are on again."
    return "Welcome back: your digest is on again. " + schedule_line(sub, zone)


def telegram_only() -> str:
    """/subscribe from the offline console."""
    return "Daily digests are delivered on Telegram: send /subscribe to the bot there."


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

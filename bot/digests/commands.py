"""The digests' commands, transport-free: /subscribe, /unsubscribe, /settings, /channel, ..."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial
from typing import Protocol

from bot.digests import messages
from bot.digests.keyboard import next_notice, settings_buttons, zone_buttons
from bot.digests.messages import ChannelRights
from bot.digests.models import SWITCHES, Channel, Subscription
from bot.digests.schedule import looks_like_time, parse_time, parse_zone, shift
from bot.digests.service import Digests
from bot.digests.topics import MAX_TOPICS, is_all, subscribed_topics
from bot.models import Button, ChatContext, CommandSpec, Reply

ChannelCheck = Callable[[str, int], Awaitable[ChannelRights]]  # (@name or id, user id)
STALE_BUTTON = "This button no longer works: here are the settings now."
_GROUPS = ("group", "supergroup")
_CHANNEL = re.compile(r"^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,15})$")


class Registry(Protocol):
    """What bot.commands.Commands offers the digests."""

    def register(
        self, name: str, handler: Callable[[str, ChatContext], Awaitable[Reply]], usage: str,
        description: str, *, example: str = "",
    ) -> None: ...  # fmt: skip

    def register_callback(
        self, prefix: str, handler: Callable[[str, ChatContext], Awaitable[Reply]]
    ) -> None: ...


def _reply(*lines: str, buttons: tuple[tuple[Button, ...], ...] = (), notice: str = "") -> Reply:
    return Reply(messages=tuple(lines), buttons=buttons, notice=notice)


class DigestCommands:
    """The handlers; each takes (args, chat) and answers a Reply."""

    def __init__(self, digests: Digests, check_channel: ChannelCheck | None = None) -> None:
        self.digests = digests
        self.state = digests.state
        self.check_channel = check_channel

    def register(self, commands: Registry) -> None:
        """Add every digest command and the settings buttons to `commands`."""
        for spec in COMMANDS.values():
            handler = partial(spec.answer, self)
            commands.register(
                spec.name, handler, spec.usage, spec.description, example=spec.example
            )
        commands.register_callback("dg", self.button)

    async def _allowed(self, chat: ChatContext) -> bool:
        """Private chats and the console may; in groups and channels only administrators.

        A channel's own posts pass as the channel (only its admins post), but any subscriber
        can press the buttons under a post: those presses are checked like a group member's.
        """
        if chat.chat_type not in (*_GROUPS, "channel"):
            return True
        return chat.is_admin is not None and await chat.is_admin()

    async def subscribe(self, args: str, chat: ChatContext) -> Reply:
        """/subscribe [HH:MM] [topic ...]"""
        if chat.chat_type == "console":
            return _reply(messages.telegram_only())
        if not await self._allowed(chat):
            return _reply(messages.admins_only())
        words = args.split(maxsplit=1)
        at = None
        if words and looks_like_time(words[0]):
            at = parse_time(words[0])
            if at is None:
                return _reply(messages.bad_time(words[0]))
            words = words[1:]
        old = self.state.subscription(chat.chat_id)
        topics = subscribed_topics(words[0] if words else "", old.topics if old else ())
        if len(topics) > MAX_TOPICS:
            return _reply(messages.too_many_topics(MAX_TOPICS, old.topics if old else ()))
        options = self.digests.ensure_chat(chat.chat_id, chat.chat_type)
        when = at or (old.at if old else self.digests.default_at)
        sub = Subscription(chat.chat_id, when, topics, thread_id=chat.thread_id)
        sub = self.digests.save(sub)
        text = messages.subscribed(
            sub, options.timezone, default_time=at is None and old is None, was=old is not None
        )
        return _reply(text)

    async def subscriptions(self, args: str, chat: ChatContext) -> Reply:
        """/subscriptions"""
        options = self.state.chat(chat.chat_id)
        sub = self.state.subscription(chat.chat_id)
        mine = self.state.channels(chat.user_id) if chat.user_id is not None else []
        bound = mine if chat.chat_type == "private" else []
        return _reply(messages.subscriptions_list(options, sub, bound))

    async def unsubscribe(self, args: str, chat: ChatContext) -> Reply:
        """/unsubscribe [topic|all]"""
        if not await self._allowed(chat):
            return _reply(messages.admins_only())
        topic = " ".join(args.split())
        sub = self.state.subscription(chat.chat_id)
        if not topic or is_all(topic) or sub is None:
            return _reply(messages.unsubscribed_all(self.state.delete_subscription(chat.chat_id)))
        kept = tuple(t for t in sub.topics if t.lower() != topic.lower())
        if kept == sub.topics:
            return _reply(messages.topic_unknown(topic, sub))
        zone = self.state.chat(chat.chat_id).timezone
        if not kept:
            self.state.delete_subscription(chat.chat_id)
            return _reply(messages.topic_removed(topic, None, zone))
        return _reply(
            messages.topic_removed(topic, self.digests.save(replace(sub, topics=kept)), zone)
        )

    async def digest(self, args: str, chat: ChatContext) -> Reply:
        """/digest: what the next digest would hold, now."""
        return Reply(messages=tuple(self.digests.preview(chat.chat_id)))

    async def timezone(self, args: str, chat: ChatContext) -> Reply:
        """/timezone [Area/City]"""
        now = self.digests.clock()
        options = self.state.chat(chat.chat_id)
        if not args.strip():
            return _reply(messages.zone_shown(options.timezone, now))
        if not await self._allowed(chat):
            return _reply(messages.admins_only())
        zone = parse_zone(args)
        if zone is None:
            return _reply(messages.bad_zone(args.strip()))
        sub = self.set_zone(chat, zone)
        return _reply(messages.zone_set(zone, now, sub))

    def set_zone(self, chat: ChatContext, zone: str) -> Subscription | None:
        """Store the chat's zone and move its digest to the same wall time there."""
        options = self.digests.ensure_chat(chat.chat_id, chat.chat_type)
        self.state.save_chat(replace(options, timezone=zone))
        sub = self.state.subscription(chat.chat_id)
        return self.digests.save(sub) if sub else None

    async def channel(self, args: str, chat: ChatContext) -> Reply:
        """/channel @name | /channel remove @name"""
        words = args.split()
        if chat.chat_type != "private" or chat.user_id is None:
            return _reply(messages.private_only())
        if len(words) == 2 and words[0].lower() in ("remove", "off", "unbind"):
            return self._unbind(words[1], chat.user_id)
        if len(words) != 1 or not _CHANNEL.match(words[0]) or self.check_channel is None:
            return _reply(messages.channel_usage())
        rights = await self.check_channel(words[0], chat.user_id)
        if rights.chat_id is None or not (
            rights.is_channel and rights.user_admin and rights.bot_admin and rights.bot_can_post
        ):
            return _reply(messages.channel_refused(words[0], rights))
        bound = Channel(rights.chat_id, rights.title, rights.username, chat.user_id)
        self.state.bind_channel(bound, self.digests.clock())
        options = self.digests.ensure_chat(rights.chat_id, "channel")
        self.state.save_chat(replace(options, announce=True, blocked=False))
        return _reply(messages.channel_bound(bound))

    def _unbind(self, target: str, user_id: int) -> Reply:
        name = target.lstrip("@").lower()
        for channel in self.state.channels(user_id):
            if (channel.username or "").lower() == name or str(channel.chat_id) == target:
                self.state.unbind_channel(channel.chat_id)
                self.state.save_chat(replace(self.state.chat(channel.chat_id), announce=False))
                return _reply(messages.channel_unbound(target, True))
        return _reply(messages.channel_unbound(target, False))

    # /settings and its buttons

    async def settings(self, args: str, chat: ChatContext) -> Reply:
        """/settings: the options with a button each."""
        self.digests.ensure_chat(chat.chat_id, chat.chat_type)
        return self._settings_reply(chat)

    def _settings_reply(self, chat: ChatContext, notice: str = "") -> Reply:
        options = self.state.chat(chat.chat_id)
        sub = self.state.subscription(chat.chat_id)
        text = messages.settings_text(options, sub)
        return _reply(text, buttons=settings_buttons(options, sub), notice=notice)

    async def button(self, data: str, chat: ChatContext) -> Reply:
        """A press on a /settings button: `dg:t:+60`, `dg:z:Europe/Madrid`, `dg:o:notices`..."""
        if not await self._allowed(chat):
            return Reply(messages=(), notice="Only administrators can change these settings.")
        _, action, value = [*data.split(":", 2), "", ""][:3]
        if action == "zl":
            return _reply(
                "<b>Pick a time zone</b> (or send /timezone Area/City)", buttons=zone_buttons()
            )
        if action == "t":
            return self._shift(chat, value)
        if action == "z" and parse_zone(value):
            sub = self.set_zone(chat, parse_zone(value) or "UTC")
            return self._settings_reply(chat, next_notice(sub, value))
        if action == "o" and value in SWITCHES:
            return self._toggle(chat, value)
        # "back", or a button from another build: show the settings as they are now
        return self._settings_reply(chat, "" if action == "back" else STALE_BUTTON)

    def _toggle(self, chat: ChatContext, option: str) -> Reply:
        options = self.digests.ensure_chat(chat.chat_id, chat.chat_type)
        flipped = not getattr(options, option)
        changes: dict[str, bool] = {option: flipped}
        if option == "announce":  # announcements go to the forum topic they were asked from
            options = replace(options, thread_id=chat.thread_id)
        self.state.save_chat(replace(options, **changes))  # type: ignore[arg-type]
        return self._settings_reply(chat, messages.option_notice(option, flipped))

    def _shift(self, chat: ChatContext, value: str) -> Reply:
        sub = self.state.subscription(chat.chat_id)
        if not re.fullmatch(r"[+-]\d{1,4}", value):
            return self._settings_reply(chat, STALE_BUTTON)
        if sub is None:
            return self._settings_reply(chat, "Subscribe first: /subscribe 08:00")
        sub = self.digests.save(replace(sub, at=shift(sub.at, int(value))))
        return self._settings_reply(chat, next_notice(sub, self.state.chat(chat.chat_id).timezone))


COMMANDS: dict[str, CommandSpec[DigestCommands]] = {
    spec.name: spec
    for spec in (
        CommandSpec("subscribe", "/subscribe [HH:MM] [topic ...]",
                    "a daily digest at a time, optionally of topics", DigestCommands.subscribe,
                    "/subscribe 09:30 BRICS"),
        CommandSpec("subscriptions", "/subscriptions", "this chat's digest and your channels",
                    DigestCommands.subscriptions),
        CommandSpec("unsubscribe", "/unsubscribe [topic|all]",
                    "stop the digest, or drop one topic", DigestCommands.unsubscribe,
                    "/unsubscribe all"),
        CommandSpec("digest", "/digest", "preview the next digest now", DigestCommands.digest),
        CommandSpec("settings", "/settings", "time zone, time, notices and previews, with buttons",
                    DigestCommands.settings),
        CommandSpec("timezone", "/timezone [Area/City]", "show or set this chat's time zone",
                    DigestCommands.timezone, "/timezone Europe/Madrid"),
        CommandSpec("channel", "/channel @name", "announce new stories in a channel you administer",
                    DigestCommands.channel, "/channel @my_news_channel"),
    )
}  # fmt: skip

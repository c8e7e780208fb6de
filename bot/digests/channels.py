"""A channel as Telegram sees it: who administers it and whether the bot may post there, for
/channel and for BRIEFING_CHANNEL."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Bot, ChatMember
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.digests.messages import ChannelRights
from bot.digests.models import Channel
from bot.digests.service import Digests

log = logging.getLogger(__name__)


def _chat_ref(target: str) -> int | str:
    """A channel's numeric id as a number, an @name as it is."""
    return int(target) if target.lstrip("-").isdigit() else target


async def channel_rights(bot: Bot, target: str, user_id: int) -> ChannelRights:
    """Whether `user_id` and the bot are administrators of `target`, and the bot may post."""
    try:
        chat = await bot.get_chat(_chat_ref(target))
    except (BadRequest, Forbidden):
        return ChannelRights(None)
    if chat.type != ChatType.CHANNEL:
        return ChannelRights(chat.id, chat.title or "", chat.username, is_channel=False)
    user = await _member(bot, chat.id, user_id)
    me = await _member(bot, chat.id, bot.id)
    bot_admin = me is not None and me.status in _ADMINS
    can_post = me is not None and (
        me.status == ChatMemberStatus.OWNER or bool(getattr(me, "can_post_messages", False))
    )
    # a channel hides its members from a bot that is not its admin: then only that is known
    user_admin = user.status in _ADMINS if user is not None else not bot_admin
    return ChannelRights(
        chat.id, chat.title or "", chat.username,
        user_admin=user_admin, bot_admin=bot_admin, bot_can_post=bot_admin and can_post,
    )  # fmt: skip


_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def _member(bot: Bot, chat_id: int, user_id: int) -> ChatMember | None:
    """getChatMember, or None when Telegram will not say ("member list is inaccessible")."""
    try:
        return await bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden) as error:
        log.info("getChatMember(%s, %s): %s", chat_id, user_id, error.message)
        return None


async def ensure_channel(bot: Bot, digests: Digests, target: str) -> None:
    """Make BRIEFING_CHANNEL (an @name or id) an announcement target."""
    try:
        chat = await bot.get_chat(_chat_ref(target))
    except TelegramError as error:
        log.warning("BRIEFING_CHANNEL %s: %s", target, error.message)
        return
    digests.state.bind_channel(
        Channel(chat.id, chat.title or "", chat.username, 0), digests.clock()
    )
    options = digests.ensure_chat(chat.id, chat.type)
    digests.state.save_chat(replace(options, announce=True))

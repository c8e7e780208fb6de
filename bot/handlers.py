"""The PTB adapter: an Update becomes a Commands call, its Reply goes back where it came from."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeAlias

from telegram import (
    Bot,
    CallbackQuery,
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackContext

from bot import notices
from bot.cards import InlineCard, distinct
from bot.commands import Commands
from bot.models import Button, ChatContext, Reply

logger = logging.getLogger(__name__)

Context: TypeAlias = CallbackContext[Any, Any, Any, Any]
_ADMINS = (ChatMember.OWNER, ChatMember.ADMINISTRATOR)
MAX_INLINE_RESULTS = 50  # Telegram refuses more in one answer
_UNEDITABLE = ("message to edit not found", "message can't be edited")
INLINE_CACHE_SECONDS = 30  # short: a rebuild should show up in inline results soon


class Handlers:
    """PTB callbacks, one per kind of update, each handing the work to Commands."""

    def __init__(self, commands: Commands) -> None:
        self.commands = commands

    async def message(self, update: Update, context: Context) -> None:
        """A text message or channel post: a command for us gets its Reply; anything else none."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        chat = chat_context(update, context.bot, sender_chat=message.sender_chat)
        reply = await self.commands.handle(message.text, chat)
        if reply is not None:
            await send_reply(context.bot, chat, reply)

    async def button(self, update: Update, context: Context) -> None:
        """A button press: the page it asks for replaces the message, with a toast if any."""
        query = update.callback_query
        if query is None or query.data is None:
            return
        chat = chat_context(update, context.bot)
        reply = await self.commands.callback(query.data, chat)
        try:
            await query.answer(reply.notice or None)
        except BadRequest as error:  # pressed while the bot was away: too old to answer
            logger.info("could not answer button press %s: %s", query.id, error)
        if reply.messages:
            await edit_reply(query, context.bot, chat, reply)

    async def inline(self, update: Update, context: Context) -> None:
        """An inline query: matching quotes and figures as cards that post formatted HTML."""
        query = update.inline_query
        if query is None:
            return
        cards = distinct(self.commands.inline(query.query))[:MAX_INLINE_RESULTS]
        results = [inline_result(card) for card in cards]
        await query.answer(results, cache_time=INLINE_CACHE_SECONDS)


def chat_context(update: Update, bot: Bot, *, sender_chat: Chat | None = None) -> ChatContext:
    """Who asks and where; `sender_chat` is a message's author chat (an anonymous admin's)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    chat_id = chat.id if chat is not None else (user.id if user is not None else 0)
    chat_type = chat.type if chat is not None else Chat.PRIVATE
    thread_id = message.message_thread_id if message is not None and _in_topic(message) else None
    return ChatContext(
        chat_id=chat_id,
        chat_type=chat_type,
        user_id=user.id if user is not None else None,
        thread_id=thread_id,
        bot_username=bot.username,
        is_admin=admin_check(bot, chat_id, chat_type, user.id if user else None, sender_chat),
    )


def _in_topic(message: Message | None) -> bool:
    return (
        message is not None and bool(message.is_topic_message) and bool(message.message_thread_id)
    )


def admin_check(
    bot: Bot, chat_id: int, chat_type: str, user_id: int | None, sender_chat: Chat | None
) -> Callable[[], Awaitable[bool]]:
    """A coroutine asking Telegram whether the sender administers the chat (only if needed)."""

    async def is_admin() -> bool:
        if chat_type == Chat.PRIVATE:
            return True
        if sender_chat is not None and sender_chat.id == chat_id:
            return True  # an anonymous admin (or the channel itself) posts as the chat
        if user_id is None:
            return False
        member = await bot.get_chat_member(chat_id, user_id)
        return member.status in _ADMINS

    return is_admin


def keyboard(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """The inline keyboard for a Reply's buttons (None when it has none)."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[_button(button) for button in row] for row in rows if row])


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.text, url=button.url)
    return InlineKeyboardButton(button.text, callback_data=button.data)


async def send_reply(bot: Bot, chat: ChatContext, reply: Reply) -> list[Message]:
    """Send every message of `reply` to the chat (and topic) it answers; buttons go on the last."""
    sent: list[Message] = []
    last = len(reply.messages) - 1
    for index, text in enumerate(reply.messages):
        markup = keyboard(reply.buttons) if index == last else None
        message = await bot.send_message(
            chat.chat_id, text, message_thread_id=chat.thread_id, reply_markup=markup
        )
        sent.append(message)
    return sent


async def edit_reply(query: CallbackQuery, bot: Bot, chat: ChatContext, reply: Reply) -> None:
    """Replace the pressed message with the Reply's first message; send any others after it."""
    first, *rest = reply.messages
    markup = keyboard(reply.buttons) if not rest else None
    try:
        await query.edit_message_text(first, reply_markup=markup)
    except BadRequest as error:
        reason = str(error).lower()
        if "not modified" in reason:  # a double tap on the same page
            return
        if not any(gone in reason for gone in _UNEDITABLE):
            raise
        rest = [first, *rest]  # the message is gone or too old: answer with new ones
    if rest:
        await send_reply(bot, chat, Reply(messages=tuple(rest), buttons=reply.buttons))


def inline_result(card: InlineCard) -> InlineQueryResultArticle:
    """An inline result posting the card's HTML."""
    content = InputTextMessageContent(card.message, parse_mode=ParseMode.HTML)
    return InlineQueryResultArticle(
        id=card.id, title=card.title, description=card.description, input_message_content=content
    )


async def on_error(update: object, context: Context) -> None:
    """Log what failed, with the update, and apologise in the chat it came from."""
    data = update.to_dict() if isinstance(update, Update) else update
    logger.error("handling update %s failed", data, exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:  # stop the button's spinner; it may be answered already
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    if update.effective_chat is None:
        return
    message = update.effective_message
    thread_id = message.message_thread_id if message is not None and _in_topic(message) else None
    try:
        await context.bot.send_message(
            update.effective_chat.id, notices.APOLOGY, message_thread_id=thread_id
        )
    except TelegramError as error:
        logger.warning("could not apologise in chat %s: %s", update.effective_chat.id, error)

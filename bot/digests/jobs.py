"""The digests on PTB's JobQueue and update stream: jobs rebuilt from the tables at start-up."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import (
    Application,
    CallbackContext,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.digests import messages
from bot.digests.channels import ensure_channel
from bot.digests.delivery import Sender
from bot.digests.models import Subscription
from bot.digests.service import Digests

log = logging.getLogger(__name__)

Context = CallbackContext[Any, Any, Any, Any]
POLL_SECONDS = 30  # how often a running bot looks for a new build to announce
DUE_JOB = "digests"  # the one job that fires whichever digests are due next
_GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
_PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


class DigestJobs:
    """Schedules digests and announcements, and follows chats leaving, coming back, migrating."""

    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        digests: Digests,
        sender: Sender,
        channel: str | None = None,
    ) -> None:
        self.app = app
        self.channel = channel  # BRIEFING_CHANNEL: announced to without a /channel
        self.digests = digests
        self.sender = sender
        self._next: datetime | None = None
        digests.on_schedule = self.on_schedule

    def install(self) -> None:
        """Add the handlers and the start-up, due and announce jobs."""
        # group -1: seen before the commands' own handlers, which still answer /start as usual
        self.app.add_handler(CommandHandler("start", self.on_start), group=-1)
        self.app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self.on_migrate), -1)
        self.app.add_handler(ChatMemberHandler(self.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
        self.app.add_handler(TypeHandler(Update, self.on_update), group=-2)
        queue = self.app.job_queue
        if queue is None:
            raise RuntimeError(
                'digests need the JobQueue: install "python-telegram-bot[job-queue]"'
            )
        queue.run_once(self.on_startup, when=0, name="digests:start")
        queue.run_repeating(
            self.on_poll, interval=POLL_SECONDS, first=POLL_SECONDS, name="announce"
        )

    # jobs

    async def on_startup(self, context: Context) -> None:
        """Send what a restart interrupted and what fell due while down (once), then plan."""
        if self.channel:
            await ensure_channel(self.app.bot, self.digests, self.channel)
        self.digests.fire_due()
        self.digests.poll_build()
        self.sender.kick()
        self.schedule_next()

    async def on_due(self, context: Context) -> None:
        """Queue every digest due now and start sending."""
        self._next = None
        queued = self.digests.fire_due()
        log.info("%d digests due", len(queued))
        self.sender.kick()
        self.schedule_next()

    async def on_poll(self, context: Context) -> None:
        """Announce a new build; fire any digest the due job missed; retry what failed."""
        self.digests.poll_build()
        self.digests.fire_due()  # a safety net: a suspended machine can make a job misfire
        self.sender.kick()

    def schedule_next(self) -> None:
        """(Re)plan the due job at the earliest next run of any active subscription."""
        subs = [s for s in self.digests.state.subscriptions(active=True) if s.next_at]
        self._next = None
        if subs:
            self.on_schedule(min(subs, key=lambda s: s.next_at or datetime.max))

    def on_schedule(self, sub: Subscription) -> None:
        """A subscription changed: move the due job earlier when it now runs first."""
        queue = self.app.job_queue
        if queue is None or sub.next_at is None or sub.paused:
            return
        if self._next is not None and self._next <= sub.next_at:
            return
        for job in queue.get_jobs_by_name(DUE_JOB):
            job.schedule_removal()
        self._next = sub.next_at
        when = max(sub.next_at, datetime.now(UTC))  # APScheduler may drop a time in the past
        queue.run_once(self.on_due, when=when, name=DUE_JOB)

    # updates

    async def on_update(self, update: Update, context: Context) -> None:
        """An update the bot will answer: keep a broadcast slot free for that reply."""
        message = update.message or update.channel_post
        if update.callback_query is not None or (
            message is not None
            and (message.chat.type == ChatType.PRIVATE or (message.text or "").startswith("/"))
        ):
            self.sender.pacer.reserve()

    async def on_start(self, update: Update, context: Context) -> None:
        """/start from a chat we had paused: resume it and say so."""
        chat = update.effective_chat
        if chat is None or not self.digests.resume(chat.id):
            return
        sub = self.digests.state.subscription(chat.id)
        zone = self.digests.state.chat(chat.id).timezone
        message = update.effective_message  # in a forum, answer in the topic /start came from
        thread = message.message_thread_id if message and message.is_topic_message else None
        await context.bot.send_message(
            chat.id, messages.resumed(sub, zone), message_thread_id=thread
        )

    async def on_member(self, update: Update, context: Context) -> None:
        """The bot was removed from a chat (pause it) or added back (resume it)."""
        change = update.my_chat_member
        if change is None:
            return
        old, new = change.old_chat_member.status, change.new_chat_member.status
        if new in _GONE:
            self.digests.state.set_blocked(change.chat.id, True)
        elif new in _PRESENT and old in _GONE and self.digests.resume(change.chat.id):
            log.info("chat %s is back: its digest resumes", change.chat.id)

    async def on_migrate(self, update: Update, context: Context) -> None:
        """A group became a supergroup: move its subscription and log to the new id."""
        message = update.effective_message
        if message is not None and message.migrate_to_chat_id:
            self.digests.state.migrate(message.chat.id, message.migrate_to_chat_id)

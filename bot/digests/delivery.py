"""Sending the outbox with PTB: paced under Telegram's limits, every failure handled, recorded."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest

from bot.backoff import NETWORK_BACKOFF
from bot.digests.models import (
    FAILED,
    PAUSED,
    PENDING,
    SENT,
    SKIPPED,
    Delivery,
    DeliveryStatus,
)
from bot.digests.pacing import Pacer
from bot.digests.service import Digests

log = logging.getLogger(__name__)

WORKERS = 16  # deliveries under way at once: one slow chat (or a long digest) stalls no other
PRIVATE_GAP = 1.0  # seconds between the messages of one digest in a private chat
GROUP_GAP = 3.0  # and in a group or channel: 20 a minute
RETRY_AFTER_TRIES = 5
# Deliveries read from the outbox per worker in one pass: enough to keep every worker busy,
# few enough that a pass never holds a whole broadcast in memory.
BATCH_PER_WORKER = 64


def is_group(chat_id: int) -> bool:
    """Telegram gives groups, supergroups and channels negative ids, private chats positive."""
    return chat_id < 0


@dataclass
class Tally:
    """What a drain did, for logs, tests and the benchmark."""

    sent: int = 0  # deliveries completed
    messages: int = 0
    retry_after: int = 0
    paused: int = 0
    failed: int = 0
    migrated: int = 0


class Sender:
    """Drains the outbox: claims each delivery, sends its messages, records every step."""

    def __init__(
        self,
        connect: Callable[[], Bot],
        digests: Digests,
        pacer: Pacer | None = None,
        workers: int = WORKERS,
    ) -> None:
        # a Bot of its own, outside the Application's rate limiter: the broadcast is paced
        # here, and interactive replies never queue behind it
        self.connect = connect
        self.bot: Bot | None = None
        self.digests = digests
        self.state = digests.state
        self.pacer = pacer or Pacer()
        self.workers = workers
        self.gaps = (PRIVATE_GAP, GROUP_GAP)
        self.tally = Tally()
        self._running: asyncio.Task[int] | None = None
        self._again = False
        self._one_pass = asyncio.Lock()  # passes share self.bot: a second one waits its turn

    def kick(self) -> asyncio.Task[int]:
        """Start draining (or drain again once the current pass ends)."""
        if self._running is not None and not self._running.done():
            self._again = True
            return self._running
        self._running = asyncio.get_running_loop().create_task(self.drain())
        return self._running

    async def drain(self) -> int:
        """Send everything in the outbox, interrupted deliveries first; how many completed."""
        async with self._one_pass:
            if not self.state.outbox(limit=1):
                return 0  # nothing to send: no connection, no getMe
            async with self.connect() as bot:
                self.bot = bot
                try:
                    return await self._drain()
                finally:
                    self.bot = None

    async def _drain(self) -> int:
        done = 0
        tried: set[tuple[int, str]] = set()  # left for a later drain when they failed again
        while True:
            self._again = False
            batch = [
                d for d in self.state.outbox(limit=self.workers * BATCH_PER_WORKER + len(tried))
                if (d.chat_id, d.key) not in tried
            ]  # fmt: skip
            if not batch:
                if self._again:
                    continue
                return done
            tried.update((d.chat_id, d.key) for d in batch)
            queue: asyncio.Queue[Delivery] = asyncio.Queue()
            for delivery in batch:
                queue.put_nowait(delivery)
            results = await asyncio.gather(*(self._work(queue) for _ in range(self.workers)))
            done += sum(results)

    async def _work(self, queue: asyncio.Queue[Delivery]) -> int:
        done = 0
        while not queue.empty():
            delivery = queue.get_nowait()
            if await self.deliver(delivery) == SENT:
                done += 1
        return done

    async def deliver(self, delivery: Delivery) -> DeliveryStatus:
        """Send one delivery from where it stopped; its final status."""
        if not self.state.claim(delivery):
            return delivery.status  # another sender took it
        texts = self.digests.render(delivery)
        if not texts:
            self.state.finish(delivery, SKIPPED, self.digests.clock())
            return SKIPPED
        previews = self.state.chat(delivery.chat_id).previews
        for index in range(delivery.parts_sent, len(texts)):
            if index > delivery.parts_sent:  # Telegram's per-chat limits: about 1/s, 20/min
                await asyncio.sleep(self.gaps[1] if is_group(delivery.chat_id) else self.gaps[0])
            outcome = await self._send(delivery, texts[index], previews)
            if isinstance(outcome, str):
                self.state.finish(delivery, outcome, self.digests.clock())
                return outcome
            delivery = outcome  # the chat id changes when a group became a supergroup
            self.state.part_sent(delivery, index + 1)
            self.tally.messages += 1
        self.state.finish(delivery, SENT, self.digests.clock())
        self.tally.sent += 1
        return SENT

    async def _send(
        self, delivery: Delivery, text: str, previews: bool
    ) -> Delivery | DeliveryStatus:
        """One message with retries: the (possibly moved) delivery, or a final status."""
        network_failures = flood_tries = 0
        while True:
            await self.pacer.wait()
            try:
                await self._post(delivery, text, previews)
                return delivery
            except RetryAfter as error:
                flood_tries += 1
                self._hold(delivery, error)
                if flood_tries > RETRY_AFTER_TRIES:
                    return _requeue(delivery)
            except ChatMigrated as error:
                delivery = self._migrate(delivery, error.new_chat_id)
            except Forbidden as error:
                return self._pause(delivery, error)
            except BadRequest as error:
                return self._refused(delivery, error)
            except NetworkError as error:  # timeouts, 5xx, connection resets
                network_failures += 1
                if not await self._back_off(delivery, error, network_failures):
                    return _requeue(delivery)

    async def _post(self, delivery: Delivery, text: str, previews: bool) -> None:
        assert self.bot is not None  # set by drain()
        try:
            await self.bot.send_message(
                delivery.chat_id,
                text,
                parse_mode=ParseMode.HTML,
                message_thread_id=delivery.thread_id,
                link_preview_options=LinkPreviewOptions(is_disabled=not previews),
            )
        finally:
            self.pacer.done()

    def _hold(self, delivery: Delivery, error: RetryAfter) -> None:
        """Hold every send for as long as flood control asks."""
        self.tally.retry_after += 1
        wait = _seconds(error.retry_after)
        log.warning("flood control: waiting %.1f s (chat %s)", wait, delivery.chat_id)
        self.pacer.hold(wait)

    def _refused(self, delivery: Delivery, error: BadRequest) -> DeliveryStatus:
        log.warning("chat %s refused a digest: %s", delivery.chat_id, error.message)
        self.tally.failed += 1
        return FAILED

    async def _back_off(self, delivery: Delivery, error: NetworkError, failures: int) -> bool:
        """Wait before the next try after `failures` network errors; False after too many."""
        if NETWORK_BACKOFF.exhausted(failures):
            log.warning("giving up on chat %s for now: %s", delivery.chat_id, error)
            return False
        await asyncio.sleep(NETWORK_BACKOFF.delay(failures))
        return True

    def _migrate(self, delivery: Delivery, new_id: int) -> Delivery:
        log.info("chat %s became supergroup %s: moving its digests", delivery.chat_id, new_id)
        self.state.migrate(delivery.chat_id, new_id)
        self.tally.migrated += 1
        return replace(delivery, chat_id=new_id)

    def _pause(self, delivery: Delivery, error: TelegramError) -> DeliveryStatus:
        log.info("chat %s is gone for now (%s): pausing it", delivery.chat_id, error.message)
        self.state.set_blocked(delivery.chat_id, True)
        self.tally.paused += 1
        return PAUSED


def _seconds(retry_after: object) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB's settings."""
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]


def _requeue(delivery: Delivery) -> DeliveryStatus:
    """Leave a delivery for a later drain (the periodic job kicks one every 30 s)."""
    log.info("chat %s: digest %s left for the next pass", delivery.chat_id, delivery.key)
    return PENDING


def plain_bot(token: str, api_url: str | None) -> Bot:
    """A Bot without a rate limiter, for broadcasts and `briefing-bot announce`."""
    request = HTTPXRequest(connection_pool_size=WORKERS + 2, read_timeout=15.0)
    if api_url:
        return Bot(token, base_url=api_url, request=request)
    return Bot(token, request=request)

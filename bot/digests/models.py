"""The digests' own frozen dataclasses: a chat's options, its subscription, bound channels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Final, Literal

# Delivery statuses: pending (queued) -> sending (a request may be in flight) -> sent; or paused
# (the chat blocked us; resent when it comes back), failed (Telegram refused it for good) or
# skipped (nothing to say and the chat wants no notice).
DeliveryStatus = Literal["pending", "sending", "sent", "paused", "failed", "skipped"]
PENDING: Final = "pending"
SENDING: Final = "sending"
SENT: Final = "sent"
PAUSED: Final = "paused"
FAILED: Final = "failed"
SKIPPED: Final = "skipped"
# What a delivery carries: a scheduled digest, an announcement of new stories, or a preview.
DeliveryKind = Literal["digest", "announce", "preview"]
DIGEST: Final = "digest"
ANNOUNCE: Final = "announce"
PREVIEW: Final = "preview"


@dataclass(frozen=True, slots=True)
class ChatOptions:
    """A chat's settings; a chat we never heard from has the defaults."""

    chat_id: int
    chat_type: str = "private"
    timezone: str = "UTC"
    notices: bool = True  # a one-line "nothing new" when a digest would be empty
    previews: bool = False  # link previews under digest messages
    announce: bool = False  # announce new stories after each build (channels: on)
    thread_id: int | None = None  # forum topic for announcements
    blocked: bool = False  # Telegram said Forbidden; cleared by /start or a re-add


SWITCHES: Final = ("notices", "previews", "announce")  # the on/off fields of ChatOptions


@dataclass(frozen=True, slots=True)
class Subscription:
    """A daily digest at `at` in the chat's zone, of every story or only of `topics`."""

    chat_id: int
    at: time
    topics: tuple[str, ...] = ()
    paused: bool = False
    thread_id: int | None = None
    next_at: datetime | None = None  # the next run, in UTC


@dataclass(frozen=True, slots=True)
class Channel:
    """A channel bound by one of its administrators to receive announcements."""

    chat_id: int
    title: str
    username: str | None
    bound_by: int


@dataclass(frozen=True, slots=True)
class Delivery:
    """One (chat, digest) message batch and how far it got; the exactly-once record."""

    chat_id: int
    key: str  # "digest:2026-12-02T08:00Z" (the due moment, UTC), "announce:7", ...
    kind: DeliveryKind
    story_ids: tuple[str, ...]
    topics: tuple[str, ...]
    status: DeliveryStatus
    parts_sent: int = 0
    thread_id: int | None = None

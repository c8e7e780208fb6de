"""The /settings keyboard: its buttons, their callback data (`dg:...`), the toast a press shows."""

from __future__ import annotations

from bot.digests.models import ChatOptions, Subscription
from bot.digests.schedule import hhmm, local_label
from bot.models import Button

ZONES = (
    "UTC", "Europe/London", "Europe/Madrid", "Europe/Moscow", "America/New_York",
    "America/Sao_Paulo", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
)  # fmt: skip
_STEPS = (("-1 h", "-60"), ("-15 min", "-15"), ("+15 min", "+15"), ("+1 h", "+60"))
_LABELS = {"notices": "“Nothing new” notices", "previews": "Link previews",
           "announce": "Announcements"}  # fmt: skip


def settings_buttons(
    options: ChatOptions, sub: Subscription | None
) -> tuple[tuple[Button, ...], ...]:
    """The /settings keyboard; every callback_data is well under 64 bytes."""
    rows: list[tuple[Button, ...]] = []
    if sub is not None:
        rows.append(tuple(Button(label, data=f"dg:t:{step}") for label, step in _STEPS))
    rows.append((Button(f"Time zone: {options.timezone}", data="dg:zl"),))
    for key in ("notices", "previews") + (("announce",) if options.chat_type != "private" else ()):
        state = "on" if getattr(options, key) else "off"
        rows.append((Button(f"{_LABELS[key]}: {state}", data=f"dg:o:{key}"),))
    return tuple(rows)


def zone_buttons() -> tuple[tuple[Button, ...], ...]:
    """A button per common zone, then one back to the settings."""
    zones = tuple((Button(z, data=f"dg:z:{z}"),) for z in ZONES)
    return (*zones, (Button("« Back", data="dg:back"),))


def next_notice(sub: Subscription | None, zone: str) -> str:
    """The toast after a change of time or zone: when the next digest comes."""
    if sub is None or sub.next_at is None:
        return f"Time zone: {zone}"
    return f"Daily digest at {hhmm(sub.at)} {zone} (next: {local_label(sub.next_at, zone)})"

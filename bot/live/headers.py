"""Reading the response headers that steer a fetch: types, caching, validators, Retry-After."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)
LONGEST_RETRY_AFTER = 7 * 24 * 3600.0  # a bigger Retry-After is a server bug, not a wish


def media_type(content_type: str | None) -> str | None:
    """`text/html` from `Text/HTML; charset=utf-8`; None when absent or empty."""
    if not content_type:
        return None
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind or None


def charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type, lower case, or None."""
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def max_age(cache_control: str | None) -> int | None:
    """Seconds from `Cache-Control: max-age=N`, or None."""
    match = _MAX_AGE.search(cache_control or "")
    return int(match.group(1)) if match else None


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After of delay-seconds or an HTTP date; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), LONGEST_RETRY_AFTER)

"""JSON Feed 1.0 and 1.1 (jsonfeed.org): plain JSON, read field by field with type checks."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from bot.live.errors import NotAFeed
from bot.live.raw import MAX_ENTRIES, Body, RawFeed, RawItem, entries_cut

VERSION_PREFIX = "https://jsonfeed.org/version/"


def read_json_feed(text: str, url: str) -> RawFeed:
    """The JSON Feed in `text`; NotAFeed if it is not JSON or not a JSON Feed."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise NotAFeed(url, f"not valid JSON ({error})") from error
    if not isinstance(document, dict) or not _str(document, "version").startswith(VERSION_PREFIX):
        raise NotAFeed(url, "JSON, but not a JSON Feed (no jsonfeed.org version)")
    listed = document.get("items")
    if not isinstance(listed, list):
        listed, problems = [], ["no list of items"]
    else:
        skipped = sum(1 for item in listed if not isinstance(item, dict))
        problems = [f"{skipped} items that are not objects were skipped"] if skipped else []
    objects = [item for item in listed if isinstance(item, dict)]
    if len(objects) > MAX_ENTRIES:
        problems.append(entries_cut(len(objects)))
    items = tuple(_item(item, url) for item in objects[:MAX_ENTRIES])
    return RawFeed(
        title=_str(document, "title") or None,
        site_url=_str(document, "home_page_url") or None,
        ttl_minutes=None,
        items=items,
        problems=tuple(problems),
    )


def _item(item: dict[str, Any], feed_url: str) -> RawItem:
    link = _str(item, "url") or _str(item, "external_url")
    bodies = [Body(_str(item, "content_html"), True), Body(_str(item, "content_text"), False)]
    bodies.append(Body(_str(item, "summary"), False))
    dates = {name: _str(item, name) for name in ("date_published", "date_modified")}
    parsed = {name: _date(value) for name, value in dates.items()}
    ident = item.get("id")  # a string in 1.1; numbers were common under 1.0
    ident_text = str(ident).strip() if isinstance(ident, str | int) else ""
    return RawItem(
        id=ident_text or None,
        link=_absolute(feed_url, link),
        title=" ".join(_str(item, "title").split()),
        bodies=tuple(body for body in bodies if body.value),
        published=parsed["date_published"],
        updated=parsed["date_modified"],
        unread_dates=tuple(v for name, v in dates.items() if v and parsed[name] is None),
    )


def _absolute(base: str, link: str) -> str | None:
    """`link` resolved against the feed's URL; None if absent or unreadable."""
    try:
        return urljoin(base, link) if link else None
    except ValueError:
        return None


def _str(mapping: dict[str, Any], key: str) -> str:
    value = mapping.get(key)
    return value.strip() if isinstance(value, str) else ""


def _date(value: str) -> datetime | None:
    """An RFC 3339 date in UTC (a date without a zone is taken as UTC); None if unreadable."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)

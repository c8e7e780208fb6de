"""RSS 0.9x/1.0/2.0 and Atom through feedparser, the only module that imports it.

feedparser is handed bytes in a file object, never a string: a string that is a path or a URL
would make it read that file or URL. Before it runs, an internal DTD is removed (`defuse`), so
entity bombs never reach an XML parser, and HTML entities become character references, so
ordinary feeds stay on feedparser's strict parser, which is faster and more exact.
"""

from __future__ import annotations

import io
import itertools
import re
import time
from collections import deque
from datetime import UTC, datetime
from html.entities import html5
from typing import Any

import feedparser

from bot.live.errors import NotAFeed
from bot.live.raw import MAX_ENTRIES, Body, RawFeed, RawItem, entries_cut
from bot.live.text import html_to_text

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ROOT_START = re.compile(r"<[A-Za-z_]")  # the first element: the prolog ends before it
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")
_ENTITY = re.compile(r"""<!ENTITY\s+(?:%\s+)?([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')?""")
_ENTITY_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,31});")
_XML_ENTITIES = frozenset(("amp", "lt", "gt", "quot", "apos"))
_MAX_ENTITIES = 64  # real feeds declare none, or a handful of character names
_CHAR_REF = re.compile(r"&#(?:\d{1,7}|x[0-9a-fA-F]{1,6});")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ENTRY_START = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_ENTRY_END = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_MARKUP = re.compile(r"</?(?:p|br|div|a|b|i|em|strong|span|img|ul|ol|li|h[1-6]|blockquote)\b", re.I)


def read_xml_feed(text: str, url: str) -> RawFeed:
    """The RSS or Atom feed in `text` (already decoded); NotAFeed if it is neither."""
    text, defused = defuse(text, url)
    text, total = first_entries(text)
    result = _parse(text, url)
    items = tuple(_item(entry) for entry in result.entries)
    if not result.version and not items:
        raise NotAFeed(url, "no RSS or Atom feed in it")
    problems = [defused] if defused else []
    if total:
        problems.append(entries_cut(total))
    if result.bozo:
        problems.append(_malformed(result.bozo_exception, len(items)))
    feed = result.feed
    return RawFeed(
        title=_plain(feed.get("title"), feed.get("title_detail")) or None,
        site_url=feed.get("link") or None,
        ttl_minutes=_ttl(feed.get("ttl")),
        items=items,
        problems=tuple(problems),
    )


def _parse(text: str, url: str) -> Any:
    """feedparser's reading of a defused feed, handed over as UTF-8 bytes in a file object."""
    text = _ENTITY_REF.sub(_xml_entity, text)
    data = _XML_DECLARATION.sub('<?xml version="1.0" encoding="utf-8"?>', text, count=1)
    headers = {"content-type": "application/xml; charset=utf-8", "content-location": url}
    return feedparser.parse(
        io.BytesIO(data.encode("utf-8")),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )


def defuse(text: str, url: str) -> tuple[str, str | None]:
    """`text` without an internal DTD and the entities it declared, and a note if it had one.

    Entity declarations have no business in a feed but are how entity bombs (billion laughs,
    quadratic blowup) and external entities get in; references to them would also send
    feedparser to its slow lenient parser. Character-reference entities (`&#160;`) are kept.
    """
    root = _ROOT_START.search(text)
    start = _DOCTYPE_SUBSET.search(text, 0, root.start() if root else len(text))
    if start is None:
        return text, None
    end = _SUBSET_END.search(text, start.end())
    if end is None:
        raise NotAFeed(url, "a DOCTYPE that never ends")
    subset = text[start.end() : end.start()]
    declared = {m[1]: m[2] or m[3] or "" for m in _ENTITY.finditer(subset)}
    safe = {name: value for name, value in declared.items() if _CHAR_REF.fullmatch(value)}
    text = text[: start.start()] + text[end.end() :]
    if len(declared) > _MAX_ENTITIES:
        raise NotAFeed(url, f"{len(declared)} entity declarations: an entity bomb, not a feed")
    for name in declared:
        text = text.replace(f"&{name};", safe.get(name, ""))
    unsafe = len(declared) - len(safe)
    return text, f"an internal DTD with {unsafe} unsafe entity declarations was removed"


def first_entries(text: str) -> tuple[str, int]:
    """`text` with only its first MAX_ENTRIES items or entries, and how many it had (0 when
    it had no more): a hundred thousand items cost feedparser minutes for nothing new."""
    starts = _ENTRY_START.finditer(text)
    cut = next(itertools.islice(starts, MAX_ENTRIES, None), None)
    if cut is None:
        return text, 0
    total = MAX_ENTRIES + 1 + sum(1 for _ in starts)
    ends = deque(_ENTRY_END.finditer(text, cut.start()), maxlen=1)
    tail = text[ends[0].end() :] if ends else ""  # the closing channel and root tags
    return text[: cut.start()] + tail, total


def _xml_entity(ref: re.Match[str]) -> str:
    """An HTML entity as the character reference XML understands; unknown ones as text.

    Feeds are full of `&nbsp;` and `&eacute;`, which XML does not define; left alone they throw
    the whole document onto feedparser's lenient parser, which is slow and less exact.
    """
    name = ref.group(1)
    if name in _XML_ENTITIES:
        return ref.group(0)
    characters = html5.get(name + ";")
    if characters is None:
        return "&amp;" + name + ";"
    return "".join(f"&#{ord(character)};" for character in characters)


def _item(entry: Any) -> RawItem:
    bodies = [
        Body(part.get("value", ""), _is_html(part.get("type"))) for part in entry.get("content", [])
    ]
    if entry.get("summary"):
        bodies.append(Body(entry["summary"], _is_html(entry.get("summary_detail", {}).get("type"))))
    # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning
    dates = {name: dict.get(entry, name) for name in ("published", "updated")}
    parsed = {name: _utc(dict.get(entry, f"{name}_parsed")) for name in dates}
    unread = tuple(str(v) for name, v in dates.items() if v and parsed[name] is None)
    return RawItem(
        id=(entry.get("id") or "").strip() or None,
        link=(entry.get("link") or "").strip() or None,
        title=_plain(entry.get("title"), entry.get("title_detail")),
        bodies=_bodies(entry),
        published=parsed["published"],
        updated=parsed["updated"],
        unread_dates=tuple(dict.fromkeys(unread)),
    )


def _bodies(entry: Any) -> tuple[Body, ...]:
    """The entry's content parts and summary, each once (feedparser may alias one to the other)."""
    parts = [(p.get("value", ""), p.get("type")) for p in entry.get("content", [])]
    parts.append((entry.get("summary") or "", (entry.get("summary_detail") or {}).get("type")))
    values = dict.fromkeys(value for value, _ in parts if value)
    kinds = {value: kind for value, kind in reversed(parts)}  # the first declared type wins
    return tuple(Body(value, _is_html(kinds[value], value)) for value in values)


def _is_html(kind: object, value: str = "") -> bool:
    """Declared as HTML, or plain text that carries markup anyway (a common feed mistake)."""
    return kind in _HTML_TYPES or _MARKUP.search(value) is not None


def _plain(value: object, detail: Any) -> str:
    """A title as plain text, whatever type the feed declared for it."""
    if not isinstance(value, str):
        return ""
    if detail and _is_html(detail.get("type")):
        return html_to_text(value).replace("\n\n", " ")
    return " ".join(value.split())


def _utc(parsed: time.struct_time | None) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime; None if absent or impossible."""
    if parsed is None:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _ttl(value: object) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def _malformed(error: object, kept: int) -> str:
    reason = str(error).replace("<unknown>:", "line ").strip() or type(error).__name__
    return f"malformed XML ({reason}): kept the {kept} entries that could be read"

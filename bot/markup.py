"""Telegram-HTML primitives: escaping, clipping, measuring as Telegram counts, plain text."""

from __future__ import annotations

import html
import re

MAX_MESSAGE_CHARS = 4096
MAX_ENTITIES = 100  # Telegram drops formatting past about 100 entities in one message
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def escape(text: str) -> str:
    """Text safe inside Telegram HTML (quotes are fine outside attributes)."""
    return html.escape(text, quote=False)


def clip(text: str, limit: int) -> str:
    """`text` with whitespace collapsed, cut at a word boundary to at most `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def measure(markup: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text once tags are parsed."""
    return (
        _units(html.unescape(TAG.sub("", markup)))
        if "<" in markup or "&" in markup
        else _units(markup)
    )


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(markup: str) -> int:
    """How many formatting entities the HTML makes (one per opening tag)."""
    return sum(1 for m in TAG.finditer(markup) if not m.group(1))


def fits(markup: str, limit: int = MAX_MESSAGE_CHARS) -> bool:
    """Whether one message can carry `markup`."""
    return measure(markup) <= limit and entities(markup) <= MAX_ENTITIES


def plain_text(markup: str) -> str:
    """Telegram HTML as plain text: tags removed, entities unescaped, links as `text (url)`."""

    def link(match: re.Match[str]) -> str:
        url, text = html.unescape(match.group(1)), match.group(2)
        return text if html.unescape(TAG.sub("", text)) == url else f"{text} ({url})"

    return html.unescape(TAG.sub("", _LINK.sub(link, markup)))

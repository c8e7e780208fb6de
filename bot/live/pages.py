"""Article pages into text: trafilatura keeps the article and drops menus, captions, comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

import trafilatura

from bot.live.budget import PARSE_CPU_SECONDS, cpu_budget
from bot.live.decode import decode
from bot.live.errors import NoArticle

MIN_CHARS = 150  # less is a stub, a notice or a player page, not an article
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of an article page and what the page says about itself."""

    text: str  # plain text, paragraphs separated by a blank line
    title: str | None
    site_name: str | None  # og:site_name: the outlet a reader knows
    canonical_url: str | None  # the page's canonical link, else the URL it was fetched from
    published: datetime | None  # UTC


def extract_page(
    body: bytes, *, url: str, content_type: str | None = None, charset: str | None = None
) -> Page:
    """The article in the HTML `body` fetched from `url`; NoArticle if there is none, or if
    extracting it would take more CPU than any real page needs."""
    too_costly = partial(NoArticle, url, f"more than {PARSE_CPU_SECONDS:g} s of CPU to read")
    with cpu_budget(PARSE_CPU_SECONDS, too_costly):
        return _page(body, url, content_type, charset)


def _page(body: bytes, url: str, content_type: str | None, charset: str | None) -> Page:
    if content_type is not None and "html" not in content_type:
        raise NoArticle(url, f"not an HTML page ({content_type})")
    document = _extract(decode(body, charset=charset), url)
    if document is None or not document.text:
        raise NoArticle(url, "no article text found on the page")
    title = _clean(document.title)
    text = _paragraphs(document.text, title)
    if len(text) < MIN_CHARS:
        raise NoArticle(url, f"only {len(text)} characters of article text on the page")
    return Page(
        text=text,
        title=title,
        site_name=_clean(document.sitename),
        canonical_url=_clean(document.url),
        published=_date(document.date),
    )


def _extract(html: str, url: str) -> Any:
    """trafilatura's Document for the page, or None."""
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,  # menus, captions, bylines and comments are worse than a lost line
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "outputformat": _DATE_FORMAT},
    )


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as blank-line paragraphs, without the headline repeated on top."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def _clean(value: object) -> str | None:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text or None


def _date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)  # with or without a time and a zone
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)

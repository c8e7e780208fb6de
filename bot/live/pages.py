"""Article pages into text: trafilatura keeps the article and drops menus, captions, comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of an article page and what the page says about itself."""

    text: str  # plain text, paragraphs separated by a blank line
    title: str | None
    site_name: str | None  # og:site_name: the outlet a reader knows
    canonical_url: str | None
    published: datetime | None  # UTC


def extract_page(
    body: bytes, *, url: str, content_type: str | None = None, charset: str | None = None
) -> Page:
    """The article in the HTML `body` fetched from `url`; NoArticle if there is none."""
    raise NotImplementedError

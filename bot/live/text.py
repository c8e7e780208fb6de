"""HTML fragments (feed content) into plain text with the paragraphs kept."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
     "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul")
)  # fmt: skip
# Content a reader of the text would not see as part of the article.
_HIDDEN = frozenset(
    ("script", "style", "noscript", "template", "iframe", "object", "svg", "figcaption", "button")
)
# A "read more" link ends a teaser: it starts a sentence or a paragraph of its own and may be
# followed only by a site name ("at The Post"), a quoted title and arrows or dots.
_READ_MORE = re.compile(
    r"(?:^|(?<=[\n.!?:\u2026]))\s*[\[(]?\s*"
    r"(?:read more|continue reading|keep reading|full story|more\s*(?=[\u00bb\u203a\u2192])|"
    r"read the (?:full|rest of the|whole) (?:story|article|post))"
    r"(?:\s+(?:at|on|in)\s+[^\n]{1,60}|\s*[\"'\u201c\u00ab][^\n]{1,100})?"
    r"[\s.\])\u00bb\u203a\u2192\u2026]*$",
    re.IGNORECASE,
)
_TAIL_CHARS = 160
_ELLIPSIS_MARK = re.compile(r"\s*\[(?:…|\.\.\.)\]\s*$")


class _Paragraphs(HTMLParser):
    """Collects text, breaking paragraphs at block elements and skipping hidden ones."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._words: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._words.append(data)

    def flush(self) -> None:
        paragraph = " ".join("".join(self._words).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._words = []


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, a blank line between them."""
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.paragraphs)


def plain_to_text(text: str) -> str:
    """Plain text tidied like html_to_text: blank-line paragraphs, spaces collapsed."""
    blocks = re.split(r"\n\s*\n", text.strip())
    if len(blocks) == 1:
        blocks = text.strip().splitlines()
    paragraphs = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)


def strip_read_more(text: str) -> tuple[str, bool]:
    """`text` without a trailing "read more" link or "[…]", and whether it had one."""
    # Only the end can hold it, so only the end is searched: that keeps the search linear. The
    # character before the tail stays in view so that a cut mid-sentence is no sentence start.
    start = max(0, len(text) - _TAIL_CHARS - 1)
    tail = text[start:]
    pos = 1 if start else 0
    match = _READ_MORE.search(tail, pos) or _ELLIPSIS_MARK.search(tail, pos)
    if match is None:
        return text, False
    return text[: start + match.start()].rstrip(), True

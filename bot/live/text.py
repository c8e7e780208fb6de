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
_READ_MORE = re.compile(
    r"\s*(?:\.\.\.|…)?\s*[\[(]?\s*(?:read more|continue reading|keep reading|more\s*(?:»|\u203a|→)|"
    r"read the (?:full|rest of the|whole) (?:story|article|post)|full story)\b[^\n]{0,80}$",
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
    tail_start = max(0, len(text) - _TAIL_CHARS)  # only the end can hold it; keeps search linear
    tail = text[tail_start:]
    match = _READ_MORE.search(tail) or _ELLIPSIS_MARK.search(tail)
    if match is None:
        return text, False
    return text[: tail_start + match.start()].rstrip(), True

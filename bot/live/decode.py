"""Bytes from the web into text, whatever they claim: BOM, valid UTF-8, the document's own
declaration, the HTTP header, then statistical detection (chardet).

The header is asked last among the declarations because it is the one most often wrong: servers
stamp a default charset on files written by software that declared its own.
"""

from __future__ import annotations

import codecs
import re

import chardet

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = (
    re.compile(rb"""<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"""),
    re.compile(rb"""<meta[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE),
)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do real documents.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}
_SNIFF_BYTES = 2048


def decode(body: bytes, *, charset: str | None = None) -> str:
    """The text of `body`; `charset` is what the HTTP header said, if anything."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass  # not UTF-8, whatever it says
    for label in (declared_charset(body), charset):
        text = _try(body, label)
        if text is not None:
            return text
    guess = chardet.detect(body, prefer_superset=True)["encoding"]
    return _try(body, guess) or body.decode(guess or "utf-8", errors="replace")


def declared_charset(body: bytes) -> str | None:
    """The encoding an XML declaration or an HTML <meta> names near the top, if any."""
    head = body[:_SNIFF_BYTES]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def _try(body: bytes, label: str | None) -> str | None:
    """`body` decoded strictly with `label`, or None if unknown, UTF-8 (already failed) or wrong."""
    # (a guess of UTF-8 is also refused here, and then read with replacement characters)
    if not label:
        return None
    label = "windows-1252" if label.lower() in _AS_WINDOWS_1252 else label
    try:
        if codecs.lookup(label).name == "utf-8":
            return None
        return body.decode(label)
    except (LookupError, UnicodeDecodeError):
        return None

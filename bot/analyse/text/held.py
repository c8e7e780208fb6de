"""Stretches of a paragraph that no sentence ends inside: quoted speech and brackets.

A quoted speech of several sentences is one sentence to the quote extraction, which finds the
speaker in the text around the marks; so the splitter keeps every stop inside these stretches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Straight and curly double quotes; a straight one opens or closes depending on the spaces by it.
_DOUBLE_MARK = re.compile(r"[\"“”]")
# Single quotes (`'...'`, `‘...’`) opened after a space; an inner `'s` or `’t` closes nothing.
_SINGLE_QUOTED = re.compile(r"(?<=\s)'(?:[^']|'[a-zA-Z])*'|(?<=\s)‘(?:[^’]|’[a-zA-Z])*’")
# Not `-- asides --`: two dashes a few sentences apart would glue those sentences together.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_OPENS_AFTER = "([{—–-/"
# What may follow the inside of a stretch at a sentence end: its closing marks.
_CLOSERS = "\"”'’)]"


def held_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of every stretch of `text` that no sentence may end inside."""
    spans = [*quoted_stretches(text)]
    spans += [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    return tuple(spans)


def inside(text: str, cut: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a sentence end at offset `cut` falls inside a stretch (before its closing marks)."""
    return any(start < cut < end and text[cut:end].strip(_CLOSERS + " ") for start, end in spans)


def quoted_stretches(text: str) -> Iterator[tuple[int, int]]:
    """Double-quoted stretches, each from its opening mark to its closing one.

    News style opens each new paragraph of a speech again without closing the last one
    (`... weeks. "We will ...`): an open quote runs to the next opening mark, or to the end.
    """
    opened: int | None = None
    for mark in _DOUBLE_MARK.finditer(text):
        at = mark.start()
        if _opens(text, at):
            if opened is not None:
                yield opened, at
            opened = at
        elif opened is not None:
            yield opened, at + 1
            opened = None
    if opened is not None:
        yield opened, len(text)


def _opens(text: str, at: int) -> bool:
    """Whether the double quote at `at` opens: `“`, or `"` with a space before it and none after."""
    if text[at] != '"':
        return text[at] == "“"
    before = text[at - 1] if at else " "
    after = text[at + 1 : at + 2] or " "
    return (before.isspace() or before in _OPENS_AFTER) and not after.isspace()

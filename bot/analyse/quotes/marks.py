"""Quoted stretches of text: where quote marks open and close, and which stretches form one quote.

Double marks of every shape (`"`, `“`, `”`, `„`, `«`, `»`) are read alike, and their orientation
comes from the text around them, not from their shape: news copy often closes a quote with `“`
(`respect.“said Putin`). Single marks are left alone: they are apostrophes, titles or nested
quotes far more often than speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.analyse.quotes.lexicon import SPEECH_VERBS

MARKS = frozenset('"“”„«»')

# The end of a sentence outside quotes: ". ", or a full stop missing its space ("continent.Putin").
# An initial (`Mr R. Sridharan`), a title before a name (`said Sen. Ada Brook`) or the abbreviated
# first word of a place's name (`St. Louis`, `Mt. Hood`) ends no sentence.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Del", "Lt", "Gen", "Col", "Capt", "Sgt",
           "Rev", "Prof", "Adm", "Maj", "Amb", "Atty", "Hon", "Pres", "Supt", "Cmdr")  # fmt: skip
PLACE_PREFIXES = ("St", "Ste", "Mt", "Ft")
# Abbreviations a name always follows, so their full stop ends no sentence.
BEFORE_NAMES = _TITLES + PLACE_PREFIXES
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{t})" for t in BEFORE_NAMES)
# Their full stop, read past when looking for a speech verb: `"Now!" Sen. Ada Brook said.`
_TITLE_STOP = re.compile(rf"\b({'|'.join(BEFORE_NAMES)})\.")
_NON_SPACE = re.compile(r"\S")  # any word at all before a mark
# Nor does an abbreviation before a number: `the Sept. 16 debate`, `the No. 2 official`.
_NUMBERED = ("Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "Nos")
_NOT_BEFORE_NUMBER = "(?!" + "|".join(rf"(?<=\b{t})\.\s+\d" for t in _NUMBERED) + ")"
# The lookahead first: the many lookbehinds are tried only where a sentence may end.
_BOUNDARY = re.compile(
    rf"(?=[.!?…])(?<!\b[A-Z]){_NOT_AFTER_ABBREVIATION}{_NOT_BEFORE_NUMBER}[.!?…]+[\"“”]?\s+"
    r"|(?<=[a-z])[.!?](?=[A-Z][a-z])"
)


# The most words a quote nested in another runs to (`"... told us "it is safe" and ..."`).
NESTED_WORDS = 12


class Place(NamedTuple):
    """A point of an article: a paragraph and a character offset in it (sorts in reading order)."""

    paragraph: int
    offset: int


@dataclass(frozen=True, slots=True)
class Span:
    """The text between an opening mark and its closing mark (or where the quote breaks off)."""

    paragraph: int
    open_mark: int  # offset of the opening mark in the paragraph text
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close_mark: int | None  # offset of the closing mark; None when the quote breaks off


@dataclass(frozen=True, slots=True)
class Stretch:
    """One or more spans read as a single quote, with the text around it in its sentence."""

    spans: tuple[Span, ...]
    lead: str  # the sentence's text before the first mark
    tail: str  # the sentence's text after the last closing mark
    between: tuple[str, ...]  # text between consecutive spans of one paragraph
    region: tuple[int, int, int, int]  # first paragraph, start offset, last paragraph, end offset


# A straight mark opening a quote inside a quote, set off by blanks after a colon or comma.
_SPACED_OPENER = re.compile(r'[:,] " [A-Z]')


def _opens(text: str, at: int) -> bool:
    return at + 1 < len(text) and not text[at + 1].isspace()


def _opens_spaced(text: str, at: int, following: int | None) -> bool:
    """An opening-shaped mark set off by blanks on both sides before the quoted words
    (`reported, “ … if the vote`, `said. “ You know`): it opens, when no quote is open and the
    next mark of the paragraph closes it (a stray `4 “ of rain` runs into no later quote)."""
    if text[at] not in "“„«" or (at and not text[at - 1].isspace()):
        return False
    first = text[at + 1 : at + 4].lstrip()[:1]
    closed = following is not None and (_closes(text, following) or _closes_spaced(text, following))
    return (first.isalnum() or first == "…") and closed


def _closes(text: str, at: int) -> bool:
    """A mark right after a word, or after a nested single-quoted passage and a space
    (`... of the community,' " Reeves wrote`)."""
    nested_end = at > 1 and text[at - 1] == " " and text[at - 2] in "'\u2019"
    return at > 0 and (not text[at - 1].isspace() or nested_end)


def _closes_spaced(text: str, at: int) -> bool:
    """A closing-shaped mark set off by blanks after the quoted words (`“ We will win ” and`,
    `« we will win »`): it closes, as a spaced opening mark opens."""
    after = text[at + 1 : at + 2]
    ends = not after or after.isspace() or after in ".,;:!?)"
    words_before = _NON_SPACE.search(text, 0, at) is not None
    return text[at] in "”»" and at > 0 and text[at - 1].isspace() and words_before and ends


def _closes_after_stop(text: str, at: int, opened: int) -> bool:
    """A straight mark set off by blanks after the quoted sentence's full stop, before a new
    sentence (`a year. " And the minister said`): it closes, unless the open quote holds a
    spaced opening of its own that it closes (`"He told me: " Leave now. " I did," she said`)."""
    return (
        text[at] == '"'
        and text[at - 2 : at] in (". ", "? ", "! ")
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].isupper()
        and _SPACED_OPENER.search(text, opened + 1, at) is None
    )


def find_spans(paragraph: int, text: str) -> list[Span]:
    """Every quoted span of one paragraph, in order; a span left open ends at the next opening,
    unless that opening is a quote nested in the open one (`"We were told it was "safe" then."`)."""
    spans: list[Span] = []
    opened: int | None = None
    marks = [at for at, char in enumerate(text) if char in MARKS]
    nested: set[int] = set()
    for i, at in enumerate(marks):
        if at in nested:
            continue
        if opened is None:
            following = marks[i + 1] if i + 1 < len(marks) else None
            opens = _opens(text, at) or _opens_spaced(text, at, following)
            opened = at if opens else None
        elif _closes(text, at) or _closes_spaced(text, at) or _closes_after_stop(text, at, opened):
            spans.append(Span(paragraph, opened, opened + 1, at, at))
            opened = None
        elif _opens(text, at):
            inner = _nested_close(text, at, marks[i + 1 :])
            if inner is not None:
                nested.add(inner)
                continue
            spans.append(Span(paragraph, opened, opened + 1, at, None))  # a new paragraph of
            opened = at  # the same quote, run into this one
    if opened is not None:
        spans.append(Span(paragraph, opened, opened + 1, len(text), None))
    return [s for s in spans if text[s.start : s.end].strip()]


def _nested_close(text: str, at: int, later: Sequence[int]) -> int | None:
    """The mark closing a quote nested in an open one and opened at `at`: the next mark closes
    a few words on, and the mark after it closes the open quote."""
    if len(later) < 2 or not (_closes(text, later[0]) and _closes(text, later[1])):
        return None
    return later[0] if len(words_in(text[at : later[0]])) <= NESTED_WORDS else None


def span_text(texts: Sequence[str], span: Span) -> str:
    """The words inside a span, without its marks or surrounding blanks."""
    return texts[span.paragraph][span.start : span.end].strip()


def _sentence_start(text: str, before: int, floor: int) -> int:
    """Where the sentence holding offset `before` starts, never earlier than `floor`."""
    start = floor
    for match in _BOUNDARY.finditer(text, floor, before):
        start = match.end()
    return start


def _sentence_end(text: str, after: int, ceiling: int) -> int:
    """Where the sentence holding offset `after` ends, never later than `ceiling`."""
    match = _BOUNDARY.search(text, after, ceiling)
    return match.start() + 1 if match else ceiling


def _continues(first: Span, second: Span, texts: Sequence[str]) -> bool:
    """Whether `second` carries on the quote `first` broke off (a run-on or next paragraph)."""
    if first.close_mark is not None:
        return False
    if second.paragraph == first.paragraph:
        return second.open_mark == first.end
    return second.paragraph == first.paragraph + 1 and second.open_mark == _first_char(
        texts, second
    )


def _first_char(texts: Sequence[str], span: Span) -> int:
    text = texts[span.paragraph]
    return len(text) - len(text.lstrip())


def group_spans(spans: Sequence[Span], texts: Sequence[str]) -> list[list[Span]]:
    """Spans joined into quotes: broken-off spans with their continuations."""
    groups: list[list[Span]] = []
    for span in spans:
        if groups and _continues(groups[-1][-1], span, texts):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def stretch(
    group: Sequence[Span], texts: Sequence[str], previous_end: int, next_open: int
) -> Stretch:
    """A grouped quote with the rest of its sentence: the lead before it and the tail after it."""
    first, last = group[0], group[-1]
    head, foot = texts[first.paragraph], texts[last.paragraph]
    start = _sentence_start(head, first.open_mark, previous_end)
    tail_from = last.close_mark + 1 if last.close_mark is not None else last.end
    end = _sentence_end(foot, tail_from, max(tail_from, next_open))
    if _ends_sentence(foot, last, tail_from):
        end = tail_from
    return Stretch(
        spans=tuple(group),
        lead=head[start : first.open_mark],
        tail=foot[tail_from:end],
        between=(),
        region=(first.paragraph, start, last.paragraph, end),
    )


def _ends_sentence(text: str, last: Span, tail_from: int) -> bool:
    """Whether a closed quote ends its sentence: `... end." The next` (a capital follows)."""
    inside = text[last.start : last.end].rstrip()
    after = text[tail_from:].lstrip()
    ends = last.close_mark is not None and inside[-1:] in ".!?…" and after[:1].isupper()
    return ends and not (inside[-1:] in "!?" and _attributes(after))


def _attributes(after: str) -> bool:
    """Whether the words after a question or exclamation attribute it: `"Who knows?" Ada Brook
    asked.` (`"Who knows?" He said ...` starts a new sentence)."""
    words = re.match(r"[^.,;:!?\"“”]*", _TITLE_STOP.sub(r"\1", after[:60]))
    named = words is not None and words.group().split()[:1] not in (["He"], ["She"], ["They"])
    return named and words is not None and any(w in SPEECH_VERBS for w in words.group().split()[:6])


def join_stretches(first: Stretch, second: Stretch, between: str) -> Stretch:
    """Two stretches split by an attribution (`"We are ready," he said, "to go."`) as one."""
    return Stretch(
        spans=first.spans + second.spans,
        lead=first.lead,
        tail=second.tail,
        between=(*first.between, between, *second.between),
        region=(*first.region[:2], *second.region[2:]),
    )


def words_in(text: str) -> list[str]:
    """Lower-cased word tokens, for lengths and overlaps."""
    return re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*", text.lower())


@lru_cache(maxsize=512)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the sentences of `text`, split where `_BOUNDARY` finds an end."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        bounds.append((start, match.start() + 1))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return tuple(bounds)

"""Sentence splitting: Bling Fire's boundaries, kept out of quotes and titles; sumy's tokenizer.

Bling Fire (a compiled splitter whose model ships in its wheel) finds the candidate ends; a
candidate is dropped inside a quoted speech or brackets (`held`) and after a title such as `Dr.`.
Bling Fire's wheel carries its library for x86-64 only; elsewhere (an ARM server or laptop) the
candidate ends come from pysbd, a pure-Python splitter, and the same repairs apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise
from typing import Any

try:
    import blingfire
except (ImportError, OSError):  # no Bling Fire library for this processor
    blingfire = None

from bot.analyse.text.held import held_spans, inside
from bot.stems import words as words

_QUOTE_MARKS = "\"'”’"
# Quote marks followed by a space (or nothing) close the sentence before them.
_LEADING_CLOSER = re.compile(r"^([\"'”’]+)(?:\s+|$)")
_LAST_WORD = re.compile(r"(?<![\w.])([A-Za-z]+)\.$")
# A lower-case word, its full stop, a lower-case word: an end Bling Fire leaves (`next year. and`).
_LOWER_STOP = re.compile(r"(?<![\w.'’-])([a-z]{2,})\.(?=\s+[a-z])")
# Initials (`J.P.`, `W.`) and a quoted nickname between them and the surname: one name
# (`J.P. "The Big Bopper" Richardson`), not a sentence end before a quotation.
# A full stop after a word or a figure, then a number opening the next sentence: an end Bling
# Fire leaves (`It rained. 40% of homes flooded.`, `profit rose 5%. 300 jobs will go.`).
_NUMBER_NEXT = re.compile(r"(?<![\w.'’-])([a-z]{2,}|\d[\d,.]*(?:%|m|bn|k)?)\.(?=\s+\d)")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_NICKNAME = re.compile(r"\s*[\"\u201c][A-Z][^\"\u201d.!?,]{0,30}[\"\u201d]\s+[A-Z]")
# `v.` or `vs.` between two parties' names: a court case (`Roe v. Wade`) or a match, no end.
_VERSUS = re.compile(r"\s(?:v|vs)\.$")
# Lower-case abbreviations that such a full stop may belong to.
_LOWER_ABBREVIATIONS = frozenset(
    ("al", "approx", "cf", "co", "dept", "eg", "esp", "est", "etc", "ft", "govt", "ie", "incl",
     "lb", "lbs", "max", "min", "mins", "no", "nos", "oz", "pp", "vol", "vs", "ca", "pop", "avg",
     "sec", "art", "ref", "fig", "nr", "tel", "ch", "para", "pt", "yr", "yrs", "wk", "hr", "hrs")
)  # fmt: skip
# Titles written before a name: their full stop never ends a sentence (`Gov. Bush`, `Lt. Col.`).
_TITLES = frozenset(
    ("adm", "attys", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "gen", "gov", "insp", "lt",
     "maj", "messrs", "mr", "mrs", "ms", "mt", "prof", "rep", "reps", "rev", "sen", "sens", "sgt",
     "st", "supt")
)  # fmt: skip


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, stripped, in order."""
    text = paragraph.strip()
    if not text:
        return ()
    spans = held_spans(text)
    cuts = [c for c in _candidate_ends(text) if _may_end(text, c, spans)]
    pieces = (text[start:end].strip() for start, end in pairwise((0, *cuts, len(text))))
    return _attach_closers(pieces)


def bling_fire_ends(text: str) -> set[int]:
    """Where Bling Fire ends the sentences of `text`."""
    _, offsets = blingfire.text_to_sentences_and_offsets(text)
    return {end for _, end in offsets}


def pysbd_ends(text: str) -> set[int]:
    """Where pysbd ends the sentences of `text` (trailing spaces left out, as Bling Fire does)."""
    return {span.start + len(span.sent.rstrip()) for span in _pysbd().segment(text)}


@cache
def _pysbd() -> Any:
    """pysbd's English splitter, made (and imported) only where Bling Fire cannot run."""
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


model_ends = bling_fire_ends if blingfire is not None else pysbd_ends


def _candidate_ends(text: str) -> list[int]:
    """Offsets where the model (or a line break) ends a sentence, the text's own end left out."""
    ends = model_ends(text) | {m.start() for m in re.finditer("\n", text)}
    for stop in (_LOWER_STOP, _NUMBER_NEXT):
        ends |= {m.end() for m in stop.finditer(text) if m[1] not in _LOWER_ABBREVIATIONS}
    return sorted(end for end in ends if 0 < end < len(text))


def _may_end(text: str, cut: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a sentence may end at `cut`: at a line break, or outside held stretches, after no
    title, not between a quote and a lower-case word (`"Why?" he asked.` is one sentence), not
    between initials and a quoted nickname, and not after the `v.` of `Roe v. Wade`."""
    if text[cut] == "\n":
        return True
    attributed = text[cut - 1] in _QUOTE_MARKS and text[cut : cut + 3].lstrip()[:1].islower()
    named = _INITIALS.search(text, max(0, cut - 8), cut) and _NICKNAME.match(text, cut)
    next_capital = text[cut : cut + 3].lstrip()[:1].isupper()
    versus = _VERSUS.search(text, max(0, cut - 4), cut) and next_capital
    return not (attributed or named or versus or inside(text, cut, spans) or _title(text, cut))


def _title(text: str, cut: int) -> bool:
    """Whether the text before `cut` ends with a title's full stop (`... said Dr.`)."""
    found = _LAST_WORD.search(text, max(0, cut - 12), cut)
    return found is not None and found.group(1).lower() in _TITLES


def _attach_closers(pieces: Iterable[str]) -> tuple[str, ...]:
    """Non-empty pieces, a leading closing quote moved back to the sentence it closes."""
    sentences: list[str] = []
    for piece in pieces:
        closer = _LEADING_CLOSER.match(piece) if sentences else None
        if closer:
            sentences[-1] += closer.group(1)
            piece = piece[closer.end() :]
        if piece:
            sentences.append(piece)
    return tuple(sentences)


class SentenceTokenizer:
    """Sentence/word splitter with the only two methods sumy's parsers call."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)

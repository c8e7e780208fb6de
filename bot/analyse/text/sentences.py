"""Sentence splitting with pysbd, and a tokenizer for sumy (NLTK data cannot be downloaded)."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

# Quote marks followed by a space (or nothing) close the sentence before them.
_LEADING_CLOSER = re.compile(r"^([\"'”’]+)(?:\s+|$)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the text byte-for-byte, so sentence text can be found again in the article.
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, stripped, in order."""
    text = paragraph.strip()
    if not text:
        return ()
    sentences: list[str] = []
    for piece in (s.strip() for s in _segmenter().segment(text)):
        # pysbd hands a closing quote to the next sentence (`said.`, `" Then`) or alone (`"`).
        closer = _LEADING_CLOSER.match(piece) if sentences else None
        if closer:
            sentences[-1] += closer.group(1)
            piece = piece[closer.end() :]
        if piece:
            sentences.append(piece)
    return tuple(sentences)


def words(text: str) -> tuple[str, ...]:
    """The word tokens of `text` (letters and digits; inner apostrophes kept)."""
    return tuple(_WORD.findall(text))


class PysbdTokenizer:
    """Sentence/word splitter with the only two methods sumy's parsers call."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)

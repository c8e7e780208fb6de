"""Sentence splitting: pysbd with the repairs real news text needs."""

from __future__ import annotations

import pytest

from bot.analyse.text.sentences import PysbdTokenizer, split_sentences, words


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mr. Smith earned $2.3m in the U.S. last year. Then he left.",
         ("Mr. Smith earned $2.3m in the U.S. last year.", "Then he left.")),
        ('He left, it said." Then more.', ('He left, it said."', "Then more.")),
        ("   ", ()),
        ("One sentence without a stop", ("One sentence without a stop",)),
    ],
)  # fmt: skip
def test_sentences_split_real_news_text(paragraph: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(paragraph) == expected


def test_sentences_words_keep_inner_apostrophes() -> None:
    assert words("Russia’s exports, don't 2.3 times!") == (
        "Russia’s",
        "exports",
        "don't",
        "2",
        "3",
        "times",
    )


def test_sentences_tokenizer_serves_sumy() -> None:
    tokenizer = PysbdTokenizer()
    assert tokenizer.to_sentences("It rose. It fell.") == ("It rose.", "It fell.")
    assert tokenizer.to_words("It rose.") == ("It", "rose")

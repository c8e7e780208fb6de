"""Our own sentences labelled in NewsQuant's schema: tuning data for values and units beside
NewsQuant's tuned splits, so that its held-out split is not the only text in its style.

`tests/data/newsquant_style.jsonl` holds, per sentence, where it is in its article (BBC or
CNN/DailyMail dev, under ../shared/data) and its quantities in NewsQuant's field layout; the
sentence itself is read from the article, never stored (a checksum says it is still the same).
Each batch was labelled by reading its sentences and NewsQuant's first 490 sentences only, and
scored once before any rule was tuned on it (its row at that moment is in `figures.py`):
- `first`: 160 sentences of 90 articles outside every figures gold, 140 picked at random among
  sentences with a number and 20 among the rest;
- `second` and `third`: 120 sentences each, of other articles, picked at random among sentences
  with two numbers or more (NewsQuant's held-out sentences hold 1.9 quantities on average).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from bot.analyse.figures.extraction import Found
from tests.bench.figure_scoring import (
    Item,
    Score,
    match,
    newsquant_found,
    newsquant_gold,
    newsquant_items,
    resolve,
    same_newsquant_unit,
    table,
)

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "newsquant_style.jsonl"
BATCHES = {
    "first": "first 160, BBC and CNN",
    "second": "second 120, two numbers or more",
    "third": "third 119, two numbers or more",
}


@cache
def article_text(path: str) -> str:
    """The article's text with its whitespace collapsed (a BBC article without its title line),
    the text the offsets of `SENTENCES` count in; read once per article, whose sentences are
    often labelled two at a time."""
    text = resolve(path).read_text(encoding="utf8")
    if not path.startswith("cnndm/"):
        text = text.split("\n", 1)[1]
    return " ".join(text.split())


def sentence_of(row: dict[str, Any]) -> str:
    """The labelled sentence, read back from its article and checked against its checksum."""
    text = article_text(row["path"])[row["start"] : row["end"]]
    if hashlib.sha1(text.encode("utf8")).hexdigest()[:12] != row["sha1"]:
        raise SystemExit(f"{row['path']}: the labelled sentence is no longer at {row['start']}")
    return text


def bench_own_sentences(errors: bool) -> None:
    """The own NewsQuant-style sentences, scored as NewsQuant is; `errors` prints the sentences
    whose values or units do not all match."""
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf8").splitlines()]
    scores = {batch: Score() for batch in BATCHES}
    for row in rows:
        text = sentence_of(row)
        found = newsquant_found(text)
        gold = newsquant_gold(row)
        ours = newsquant_items(found)
        hits = match(gold, ours, same_newsquant_unit)
        if errors and hits.unit < max(len(gold), len(ours)):
            show_unit_errors(row["path"], text, gold, list(zip(ours, found, strict=True)))
        scores[row["batch"]].add(hits)
    print(f"\nOwn sentences in NewsQuant's schema ({len(rows)}, tests/data/newsquant_style.jsonl)")
    table((name, scores[batch]) for batch, name in BATCHES.items() if scores[batch].gold)


def show_unit_errors(
    path: str, text: str, gold: Sequence[Item], ours: Sequence[tuple[Item, Found]]
) -> None:
    print(f"\n[{path}] {text}")
    for item in gold:
        print(f"    gold: {item.value} {item.unit!r}")
    for item, found in ours:
        print(f"    ours: {item.value} {item.unit!r} ({found.text!r})")

"""Our own sentences labelled in NewsQuant's schema: tuning data for values and units beside
NewsQuant's tuned splits, so that its held-out split is not the only text in its style.

`tests/data/newsquant_style.jsonl` holds, per sentence, where it is in its article (BBC or
CNN/DailyMail dev, under ../shared/data) and its quantities in NewsQuant's field layout; the
sentence itself is read from the article, never stored (a checksum says it is still the same).
The 160 sentences (90 articles outside every figures gold, 140 picked at random among sentences
with a number and 20 among the rest) were labelled by reading them and NewsQuant's first 490
sentences only, before any rule was run on them or tuned on them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.bench.figure_scoring import (
    DATA,
    Item,
    Score,
    match,
    newsquant_found,
    newsquant_gold,
    newsquant_items,
    table,
)

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "newsquant_style.jsonl"


def article_text(path: str) -> str:
    """The article's text with its whitespace collapsed (a BBC article without its title line),
    the text the offsets of `SENTENCES` count in."""
    if path.startswith("cnndm/"):
        text = (DATA / "cnndm-dev" / "articles" / path).read_text(encoding="utf8")
    else:
        lines = (DATA / "bbc-news-summary-full" / "articles" / path).read_text(encoding="utf8")
        text = lines.split("\n", 1)[1]
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
    score = Score()
    for row in rows:
        text = sentence_of(row)
        found = newsquant_found(text)
        gold = newsquant_gold({"text": text, "quantities": row["quantities"]})
        ours = newsquant_items(found)
        hits = match(gold, ours, lambda a, b: a == b.lower())
        if errors and hits.unit < max(len(gold), len(ours)):
            show_unit_errors(row["path"], text, gold, ours)
        score.add(hits)
    print(f"\nOwn sentences in NewsQuant's schema ({len(rows)}, tests/data/newsquant_style.jsonl)")
    table([("BBC and CNN, labelled first", score)])


def show_unit_errors(path: str, text: str, gold: Sequence[Item], ours: Sequence[Item]) -> None:
    print(f"\n[{path}] {text}")
    for label, items in (("gold", gold), ("ours", ours)):
        for item in items:
            print(f"    {label}: {item.value} {item.unit!r}")

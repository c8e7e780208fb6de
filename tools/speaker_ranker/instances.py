"""Training instances: every candidate the rules see for each found gold quote, labelled.

Each article is run through `extract_quotes` with the ordered rules choosing (so the features
are those the rules see), and every candidate of every quote is recorded. A found gold quote
(one predicted quote covers >= 80% of its quoted words in order) labels the candidates whose
name agrees with its speaker's.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.analyse.quotes.candidates import Candidate
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.ranker import Choice
from bot.models import Article
from bot.parse import make_article, read_file
from tests.bench import paths, quote_gold
from tools.speaker_ranker.corrections import corrected
from tools.speaker_ranker.matching import common_length, gold_speakers, names_agree, words

DATA = paths.DATA / "polnear"
FOUND_AT = 0.8
SCORED_KINDS = ("direct", "fragment")

Call = tuple[list[tuple[str, dict[str, float]]], int]  # one quote's candidates, the rules' pick


@dataclass(frozen=True, slots=True)
class Instance:
    """One found gold quote: its article, its candidates' features and which are right."""

    article: str
    features: tuple[dict[str, float], ...]
    right: tuple[bool, ...]
    default: int  # index of the rules' own choice, -1 for none


class Recorder:
    """Lets the rules choose and keeps every call's candidates, in order."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        rows = [(c.person.name, dict(c.features)) for c in candidates]
        at = next((i for i, c in enumerate(candidates) if c is default), -1)
        self.calls.append((rows, at))
        return default


def instances_of(article: Article, golds: Sequence[dict[str, Any]]) -> list[Instance]:
    """The training instances of one article: each scorable gold quote that a predicted quote
    finds, with that quote's candidates labelled against the gold speaker."""
    recorder = Recorder()
    quotes = extract_quotes(article, chooser=recorder)
    calls = iter(recorder.calls)
    recorded = [(q, next(calls)) for q in quotes if q.kind != "indirect"]
    scored = [(words(q.text), call) for q, call in recorded if q.kind in SCORED_KINDS]
    found: list[Instance] = []
    for gold in golds:
        names, wanted = gold_speakers(gold), words(gold["quoted"])
        call = _best_cover(wanted, scored) if names and wanted else None
        if call is not None:
            rows, default = call
            right = tuple(any(names_agree(n, name) for n in names) for name, _f in rows)
            found.append(Instance(article.id, tuple(f for _n, f in rows), right, default))
    return found


def _best_cover(wanted: list[str], scored: Sequence[tuple[list[str], Any]]) -> Call | None:
    best, best_key = None, (0.0, 0.0)
    for tokens, call in scored:
        length = common_length(wanted, tokens)
        key = (length / len(wanted), length / max(1, len(tokens)))
        if length and key > best_key:
            best, best_key = call, key
    return best if best_key[0] >= FOUND_AT else None


def collect(data: Path, split: str) -> list[Instance]:
    golds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    lines = (data / f"{split}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    for row in corrected([json.loads(line) for line in lines], data, split):
        golds[row["article"]].append(row)
    records = sorted(read_file(data / f"{split}.jsonl").records, key=lambda r: r.id)
    found: list[Instance] = []
    for record in records:
        found += instances_of(make_article(record), golds.get(record.id, []))
    return found


def held_out(article: str) -> bool:
    """The fixed fifth of the articles kept to validate on."""
    return zlib.crc32(article.encode("utf-8")) % 5 == 0


def own_gold() -> list[Instance]:
    """Instances from the project's own hand-labelled gold (tests/data/quotes_gold.jsonl),
    labelled by its benchmark's speaker match."""
    found: list[Instance] = []
    gold = quote_gold.load_gold("all")
    for name in sorted(gold):
        article, golds = quote_gold.load_article(name), gold[name]
        recorder = Recorder()
        quotes = extract_quotes(article, chooser=recorder)
        calls = iter(recorder.calls)
        recorded = [(q, next(calls)) for q in quotes if q.kind != "indirect"]
        for item in (g for g in golds if g.kind in SCORED_KINDS):
            covers = [
                (quote_gold.cover(item.text, q.text), i) for i, (q, _c) in enumerate(recorded)
            ]
            if not covers or max(covers)[0] < quote_gold.COVER:
                continue
            rows, default = recorded[max(covers)[1]][1]
            right = tuple(quote_gold.same_speaker(item, n, golds, article.text) for n, _f in rows)
            found.append(Instance(name, tuple(f for _n, f in rows), right, default))
    return found

"""The hand-written quote gold: its splits, the articles it labels, and how a predicted quote
and its speaker are matched to it (also the speaker ranker's training labels)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from bot.analyse.quotes.marks import words_in
from bot.models import Article, Quote
from bot.parse import Record, make_article, read_file
from tests.bench.paths import DATA, ROOT

GOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
SPLITS = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "politics")
HELD_OUT = ("cnndm",)  # scored only when named, never in `all`, never tuned or trained on
COVER = 0.8
_NAME = re.compile(r"\b[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*")
_NOT_NAMES = {"The", "But", "And", "He", "She", "It", "In", "I", "We", "A", "This", "They"}


@dataclass(frozen=True)
class Gold:
    article: str
    text: str
    speaker: str
    kind: str
    aliases: tuple[str, ...]


def load_article(name: str) -> Article:
    """A seed by stem, a CNN story (`cnndm/<id>`, one line, no title) or a BBC article
    (`sport/012`) with its title line as the headline."""
    if name.startswith("seeds/"):
        return make_article(read_file(ROOT / f"{name}.txt").records[0])
    if name.startswith("cnndm/"):
        path = DATA / "cnndm-dev" / "articles" / f"{name}.txt"
        text = path.read_text(encoding="utf-8").partition("\n")[0]
        return make_article(Record(name.replace("/", "-"), date(2015, 1, 1), text, str(path)))
    path = DATA / "bbc-news-summary-full" / "articles" / f"{name}.txt"
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    record = Record(
        name.replace("/", "-"), date(2005, 1, 1), body.strip(), str(path), title.strip()
    )
    return make_article(record)


def load_gold(split: str) -> dict[str, list[Gold]]:
    """The gold quotes of one split by article; `all` leaves out the held-out splits."""
    gold: dict[str, list[Gold]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if split != row["split"] and (split != "all" or row["split"] in HELD_OUT):
            continue
        gold[row["article"]] = [
            Gold(row["article"], q["text"], q["speaker"], q["kind"], tuple(q.get("aliases", ())))
            for q in row["quotes"]
        ]
    return gold


def cover(inner: str, outer: str) -> float:
    """Share of `inner`'s words (as a multiset) that `outer` holds."""
    a, b = Counter(words_in(inner)), Counter(words_in(outer))
    total = sum(a.values())
    return sum((a & b).values()) / total if total else 0.0


def best(gold: Gold, predicted: list[Quote]) -> Quote | None:
    scored = [(cover(gold.text, q.text), q) for q in predicted]
    scored = [s for s in scored if s[0] >= COVER]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def same_speaker(gold: Gold, speaker: str | None, golds: list[Gold], text: str) -> bool:
    if not speaker:
        return False
    names = [gold.speaker, *gold.aliases]
    if speaker.casefold() in {n.casefold() for n in names}:
        return True
    last = speaker.split()[-1].casefold()
    if last != gold.speaker.split()[-1].casefold():
        return False
    others = {g.speaker for g in golds if g.speaker.split()[-1].casefold() == last}
    firsts = {m.split()[0] for m in _NAME.findall(text) if m.split()[-1].casefold() == last}
    return len(others) == 1 and len(firsts - {last.capitalize()} - {speaker.split()[0]}) <= 1


def correct(quote: Quote, wanted: list[Gold]) -> bool:
    """Whether one gold quote, or the gold quotes of one speaker together (an interrupted quote
    `"A," he said. "B."` is one prediction), cover the predicted quote."""
    if any(cover(quote.text, g.text) >= COVER for g in wanted):
        return True
    speakers = {g.speaker for g in wanted}
    joined = (" ".join(g.text for g in wanted if g.speaker == s) for s in speakers)
    return any(cover(quote.text, text) >= COVER for text in joined)


def nearest_name(gold: Gold, text: str) -> str | None:
    """The baseline: the capitalised name closest to the quote in the article text."""
    flat = re.sub(r"\s+", " ", text)
    head, tail = gold.text[:30], gold.text[-30:]
    start = flat.find(head)
    if start < 0:
        return None
    end = max(start + len(head), flat.find(tail, start) + len(tail))
    names = [m for m in _NAME.finditer(flat) if m.group() not in _NOT_NAMES]
    names = [m for m in names if m.end() <= start or m.start() >= end]
    if not names:
        return None
    return min(names, key=lambda m: min(abs(m.end() - start), abs(m.start() - end))).group()

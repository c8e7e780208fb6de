"""How the figures benchmark scores: gold and our figures matched one to one, by value, unit and
measure; the data it reads and the table rows each own gold article counts in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.analyse.figures.extraction import Found, figures_in_sentence
from bot.analyse.figures.lexicon import word_set
from bot.analyse.text.sentences import split_sentences
from tests.bench.newsquant_units import lemma_phrase, newsquant_unit, singular
from tests.bench.paths import DATA, ROOT

NEWSQUANT = DATA / "figures-newsquant" / "formatted_test_set" / "NewsQuant.json"
GOLD = ROOT / "tests" / "data" / "figures_gold.jsonl"


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    gold: int = 0
    predicted: int = 0
    value: int = 0
    unit: int = 0
    measure: int = 0

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "value", "unit", "measure"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, name: str) -> str:
        p, r, f = prf(self.value, self.predicted, self.gold)
        return (
            f"| {name} | {self.gold} | {self.predicted} | {p:.3f} | {r:.3f} | {f:.3f} | "
            f"{prf(self.unit, self.predicted, self.gold)[2]:.3f} | "
            f"{prf(self.measure, self.predicted, self.gold)[2]:.3f} |"
        )


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Value = tuple[float, float | None]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b)) + 1e-9


def values_match(gold: Value, ours: Value) -> bool:
    if (gold[1] is None) != (ours[1] is None):
        return False
    upper_ok = gold[1] is None or ours[1] is None or close(gold[1], ours[1])
    return close(gold[0], ours[0]) and upper_ok


@dataclass(frozen=True)
class Item:
    """One quantity to match: value (and range top), unit and measure words."""

    value: Value
    unit: str
    words: frozenset[str]


def words_of(text: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[,\s]+", text.lower()) if w and w != "-")


def shares_word(gold: frozenset[str], ours: frozenset[str]) -> bool:
    """NewsQuant's "partial" concept match: one word in common, or no concept on either side (the
    authors' scorer, `evaluate_models.py`, compares its `-` with their taggers' `-`)."""
    return bool(gold & ours) or not (gold or ours)


def match(
    gold: Sequence[Item],
    ours: Sequence[Item],
    same_unit: Callable[[str, str], bool],
    same_measure: Callable[[frozenset[str], frozenset[str]], bool] = shares_word,
) -> Score:
    """One-to-one matches: value+unit pairs first, then value-only pairs."""
    score = Score(gold=len(gold), predicted=len(ours))
    free = list(range(len(ours)))
    pending: list[Item] = []
    for g in gold:
        hit = next((i for i in free if values_match(g.value, ours[i].value)
                    and same_unit(g.unit, ours[i].unit)), None)  # fmt: skip
        if hit is None:
            pending.append(g)
            continue
        free.remove(hit)
        score.value, score.unit = score.value + 1, score.unit + 1
        score.measure += same_measure(g.words, ours[hit].words)
    for g in pending:
        hit = next((i for i in free if values_match(g.value, ours[i].value)), None)
        if hit is not None:
            free.remove(hit)
            score.value += 1
            score.measure += same_measure(g.words, ours[hit].words)
    return score


def gold_value(text: str) -> Value:
    """NewsQuant's value string: "5", "-5.0", or a range "12-120"."""
    text = text.strip()
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return float(low), float(high)
    return float(text), None


def newsquant_found(text: str) -> list[Found]:
    """Our figures of one NewsQuant sentence, in its schema: dates and years are never counted
    (nor a year that is the fact of its clause, `will join in 2024`),
    nor is a multiplying word (`doubled`, `halved`, `twice`, `double the size`): NewsQuant's
    annotators left every one of them out (the five of sentences 0-489), though a reader of a
    briefing wants them; a written multiple (`10 times`, `sixfold`) is counted."""
    return [
        f
        for f in figures_in_sentence(text)
        if f.kind not in ("year", "year-fact", "multiplier")
        and not _MULTIPLYING_WORD.search(f.text)
    ]


_MULTIPLYING_WORD = re.compile(r"\b(?:double|twice|triple|treble|quadruple)\b", re.IGNORECASE)


def newsquant_items(found: Sequence[Found]) -> list[Item]:
    items = []
    for f in found:
        unit = newsquant_unit(f)
        items.append(Item((f.value, f.upper), unit, newsquant_concept(f.measure, unit)))
    return items


def newsquant_concept(measure: str, unit: str) -> frozenset[str]:
    """Our measure as a CQE concept. CQE keeps a counted noun in the unit (`two sides`: unit
    `side`, concept `-`), so a measure that only restates its unit names no concept of its own."""
    words = words_of(measure)
    unit_words = {singular(w) for w in words_of(unit)}
    return frozenset() if all(singular(w) in unit_words for w in words) else words


def same_newsquant_unit(gold: str, ours: str) -> bool:
    """Units agree on NewsQuant's data: the gold's is read lower-cased, ours is lower-cased here."""
    return gold == ours.lower()


def newsquant_gold(sentence: dict[str, Any]) -> list[Item]:
    return [
        Item(gold_value(q["value"]), q["normalized_unit"].lower(), words_of(q["referred_concepts"]))
        for q in sentence["quantities"]
    ]


def table(rows: Iterable[tuple[str, Score]], last: str = "value+concept F1") -> None:
    print(f"| split | gold | predicted | value P | value R | value F1 | value+unit F1 | {last} |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, score in rows:
        print(score.row(name))


def article_paragraphs(path: Path) -> list[list[str]]:
    """Body sentences by paragraph: a BBC article (title line dropped), a seed (date line
    dropped) or a CNN story (one line, no title)."""
    text = path.read_text(encoding="utf8")
    lines = text.splitlines()
    if path.parent.name == "seeds":
        lines[0] = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", "", lines[0])
    elif path.parent.name != "cnndm":
        lines = lines[1:]
    paragraphs = [p for p in "\n".join(lines).split("\n\n") if p.strip()]
    return [split_sentences(" ".join(p.split())) for p in paragraphs]


def resolve(path: str) -> Path:
    if path.startswith("seeds/"):
        return ROOT / path
    if path.startswith("cnndm/"):
        return DATA / "cnndm-dev" / "articles" / path
    return DATA / "bbc-news-summary-full" / "articles" / path


def same_own_unit(gold: str, ours: str) -> bool:
    """Units agree; a counted noun needs only the same head noun ("emotional needs", "needs")."""
    if gold == ours:
        return True
    heads = [lemma_phrase(u).rsplit(" ", 1)[-1] for u in (gold, ours)]
    return bool(gold and ours) and heads[0] == heads[1]


_FUNCTION = word_set(
    "the a an of in on at to and or for by with from than its their his her our this that these "
    "those as into over per"
)


def content_words(text: str) -> frozenset[str]:
    """A measure's content words: lower case, no possessive, no function word, singular."""
    found = re.findall(r"[\w.\-\u2019']+", text.lower())
    stripped = (re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", w).strip(".") for w in found)
    return frozenset(singular(w) for w in stripped if w and w not in _FUNCTION)


def same_measure_fuzzy(gold: frozenset[str], ours: frozenset[str]) -> bool:
    """At least half of the gold's content words are in ours, and half of ours in the gold's."""
    shared = len(gold & ours)
    return bool(gold and ours) and 2 * shared >= len(gold) and 2 * shared >= len(ours)


# The batches labelled first, each scored in a row of its own: their row in the table.
_BATCH_PARTS = {
    "second": "second 10 (labelled first)", "third": "third 10 (labelled first)",
    "fourth": "fourth 8 (labelled first)", "fifth": "fifth 10, CNN (labelled first)",
    "sixth": "sixth 10, CNN (labelled first)", "seventh": "seventh 10, CNN (labelled first)",
    "eighth": "eighth 16, CNN (labelled first)",
}  # fmt: skip
OWN_PARTS = (
    "seeds", "business 480+", "tech", "all 18 (tuned)", "fresh 5 (never tuned)",
    "CNN 16 (labelled first, never tuned)", *_BATCH_PARTS.values(),
)  # fmt: skip


def own_part(row: dict[str, Any]) -> list[str]:
    """The table rows one gold article counts in."""
    if row.get("set") == "cnndm":
        return [OWN_PARTS[5]]
    if row.get("batch") in _BATCH_PARTS:
        return [_BATCH_PARTS[row["batch"]]]
    if row.get("fresh"):
        return [OWN_PARTS[4]]
    folder = "seeds" if row["path"].startswith("seeds/") else row["path"].split("/")[0]
    return [OWN_PARTS[1] if folder == "business" else folder, OWN_PARTS[3]]

"""Figures benchmark: value P/R/F1, value+unit F1 and measure F1 on NewsQuant and our own gold.

Run: `python tests/bench/figures.py [--dev] [--errors | --unit-errors] [--no-cnndm]` (data from
../shared/data, or $BRIEFING_DATA); `--dev` scores NewsQuant without its held-out split and the
own gold without its CNN articles and its unread batches, for tuning; `--no-cnndm` leaves the CNN
articles out of a full run; `--errors` prints the tuning sentences (never the held-out ones) whose
measures do not all match, and the tuned own-gold articles' measures (never the `fresh`, CNN or
unread ones); `--unit-errors` prints the tuning sentences (NewsQuant's and our own sentences in
its schema, `figure_sentences.py`) whose value+unit pairs do not all match.
NewsQuant (the CQE paper's benchmark) is scored the way its authors score it: per sentence,
one-to-one value matches (here within 1%; ranges must match at both ends), value+unit on their
normalised unit names (ours are mapped by `newsquant_unit`), and "value+concept (partial)": the
value matches and the measure shares a word with the gold concept (or, as in the authors' scorer,
neither has one: their `-` against a figure of ours with no measure). CQE's schema keeps a counted
noun in the unit (`two sides`: unit `side`, concept `-`), while our measure of a bare count repeats
the counted noun; so a measure whose words are all its own unit's is passed as `-` (it names no
concept beyond the unit).

How the rules were written, round by round, and what each split has and has not been read
for: `figures_rounds.md` beside this script.

Columns: NewsQuant's last column is the authors' "value+concept (partial)": the value matches and
our measure shares a word with `referred_concepts`. On our own gold the last column is measure F1
with a fuzzy match: both phrases are reduced to content words (lower case, possessive `'s` and
function words dropped, plurals made singular), and they match when at least half of the gold's
content words are in ours and at least half of ours are in the gold's. So `Wipro profit` matches
`Wipro quarterly profit` (2 of 3, 2 of 2) but `profit` alone does not match `Acme Foods
fourth-quarter pre-tax profit`, and `airport handles 5,000 arrivals and departures a week` does
not match `Changi Airport arrivals` either.

Every measure is also checked for what a reader must never see (`figure_flaw`: a pronoun, a
subordinator, a conjunction or a verb at its start); each flawed measure is printed and the run
exits with status 1.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.analyse.figures.extraction import Found, figures_in_article  # noqa: E402
from bot.analyse.figures.readable import figure_flaw  # noqa: E402
from tests.bench.figure_scoring import (  # noqa: E402
    GOLD,
    NEWSQUANT,
    OWN_PARTS,
    Item,
    Score,
    article_paragraphs,
    content_words,
    gold_value,
    match,
    newsquant_found,
    newsquant_gold,
    newsquant_items,
    own_part,
    resolve,
    same_measure_fuzzy,
    same_newsquant_unit,
    same_own_unit,
    table,
)
from tests.bench.figure_sentences import SENTENCES, bench_own_sentences  # noqa: E402

# Rules were written reading sentences 0-399; 400-489 were read only after a first measurement of
# 400-589; 490-589 have never been read and are the held-out split.
SPLITS = (
    ("tuned (0-399)", 0, 400),
    ("tuned later (400-489)", 400, 490),
    ("held out (490-589)", 490, 590),
)


def bench_newsquant(dev: bool, errors: str, flaws: list[str]) -> None:
    """NewsQuant by split; `dev` leaves out the held-out split (and so the total); `errors`
    ("measure" or "unit") prints the tuning sentences whose measures or units do not all match."""
    data = json.loads(NEWSQUANT.read_text(encoding="utf8"))
    if dev:
        data = data[: SPLITS[-1][1]]
    parts = {name: Score() for name, low, _ in SPLITS if low < len(data)}
    parts["all 590" if not dev else f"all {len(data)}"] = Score()
    started = time.perf_counter()
    for index, sentence in enumerate(data):
        found = newsquant_found(sentence["text"])
        flaws.extend(flawed(f"NewsQuant {index}", found))
        gold, ours = newsquant_gold(sentence), newsquant_items(found)
        score = match(gold, ours, same_newsquant_unit)
        hits = score.unit if errors == "unit" else score.measure
        if errors and index < SPLITS[-1][1] and hits < max(len(gold), len(ours)):
            show_errors(index, sentence["text"], gold, ours)
        parts[next(name for name, low, high in SPLITS if low <= index < high)].add(score)
        parts[list(parts)[-1]].add(score)
    elapsed = time.perf_counter() - started
    print(f"NewsQuant ({len(data)} sentences, {elapsed:.2f}s)")
    table(parts.items())
    print("published: CQE 92.0 value F1 / 85.6 value+unit / 76.1 value+concept (partial); "
          "quantulum3 73.0 / 47.2")  # fmt: skip


def show_errors(index: int, text: str, gold: Sequence[Item], ours: Sequence[Item]) -> None:
    """One tuning sentence whose figures do not all match, gold beside ours (`--errors`)."""
    print(f"\n[{index}] {text}")
    for label, items in (("gold", gold), ("ours", ours)):
        for item in items:
            print(f"    {label}: {item.value} {item.unit!r} {' '.join(sorted(item.words))!r}")


def flawed(where: str, found: Sequence[Found]) -> list[str]:
    """The measures a reader must never see, each with where it was made and why."""
    return [
        f"{where}: {f.text!r} measures {f.measure!r} ({reason})"
        for f in found
        if (reason := figure_flaw(f.measure, str(f.unit)))
    ]


# The CQE authors' published value / value+unit F1 on the Recognizers-Text-derived sets.
UNIT_SETS = {
    "age-model": "CQE 93.3 / 93.3", "currency-model": "CQE 84.2 / 79.6",
    "dimension-model": "CQE 86.5 / 79.2", "temperature-model": "CQE 95.7 / 92.8",
}  # fmt: skip


def bench_unit_sets() -> None:
    """The four small unit sets released with NewsQuant, used while writing unit rules."""
    rows: list[tuple[str, Score]] = []
    for name in UNIT_SETS:
        data = json.loads((NEWSQUANT.parent / f"{name}.json").read_text(encoding="utf8"))
        score = Score()
        for sentence in data:
            gold = [Item(gold_value(str(q["value"])), q["normalized_unit"].lower(), frozenset())
                    for q in sentence["quantities"]]  # fmt: skip
            ours = newsquant_items(newsquant_found(sentence["text"]))
            score.add(match(gold, ours, same_newsquant_unit))
        rows.append((f"{name} ({UNIT_SETS[name]})", score))
    print("\nUnit sets (Recognizers-Text specs re-formatted by the CQE authors; no measures)")
    table(rows, last="(no concepts)")


# Batches whose errors `--errors` does not print yet (a batch is scored once before it is read);
# `--dev` leaves them out, like the CNN 16, so no rule is chosen by their scores.
UNREAD_BATCHES = frozenset({"seventh", "eighth"})


def _kept_out(row: dict[str, Any]) -> bool:
    return row.get("set") == "cnndm" or row.get("batch") in UNREAD_BATCHES


def bench_own_gold(dev: bool, errors: bool, flaws: list[str]) -> None:
    """The own gold by part; `dev` leaves out the CNN articles and the unread batches (scored at
    a round's start and end only)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf8").splitlines() if line]
    if dev:
        rows = [row for row in rows if not _kept_out(row)]
    kept = {part for row in rows for part in own_part(row)}
    parts = {name: Score() for name in OWN_PARTS if name in kept}
    for row in rows:
        found = [f for f in figures_in_article(article_paragraphs(resolve(row["path"])))
                 if not f.minor]  # fmt: skip
        flaws.extend(flawed(row["path"], found))
        ours = [Item((f.value, f.upper), f.unit, content_words(f.measure)) for f in found]
        gold = [Item((g["value"], g.get("upper")), g["unit"], content_words(g["measure"]))
                for g in row["figures"]]  # fmt: skip
        score = match(gold, ours, same_own_unit, same_measure_fuzzy)
        tuning = not _kept_out(row) and not row.get("fresh")
        if errors and tuning and score.measure < len(gold):
            show_own_errors(row, found)
        for part in own_part(row):
            parts[part].add(score)
    print(f"\nOwn gold ({len(rows)} articles, tests/data/figures_gold.jsonl)")
    table(parts.items(), last="measure F1 (fuzzy)")


def show_own_errors(row: dict[str, Any], found: Sequence[Found]) -> None:
    """A tuned gold article's measures beside ours (`--errors`)."""
    print(f"\n{row['path']}")
    for g in row["figures"]:
        print(f"    gold: {g['text']!r} {g['measure']!r}")
    for f in found:
        print(f"    ours: {f.text!r} {f.measure!r}")


def main(argv: Sequence[str]) -> int:
    dev = "--dev" in argv
    errors = "unit" if "--unit-errors" in argv else "measure" if "--errors" in argv else ""
    flaws: list[str] = []
    bench_newsquant(dev, errors, flaws)
    bench_unit_sets()
    if SENTENCES.exists():
        bench_own_sentences(errors == "unit")
    if GOLD.exists():
        bench_own_gold(dev or "--no-cnndm" in argv, errors == "measure", flaws)
    print(f"\nMeasures a reader must never see: {len(flaws)}")
    for line in flaws:
        print(f"  {line}")
    return 1 if flaws else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

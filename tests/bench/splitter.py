"""Sentence splitters on BBC and CNN paragraphs: CPU time, and agreement with pysbd's sentence ends.

    python tests/bench/splitter.py [--bbc N] [--cnn N]

Paragraphs: the blank-line paragraphs of N BBC articles (every category sampled) and N cnndm-dev
articles (one paragraph each, the `(CNN)` dateline removed), from ../shared/data or
$BRIEFING_DATA. Splitters: bare pysbd (the old reference), syntok, bare Bling Fire, and ours
(`split_sentences`: Bling Fire kept out of quoted speech, brackets and titles).

A sentence end is counted in letters and digits from the paragraph's start, so spaces and where a
closing quote mark went do not count; the paragraph's own end is left out. An end is *inside a
quotation* when quoted words stand on both sides of it within one double-quoted stretch (marks
paired by `held.quoted_stretches`: an opening mark runs to its closing mark, or to the next
opening one, as news style reopens each new paragraph of a speech). Agreement = ends both put /
ends either puts.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import blingfire
import pysbd
from syntok import segmenter

from bot.analyse.text.held import quoted_stretches
from bot.analyse.text.sentences import split_sentences
from tests.bench.paths import DATA

_ALNUM = re.compile(r"[^\W_]")
_DATELINE = re.compile(r"^[^\n]{0,80}?\(CNN\)\s*(?:--\s*)?")
_PYSBD = pysbd.Segmenter(language="en", clean=False)
Splitter = Callable[[str], Sequence[str]]


def paragraphs(bbc: int, cnn: int) -> list[str]:
    """The benchmark paragraphs: BBC articles' blank-line paragraphs, then whole CNN articles."""
    paths = sorted((DATA / "bbc-news-summary-full" / "articles").glob("*/*.txt"))
    found: list[str] = []
    for path in paths[:: max(len(paths) // bbc, 1)][:bbc]:
        body = path.read_bytes().decode("utf-8", errors="replace").split("\n", 1)[1]
        found += [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    for path in sorted((DATA / "cnndm-dev" / "articles" / "cnndm").glob("*.txt"))[:cnn]:
        found.append(_DATELINE.sub("", path.read_text(encoding="utf-8").strip(), count=1))
    return found


def bling_fire(text: str) -> list[str]:
    return [text[start:end] for start, end in blingfire.text_to_sentences_and_offsets(text)[1]]


def syntok(text: str) -> list[str]:
    return [
        text[s[0].offset : s[-1].offset + len(s[-1].value)]
        for p in segmenter.analyze(text)
        for s in p
    ]


SPLITTERS: dict[str, Splitter] = {
    "pysbd": _PYSBD.segment,
    "syntok": syntok,
    "blingfire": bling_fire,
    "ours": split_sentences,
}


def ends(sentences: Sequence[str]) -> set[int]:
    """Each sentence end but the last, as a count of letters and digits before it."""
    counts, total = set(), 0
    for sentence in sentences:
        total += sum(c.isalnum() for c in sentence)
        counts.add(total)
    counts.discard(total)
    return counts


def quoted(text: str) -> Callable[[int], bool]:
    """Whether the end after `n` letters and digits of `text` has quoted words on both sides."""
    places = [i for i, c in enumerate(text) if c.isalnum()]
    stretches = list(quoted_stretches(text))

    def check(n: int) -> bool:
        cut = places[n - 1] + 1
        return any(start < cut and _ALNUM.search(text, cut, end) for start, end in stretches)

    return check


def timed(splitter: Splitter, texts: Sequence[str]) -> tuple[list[Sequence[str]], float]:
    """Every text split, and the CPU seconds it took."""
    started = time.process_time()
    result = [splitter(text) for text in texts]
    return result, time.process_time() - started


def tally(
    texts: Sequence[str], reference: list[Sequence[str]], other: list[Sequence[str]]
) -> dict[str, list[int]]:
    """[both, pysbd only, other only] counts of sentence ends, outside and inside quotations."""
    counts = {"outside": [0, 0, 0], "inside": [0, 0, 0]}
    for text, ours, theirs in zip(texts, reference, other, strict=True):
        old, new, inside = ends(ours), ends(theirs), quoted(text)
        for end in old | new:
            row = counts["inside" if inside(end) else "outside"]
            row[0 if end in old and end in new else 1 if end in old else 2] += 1
    return counts


def agreement(row: list[int]) -> str:
    both, old, new = row
    either = both + old + new
    return f"{both / max(either, 1):.3f} ({both}/{either}; pysbd only {old}, this only {new})"


def pysbd_cached_cpu(texts: Sequence[str]) -> float:
    """CPU seconds of pysbd's second pass with Python's regex cache raised past all its patterns.

    pysbd builds its regexes from the text (one per abbreviation found, one per sentence), so
    they overflow the `re` module's 512-entry cache and are compiled again on every call.
    """
    default = re._MAXCACHE  # type: ignore[attr-defined]
    re._MAXCACHE = 1_000_000  # type: ignore[attr-defined]
    try:
        timed(_PYSBD.segment, texts)
        return timed(_PYSBD.segment, texts)[1]
    finally:
        re._MAXCACHE = default  # type: ignore[attr-defined]
        re.purge()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=500, help="BBC articles (default 500)")
    parser.add_argument("--cnn", type=int, default=300, help="cnndm-dev articles (default 300)")
    args = parser.parse_args()
    texts = paragraphs(args.bbc, args.cnn)
    print(f"{len(texts)} paragraphs ({args.bbc} BBC and {args.cnn} CNN articles), "
          f"{sum(map(len, texts)):,} characters")  # fmt: skip
    print("| splitter | CPU s | agreement with pysbd outside quotations | inside quotations |")
    print("| --- | ---: | --- | --- |")
    reference, _ = timed(SPLITTERS["pysbd"], texts)  # warms pysbd's regex cache as a build would
    for name, splitter in SPLITTERS.items():
        result, cpu = timed(splitter, texts)
        counts = tally(texts, reference, result)
        outside, inside = agreement(counts["outside"]), agreement(counts["inside"])
        print(f"| {name} | {cpu:.2f} | {outside} | {inside} |")
    cached = pysbd_cached_cpu(texts)
    print(f"| pysbd, regex cache raised (second pass) | {cached:.2f} | as pysbd | as pysbd |")


if __name__ == "__main__":
    main()

"""Build throughput on the 2,225 BBC articles, beside bare splitting + LexRank on the same texts.

    .venv/bin/python tests/bench/build.py [--jobs N] [--limit N]

Converts `bbc-news-summary-full/articles/<category>/<id>.txt` to a temporary JSON Lines file (id
`<category>/<id>`, title = line 1, a fixed date, text = the rest), builds a fresh store from it,
then times two baselines in the same process: bare pysbd (the splitter the build used before) and
our splitter, each followed by sumy LexRank. Prints wall and CPU time, articles per second, the
build's ratio to each baseline, and peak memory (ru_maxrss of this process and its largest worker).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pysbd  # noqa: E402
from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402

from bot.analyse.text.sentences import SentenceTokenizer, words  # noqa: E402
from bot.build import build  # noqa: E402
from tests.bench.paths import DATA  # noqa: E402

ARTICLES = DATA / "bbc-news-summary-full" / "articles"


def convert(target: Path, limit: int | None) -> dict[str, str]:
    """Write the BBC articles as JSON Lines; return their texts by id."""
    texts = {}
    with target.open("w", encoding="utf-8") as out:
        for path in sorted(ARTICLES.glob("*/*.txt"))[:limit]:
            title, _, text = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
            record = {"id": f"{path.parent.name}/{path.stem}", "date": "2005-01-01",
                      "title": title.strip(), "text": text.strip()}  # fmt: skip
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            texts[record["id"]] = record["text"]
    return texts


def cpu_seconds() -> float:
    """User + system time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


class PysbdTokenizer:
    """Bare pysbd sentences (the build's splitter before Bling Fire) and our words, for sumy."""

    language = "english"

    def __init__(self) -> None:
        self.segmenter = pysbd.Segmenter(language="en", clean=False)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.segmenter.segment(paragraph.strip()) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)


BASELINES = {"pysbd": PysbdTokenizer, "our splitter": SentenceTokenizer}


def baseline(texts: list[str], tokenizer: PysbdTokenizer | SentenceTokenizer) -> None:
    """Bare splitting plus sumy LexRank (3 sentences) over every text."""
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for text in texts:
        for paragraph in text.split("\n\n"):
            tokenizer.to_sentences(paragraph)
        document = PlaintextParser.from_string(text, tokenizer).document
        summarizer(document, 3)


def time_baselines(texts: list[str]) -> dict[str, tuple[float, float]]:
    """(wall s, CPU s) of each baseline over `texts`, by name."""
    times = {}
    for name, tokenizer in BASELINES.items():
        cpu, wall = cpu_seconds(), time.perf_counter()
        baseline(texts, tokenizer())
        times[name] = (time.perf_counter() - wall, cpu_seconds() - cpu)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="build processes (default: cores)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "bbc.jsonl"
        texts = convert(feed, args.limit)
        cpu, wall = cpu_seconds(), time.perf_counter()
        report = build([feed], Path(tmp) / "bench.db", jobs=args.jobs)
        build_wall, build_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        own_mb, child_mb = peak_mb()
        again = time.perf_counter()
        second = build([feed], Path(tmp) / "bench.db", jobs=args.jobs)
        rebuild_wall = time.perf_counter() - again
    # The baseline reads the same texts the build analysed (the data set repeats some articles).
    analysed = [texts[article_id] for article_id in report.added]
    baselines = time_baselines(analysed)
    jobs = args.jobs or os.cpu_count()
    reasons = Counter(" ".join(n.reason.split()[:3]) for n in report.skipped)
    print(f"articles: {len(texts)} read, {report.stored} stored, {len(report.skipped)} skipped "
          f"{dict(reasons)}; jobs: {jobs}")  # fmt: skip
    print("| run | wall s | CPU s | articles/s (wall) |")
    print("| --- | --- | --- | --- |")
    print(f"| build | {build_wall:.1f} | {build_cpu:.1f} | {report.stored / build_wall:.0f} |")
    for name, (base_wall, base_cpu) in baselines.items():
        print(f"| {name} + LexRank (1 process) | {base_wall:.1f} | {base_cpu:.1f} | "
              f"{len(analysed) / base_wall:.0f} |")  # fmt: skip
    print(f"| re-build, unchanged ({second.analysed} analysed) | {rebuild_wall:.2f} | | |")
    print(f"build CPU per stored article: {1000 * build_cpu / max(report.stored, 1):.1f} ms")
    for name, (base_wall, base_cpu) in baselines.items():
        ratio = f"wall {build_wall / base_wall:.2f}x, CPU {build_cpu / base_cpu:.2f}x"
        print(f"ratio build/baseline ({name} + LexRank): {ratio}")
    print(f"peak memory: build process {own_mb:.0f} MB, largest worker {child_mb:.0f} MB")


if __name__ == "__main__":
    main()

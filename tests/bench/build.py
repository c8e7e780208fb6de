"""Build throughput on the 2,225 BBC articles, next to bare pysbd + sumy LexRank on the same texts.

    .venv/bin/python tests/bench/build.py [--jobs N] [--limit N]

Converts `bbc-news-summary-full/articles/<category>/<id>.txt` to a temporary JSON Lines file (id
`<category>/<id>`, title = line 1, a fixed date, text = the rest), builds a fresh store from it,
then times the baseline in the same process. Prints wall and CPU time, articles per second, and
peak memory (ru_maxrss of this process and of the largest worker).
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

from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402

from bot.analyse.text.sentences import PysbdTokenizer, split_sentences  # noqa: E402
from bot.build import build  # noqa: E402

DATA = Path(
    os.environ.get("BRIEFING_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data"
)
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


def baseline(texts: list[str]) -> None:
    """Bare pysbd splitting plus sumy LexRank (3 sentences) over every text."""
    tokenizer = PysbdTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for text in texts:
        for paragraph in text.split("\n\n"):
            split_sentences(paragraph)
        document = PlaintextParser.from_string(text, tokenizer).document
        summarizer(document, 3)


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
    cpu, wall = cpu_seconds(), time.perf_counter()
    baseline(analysed)
    base_wall, base_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    jobs = args.jobs or os.cpu_count()
    reasons = Counter(" ".join(n.reason.split()[:3]) for n in report.skipped)
    print(f"articles: {len(texts)} read, {report.stored} stored, {len(report.skipped)} skipped "
          f"{dict(reasons)}; jobs: {jobs}")  # fmt: skip
    print("| run | wall s | CPU s | articles/s (wall) |")
    print("| --- | --- | --- | --- |")
    print(f"| build | {build_wall:.1f} | {build_cpu:.1f} | {report.stored / build_wall:.0f} |")
    print(f"| pysbd + LexRank (1 process) | {base_wall:.1f} | {base_cpu:.1f} | "
          f"{len(analysed) / base_wall:.0f} |")  # fmt: skip
    print(f"| re-build, unchanged ({second.analysed} analysed) | {rebuild_wall:.2f} | | |")
    ratio = f"wall {build_wall / base_wall:.2f}x, CPU {build_cpu / base_cpu:.2f}x"
    print(f"ratio build/baseline: {ratio}")
    print(f"peak memory: build process {own_mb:.0f} MB, largest worker {child_mb:.0f} MB")


if __name__ == "__main__":
    main()

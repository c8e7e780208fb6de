"""ROUGE of Lead-k, every sumy summarizer and ours on cnndm-dev (k=3) and BBC (k=reference size).

    python tests/bench/summaries.py [--limit N] [--jobs N] [--dataset cnndm|bbc|both]

Prints one markdown table per data set: ROUGE-1/2/Lsum F1 (rouge-score, Porter stemming,
rougeLsum over one sentence per line) and milliseconds per article for each method. Articles are
split as the build splits them; BBC references always with pysbd (see `reference_sentences`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pysbd
from rouge_score.rouge_scorer import RougeScorer
from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from bot.analyse.summaries import score_sentences, summary_positions
from bot.analyse.text.furniture import mark_furniture
from bot.analyse.text.sentences import SentenceTokenizer, split_sentences
from bot.models import BODY, SIGNOFF, Article, Paragraph, Sentence
from tests.bench.paths import DATA

METRICS = ("rouge1", "rouge2", "rougeLsum")
_DATELINE = re.compile(r"^[^\n]{0,80}?\(CNN\)\s*(?:--\s*)?")
# Ends of sentences glued to the next: "$10.9bn.For", "AOL.For", "test.\"In", "Unit.50 Cent".
_GLUED = re.compile(
    r"(?<=[\w%)\]])[.!?](?P<quote>[\"\u201d]?)(?=[\"\u201c]?(?P<next>[A-Z0-9])(?P<after>.?))"
)
# Edmundson's cue method: words that mark a sentence as a summary one, or as a poor one.
_BONUS = ("said", "announced", "police", "government", "official", "killed", "new", "first")
_STIGMA = ("however", "also", "meanwhile", "perhaps", "maybe", "example", "think", "you", "i")


@dataclass(frozen=True, slots=True)
class Doc:
    """One benchmark document: its article, the reference sentences and the summary length."""

    id: str
    article: Article
    reference: tuple[str, ...]
    k: int


def make_article(doc_id: str, text: str) -> Article:
    """An Article of body paragraphs (split on blank lines), sentences split and page furniture
    (credits, links) marked as the build does."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    paragraphs = tuple(Paragraph(i, BODY, b) for i, b in enumerate(blocks))
    sentences = tuple(
        Sentence(0, p.position, SIGNOFF if furniture else BODY, s)
        for p in paragraphs
        for s, furniture in mark_furniture(split_sentences(p.text))
    )
    sentences = tuple(Sentence(i, s.paragraph, s.kind, s.text) for i, s in enumerate(sentences))
    return Article(
        id=doc_id, date=date(2000, 1, 1), source="bench", headline="", url=None, origin=doc_id,
        raw_text=text, text="\n\n".join(blocks), paragraphs=paragraphs, sentences=sentences,
        content_hash="",
    )  # fmt: skip


def cnndm_docs(limit: int | None) -> Iterator[tuple[str, str, tuple[str, ...], int | None]]:
    """(id, article text, reference sentences, k) for cnndm-dev, the `(CNN)` dateline removed."""
    root = DATA / "cnndm-dev"
    for path in sorted((root / "articles" / "cnndm").glob("*.txt"))[:limit]:
        text = _DATELINE.sub("", path.read_text(encoding="utf-8").strip(), count=1)
        ref = (root / "summaries" / "cnndm" / path.name).read_text(encoding="utf-8")
        yield path.stem, text, tuple(line.strip() for line in ref.splitlines() if line.strip()), 3


def repair_glued(text: str) -> list[str]:
    """The pieces of a reference whose sentences were joined without spaces (or with two)."""
    pieces: list[str] = []
    start = 0
    for match in _GLUED.finditer(text):
        before = text[match.start() - 1]
        if before.isupper() and not match["after"].islower():
            continue  # "U.S.A" or "AT&T.MCI": initials, or a capital both sides
        if match["next"].isdigit() and not before.islower():
            continue  # "10.9", "v2.0": a number, not "G-Unit.50 Cent"
        end = match.end("quote")
        if match["quote"] and text[start : match.start("quote")].count('"') % 2 == 0:
            end = match.start("quote")  # an even count so far: the quote opens the next sentence
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return [p.strip() for piece in pieces for p in piece.split("  ") if p.strip()]


@lru_cache(maxsize=1)
def _reference_segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def reference_sentences(glued: str) -> tuple[str, ...]:
    """A BBC reference split into sentences, its glued boundaries repaired first.

    The gold is split with pysbd, always, not with the build's splitter: its sentence count is the
    summary length k, which must not change with the splitter under test.
    """
    sentences: list[str] = []
    for piece in repair_glued(glued.strip()):
        for sentence in filter(None, (s.strip() for s in _reference_segmenter().segment(piece))):
            if sentences and not any(c.isalnum() for c in sentence):
                sentences[-1] += sentence  # a closing quote split off on its own
            else:
                sentences.append(sentence)
    return tuple(sentences)


def bbc_docs(limit: int | None) -> Iterator[tuple[str, str, tuple[str, ...], int | None]]:
    """(id, article text without its title line, reference sentences, k=None) for BBC."""
    root = DATA / "bbc-news-summary-full"
    paths = sorted((root / "articles").glob("*/*.txt"))
    step = max(len(paths) // limit, 1) if limit else 1  # a limit samples every category
    for path in paths[::step][:limit]:
        text = path.read_text(encoding="utf-8").split("\n", 1)[1]
        name = f"{path.parent.name}/{path.name}"
        ref = (root / "summaries" / name).read_text(encoding="utf-8")
        yield f"bbc/{name}", text, reference_sentences(ref), None


def build_doc(item: tuple[str, str, tuple[str, ...], int | None]) -> Doc:
    """The Doc for one (id, text, reference, k) item; k=None means the reference's length."""
    doc_id, text, reference, k = item
    return Doc(doc_id, make_article(doc_id, text), reference, k or len(reference))


def sumy_document(article: Article) -> ObjectDocumentModel:
    """The article's own sentences as a sumy document, so every method sees the same split."""
    tokenizer = SentenceTokenizer()
    paragraphs = [
        SumyParagraph([SumySentence(s.text, tokenizer) for s in article.sentences
                       if s.paragraph == p.position])
        for p in article.paragraphs
    ]  # fmt: skip
    return ObjectDocumentModel(paragraphs)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(get_stop_words("english"))


def sumy_method(cls: type) -> Callable[[Article, int], list[str]]:
    """A method running one sumy summarizer with the English stemmer and stop words."""

    def run(article: Article, k: int) -> list[str]:
        summarizer = cls(Stemmer("english"))
        stop = _stop_words()
        if cls is EdmundsonSummarizer:
            summarizer.bonus_words, summarizer.stigma_words = _BONUS, _STIGMA
            summarizer.null_words = stop
        else:
            summarizer.stop_words = stop
        return [str(s) for s in summarizer(sumy_document(article), k)]

    return run


def lead(article: Article, k: int) -> list[str]:
    """The first k body sentences."""
    return [s.text for s in article.sentences if s.kind == BODY][:k]


def ours(article: Article, k: int) -> list[str]:
    """Our summary: the k best-ranked sentences in article order."""
    keep = set(summary_positions(score_sentences(article), k))
    return [s.text for s in article.sentences if s.position in keep]


METHODS: dict[str, Callable[[Article, int], list[str]]] = {
    "Lead": lead,
    "LexRank": sumy_method(LexRankSummarizer),
    "TextRank": sumy_method(TextRankSummarizer),
    "LSA": sumy_method(LsaSummarizer),
    "Luhn": sumy_method(LuhnSummarizer),
    "KL": sumy_method(KLSummarizer),
    "SumBasic": sumy_method(SumBasicSummarizer),
    "Edmundson": sumy_method(EdmundsonSummarizer),
    "Reduction": sumy_method(ReductionSummarizer),
    "ours": ours,
}
_SCORER: list[RougeScorer] = []


def evaluate(
    args: tuple[tuple[str, str, tuple[str, ...], int | None], tuple[str, ...]],
) -> dict[str, tuple[float, ...]]:
    """Method -> (R-1, R-2, R-Lsum F1, seconds) for one document; 'split' times splitting alone."""
    item, methods = args
    if not _SCORER:
        _SCORER.append(RougeScorer(list(METRICS), use_stemmer=True))
    started = time.perf_counter()
    doc = build_doc(item)
    results: dict[str, tuple[float, ...]] = {"split": (0, 0, 0, time.perf_counter() - started)}
    reference = "\n".join(doc.reference)
    for name in methods:
        started = time.perf_counter()
        summary = METHODS[name](doc.article, doc.k)
        spent = time.perf_counter() - started
        scores = _SCORER[0].score(reference, "\n".join(summary))
        results[name] = (*(scores[m].fmeasure for m in METRICS), spent)
    return results


def table(title: str, rows: Sequence[dict[str, tuple[float, ...]]], methods: Sequence[str]) -> str:
    """A markdown table of mean ROUGE F1 (x100) and ms per article, one row per method."""
    split_ms = 1000 * sum(r["split"][3] for r in rows) / len(rows)
    lines = [
        f"### {title} ({len(rows)} articles; split {split_ms:.1f} ms/article)",
        "",
        "| method | R-1 | R-2 | R-Lsum | ms/article |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in methods:
        mean = [sum(r[name][i] for r in rows) / len(rows) for i in range(4)]
        lines.append(
            f"| {name} | {100 * mean[0]:.2f} | {100 * mean[1]:.2f} | {100 * mean[2]:.2f} "
            f"| {1000 * mean[3]:.1f} |"
        )
    return "\n".join(lines)


def run(dataset: str, limit: int | None, jobs: int, methods: tuple[str, ...]) -> str:
    """The table for one data set."""
    items = list(cnndm_docs(limit) if dataset == "cnndm" else bbc_docs(limit))
    with Pool(jobs) as pool:
        rows = pool.map(evaluate, [(item, methods) for item in items], chunksize=8)
    title = "cnndm-dev, 3 sentences" if dataset == "cnndm" else "BBC, k = reference sentences"
    return table(title, rows, methods)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per data set")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dataset", choices=("cnndm", "bbc", "both"), default="both")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated")
    options = parser.parse_args(argv)
    methods = tuple(m for m in options.methods.split(",") if m)
    for dataset in ("cnndm", "bbc") if options.dataset == "both" else (options.dataset,):
        print(run(dataset, options.limit, options.jobs, methods), end="\n\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Streaming records through the analysis into the store, a batch at a time.

Batches go to the chosen workers (here, processes, or Dask: `bot.workers`) and each comes back
to be written at once, inside the build's transaction, so memory holds a few batches whatever the
size of the build; what was written is remembered only as ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice

from bot import story_index
from bot.analyse import events
from bot.models import Article, ArticleAnalysis, StoryPrint
from bot.parse import make_article
from bot.plan import Task
from bot.store import Snapshot, Store
from bot.workers import BuildFailed, Mapper

Analyser = Callable[[Article], ArticleAnalysis]
Progress = Callable[[int, int], None]  # (articles prepared, articles to prepare; 0 if not known)
Prepared = tuple[Article, ArticleAnalysis | None, StoryPrint | None]
BATCH = 32  # articles analysed and written together
FEW_BATCHES = 2  # fewer batches than this are analysed in the build process


@dataclass(slots=True)
class Written:
    """What the analysis wrote: the ids it added or updated, and the articles whose events they
    may change."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


def batches(tasks: Iterator[Task], jobs: int | None) -> tuple[Iterator[list[Task]], int | None]:
    """The tasks in batches, and how many processes should analyse them.

    A few articles are analysed in the build process unless told otherwise: starting (and
    warming) worker processes would cost more than they save."""
    batched = _batches(tasks, BATCH)
    first = list(islice(batched, FEW_BATCHES))
    workers = 1 if jobs is None and len(first) < FEW_BATCHES else jobs
    return chain(first, batched), workers


def analyse_into(
    store: Store,
    batched: Iterator[list[Task]],
    previous: Snapshot,
    analyser: Analyser,
    mapped: Mapper[list[Task], list[Prepared]],
    progress: Progress | None,
) -> Written:
    """Analyse the batches on the workers of `mapped`, writing each batch as it comes back."""
    written = Written()
    done = 0
    for results in mapped(partial(prepare_batch, analyser=analyser), batched):
        _write_batch(store, results, previous, written)
        done += len(results)
        if progress is not None:
            progress(done, 0)
    if progress is not None and done:
        progress(done, done)
    return written


def _batches(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def prepare_batch(batch: list[Task], analyser: Analyser) -> list[Prepared]:
    """The Article, analysis and story print of each task (the last two None when unchanged)."""
    return [_prepare(task, analyser) for task in batch]


def _prepare(task: Task, analyser: Analyser) -> Prepared:
    record = task.record
    try:
        article = make_article(record)
        if article.content_hash == task.stored_hash:
            return article, None, None
        return article, analyser(article), events.story_print(article)
    except Exception as error:
        # Raised in a worker, so only a message travels back: say which article and why.
        raise BuildFailed(
            f"analysing {record.origin} failed ({type(error).__name__}: {error}); "
            "the store was left as it was"
        ) from error


def _write_batch(
    store: Store, results: Sequence[Prepared], previous: Snapshot, written: Written
) -> None:
    """Write a batch of analysed articles with their unlinked quotes, figures and prints."""
    analysed = [(a, an, p) for a, an, p in results if an is not None and p is not None]
    ids = [article.id for article, _, _ in analysed]
    written.touched |= story_index.forget(store, ids)
    store.save_articles((article, analysis) for article, analysis, _ in analysed)
    store.save_extracts(analysis for _, analysis, _ in analysed)
    story_index.save_prints(store, (found for _, _, found in analysed))
    for article_id in ids:
        (written.updated if article_id in previous.hashes else written.added).append(article_id)
    for article, analysis, _ in results:
        if analysis is None and previous.origins.get(article.id) != article.origin:
            store.set_origin(article.id, article.origin)

"""The build: inputs -plan-> records -analyse-> rows -store-> briefing.db, then events relinked.

Incremental and all-or-nothing: an input whose digest is unchanged is not even read, a line of a
changed input whose digest is unchanged is not parsed again, an article whose content hash is
unchanged is not re-analysed, and everything else streams through the analysis in batches into
one transaction, so a failed or interrupted build leaves the previous store as it was (a running
bot keeps reading its WAL snapshot meanwhile) while memory holds a few batches at most. New and
changed articles join stories through the story index, and only the events they touch are grouped
and linked again. The store mirrors the files of the last build: articles of files no longer among
them are removed. A build that finds no valid article at all leaves the store untouched.

`ingest` takes records read elsewhere (fetched articles) through the same path.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import chain, islice
from pathlib import Path

import bot.analyse
from bot import story_index
from bot.analyse import events
from bot.models import Article, ArticleAnalysis, Corpus, StoryPrint
from bot.parse import Notice, Record, digest_file, discover, entries, make_article, record_entry
from bot.plan import Plan, Source, Task, hold, plan_tasks
from bot.store import Snapshot, Store, load_analyses, load_articles, open_db, set_meta, snapshot
from bot.workers import BuildFailed, mapper

__all__ = ["BuildFailed", "BuildReport", "build", "fingerprint", "ingest"]

Analyser = Callable[[Article], ArticleAnalysis]
Linker = Callable[[Sequence[Article], Sequence[ArticleAnalysis]], Corpus]
Progress = Callable[[int, int], None]  # (articles prepared, articles to prepare; 0 if not known)
Prepared = tuple[Article, ArticleAnalysis | None, StoryPrint | None]
_PACKAGE = Path(__file__).resolve().parent
# The code whose output the store holds: when it changes, every article is read and analysed again.
_PIPELINE_SOURCES = ("parse.py", "clean.py", "analyse")
BATCH = 32  # articles analysed and written together
LINK_BATCH = 200  # articles of whole events linked together
FEW_BATCHES = 2  # fewer batches than this are analysed in the build process


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did, article by article, and what it had to leave out."""

    db_path: Path
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    skipped: tuple[Notice, ...] = ()  # articles or files left out, each with its reason
    warnings: tuple[Notice, ...] = ()  # read anyway, with a caveat
    files: int = 0
    files_unchanged: int = 0  # not even read: same digest as last time
    analysed: int = 0
    build_id: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """Whether the store's articles changed (a new build_id was recorded)."""
        return bool(self.added or self.updated or self.removed)

    @property
    def stored(self) -> int:
        """How many articles the store holds after the build."""
        return len(self.added) + len(self.updated) + len(self.unchanged)


@dataclass(frozen=True, slots=True)
class _Options:
    analyser: Analyser
    linker: Linker
    jobs: int | None
    cluster: str | None
    progress: Progress | None


@dataclass(slots=True)
class _Written:
    """What the analysis wrote: the ids it added or updated, and the articles whose events they
    may change."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


class _NothingStored(Exception):
    """Raised inside the transaction to undo it: the build found no valid article."""


def build(
    paths: Sequence[Path | str],
    db_path: Path | str,
    *,
    jobs: int | None = None,
    cluster: str | None = None,
    analyser: Analyser | None = None,
    linker: Linker | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Bring the store at `db_path` up to date with the articles under `paths`.

    `analyser` and `linker` default to bot.analyse.analyse and bot.analyse.link (looked up at
    call time); `jobs` processes analyse (default: every core; 1 analyses in this process), or
    the Dask cluster at `cluster` does (a scheduler address, or `local:N`).
    """
    files = discover(paths)
    sources, unreadable = _file_sources(files)
    options = _options(jobs, cluster, analyser, linker, progress)
    report = _run(Path(db_path), sources, options, retire=_is_file)
    skipped = (*unreadable, *report.skipped)
    return replace(report, skipped=skipped, files=len(files))


def ingest(
    db_path: Path | str,
    records: Iterable[Record],
    *,
    source: str,
    remove_missing: bool = False,
    jobs: int | None = None,
    cluster: str | None = None,
    analyser: Analyser | None = None,
    linker: Linker | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Bring records read elsewhere (fetched articles) into the store as the input `source`.

    They take the build's path: unchanged records are skipped by their digest, the rest stream
    through the analysis into one transaction and join stories through the index. Other inputs
    (files, other sources) stay as they are; articles `source` gave before and lacks now stay too,
    unless `remove_missing`. `source` names the input (e.g. `feed:bbc`), never a file path.
    """
    lazy = Source(source, None, lambda: map(record_entry, records), source, not remove_missing)
    options = _options(jobs, cluster, analyser, linker, progress)
    return _run(Path(db_path), [lazy], options, retire=lambda key: False)


def _options(
    jobs: int | None,
    cluster: str | None,
    analyser: Analyser | None,
    linker: Linker | None,
    progress: Progress | None,
) -> _Options:
    return _Options(analyser or bot.analyse.analyse, linker or bot.analyse.link, jobs, cluster,
                    progress)  # fmt: skip


def _file_sources(files: Sequence[Path]) -> tuple[list[Source], list[Notice]]:
    """A source per file (its digest taken now), and a notice per file that cannot be read."""
    sources, unreadable = [], []
    for path in files:
        try:
            digest = digest_file(path)
        except OSError as error:
            unreadable.append(Notice(str(path), error.strerror or str(error)))
            continue
        sources.append(Source(str(path.resolve()), digest, partial(entries, path), str(path)))
    return sources, unreadable


def _is_file(key: str) -> bool:
    """Whether an input is a file (gone when a build does not find it), not a caller's source."""
    return Path(key).is_absolute()


def _run(
    db_path: Path, sources: Sequence[Source], options: _Options, retire: Callable[[str], bool]
) -> BuildReport:
    """Open the store, build, close; a first build that fails or stores nothing leaves no file."""
    started = time.perf_counter()
    existed = db_path.exists()
    store = Store(open_db(db_path, create=True))
    try:
        report = _build(store, sources, options, retire)
    except BaseException:
        _close(store, db_path, remove=not existed)
        raise
    _close(store, db_path, remove=not existed and not report.stored)
    return replace(report, db_path=db_path, seconds=round(time.perf_counter() - started, 3))


def _close(store: Store, path: Path, *, remove: bool) -> None:
    store.db.close()
    for suffix in ("", "-wal", "-shm") if remove else ():
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def fingerprint(analyser: Analyser, linker: Linker) -> str:
    """A digest of the parsing and analysis code and of the functions the build was given."""
    sha = hashlib.sha256(_source_digest().encode())
    for function in (analyser, linker):
        sha.update(f"{function.__module__}.{function.__qualname__}".encode())
    return sha.hexdigest()


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """The digest of the pipeline's source as this process first saw it (the code it runs)."""
    sha = hashlib.sha256()
    for name in _PIPELINE_SOURCES:
        target = _PACKAGE / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            sha.update(path.read_bytes())
    return sha.hexdigest()


def _build(
    store: Store, sources: Sequence[Source], options: _Options, retire: Callable[[str], bool]
) -> BuildReport:
    previous = snapshot(store.db)
    pipeline = fingerprint(options.analyser, options.linker)
    fresh = previous.pipeline != pipeline
    plan = Plan()
    keys = {source.key for source in sources}
    hold(plan, [r for k, r in previous.inputs.items() if k not in keys and not retire(k)], previous)
    try:
        with store.transaction():
            tasks = plan_tasks(store, sources, previous, plan, fresh=fresh)
            written = _analyse_into(store, tasks, previous, options)
            report = _finish(store, plan, written, previous, options, pipeline)
            if not report.stored:
                raise _NothingStored
    except _NothingStored:
        pass
    return replace(report, skipped=tuple(plan.skipped), warnings=tuple(plan.warnings),
                   files_unchanged=plan.files_unchanged)  # fmt: skip


def _analyse_into(
    store: Store, tasks: Iterator[Task], previous: Snapshot, options: _Options
) -> _Written:
    """Analyse the tasks in batches on the chosen workers, writing each batch as it comes back."""
    written = _Written()
    work = partial(prepare_batch, analyser=options.analyser)
    batches = _batches(tasks, BATCH)
    first = list(islice(batches, FEW_BATCHES))
    # A few articles are analysed here unless told otherwise: starting (and warming) worker
    # processes would cost more than they save.
    jobs = 1 if options.jobs is None and len(first) < FEW_BATCHES else options.jobs
    done = 0
    with mapper(jobs, options.cluster) as mapped:
        for results in mapped(work, chain(first, batches)):
            _write_batch(store, results, previous, written)
            done += len(results)
            if options.progress is not None:
                options.progress(done, 0)
    if options.progress is not None and done:
        options.progress(done, done)
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
    store: Store, results: Sequence[Prepared], previous: Snapshot, written: _Written
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


def _finish(
    store: Store,
    plan: Plan,
    written: _Written,
    previous: Snapshot,
    options: _Options,
    pipeline: str,
) -> BuildReport:
    """Remove what is gone, remember the inputs, relink the events touched, record the build."""
    analysed = {*written.added, *written.updated}
    every = set(plan.kept) | plan.read
    removed = sorted(set(previous.hashes) - every)
    for article_id, origin in plan.kept.items():
        if previous.origins.get(article_id) != origin:
            store.set_origin(article_id, origin)
    touched = written.touched | story_index.forget(store, removed)
    store.delete_articles(removed)
    saved = {row.path for row in plan.inputs}
    store.delete_inputs(set(previous.inputs) - saved - plan.held)
    store.save_inputs(plan.inputs)
    report = BuildReport(
        Path(), tuple(written.added), tuple(written.updated),
        tuple(sorted(every - analysed)), tuple(removed), analysed=len(analysed),
        build_id=previous.build_id,
    )  # fmt: skip
    if report.changed and every:
        _relink(store, sorted(analysed), touched, options.linker)
        set_meta(store.db, pipeline=pipeline)
        store.mark_built(previous.build_id + 1)
        report = replace(report, build_id=previous.build_id + 1)
    return report


def _relink(store: Store, changed: list[str], touched: set[str], linker: Linker) -> None:
    """Link the changed articles through the index, then group and link every event touched."""
    story_index.link(store, changed, events.similarity, window=events.MAX_DAYS,
                     least=events.SAME_EVENT)  # fmt: skip
    groups = story_index.events(store, [*changed, *touched], events.SAME_EVENT)
    for members in _packed(groups, LINK_BATCH):
        articles = load_articles(store.db, members)
        analyses = load_analyses(store.db, members)
        try:
            corpus = linker(articles, analyses)
        except Exception as error:
            message = f"linking the articles failed ({type(error).__name__}: {error})"
            raise BuildFailed(f"{message}; the store was left as it was") from error
        store.replace_corpus(members, corpus)


def _packed(groups: Iterable[list[str]], size: int) -> Iterator[list[str]]:
    """Whole groups packed together up to `size` articles (a bigger group goes alone)."""
    pack: list[str] = []
    for group in groups:
        if pack and len(pack) + len(group) > size:
            yield sorted(pack)
            pack = []
        pack += group
    if pack:
        yield sorted(pack)

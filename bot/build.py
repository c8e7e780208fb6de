"""The build: inputs -parse-> Articles -analyse-> analyses -link-> Corpus -store-> briefing.db.

Incremental and all-or-nothing: an input file whose digest is unchanged is not even read, an
article whose content hash is unchanged is not re-analysed, and every write of a build lands in one
transaction after all the analysis is done, so a failed or interrupted build leaves the previous
store as it was (a running bot keeps reading its WAL snapshot meanwhile). The store mirrors the
paths of the last build: articles of files no longer among them are removed. A build that finds
no valid article at all leaves the store untouched.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

import bot.analyse
from bot.errors import BriefingError
from bot.models import Article, ArticleAnalysis, Corpus
from bot.parse import (
    FileRead,
    Notice,
    Record,
    Registry,
    body_key,
    digest_file,
    discover,
    make_article,
    read_file,
)
from bot.store import (
    InputNotice,
    InputRow,
    Snapshot,
    Store,
    load_analyses,
    load_articles,
    load_bodies,
    open_db,
    set_meta,
    snapshot,
)

Analyser = Callable[[Article], ArticleAnalysis]
Linker = Callable[[Sequence[Article], Sequence[ArticleAnalysis]], Corpus]
Progress = Callable[[int, int], None]  # (articles prepared, articles to prepare)
_PACKAGE = Path(__file__).resolve().parent
# The code whose output the store holds: when it changes, every article is read and analysed again.
_PIPELINE_SOURCES = ("parse.py", "clean.py", "analyse")


class BuildFailed(BriefingError):
    """Analysing or linking raised: nothing was written, the previous store stays as it was."""


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


@dataclass(slots=True)
class _Plan:
    """Which inputs to read and prepare, and which to keep from the last build."""

    records: list[Record] = field(default_factory=list)
    kept: dict[str, str] = field(default_factory=dict)  # id -> origin, from files not re-read
    inputs: list[InputRow] = field(default_factory=list)  # files read without any notice
    held: set[str] = field(default_factory=set)  # input rows left as they are
    skipped: list[Notice] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    files_unchanged: int = 0


def build(
    paths: Sequence[Path | str],
    db_path: Path | str,
    *,
    jobs: int | None = None,
    analyser: Analyser | None = None,
    linker: Linker | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Bring the store at `db_path` up to date with the articles under `paths`.

    `analyser` and `linker` default to bot.analyse.analyse and bot.analyse.link (looked up at
    call time); `jobs` processes analyse (default: every core; 1 analyses in this process).
    """
    started = time.perf_counter()
    files = discover(paths)
    existed = Path(db_path).exists()
    store = Store(open_db(db_path, create=True))
    try:
        analysers = (analyser or bot.analyse.analyse, linker or bot.analyse.link)
        report, plan = _build(store, files, *analysers, jobs=jobs, progress=progress)
    except BaseException:
        _close(store, Path(db_path), remove=not existed)
        raise
    # A first build that stored nothing leaves no empty store behind.
    _close(store, Path(db_path), remove=not existed and not report.stored)
    return _finished(report, Path(db_path), len(files), plan, time.perf_counter() - started)


def _build(
    store: Store,
    files: Sequence[Path],
    analyser: Analyser,
    linker: Linker,
    *,
    jobs: int | None,
    progress: Progress | None,
) -> tuple[BuildReport, _Plan]:
    previous = snapshot(store.db)
    pipeline = fingerprint(analyser, linker)
    fresh = previous.pipeline != pipeline
    plan = _plan(store, files, previous, fresh=fresh)
    hashes = {} if fresh else previous.hashes
    prepared = _prepare_all(plan.records, hashes, analyser, jobs, progress)
    return _land(store, plan, prepared, previous, linker, pipeline), plan


def _finished(
    report: BuildReport, db_path: Path, files: int, plan: _Plan, seconds: float
) -> BuildReport:
    return BuildReport(
        db_path, report.added, report.updated, report.unchanged, report.removed,
        tuple(plan.skipped), tuple(plan.warnings), files, plan.files_unchanged,
        report.analysed, report.build_id, round(seconds, 3),
    )  # fmt: skip


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


def _plan(store: Store, files: Sequence[Path], previous: Snapshot, *, fresh: bool) -> _Plan:
    """Keep the files whose digest is unchanged; read the others."""
    plan = _Plan()
    reads = []
    for path in files:
        key = str(path.resolve())
        try:
            digest = digest_file(path)
        except OSError as error:
            plan.skipped.append(Notice(str(path), error.strerror or str(error)))
            continue
        row = previous.inputs.get(key)
        if not fresh and row is not None and row.digest == digest and _intact(row, previous):
            _keep(plan, row, previous)
            _replay(plan, row)
            plan.files_unchanged += 1
        else:
            reads.append((key, read_file(path, digest)))
    registry = _registry(store, plan.kept) if reads else Registry()
    for key, read in reads:
        _admit(plan, registry, key, read, previous)
    return plan


def _intact(row: InputRow, previous: Snapshot) -> bool:
    return all(article_id in previous.hashes for article_id in row.article_ids)


def _keep(plan: _Plan, row: InputRow, previous: Snapshot) -> None:
    plan.held.add(row.path)
    for article_id in row.article_ids:
        plan.kept[article_id] = previous.origins[article_id]


def _registry(store: Store, kept: dict[str, str]) -> Registry:
    """The ids and bodies of the articles kept from the last build, so new ones cannot clash."""
    registry = Registry()
    for article_id, when, raw_text in load_bodies(store.db, kept):
        registry.reserve(article_id, kept[article_id], body_key(when, raw_text))
    return registry


def _admit(plan: _Plan, registry: Registry, key: str, read: FileRead, previous: Snapshot) -> None:
    """Take a file's records under unique ids; remember the file unless it clashed with another."""
    plan.skipped.extend(read.skipped)
    plan.warnings.extend(read.warnings)
    row = previous.inputs.get(key)
    if not read.records and read.skipped and row is not None and row.article_ids:
        # A file that was good and cannot be read now keeps its articles: a half-written or
        # corrupted feed must not wipe the store.
        _keep(plan, row, previous)
        for article_id in row.article_ids:
            registry.ids.setdefault(article_id, previous.origins[article_id])
        plan.warnings.append(Notice(str(read.path), f"kept {len(row.article_ids)} stored articles"))
        return
    ids: list[str] = []
    notices = [InputNotice(n.origin, n.reason, True) for n in read.skipped]
    notices += [InputNotice(n.origin, n.reason, False) for n in read.warnings]
    clashed = False
    for record in read.records:
        admitted, notice = registry.admit(record)
        if notice is not None:
            (plan.skipped if admitted is None else plan.warnings).append(notice)
            notices.append(InputNotice(notice.origin, notice.reason, admitted is None))
            clashed = clashed or not str(notice.other).startswith(f"{read.path}:")
        if admitted is not None:
            plan.records.append(admitted)
            ids.append(admitted.id)
    if not clashed:  # a clash depends on another file: read this one again next time
        plan.inputs.append(InputRow(key, read.digest, tuple(ids), tuple(notices)))


def _replay(plan: _Plan, row: InputRow) -> None:
    """The notices of a file that is not read again, as the build that read it gave them."""
    for origin, reason, skipped in row.notices:
        (plan.skipped if skipped else plan.warnings).append(Notice(origin, reason))


def _prepare_all(
    records: Sequence[Record],
    hashes: dict[str, str],
    analyser: Analyser,
    jobs: int | None,
    progress: Progress | None,
) -> list[tuple[Article, ArticleAnalysis | None]]:
    """Clean every record and analyse those whose content hash is not in `hashes`."""
    tasks = [(record, hashes.get(record.id)) for record in records]
    prepared = []
    for done, result in enumerate(_run(tasks, partial(_prepare, analyser=analyser), jobs), 1):
        prepared.append(result)
        if progress is not None:
            progress(done, len(tasks))
    return prepared


def _run(
    tasks: Sequence[tuple[Record, str | None]],
    worker: Callable[[tuple[Record, str | None]], tuple[Article, ArticleAnalysis | None]],
    jobs: int | None,
) -> Iterator[tuple[Article, ArticleAnalysis | None]]:
    """The results of `worker` over `tasks` in order: in this process, or in a process pool."""
    workers = min(jobs or os.cpu_count() or 1, len(tasks))
    if workers <= 1:
        yield from map(worker, tasks)
        return
    context = multiprocessing.get_context(_start_method())
    chunk = max(1, len(tasks) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(worker, tasks, chunksize=chunk)


def _start_method() -> str:
    """Fork when it is safe (it starts fastest); forkserver when this process runs threads."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _prepare(
    task: tuple[Record, str | None], analyser: Analyser
) -> tuple[Article, ArticleAnalysis | None]:
    """The Article of a record, and its analysis unless the stored one is still valid."""
    record, stored_hash = task
    try:
        article = make_article(record)
        if article.content_hash == stored_hash:
            return article, None
        return article, analyser(article)
    except Exception as error:
        # Raised in a worker, so only a message travels back: say which article and why.
        raise BuildFailed(
            f"analysing {record.origin} failed ({type(error).__name__}: {error}); "
            "the store was left as it was"
        ) from error


def _land(
    store: Store,
    plan: _Plan,
    prepared: Sequence[tuple[Article, ArticleAnalysis | None]],
    previous: Snapshot,
    linker: Linker,
    pipeline: str,
) -> BuildReport:
    """Link and write everything in one transaction; write nothing when no article was found."""
    read = {article.id: article for article, _ in prepared}
    analysed = {article.id: analysis for article, analysis in prepared if analysis is not None}
    every = set(plan.kept) | set(read)
    report = BuildReport(
        db_path=Path(),
        added=tuple(i for i in analysed if i not in previous.hashes),
        updated=tuple(i for i in analysed if i in previous.hashes),
        unchanged=tuple(sorted(every - set(analysed))),
        removed=tuple(sorted(set(previous.hashes) - every)),
        analysed=len(analysed),
        build_id=previous.build_id,
    )
    if not every:
        return report
    corpus = _link(store, read, analysed, every, linker) if report.changed else None
    with store.transaction():
        _write(store, plan, read, analysed, report, previous)
        if corpus is not None:
            store.save_corpus(corpus)
            set_meta(store.db, pipeline=pipeline)
            store.mark_built(previous.build_id + 1)
    return _with_build_id(report, previous.build_id + (corpus is not None))


def _link(
    store: Store,
    read: dict[str, Article],
    analysed: dict[str, ArticleAnalysis],
    every: set[str],
    linker: Linker,
) -> Corpus:
    """The corpus over every article, the ones not re-read or re-analysed loaded from the store."""
    articles = [*read.values(), *load_articles(store.db, every - set(read))]
    analyses = [*analysed.values(), *load_analyses(store.db, every - set(analysed))]
    articles.sort(key=lambda article: article.id)
    analyses.sort(key=lambda analysis: analysis.article_id)
    try:
        return linker(articles, analyses)
    except Exception as error:
        message = f"linking the articles failed ({type(error).__name__}: {error})"
        raise BuildFailed(f"{message}; the store was left as it was") from error


def _write(
    store: Store,
    plan: _Plan,
    read: dict[str, Article],
    analysed: dict[str, ArticleAnalysis],
    report: BuildReport,
    previous: Snapshot,
) -> None:
    """The article rows, scores and input digests of a build (inside its transaction)."""
    store.delete_articles(report.removed)
    store.save_articles((read[article_id], analysis) for article_id, analysis in analysed.items())
    for article_id, article in read.items():
        if article_id not in analysed and previous.origins.get(article_id) != article.origin:
            store.set_origin(article_id, article.origin)
    saved = {row.path for row in plan.inputs}
    store.delete_inputs(set(previous.inputs) - saved - plan.held)
    store.save_inputs(plan.inputs)


def _with_build_id(report: BuildReport, build_id: int) -> BuildReport:
    return BuildReport(
        report.db_path, report.added, report.updated, report.unchanged, report.removed,
        analysed=report.analysed, build_id=build_id,
    )  # fmt: skip


def ingest(
    store: Store,
    records: Sequence[Record],
    *,
    remove: Sequence[str] = (),
    jobs: int | None = 1,
    also: Callable[[Store], None] | None = None,
    analyser: Analyser | None = None,
    linker: Linker | None = None,
) -> BuildReport:
    """Add or update `records` in an open store and drop the articles `remove` names, keeping
    every other article (whatever its origin): the same parse, analyse and link as a build.

    Analysis and linking run first; then the writes, and whatever `also` writes, land in one
    transaction, with a new build_id when articles changed (a running bot announces it).
    """
    analyser, linker = analyser or bot.analyse.analyse, linker or bot.analyse.link
    previous = snapshot(store.db)
    prepared = _prepare_all(records, previous.hashes, analyser, jobs, None)
    read = {article.id: article for article, _ in prepared}
    analysed = {article.id: analysis for article, analysis in prepared if analysis is not None}
    removed = tuple(sorted(set(remove) & set(previous.hashes) - set(read)))
    every = set(previous.hashes) - set(removed) | set(read)
    report = BuildReport(
        db_path=Path(), added=tuple(i for i in analysed if i not in previous.hashes),
        updated=tuple(i for i in analysed if i in previous.hashes),
        unchanged=tuple(sorted(set(read) - set(analysed))), removed=removed,
        analysed=len(analysed), build_id=previous.build_id,
    )  # fmt: skip
    changed = report.changed
    corpus = _link(store, read, analysed, every, linker) if changed and every else None
    with store.transaction():
        store.delete_articles(removed)
        store.save_articles((read[i], analysis) for i, analysis in analysed.items())
        if also is not None:
            also(store)
        if changed:
            store.save_corpus(corpus or Corpus((), (), ()))
            store.mark_built(previous.build_id + 1)
    return _with_build_id(report, previous.build_id + changed)

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

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import bot.analyse
from bot import story_index
from bot.fingerprint import fingerprint, pipeline_digest
from bot.models import Article, ArticleAnalysis
from bot.parse import Notice, Record, digest_file, discover, entries, record_entry
from bot.plan import Plan, Source, hold, plan_tasks
from bot.relink import Linker, relink
from bot.store import Snapshot, Store, open_db, set_meta, snapshot
from bot.stream import Written, analyse_into, batches
from bot.workers import BuildFailed, Mapper, mapper

__all__ = ["BuildFailed", "BuildReport", "build", "fingerprint", "ingest", "pipeline_digest"]

Analyser = Callable[[Article], ArticleAnalysis]
Progress = Callable[[int, int], None]  # (articles prepared, articles to prepare; 0 if not known)


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
    # For ingest: articles to drop whatever their input, and more writes of the caller's that
    # land in the same transaction (a fetch round's source state)
    remove: frozenset[str] = frozenset()
    also: Callable[[Store], None] | None = None
    # The records of one caller, not every input: articles analysed by older code may stay, so
    # only a build moves the store's pipeline stamp (a first ingest sets it)
    partial: bool = False


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
    target: Store | Path | str,
    records: Iterable[Record],
    *,
    source: str,
    remove_missing: bool = False,
    remove: Iterable[str] = (),
    also: Callable[[Store], None] | None = None,
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
    unless `remove_missing`. `source` names the input (e.g. `live:`), never a file path.
    `remove` names articles to drop whatever input gave them (expired ones); `also` writes the
    caller's own tables inside the same transaction, which commits even when nothing is stored.
    `target` is the store's path, or an open store (left open).
    """
    lazy = Source(source, None, lambda: map(record_entry, records), source, not remove_missing)
    options = replace(_options(jobs, cluster, analyser, linker, progress),
                      remove=frozenset(remove), also=also, partial=True)  # fmt: skip
    if isinstance(target, Store):
        return _build(target, [lazy], options, retire=_never)
    return _run(Path(target), [lazy], options, retire=_never)


def _never(key: str) -> bool:
    """Ingest retires no input: files and other sources stay as they are."""
    return False


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
            size = path.stat().st_size  # before the digest: a file still growing is read whole
            digest = digest_file(path)
        except OSError as error:
            unreadable.append(Notice(str(path), error.strerror or str(error)))
            continue
        sources.append(Source(str(path.resolve()), digest, partial(entries, path), str(path),
                              path=path, size=size))  # fmt: skip
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
            batched, workers = batches(tasks, options.jobs)
            with mapper(workers, options.cluster) as mapped:
                written = analyse_into(store, batched, previous, options.analyser, mapped,
                                       options.progress)  # fmt: skip
                report = _finish(store, plan, written, previous, options, pipeline, mapped)
            if options.also is not None:
                options.also(store)
            elif not report.stored:
                raise _NothingStored
    except _NothingStored:
        pass
    return replace(report, skipped=tuple(plan.skipped), warnings=tuple(plan.warnings),
                   files_unchanged=plan.files_unchanged)  # fmt: skip


def _finish(
    store: Store,
    plan: Plan,
    written: Written,
    previous: Snapshot,
    options: _Options,
    pipeline: str,
    mapped: Mapper[Any, Any],
) -> BuildReport:
    """Remove what is gone, remember the inputs, relink the events touched, record the build."""
    analysed = {*written.added, *written.updated}
    every = (set(plan.kept) - options.remove) | plan.read
    removed = sorted(set(previous.hashes) - every)
    touched = written.touched | _settle(store, plan, previous, removed)
    report = BuildReport(
        Path(), tuple(written.added), tuple(written.updated),
        tuple(sorted(every - analysed)), tuple(removed), analysed=len(analysed),
        build_id=previous.build_id,
    )  # fmt: skip
    if report.changed and every:
        relink(store, sorted(analysed), touched, options.linker, mapped)
        if not options.partial or previous.pipeline is None:
            set_meta(store.db, pipeline=pipeline)
        store.mark_built(previous.build_id + 1)
        report = replace(report, build_id=previous.build_id + 1)
    return report


def _settle(store: Store, plan: Plan, previous: Snapshot, removed: list[str]) -> set[str]:
    """Point kept articles at where they are now, remove the gone ones, remember the inputs;
    the articles whose events the removals may change."""
    for article_id, origin in plan.kept.items():
        if previous.origins.get(article_id) != origin:
            store.set_origin(article_id, origin)
    touched = story_index.forget(store, removed)
    store.delete_articles(removed)
    saved = {row.path for row in plan.inputs}
    store.delete_inputs(set(previous.inputs) - saved - plan.held)
    store.save_inputs(plan.inputs)
    return touched

"""Planning a build: which inputs and entries to read again, and which records to analyse.

An input whose digest is unchanged is not read at all. A file that still starts with all it held
at the last build (lines were appended) is read from where that ended: a file with 20 lines
appended costs 20 articles, whatever its length. In an input that changed otherwise, an entry (a
JSONL line, a seed file, a fetched record) whose digest the store knows for that input keeps its
article without being parsed, cleaned or split again.
Records to analyse come out one by one, so a build never holds more of them than a batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from bot.errors import SeedError
from bot.parse import Entry, Notice, Record, Registry, entries, entry_record
from bot.store import InputNotice, InputRow, Snapshot, Store, load_body_keys, load_lines


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file, or records fetched elsewhere under a name of the caller's."""

    key: str  # a file's resolved path, or the caller's name for its records
    digest: str | None  # of the whole input; None when it is always read entry by entry
    entries: Callable[[], Iterator[Entry]]  # read lazily; SeedError when unusable as a whole
    label: str  # how notices name it
    keep_missing: bool = False  # articles it gave before and lacks now stay (a feed's window)
    path: Path | None = None  # the file, for an input that is one
    size: int = 0  # the file's bytes when its digest was taken


@dataclass(frozen=True, slots=True)
class Task:
    """A record to make an Article of, and the content hash its stored analysis has (if any)."""

    record: Record
    stored_hash: str | None


@dataclass(slots=True)
class Plan:
    """What a build keeps, and what it learnt about its inputs while reading them."""

    kept: dict[str, str] = field(default_factory=dict)  # id -> origin, kept without analysis
    read: set[str] = field(default_factory=set)  # ids of the records handed out as tasks
    inputs: list[InputRow] = field(default_factory=list)  # inputs read without any notice
    held: set[str] = field(default_factory=set)  # input rows left as they are
    skipped: list[Notice] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    files_unchanged: int = 0


def plan_tasks(
    store: Store, sources: Sequence[Source], previous: Snapshot, plan: Plan, *, fresh: bool
) -> Iterator[Task]:
    """Tasks for the records to analyse; fills `plan` with the rest as the tasks are taken."""
    reads = []
    for source in sources:
        row = previous.inputs.get(source.key)
        unchanged = row is not None and source.digest is not None and row.digest == source.digest
        if not fresh and row is not None and unchanged and _intact(row, previous):
            _keep(plan, row, previous)
            _replay(plan, row)
            plan.files_unchanged += 1
        else:
            reads.append(source)
    registry = _registry(store, plan.kept) if reads else Registry()
    for source in reads:
        yield from _read(store, plan, registry, source, previous, fresh=fresh)


def hold(plan: Plan, rows: Sequence[InputRow], previous: Snapshot) -> None:
    """Leave inputs this build does not read as they are, with their articles."""
    for row in rows:
        _keep(plan, row, previous)
        _replay(plan, row)


def _intact(row: InputRow, previous: Snapshot) -> bool:
    return all(article_id in previous.hashes for article_id in row.article_ids)


def _keep(plan: Plan, row: InputRow, previous: Snapshot) -> None:
    plan.held.add(row.path)
    for article_id in row.article_ids:
        if article_id in previous.origins:
            plan.kept[article_id] = previous.origins[article_id]


def _replay(plan: Plan, row: InputRow) -> None:
    """The notices of an input that is not read again, as the build that read it gave them."""
    for origin, reason, skipped in row.notices:
        (plan.skipped if skipped else plan.warnings).append(Notice(origin, reason))


def _registry(store: Store, kept: dict[str, str]) -> Registry:
    """The ids and bodies of the articles kept from the last build, so new ones cannot clash."""
    registry = Registry()
    for article_id, key in load_body_keys(store.db, kept):
        registry.reserve(article_id, kept[article_id], key)
    return registry


@dataclass(slots=True)
class _Reading:
    """What reading one input found: its ids, digests and notices (skipped: True)."""

    ids: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # new: (digest, article id)
    kept_lines: list[str] = field(default_factory=list)  # digests of entries kept as they were
    notices: list[InputNotice] = field(default_factory=list)
    records: int = 0  # entries that held an article (kept, admitted or a duplicate)
    clashed: bool = False
    appended: bool = False  # only the lines past what the last build read were read


def _read(
    store: Store, plan: Plan, registry: Registry, source: Source, previous: Snapshot, *, fresh: bool
) -> Iterator[Task]:
    """The tasks of one input read entry by entry; its row and line digests saved at the end."""
    reading = _Reading()
    start = None if fresh else _carried(store, plan, registry, source, previous, reading)
    known = {} if fresh or start else load_lines(store.db, source.key)
    read = source.entries
    if start is not None and source.path is not None:
        read = partial(entries, source.path, start=start[0], first_line=start[1])
    try:
        for entry in read():
            if _kept_entry(plan, registry, entry, known.get(entry.digest), previous, reading):
                continue
            task = _admit(plan, registry, entry, source, reading)
            if task is not None:
                yield Task(task, None if fresh else previous.hashes.get(task.id))
    except SeedError as error:
        _skip(plan, reading, Notice(error.origin, error.reason))
    except OSError as error:
        _skip(plan, reading, Notice(source.label, error.strerror or str(error)))
    _finish(store, plan, source, reading, previous)


def _carried(
    store: Store,
    plan: Plan,
    registry: Registry,
    source: Source,
    previous: Snapshot,
    reading: _Reading,
) -> tuple[int, int] | None:
    """Where the lines appended to a file since the last build begin (byte offset, line number),
    its earlier articles kept as they were; None when it changed otherwise."""
    row = previous.inputs.get(source.key)
    if row is None or source.path is None or not 0 < row.size < source.size:
        return None
    if not _intact(row, previous):
        return None
    first_line = _after_prefix(source.path, row)
    if first_line is None or not _carry(store, plan, registry, row, previous, reading):
        return None
    return row.size, first_line


def _after_prefix(path: Path, row: InputRow) -> int | None:
    """The number of the line after the file's first `row.size` bytes, when those bytes are still
    all it held at the last build (the digest matches) and end a line."""
    sha, lines, left, last = hashlib.sha256(), 0, row.size, b""
    try:
        with path.open("rb") as handle:
            while left and (block := handle.read(min(left, 1 << 20))):
                sha.update(block)
                lines += block.count(b"\n")
                left -= len(block)
                last = block[-1:]
    except OSError:
        return None  # read whole, so the error gets its notice
    if left or last != b"\n" or sha.hexdigest() != row.digest:
        return None
    return lines + 1


def _carry(
    store: Store,
    plan: Plan,
    registry: Registry,
    row: InputRow,
    previous: Snapshot,
    reading: _Reading,
) -> bool:
    """Keep an input's earlier articles and notices, unless one clashes with an article another
    input gave first in this build (then it is read whole, so the clash gets its notice)."""
    keys = dict(load_body_keys(store.db, row.article_ids))
    if any(i in registry.ids or keys.get(i) in registry.bodies for i in row.article_ids):
        return False
    for article_id in row.article_ids:
        registry.reserve(article_id, previous.origins[article_id], keys[article_id])
        plan.kept[article_id] = previous.origins[article_id]
    _replay(plan, row)
    reading.ids.extend(row.article_ids)
    reading.notices.extend(row.notices)
    reading.records = len(row.article_ids)
    reading.appended = True
    return True


def _kept_entry(
    plan: Plan,
    registry: Registry,
    entry: Entry,
    known: tuple[str, str] | None,
    previous: Snapshot,
    reading: _Reading,
) -> bool:
    """Keep the article of an entry the last build read as it is now, unless it clashes."""
    if known is None or known[0] not in previous.hashes or known[0] in plan.kept:
        return False
    article_id, key = known
    if article_id in registry.ids or key in registry.bodies:
        return False  # read it again, so the clash gets its notice as in a full build
    registry.reserve(article_id, entry.origin, key)
    plan.kept[article_id] = entry.origin
    reading.records += 1
    reading.ids.append(article_id)
    reading.kept_lines.append(entry.digest)
    return True


def _admit(
    plan: Plan, registry: Registry, entry: Entry, source: Source, reading: _Reading
) -> Record | None:
    """The record of an entry under a unique id, or None (blank, bad, or a duplicate)."""
    try:
        record, warning = entry_record(entry)
    except SeedError as error:
        _skip(plan, reading, Notice(error.origin, error.reason))
        return None
    if warning is not None:
        plan.warnings.append(warning)
        reading.notices.append(InputNotice(warning.origin, warning.reason, False))
    if record is None:
        return None
    reading.records += 1
    admitted, notice = registry.admit(record)
    if notice is not None:
        (plan.skipped if admitted is None else plan.warnings).append(notice)
        reading.notices.append(InputNotice(notice.origin, notice.reason, admitted is None))
        reading.clashed = reading.clashed or not _within(notice, source)
    if admitted is not None:
        plan.read.add(admitted.id)
        reading.ids.append(admitted.id)
        reading.lines.append((entry.digest, admitted.id))
    return admitted


def _within(notice: Notice, source: Source) -> bool:
    """Whether a clash is with another entry of the same input."""
    return str(notice.other).startswith(f"{source.label}:") or notice.other == source.label


def _skip(plan: Plan, reading: _Reading, notice: Notice) -> None:
    plan.skipped.append(notice)
    reading.notices.append(InputNotice(notice.origin, notice.reason, True))


def _finish(
    store: Store, plan: Plan, source: Source, reading: _Reading, previous: Snapshot
) -> None:
    """Remember the input unless it clashed with another; keep what a broken input gave before."""
    row = previous.inputs.get(source.key)
    broken = not reading.records and any(skipped for *_, skipped in reading.notices)
    if row is not None and row.article_ids and broken:
        # A half-written or corrupted file must not wipe the store.
        _keep(plan, row, previous)
        plan.warnings.append(Notice(source.label, f"kept {len(row.article_ids)} stored articles"))
        return
    if row is not None and source.keep_missing:
        for article_id in row.article_ids:
            if article_id in previous.origins and article_id not in reading.ids:
                plan.kept.setdefault(article_id, previous.origins[article_id])
                reading.ids.append(article_id)
    if not reading.records and not reading.notices and not source.keep_missing:
        _skip(plan, reading, Notice(source.label, "empty file"))
    if not source.keep_missing and not reading.appended:
        seen = [*reading.kept_lines, *(digest for digest, _ in reading.lines)]
        store.forget_lines(source.key, keep=seen)
    store.save_lines(source.key, reading.lines)
    if not reading.clashed:  # a clash depends on another input: read this one again next time
        plan.inputs.append(InputRow(source.key, source.digest or "", tuple(reading.ids),
                                    tuple(reading.notices), source.size))  # fmt: skip

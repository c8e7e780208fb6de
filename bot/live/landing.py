"""The store half of a round: fetched entries -> Records -> the build's analyse and link -> one
transaction with the sources' new state, the entry map, the operators' messages and retention.

`land` takes only picklable arguments and opens its own connection, so a running bot runs it in
a worker process and its event loop never waits on the analysis. A kill before the commit leaves
the previous store and the sources' old state (ETags included): the next round does it again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import bot.analyse
from bot.build import BuildReport, ingest
from bot.live.fetching import Fetch, Item
from bot.live.retention import expired_articles, prune_deliveries
from bot.live.sources import EntryRow, Source, Sources
from bot.models import Article, ArticleAnalysis
from bot.parse import Record
from bot.store import Store, open_db

log = logging.getLogger(__name__)
ORIGIN = "live:"  # origin prefix of fetched articles: only these ever expire
LIVE_INPUT = "live:feeds"  # the input fetched articles come from, which a build leaves alone
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SourceReport:
    """One source's line in a round's report."""

    name: str
    status: str
    added: int = 0
    updated: int = 0
    ok: bool = True


@dataclass(frozen=True, slots=True)
class RoundReport:
    """What a round did."""

    sources: tuple[SourceReport, ...] = ()
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    build_id: int = 0
    notices: int = 0  # messages queued for the operators

    @property
    def stored(self) -> int:
        """How many articles the round added or updated."""
        return len(self.added) + len(self.updated)


@dataclass(slots=True)
class _Plan:
    """Where each item goes: its Record (when the article is its own) and its entry row."""

    records: dict[str, Record] = field(default_factory=dict)
    entries: list[EntryRow] = field(default_factory=list)
    owners: dict[str, int] = field(default_factory=dict)  # article id -> source id
    by_url: dict[str, str] = field(default_factory=dict)
    by_text: dict[str, str] = field(default_factory=dict)


def article_id(key: str, url: str | None) -> str:
    """A stable id from the entry's key: `<host>-<12 hex digits>` (`bbc-co-uk-1a2b3c4d5e6f`)."""
    host = re.sub(r"^https?://(www\.)?", "", url or "").split("/", 1)[0].lower()
    slug = _SLUG.sub("-", host).strip("-")[:30] or "web"
    return f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def text_hash(text: str) -> str:
    """What makes two entries the same article whatever their links: the same words."""
    return hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()


def land(
    db_path: Path | str, fetches: Sequence[Fetch], now: datetime, keep_days: int, jobs: int = 1
) -> RoundReport:
    """Store a round's fetches in the store at `db_path`, in one transaction."""
    store = Store(open_db(db_path))
    try:
        return land_in(store, fetches, now, keep_days, jobs)
    finally:
        store.db.close()


def land_in(
    store: Store, fetches: Sequence[Fetch], now: datetime, keep_days: int, jobs: int = 1
) -> RoundReport:
    """`land` on an open store."""
    sources = Sources(store.db)
    cutoff = (now - timedelta(days=keep_days)).astimezone(UTC).date() if keep_days else None
    plan = _Plan()
    for fetch in fetches:
        _place(plan, sources, fetch, cutoff)
    remove = expired_articles(store.db, cutoff.isoformat()) if cutoff else []
    state = _with_last_new(sources, [f.source for f in fetches], plan, now)
    notices = [n for f in fetches for n in f.notices]

    def write(store: Store) -> None:
        _write(sources, state, plan, notices, remove, now)
        if cutoff is not None:
            prune_deliveries(store.db, cutoff.isoformat())

    records = list(plan.records.values())
    report = ingest(store, records, source=LIVE_INPUT, remove=remove, jobs=jobs, also=write,
                    analyser=_analyse)  # fmt: skip
    return _report(fetches, plan, report, len(notices))


def _analyse(article: Article) -> ArticleAnalysis:
    """The article's analysis; one that fails is logged and stored without one, so a single odd
    article cannot fail every round from now on."""
    try:
        return bot.analyse.analyse(article)
    except Exception as error:  # a bulkhead: any bug in the analysis stays with this article
        log.warning("%s: analysing %s failed (%s: %s): stored without summary, quotes, figures",
                    article.origin, article.id, type(error).__name__, error)  # fmt: skip
        return ArticleAnalysis(article.id, (), (), ())


def _place(plan: _Plan, sources: Sources, fetch: Fetch, cutoff: date | None) -> None:
    """Decide, for each item of one source, which article it is and whether to (re)write it."""
    source = fetch.source
    known = sources.entries(source.id) if fetch.items else {}
    for item in fetch.items:
        if cutoff is not None and item.published.astimezone(UTC).date() < cutoff:
            continue  # expired already: it would only leave again
        own = article_id(item.key, item.url)
        row = known.get(item.key)
        found = row.article_id if row is not None else _same(plan, sources, item)
        target = found or own
        hashed = text_hash(item.text)
        if target == own and target not in plan.records:
            plan.records[own] = _record(item, own, source)
            plan.owners[own] = source.id
        if item.url:
            plan.by_url.setdefault(item.url, target)
        plan.by_text.setdefault(hashed, target)
        plan.entries.append(EntryRow(source.id, item.key, target, item.digest, item.url, hashed,
                                     item.published.date().isoformat()))  # fmt: skip


def _same(plan: _Plan, sources: Sources, item: Item) -> str | None:
    """The article already stored (or placed this round) under the same link or the same text."""
    hashed = text_hash(item.text)
    if item.url:
        found = plan.by_url.get(item.url) or sources.article_by_url(item.url)
        if found:
            return found
    return plan.by_text.get(hashed) or sources.article_by_text(hashed)


def _record(item: Item, article: str, source: Source) -> Record:
    return Record(
        id=article, date=item.published.astimezone(UTC).date(), text=item.text,
        origin=f"{ORIGIN}{source.url}", title=item.title or None, source=item.outlet,
        url=item.url, given_id=True,
    )  # fmt: skip


def _write(
    sources: Sources,
    state: Sequence[Source],
    plan: _Plan,
    notices: Sequence[str],
    remove: Sequence[str],
    now: datetime,
) -> None:
    """The sources' state, entry map and notices, inside the round's transaction."""
    present = {source.id for source in sources.all()}  # one may have been removed meanwhile
    for source in state:
        if source.id in present:
            sources.save(source)
    sources.save_entries(e for e in plan.entries if e.source_id in present)
    sources.forget_articles(remove)
    for text in notices:
        sources.queue_notice(text, now)


def _with_last_new(
    sources: Sources, state: list[Source], plan: _Plan, now: datetime
) -> list[Source]:
    """The sources' state, with `last_new` set on those giving an article the store lacks."""
    stored = sources.stored_ids(plan.records)
    gave = {owner for i, owner in plan.owners.items() if i not in stored}
    return [replace(s, last_new=now) if s.id in gave else s for s in state]


def _report(
    fetches: Sequence[Fetch], plan: _Plan, report: BuildReport, notices: int
) -> RoundReport:
    lines = []
    for fetch in fetches:
        mine = {i for i, owner in plan.owners.items() if owner == fetch.source.id}
        added = len(mine & set(report.added))
        updated = len(mine & set(report.updated))
        lines.append(SourceReport(fetch.source.name, fetch.status, added, updated, fetch.ok))
    return RoundReport(tuple(lines), report.added, report.updated, report.removed,
                       report.build_id, notices)  # fmt: skip

"""`briefing-bot sources ...` and `briefing-bot fetch`: plain text in, lines and exit codes out."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.errors import BriefingError, ConfigError
from bot.live.landing import RoundReport
from bot.live.opml import read_opml, write_opml
from bot.live.round import run_round
from bot.live.sources import Source, Sources
from bot.store import open_db


@contextmanager
def _sources(settings: Settings, *, create: bool = False) -> Iterator[Sources]:
    """The store's sources, its connection closed when the block ends."""
    sources = Sources(open_db(settings.db_path, create=create))
    try:
        yield sources
    finally:
        sources.db.close()


def add_source(settings: Settings, url: str, name: str | None, out: TextIO) -> int:
    """Follow a feed (the store is created when there is none yet)."""
    with _sources(settings, create=True) as sources:
        source = sources.add(url, name)
    print(f"following {source.name}: {source.url} (run `briefing-bot fetch` or `run`)", file=out)
    return 0


def list_sources(settings: Settings, out: TextIO) -> int:
    """One block per source: name, URL, last fetch, last new article, state, error."""
    with _sources(settings) as sources:
        every = sources.all()
        counts = sources.counts()
    if not every:
        print("no sources: add one with `briefing-bot sources add URL`", file=out)
        return 0
    for source in every:
        print(source_line(source, counts.get(source.id, 0)), file=out)
    return 0


def source_line(source: Source, articles: int) -> str:
    """A source as `sources list` shows it."""
    error = f"\n  error: {source.error}" if source.error else ""
    return (
        f"{source.name}  [{source.state}]  {articles} articles\n  {source.url}\n"
        f"  last fetch: {_when(source.last_fetch)}, last new article: {_when(source.last_new)}"
        f"{error}"
    )


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "never"


def remove_source(settings: Settings, name_or_url: str, out: TextIO) -> int:
    """Stop following a source; its articles stay."""
    with _sources(settings) as sources:
        removed = sources.remove(name_or_url)
    if removed is None:
        raise ConfigError(f"no source named {name_or_url!r}: see `briefing-bot sources list`")
    print(f"stopped following {removed.name} ({removed.url}); its articles stay", file=out)
    return 0


def import_sources(settings: Settings, path: Path, out: TextIO) -> int:
    """Follow every feed of an OPML file; feeds already followed are left as they are."""
    outlines = read_opml(path)
    if not outlines:
        raise ConfigError(f"{path}: no feed in it (no <outline xmlUrl=...>)")
    added = 0
    with _sources(settings, create=True) as sources:
        for outline in outlines:
            try:
                sources.add(outline.url, outline.name)
                added += 1
            except ConfigError as error:
                print(f"skipped: {error}", file=sys.stderr)
    print(f"{added} of {len(outlines)} feeds added from {path}", file=out)
    return 0


def export_sources(settings: Settings, out: TextIO) -> int:
    """Every source as OPML."""
    with _sources(settings) as sources:
        out.write(write_opml((s.name, s.url) for s in sources.all()))
    return 0


def fetch_now(settings: Settings, out: TextIO) -> int:
    """One round now, every source but the gone ones: 0 stored, 1 failed, 2 nothing new."""
    with _sources(settings) as sources:
        if not sources.all():
            raise ConfigError("no sources to fetch: add one with `briefing-bot sources add URL`")
    report = asyncio.run(run_round(settings, every=True))
    for line in report.sources:
        counts = f" ({line.added} added, {line.updated} updated)" if line.ok else ""
        print(f"{line.name}: {line.status}{counts}", file=out)
    print(round_line(report), file=out)
    if report.stored:
        return 0
    if report.sources and not any(line.ok for line in report.sources):
        raise BriefingError("every source failed: nothing was stored")
    return 2


def round_line(report: RoundReport) -> str:
    """One line saying what a round did."""
    build = f" (build {report.build_id})" if report.stored or report.removed else ""
    return (
        f"{len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.removed)} expired from {len(report.sources)} sources{build}"
    )

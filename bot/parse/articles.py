"""Records into Articles: each article once under a unique id, cleaned, split into sentences and
hashed so that an unchanged article is never analysed again."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot import clean, title_lines
from bot.analyse.text.datelines import undated
from bot.analyse.text.furniture import mark_furniture
from bot.analyse.text.sentences import split_sentences
from bot.models import BODY, SIGNOFF, UNKNOWN_SOURCE, Article, Paragraph, Sentence
from bot.parse.records import Inputs, Notice, Record, body_key, discover, read_file


def read_inputs(paths: Sequence[Path | str]) -> Inputs:
    """The articles of any mix of files and folders (folders are read recursively)."""
    registry = Registry()
    articles: list[Article] = []
    skipped: list[Notice] = []
    warnings: list[Notice] = []
    for path in discover(paths):
        read = read_file(path)
        skipped.extend(read.skipped)
        warnings.extend(read.warnings)
        for record in read.records:
            admitted, notice = registry.admit(record)
            if admitted is not None:
                articles.append(make_article(admitted))
            if notice is not None:
                (skipped if admitted is None else warnings).append(notice)
    return Inputs(tuple(articles), tuple(skipped), tuple(warnings))


@dataclass(slots=True)
class Registry:
    """The ids and bodies admitted so far, so each article is stored once under a unique id."""

    ids: dict[str, str] = field(default_factory=dict)  # id -> origin
    bodies: dict[str, str] = field(default_factory=dict)  # body_key -> origin

    def reserve(self, article_id: str, origin: str, key: str) -> None:
        """Hold an id and a body for an article kept from an earlier build."""
        self.ids.setdefault(article_id, origin)
        self.bodies.setdefault(key, origin)

    def admit(self, record: Record) -> tuple[Record | None, Notice | None]:
        """The record under a unique id (None when a duplicate), with a notice when it changed."""
        key = body_key(record.date, record.text)
        if key in self.bodies:
            first = self.bodies[key]
            return None, Notice(record.origin, f"same article as {first}: stored once", first)
        notice = None
        if record.id in self.ids:
            first = self.ids[record.id]
            if record.given_id:
                return None, Notice(record.origin, f"repeats id {record.id!r} of {first}", first)
            renamed = f"{record.id}-{hashlib.sha1(record.origin.encode()).hexdigest()[:6]}"
            notice = Notice(
                record.origin, f"id {record.id!r} is taken: stored as {renamed!r}", first
            )
            record = _renamed(record, renamed)
        self.ids[record.id] = record.origin
        self.bodies[key] = record.origin
        return record, notice


def _renamed(record: Record, new_id: str) -> Record:
    return Record(new_id, record.date, record.text, record.origin, record.title, record.source,
                  record.url, record.given_id)  # fmt: skip


def make_article(record: Record) -> Article:
    """The cleaned Article of one record: paragraphs with kinds, sentences, source, headline."""
    cleaned = clean.clean(record.text)
    sentences = tuple(_sentences(cleaned.paragraphs))
    lead = next((s.text for s in sentences if s.kind == BODY), None)
    source = record.source or cleaned.source or UNKNOWN_SOURCE
    headline = record.title or clean.headline(
        cleaned.paragraphs, title_lines.title_line(cleaned.paragraphs) or lead
    )
    text = "\n\n".join(p.text for p in cleaned.paragraphs)
    return Article(
        id=record.id,
        date=record.date,
        source=source,
        headline=headline,
        url=record.url,
        origin=record.origin,
        raw_text=record.text,
        text=text,
        paragraphs=cleaned.paragraphs,
        sentences=sentences,
        content_hash=content_hash(record.date, source, headline, record.url, cleaned.paragraphs),
    )


def _sentences(paragraphs: Iterable[Paragraph]) -> Iterator[Sentence]:
    """Each paragraph's sentences with its kind; in body text, a sentence of page furniture (a
    credit, a link to another story) is marked as such, and the lead loses its dateline: a
    summary shows the news, the outlet is shown beside it."""
    position, lead_seen = 0, False
    for paragraph in paragraphs:
        for text, furniture in mark_furniture(split_sentences(paragraph.text)):
            kind = SIGNOFF if furniture and paragraph.kind == BODY else paragraph.kind
            if kind == BODY and not lead_seen:
                text, lead_seen = undated(text) or text, True
            yield Sentence(position, paragraph.position, kind, text)
            position += 1


def content_hash(
    when: date, source: str, headline: str, url: str | None, paragraphs: Iterable[Paragraph]
) -> str:
    """The sha256 of what the analysis reads: an unchanged hash means no re-analysis."""
    payload = [when.isoformat(), source, headline, url, [(p.kind, p.text) for p in paragraphs]]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()

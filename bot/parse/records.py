"""Input files into records: seed files (`date YYYY-MM-DD` then the body) and JSON Lines.

Bad input never stops a read: a file (or a JSONL line) that cannot be an article becomes a Notice
naming it and the reason, and the rest goes on. Bytes that are not UTF-8 are read as
Windows-1252 (with a warning), since scraped text in a legacy encoding is still worth keeping; a
file with NUL bytes is binary and skipped. Limits: 5 MB per .txt article and per JSONL line,
512 MB per JSONL file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from bot import clean
from bot.errors import SeedError
from bot.models import Article

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # one .txt article, or one JSONL line
MAX_JSONL_BYTES = 512 * 1024 * 1024
SUFFIXES = (".txt", ".jsonl")
_HEADER = re.compile(r"\A\s*date(?:[ \t]+(?P<value>\S+))?(?:\s+|\Z)")
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z]*)?\Z")


@dataclass(frozen=True, slots=True)
class Notice:
    """Something wrong with an input, with where it is (`path` or `path:line`)."""

    origin: str
    reason: str
    other: str | None = field(default=None, compare=False)  # the input it clashes with

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read from its file, before cleaning."""

    id: str
    date: date
    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    given_id: bool = False  # the id came from the JSONL record, not from the file name


@dataclass(frozen=True, slots=True)
class FileRead:
    """What one input file held: its records, and notices about what was wrong with it."""

    path: Path
    digest: str
    records: tuple[Record, ...] = ()
    skipped: tuple[Notice, ...] = ()  # articles (or the whole file) left out
    warnings: tuple[Notice, ...] = ()  # read anyway, with a caveat


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything read from a set of paths."""

    articles: tuple[Article, ...]
    skipped: tuple[Notice, ...] = ()
    warnings: tuple[Notice, ...] = ()


def discover(paths: Sequence[Path | str]) -> list[Path]:
    """The .txt and .jsonl files under `paths`, in a stable order; SeedError for a missing path."""
    found: dict[Path, Path] = {}
    for given in map(Path, paths):
        if not given.exists():
            raise SeedError(str(given), "no such file or directory")
        files = [given] if given.is_file() else sorted(_article_files(given))
        for path in files:
            found.setdefault(path.resolve(), path)
    return list(found.values())


def _article_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.suffix.lower() in SUFFIXES and path.is_file() and not hidden:
            yield path


def digest_file(path: Path) -> str:
    """The sha256 of a file's bytes, read in blocks so a huge file costs no memory."""
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def read_file(path: Path, digest: str | None = None) -> FileRead:
    """The records of one input file; a file that cannot be read at all is one skip notice."""
    digest = digest if digest is not None else digest_file(path)
    records: list[Record] = []
    skipped: list[Notice] = []
    warnings: list[Notice] = []
    try:
        for entry in entries(path):
            try:
                record, warning = entry_record(entry)
            except SeedError as error:
                skipped.append(Notice(error.origin, error.reason))
                continue
            warnings.extend(_some(warning))
            records.extend(_some(record))
    except SeedError as error:
        return FileRead(path, digest, skipped=(Notice(error.origin, error.reason),))
    except OSError as error:
        return FileRead(path, digest, skipped=(Notice(str(path), error.strerror or str(error)),))
    if not records and not skipped:
        skipped.append(Notice(str(path), "empty file"))
    return FileRead(path, digest, tuple(records), tuple(skipped), tuple(warnings))


@dataclass(frozen=True, slots=True)
class Entry:
    """One article's worth of an input, hashed before it is parsed: a JSONL line or a seed file.

    An entry whose digest the store already knows is not parsed, cleaned or split again."""

    origin: str  # `path` or `path:line`
    digest: str  # sha256 of the raw bytes (a line without its line break)
    raw: bytes
    stem: str  # the file's stem, for ids made from it
    jsonl: bool
    given: Record | None = None  # a record that came read already (a fetched article)


def record_entry(record: Record) -> Entry:
    """An entry for a record read elsewhere, its digest taken over every field of the record."""
    fields = [record.id, record.date.isoformat(), record.text, record.title, record.source,
              record.url, record.given_id]  # fmt: skip
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()
    return Entry(record.origin, digest, b"", record.id, jsonl=False, given=record)


def entries(path: Path, *, start: int = 0, first_line: int = 1) -> Iterator[Entry]:
    """The entries of one input file, read lazily; SeedError when the whole file is unusable.

    A JSONL file is read from the byte offset `start` (where line `first_line` begins), so the
    lines appended since an earlier read can be read alone."""
    if path.suffix.lower() != ".jsonl":
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise SeedError(str(path), f"larger than the {_megabytes(MAX_ARTICLE_BYTES)} limit")
        data = path.read_bytes()
        yield Entry(str(path), hashlib.sha256(data).hexdigest(), data, path.stem, jsonl=False)
        return
    if path.stat().st_size > MAX_JSONL_BYTES:
        raise SeedError(str(path), f"larger than the {_megabytes(MAX_JSONL_BYTES)} limit")
    with path.open("rb") as handle:
        handle.seek(start)
        for number, line in enumerate(_lines(handle), first_line):
            digest = hashlib.sha256(line.rstrip(b"\r\n")).hexdigest()
            yield Entry(f"{path}:{number}", digest, line, path.stem, jsonl=True)


def entry_record(entry: Entry) -> tuple[Record | None, Notice | None]:
    """The record of an entry (None for a blank line) and a warning; SeedError when it is bad."""
    if entry.given is not None:
        return entry.given, None
    if entry.jsonl:
        return _jsonl_record(entry.raw, entry.origin, entry.stem)
    text, warning = decode(entry.raw, entry.origin)
    return seed_record(text, entry.origin, entry.stem), warning


def seed_record(text: str, origin: str, article_id: str) -> Record:
    """A Record from the seed format: optional whitespace, `date YYYY-MM-DD`, whitespace, body."""
    if clean.is_blank(text):
        raise SeedError(origin, "empty file")
    header = _HEADER.match(text)
    if header is None:
        raise SeedError(origin, "missing date header: expected 'date YYYY-MM-DD' first")
    when = parse_date(header.group("value") or "", origin)
    body = text[header.end() :]
    if clean.is_blank(body):
        raise SeedError(origin, "no text after the date header")
    return Record(id=article_id, date=when, text=body, origin=origin)


def parse_date(value: str, origin: str) -> date:
    """A date from `YYYY-MM-DD` (a time after it is ignored); SeedError says what is off."""
    match = _ISO_DATE.match(value.strip())
    if match is None:
        raise SeedError(origin, f"malformed date {value!r}: expected YYYY-MM-DD")
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        raise SeedError(origin, f"impossible date {value[:10]}") from None


def decode(data: bytes, origin: str) -> tuple[str, Notice | None]:
    """Text from bytes: UTF-8, else Windows-1252 with a warning; SeedError for binary data."""
    if b"\x00" in data:
        raise SeedError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        where = f"byte {error.start}"
    text = data.decode("cp1252", errors="replace")
    return text, Notice(origin, f"not UTF-8 ({where}): read as Windows-1252")


def _lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of a file, each cut just past the size limit so a huge line costs no memory."""
    while line := handle.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the over-long line is skipped, never held
        yield line


def _jsonl_record(line: bytes, origin: str, stem: str) -> tuple[Record | None, Notice | None]:
    if len(line) > MAX_ARTICLE_BYTES:
        raise SeedError(origin, f"line longer than the {_megabytes(MAX_ARTICLE_BYTES)} limit")
    text, warning = decode(line, origin)
    if not text.strip():
        return None, None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SeedError(origin, f"not JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise SeedError(origin, "not a JSON object")
    return json_record(data, origin, stem), warning


def json_record(data: dict[str, Any], origin: str, stem: str) -> Record:
    """A Record from a JSON object: `text` and `date` required; id, title, source, url optional.

    Without an `id`, the id is `<stem>-<8 hex digits of the date and text>`: stable when lines
    are added, removed or reordered, so a growing feed re-analyses only its new articles.
    """
    body = data.get("text")
    if not isinstance(body, str) or clean.is_blank(body):
        raise SeedError(origin, "lacks 'text' (a non-empty string)")
    if not isinstance(data.get("date"), str):
        raise SeedError(origin, "lacks 'date' (a 'YYYY-MM-DD' string)")
    given = data.get("id")
    given_id = isinstance(given, str | int) and not isinstance(given, bool) and str(given).strip()
    when = parse_date(data["date"], origin)
    return Record(
        id=str(given).strip() if given_id else f"{stem}-{body_key(when, body)[:8]}",
        date=when,
        text=body,
        origin=origin,
        title=_optional(data, "title"),
        source=_optional(data, "source"),
        url=_optional(data, "url"),
        given_id=bool(given_id),
    )


def _optional(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _some(item: Any) -> tuple[Any, ...]:
    return () if item is None else (item,)


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def body_key(when: date, text: str) -> str:
    """What makes two inputs the same article: the date and the words, whatever the spacing."""
    return hashlib.sha256(f"{when.isoformat()}\n{' '.join(text.split())}".encode()).hexdigest()

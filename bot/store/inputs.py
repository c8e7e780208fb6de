"""What the last build read (its inputs, their lines, the articles' hashes), so the next build
reads only what changed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from bot.store.schema import IDS, get_meta, json_list


class InputNotice(NamedTuple):
    """What was wrong with an input file, kept to be replayed when the file is not read again."""

    origin: str  # `path` or `path:line`
    reason: str
    skipped: bool  # the input was left out; else only warned about


@dataclass(frozen=True, slots=True)
class InputRow:
    """One input file as the last build saw it."""

    path: str  # resolved, so the same file is recognised from any working directory
    digest: str
    article_ids: tuple[str, ...]
    notices: tuple[InputNotice, ...] = ()
    size: int = 0  # bytes the digest covers (0: not known), to recognise lines appended since


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the store holds from the last build: enough to plan an incremental one."""

    inputs: dict[str, InputRow]
    hashes: dict[str, str]  # article id -> content_hash
    origins: dict[str, str]  # article id -> origin
    build_id: int
    pipeline: str | None  # fingerprint of the code that built it


def snapshot(db: sqlite_utils.Database) -> Snapshot:
    """The inputs, article hashes and build id of the store's last build."""
    inputs = {
        row["path"]: InputRow(
            row["path"], row["digest"], tuple(json.loads(row["article_ids"])),
            tuple(InputNotice(o, r, bool(s)) for o, r, s in json.loads(row["notices"] or "[]")),
            row.get("size") or 0,
        )
        for row in db.query("select * from inputs")  # a reader's store may predate `size`
    }  # fmt: skip
    rows = list(db.query("select id, content_hash, origin from articles"))
    return Snapshot(
        inputs=inputs,
        hashes={row["id"]: row["content_hash"] for row in rows},
        origins={row["id"]: row["origin"] for row in rows},
        build_id=int(get_meta(db, "build_id") or 0),
        pipeline=get_meta(db, "pipeline"),
    )


def load_body_keys(db: sqlite_utils.Database, ids: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(id, body key) of stored articles, to recognise the same article under a new name."""
    yield from db.execute(f"select id, body_key from articles where id in {IDS}", [json_list(ids)])


def load_lines(db: sqlite_utils.Database, path: str) -> dict[str, tuple[str, str]]:
    """The entries of an input the last build read: digest -> (article id, body key)."""
    sql = (
        "select l.digest, l.article_id, a.body_key from input_lines l "
        "join articles a on a.id = l.article_id where l.path = ?"
    )
    return {digest: (article_id, key) for digest, article_id, key in db.execute(sql, [path])}

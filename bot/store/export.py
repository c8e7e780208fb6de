"""`export`: the stored articles, summaries, stories, quotes and figures as JSON Lines records
whose fields stay backward compatible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import sqlite_utils

from bot.errors import StoreError
from bot.models import StorySentence
from bot.rows import story_sentence_from
from bot.story_order import shown

EXPORTS = ("articles", "summaries", "stories", "quotes", "figures")
_DATES = "select id, date from articles"  # what puts a story's summary in reading order


def export_records(
    db: sqlite_utils.Database, kind: str, *, sentences: int | None = None
) -> Iterator[dict[str, Any]]:
    """The JSON objects `briefing-bot export KIND` writes, one per article/story/quote/figure.

    `sentences` is the summary length: 3 for an article by default, all stored for a story."""
    if kind == "articles":
        yield from db.query(
            "select id, date, source, headline, url, origin, text from articles order by date, id"
        )
    elif kind == "summaries":
        yield from _summaries(db, sentences or 3)
    elif kind == "stories":
        yield from _stories(db, sentences)
    elif kind == "quotes":
        yield from _quotes(db)
    elif kind == "figures":
        yield from _figures(db)
    else:
        raise StoreError(f"unknown export {kind!r}: choose one of {', '.join(EXPORTS)}")


_FIGURE_FIELDS = ("text", "value", "unit", "measure", "qualifier", "change", "period")


def _quotes(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Each quote with its speaker, kind, cue and the outlets that report it."""
    for row in db.query("select * from quotes order by article_id, position"):
        yield {
            "article": row["article_id"], "quote": row["text"], "speaker": row["speaker"],
            "role": row["role"], "kind": row["kind"], "sources": json.loads(row["sources"]),
            "cue": row["cue"], "mention": row["mention"],
        }  # fmt: skip


def _figures(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Each figure with its value (and the other end of a range, `high`), unit, measure and the
    outlets that report it."""
    for row in db.query("select * from figures order by article_id, position"):
        yield {"article": row["article_id"], **{k: row[k] for k in _FIGURE_FIELDS},
               "sources": json.loads(row["sources"]), "high": row.get("high")}  # fmt: skip


def _summaries(db: sqlite_utils.Database, sentences: int) -> Iterator[dict[str, Any]]:
    """Each article's top-`sentences` sentences by rank, shown in article order."""
    chosen: dict[str, list[str]] = {}
    sql = "select article_id, text from sentences where rank <= ? order by article_id, position"
    for row in db.query(sql, [sentences]):
        chosen.setdefault(row["article_id"], []).append(row["text"])
    for row in db.query("select id from articles order by date, id"):
        yield {"article": row["id"], "summary": chosen.get(row["id"], [])}


def _stories(db: sqlite_utils.Database, sentences: int | None) -> Iterator[dict[str, Any]]:
    """Each story with its best `sentences` summary lines (all when None), in reading order."""
    stored: dict[str, list[StorySentence]] = {}
    sql = "select * from story_sentences order by story_id, position"
    for row in db.query(sql):
        stored.setdefault(row["story_id"], []).append(story_sentence_from(row))
    dates = {row["id"]: date.fromisoformat(row["date"]) for row in db.query(_DATES)}
    for row in db.query("select * from stories order by position, id"):
        articles = json.loads(row["article_ids"])
        lines = shown(stored.get(row["id"], []), articles, dates, sentences)
        yield {
            "id": row["id"], "headline": row["headline"], "date": row["date"],
            "articles": articles,
            "summary": [{"text": s.text, "sources": list(s.sources)} for s in lines],
        }  # fmt: skip

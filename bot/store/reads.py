"""Stored articles and their analyses read back as models, for the build's story step and for
export."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

import sqlite_utils

from bot.models import (
    Article,
    ArticleAnalysis,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    SentenceScore,
)
from bot.rows import figure_from, quote_from
from bot.store.schema import IDS, json_list


def load_articles(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> list[Article]:
    """Stored articles rebuilt as Articles (all of them when `ids` is None), sorted by id."""
    where, params = _where_ids("id", ids)
    paragraphs = _grouped(db, "paragraphs", ids, lambda r: Paragraph(
        r["position"], r["kind"], r["text"]))  # fmt: skip
    sentences = _grouped(db, "sentences", ids, lambda r: Sentence(
        r["position"], r["paragraph"], r["kind"], r["text"]))  # fmt: skip
    rows = db.query(f"select * from articles where {where} order by id", params)
    return [_article(row, paragraphs, sentences) for row in rows]


def _where_ids(column: str, ids: Iterable[str] | None) -> tuple[str, list[str]]:
    """A where clause keeping the rows of `ids` (every row when None), with its parameters."""
    return ("1", []) if ids is None else (f"[{column}] in {IDS}", [json_list(ids)])


def _article(
    row: dict[str, Any], paragraphs: dict[str, list[Any]], sentences: dict[str, list[Any]]
) -> Article:
    return Article(
        id=row["id"], date=date.fromisoformat(row["date"]), source=row["source"],
        headline=row["headline"], url=row["url"], origin=row["origin"], raw_text=row["raw_text"],
        text=row["text"], paragraphs=tuple(paragraphs.get(row["id"], ())),
        sentences=tuple(sentences.get(row["id"], ())), content_hash=row["content_hash"],
    )  # fmt: skip


def load_analyses(
    db: sqlite_utils.Database, ids: Iterable[str] | None = None
) -> list[ArticleAnalysis]:
    """Stored per-article analyses (scores, quotes, figures without their links), sorted by id."""
    ids = None if ids is None else list(ids)
    scores = _grouped(db, "sentences", ids, _score, "score is not null")
    quotes = _grouped(db, "quotes", ids, _quote)
    figures = _grouped(db, "figures", ids, _figure)
    where, params = _where_ids("id", ids)
    article_ids = [r["id"] for r in db.query(f"select id from articles where {where} order by id",
                                             params)]  # fmt: skip
    return [
        ArticleAnalysis(i, tuple(scores.get(i, ())), tuple(quotes.get(i, ())),
                        tuple(figures.get(i, ())))
        for i in article_ids
    ]  # fmt: skip


def _grouped(
    db: sqlite_utils.Database,
    table: str,
    ids: Iterable[str] | None,
    to_model: Callable[[dict[str, Any]], Any],
    where: str = "1",
) -> dict[str, list[Any]]:
    """Rows of `table` as models, grouped by article id, in position order."""
    grouped: dict[str, list[Any]] = {}
    chosen, params = _where_ids("article_id", ids)
    sql = f"select * from [{table}] where {where} and {chosen} order by article_id, position"
    for row in db.query(sql, params):
        grouped.setdefault(row["article_id"], []).append(to_model(row))
    return grouped


def _score(row: dict[str, Any]) -> SentenceScore:
    return SentenceScore(position=row["position"], score=row["score"], rank=row["rank"])


def _quote(row: dict[str, Any]) -> Quote:
    return replace(quote_from(row), sources=())  # an analysis is one article's: links come later


def _figure(row: dict[str, Any]) -> Figure:
    return replace(figure_from(row), sources=())

"""Every write of the build, each idempotent (upserts keyed by article id), in one place so a
build lands whole or not at all."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from bot.models import (
    Article,
    ArticleAnalysis,
    Corpus,
    Figure,
    Quote,
    Story,
)
from bot.parse import body_key
from bot.store.inputs import InputRow
from bot.store.schema import IDS, add_new_columns, json_list, set_meta


def story_position(newest: date, articles: int) -> int:
    """The order of stories, ascending, ties broken by id: newest article first, then largest."""
    return -(newest.toordinal() * 100_000 + min(articles, 99_999))


class Store:
    """Every write the build makes, each idempotent (upserts keyed by article id)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        add_new_columns(db)  # a store built before a column was added gets it before a write

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction: a build lands whole or not at all (readers keep the old snapshot)."""
        with self.db.atomic():
            yield self

    def save_article(self, article: Article) -> None:
        """Upsert an article with its paragraphs and sentences (scores left for save_analysis)."""
        self.save_articles([(article, None)])

    def save_articles(self, items: Iterable[tuple[Article, ArticleAnalysis | None]]) -> None:
        """Upsert many articles with their paragraphs and (scored) sentences in a few statements."""
        pairs = list(items)
        self.delete_articles([article.id for article, _ in pairs])
        self.db.table("articles").insert_all((_article_row(a) for a, _ in pairs), pk="id")
        self.db.table("paragraphs").insert_all(
            ({"article_id": a.id, "position": p.position, "kind": p.kind, "text": p.text}
             for a, _ in pairs for p in a.paragraphs),
            pk=("article_id", "position"),
        )  # fmt: skip
        self.db.table("sentences").insert_all(
            (row for a, analysis in pairs for row in _sentence_rows(a, analysis)),
            pk=("article_id", "position"),
        )

    def save_extracts(self, analyses: Iterable[ArticleAnalysis]) -> None:
        """Store articles' quotes and figures as found, each its own only source till linked."""
        listed = list(analyses)
        quotes = (q for a in listed for q in a.quotes)
        figures = (f for a in listed for f in a.figures)
        self.db.table("quotes").insert_all(_numbered(quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(figures, "f", _figure_row), pk="id")

    def save_analysis(self, analysis: ArticleAnalysis) -> None:
        """Store one article's sentence scores (quotes and figures land with save_corpus)."""
        self.db.conn.executemany(
            "update sentences set score = ?, rank = ? where article_id = ? and position = ?",
            [(s.score, s.rank, analysis.article_id, s.position) for s in analysis.scores],
        )

    def save_corpus(self, corpus: Corpus) -> None:
        """Replace stories, quotes and figures with the freshly linked ones."""
        for table in ("stories", "story_sentences", "quotes", "figures"):
            self.db.execute(f"delete from [{table}]")
        self.db.execute("update articles set story_id = null")
        latest = dict(self.db.execute("select id, date from articles").fetchall())
        for story in corpus.stories:
            newest = max(date.fromisoformat(latest[a]) for a in story.article_ids)
            self._save_story(story_position(newest, len(story.article_ids)), story)
        self.db.table("quotes").insert_all(_numbered(corpus.quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(corpus.figures, "f", _figure_row), pk="id")

    def _save_story(self, position: int, story: Story) -> None:
        self.db.table("stories").insert(
            {
                "id": story.id, "position": position, "headline": story.headline,
                "date": story.date.isoformat(), "article_ids": json_list(story.article_ids),
            },
            pk="id",
        )  # fmt: skip
        self.db.table("story_sentences").insert_all(
            (
                {
                    "story_id": story.id, "position": i, "text": s.text,
                    "article_id": s.article_id, "sentence_position": s.position,
                    "sources": json_list(s.sources),
                }
                for i, s in enumerate(story.sentences)
            ),
            pk=("story_id", "position"),
        )  # fmt: skip
        self.db.execute(
            f"update articles set story_id = ? where id in {IDS}",
            [story.id, json_list(story.article_ids)],
        )

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Remove articles, everything derived from them, and the stories they were in."""
        ids = json_list(article_ids)
        self._delete_stories_of(ids)
        for table in ("paragraphs", "sentences", "quotes", "figures", "story_terms"):
            self.db.execute(f"delete from [{table}] where article_id in {IDS}", [ids])
        self.db.execute(f"delete from story_prints where article_id in {IDS}", [ids])
        self.db.execute(f"delete from articles where id in {IDS}", [ids])

    def _delete_stories_of(self, ids: str) -> None:
        """Drop the stories holding any of the articles (a JSON list); their articles keep none."""
        stories = f"select story_id from articles where id in {IDS} and story_id is not null"
        for table, column in (("story_sentences", "story_id"), ("stories", "id")):
            self.db.execute(f"delete from [{table}] where [{column}] in ({stories})", [ids])
        self.db.execute(f"update articles set story_id = null where story_id in ({stories})", [ids])

    def replace_corpus(self, article_ids: Sequence[str], corpus: Corpus) -> None:
        """Put the freshly linked stories, quotes and figures of whole events in place of theirs."""
        ids = json_list(article_ids)
        self._delete_stories_of(ids)
        for table in ("quotes", "figures"):
            self.db.execute(f"delete from [{table}] where article_id in {IDS}", [ids])
        latest = dict(self.db.execute(f"select id, date from articles where id in {IDS}", [ids]))
        for story in corpus.stories:
            newest = max(date.fromisoformat(latest[a]) for a in story.article_ids)
            self._save_story(story_position(newest, len(story.article_ids)), story)
        self.db.table("quotes").insert_all(_numbered(corpus.quotes, "q", _quote_row), pk="id")
        self.db.table("figures").insert_all(_numbered(corpus.figures, "f", _figure_row), pk="id")

    def mark_built(self, build_id: int) -> None:
        """Record when the store last changed; a running bot polls build_id to announce news."""
        set_meta(self.db, built_at=datetime.now(UTC).isoformat(timespec="seconds"),
                 build_id=str(build_id))  # fmt: skip

    def save_inputs(self, inputs: Iterable[InputRow]) -> None:
        """Remember each input file's digest and articles, so an unchanged file is not re-read."""
        rows = (
            {"path": i.path, "digest": i.digest, "article_ids": json_list(i.article_ids),
             "notices": json.dumps([list(n) for n in i.notices], ensure_ascii=False),
             "size": i.size}
            for i in inputs
        )  # fmt: skip
        self.db.table("inputs").upsert_all(rows, pk="path")

    def delete_inputs(self, paths: Iterable[str]) -> None:
        """Forget input files (gone, or to be re-read next time) and the digests of their lines."""
        for path in paths:
            self.db.execute("delete from inputs where path = ?", [path])
            self.db.execute("delete from input_lines where path = ?", [path])

    def save_lines(self, path: str, lines: Iterable[tuple[str, str]]) -> None:
        """Remember the digest of each new entry of an input and its article, so an unchanged
        line is not parsed again."""
        self.db.conn.executemany(
            "insert or replace into input_lines (path, digest, article_id) values (?, ?, ?)",
            ((path, digest, article_id) for digest, article_id in lines),
        )

    def forget_lines(self, path: str, *, keep: Sequence[str]) -> None:
        """Forget the digests of an input's entries that are no longer in it."""
        self.db.execute(
            f"delete from input_lines where path = ? and digest not in {IDS}",
            [path, json_list(keep)],
        )

    def set_origin(self, article_id: str, origin: str) -> None:
        """Point an unchanged article at the file (and line) it is now read from."""
        self.db.execute("update articles set origin = ? where id = ?", [origin, article_id])


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "date": article.date.isoformat(), "source": article.source,
        "headline": article.headline, "url": article.url, "origin": article.origin,
        "raw_text": article.raw_text, "text": article.text, "content_hash": article.content_hash,
        "body_key": body_key(article.date, article.raw_text),
    }  # fmt: skip


def _sentence_rows(article: Article, analysis: ArticleAnalysis | None) -> Iterator[dict[str, Any]]:
    scores = {s.position: s for s in analysis.scores} if analysis is not None else {}
    for s in article.sentences:
        score = scores.get(s.position)
        yield {
            "article_id": article.id, "position": s.position, "paragraph": s.paragraph,
            "kind": s.kind, "text": s.text, "score": score.score if score else None,
            "rank": score.rank if score else None,
        }  # fmt: skip


def _quote_row(quote: Quote) -> dict[str, Any]:
    row = asdict(quote)
    row["sentences"] = json_list(quote.sentences)
    row["sources"] = json_list(quote.sources or (quote.article_id,))
    return row


def _figure_row(figure: Figure) -> dict[str, Any]:
    row = asdict(figure)
    row["sources"] = json_list(figure.sources or (figure.article_id,))
    return row


def _numbered(items: Iterable[Any], prefix: str, to_row: Any) -> Iterator[dict[str, Any]]:
    """Rows with a stable id per article: "<article_id>:q0", "<article_id>:q1", ..."""
    counters: dict[str, int] = {}
    for item in items:
        n = counters.get(item.article_id, 0)
        counters[item.article_id] = n + 1
        yield {"id": f"{item.article_id}:{prefix}{n}", "position": n, **to_row(item)}

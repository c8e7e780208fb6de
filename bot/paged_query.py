"""Reads of one page of a long list: a count and a LIMIT/OFFSET query on an index, never the list.

A page of /summary or /articles, and the articles a reply names, cost the same in a store of a
thousand articles as in one of a million.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from bot.models import Figure, Quote, Story
from bot.query import Query, fts_phrase
from bot.rows import ArticleRef, article_ref_from, story_from, story_sentence_from

_REF_COLUMNS = "id, date, source, headline, url, story_id"
_CHUNK = 500  # ids per `in (...)` list, well under SQLite's limit on bound parameters
# Stories with an article matching a topic, the best match first (the FTS query is bound as the
# only parameter; `rank` is its bm25, lower is better).
_TOPIC_STORIES = (
    "with m as materialized (select rowid r, rank from articles_fts where articles_fts match ?) "
    "select s.id from stories s join ("
    "select a.story_id, min(m.rank) best from articles a {index} cross join m on m.r = a.rowid "
    "where a.story_id is not null group by a.story_id"
    ") t on t.story_id = s.id order by t.best, s.position, s.id"
)
# Reading story ids from this index, not from the article rows (whose long texts come first and
# spill over several pages), makes a common topic several times cheaper.
_STORY_INDEX = "idx_articles_story_id"


def reporting(items: Iterable[Quote | Figure]) -> Iterator[str]:
    """The ids of the articles that report these quotes or figures (whose refs a reply needs)."""
    for item in items:
        yield item.article_id
        yield from item.sources


class PagedQuery:
    """One page of stories or articles, and the references a page names."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self._story_hint: str | None = None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.query.db.query(sql, list(params)))

    def _count(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._rows(f"select count(*) n from ({sql})", params)[0]["n"])

    # Articles

    def refs(self, ids: Iterable[str]) -> dict[str, ArticleRef]:
        """The outlet, date and link of each of these articles that is stored, by id."""
        wanted = list(dict.fromkeys(ids))
        refs: dict[str, ArticleRef] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"select {_REF_COLUMNS} from articles where id in ({marks})"
            refs.update((row["id"], article_ref_from(row)) for row in self._rows(sql, chunk))
        return refs

    def article_count(self) -> int:
        """How many articles the store holds."""
        return self._count("select id from articles")

    def article_page(self, offset: int, limit: int) -> tuple[ArticleRef, ...]:
        """`limit` articles from the `offset`-th, newest first."""
        rows = self._rows(
            f"select {_REF_COLUMNS} from articles order by date desc, id limit ? offset ?",
            [limit, offset],
        )
        return tuple(article_ref_from(row) for row in rows)

    def first_article_id(self) -> str | None:
        """The newest article's id, or None in an empty store."""
        page = self.article_page(0, 1)
        return page[0].id if page else None

    # Stories

    def story_count(self) -> int:
        """How many stories the briefing holds."""
        return self._count("select id from stories")

    def story_page(self, offset: int, limit: int) -> tuple[Story, ...]:
        """`limit` stories from the `offset`-th, in briefing order."""
        rows = self._rows(
            "select * from stories order by position, id limit ? offset ?", [limit, offset]
        )
        return self._stories(rows)

    def story(self, story_id: str) -> Story | None:
        """One story by id, or None."""
        found = self._stories(self._rows("select * from stories where id = ?", [story_id]))
        return found[0] if found else None

    def latest_story(self) -> Story | None:
        """The most recent story (first in the briefing among the newest), or None."""
        rows = self._rows("select * from stories order by date desc, position, id limit 1")
        found = self._stories(rows)
        return found[0] if found else None

    def topic(self, term: str) -> tuple[str, ...]:
        """The ids of the stories with an article matching `term`, the story whose best article
        matches best first (then in briefing order): a reader asking for `tax` wants the tax row
        above a story that names tax once in its tenth paragraph."""
        phrase = fts_phrase(term)
        if not phrase:
            return ()
        sql = _TOPIC_STORIES.format(index=self._story_index())
        return tuple(row["id"] for row in self._rows(sql, [phrase]))

    def _story_index(self) -> str:
        """`indexed by` the story id index, or nothing in a store built before it existed."""
        if self._story_hint is None:
            sql = "select count(*) n from sqlite_master where type = 'index' and name = ?"
            found = self._rows(sql, [_STORY_INDEX])[0]["n"]
            self._story_hint = f"indexed by {_STORY_INDEX}" if found else ""
        return self._story_hint

    def stories_by_id(self, story_ids: Sequence[str]) -> tuple[Story, ...]:
        """These stories, in the order given (unknown ids left out)."""
        marks = ", ".join("?" * len(story_ids))
        rows = self._rows(f"select * from stories where id in ({marks})", story_ids)
        order = {story_id: n for n, story_id in enumerate(story_ids)}
        return self._stories(sorted(rows, key=lambda row: order[row["id"]]))

    def _stories(self, rows: list[dict[str, Any]]) -> tuple[Story, ...]:
        """Stories from their rows, each with its summary sentences."""
        ids = [row["id"] for row in rows]
        marks = ", ".join("?" * len(ids))
        sentences: dict[str, list[Any]] = {}
        sql = (
            f"select * from story_sentences where story_id in ({marks}) order by story_id, position"
        )
        for row in self._rows(sql, ids) if ids else []:
            sentences.setdefault(row["story_id"], []).append(story_sentence_from(row))
        return tuple(story_from(row, sentences) for row in rows)  # fmt: skip

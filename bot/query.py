"""Read-only lookups over the briefing store; rows come back as models, never dicts."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Any, TypeVar, cast

import sqlite_utils

from bot.models import (
    Article,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    SentenceScore,
    Story,
    StorySentence,
)
from bot.rows import (
    ArticleRef,
    SentenceHit,
    SourceCount,
    StoreInfo,
    article_ref_from,
    figure_from,
    hit_from,
    quote_from,
    story_from,
    story_sentence_from,
)
from bot.store import TWIN_ROWS
from bot.twins import merge_figures, merge_reported

_TOKEN = re.compile(r"\S+")
_Linked = TypeVar("_Linked", Quote, Figure)
_T = TypeVar("_T")
# Best first: a quote's own words weigh more than its context, and a full quote beats a
# fragment or a paraphrase; a figure's measure says most about what it is.
_ORDER = {
    "quotes": "case t.kind when 'direct' then 0 when 'fragment' then 1 else 2 end, "
    "bm25(quotes_fts, 4.0, 2.0, 1.0, 1.0)",
    "figures": "bm25(figures_fts, 2.0, 3.0, 1.0)",
}


def fts_phrase(term: str) -> str:
    """`term` as an FTS5 query of quoted plain words (implicit AND); "" when nothing is left."""
    tokens = [t for t in _TOKEN.findall(term) if any(c.isalnum() for c in t)]
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens[:32])


class Query:
    """Every read the bot makes; user terms are always quoted, never FTS5 syntax."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # Whole-store lists reused until a build bumps build_id: every command names outlets.
        self._cache: dict[str, tuple[int, Any]] = {}

    def _cached(self, name: str, load: Callable[[], _T]) -> _T:
        build = self.build_id()
        hit = self._cache.get(name)
        if hit is not None and hit[0] == build:
            return cast(_T, hit[1])
        value = load()
        self._cache[name] = (build, value)
        return value

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, list(params)))

    def _meta(self, key: str) -> str | None:
        rows = self._rows("select value from meta where key = ?", [key])
        return str(rows[0]["value"]) if rows else None

    def build_id(self) -> int:
        """The store's build counter (0 before any build); buttons carry it to detect rebuilds."""
        value = self._meta("build_id")
        return int(value) if value and value.isdigit() else 0

    def info(self) -> StoreInfo:
        """Counts, outlets, date range and build time."""
        dates = self._rows("select min(date) first, max(date) last from articles")[0]
        return StoreInfo(
            articles=self.db.table("articles").count,
            stories=self.db.table("stories").count,
            quotes=self._statements("quotes"),
            figures=self._statements("figures"),
            sources=tuple(s for s in self.sources() if s.articles),
            first_date=date.fromisoformat(dates["first"]) if dates["first"] else None,
            last_date=date.fromisoformat(dates["last"]) if dates["last"] else None,
            built_at=self._meta("built_at"),
            build_id=self.build_id(),
        )

    def _statements(self, table: str) -> int:
        """Stored quotes or figures, a statement several outlets report counted once (in the
        first article by id that reports it): two counts on indexes, whatever the store's size."""
        twins = (
            f"select count(*) from [{table}] where {TWIN_ROWS} "
            "and article_id > (select min(value) from json_each(sources))"
        )
        rows = self._rows(f"select (select count(*) from [{table}]) - ({twins}) n")
        return int(rows[0]["n"])

    def sources(self) -> tuple[SourceCount, ...]:
        """Outlets by number of articles, most first."""
        rows = self._rows(
            "select source, count(*) n from articles group by source order by n desc, source"
        )
        feeds = self._feeds()
        outlets = [SourceCount(r["source"], r["n"], feeds.pop(r["source"], ())) for r in rows]
        waiting = [SourceCount(name, 0, urls) for name, urls in sorted(feeds.items())]
        return (*outlets, *waiting)

    def _feeds(self) -> dict[str, tuple[str, ...]]:
        """The followed feeds by the outlet their articles name (by source name before any)."""
        if "source_entries" not in self.db.table_names():
            return {}
        rows = self._rows(
            "select distinct a.source outlet, s.url from source_entries e "
            "join articles a on a.id = e.article_id join sources s on s.id = e.source_id "
            "order by a.source, s.url"
        )
        feeds: dict[str, tuple[str, ...]] = {}
        for row in rows:
            feeds[row["outlet"]] = (*feeds.get(row["outlet"], ()), row["url"])
        given = {url for urls in feeds.values() for url in urls}
        for row in self._rows("select name, url from sources where state != 'gone' order by id"):
            if row["url"] not in given:
                feeds[row["name"]] = (row["url"],)
        return feeds

    # Articles

    def article_refs(self) -> dict[str, ArticleRef]:
        """Every article's outlet, date and link, by id (newest first); a copy, free to change."""
        return dict(self._cached("refs", self._load_refs))

    def _load_refs(self) -> dict[str, ArticleRef]:
        rows = self._rows(
            "select id, date, source, headline, url, story_id from articles order by date desc, id"
        )
        return {row["id"]: article_ref_from(row) for row in rows}

    def articles(self) -> tuple[ArticleRef, ...]:
        """Every article, newest first."""
        return tuple(self.article_refs().values())

    def article(self, article_id: str) -> Article | None:
        """One article with its paragraphs and sentences, or None."""
        rows = self._rows("select * from articles where id = ?", [article_id])
        if not rows:
            return None
        row = rows[0]
        paragraphs = self._rows(
            "select position, kind, text from paragraphs where article_id = ? order by position",
            [article_id],
        )
        return Article(
            id=row["id"], date=date.fromisoformat(row["date"]), source=row["source"],
            headline=row["headline"], url=row["url"], origin=row["origin"],
            raw_text=row["raw_text"], text=row["text"],
            paragraphs=tuple(Paragraph(**p) for p in paragraphs),
            sentences=self._sentences(article_id), content_hash=row["content_hash"],
        )  # fmt: skip

    def _sentences(self, article_id: str) -> tuple[Sentence, ...]:
        rows = self._rows(
            "select position, paragraph, kind, text from sentences where article_id = ? "
            "order by position",
            [article_id],
        )
        return tuple(Sentence(**row) for row in rows)

    def scores(self, article_id: str) -> tuple[SentenceScore, ...]:
        """The ranked sentences of an article, best first."""
        rows = self._rows(
            "select position, score, rank from sentences "
            "where article_id = ? and rank is not null order by rank",
            [article_id],
        )
        return tuple(SentenceScore(r["position"], r["score"] or 0.0, r["rank"]) for r in rows)

    def summary(self, article_id: str, n: int = 3) -> tuple[Sentence, ...]:
        """The article's top-`n` sentences by rank, shown in article order."""
        rows = self._rows(
            "select position, paragraph, kind, text from sentences "
            "where article_id = ? and rank is not null order by rank limit ?",
            [article_id, max(n, 0)],
        )
        return tuple(sorted((Sentence(**row) for row in rows), key=lambda s: s.position))

    def find_article_ids(self, term: str) -> tuple[str, ...]:
        """Ids of articles whose headline, text or sentences match `term`, best first."""
        phrase = fts_phrase(term)
        if not phrase:
            return ()
        rows = self._rows(
            "select a.id from articles a join articles_fts f on a.rowid = f.rowid "
            "where articles_fts match ? order by f.rank",
            [phrase],
        )
        return tuple(dict.fromkeys(row["id"] for row in rows))

    # Stories

    def stories(self) -> tuple[Story, ...]:
        """Every story in briefing order."""
        return self._cached("stories", self._load_stories)

    def story(self, story_id: str) -> Story | None:
        """One story by id, or None."""
        return next((s for s in self.stories() if s.id == story_id), None)

    def stories_about(self, term: str) -> tuple[Story, ...]:
        """Stories with an article matching `term`, in briefing order."""
        ids = set(self.find_article_ids(term))
        return tuple(s for s in self.stories() if ids.intersection(s.article_ids))

    def story_of(self, article_id: str) -> Story | None:
        """The story an article belongs to, or None."""
        return next((s for s in self.stories() if article_id in s.article_ids), None)

    def latest_story(self) -> Story | None:
        """The most recent story (first in the briefing among the newest)."""
        stories = self.stories()
        if not stories:
            return None
        newest = max(s.date for s in stories)
        return next(s for s in stories if s.date == newest)

    def stories_since(
        self, seen_article_ids: Collection[str] = (), *, on_or_after: date | None = None
    ) -> tuple[Story, ...]:
        """Stories with an article not in `seen_article_ids` (dated from `on_or_after`)."""
        seen = set(seen_article_ids)
        return tuple(
            s
            for s in self.stories()
            if not seen.issuperset(s.article_ids) and (on_or_after is None or s.date >= on_or_after)
        )

    def _load_stories(self) -> tuple[Story, ...]:
        sentences: dict[str, list[StorySentence]] = {}
        for row in self._rows("select * from story_sentences order by story_id, position"):
            sentences.setdefault(row["story_id"], []).append(story_sentence_from(row))
        rows = self._rows("select * from stories order by position, id")
        return tuple(story_from(row, sentences) for row in rows)

    # Quotes, figures, sentences

    def quotes(self, article_id: str | None = None) -> tuple[Quote, ...]:
        """All quotes (or one article's): full quotes first, then in article order."""
        where, params = ("where article_id = ?", [article_id]) if article_id else ("", [])
        rows = self._rows(
            f"select * from quotes {where} order by kind != 'direct', article_id, position", params
        )
        return tuple(quote_from(row) for row in rows)

    def search_quotes(self, term: str, limit: int = -1) -> tuple[Quote, ...]:
        """Distinct statements whose text, speaker, role or context match `term`, best first."""
        rows = self._match("quotes", term, limit)
        return _first(merge_reported(quote_from(row) for row in rows), limit)

    def top_speakers(self, n: int = 3) -> tuple[str, ...]:
        """The most quoted speakers, most first."""
        rows = self._rows(
            "select speaker, count(*) n from quotes where speaker is not null and speaker != '' "
            "group by speaker order by n desc, speaker limit ?",
            [n],
        )
        return tuple(row["speaker"] for row in rows)

    def figures(
        self, term: str | None = None, article_id: str | None = None, limit: int = -1
    ) -> tuple[Figure, ...]:
        """Distinct figures matching `term` (best first), or all (newest articles first)."""
        if term is not None and term.strip():
            found = self._match("figures", term, limit)
            return _first(merge_figures(figure_from(row) for row in found), limit)
        where, params = ("where f.article_id = ?", [article_id]) if article_id else ("", [])
        # Newest articles first, down the date index: a page reads only the figures it shows.
        rows = self._rows(
            f"select f.* from articles a cross join figures f on f.article_id = a.id {where} "
            "order by a.date desc, a.id, f.position limit ?",
            [*params, _over(limit)],
        )
        figures = (figure_from(row) for row in rows)
        return tuple(figures) if article_id else _first(merge_figures(figures), limit)

    def search_sentences(self, term: str, limit: int = 200) -> tuple[SentenceHit, ...]:
        """Sentences matching `term`, best first, with the spans to highlight."""
        phrase = fts_phrase(term)
        if not phrase:
            return ()
        rows = self._rows(
            "select s.article_id, s.position, "
            "highlight(sentences_fts, 0, char(1), char(2)) marked "
            "from sentences s join sentences_fts on s.rowid = sentences_fts.rowid "
            "where sentences_fts match ? order by sentences_fts.rank limit ?",
            [phrase, limit],
        )
        return tuple(hit_from(row) for row in rows)

    def _match(self, table: str, term: str, limit: int = -1) -> list[dict[str, Any]]:
        phrase = fts_phrase(term)
        if not phrase:
            return []
        return self._rows(
            f"select t.* from [{table}] t join [{table}_fts] f on t.rowid = f.rowid "
            f"where [{table}_fts] match ? order by {_ORDER[table]}, t.article_id, t.position "
            "limit ?",
            [phrase, _over(limit)],
        )


def _over(limit: int) -> int:
    """Rows to read for `limit` results once twins are merged away (-1: all)."""
    return -1 if limit < 0 else 3 * limit


def _first(items: tuple[_Linked, ...], limit: int) -> tuple[_Linked, ...]:
    return items if limit < 0 else items[:limit]

"""Reads of articles: their references, texts, sentences, ranked summaries and matches."""

from __future__ import annotations

from datetime import date

from bot.models import Article, Paragraph, Sentence, SentenceScore
from bot.query.base import QueryBase, fts_phrase
from bot.rows import ArticleRef, article_ref_from


class ArticleReads(QueryBase):
    """One article, every article's reference, and full-text matches on them."""

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

"""Reads of what articles say: quotes, figures and sentences, searched or listed, with the
same statement from several outlets shown once."""

from __future__ import annotations

from typing import Any, TypeVar

from bot.models import Figure, Quote
from bot.query.base import QueryBase, fts_phrase
from bot.rows import SentenceHit, figure_from, hit_from, quote_from
from bot.twins import merge_figures, merge_reported

_Linked = TypeVar("_Linked", Quote, Figure)
# Best first: a quote's own words weigh more than its context, and a full quote beats a
# fragment or a paraphrase; a figure's measure says most about what it is.
_ORDER = {
    "quotes": "case t.kind when 'direct' then 0 when 'fragment' then 1 else 2 end, "
    "bm25(quotes_fts, 4.0, 2.0, 1.0, 1.0)",
    "figures": "bm25(figures_fts, 2.0, 3.0, 1.0)",
}
# bm25 favours short sentences; a sentence's summary rank (1 = its article's best) lifts the
# sentences that tell the news over asides: rank 1 doubles the match score, rank 10 adds a tenth.
_SUMMARY_WEIGHT = "(1.0 + 1.0 / coalesce(nullif(s.rank, 0), 1000))"
# A term naming who spoke puts that speaker's own words before the words of others about them.
_SPOKEN_BY = {"quotes": "speaker"}


class StatementReads(QueryBase):
    """Quotes, figures and sentences; user terms are always quoted, never FTS5 syntax."""

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
        """Sentences matching `term`, best first, with the spans to highlight; news before page
        furniture (a credit line is short, so it would otherwise outrank every sentence of news
        that names the same reporter or place), and a sentence its article ranks high (a lead)
        before an aside that only mentions the term in a few words."""
        phrase = fts_phrase(term)
        if not phrase:
            return ()
        rows = self._rows(
            "select s.article_id, s.position, "
            "highlight(sentences_fts, 0, char(1), char(2)) marked "
            "from sentences s join sentences_fts on s.rowid = sentences_fts.rowid "
            "where sentences_fts match ? order by s.kind != 'body', "
            f"sentences_fts.rank * {_SUMMARY_WEIGHT} limit ?",
            [phrase, limit],
        )
        return tuple(hit_from(row) for row in rows)

    def _match(self, table: str, term: str, limit: int = -1) -> list[dict[str, Any]]:
        phrase = fts_phrase(term)
        if not phrase:
            return []
        first, params = "", [phrase, _over(limit)]
        if table in _SPOKEN_BY:
            spoken = f"select rowid from [{table}_fts] where [{table}_fts] match ?"
            first = f"t.rowid not in ({spoken}), "
            params = [phrase, f"{_SPOKEN_BY[table]} : ({phrase})", _over(limit)]
        return self._rows(
            f"select t.* from [{table}] t join [{table}_fts] f on t.rowid = f.rowid "
            f"where [{table}_fts] match ? order by {first}{_ORDER[table]}, t.article_id, "
            "t.position limit ?",
            params,
        )


def _over(limit: int) -> int:
    """Rows to read for `limit` results once twins are merged away (-1: all)."""
    return -1 if limit < 0 else 3 * limit


def _first(items: tuple[_Linked, ...], limit: int) -> tuple[_Linked, ...]:
    return items if limit < 0 else items[:limit]

"""What the store holds as a whole: counts, outlets and their feeds, dates, build time."""

from __future__ import annotations

from datetime import date

from bot.query.base import QueryBase
from bot.rows import SourceCount, StoreInfo
from bot.store import TWIN_ROWS


class OverviewReads(QueryBase):
    """The reads behind /about and the outlet lists."""

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

"""The story index in the store: each article's print, an index of its terms, and its links.

A link joins two articles alike enough to be one event. A new article finds its candidates through
the terms of its print within the date window (an inverted index in SQLite), so adding articles
costs what they cost, not what the store holds; the events a build touched are the articles
linked (directly or through others) to what it added, changed or removed, and only those are
grouped and linked again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from bot.models import StoryPrint
from bot.store import Store

Joins = Callable[[StoryPrint, StoryPrint], float]  # the likeness of two prints, 0 if none
_IDS = "(select value from json_each(?))"
# Articles whose candidates are looked up together: each brings some 35 candidate pairs and 30
# prints, so a chunk of 50 keeps a full build of any size near 100 MB in the build process.
CHUNK = 50


def save_prints(store: Store, prints: Iterable[StoryPrint]) -> None:
    """Store prints and index their terms by day."""
    for found in prints:
        day = found.date.toordinal()
        store.db.execute(
            "insert or replace into story_prints (article_id, day, terms, names) values (?,?,?,?)",
            [found.article_id, day, json.dumps(found.terms), json.dumps(found.names)],
        )
        store.db.conn.executemany(
            "insert or replace into story_terms (term, day, article_id) values (?, ?, ?)",
            ((term, day, found.article_id) for term in found.terms),
        )


def forget(store: Store, article_ids: Sequence[str]) -> set[str]:
    """Drop the links of articles about to change or go; their former neighbours and story mates,
    whose events may change with them."""
    ids = json.dumps(list(article_ids))
    touched = {
        row[0]
        for row in store.db.execute(
            f"select second from story_links where first in {_IDS} union "
            f"select first from story_links where second in {_IDS} union "
            "select id from articles where story_id in "
            f"(select story_id from articles where id in {_IDS})",
            [ids, ids, ids],
        )
    }
    store.db.execute(
        f"delete from story_links where first in {_IDS} or second in {_IDS}", [ids, ids]
    )
    return touched - set(article_ids)


def link(
    store: Store, article_ids: Iterable[str], joins: Joins, *, window: int, least: float
) -> None:
    """Link each of `article_ids` to the stored articles at least `least` alike (index lookups)."""
    for chunk in _chunks(article_ids, CHUNK):
        pairs = _candidates(store, chunk, window)
        prints = load_prints(store, {x for pair in pairs for x in pair})
        rows = []
        for first, second in pairs:
            value = joins(prints[first], prints[second])
            if value >= least:
                rows.append((first, second, value))
        store.db.conn.executemany(
            "insert or replace into story_links (first, second, similarity) values (?, ?, ?)", rows
        )


# Articles sharing a term with the given ones (a JSON list) within a window of days either side:
# both sides are index lookups (article_id; term and day), so a store of any size costs the same.
CANDIDATES_SQL = (
    "select distinct a.article_id, b.article_id from story_terms a join story_terms b "
    "on b.term = a.term and b.day between a.day - ? and a.day + ? "
    f"where a.article_id in {_IDS} and b.article_id != a.article_id"
)


def _candidates(store: Store, chunk: list[str], window: int) -> set[tuple[str, str]]:
    """Pairs (sorted) of a chunk's articles and those sharing a term with them within `window`."""
    rows = store.db.execute(CANDIDATES_SQL, [window, window, json.dumps(chunk)])
    return {(min(x, y), max(x, y)) for x, y in rows}


def load_prints(store: Store, article_ids: Iterable[str]) -> dict[str, StoryPrint]:
    """The stored prints of `article_ids`."""
    sql = f"select article_id, day, terms, names from story_prints where article_id in {_IDS}"
    return {
        article_id: StoryPrint(article_id, date.fromordinal(day), json.loads(terms),
                               tuple(json.loads(names)))
        for article_id, day, terms, names in store.db.execute(sql, [json.dumps(list(article_ids))])
    }  # fmt: skip


def events(store: Store, seeds: Iterable[str], least: float) -> Iterator[list[str]]:
    """The stored articles linked (by links of at least `least`, directly or through others) to
    each seed, one sorted group at a time; each article comes once."""
    seen: set[str] = set()
    for seed in sorted(_existing(store, seeds)):
        if seed in seen:
            continue
        group, frontier = {seed}, [seed]
        while frontier:
            found = _neighbours(store, frontier, least) - group
            group |= found
            frontier = sorted(found)
        seen |= group
        yield sorted(group)


def _existing(store: Store, ids: Iterable[str]) -> list[str]:
    rows = store.db.execute(f"select id from articles where id in {_IDS}", [json.dumps(list(ids))])
    return [row[0] for row in rows]


def _neighbours(store: Store, ids: list[str], least: float) -> set[str]:
    sql = (
        f"select second from story_links where first in {_IDS} and similarity >= ? union "
        f"select first from story_links where second in {_IDS} and similarity >= ?"
    )
    members = json.dumps(ids)
    return {row[0] for row in store.db.execute(sql, [members, least, members, least])}


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

"""After a build's writes, the stories: the changed articles are linked through the story index,
and every event they touch is grouped and linked again, a pack of whole events at a time on the
workers, so the memory a relink holds follows the events touched, not the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from bot import story_index
from bot.analyse import events
from bot.models import Article, ArticleAnalysis, Corpus
from bot.store import Store, load_analyses, load_articles
from bot.workers import BuildFailed, Mapper

Linker = Callable[[Sequence[Article], Sequence[ArticleAnalysis]], Corpus]
LINK_BATCH = 40  # articles of whole events linked together; 4 packs in flight bound the memory


def relink(
    store: Store, changed: list[str], touched: set[str], linker: Linker, mapped: Mapper[Any, Any]
) -> None:
    """Link the changed articles through the index, then group and link every event touched
    (on the workers, a pack of whole events at a time)."""
    story_index.link(store, changed, events.similarity, window=events.MAX_DAYS,
                     least=events.SAME_EVENT)  # fmt: skip
    groups = story_index.events(store, [*changed, *touched], events.SAME_EVENT)
    packs = (
        (load_articles(store.db, members), load_analyses(store.db, members))
        for members in _packed(groups, LINK_BATCH)
    )
    for members, corpus in mapped(partial(link_pack, linker=linker), packs):
        store.replace_corpus(members, corpus)


def link_pack(
    pack: tuple[list[Article], list[ArticleAnalysis]], linker: Linker
) -> tuple[list[str], Corpus]:
    """The ids of a pack of whole events and their linked stories, quotes and figures."""
    articles, analyses = pack
    try:
        return [a.id for a in articles], linker(articles, analyses)
    except Exception as error:
        # Raised in a worker, so only a message travels back.
        message = f"linking the articles failed ({type(error).__name__}: {error})"
        raise BuildFailed(f"{message}; the store was left as it was") from error


def _packed(groups: Iterable[list[str]], size: int) -> Iterator[list[str]]:
    """Whole groups packed together up to `size` articles (a bigger group goes alone)."""
    pack: list[str] = []
    for group in groups:
        if pack and len(pack) + len(group) > size:
            yield sorted(pack)
            pack = []
        pack += group
    if pack:
        yield sorted(pack)

"""The paged listings: a command's argument and a page number in, that page or a Reply out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot import markup, notices, packing, render
from bot.models import Reply
from bot.paged_query import PagedQuery, reporting
from bot.query import Query

MAX_RESULTS = 100  # a list longer than 20 pages is a sign to narrow the term, not to page on
PER_PAGE = {"summary": 3, "quotes": 5, "figures": 8, "articles": 10, "search": 8}
EMPTY_STORE = "The briefing is empty: run <code>briefing-bot build</code> to add articles."
_WHOLE_BRIEFING = "Try /summary for the whole briefing."


def text_reply(*messages: str) -> Reply:
    """A Reply of the given messages, leaving out empty ones."""
    return Reply(messages=tuple(m for m in messages if m))


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: its messages (one, unless its blocks cannot share one), which
    page it is, and how many there are."""

    messages: tuple[str, ...]
    number: int
    count: int


Listing = Callable[[str, int], "Page | Reply"]


class Listings:
    """The listings behind /summary, /quotes, /figures, /articles and /search.

    Each gives one page (clamped to the first and last) read with a query for that page, so a
    page costs the same at any store size; term searches stop at MAX_RESULTS results."""

    def __init__(self, query: Query, usage: Callable[[str], Reply]) -> None:
        self.query = query
        self.paged = PagedQuery(query)
        self.usage = usage  # the usage Reply of a command, for a missing argument

    def by_name(self) -> dict[str, Listing]:
        """Each listing by its command name."""
        return {
            "summary": self.summary, "quotes": self.quotes, "figures": self.figures,
            "articles": self.articles, "search": self.search,
        }  # fmt: skip

    def summary(self, args: str, page: int = 1) -> Page | Reply:
        """The whole briefing, one story or article, or the stories about a topic."""
        if not args:
            return self._stories((), page, "Briefing")
        story = self.paged.story(args)
        if story is not None:
            refs = self.paged.refs(story.article_ids)
            return _select(packing.paginate([render.story_block(story, refs)], 1), page)
        ref = self.paged.refs([args]).get(args)
        if ref is not None:
            block = render.article_summary_block(ref, self.query.summary(args, 5))
            return _select(packing.paginate([block], 1), page)
        topic = self.paged.topic(args)
        if not topic:
            return text_reply(notices.no_results("stories", args, _WHOLE_BRIEFING))
        title = f"Stories about {markup.clip(args, notices.ECHO_CHARS)}"
        return self._stories(topic, page, title)

    def _stories(self, topic: tuple[str, ...], page: int, title: str) -> Page | Reply:
        """A page of the briefing, or (given their ids) of the stories about a topic."""
        count = len(topic) if topic else self.paged.story_count()
        if not count:
            return text_reply(EMPTY_STORE)
        per_page = PER_PAGE["summary"]
        number, offset = _clamped(page, count, per_page)
        if topic:
            stories = self.paged.stories_by_id(topic[offset : offset + per_page])
        else:
            stories = self.paged.story_page(offset, per_page)
        refs = self.paged.refs(i for s in stories for i in s.article_ids)
        blocks = [render.story_block(s, refs) for s in stories]
        return self._page("summary", blocks, render.header(title, count), number, count)

    def quotes(self, args: str, page: int = 1) -> Page | Reply:
        """The distinct statements matching a term."""
        if not args:
            return self.usage("quotes")
        quotes = self.query.search_quotes(args, limit=MAX_RESULTS + 1)
        if not quotes:
            return text_reply(
                notices.no_results("quotes", args, f"Try /quotes {self.quote_hint()}")
            )
        shown = quotes[:MAX_RESULTS]
        refs = self.paged.refs(reporting(shown))
        blocks = [render.quote_block(q, refs) for q in shown]
        return self._pick("quotes", blocks, f"Quotes about {_echoed(args)}", len(quotes), page)

    def figures(self, args: str, page: int = 1) -> Page | Reply:
        """The distinct figures matching a term, or all of them."""
        figures = self.query.figures(args or None, limit=MAX_RESULTS + 1)
        if not figures:
            hint = "Try /figures to see them all." if args else "The briefing has none yet."
            return text_reply(notices.no_results("figures", args, hint))
        shown = figures[:MAX_RESULTS]
        refs = self.paged.refs(reporting(shown))
        blocks = [render.figure_block(f, refs) for f in shown]
        title = f"Figures about {_echoed(args)}" if args else "Figures"
        return self._pick("figures", blocks, title, len(figures), page)

    def articles(self, args: str, page: int = 1) -> Page | Reply:
        """Every article, newest first."""
        count = self.paged.article_count()
        if not count:
            return text_reply(EMPTY_STORE)
        number, offset = _clamped(page, count, PER_PAGE["articles"])
        refs = self.paged.article_page(offset, PER_PAGE["articles"])
        blocks = [render.article_line(ref) for ref in refs]
        return self._page("articles", blocks, render.header("Articles", count), number, count)

    def search(self, args: str, page: int = 1) -> Page | Reply:
        """The sentences matching a term, hits in bold."""
        if not args:
            return self.usage("search")
        hits = self.query.search_sentences(args, limit=MAX_RESULTS + 1)
        if not hits:
            return text_reply(notices.no_results("sentences", args, _WHOLE_BRIEFING))
        shown = hits[:MAX_RESULTS]
        refs = self.paged.refs(h.article_id for h in shown)
        blocks = [render.hit_block(h, refs) for h in shown]
        return self._pick("search", blocks, f"Sentences with {_echoed(args)}", len(hits), page)

    def quote_hint(self) -> str:
        """A speaker's surname that has quotes, for suggestions."""
        speakers = self.query.top_speakers(1)
        return speakers[0].split()[-1] if speakers else "BRICS"

    def _page(self, name: str, blocks: list[str], title: str, number: int, items: int) -> Page:
        """Page `number` of a list of `items`, from the blocks of that page alone."""
        messages = packing.paginate(blocks, PER_PAGE[name], title)
        return Page(tuple(messages), number, -(-items // PER_PAGE[name]))

    def _pick(self, name: str, blocks: list[str], title: str, count: int, page: int) -> Page:
        """Page `page` of a short list (at most MAX_RESULTS blocks), packed as they fit."""
        return _select(packing.paginate(blocks, PER_PAGE[name], render.header(title, count)), page)


def _clamped(page: int, items: int, per_page: int) -> tuple[int, int]:
    """The page number within the first and the last, and the offset of its first item."""
    number = min(max(page, 1), max(-(-items // per_page), 1))
    return number, (number - 1) * per_page


def _select(pages: list[str], page: int) -> Page:
    """Page `page` (clamped) of pages packed whole, one message each."""
    number = min(max(page, 1), len(pages))
    return Page((pages[number - 1],), number, len(pages))


def _echoed(term: str) -> str:
    return markup.clip(term, notices.ECHO_CHARS)

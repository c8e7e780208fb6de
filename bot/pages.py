"""The paged listings: each turns a command's argument into pages of HTML, or a one-off Reply."""

from __future__ import annotations

from collections.abc import Callable

from bot import markup, notices, packing, render
from bot.models import Reply, Story
from bot.query import Query

MAX_RESULTS = 100  # a list longer than 20 pages is a sign to narrow the term, not to page on
PER_PAGE = {"summary": 3, "quotes": 5, "figures": 8, "articles": 10, "search": 8}
EMPTY_STORE = "The briefing is empty: run <code>briefing-bot build</code> to add articles."
_WHOLE_BRIEFING = "Try /summary for the whole briefing."


def text_reply(*messages: str) -> Reply:
    """A Reply of the given messages, leaving out empty ones."""
    return Reply(messages=tuple(m for m in messages if m))


class Listings:
    """The listings behind /summary, /quotes, /figures, /articles and /search."""

    def __init__(self, query: Query, usage: Callable[[str], Reply]) -> None:
        self.query = query
        self.usage = usage  # the usage Reply of a command, for a missing argument

    def by_name(self) -> dict[str, Callable[[str], list[str] | Reply]]:
        """Each listing by its command name."""
        return {
            "summary": self.summary, "quotes": self.quotes, "figures": self.figures,
            "articles": self.articles, "search": self.search,
        }  # fmt: skip

    def summary(self, args: str) -> list[str] | Reply:
        """The whole briefing, one story or article, or the stories about a topic."""
        refs = self.query.article_refs()
        if not args:
            return self._stories(self.query.stories(), "Briefing", "")
        story = self.query.story(args)
        if story is not None:
            return packing.paginate([render.story_block(story, refs)], 1)
        if args in refs:
            block = render.article_summary_block(refs[args], self.query.summary(args, 5))
            return packing.paginate([block], 1)
        title = f"Stories about {markup.clip(args, notices.ECHO_CHARS)}"
        return self._stories(self.query.stories_about(args), title, args)

    def _stories(self, stories: tuple[Story, ...], title: str, term: str) -> list[str] | Reply:
        if not stories:
            found = notices.no_results("stories", term, _WHOLE_BRIEFING) if term else EMPTY_STORE
            return text_reply(found)
        refs = self.query.article_refs()
        blocks = [render.story_block(s, refs) for s in stories]
        return packing.paginate(blocks, PER_PAGE["summary"], render.header(title, len(stories)))

    def quotes(self, args: str) -> list[str] | Reply:
        """The distinct statements matching a term."""
        if not args:
            return self.usage("quotes")
        quotes = self.query.search_quotes(args, limit=MAX_RESULTS + 1)
        if not quotes:
            return text_reply(
                notices.no_results("quotes", args, f"Try /quotes {self.quote_hint()}")
            )
        refs = self.query.article_refs()
        blocks = [render.quote_block(q, refs) for q in quotes[:MAX_RESULTS]]
        return self._pages("quotes", blocks, f"Quotes about {_echoed(args)}", len(quotes))

    def figures(self, args: str) -> list[str] | Reply:
        """The distinct figures matching a term, or all of them."""
        figures = self.query.figures(args or None, limit=MAX_RESULTS + 1)
        if not figures:
            hint = "Try /figures to see them all." if args else "The briefing has none yet."
            return text_reply(notices.no_results("figures", args, hint))
        refs = self.query.article_refs()
        blocks = [render.figure_block(f, refs) for f in figures[:MAX_RESULTS]]
        title = f"Figures about {_echoed(args)}" if args else "Figures"
        return self._pages("figures", blocks, title, len(figures))

    def articles(self, args: str) -> list[str] | Reply:
        """Every article, newest first."""
        articles = self.query.articles()
        if not articles:
            return text_reply(EMPTY_STORE)
        blocks = [render.article_line(a) for a in articles]
        return self._pages("articles", blocks, "Articles", len(articles))

    def search(self, args: str) -> list[str] | Reply:
        """The sentences matching a term, hits in bold."""
        if not args:
            return self.usage("search")
        hits = self.query.search_sentences(args, limit=MAX_RESULTS + 1)
        if not hits:
            return text_reply(notices.no_results("sentences", args, _WHOLE_BRIEFING))
        refs = self.query.article_refs()
        blocks = [render.hit_block(h, refs) for h in hits[:MAX_RESULTS]]
        return self._pages("search", blocks, f"Sentences with {_echoed(args)}", len(hits))

    def quote_hint(self) -> str:
        """A speaker's surname that has quotes, for suggestions."""
        speakers = self.query.top_speakers(1)
        return speakers[0].split()[-1] if speakers else "BRICS"

    def _pages(self, name: str, blocks: list[str], title: str, count: int) -> list[str]:
        return packing.paginate(blocks, PER_PAGE[name], render.header(title, count))


def _echoed(term: str) -> str:
    return markup.clip(term, notices.ECHO_CHARS)

"""Reads of stories: the briefing's order, one story, and the stories about a term or since."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from bot.models import Story, StorySentence
from bot.query.articles import ArticleReads
from bot.rows import story_from, story_sentence_from


class StoryReads(ArticleReads):
    """Stories, kept for the build they were read in."""

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

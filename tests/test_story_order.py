"""A story's summary is stored best first; whoever shows a few keeps the best, in reading order."""

from __future__ import annotations

import re

import sqlite_utils

from bot.analyse import stories, summaries
from bot.digests.messages.cards import StoryCard, story_card
from bot.models import ArticleAnalysis, Story
from bot.parse import read_inputs
from bot.query import Query
from bot.store.export import export_records
from tests.factories import EFE_ID as EFE
from tests.factories import OTHER_ID as OTHER
from tests.factories import SEEDS, make_store

BOTH_OUTLETS = "Russian president Vladimir Putin said on Friday that Russia stands for"


def seed_story_store() -> tuple[sqlite_utils.Database, Story]:
    """The two seed articles, grouped and summarised as the build does, in a store."""
    articles = read_inputs([SEEDS]).articles
    analyses = [ArticleAnalysis(a.id, summaries.score_sentences(a), (), ()) for a in articles]
    (story,) = stories.group_stories(articles, analyses)
    return make_store(articles, stories=[story]), story


def test_story_order_digest_card_keeps_the_sentence_both_outlets_report() -> None:
    db, story = seed_story_store()
    query = Query(db)
    (stored,) = query.stories()
    card = story_card(StoryCard(stored, None, None), query.article_refs())
    bullets = [line for line in card.splitlines() if line.startswith("• ")]
    assert len(story.sentences) == 5
    assert len(bullets) == 3
    assert sum(BOTH_OUTLETS in line for line in bullets) == 1
    # shown in reading order: the EFE article (the lead, same day) first, the other outlet after
    assert bullets[0].startswith("• The Russian president, Vladimir Putin, today encouraged")
    assert bullets[1].startswith("• He highlighted that Russia will assume the presidency")
    assert BOTH_OUTLETS in bullets[2]


def test_story_order_export_cut_keeps_the_best_and_reads_in_order() -> None:
    db, _ = seed_story_store()
    (record,) = export_records(db, "stories", sentences=3)
    texts = [line["text"] for line in record["summary"]]
    assert [re.sub(r"\W.*", "", t) for t in texts] == ["The", "He", "Russian"]
    assert record["summary"][2]["sources"] == [OTHER, EFE]
    (whole,) = export_records(db, "stories")
    assert len(whole["summary"]) == 5
    assert whole["summary"][0]["text"].startswith("The Russian president, Vladimir Putin, today")
    assert whole["summary"][3]["text"].startswith("The conference will last until Monday")
    assert BOTH_OUTLETS in whole["summary"][4]["text"]

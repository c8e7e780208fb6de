"""Stories: articles about one event grouped, and summarised without repeating themselves."""

from __future__ import annotations

from datetime import date

from bot.analyse import events, stories, summaries
from bot.analyse.text.sentences import split_sentences
from bot.models import BODY, Article, ArticleAnalysis, Paragraph, Sentence, Story
from bot.parse import read_inputs
from bot.story_order import reading_order
from tests.factories import EFE_ID as EFE
from tests.factories import OTHER_ID as OTHER
from tests.factories import SEEDS


def article(article_id: str, when: date, *paragraphs: str, headline: str | None = None) -> Article:
    """A body-only article from its paragraphs."""
    paras = tuple(Paragraph(i, BODY, text) for i, text in enumerate(paragraphs))
    texts = [(p, s) for p in paras for s in split_sentences(p.text)]
    sentences = tuple(Sentence(i, p.position, BODY, s) for i, (p, s) in enumerate(texts))
    return Article(
        id=article_id, date=when, source="unknown", url=None, origin="test",
        headline=article_id if headline is None else headline, raw_text="",
        text="\n\n".join(paragraphs), paragraphs=paras, sentences=sentences, content_hash="",
    )  # fmt: skip


def group(*articles: Article) -> tuple[Story, ...]:
    """The stories of `articles`, scored as the build would."""
    analyses = [ArticleAnalysis(a.id, summaries.score_sentences(a), (), ()) for a in articles]
    return stories.group_stories(articles, analyses)


MAY = date(2024, 5, 1)
FLOOD = (
    "Floods in the Spanish city of Valencia killed twelve people on Tuesday.",
    "Rescue teams searched flooded streets and rooftops for people still missing.",
    "The regional government of Valencia declared three days of mourning for the flood victims.",
)
FLOOD_AGAIN = (
    "Twelve people died when floods hit Valencia on Tuesday, officials said.",
    "Rescue teams searched flooded streets for people missing after the storm.",
    "Valencia's regional government declared three days of official mourning for the victims.",
)
FINAL = (
    "Real Madrid won the Champions League final in London on Saturday night.",
    "Vinicius scored the winning goal in the second half at Wembley stadium.",
    "The club has now won the European Cup fifteen times.",
)


def test_stories_seeds_are_one_story_told_by_two_outlets() -> None:
    (story,) = group(*read_inputs([SEEDS]).articles)
    assert story.id == stories.story_id([EFE, OTHER]) == "s7bdf6856ea"
    assert story.article_ids == (EFE, OTHER)
    assert story.date == date(2023, 9, 29)
    assert story.headline.startswith("The Russian president, Vladimir Putin, today encouraged")
    assert [(s.article_id, s.position) for s in story.sentences] == [
        (OTHER, 1), (EFE, 0), (EFE, 2), (EFE, 1), (OTHER, 0),
    ]  # fmt: skip


def test_stories_seed_summary_is_stored_best_first_and_read_in_article_order() -> None:
    articles = read_inputs([SEEDS]).articles
    (story,) = group(*articles)
    dates = {a.id: a.date for a in articles}
    read = reading_order(story.sentences, story.article_ids, dates)
    assert [(s.article_id, s.position) for s in read] == [
        (EFE, 0), (EFE, 1), (EFE, 2), (OTHER, 0), (OTHER, 1),
    ]  # fmt: skip


def test_stories_seed_summary_keeps_the_whole_sentence_its_headline_was_cut_from() -> None:
    (story,) = group(*read_inputs([SEEDS]).articles)
    assert story.headline == (
        "The Russian president, Vladimir Putin, today encouraged the countries of Latin America…"
    )
    lead = story.sentences[1]
    assert lead.text.startswith("The Russian president, Vladimir Putin, today")
    assert lead.text.endswith("it is not a “military alliance.”")


def test_stories_single_article_summary_reads_in_article_order() -> None:
    worst = "Officials said the floods in Valencia were the worst in years, killing twelve people."
    (story,) = group(article("one", MAY, "It was chaos.", *FLOOD, worst))
    read = reading_order(story.sentences, story.article_ids, {"one": MAY})
    assert [(s.position, s.text) for s in read] == [
        (2, FLOOD[1]), (3, FLOOD[2]), (4, worst),
    ]  # fmt: skip


def test_stories_summary_reads_by_article_date_then_position() -> None:
    later = article("later", date(2024, 5, 2), *FLOOD)
    earlier = article("earlier", MAY, *FLOOD_AGAIN)
    (story,) = group(later, earlier)
    assert story.article_ids == ("later", "earlier")  # the lead article is the later one
    read = reading_order(story.sentences, story.article_ids, {"later": later.date, "earlier": MAY})
    assert [(s.article_id, s.position) for s in read] == [
        ("earlier", 0), ("earlier", 2), ("later", 1),
    ]  # fmt: skip


def test_stories_seed_statement_is_said_once_with_both_sources() -> None:
    (story,) = group(*read_inputs([SEEDS]).articles)
    said = [s for s in story.sentences if "strong, independent and successful" in s.text]
    assert len(said) == 1
    assert said[0].sources == (OTHER, EFE)
    assert (said[0].article_id, said[0].position) == (OTHER, 1)


def test_stories_seed_sentences_are_real_sentences_of_their_articles() -> None:
    articles = {a.id: a for a in read_inputs([SEEDS]).articles}
    (story,) = group(*articles.values())
    for s in story.sentences:
        assert articles[s.article_id].sentences[s.position].text == s.text
        assert s.sources[0] == s.article_id


def test_stories_id_is_sha1_of_sorted_ids() -> None:
    assert stories.story_id(["b", "a"]) == stories.story_id(["a", "b"]) == "s5d8b1241b0"


def test_stories_same_event_in_two_outlets_is_one_story() -> None:
    (story,) = group(article("f1", MAY, *FLOOD), article("f2", MAY, *FLOOD_AGAIN))
    assert set(story.article_ids) == {"f1", "f2"}


def test_stories_unrelated_articles_are_separate_stories() -> None:
    found = group(article("f1", MAY, *FLOOD), article("m1", MAY, *FINAL))
    assert sorted(s.article_ids for s in found) == [("f1",), ("m1",)]


def test_stories_dates_far_apart_split_one_event() -> None:
    found = group(article("f1", MAY, *FLOOD), article("f2", date(2024, 5, 20), *FLOOD_AGAIN))
    assert [s.article_ids for s in found] == [("f2",), ("f1",)]


def test_stories_close_dates_still_join() -> None:
    (story,) = group(article("f1", MAY, *FLOOD), article("f2", date(2024, 5, 3), *FLOOD_AGAIN))
    assert story.date == MAY


def test_stories_every_article_in_exactly_one_story() -> None:
    articles = [
        article("f1", MAY, *FLOOD),
        article("f2", MAY, *FLOOD_AGAIN),
        article("m1", MAY, *FINAL),
        article("f3", date(2024, 6, 1), *FLOOD),
    ]
    ids = [i for s in group(*articles) for i in s.article_ids]
    assert sorted(ids) == ["f1", "f2", "f3", "m1"]


def test_stories_newest_first_then_largest() -> None:
    found = group(
        article("m1", MAY, *FINAL),
        article("f1", MAY, *FLOOD),
        article("f2", MAY, *FLOOD_AGAIN),
        article("old", date(2024, 4, 1), "Parliament passed the budget on Monday night."),
    )
    assert [set(s.article_ids) for s in found] == [{"f1", "f2"}, {"m1"}, {"old"}]


def test_stories_single_article_story_has_three_sentences() -> None:
    (story,) = group(article("m1", MAY, *FINAL, "Fans celebrated in Madrid until dawn."))
    assert [s.position for s in story.sentences] == [0, 1, 2]
    assert all(s.sources == ("m1",) for s in story.sentences)


def test_stories_merge_keeps_the_more_informative_wording() -> None:
    short = article("f1", MAY, *FLOOD)
    fuller = article("f2", MAY, *FLOOD_AGAIN)
    (story,) = group(short, fuller)
    rescue = [s for s in story.sentences if "Rescue teams searched flooded streets" in s.text]
    assert len(rescue) == 1
    assert rescue[0].text == FLOOD[1]  # "and rooftops ... still missing" says more
    assert set(rescue[0].sources) == {"f1", "f2"}


def test_stories_near_duplicates_within_one_story_are_merged() -> None:
    (story,) = group(article("f1", MAY, *FLOOD), article("f2", MAY, *FLOOD_AGAIN))
    texts = [s.text for s in story.sentences]
    assert len(texts) == 3
    assert all(len(s.sources) == 2 for s in story.sentences)


def test_stories_headline_is_the_most_central_article_headline() -> None:
    (story,) = group(
        article("left", MAY, FLOOD[0], FLOOD[1], "Power was cut in two districts.", headline="L"),
        article("mid", MAY, FLOOD[0], FLOOD_AGAIN[1], FLOOD_AGAIN[2], headline="Centre"),
        article("right", MAY, FLOOD_AGAIN[1], FLOOD_AGAIN[2], "Trains were halted.", headline="R"),
    )
    assert story.headline == "Centre"
    assert story.article_ids[0] == "mid"


def test_stories_articles_without_analysis_are_scored_on_the_fly() -> None:
    (story,) = stories.group_stories([article("m1", MAY, *FINAL)], [])
    assert [s.position for s in story.sentences] == [0, 1, 2]


def test_stories_no_articles_no_stories() -> None:
    assert stories.group_stories([], []) == ()


def test_stories_headline_falls_back_to_another_article() -> None:
    (story,) = group(
        article("f1", MAY, *FLOOD, headline="Valencia floods kill twelve"),
        article("f2", MAY, *FLOOD_AGAIN, "The storm moved north on Wednesday.", headline=""),
    )
    assert story.article_ids[0] == "f2"
    assert story.headline == "Valencia floods kill twelve"


def test_stories_a_shared_name_alone_does_not_merge_two_statements() -> None:
    summit = (
        "Leaders of twenty African states met in Saint Petersburg for a two-day summit.",
        "The summit ended with a joint declaration on food security and trade.",
    )
    grain = "Russian president Vladimir Putin said on Friday that grain exports would double."
    bridge = "Russian president Vladimir Putin said on Friday that a new railway would open."
    (story,) = group(article("g1", MAY, grain, *summit), article("g2", MAY, bridge, *summit))
    texts = [s.text for s in story.sentences]
    assert grain in texts
    assert bridge in texts
    assert len(texts) == 4


def test_stories_prepared_text_carries_the_article_print_the_index_stores() -> None:
    seeds = read_inputs([SEEDS]).articles
    assert len(seeds) == 2
    for seeded in seeds:
        assert stories.prepare(seeded).event_print == events.story_print(seeded)

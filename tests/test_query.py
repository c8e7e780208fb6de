"""Query: models back from rows, safe full-text search, statements merged across outlets."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import Quote, SentenceScore
from bot.query import Query, fts_phrase
from bot.rows import SourceCount
from bot.twins import merge_reported
from tests.factories import (
    EFE_ID,
    OTHER_ID,
    make_article,
    make_quote,
    make_store,
    make_story,
    rebuild,
    seed_articles,
    seeded_db,
)

HOSTILE = [
    '"',
    "*",
    "AND OR NOT",
    "NEAR(",
    "(((",
    ")",
    "-x",
    "x" * 5000,
    "🙂🚀",
    "שלום عالم",
    "<b>",
    "trade*",
    "col:trade",
    "^trade",
    "'; drop table quotes; --",
]


@pytest.fixture
def query() -> Query:
    return Query(seeded_db())


def test_query_search_quotes_finds_putin_on_brics(query: Query) -> None:
    quotes = query.search_quotes("BRICS")
    assert [q.speaker for q in quotes] == ["Vladimir Putin"]
    assert "not a military alliance" in quotes[0].text
    assert quotes[0].role == "Russian president"


def test_query_search_quotes_matches_role_and_speaker(query: Query) -> None:
    assert len(query.search_quotes("president")) == 1
    assert len(query.search_quotes("Vladimir Putin")) == 2


def test_query_search_quotes_gives_one_entry_per_statement(query: Query) -> None:
    quotes = query.search_quotes("volume trade")
    assert len(quotes) == 1
    assert quotes[0].kind == "direct"  # the direct wording wins over the paraphrase
    assert quotes[0].sources == (OTHER_ID, EFE_ID)


def test_query_merge_reported_keeps_unrelated_quotes_of_one_article() -> None:
    first = make_quote("a", "One thing.", sources=("a", "b"))
    second = make_quote("a", "Another thing.")
    twin = make_quote("b", "One thing, again.", sources=("b", "a"))
    assert merge_reported([first, second, twin]) == (first, second)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("BRICS", '"BRICS"'),
        ("Latin  America", '"Latin" "America"'),
        ('say "no"', '"say" """no"""'),
        ('"', ""),
        ("*", ""),
        ("AND OR NOT", '"AND" "OR" "NOT"'),
        ("NEAR(", '"NEAR("'),
        ("(((", ""),
        ("-x", '"-x"'),
        ("🙂", ""),
        ("", ""),
    ],
)
def test_query_fts_phrase_quotes_every_token(term: str, expected: str) -> None:
    assert fts_phrase(term) == expected


@pytest.mark.parametrize("term", HOSTILE)
def test_query_hostile_terms_never_raise(query: Query, term: str) -> None:
    assert isinstance(query.search_quotes(term), tuple)
    assert isinstance(query.figures(term), tuple)
    assert isinstance(query.search_sentences(term), tuple)
    assert isinstance(query.stories_about(term), tuple)


def test_query_operators_are_plain_words(query: Query) -> None:
    assert query.search_quotes("BRICS OR trade") == ()  # "OR" is a word nobody said
    assert len(query.search_quotes("-BRICS")) == 1  # not a negation


def test_query_right_to_left_text_is_searchable() -> None:
    article = make_article("rtl", "Hebrew", ["הנשיא אמר שלום לכולם."])
    hits = Query(make_store([article])).search_sentences("שלום")
    assert [(h.article_id, h.spans) for h in hits] == [("rtl", ((10, 14),))]


def test_query_search_sentences_stems_and_marks_hits(query: Query) -> None:
    hits = query.search_sentences("increases")
    words = sorted(hit.text[s:e] for hit in hits for s, e in hit.spans)
    assert words == ["increase", "increased", "increased", "increased"]


def test_query_search_sentences_puts_news_before_page_furniture() -> None:
    article = make_article(
        "elm",
        "Elm floods",
        [
            "The river at Elm rose two metres overnight and closed the bridge to the town.",
            ("signoff", "Ann Elm contributed."),
            "Elm was quiet.",
        ],
    )
    hits = Query(make_store([article])).search_sentences("Elm")
    assert [hit.text for hit in hits] == [
        "Elm was quiet.",
        "The river at Elm rose two metres overnight and closed the bridge to the town.",
        "Ann Elm contributed.",
    ]


def test_query_search_sentences_puts_a_lead_before_an_aside() -> None:
    lead = make_article("lead", "Elm floods", ["Floods closed both bridges into Elm on Monday."])
    other = [f"The council met for the {n} time to plan the budget." for n in ("first", "second")]
    aside = make_article("aside", "Budget", [*other, "Ann Lee lived in Elm."])
    hits = Query(make_store([aside, lead])).search_sentences("Elm")
    assert [hit.text for hit in hits] == [
        "Floods closed both bridges into Elm on Monday.",
        "Ann Lee lived in Elm.",
    ]


def test_query_search_sentences_spans_point_at_the_words(query: Query) -> None:
    (hit,) = query.search_sentences("students")
    assert hit.article_id == EFE_ID
    assert [hit.text[s:e] for s, e in hit.spans] == ["students"]


def test_query_figures_merged_across_outlets(query: Query) -> None:
    figures = query.figures("trade")
    assert [(f.value, f.unit, f.sources) for f in figures] == [
        (25.0, "percent", (EFE_ID, OTHER_ID))
    ]
    assert len(query.figures()) == 4
    assert len(query.figures(article_id=OTHER_ID)) == 3


def test_query_article_round_trips(query: Query) -> None:
    efe, _ = seed_articles()
    assert query.article(EFE_ID) == efe
    assert query.article("missing") is None


def test_query_summary_shows_top_sentences_in_article_order() -> None:
    article = make_article("a", "A", ["One. Two. Three. Four."])
    ranks = [SentenceScore(0, 0.1, 4), SentenceScore(1, 0.9, 1), SentenceScore(2, 0.2, 3),
             SentenceScore(3, 0.5, 2)]  # fmt: skip
    query = Query(make_store([article], scores={"a": ranks}))
    assert [s.text for s in query.summary("a", 2)] == ["Two.", "Four."]
    assert [s.text for s in query.summary("a", 10)] == ["One.", "Two.", "Three.", "Four."]
    assert [s.rank for s in query.scores("a")] == [1, 2, 3, 4]


def test_query_stories_by_id_topic_and_since(query: Query) -> None:
    (story,) = query.stories()
    assert story.article_ids == (EFE_ID, OTHER_ID)
    assert query.story(story.id) == story
    assert query.story("s0000000000") is None
    assert query.stories_about("BRICS") == (story,)
    assert query.stories_about("Madagascar") == ()
    assert query.stories_since({EFE_ID, OTHER_ID}) == ()
    assert query.stories_since({EFE_ID}) == (story,)
    assert query.story_of(OTHER_ID) == story


def test_query_latest_story_is_the_newest() -> None:
    old = make_article("old", "Old news", ["Old."], day=date(2023, 1, 1))
    new = make_article("new", "New news", ["New."], day=date(2023, 2, 1))
    query = Query(make_store([old, new], stories=[make_story([old]), make_story([new])]))
    latest = query.latest_story()
    assert latest is not None
    assert latest.headline == "New news"
    assert Query(make_store()).latest_story() is None


def test_query_info_counts_what_the_store_holds(query: Query) -> None:
    info = query.info()
    assert (info.articles, info.stories, info.quotes, info.figures) == (2, 1, 2, 4)
    assert info.sources == (SourceCount("EFE", 1), SourceCount("unknown", 1))
    assert (info.first_date, info.last_date) == (date(2023, 9, 29), date(2023, 9, 29))
    assert info.built_at == "2023-09-30T08:00:00+00:00"
    assert info.build_id == 1


def test_query_article_refs_name_the_outlet(query: Query) -> None:
    refs = query.article_refs()
    assert refs[EFE_ID].source == "EFE"
    assert refs[EFE_ID].url == "https://example.org/efe/putin-brics"
    assert refs[OTHER_ID].url is None


def test_query_quote_models_from_rows(query: Query) -> None:
    quotes = query.quotes(EFE_ID)
    assert len(quotes) == 2
    assert isinstance(quotes[0], Quote)
    assert quotes[0].sentences == (0,)


def test_query_merge_reported_joins_three_outlets_and_pairs_twins() -> None:
    one = make_quote("a", "One.", sources=("a", "b", "c"))
    two = make_quote("a", "Two.", sources=("a", "b"))
    twin_one = make_quote("b", "One, said b.", sources=("b", "a", "c"))
    twin_two = make_quote("b", "Two, said b.", sources=("b", "a"))
    third = make_quote("c", "One, said c.", sources=("c", "a", "b"))
    assert merge_reported([one, two, twin_one, twin_two, third]) == (one, two)


def test_query_limits_cap_results(query: Query) -> None:
    assert len(query.figures(limit=2)) == 2
    assert len(query.figures("trade", limit=5)) == 1
    assert len(query.search_quotes("Putin", limit=1)) == 1
    assert len(query.search_sentences("Putin", limit=2)) == 2


def test_query_top_speakers(query: Query) -> None:
    assert query.top_speakers() == ("Vladimir Putin",)
    assert Query(make_store()).top_speakers() == ()


def test_query_lists_are_reread_after_a_build() -> None:
    db = make_store([make_article("a", "First", ["One."])])
    query = Query(db)
    assert [r.headline for r in query.articles()] == ["First"]
    db.execute("update articles set headline = 'Second'")
    db.execute("update stories set headline = 'Second'")
    assert [r.headline for r in query.articles()] == ["First"]  # same build: cached
    rebuild(db, 2)
    assert [r.headline for r in query.articles()] == ["Second"]
    assert [s.headline for s in query.stories()] == ["Second"]


def test_query_stories_since_a_date() -> None:
    old = make_article("old", "Old news", ["Old."], day=date(2023, 1, 1))
    new = make_article("new", "New news", ["New."], day=date(2023, 2, 1))
    query = Query(make_store([old, new]))
    since = query.stories_since(on_or_after=date(2023, 1, 15))
    assert [s.headline for s in since] == ["New news"]
    assert query.stories_since({"new"}, on_or_after=date(2023, 1, 15)) == ()


def test_query_search_quotes_puts_full_quotes_first() -> None:
    article = make_article("a", "A", ["Text."])
    quotes = [
        make_quote("a", "Wheat prices.", "Ann", kind="indirect"),
        make_quote("a", "Wheat", "Bob", kind="fragment"),
        make_quote("a", "We will sell our wheat to anyone who pays on time, always.", "Cy"),
    ]
    found = Query(make_store([article], quotes)).search_quotes("wheat")
    assert [q.speaker for q in found] == ["Cy", "Bob", "Ann"]

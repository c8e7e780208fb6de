"""Builders for tests: tiny inline articles, quotes, figures and stories in an in-memory store."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

import sqlite_utils

from bot.models import (
    BODY,
    Article,
    ArticleAnalysis,
    Corpus,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    SentenceScore,
    Story,
    StorySentence,
)
from bot.store import Store, open_db, set_meta

SEEDS = Path(__file__).resolve().parents[1] / "seeds"  # the bundled seed articles
EFE_ID = "000_1f4e1313dff10dc2"
OTHER_ID = "004_68ac83050532d074"
SEED_DATE = date(2023, 9, 29)
BUILT_AT = "2023-09-30T08:00:00+00:00"
# A plain splitter keeps these builders independent of the analysis package: ". " (or ".” ")
# before a capital or an opening quote ends a sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[.!?][\"”])\s+")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph of simple test text."""
    return [s.strip() for s in _SENTENCE_BREAK.split(paragraph.strip()) if s.strip()]


def make_article(
    id: str,
    headline: str,
    paragraphs: Sequence[str | tuple[str, str]],
    *,
    source: str = "unknown",
    day: date = SEED_DATE,
    url: str | None = None,
) -> Article:
    """An article from paragraph texts (or (kind, text) pairs), split into sentences."""
    paras = tuple(
        Paragraph(i, *(p if isinstance(p, tuple) else (BODY, p))) for i, p in enumerate(paragraphs)
    )
    sentences = tuple(
        Sentence(n, para.position, para.kind, text)
        for n, (para, text) in enumerate(
            (para, text) for para in paras for text in split_sentences(para.text)
        )
    )
    text = "\n\n".join(p.text for p in paras)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id, day, source, headline, url, f"seeds/{id}.txt", text, text, paras,
                   sentences, digest)  # fmt: skip


def make_quote(
    article_id: str,
    text: str,
    speaker: str | None = "Vladimir Putin",
    *,
    role: str | None = None,
    kind: str = "direct",
    sources: Sequence[str] = (),
    context: str = "",
) -> Quote:
    """A quote; `sources` defaults to its own article."""
    return Quote(article_id, text, speaker, role, kind, (0,), context or text,
                 tuple(sources) or (article_id,))  # fmt: skip


def make_figure(
    article_id: str,
    text: str,
    value: float,
    unit: str,
    measure: str,
    *,
    qualifier: str | None = None,
    change: str | None = None,
    period: str | None = None,
    sources: Sequence[str] = (),
) -> Figure:
    """A figure; `sources` defaults to its own article."""
    return Figure(article_id, text, value, unit, measure, qualifier, change, period, 0, text,
                  tuple(sources) or (article_id,))  # fmt: skip


def story_id(article_ids: Iterable[str]) -> str:
    """The contract's stable story id: "s" + 10 hex chars of sha1 of the sorted article ids."""
    return "s" + hashlib.sha1("\n".join(sorted(article_ids)).encode()).hexdigest()[:10]


def make_story(
    articles: Sequence[Article], headline: str | None = None, sentences: int = 2
) -> Story:
    """A story over `articles`: the first `sentences` body sentences of each, own source only."""
    picked = tuple(
        StorySentence(s.text, a.id, s.position, (a.id,))
        for a in articles
        for s in [s for s in a.sentences if s.kind == BODY][:sentences]
    )
    ids = tuple(a.id for a in articles)
    return Story(story_id(ids), headline or articles[0].headline,
                 min(a.date for a in articles), ids, picked)  # fmt: skip


def _scores(article: Article) -> tuple[SentenceScore, ...]:
    """Body sentences ranked in article order (rank 1 = first)."""
    body = [s for s in article.sentences if s.kind == BODY]
    return tuple(SentenceScore(s.position, 1.0 / (n + 1), n + 1) for n, s in enumerate(body))


def make_store(
    articles: Sequence[Article] = (),
    quotes: Sequence[Quote] = (),
    figures: Sequence[Figure] = (),
    stories: Sequence[Story] | None = None,
    *,
    scores: Mapping[str, Sequence[SentenceScore]] | None = None,
    build_id: int = 1,
    built_at: str = BUILT_AT,
) -> sqlite_utils.Database:
    """An in-memory store holding exactly this; each article is its own story unless given."""
    db = open_db(":memory:", create=True)
    store = Store(db)
    with store.transaction():
        for article in articles:
            store.save_article(article)
            ranked = (scores or {}).get(article.id, _scores(article))
            store.save_analysis(ArticleAnalysis(article.id, tuple(ranked), (), ()))
        found = tuple(stories) if stories is not None else tuple(make_story([a]) for a in articles)
        store.save_corpus(Corpus(found, tuple(quotes), tuple(figures)))
        store.mark_built(build_id)
        set_meta(db, built_at=built_at)
    return db


def rebuild(db: sqlite_utils.Database, build_id: int) -> None:
    """Pretend a build changed the store (a new build_id)."""
    set_meta(db, build_id=str(build_id))


# The two seed articles, cut down, inline: one event reported by EFE and an unnamed outlet.

EFE_PARAGRAPHS = (
    "The Russian president, Vladimir Putin, today encouraged the countries of Latin America to "
    "enter the BRICS, arguing that it is not a “military alliance.”",
    "“BRICS is an organization, not a military alliance. It is simply a platform to agree on "
    "positions and adopt mutually acceptable decisions based on sovereignty, independence and "
    "mutual respect,” said Putin.",
    "In terms of trade, he highlighted that exchanges increased by 25% in the last five years and "
    "that Russian exports more than doubled in the same five years.",
    "He also promised that Moscow will increase the quota of young Latin Americans studying in "
    "this country, which now amounts to almost 5,000 students.",
    ("signoff", "EFE"),
)
OTHER_PARAGRAPHS = (
    "Russian president Vladimir Putin said on Friday that Russia stands for Latin American "
    "countries to be strong, independent and successful.",
    '"The volume of trade between Russia and Latin America has increased by 25% in the last five '
    'years, Russian exports have increased by 2.3 times," Putin said.',
    "The event brings together more than 200 participants, including legislators from Latin "
    "American and Caribbean countries.",
)
BRICS_QUOTE = (
    "BRICS is an organization, not a military alliance. It is simply a platform to agree on "
    "positions and adopt mutually acceptable decisions based on sovereignty, independence and "
    "mutual respect."
)
TRADE_QUOTE = (
    "The volume of trade between Russia and Latin America has increased by 25% in the last five "
    "years, Russian exports have increased by 2.3 times"
)


def seed_articles() -> tuple[Article, Article]:
    """The EFE article and the unnamed outlet's article on Putin's Latin America speech."""
    efe = make_article(
        EFE_ID, "Putin invites Latin America to join BRICS, “not a military alliance”",
        EFE_PARAGRAPHS, source="EFE", url="https://example.org/efe/putin-brics",
    )  # fmt: skip
    other = make_article(
        OTHER_ID, "Putin wants Latin America strong, independent and successful", OTHER_PARAGRAPHS
    )
    return efe, other


def seed_quotes() -> tuple[Quote, ...]:
    """Putin's statements; the trade statement is reported by both outlets."""
    return (
        make_quote(EFE_ID, BRICS_QUOTE, role="Russian president"),
        make_quote(OTHER_ID, TRADE_QUOTE, sources=(OTHER_ID, EFE_ID)),
        make_quote(
            EFE_ID,
            "exchanges increased by 25% in the last five years",
            kind="indirect",
            sources=(EFE_ID, OTHER_ID),
        ),
    )


def seed_figures() -> tuple[Figure, ...]:
    """The 25% trade rise (both outlets), exports 2.3 times, 5,000 students, 200 participants."""
    trade = "trade between Russia and Latin America"
    return (
        make_figure(EFE_ID, "increased by 25%", 25.0, "percent", trade, change="increase",
                    period="in the last five years", sources=(EFE_ID, OTHER_ID)),
        make_figure(EFE_ID, "almost 5,000 students", 5000.0, "students",
                    "young Latin Americans studying in Russia", qualifier="almost"),
        make_figure(OTHER_ID, "increased by 25%", 25.0, "percent", trade, change="increase",
                    period="in the last five years", sources=(OTHER_ID, EFE_ID)),
        make_figure(OTHER_ID, "increased by 2.3 times", 2.3, "times", "Russian exports",
                    change="increase"),
        make_figure(OTHER_ID, "more than 200 participants", 200.0, "participants",
                    "participants at the conference", qualifier="more than"),
    )  # fmt: skip


def seed_story(articles: Sequence[Article]) -> Story:
    """One story over both articles; the trade sentence carries both outlets."""
    efe, other = articles
    sentences = (
        StorySentence(efe.sentences[0].text, efe.id, 0, (efe.id,)),
        StorySentence(other.sentences[1].text, other.id, 1, (other.id, efe.id)),
    )
    return Story(story_id([efe.id, other.id]), "Putin courts Latin America for BRICS", SEED_DATE,
                 (efe.id, other.id), sentences)  # fmt: skip


def seeded_db(build_id: int = 1) -> sqlite_utils.Database:
    """A store mirroring the two seeds: one story, Putin's quotes, the 25% trade figure."""
    articles = seed_articles()
    return make_store(articles, seed_quotes(), seed_figures(), [seed_story(articles)],
                      build_id=build_id)  # fmt: skip


def write_db(db: sqlite_utils.Database, path: Path) -> Path:
    """Copy an in-memory store to a file, for tests of the edges that open a path."""
    target = sqlite3.connect(path)
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return path


def many_quotes(count: int, term: str = "BRICS") -> sqlite_utils.Database:
    """A store whose one article has `count` distinct quotes mentioning `term`, for paging."""
    article = make_article("a1", f"{term} summit", [f"The {term} summit opened today."])
    quotes = [
        make_quote("a1", f"Statement number {n} about {term} and its future.", f"Speaker {n}")
        for n in range(count)
    ]
    return make_store([article], quotes)


def check_message(markup: str) -> str:
    """The plain text of one message, after asserting Telegram would accept it as HTML."""
    from tests.fake_bot_api import parse_html, utf16_len  # the fake parses HTML as Telegram does

    plain, entities = parse_html(markup)  # raises ParseError as Telegram would refuse it
    assert utf16_len(plain) <= 4096, f"message is too long: {utf16_len(plain)}"
    assert len(entities) <= 100, f"too many entities: {len(entities)}"
    return plain

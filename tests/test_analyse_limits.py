"""An article far longer than any news story is stored whole but analysed only up to a bound."""

from __future__ import annotations

from pathlib import Path

from bot.analyse import MAX_ANALYSED_SENTENCES, analyse, analysed_part
from bot.build import build
from bot.commands import Commands
from bot.models import ChatContext
from bot.parse import make_article, seed_record
from bot.query import Query
from bot.store import open_db

PARAGRAPH = (
    "The harbour board met on Tuesday to discuss the dredging plan for section {n}. "
    "Engineers said the channel had silted up faster than expected after the storms. "
    "The board approved a budget of 2 million pounds for the work."
)
QUOTE = '"We will open the channel again by spring," said harbour master Ada Pennick.'


def long_body(paragraphs: int) -> str:
    """Paragraphs of three sentences, with a quote after the first and after the last one."""
    parts = [PARAGRAPH.format(n=n) for n in range(paragraphs)]
    return "\n\n".join([parts[0], QUOTE, *parts[1:], QUOTE.replace("spring", "summer")])


def test_analyse_limits_a_long_article_is_analysed_up_to_the_bound():
    record = seed_record(" date 2026-11-30 \n" + long_body(200), "long.txt", "long")
    article = make_article(record)
    assert len(article.sentences) == 602
    part = analysed_part(article)
    assert len(part.sentences) == MAX_ANALYSED_SENTENCES == 400
    assert part.paragraphs[-1].position == part.sentences[-1].paragraph
    analysis = analyse(article)
    assert sorted(s.position for s in analysis.scores) == list(range(400))
    assert [(q.text, q.speaker) for q in analysis.quotes if q.kind == "direct"] == [
        ("We will open the channel again by spring", "Ada Pennick")
    ]
    reported = [q for q in analysis.quotes if q.kind == "indirect"]  # "Engineers said the ..."
    assert len(reported) == 133
    assert {q.speaker for q in reported} == {"Engineers"}
    assert max(f.sentence for f in analysis.figures) < 400


def test_analyse_limits_a_short_article_is_analysed_whole():
    article = make_article(seed_record(" date 2026-11-30 \n" + long_body(3), "s.txt", "s"))
    assert analysed_part(article) is article
    assert [q.kind for q in analyse(article).quotes].count("direct") == 2


async def test_analyse_limits_the_stored_article_keeps_all_its_text(tmp_path: Path):
    (tmp_path / "long.txt").write_text(" date 2026-11-30 \n" + long_body(200), encoding="utf-8")
    db_path = tmp_path / "briefing.db"
    build([tmp_path / "long.txt"], db_path)
    db = open_db(db_path)
    assert db.execute("select count(*), count(score) from sentences").fetchone() == (602, 400)
    chat = ChatContext(chat_id=1, chat_type="private")
    reply = await Commands(Query(db)).handle("/summary", chat)
    assert reply is not None
    assert "dredging plan" in reply.messages[0]

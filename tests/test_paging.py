"""Paging: each page of /summary and /articles is read on its own, in a store of 60 articles."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot.cli import main
from bot.commands import Commands
from bot.models import ChatContext, Reply
from bot.page_buttons import NEXT, NOOP, PREV
from bot.paged_query import PagedQuery
from bot.query import Query
from tests.factories import check_message, make_article, make_store, make_story, write_db

PRIVATE = ChatContext(chat_id=42, chat_type="private", user_id=7)
COUNT = 60
OUTLETS = ("EFE", "AP", "Reuters")


def sixty_articles() -> sqlite_utils.Database:
    """Articles n00..n59 dated a day apart (n59 newest), each its own story, listed newest first;
    every fifth one (n00, n05, ... n55) is about the harbour."""
    articles = [
        make_article(
            f"n{i:02d}",
            f"Report {i:02d}",
            [f"Report {i:02d} opened today.", _topic(i)],
            source=OUTLETS[i % 3],
            day=date(2024, 1, 1) + timedelta(days=i),
        )
        for i in range(COUNT)
    ]
    return make_store(articles, stories=[make_story([a]) for a in articles])


def _topic(i: int) -> str:
    return "The harbour reopened to ships." if i % 5 == 0 else "The council met again."


@pytest.fixture
def commands() -> Commands:
    return Commands(Query(sixty_articles()))


async def page_of(commands: Commands, line: str, page: int) -> Reply:
    """Page `page` of a listing, through the callback data its own Next button carries."""
    first = await commands.handle(line, PRIVATE)
    assert first is not None
    if page == 1:
        return first
    data = first.buttons[0][-1].data
    return await commands.callback(data.replace(":2:", f":{page}:", 1), PRIVATE)


def labels(reply: Reply) -> list[str]:
    return [button.text for row in reply.buttons for button in row]


def article_ids(reply: Reply) -> list[str]:
    return re.findall(r"/article (n\d\d)", "\n".join(reply.messages))


def story_headlines(reply: Reply) -> list[str]:
    return re.findall(r"<b>(Report \d\d)</b>", "\n".join(reply.messages))


async def test_paging_articles_first_page_is_the_ten_newest(commands: Commands) -> None:
    reply = await page_of(commands, "/articles", 1)
    (message,) = reply.messages
    check_message(message)
    assert message.startswith("<b>Articles</b> (60)\n\n<b>Report 59</b>\nReuters · 29 Feb 2024")
    assert article_ids(reply) == [f"n{i}" for i in range(59, 49, -1)]
    assert labels(reply) == ["1/6", NEXT]
    assert reply.buttons[0][0].data == NOOP
    assert reply.buttons[0][1].data == "pg:articles:2:1:="


async def test_paging_articles_middle_page(commands: Commands) -> None:
    reply = await page_of(commands, "/articles", 3)
    assert article_ids(reply) == [f"n{i}" for i in range(39, 29, -1)]
    assert labels(reply) == [PREV, "3/6", NEXT]
    assert [b.data for b in reply.buttons[0]] == ["pg:articles:2:1:=", NOOP, "pg:articles:4:1:="]


async def test_paging_articles_last_page_and_beyond(commands: Commands) -> None:
    last = await page_of(commands, "/articles", 6)
    assert article_ids(last) == [f"n0{i}" for i in range(9, -1, -1)]
    assert labels(last) == [PREV, "6/6"]
    beyond = await page_of(commands, "/articles", 9)
    assert beyond == last


async def test_paging_summary_pages_of_three_stories(commands: Commands) -> None:
    first = await page_of(commands, "/summary", 1)
    assert first.messages[0].startswith("<b>Briefing</b> (60)\n\n<b>Report 59</b>")
    assert story_headlines(first) == ["Report 59", "Report 58", "Report 57"]
    assert labels(first) == ["1/20", NEXT]
    seventh = await page_of(commands, "/summary", 7)
    assert story_headlines(seventh) == ["Report 41", "Report 40", "Report 39"]
    assert "• Report 40 opened today. [AP]" in seventh.messages[0]
    assert labels(seventh) == [PREV, "7/20", NEXT]
    last = await page_of(commands, "/summary", 20)
    assert story_headlines(last) == ["Report 02", "Report 01", "Report 00"]
    assert labels(last) == [PREV, "20/20"]
    assert await page_of(commands, "/summary", 21) == last


async def test_paging_summary_about_a_topic(commands: Commands) -> None:
    first = await page_of(commands, "/summary harbour", 1)
    assert first.messages[0].startswith("<b>Stories about harbour</b> (12)")
    assert story_headlines(first) == ["Report 55", "Report 50", "Report 45"]
    assert labels(first) == ["1/4", NEXT]
    assert first.buttons[0][1].data == "pg:summary:2:1:=harbour"
    last = await page_of(commands, "/summary harbour", 4)
    assert story_headlines(last) == ["Report 10", "Report 05", "Report 00"]
    assert labels(last) == [PREV, "4/4"]


async def test_paging_every_page_once_through_next(commands: Commands) -> None:
    reply = await page_of(commands, "/articles", 1)
    seen = article_ids(reply)
    while nexts := [b.data for row in reply.buttons for b in row if b.text == NEXT]:
        reply = await commands.callback(nexts[0], PRIVATE)
        seen += article_ids(reply)
    assert seen == [f"n{i:02d}" for i in range(59, -1, -1)]


def test_paging_refs_name_only_the_articles_asked_for() -> None:
    paged = PagedQuery(Query(sixty_articles()))
    wanted = [f"n{i:02d}" for i in range(0, COUNT, 7)] + [f"missing{i}" for i in range(600)]
    refs = paged.refs(wanted)
    assert sorted(refs) == ["n00", "n07", "n14", "n21", "n28", "n35", "n42", "n49", "n56"]
    assert refs["n07"].source == "AP"
    assert refs["n07"].date == date(2024, 1, 8)
    assert paged.first_article_id() == "n59"
    assert paged.latest_story() is not None
    assert paged.latest_story().headline == "Report 59"  # type: ignore[union-attr]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return write_db(sixty_articles(), tmp_path / "sixty.db")


def test_paging_ask_prints_the_first_page_and_a_hint(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "/articles", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Articles (60)\n\nReport 59\nReuters · 29 Feb 2024 · /article n59\n")
    assert out.count("/article n") == 10
    assert "/article n50\n" in out
    assert "/article n49" not in out
    assert out.endswith("\n[page 1/6: add --all to print every page, or turn them in "
                        "briefing-bot chat]\n")  # fmt: skip


def test_paging_ask_all_prints_every_page(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--all", "/articles", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("Articles (60)\n") == 6
    assert re.findall(r"/article (n\d\d)", out) == [f"n{i:02d}" for i in range(59, -1, -1)]
    assert "[page" not in out


def test_paging_ask_one_page_answer_has_no_hint(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "/summary", "n07", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out == "Report 07\nAP · 8 Jan 2024\n• Report 07 opened today. [AP]\n" \
        "• The council met again. [AP]\n\n"  # fmt: skip


async def test_paging_topics_in_a_store_built_before_the_read_indexes() -> None:
    db = sixty_articles()
    for index in ("idx_articles_story_id", "idx_articles_date_id", "idx_stories_position"):
        db.execute(f"drop index {index}")
    commands = Commands(Query(db))
    first = await page_of(commands, "/summary harbour", 1)
    assert story_headlines(first) == ["Report 55", "Report 50", "Report 45"]
    assert labels(first) == ["1/4", NEXT]
    assert article_ids(await page_of(commands, "/articles", 6))[0] == "n09"


async def test_paging_topic_puts_the_best_matching_story_first() -> None:
    passing = make_article(
        "mention", "Harbour crane fixed",
        ["The harbour crane was fixed on Monday after a week of repairs by the port's own "
         "engineers, who also painted the gates, cleaned the quays and checked every bollard "
         "along the northern wall, paid for from this year's tax."],
        day=date(2024, 1, 9),
    )  # fmt: skip
    about = make_article(
        "levy", "Council sets tax",
        ["The council set the tax for next year.", "The tax rises by 4%, the tax office said."],
        day=date(2024, 1, 2),
    )  # fmt: skip
    commands = Commands(Query(make_store([passing, about])))
    briefing = await commands.handle("/summary", PRIVATE)
    assert briefing is not None
    assert re.findall(r"<b>(\w[\w ]+)</b>\n", briefing.messages[0]) == [
        "Harbour crane fixed",
        "Council sets tax",
    ]
    topic = await commands.handle("/summary tax", PRIVATE)
    assert topic is not None
    assert re.findall(r"<b>(\w[\w ]+)</b>\n", topic.messages[0]) == [
        "Council sets tax",
        "Harbour crane fixed",
    ]

"""Commands: parsing, every command's answer, pagination, deep links, inline mode."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.commands import BUILTINS, Commands
from bot.models import ChatContext, Reply
from bot.page_buttons import NEXT, NOOP, PREV
from bot.query import Query
from tests.factories import (
    EFE_ID,
    OTHER_ID,
    check_message,
    make_store,
    many_quotes,
    rebuild,
    seed_articles,
    seed_story,
    seeded_db,
)

BOT = "briefing_test_bot"
PRIVATE = ChatContext(chat_id=42, chat_type="private", user_id=7, bot_username=BOT)
GROUP = ChatContext(chat_id=-100, chat_type="supergroup", user_id=7, bot_username=BOT)
NOW = datetime(2023, 10, 1, 8, 0, tzinfo=UTC)
STORY_ID = seed_story(seed_articles()).id
HOSTILE = ['"', "*", "AND OR NOT", "NEAR(", "(((", "-x", "x" * 5000, "🙂🚀", "שלום عالم", "<b>"]


@pytest.fixture
def commands() -> Commands:
    return Commands(Query(seeded_db()), now=lambda: NOW)


async def answer(commands: Commands, text: str, chat: ChatContext = PRIVATE) -> Reply:
    reply = await commands.handle(text, chat)
    assert reply is not None
    for message in reply.messages:
        check_message(message)
    return reply


async def text_of(commands: Commands, text: str, chat: ChatContext = PRIVATE) -> str:
    return "\n\n".join((await answer(commands, text, chat)).messages)


async def test_commands_quotes_brics_shows_putin(commands: Commands) -> None:
    text = await text_of(commands, "/quotes BRICS")
    assert "<b>Vladimir Putin, Russian president</b>" in text
    assert "not a military alliance" in text
    assert "<i>EFE · 29 Sep 2023</i>" in text


async def test_commands_figures_trade_shows_25_percent(commands: Commands) -> None:
    text = await text_of(commands, "/figures trade")
    assert "<b>↑ 25%</b> — trade between Russia and Latin America, in the last five years" in text
    assert "<i>EFE · 29 Sep 2023</i>" in text


async def test_commands_figures_without_term_lists_all(commands: Commands) -> None:
    text = await text_of(commands, "/figures")
    assert text.startswith("<b>Figures</b> (4)")
    assert "almost 5,000 students" in text
    assert "↑ 2.3 times" in text


async def test_commands_summary_tags_every_sentence(commands: Commands) -> None:
    text = await text_of(commands, "/summary")
    assert text.startswith("<b>Briefing</b> (1)\n\n<b>Putin courts Latin America for BRICS</b>")
    assert "“military alliance.” [EFE]" in text
    assert "Putin said. [EFE]" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (STORY_ID, "<b>Putin courts Latin America for BRICS</b>"),
        (OTHER_ID, "<b>Putin wants Latin America strong, independent and successful</b>"),
        ("BRICS", "<b>Stories about BRICS</b> (1)"),
        ("Madagascar", "No stories about “Madagascar”. Try /summary for the whole briefing."),
    ],
)
async def test_commands_summary_narrows(commands: Commands, args: str, expected: str) -> None:
    assert expected in await text_of(commands, f"/summary {args}")


async def test_commands_article_card(commands: Commands) -> None:
    text = await text_of(commands, f"/article {EFE_ID}")
    assert (  # outlet and date as every other byline has them
        '<i>EFE · 29 Sep 2023</i> · <a href="https://example.org/efe/putin-brics">read the '
        "article</a>\n"
    ) in text
    assert "<b>Quotes</b>" in text
    assert "<b>Figures</b>" in text


async def test_commands_article_unknown_id(commands: Commands) -> None:
    text = await text_of(commands, "/article nope")
    assert text == "No article with id “nope”. Send /articles for the list."


async def test_commands_articles_and_sources(commands: Commands) -> None:
    articles = await text_of(commands, "/articles")
    assert f"/article {EFE_ID}" in articles
    assert f"/article {OTHER_ID}" in articles
    sources = await text_of(commands, "/sources")
    assert sources == "<b>Sources</b>\n• EFE: 1 article\n• No outlet named: 1 article"


async def test_commands_search_bolds_the_hit(commands: Commands) -> None:
    text = await text_of(commands, "/search students")
    assert "amounts to almost 5,000 <b>students</b>." in text


async def test_commands_about_says_what_and_when(commands: Commands) -> None:
    text = await text_of(commands, "/about")
    assert "• 2 articles in 1 story" in text
    assert "• Sources: EFE (1 article with no outlet named)" in text
    assert "• Dates: 29 Sep 2023" in text
    assert "• Built: 2023-09-30 08:00 UTC (1 day ago)" in text


async def test_commands_start_welcomes_with_three_things_to_try(commands: Commands) -> None:
    text = await text_of(commands, "/start")
    assert "• /summary\n• /quotes Putin\n• /figures" in text


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("quotes_BRICS", "not a military alliance"),
        ("quotes_Vladimir_Putin", "<b>Quotes about Vladimir Putin</b> (2)"),
        ("figures_trade", "<b>↑ 25%</b>"),
        (f"story_{STORY_ID}", "<b>Putin courts Latin America for BRICS</b>"),
        (f"article_{EFE_ID}", "read the article"),
        ("bogus!", "Welcome to the briefing bot."),
        ("quotes_", "Welcome to the briefing bot."),
    ],
)
async def test_commands_start_deep_links(commands: Commands, payload: str, expected: str) -> None:
    assert expected in await text_of(commands, f"/start {payload}")


async def test_commands_help_lists_every_command_with_examples(commands: Commands) -> None:
    text = await text_of(commands, "/help")
    for name in BUILTINS:
        assert f"\n/{name}" in text
    assert "/quotes &lt;term&gt;: who said what — e.g. /quotes BRICS" in text
    assert f"e.g. /article {EFE_ID}" in text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/quotes", "Usage: /quotes &lt;term&gt; — for example /quotes BRICS"),
        ("/search", "Usage: /search &lt;term&gt; — for example /search Latin America"),
        (
            "/article",
            f"Usage: /article &lt;id&gt; — for example /article {EFE_ID}. "
            "Send /articles for the list.",
        ),
        ("/quotes   ", "Usage: /quotes &lt;term&gt; — for example /quotes BRICS"),
    ],
)
async def test_commands_missing_argument_gets_usage(
    commands: Commands, line: str, expected: str
) -> None:
    assert await text_of(commands, line) == expected


async def test_commands_unknown_command_gets_a_hint(commands: Commands) -> None:
    text = await text_of(commands, "/qoutes BRICS")
    assert text == "I don't know /qoutes. Did you mean /quotes? Send /help for the list."


@pytest.mark.parametrize(
    ("line", "meant"),
    [("/story s1", "summary"), ("/stories", "summary"), ("/numbers trade", "figures"),
     ("/quote Putin", "quotes"), ("/find BRICS", "search")],
)  # fmt: skip
async def test_commands_a_readers_word_for_a_command_leads_to_it(
    commands: Commands, line: str, meant: str
) -> None:
    name = line.split()[0]
    expected = f"I don't know {name}. Did you mean /{meant}? Send /help for the list."
    assert await text_of(commands, line) == expected


async def test_commands_are_case_insensitive(commands: Commands) -> None:
    assert "not a military alliance" in await text_of(commands, "/QUOTES BRICS")


async def test_commands_group_addressing(commands: Commands) -> None:
    assert "not a military alliance" in await text_of(commands, f"/quotes@{BOT} BRICS", GROUP)
    assert "not a military alliance" in await text_of(commands, "/quotes@BRIEFING_TEST_BOT BRICS")
    assert await commands.handle("/help@other_bot", GROUP) is None
    assert await commands.handle("/help@other_bot", PRIVATE) is None
    assert await commands.handle("what about BRICS?", GROUP) is None
    assert await commands.handle("/weather", GROUP) is None  # maybe another bot's command
    assert "Did you mean" in await text_of(commands, f"/qoutes@{BOT}", GROUP)


async def test_commands_private_plain_text_is_searched(commands: Commands) -> None:
    reply = await answer(commands, "students")
    assert reply.messages[0].startswith("Searching for “students”.")
    assert "<b>students</b>" in reply.messages[1]
    empty = await answer(commands, "zebra")
    assert empty.messages[1] == "No sentences about “zebra”. Try /summary for the whole briefing."
    assert await commands.handle("   ", PRIVATE) is None


@pytest.mark.parametrize("term", HOSTILE)
@pytest.mark.parametrize("command", ["quotes", "figures", "search", "summary", "article"])
async def test_commands_hostile_terms_are_answered(
    commands: Commands, command: str, term: str
) -> None:
    reply = await answer(commands, f"/{command} {term}")
    assert reply.messages
    assert all(len(m) < 1000 for m in reply.messages)
    if term == "<b>":
        assert "“&lt;b&gt;”" in reply.messages[0]


async def test_commands_empty_store_says_so() -> None:
    commands = Commands(Query(make_store()))
    for line in ("/summary", "/articles", "/sources"):
        text = await text_of(commands, line)
        assert "The briefing is empty: run <code>briefing-bot build</code>" in text
    assert await text_of(commands, "/quotes x") == "No quotes about “x”. Try /quotes BRICS"


# Pagination


async def test_commands_pagination_over_thirty_quotes() -> None:
    commands = Commands(Query(many_quotes(30)))
    reply = await answer(commands, "/quotes BRICS")
    assert reply.messages[0].startswith("<b>Quotes about BRICS</b> (30)")
    assert reply.messages[0].count("<b>Speaker ") == 5
    (row,) = reply.buttons
    assert [b.text for b in row] == ["1/6", NEXT]
    assert row[0].data == NOOP
    assert row[1].data == "pg:quotes:2:1:=BRICS"
    seen = []
    for _ in range(5):
        nxt = next(b for b in reply.buttons[0] if b.text == NEXT)
        assert len(nxt.data.encode()) <= 64
        reply = await commands.callback(nxt.data, PRIVATE)
        seen.append([b.text for b in reply.buttons[0]])
        check_message(reply.messages[0])
    assert seen[0] == [PREV, "2/6", NEXT]
    assert seen[-1] == [PREV, "6/6"]
    assert "Speaker" in reply.messages[0]


async def test_commands_pagination_hashes_long_args() -> None:
    term = "Statement number about BRICS and its future: “statement” number"
    commands = Commands(Query(many_quotes(12)))
    reply = await answer(commands, f"/quotes {term}")
    data = reply.buttons[0][-1].data
    assert data.startswith("pg:quotes:2:1:#")
    assert len(data.encode()) <= 64
    page = await commands.callback(data, PRIVATE)
    assert [b.text for b in page.buttons[0]] == [PREV, "2/3", NEXT]


async def test_commands_pagination_forgotten_key_is_polite() -> None:
    commands = Commands(Query(many_quotes(12)), remember=1)
    first = await answer(commands, "/quotes BRICS" + " statement" * 6)
    await answer(commands, "/quotes BRICS" + " future" * 8)  # pushes the first key out
    stale = await commands.callback(first.buttons[0][-1].data, PRIVATE)
    assert stale.messages == ("This list has expired; send the command again.",)


async def test_commands_pagination_stale_after_rebuild() -> None:
    db = many_quotes(12)
    commands = Commands(Query(db))
    reply = await answer(commands, "/quotes BRICS")
    rebuild(db, 2)
    stale = await commands.callback(reply.buttons[0][-1].data, PRIVATE)
    assert stale.messages == ("This list changed since; send /quotes BRICS again.",)
    assert stale.buttons == ()


@pytest.mark.parametrize("data", [NOOP, "zz:1", "pg:quotes", "pg:nope:2:1:=x", "pg:quotes:x:1:=x"])
async def test_commands_odd_callbacks_answer_without_messages(
    commands: Commands, data: str
) -> None:
    reply = await commands.callback(data, PRIVATE)
    assert reply.messages == ()


async def test_commands_short_answers_have_no_buttons(commands: Commands) -> None:
    assert (await answer(commands, "/quotes BRICS")).buttons == ()


# Registration (the digests package plugs in here)


async def test_commands_register_adds_a_command_to_help_and_menu(commands: Commands) -> None:
    calls: list[tuple[str, int]] = []

    async def subscribe(args: str, chat: ChatContext) -> Reply:
        calls.append((args, chat.chat_id))
        return Reply(messages=("Subscribed.",))

    commands.register("subscribe", subscribe, "/subscribe [HH:MM]", "a daily digest")
    assert await text_of(commands, "/subscribe 09:00") == "Subscribed."
    assert calls == [("09:00", 42)]
    assert "/subscribe [HH:MM]: a daily digest" in await text_of(commands, "/help")
    assert ("subscribe", "a daily digest") in commands.menu()


async def test_commands_register_callback_routes_by_prefix(commands: Commands) -> None:
    async def settings(data: str, chat: ChatContext) -> Reply:
        return Reply(messages=(f"got {data}",))

    commands.register_callback("set", settings)
    assert (await commands.callback("set:tz", PRIVATE)).messages == ("got set:tz",)


def test_commands_menu_lists_the_builtins(commands: Commands) -> None:
    menu = dict(commands.menu())
    assert list(menu) == list(BUILTINS)
    assert menu["quotes"] == "who said what"


# Inline mode


def test_commands_inline_offers_quote_cards(commands: Commands) -> None:
    (card,) = commands.inline("BRICS")
    assert card.title.startswith("Vladimir Putin: “BRICS is an organization")
    assert card.description == "EFE · 29 Sep 2023"
    assert "not a military alliance" in card.message
    assert len(card.id.encode()) <= 64
    check_message(card.message)


def test_commands_inline_offers_figure_cards(commands: Commands) -> None:
    cards = commands.inline("trade")
    figures = [c for c in cards if c.title.startswith("25%")]
    assert [c.description for c in figures] == ["EFE · 29 Sep 2023"]
    assert "<b>↑ 25%</b>" in figures[0].message
    assert len({c.id for c in cards}) == len(cards)


def test_commands_inline_empty_query_offers_the_latest_story(commands: Commands) -> None:
    (card,) = commands.inline("  ")
    assert card.title == "Putin courts Latin America for BRICS"
    assert "Putin said. [EFE]" in card.message


@pytest.mark.parametrize("term", HOSTILE)
def test_commands_inline_hostile_terms(commands: Commands, term: str) -> None:
    for card in commands.inline(term):
        check_message(card.message)


async def test_commands_long_lists_stop_at_a_hundred() -> None:
    commands = Commands(Query(many_quotes(120)))
    reply = await answer(commands, "/quotes BRICS")
    assert reply.messages[0].startswith("<b>Quotes about BRICS</b> (100+)")
    assert [b.text for b in reply.buttons[0]] == ["1/20", NEXT]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "/quotes,BRICS",
            "I don't know /quotes,BRICS. Did you mean /quotes? Send /help for the list.",
        ),
        ("/ quotes", "Commands look like /quotes BRICS. Send /help for the list."),
        ("/🙂", "I don't know /🙂. Send /help for the list."),
    ],
)
async def test_commands_malformed_commands_get_a_hint(
    commands: Commands, line: str, expected: str
) -> None:
    assert await text_of(commands, line) == expected
    assert await commands.handle(line, GROUP) is None

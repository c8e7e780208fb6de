"""The commands, transport-free: a line of text and a chat in, a Reply of Telegram-HTML out."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

from bot import notices, packing, page_buttons, render
from bot.cards import InlineCard, figure_card, quote_card, story_card
from bot.models import ChatContext, CommandSpec, Reply
from bot.page_buttons import NOOP, PREFIX, PageButtons
from bot.paged_query import reporting
from bot.pages import EMPTY_STORE, Listing, Listings, text_reply
from bot.query import Query

Handler = Callable[[str, ChatContext], Awaitable[Reply]]

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]+))?(?:\s+(.*))?$", re.DOTALL)
_PAYLOAD = re.compile(r"^(quotes|figures|story|article|search)_([A-Za-z0-9_-]+)$")
_GROUPS = ("group", "supergroup", "channel")


@dataclass(frozen=True, slots=True)
class _Command:
    name: str
    handler: Handler
    usage: str
    description: str
    example: str
    operators: bool = False  # shown in the menu of the bot's operators only


class Commands:
    """Every command written once; Telegram, `ask` and `chat` all call `handle`/`callback`."""

    def __init__(
        self, query: Query, *, now: Callable[[], datetime] | None = None, remember: int = 1024
    ) -> None:
        self.query = query
        self.now = now or (lambda: datetime.now(UTC))
        self._commands: dict[str, _Command] = {}
        self._callbacks: dict[str, Handler] = {PREFIX: self._page_callback}
        self.buttons = PageButtons(query.build_id, remember)
        self.pages = Listings(query, self._usage)
        self._listings: dict[str, Listing] = dict(self.pages.by_name())
        for spec in BUILTINS.values():
            handler = partial(spec.answer, self)
            self.register(spec.name, handler, spec.usage, spec.description, example=spec.example)

    # Registration

    def register(
        self, name: str, handler: Handler, usage: str, description: str, *, example: str = "",
        operators: bool = False,
    ) -> None:  # fmt: skip
        """Add (or replace) a command; it appears in /help, and in the menu of everyone who may
        use it (`operators`: the bot's operators only)."""
        example = example or (usage if " " not in usage else "")
        self._commands[name.lower()] = _Command(
            name.lower(), handler, usage, description, example, operators
        )

    def register_callback(self, prefix: str, handler: Handler) -> None:
        """Route button presses whose data starts with `prefix:` to `handler` (given all data)."""
        self._callbacks[prefix] = handler

    def menu(self, *, operators: bool = False) -> list[tuple[str, str]]:
        """(command, description) pairs for setMyCommands: everyone's, or an operator's."""
        return [
            (c.name, c.description[:256])
            for c in self._commands.values()
            if operators or not c.operators
        ]

    def help_entries(self) -> list[notices.CommandHelp]:
        """What /help lists."""
        examples = {"article": self._article_example()}
        return [
            notices.CommandHelp(c.name, c.usage, c.description, examples.get(c.name, c.example))
            for c in self._commands.values()
        ]

    def _article_example(self) -> str:
        """The /article example only the store can give: an article id that exists."""
        first = self.pages.paged.first_article_id()
        return f"/article {first}" if first else ""

    # Entry points

    async def handle(self, text: str, chat: ChatContext) -> Reply | None:
        """The answer to one message, or None when it is not for us."""
        line = text.strip()
        match = _COMMAND.match(line)
        if match is None:
            if chat.chat_type in _GROUPS or not line:
                return None
            if line.startswith("/"):  # "/quotes,BRICS" or "/🙂": meant as a command
                name = line[1:].split(maxsplit=1)[0] if line[1:2].strip() else ""
                return text_reply(notices.unknown_command(name, list(self._commands)))
            return self._plain_message(line)
        name, addressee, args = match.group(1).lower(), match.group(2), (match.group(3) or "")
        if addressee and chat.bot_username and addressee.lower() != chat.bot_username.lower():
            return None
        command = self._commands.get(name)
        if command is None:
            if chat.chat_type in _GROUPS and not addressee:
                return None  # another bot in the group may own it
            return text_reply(notices.unknown_command(name, list(self._commands)))
        return await command.handler(args.strip(), chat)

    async def callback(self, data: str, chat: ChatContext) -> Reply:
        """The answer to a button press; empty messages mean "leave the message as it is"."""
        if data == NOOP:
            return Reply(messages=())
        handler = self._callbacks.get(data.split(":", 1)[0])
        if handler is None:
            return Reply(messages=(), notice="This button no longer works.")
        return await handler(data, chat)

    def inline(self, query_text: str) -> list[InlineCard]:
        """Inline-mode results: matching quotes and figures; the latest story for an empty query."""
        term = query_text.strip()
        paged = self.pages.paged
        if not term:
            story = paged.latest_story()
            return [story_card(story, paged.refs(story.article_ids))] if story else []
        quotes = self.query.search_quotes(term, limit=25)
        figures = self.query.figures(term, limit=25)
        refs = paged.refs(reporting((*quotes, *figures)))
        return [quote_card(q, refs) for q in quotes] + [figure_card(f, refs) for f in figures]

    # Pagination

    def _listing(self, name: str, args: str, page: int) -> Reply:
        found = self._listings[name](args, page)
        if isinstance(found, Reply):
            return found
        return Reply(found.messages, self.buttons.nav(name, args, found.number, found.count))

    async def _page_callback(self, data: str, chat: ChatContext) -> Reply:
        pressed = page_buttons.read(data)
        if pressed is None or pressed.name not in self._listings:
            return Reply(messages=(), notice="This button no longer works.")
        args = self.buttons.args(pressed.coded)
        line = f"/{pressed.name} {args}".strip() if args is not None else ""
        if args is None or pressed.build != str(self.query.build_id()):
            return Reply(messages=(notices.stale_list(line),), notice="This list changed.")
        return self._listing(pressed.name, args, int(pressed.page))

    # Commands

    async def _start(self, args: str, chat: ChatContext) -> Reply:
        match = _PAYLOAD.match(args)
        if match is None:
            examples = ["/summary", f"/quotes {self.pages.quote_hint()}", "/figures"]
            return text_reply(notices.welcome(examples))
        kind, term = match.group(1), match.group(2)
        if kind == "story":
            return self._listing("summary", term, 1)
        if kind == "article":
            return await self._article(term, chat)
        return self._listing(kind, term.replace("_", " "), 1)

    async def _help(self, args: str, chat: ChatContext) -> Reply:
        return _replies(packing.pack([notices.help_block(self.help_entries())]))

    async def _about(self, args: str, chat: ChatContext) -> Reply:
        info = self.query.info()
        return _replies(packing.pack([render.about_block(info, self._built(info.built_at))]))

    async def _sources(self, args: str, chat: ChatContext) -> Reply:
        sources = self.query.sources()
        if not sources:
            return text_reply(EMPTY_STORE)
        return _replies(packing.pack([render.sources_block(sources)]))

    async def _article(self, args: str, chat: ChatContext) -> Reply:
        if not args:
            return self._usage("article")
        article = self.query.article(args.split()[0])
        if article is None:
            return text_reply(notices.not_found("article", args, "Send /articles for the list."))
        quotes = self.query.quotes(article.id)[:3]
        figures = self.query.figures(article_id=article.id)[:3]
        refs = self.pages.paged.refs(reporting((*quotes, *figures)))
        summary = self.query.summary(article.id, 3)
        blocks = render.article_card(article, summary, quotes, figures, refs)
        return _replies(packing.pack(blocks))

    # Helpers

    def _plain_message(self, line: str) -> Reply:
        """A private message that is not a command: search for it, saying how commands work."""
        if not self.query.search_sentences(line, limit=1):
            hint = "Try /summary for the whole briefing."
            return text_reply(
                notices.private_hint(line), notices.no_results("sentences", line, hint)
            )
        found = self._listing("search", line, 1)
        return Reply((notices.private_hint(line), *found.messages), found.buttons)

    def _usage(self, name: str) -> Reply:
        """The usage with an example that works; /article also says where the ids are."""
        command = self._commands[name]
        if name != "article":
            return text_reply(notices.usage_line(command.usage, command.example))
        line = notices.usage_line(command.usage, self._article_example())
        return text_reply(f"{line}. Send /articles for the list.")

    def _built(self, built_at: str | None) -> str:
        if not built_at:
            return "never"
        try:
            when = datetime.fromisoformat(built_at)
        except ValueError:
            return built_at
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        return f"{when:%Y-%m-%d %H:%M} UTC ({_ago(self.now() - when)})"


def _ago(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' * (n != 1)} ago"
    return "just now"


def _replies(messages: list[str]) -> Reply:
    return Reply(messages=tuple(messages))


def _listed(name: str) -> Callable[[Commands, str, ChatContext], Awaitable[Reply]]:
    """The answer of a command that lists pages: its first page."""

    async def answer(commands: Commands, args: str, chat: ChatContext) -> Reply:
        return commands._listing(name, args, 1)

    return answer


BUILTINS: dict[str, CommandSpec[Commands]] = {
    spec.name: spec
    for spec in (
        CommandSpec("start", "/start", "welcome and things to try", Commands._start),
        CommandSpec("help", "/help", "every command with an example", Commands._help),
        CommandSpec(
            "about", "/about", "what the briefing holds and when it was built", Commands._about
        ),
        CommandSpec(
            "summary", "/summary [story id | article id | topic]",
            "the briefing: each story with its sources", _listed("summary"), "/summary BRICS",
        ),
        CommandSpec(
            "quotes", "/quotes <term>", "who said what", _listed("quotes"), "/quotes BRICS"
        ),
        CommandSpec(
            "figures", "/figures [term]", "the numbers, with what they measure",
            _listed("figures"), "/figures trade",
        ),
        CommandSpec("articles", "/articles", "every article", _listed("articles")),
        CommandSpec(
            "article", "/article <id>", "one article: summary, quotes, figures", Commands._article
        ),
        CommandSpec(
            "search", "/search <term>", "sentences that mention a term", _listed("search"),
            "/search Latin America",
        ),
        CommandSpec("sources", "/sources", "the outlets in the briefing", Commands._sources),
    )
}  # fmt: skip

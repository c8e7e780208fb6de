"""A fake Telegram Bot API on loopback: the real wire format, Telegram's checks, recorded calls.

Point PTB at it with `ApplicationBuilder.base_url(fake.base_url)` (or TELEGRAM_BASE_URL for a
subprocess), queue updates with `queue_update`, inject failures with `fail`, and assert on what
Telegram would have received (`calls`, `sent_texts`, `sent_messages`).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import math
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456:TEST-token_abc"
BOT_USERNAME = "briefing_test_bot"
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
# Form-encoded parameters arrive as strings; these stay strings even when they look like JSON.
_STRING_PARAMS = frozenset(
    {"text", "parse_mode", "url", "secret_token", "inline_query_id", "callback_query_id",
     "next_offset", "description", "short_description", "name", "language_code", "ip_address",
     "inline_message_id", "switch_pm_text", "switch_pm_parameter"}
)  # fmt: skip
_TOKEN_PATH = re.compile(r"^(\d+):[A-Za-z0-9_-]+$")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")

# ---------- HTML, as Telegram parses it

_TAG_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}  # fmt: skip
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ParseError(ValueError):
    """Text Telegram would refuse with `Bad Request: can't parse entities: ...`."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    offset: int  # UTF-16 offset in the plain text
    attributes: dict[str, str]


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of a Telegram-HTML string, or ParseError as Telegram would raise."""
    out: list[str] = []
    length = 0  # UTF-16 length of the plain text so far
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            i = _parse_tag(source, i, stack, entities, length)
            continue
        if char == "&":
            char, i = _parse_entity(source, i)
        else:
            i += 1
        out.append(char)
        length += utf16_len(char)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _parse_entity(source: str, i: int) -> tuple[str, int]:
    match = _ENTITY.match(source, i)
    if not match:
        raise ParseError(f'Unescaped "&" at byte offset {_byte_offset(source, i)}')
    name = match.group(1)
    if name.startswith("#x"):
        return chr(int(name[2:], 16)), match.end()
    if name.startswith("#"):
        return chr(int(name[1:])), match.end()
    if name not in _NAMED:
        raise ParseError(
            f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(source, i)}'
        )
    return _NAMED[name], match.end()


def _parse_tag(
    source: str, i: int, stack: list[_Open], entities: list[dict[str, Any]], length: int
) -> int:
    """Consume the tag at source[i] (a '<'); returns the index after it."""
    end = source.find(">", i)
    at = _byte_offset(source, i)
    if source.startswith("</", i):
        if end < 0:
            raise ParseError(f"Unclosed end tag at byte offset {at}")
        name = source[i + 2 : end].strip().lower()
        if not stack:
            raise ParseError(f'Unexpected end tag "{name}" at byte offset {at}')
        if stack[-1].tag != name:
            raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
        _close(stack.pop(), entities, length)
        return end + 1
    match = _TAG_NAME.match(source, i + 1)
    name = match.group(0).lower() if match else ""
    if name not in _TAG_TYPES:
        raise ParseError(f'Unsupported start tag "{name}" at byte offset {at}')
    if end < 0:
        raise ParseError(f'Unclosed start tag "{name}" at byte offset {at}')
    assert match is not None
    attributes = _attributes(source[match.end() : end], name, at)
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    stack.append(_Open(name, length, attributes))
    return end + 1


def _attributes(text: str, tag: str, at: int) -> dict[str, str]:
    attributes: dict[str, str] = {}
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _ATTRIBUTE.match(text, position)
        if not match or match.end() == position:
            raise ParseError(f'Bad attribute in start tag "{tag}" at byte offset {at}')
        value = match.group(2) or ""
        if value[:1] in "\"'" and value:
            value = value[1:-1]
        attributes[match.group(1).lower()] = _unescape(value, at)
        position = match.end()
    return attributes


def _unescape(value: str, at: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "&":
            char, i = _parse_entity(value, i)
            out.append(char)
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _close(tag: _Open, entities: list[dict[str, Any]], length: int) -> None:
    if length == tag.offset:  # Telegram drops empty entities
        return
    entity: dict[str, Any] = {"type": _TAG_TYPES[tag.tag], "offset": tag.offset}
    entity["length"] = length - tag.offset
    if tag.tag == "a":
        entity["url"] = tag.attributes.get("href", "")
    elif tag.tag == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.tag == "code" and tag.attributes.get("class", "").startswith("language-"):
        entity["language"] = tag.attributes["class"].removeprefix("language-")
    elif tag.tag == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes.get("emoji-id", "")
    entities.append(entity)


# ---------- failures and limits


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional response parameters."""

    def __init__(self, status: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = {k: v for k, v in parameters.items() if v is not None}

    def body(self) -> dict[str, Any]:
        """The JSON body Telegram sends with this error."""
        body: dict[str, Any] = {"ok": False, "error_code": self.status}
        body["description"] = self.description
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    """A 400 answer with Telegram's `Bad Request: ` prefix."""
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Failure:
    """One injected answer: an error (status > 0) and/or a delay before answering."""

    status: int = 0
    description: str = ""
    retry_after: int | None = None
    migrate_to_chat_id: int | None = None
    delay: float = 0.0
    chat_id: int | str | None = None  # only calls for this chat

    def error(self) -> ApiError | None:
        """The ApiError to answer with, if this failure is an error."""
        if not self.status:
            return None
        return ApiError(
            self.status,
            self.description,
            retry_after=self.retry_after,
            migrate_to_chat_id=self.migrate_to_chat_id,
        )


@dataclass
class FloodLimits:
    """Telegram's flood limits: overall a second, per private chat (bucket), per group a minute."""

    per_second: int = 30
    private_per_second: float = 1.0
    private_burst: int = 5
    group_per_minute: int = 20
    clock: Callable[[], float] = time.monotonic
    _overall: deque[float] = field(default_factory=deque)
    _groups: dict[int, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _private: dict[int, tuple[float, float]] = field(default_factory=dict)

    def check(self, chat_id: int) -> None:
        """Count one message to `chat_id`, or raise a 429 ApiError with `retry_after`."""
        now = self.clock()
        wait = max(self._window_wait(self._overall, now, 1.0, self.per_second), 0.0)
        if chat_id < 0:
            window = self._groups[chat_id]
            wait = max(wait, self._window_wait(window, now, 60.0, self.group_per_minute))
        else:
            tokens = self._tokens(chat_id, now)
            wait = max(wait, (1 - tokens) / self.private_per_second if tokens < 1 else 0.0)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        self._overall.append(now)
        if chat_id < 0:
            self._groups[chat_id].append(now)
        else:
            self._private[chat_id] = (self._tokens(chat_id, now) - 1, now)

    @staticmethod
    def _window_wait(window: deque[float], now: float, span: float, limit: int) -> float:
        while window and window[0] <= now - span:
            window.popleft()
        return window[0] + span - now if len(window) >= limit else 0.0

    def _tokens(self, chat_id: int, now: float) -> float:
        tokens, then = self._private.get(chat_id, (float(self.private_burst), now))
        return min(float(self.private_burst), tokens + (now - then) * self.private_per_second)


# ---------- the server


@dataclass(frozen=True)
class Call:
    """One request the fake received, with its decoded parameters and whether it succeeded."""

    method: str
    params: dict[str, Any]
    ok: bool
    at: float  # time.monotonic() when it arrived
    result: Any = None


_update_ids = itertools.count(1)
_message_ids = itertools.count(1000)


class FakeBotAPI:
    """The fake server: start(), then point PTB at `base_url`; stop() when done."""

    def __init__(
        self,
        token: str | None = None,
        *,
        bot_username: str = BOT_USERNAME,
        poll_cap: float = 0.05,
        flood_limits: FloodLimits | None = None,
    ) -> None:
        self.token = token  # None: accept any well-formed token
        self.bot_username = bot_username
        self.poll_cap = poll_cap  # long polls of an empty queue wait at most this long
        self.flood_limits = flood_limits
        self.port = 0
        self.log: list[Call] = []
        self.webhook: dict[str, Any] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.members: dict[tuple[int, int], dict[str, Any]] = {}
        self.blocked: dict[int, str] = {}
        self.migrated: dict[int, int] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._failures: dict[str, list[Failure]] = defaultdict(list)
        self._updates: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._bot_id = int((token or DEFAULT_TOKEN).split(":")[0])

    # ---- lifecycle

    async def start(self) -> FakeBotAPI:
        """Listen on 127.0.0.1 at a free port."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        """Stop listening (long polls still open are answered first)."""
        self.poll_cap = 0.0
        self._arrived.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What ApplicationBuilder.base_url / TELEGRAM_BASE_URL expects."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def bot_id(self) -> int:
        """The bot's user id (the digits before ':' in the token)."""
        return self._bot_id

    # ---- what a test sets up

    def queue_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (assigning update_id if missing); returns its id."""
        update = dict(update)
        update.setdefault("update_id", next(_update_ids))
        self._remember_chat(update)
        self._updates.append(update)
        self._arrived.set()
        return int(update["update_id"])

    def fail(
        self,
        method: str,
        status: int = 500,
        description: str = "Internal Server Error",
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        chat_id: int | str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` (for `chat_id`, if given) with an error."""
        failure = Failure(status, description, retry_after, migrate_to_chat_id, chat_id=chat_id)
        self._failures[method].extend([failure] * times)

    def fail_retry_after(self, method: str, seconds: int = 1, *, times: int = 1) -> None:
        """429 Too Many Requests with parameters.retry_after."""
        description = f"Too Many Requests: retry after {seconds}"
        self.fail(method, 429, description, retry_after=seconds, times=times)

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Answer the next `times` calls of `method` only after `seconds`."""
        self._failures[method].extend([Failure(delay=seconds)] * times)

    def block(
        self, chat_id: int, description: str = "Forbidden: bot was blocked by the user"
    ) -> None:
        """Every send to `chat_id` gets 403 until unblock()."""
        self.blocked[chat_id] = description

    def unblock(self, chat_id: int) -> None:
        """Let sends to `chat_id` through again."""
        self.blocked.pop(chat_id, None)

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """The group `chat_id` became the supergroup `new_chat_id`: sends to the old id get 400."""
        self.migrated[chat_id] = new_chat_id
        old = self.chats.get(chat_id, {})
        self.add_chat(new_chat_id, "supergroup", title=old.get("title", "Group"))

    def add_chat(
        self,
        chat_id: int,
        chat_type: str,
        *,
        title: str | None = None,
        username: str | None = None,
        is_forum: bool = False,
    ) -> dict[str, Any]:
        """Make a chat known to getChat and sends (private chats are known on first use)."""
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = title or "Test"
        else:
            chat["title"] = title or f"Chat {chat_id}"
        if username:
            chat["username"] = username
        if is_forum:
            chat["is_forum"] = True
        self.chats[chat_id] = chat
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, **rights: Any) -> None:
        """getChatMember(chat_id, user_id) answers `status`: creator, administrator, member..."""
        self.members[(chat_id, user_id)] = {"status": status, **rights}

    def set_bot_member(self, chat_id: int, status: str = "administrator", **rights: Any) -> None:
        """The bot's own membership, e.g. administrator with can_post_messages=True in a channel."""
        self.set_member(chat_id, self.bot_id, status, **rights)

    # ---- what a test asserts on

    def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Parameters of every call (of `method`), failed ones included, in arrival order."""
        return [c.params for c in self.log if method is None or c.method == method]

    @property
    def sent_messages(self) -> list[dict[str, Any]]:
        """Message objects the fake returned for successful sendMessage calls."""
        return [c.result for c in self.log if c.ok and c.method == "sendMessage"]

    def sent_texts(self, chat_id: int | str | None = None) -> list[str]:
        """The `text` parameter (the HTML as sent) of each successful sendMessage to `chat_id`."""
        return [
            c.params["text"]
            for c in self.log
            if c.ok and c.method == "sendMessage" and chat_id in (None, c.params.get("chat_id"))
        ]

    def edited_texts(self, chat_id: int | None = None) -> list[str]:
        """The `text` of each successful editMessageText (in `chat_id`)."""
        return [
            c.params["text"]
            for c in self.log
            if c.ok and c.method == "editMessageText" and chat_id in (None, c.params.get("chat_id"))
        ]

    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        return len(self._updates)

    async def wait_for(self, predicate: Callable[[FakeBotAPI], bool], within: float = 10.0) -> None:
        """Wait until `predicate(self)` holds (checked after every call); TimeoutError if not."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(lambda: predicate(self))

    async def wait_for_call(self, method: str, count: int = 1, within: float = 10.0) -> None:
        """Wait until `method` was called successfully at least `count` times."""
        await self.wait_for(lambda api: api.count(method) >= count, within)

    def count(self, method: str) -> int:
        """How many calls of `method` succeeded."""
        return sum(1 for c in self.log if c.ok and c.method == method)

    # ---- the HTTP side

    async def _handle(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        params = await _read_params(request)
        try:
            self._check_token(token)
            await self._apply_failure(method, params)
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = handler(params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as error:
            await self._record(Call(method, params, False, time.monotonic()))
            return web.json_response(error.body(), status=error.status)
        await self._record(Call(method, params, True, time.monotonic(), result))
        return web.json_response({"ok": True, "result": result})

    async def _record(self, call: Call) -> None:
        self.log.append(call)
        async with self._changed:
            self._changed.notify_all()

    def _check_token(self, token: str) -> None:
        if not _TOKEN_PATH.match(token):
            raise ApiError(404, "Not Found")
        if self.token is not None and token != self.token:
            raise ApiError(401, "Unauthorized")

    async def _apply_failure(self, method: str, params: dict[str, Any]) -> None:
        queue = self._failures.get(method, [])
        scope = params.get("scope") or {}  # setMyCommands for one chat names it in its scope
        target = params.get("chat_id", scope.get("chat_id"))
        for index, failure in enumerate(queue):
            if failure.chat_id is None or failure.chat_id == target:
                del queue[index]
                if failure.delay:
                    await asyncio.sleep(failure.delay)
                error = failure.error()
                if error is not None:
                    raise error
                return

    # ---- methods (named _api_<method in lower case>)

    def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.bot_id, "is_bot": True, "first_name": "Briefing",
            "username": self.bot_username, "can_join_groups": True,
            "can_read_all_group_messages": False, "supports_inline_queries": True,
            "can_connect_to_business": False, "has_main_web_app": False,
        }  # fmt: skip

    def _api_logout(self, params: dict[str, Any]) -> bool:
        return True

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith(("https://", "http://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = dict(params)
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {"url": self.webhook.get("url", ""), "has_custom_certificate": False}
        info["pending_update_count"] = len(self._updates)
        return info

    async def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates:
            self._arrived.clear()
            wait = min(float(params.get("timeout") or 0), self.poll_cap)
            if wait > 0:
                try:
                    async with asyncio.timeout(wait):
                        await self._arrived.wait()
                except TimeoutError:
                    pass
        limit = int(params.get("limit") or 100)
        return self._updates[:limit]

    def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._target_chat(params.get("chat_id"))
        text, entities = _checked_text(params)
        _check_markup(params.get("reply_markup"))
        if self.flood_limits is not None:
            self.flood_limits.check(chat["id"])
        message = self._message(chat, next(_message_ids), text, entities, params)
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        text, entities = _checked_text(params)
        _check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        chat = self._target_chat(params.get("chat_id"))
        old = self.messages.get((chat["id"], int(params.get("message_id") or 0)))
        if old is None:
            raise bad_request("message to edit not found")
        markup = params.get("reply_markup")
        if (
            old["text"] == text
            and old.get("entities", []) == entities
            and (old.get("reply_markup") == markup)
        ):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message = self._message(chat, old["message_id"], text, entities, params)
        message["edit_date"] = int(time.time())
        self.messages[(chat["id"], old["message_id"])] = message
        return message

    def _api_deletemessage(self, params: dict[str, Any]) -> bool:
        chat = self._target_chat(params.get("chat_id"))
        if self.messages.pop((chat["id"], int(params.get("message_id") or 0)), None) is None:
            raise bad_request("message to delete not found")
        return True

    def _api_sendchataction(self, params: dict[str, Any]) -> bool:
        self._target_chat(params.get("chat_id"))
        return True

    def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        return True

    def _api_answerinlinequery(self, params: dict[str, Any]) -> bool:
        results = params.get("results") or []
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise bad_request("RESULT_ID_INVALID")
        if len(set(ids)) != len(ids):
            raise bad_request("RESULT_ID_DUPLICATE")
        for result in results:
            _check_inline_result(result)
        return True

    def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _COMMAND_NAME.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[_scope_key(params)] = list(commands)
        return True

    def _api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(_scope_key(params), [])

    def _api_deletemycommands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(_scope_key(params), None)
        return True

    def _api_getchat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(params.get("chat_id"))
        gifts = {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                 "premium_subscription": False, "gifts_from_channels": False}  # fmt: skip
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gifts,
        }

    def _api_getchatmember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(params.get("chat_id"))
        user_id = int(params.get("user_id") or 0)
        default = "left" if chat["type"] == "channel" else "member"
        member = self.members.get((chat["id"], user_id), {"status": default})
        return _chat_member(member, _user(user_id, is_bot=user_id == self.bot_id))

    # ---- chats and messages

    def _known_chat(self, chat_id: Any) -> dict[str, Any]:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username", "").lower() == chat_id[1:].lower():
                    return chat
            raise bad_request("chat not found")
        try:
            key = int(chat_id)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        if key not in self.chats:
            if key <= 0:
                raise bad_request("chat not found")
            self.add_chat(key, "private")
        return self.chats[key]

    def _target_chat(self, chat_id: Any) -> dict[str, Any]:
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if isinstance(chat_id, int) and chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to_chat_id=self.migrated[chat_id],
            )
        if isinstance(chat_id, int) and chat_id in self.blocked:
            raise ApiError(403, self.blocked[chat_id])
        if isinstance(chat_id, int) and chat_id < 0 and chat_id not in self.chats:
            self.add_chat(chat_id, "supergroup" if chat_id < -(10**12) else "group")
        return self._known_chat(chat_id)

    def _message(
        self,
        chat: dict[str, Any],
        message_id: int,
        text: str,
        entities: list[dict[str, Any]],
        params: dict[str, Any],
    ) -> dict[str, Any]:
        message: dict[str, Any] = {"message_id": message_id, "date": int(time.time())}
        message["chat"] = chat
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = _user(self.bot_id, is_bot=True, username=self.bot_username)
        message["text"] = text
        if entities:
            message["entities"] = entities
        if params.get("message_thread_id"):
            message["message_thread_id"] = params["message_thread_id"]
            message["is_topic_message"] = True
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    def _remember_chat(self, update: dict[str, Any]) -> None:
        for key in ("message", "edited_message", "channel_post", "my_chat_member"):
            chat = (update.get(key) or {}).get("chat")
            if chat and chat["id"] not in self.chats:
                self.chats[chat["id"]] = dict(chat)


# ---------- checks and decoding


def _checked_text(params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of a message's `text`, with Telegram's checks applied."""
    source = str(params.get("text") or "")
    if not source.strip():
        raise bad_request("message text is empty")
    if str(params.get("parse_mode") or "").upper() == "HTML":
        try:
            text, entities = parse_html(source)
        except ParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    else:
        text, entities = source, list(params.get("entities") or [])
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_len(text) > MAX_TEXT:
        raise bad_request("message is too long")
    return text, entities


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise bad_request("BUTTON_TEXT_INVALID")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not str(button["url"]).startswith(("http", "tg://")):
                raise bad_request("BUTTON_URL_INVALID")


def _check_inline_result(result: dict[str, Any]) -> None:
    if result.get("type") == "article" and not result.get("title"):
        raise bad_request("RESULT_TITLE_EMPTY")
    content = result.get("input_message_content") or {}
    if "message_text" in content:
        _checked_text({"text": content["message_text"], "parse_mode": content.get("parse_mode")})
    _check_markup(result.get("reply_markup"))


def _scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Parameters from the query string, a JSON body or a form body, decoded like Telegram does."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json()
        return {**params, **body}
    if request.can_read_body:
        params.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
    return {key: _decode(key, value) for key, value in params.items()}


def _decode(key: str, value: str) -> Any:
    if key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _user(user_id: int, *, is_bot: bool = False, username: str | None = None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": f"User{user_id}"}
    if username:
        user["username"] = username
    return user


_ADMIN_RIGHTS = (
    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
    "can_edit_stories", "can_delete_stories",
)  # fmt: skip


def _chat_member(member: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """A ChatMember object of the given status, with every field PTB requires."""
    status = member["status"]
    answer: dict[str, Any] = {"user": user, **member}
    if status == "creator":
        answer.setdefault("is_anonymous", False)
    elif status == "administrator":
        answer.setdefault("can_be_edited", False)
        answer.setdefault("is_anonymous", False)
        for right in _ADMIN_RIGHTS:
            answer.setdefault(right, False)
    elif status == "kicked":
        answer.setdefault("until_date", 0)
    return answer


# ---------- update builders


def _chat(chat_id: int, chat_type: str, *, is_forum: bool = False) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type, "title": f"Chat {chat_id}"}
    if is_forum:
        chat["is_forum"] = True
    return chat


def message_dict(
    text: str,
    *,
    chat_id: int = 42,
    chat_type: str = "private",
    user_id: int | None = None,
    thread_id: int | None = None,
    sender_chat_id: int | None = None,
    message_id: int | None = None,
) -> dict[str, Any]:
    """A Message object as a user (or an anonymous admin, via sender_chat_id) would send it."""
    message: dict[str, Any] = {
        "message_id": message_id or next(_message_ids),
        "date": int(time.time()),
        "chat": _chat(chat_id, chat_type, is_forum=thread_id is not None),
        "text": text,
    }
    if sender_chat_id is not None:
        message["sender_chat"] = _chat(sender_chat_id, chat_type)
        message["from"] = _user(1087968824, is_bot=True, username="GroupAnonymousBot")
    else:
        message["from"] = _user(user_id if user_id is not None else abs(chat_id))
    if thread_id is not None:
        message["message_thread_id"] = thread_id
        message["is_topic_message"] = True
    command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
    if command:
        message["entities"] = [
            {"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))}
        ]
    return message


def command_update(
    text: str,
    chat_id: int = 42,
    chat_type: str = "private",
    user_id: int | None = None,
    thread_id: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """An update carrying a message with `text` (a bot_command entity when it starts with '/')."""
    message = message_dict(
        text, chat_id=chat_id, chat_type=chat_type, user_id=user_id, thread_id=thread_id, **extra
    )
    return {"update_id": next(_update_ids), "message": message}


def channel_post_update(text: str, chat_id: int = -1001000000077) -> dict[str, Any]:
    """A post in a channel (the author is the channel itself, there is no user)."""
    post = message_dict(text, chat_id=chat_id, chat_type="channel")
    post.pop("from")
    post["sender_chat"] = post["chat"]
    return {"update_id": next(_update_ids), "channel_post": post}


def callback_update(
    data: str,
    message: dict[str, Any] | None = None,
    *,
    chat_id: int = 42,
    user_id: int | None = None,
    inline_message_id: str | None = None,
) -> dict[str, Any]:
    """A callback query from pressing a button with `data` under `message` (a sent message)."""
    query: dict[str, Any] = {
        "id": str(next(_update_ids) * 7919),
        "from": _user(user_id if user_id is not None else abs(chat_id)),
        "chat_instance": f"ci{chat_id}",
        "data": data,
    }
    if message is not None:
        query["message"] = message
    if inline_message_id is not None:
        query["inline_message_id"] = inline_message_id
    return {"update_id": next(_update_ids), "callback_query": query}


def inline_update(query: str, *, user_id: int = 42, offset: str = "") -> dict[str, Any]:
    """An inline query `@bot <query>` typed by `user_id`."""
    inline = {"id": str(next(_update_ids) * 104729), "from": _user(user_id), "query": query}
    inline["offset"] = offset
    return {"update_id": next(_update_ids), "inline_query": inline}


def my_chat_member_update(
    chat_id: int,
    chat_type: str = "group",
    *,
    old_status: str = "left",
    new_status: str = "member",
    bot_id: int = int(DEFAULT_TOKEN.split(":")[0]),
    by_user_id: int = 7,
    **rights: Any,
) -> dict[str, Any]:
    """The bot's own membership in `chat_id` changed (added, kicked, promoted)."""
    bot = _user(bot_id, is_bot=True, username=BOT_USERNAME)
    change = {
        "chat": _chat(chat_id, chat_type),
        "from": _user(by_user_id),
        "date": int(time.time()),
        "old_chat_member": _chat_member({"status": old_status}, bot),
        "new_chat_member": _chat_member({"status": new_status, **rights}, bot),
    }
    return {"update_id": next(_update_ids), "my_chat_member": change}

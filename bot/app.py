"""Wires the bot together: the PTB Application, its handlers, the error handler, and `run`."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommandScopeChat, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.backoff import NETWORK_BACKOFF
from bot.commands import Commands
from bot.config import Settings
from bot.digests import install as install_digests
from bot.digests import store_file
from bot.errors import BriefingError, ConfigError
from bot.handlers import Handlers, on_error
from bot.live.commands import SourceCommands
from bot.live.jobs import LiveJobs
from bot.live.sources import Sources
from bot.query import Query
from bot.store import open_db

logger = logging.getLogger(__name__)

CONCURRENT_UPDATES = 16  # replies mostly wait on Telegram, so serve several chats at once
_TEXT_UPDATES = filters.TEXT & (filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST)


class PatientRateLimiter(AIORateLimiter):
    """AIORateLimiter (Telegram's limits, RetryAfter waited out) that also retries 5xx, timeouts."""

    def __init__(self, *, max_retries: int = 3, backoff: float = NETWORK_BACKOFF.first) -> None:
        super().__init__(max_retries=max_retries)  # RetryAfter waits
        self.backoff = replace(NETWORK_BACKOFF, first=backoff)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send one request; a 5xx answer or a timeout is retried with backoff, a 400 never."""
        failures = 0
        while True:
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise
            except NetworkError as error:
                failures += 1
                if self.backoff.exhausted(failures):
                    raise
                delay = self.backoff.delay(failures)
                logger.warning("%s failed (%s); retrying in %.1f s", endpoint, error, delay)
                await asyncio.sleep(delay)


class BriefingApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's Application, holding the Commands its handlers, startup and digests share."""

    def __init__(
        self, *, commands: Commands, operators: frozenset[int] = frozenset(), **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.commands = commands
        self.operators = operators  # their private chats get the menu with the operators' commands
        self.live: LiveJobs | None = None  # polling the news sources, when the store is a file


def build_application(settings: Settings, db: Any = None) -> BriefingApplication:
    """The Application serving `db` (an open store; opened from settings.db_path when None).

    Raises ConfigError or StoreError before touching the network.
    """
    token = settings.require_token()
    db = db if db is not None else open_db(settings.db_path)
    commands = Commands(Query(db))
    builder = _builder(settings, token).application_class(
        BriefingApplication, kwargs={"commands": commands, "operators": settings.admins}
    )
    app: BriefingApplication = builder.build()
    handlers = Handlers(commands)
    app.add_handler(MessageHandler(_TEXT_UPDATES, handlers.message))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline))
    app.add_error_handler(on_error)
    install_digests(app, settings, db, commands)
    _install_live(app, settings, commands)
    return app


def _builder(settings: Settings, token: str) -> Any:
    builder = Application.builder().token(token)
    if settings.api_url:  # a self-hosted Bot API server, or the fake one in tests
        builder = builder.base_url(settings.api_url).base_file_url(_file_url(settings.api_url))
    defaults = Defaults(
        parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
    )
    request = HTTPXRequest(
        connection_pool_size=CONCURRENT_UPDATES + 8,
        connect_timeout=5.0, read_timeout=10.0, write_timeout=10.0, pool_timeout=5.0,
    )  # fmt: skip
    # PTB adds getUpdates' own long-poll timeout to read_timeout
    polling = HTTPXRequest(connection_pool_size=2, connect_timeout=5.0, read_timeout=10.0)
    return (
        builder.defaults(defaults)
        .rate_limiter(PatientRateLimiter(max_retries=3))
        .request(request)
        .get_updates_request(polling)
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(startup)
        .post_shutdown(shutdown)
    )


def _file_url(api_url: str) -> str:
    """The file URL matching a base_url: `http://host/bot` -> `http://host/file/bot`."""
    head, _, tail = api_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}" if head else f"{api_url}/file"


def _install_live(app: BriefingApplication, settings: Settings, commands: Commands) -> None:
    """The operators' source commands, and polling the sources of a store kept in a file."""
    db = commands.query.db
    sources = Sources(db)
    SourceCommands(sources, settings.admins, settings.poll_minutes).register(commands)
    path = store_file(db)
    if path is not None:  # rounds open the file themselves, in a worker process
        app.live = LiveJobs(app, replace(settings, db_path=path), sources)
        app.live.install()


async def shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Let the rounds' worker process go."""
    if isinstance(app, BriefingApplication) and app.live is not None:
        app.live.stop()


async def startup(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """What a running bot does once connected: publish its command menu (setMyCommands)."""
    assert isinstance(app, BriefingApplication)  # built by build_application
    await app.bot.set_my_commands(app.commands.menu())
    await _operator_menus(app)
    logger.info("serving as @%s", app.bot.username)


async def _operator_menus(app: BriefingApplication) -> None:
    """Each operator's private chat lists the commands only operators may use.

    Telegram refuses a chat scope for a user who never opened the bot; that operator keeps the
    common menu (the commands still work when typed) and the log says how to fix it.
    """
    menu = app.commands.menu(operators=True)
    for user_id in sorted(app.operators):
        try:
            await app.bot.set_my_commands(menu, scope=BotCommandScopeChat(user_id))
        except TelegramError as error:
            logger.warning(
                "no operator menu for user %s (%s): they should send /start to the bot", user_id,
                error,
            )  # fmt: skip


def run_bot(
    settings: Settings,
    *,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
    secret_token: str | None = None,
) -> int:
    """Serve Telegram until SIGINT/SIGTERM: long polling, or a webhook when `webhook_url` is set.

    Raises ConfigError (token missing, malformed or refused) or StoreError (no usable store).
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines hold the token URL
    secret = settings.require_token().partition(":")[2]
    hide_secret(secret)  # PTB logs its URLs at DEBUG
    app = build_application(settings)
    try:
        _serve(app, webhook_url, listen, port, secret_token)
    except InvalidToken:
        raise ConfigError("Telegram refused TELEGRAM_BOT_TOKEN: check it with @BotFather") from None
    except NetworkError as error:  # only start-up can end here: once serving, PTB retries
        reason = str(error).replace(secret, "<token>")
        raise BriefingError(f"cannot reach Telegram at start-up: {reason}") from None
    return 0


class _Redact(logging.Filter):
    """Replaces a secret in log lines (and their tracebacks) before any handler writes them."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "<token>")
        return True


def hide_secret(secret: str) -> None:
    """Keep `secret` out of every log handler set up so far (and Python's last-resort one)."""
    handlers = [*logging.getLogger().handlers, logging.lastResort]
    for handler in handlers:
        if handler is not None and secret:
            handler.addFilter(_Redact(secret))


def _serve(
    app: BriefingApplication,
    webhook_url: str | None,
    listen: str,
    port: int,
    secret_token: str | None,
) -> None:
    stop_signals = (signal.SIGINT, signal.SIGTERM)
    if webhook_url is None:
        app.run_polling(drop_pending_updates=False, stop_signals=stop_signals)
        return
    app.run_webhook(
        listen=listen,
        port=port,
        url_path=urlsplit(webhook_url).path.lstrip("/"),
        webhook_url=webhook_url,
        secret_token=secret_token,
        stop_signals=stop_signals,
    )

"""The command line: build, export, run, ask, chat, announce; an error is one line and a code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from bot import __version__
from bot.build_lines import progress_printer, result_line
from bot.cli_help import EXAMPLES
from bot.config import Settings
from bot.errors import BriefingError, ConfigError, SeedError, StoreError

DEFAULT_SEEDS = Path("seeds")
Handler = Callable[[argparse.Namespace], int]
_USAGE_ERRORS = (ConfigError, StoreError, SeedError)  # exit 2; any other BriefingError exits 1
_log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; the exit code is 0 on success, 1 when a build failed, 2 on misuse."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error argparse already explained
        return exit_.code if isinstance(exit_.code, int) else 2
    _set_up_logging(args)
    handler: Handler = getattr(args, "handler", _default)
    try:
        return handler(args)
    except _USAGE_ERRORS as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BriefingError as error:
        _log.debug("command failed", exc_info=True)
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # a build writes nothing until it is done, so nothing is lost
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader (`head`, say) has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _set_up_logging(args: argparse.Namespace) -> None:
    verbose = getattr(args, "verbose", False)
    running = getattr(args, "handler", None) is _run
    level = logging.DEBUG if verbose else logging.INFO if running else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-bot",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="News articles in, briefings out: summaries, quotes and figures on Telegram.",
        epilog=EXAMPLES["main"],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, argparse.SUPPRESS)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_build(commands)
    _add_export(commands)
    _add_run(commands)
    _add_ask(commands)
    _add_command(commands, "chat", "talk to the bot offline, one command per line", _chat)
    _add_command(commands, "announce", "post what is new to BRIEFING_CHANNEL now", _announce)
    _add_sources(commands)
    _add_command(commands, "fetch", "fetch every news source once now and store what is new",
                 _live("fetch_now"))  # fmt: skip
    return parser


def _add_common(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the store (default: $BRIEFING_DB or briefing.db)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", default=default, help="log more")


def _add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    handler: Handler,
    *,
    examples: bool = True,
) -> argparse.ArgumentParser:
    """A command (or, without examples of its own, a `sources` action) with --db and -v."""
    parser = commands.add_parser(
        name, help=summary, description=summary, epilog=EXAMPLES[name] if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    _add_common(parser, argparse.SUPPRESS)
    parser.set_defaults(handler=handler)
    return parser


def _add_build(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _add_command(commands, "build", "read articles into the store", _build)
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", type=Path,
        help="files (.txt, .jsonl) and folders read recursively (default: seeds/)",
    )  # fmt: skip
    parser.add_argument(
        "--jobs", type=_positive, metavar="N", help="analyse on N processes (default: all cores)"
    )
    parser.add_argument(
        "--cluster", metavar="ADDRESS",
        help="analyse on the Dask cluster whose scheduler is at ADDRESS, or on a local one of N "
        "workers with local:N (default: $BRIEFING_DASK_SCHEDULER; needs the [cluster] extra)",
    )  # fmt: skip


def _add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _add_command(commands, "export", "write the store as JSON Lines to stdout", _export)
    parser.add_argument("kind", choices=("articles", "summaries", "stories", "quotes", "figures"))
    parser.add_argument(
        "--sentences", type=_positive, default=None, metavar="N",
        help="sentences per summary (default: 3 for an article, all stored for a story)",
    )  # fmt: skip


def _add_run(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _add_command(commands, "run", "answer on Telegram (TELEGRAM_BOT_TOKEN)", _run)
    parser.add_argument("--webhook-url", metavar="URL", help="receive updates by webhook at URL")
    parser.add_argument("--listen", default="127.0.0.1", metavar="ADDR", help="webhook address")
    parser.add_argument("--port", type=_positive, default=8443, metavar="N", help="webhook port")
    parser.add_argument("--secret-token", metavar="S", help="the webhook's secret token")


def _add_ask(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _add_command(commands, "ask", "answer one command offline and print it", _ask)
    parser.add_argument("line", nargs="+", metavar="LINE", help="a bot command, e.g. /summary")
    parser.add_argument(
        "--all", action="store_true", help="print every page of a long answer, not just the first"
    )


def _add_sources(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _add_command(commands, "sources", "the news feeds the bot follows", _sources_help)
    action = partial(_add_command, parser.add_subparsers(title="actions", metavar="ACTION"),
                     examples=False)  # fmt: skip
    add = action(
        "add", "follow a feed (RSS, Atom or JSON Feed)", _live("add_source", "url", "name")
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", metavar="NAME", help="what to call it (default: its host)")
    action("list", "every source with its state and last fetch", _live("list_sources"))
    remove = action("remove", "stop following a source", _live("remove_source", "source"))
    remove.add_argument("source", metavar="NAME|URL")
    load = action("import", "follow every feed of an OPML file", _live("import_sources", "file"))
    load.add_argument("file", metavar="FILE.opml", type=Path)
    action("export", "write the sources as OPML to stdout", _live("export_sources"))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(db_path=getattr(args, "db", None))


def _build(args: argparse.Namespace) -> int:
    """Build the store from PATHS and print a one-line result."""
    from bot.build import build

    settings = _settings(args)
    paths = args.paths or [DEFAULT_SEEDS]
    cluster = args.cluster or settings.dask_scheduler
    report = build(
        paths,
        settings.db_path,
        jobs=args.jobs,
        cluster=cluster,
        progress=progress_printer(sys.stderr),
    )
    for notice in report.warnings:
        print(f"warning: {notice}", file=sys.stderr)
    for notice in report.skipped:
        print(f"skipped: {notice}", file=sys.stderr)
    if not report.stored:
        shown = " ".join(str(p) for p in paths)
        print(f"error: no valid article in {shown}: the store was left as it was", file=sys.stderr)
        return 2
    print(result_line(report))
    return 0


def _export(args: argparse.Namespace) -> int:
    """Write one JSON object per line for KIND."""
    from bot.store import export_records, open_db

    db = open_db(_settings(args).db_path)
    try:
        for record in export_records(db, args.kind, sentences=args.sentences):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    finally:
        db.close()
    return 0


def _run(args: argparse.Namespace) -> int:
    """Answer on Telegram until stopped."""
    settings = _settings(args)
    settings.require_token()  # before importing telegram: a missing token is a one-line error
    from bot.app import run_bot

    return _code(run_bot(
        settings, webhook_url=getattr(args, "webhook_url", None),
        listen=getattr(args, "listen", "127.0.0.1"), port=getattr(args, "port", 8443),
        secret_token=getattr(args, "secret_token", None),
    ))  # fmt: skip


def _ask(args: argparse.Namespace) -> int:
    """Answer one command line offline."""
    from bot.console import ask

    line = " ".join(args.line)
    return _code(ask(_settings(args), line, sys.stdout, every_page=args.all))


def _chat(args: argparse.Namespace) -> int:
    """Answer commands read from stdin until it ends."""
    from bot.console import chat

    return _code(chat(_settings(args), sys.stdin, sys.stdout))


def _announce(args: argparse.Namespace) -> int:
    """Post the announcement of what is new to the channel now."""
    from bot.digests import announce_now

    return _code(announce_now(_settings(args)))


def _sources_help(args: argparse.Namespace) -> int:
    print("usage: briefing-bot sources {add,list,remove,import,export} ...", file=sys.stderr)
    return 2


def _live(action: str, *fields: str) -> Handler:
    """A handler calling `bot.live.manage.<action>(settings, *those args, stdout)`: the live
    modules are imported only when a live command runs."""

    def handle(args: argparse.Namespace) -> int:
        from bot.live import manage

        values = (getattr(args, field) for field in fields)
        return int(getattr(manage, action)(_settings(args), *values, sys.stdout))

    return handle


def _default(args: argparse.Namespace) -> int:
    """No command: run the bot when a token is set, else chat (building the store if needed)."""
    settings = _settings(args)
    if settings.token:
        return _run(args)
    if not settings.db_path.exists():
        from bot.build import build

        report = build([DEFAULT_SEEDS], settings.db_path, progress=progress_printer(sys.stderr))
        print(result_line(report), file=sys.stderr)
    return _chat(args)


def _code(result: object) -> int:
    """An exit code from what a command returned (an int, None, or a coroutine giving either)."""
    import inspect

    if inspect.iscoroutine(result):
        import asyncio  # only the bot's own commands run an event loop; a build starts faster

        result = asyncio.run(result)
    return result if isinstance(result, int) else 0

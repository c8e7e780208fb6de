"""The command line: build, export, run, ask, chat, announce; an error is one line and a code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import __version__
from bot.config import Settings
from bot.errors import BriefingError, ConfigError, SeedError, StoreError

if TYPE_CHECKING:  # bot.build pulls in the analysis; `ask` and `chat` start faster without it
    from bot.build import BuildReport

DEFAULT_SEEDS = Path("seeds")
Handler = Callable[[argparse.Namespace], int]
_USAGE_ERRORS = (ConfigError, StoreError, SeedError)  # exit 2; any other BriefingError exits 1
_log = logging.getLogger(__name__)

_EXAMPLES = {
    "build": """examples:
  briefing-bot build                       # seeds/ into briefing.db (or $BRIEFING_DB)
  briefing-bot build feeds/ extra.jsonl --db news.db --jobs 4
  briefing-bot build archive/ --cluster tcp://scheduler:8786   # analyse on a Dask cluster
  briefing-bot build archive/ --cluster local:4                # a Dask cluster of 4 here""",
    "export": """examples:
  briefing-bot export articles
  briefing-bot export summaries --sentences 5 --db news.db
  briefing-bot export quotes | jq .speaker""",
    "run": """examples:
  TELEGRAM_BOT_TOKEN=123:abc briefing-bot run
  briefing-bot run --webhook-url https://bot.example.org/tg --listen 0.0.0.0 --port 8443""",
    "ask": """examples:
  briefing-bot ask /summary                # the first page, and how many there are
  briefing-bot ask --all /summary          # every page
  briefing-bot ask "/quotes BRICS" --db news.db""",
    "chat": """examples:
  briefing-bot chat                        # type /help, then commands; Ctrl-D ends""",
    "announce": """examples:
  BRIEFING_CHANNEL=@mychannel briefing-bot announce""",
    "sources": """examples:
  briefing-bot sources add https://feeds.bbci.co.uk/news/world/rss.xml --name "BBC World"
  briefing-bot sources list
  briefing-bot sources remove "BBC World"
  briefing-bot sources import feeds.opml
  briefing-bot sources export > feeds.opml""",
    "fetch": """examples:
  briefing-bot fetch                       # one round now: exit 0 stored, 1 failed, 2 nothing new
  */15 * * * * briefing-bot fetch --db /srv/briefing.db   # from cron""",
    "main": """examples:
  briefing-bot build && briefing-bot ask /summary
  briefing-bot                             # run the bot when TELEGRAM_BOT_TOKEN is set, else chat
  briefing-bot COMMAND --help""",
}


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
        epilog=_EXAMPLES["main"],
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
                 _fetch)  # fmt: skip
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
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name, help=summary, description=summary, epilog=_EXAMPLES[name],
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
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    add = _add_action(actions, "add", "follow a feed (RSS, Atom or JSON Feed)", _sources_add)
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", metavar="NAME", help="what to call it (default: its host)")
    _add_action(actions, "list", "every source with its state and last fetch", _sources_list)
    remove = _add_action(actions, "remove", "stop following a source", _sources_remove)
    remove.add_argument("source", metavar="NAME|URL")
    load = _add_action(actions, "import", "follow every feed of an OPML file", _sources_import)
    load.add_argument("file", metavar="FILE.opml", type=Path)
    _add_action(actions, "export", "write the sources as OPML to stdout", _sources_export)


def _add_action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    handler: Handler,
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=summary, description=summary)
    _add_common(parser, argparse.SUPPRESS)
    parser.set_defaults(handler=handler)
    return parser


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
        paths, settings.db_path, jobs=args.jobs, cluster=cluster, progress=_progress(sys.stderr)
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


def result_line(report: BuildReport) -> str:
    """One line saying what a build did."""
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    if not report.changed:
        return (
            f"{report.db_path}: nothing to do, {_count(len(report.unchanged), 'article')}"
            f" unchanged ({report.files_unchanged} of {_count(report.files, 'file')} not"
            f" re-read){skipped}"
        )
    return (
        f"{report.db_path}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed{skipped} "
        f"(build {report.build_id}, {report.seconds:.1f}s)"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _progress(stream: TextIO) -> Callable[[int, int], None]:
    """A running count on a terminal, a plain line every 1,000 articles otherwise.

    The build streams its inputs, so the total is known (and given) only at the end."""
    tty = stream.isatty()
    thousands = [0]  # the thousands already told

    def show(done: int, total: int) -> None:
        if tty:
            end = "\n" if done == total else ""
            stream.write(f"\rprepared {done} articles{end}")
            stream.flush()
        elif done == total or done // 1000 > thousands[0]:
            thousands[0] = done // 1000
            stream.write(f"prepared {done}/{total or '?'} articles\n")

    return show


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


def _sources_add(args: argparse.Namespace) -> int:
    from bot.live.manage import add_source

    return add_source(_settings(args), args.url, args.name, sys.stdout)


def _sources_list(args: argparse.Namespace) -> int:
    from bot.live.manage import list_sources

    return list_sources(_settings(args), sys.stdout)


def _sources_remove(args: argparse.Namespace) -> int:
    from bot.live.manage import remove_source

    return remove_source(_settings(args), args.source, sys.stdout)


def _sources_import(args: argparse.Namespace) -> int:
    from bot.live.manage import import_sources

    return import_sources(_settings(args), args.file, sys.stdout)


def _sources_export(args: argparse.Namespace) -> int:
    from bot.live.manage import export_sources

    return export_sources(_settings(args), sys.stdout)


def _fetch(args: argparse.Namespace) -> int:
    """Fetch every source once and print what was found."""
    from bot.live.manage import fetch_now

    return fetch_now(_settings(args), sys.stdout)


def _default(args: argparse.Namespace) -> int:
    """No command: run the bot when a token is set, else chat (building the store if needed)."""
    settings = _settings(args)
    if settings.token:
        return _run(args)
    if not settings.db_path.exists():
        from bot.build import build

        report = build([DEFAULT_SEEDS], settings.db_path, progress=_progress(sys.stderr))
        print(result_line(report), file=sys.stderr)
    return _chat(args)


def _code(result: object) -> int:
    """An exit code from what a command returned (an int, None, or a coroutine giving either)."""
    import inspect

    if inspect.iscoroutine(result):
        import asyncio  # only the bot's own commands run an event loop; a build starts faster

        result = asyncio.run(result)
    return result if isinstance(result, int) else 0

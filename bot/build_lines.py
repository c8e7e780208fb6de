"""What a build tells the person who runs it: one result line, and progress while it reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # bot.build pulls in the analysis; `ask` and `chat` start faster without it
    from bot.build import BuildReport


def result_line(report: BuildReport) -> str:
    """One line saying what a build did."""
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    if not report.changed:
        return (
            f"{report.db_path}: nothing to do, {count_of(len(report.unchanged), 'article')}"
            f" unchanged ({report.files_unchanged} of {count_of(report.files, 'file')} not"
            f" re-read){skipped}"
        )
    return (
        f"{report.db_path}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed{skipped} "
        f"(build {report.build_id}, {report.seconds:.1f}s)"
    )


def count_of(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def progress_printer(stream: TextIO) -> Callable[[int, int], None]:
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

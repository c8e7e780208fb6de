"""The Prev/Next buttons under a paged list: their callback data, and the args it stands for."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

from bot.cards import short_key
from bot.models import Button

MAX_CALLBACK_BYTES = 64  # Telegram's limit on callback_data
PREFIX = "pg"  # what a page button's data starts with, before its first `:`
NOOP = "noop"  # the data of the page-count button, which does nothing
PREV, NEXT = "\u2039 Prev", "Next \u203a"


class PageData(NamedTuple):
    """What a page button's data says: the listing, the page (digits), the build it was made in
    and the args, coded (`=BRICS` or `#<hash>`, for `PageButtons.args`)."""

    name: str
    page: str
    build: str
    coded: str


def read(data: str) -> PageData | None:
    """The parts of a page button's data (`pg:quotes:2:7:=BRICS`); None when it is not one."""
    parts = data.split(":", 4)
    if len(parts) != 5 or parts[0] != PREFIX or not parts[2].isdigit():
        return None
    return PageData(*parts[1:])


class PageButtons:
    """Each page's buttons; args too long for callback data are kept here under a short key."""

    def __init__(self, build_id: Callable[[], int], remember: int) -> None:
        self.build_id = build_id
        self._args: OrderedDict[str, str] = OrderedDict()  # hashed page keys -> their args
        self._remember = remember

    def nav(self, name: str, args: str, page: int, count: int) -> tuple[tuple[Button, ...], ...]:
        if count <= 1:
            return ()
        build = self.build_id()
        row = []
        if page > 1:
            row.append(Button(PREV, data=self._page_data(name, args, page - 1, build)))
        row.append(Button(f"{page}/{count}", data=NOOP))
        if page < count:
            row.append(Button(NEXT, data=self._page_data(name, args, page + 1, build)))
        return (tuple(row),)

    def _page_data(self, name: str, args: str, page: int, build: int) -> str:
        """`pg:quotes:2:7:=BRICS`, or `pg:quotes:2:7:#<hash>` when the args do not fit."""
        head = f"{PREFIX}:{name}:{page}:{build}:"
        data = f"{head}={args}"
        if len(data.encode()) <= MAX_CALLBACK_BYTES:
            return data
        key = short_key(name, args)
        self._args[key] = args
        self._args.move_to_end(key)
        while len(self._args) > self._remember:
            self._args.popitem(last=False)
        return f"{head}#{key}"

    def args(self, coded: str) -> str | None:
        """The args a button's data carries (`=BRICS`), or keeps here (`#<hash>`); None if lost."""
        return coded[1:] if coded.startswith("=") else self._args.get(coded[1:])

"""The Prev/Next buttons under a paged list: their callback data, and the args it stands for."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from bot.cards import short_key
from bot.models import Button

MAX_CALLBACK_BYTES = 64  # Telegram's limit on callback_data
NOOP = "noop"
PREV, NEXT = "\u2039 Prev", "Next \u203a"


class PageButtons:
    """Each page's buttons; args too long for callback data are kept here under a short key."""

    def __init__(self, build_id: Callable[[], int], remember: int) -> None:
        self.build_id = build_id
        self._args: OrderedDict[str, str] = OrderedDict()  # hashed page keys -> their args
        self._remember = remember

    def nav(self, name: str, args: str, page: int, count: int) -> tuple[tuple[Button, ...], ...]:
        if count <= 1:
            return ()
        row = []
        if page > 1:
            row.append(Button(PREV, data=self._page_data(name, args, page - 1)))
        row.append(Button(f"{page}/{count}", data=NOOP))
        if page < count:
            row.append(Button(NEXT, data=self._page_data(name, args, page + 1)))
        return (tuple(row),)

    def _page_data(self, name: str, args: str, page: int) -> str:
        """`pg:quotes:2:7:=BRICS`, or `pg:quotes:2:7:#<hash>` when the args do not fit."""
        head = f"pg:{name}:{page}:{self.build_id()}:"
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

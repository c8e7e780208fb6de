"""What an `N-time` count of a title counts: `two-time Olympic champion Jane Doe` has won
`Jane Doe's Olympic titles`, `the three-time Oscar nominee` has had `Oscar nominations`."""

from __future__ import annotations

import re

from bot.analyse.figures.numbers import Quantity

# A title's last word and what a person holding it N times has N of.
_COUNTED_BY_ROLE = {
    "champion": "titles",
    "champ": "titles",
    "winner": "wins",
    "runner-up": "runner-up finishes",
    "medallist": "medals",
    "medalist": "medals",
    "finalist": "finals",
    "nominee": "nominations",
    "all-star": "All-Star selections",
    "mvp": "MVP awards",
}
_ROLE = re.compile(
    r"\s+(?P<role>(?:[\w'\u2019.-]+\s+){0,5}?"
    rf"(?P<head>{'|'.join(re.escape(r) for r in _COUNTED_BY_ROLE)})s?)\b",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
_NAME_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),\s+(?:a|the)\s+$"
)


def title_count(plain: str, quantity: Quantity) -> str:
    """`Jane Doe's Olympic titles` of `the two-time Olympic champion Jane Doe`, else ""."""
    if not plain[quantity.start : quantity.end].lower().endswith("-time"):
        return ""
    found = _ROLE.match(plain, quantity.end)
    if found is None:
        return ""
    title = plain[found.start("role") : found.start("head")].strip()
    counted = _COUNTED_BY_ROLE[found.group("head").lower()]
    named = _NAME_AFTER.match(plain, found.end()) or _NAME_BEFORE.search(
        plain, max(0, quantity.start - 60), quantity.start
    )
    owner = f"{named.group('name')}'s " if named else ""
    return f"{owner}{title} {counted}".replace("  ", " ").strip()

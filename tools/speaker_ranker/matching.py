"""Whether a predicted speaker's name is a gold speaker's, as PolNeAR's scorer decides it:
surname equal, given names compatible, titles ignored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

_APOSTROPHES = re.compile(r"[\u2019\u2018'`\u00b4]")
_WORD = re.compile(r"[^\W_]+")
_TITLES = frozenset(
    """mr mrs ms miss dr sen senator rep representative gov governor president vice secretary
    gen general judge justice rev former the chairman chairwoman speaker mayor attorney
    ambassador chief minister prime candidate nominee del""".split()  # noqa: SIM905
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes dropped inside words."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).lower())
    return _WORD.findall(text)


def common_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token lists."""
    previous = [0] * (len(b) + 1)
    for token in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if token == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def name_words(name: str) -> list[str]:
    found = words(re.sub(r"\([^)]*\)|[\u2019']s\b", " ", name))
    found = [w for w in found if w not in ("ii", "iii", "iv")]
    while len(found) > 1 and found[0] in _TITLES:
        found = found[1:]
    return found


def names_agree(gold: str, predicted: str) -> bool:
    """Whether a predicted speaker names the gold one: all gold words present, or the same
    surname with no conflicting given name (an initial agrees with its name)."""
    g, p = name_words(gold), name_words(predicted)
    if not g or not p:
        return False
    if set(g) <= set(p):
        return True
    if g[-1] != p[-1]:
        return False
    if len(g) == 1 or len(p) == 1 or set(p) <= set(g):
        return True
    return g[0] == p[0] or (min(len(g[0]), len(p[0])) == 1 and g[0][0] == p[0][0])


def gold_speakers(row: dict[str, Any]) -> list[str]:
    """The names a gold quote's speaker goes by; empty when its source cannot be scored."""
    source = row.get("source") or {}
    if source.get("cls") == "name":
        return [n for n in source.get("names") or [source.get("name")] if n]
    if source.get("resolved_name"):
        return source.get("names") or [source["resolved_name"]]
    return []

"""Packing HTML blocks into messages and pages under Telegram's limits, never cutting a tag."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.markup import MAX_ENTITIES, MAX_MESSAGE_CHARS, TAG, fits, measure, plain_text

_Stack = tuple[tuple[str, str], ...]
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def pack(blocks: Iterable[str], limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Join self-contained HTML blocks into as few messages as fit Telegram's limits."""
    messages: list[str] = []
    for block in blocks:
        for part in split_block(block, limit):
            if messages and fits(messages[-1] + "\n\n" + part, limit):
                messages[-1] += "\n\n" + part
            else:
                messages.append(part)
    return messages


def paginate(
    blocks: Iterable[str], per_page: int, title: str = "", limit: int = MAX_MESSAGE_CHARS
) -> list[str]:
    """Pages of at most `per_page` blocks under `title`, each page one message."""
    room = limit - measure(title) - 2
    parts = [part for block in blocks for part in split_block(block, room)]
    pages: list[list[str]] = []
    for part in parts:
        page = [*pages[-1], part] if pages else [part]
        if pages and len(page) <= per_page and fits(_page(title, page), limit):
            pages[-1] = page
        else:
            pages.append([part])
    return [_page(title, page) for page in pages] or ([title] if title else [])


def _page(title: str, blocks: Sequence[str]) -> str:
    return "\n\n".join([title, *blocks] if title else blocks)


def split_block(block: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """A block over the limits cut at paragraph, line, sentence or word breaks; tags reopened."""
    if fits(block, limit):
        return [block]
    atoms = _atoms(block, max(limit // 4, 16))
    stacks = _stacks([text for text, _ in atoms])
    parts: list[str] = []
    start = 0
    while start < len(atoms):
        end = _best_cut(atoms, stacks, start, limit)
        body = "".join(text for text, _ in atoms[start:end])
        part = _opening(stacks[start]) + body + _closing(stacks[end])
        if plain_text(part).strip():  # a part of bare tags would be an empty message
            parts.append(part.strip())
        start = end
    return parts


def _best_cut(
    atoms: Sequence[tuple[str, int]], stacks: Sequence[_Stack], start: int, limit: int
) -> int:
    """The end of the part starting at `start`: the strongest break past half the limit."""
    length = measure(_opening(stacks[start]))
    count = len(stacks[start])
    best, best_key = start + 1, (-2, start)
    for j in range(start, len(atoms)):
        text, strength = atoms[j]
        length += measure(text)
        count += 1 if TAG.fullmatch(text) and not text.startswith("</") else 0
        total = length + measure(_closing(stacks[j + 1]))
        if total > limit or count > MAX_ENTITIES:
            break
        if j + 1 == len(atoms):
            return j + 1
        if strength >= 0:
            key = (strength if total >= limit // 2 else -1, j)
            if key >= best_key:
                best, best_key = j + 1, key
    return best


def _atoms(block: str, longest: int) -> list[tuple[str, int]]:
    """Tags and words (with their trailing space), each with how good a break follows it."""
    atoms: list[tuple[str, int]] = []
    for text in re.findall(r"<[^>]*>|[^<\s]+\s*|\s+", block):
        if text.startswith("<"):
            atoms.append((text, -1))
        elif len(text) > longest:
            atoms.extend(_chop(text, longest))
        else:
            atoms.append((text, _strength(text)))
    return atoms


def _strength(word: str) -> int:
    """3 after a paragraph, 2 after a line, 1 after a sentence, 0 after a word, -1 no break."""
    space = word[len(word.rstrip()) :]
    if not space:
        return -1
    if "\n\n" in space:
        return 3
    if "\n" in space:
        return 2
    return 1 if _SENTENCE_END.search(word.rstrip()) else 0


def _chop(text: str, longest: int) -> list[tuple[str, int]]:
    """A word too long for any message cut into pieces, never inside an `&entity;`."""
    pieces, size = [""], 0
    for unit in re.findall(r"&#?[a-zA-Z0-9]+;|.", text, re.DOTALL):
        width = measure(unit)
        if pieces[-1] and size + width > longest:
            pieces.append("")
            size = 0
        pieces[-1] += unit
        size += width
    return [(piece, 0) for piece in pieces[:-1]] + [(pieces[-1], _strength(pieces[-1]))]


def _stacks(atoms: Sequence[str]) -> list[_Stack]:
    """The open tags (name, opening tag) before each atom, and after the last."""
    stacks: list[_Stack] = [()]
    for text in atoms:
        stack = stacks[-1]
        match = TAG.fullmatch(text)
        if match and match.group(1):
            names = [name for name, _ in stack]
            if match.group(2) in names:
                stack = stack[: len(names) - 1 - names[::-1].index(match.group(2))]
        elif match:
            stack = (*stack, (match.group(2), text))
        stacks.append(stack)
    return stacks


def _opening(stack: _Stack) -> str:
    return "".join(tag for _, tag in stack)


def _closing(stack: _Stack) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))

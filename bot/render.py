"""Models to Telegram-HTML: escaped, shortened before escaping, packed under Telegram's limits."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.models import Article, Figure, Quote, Sentence, Story

if TYPE_CHECKING:
    from bot.query import ArticleRef, SentenceHit, SourceCount, StoreInfo

MAX_MESSAGE_CHARS = 4096
MAX_ENTITIES = 100  # Telegram drops formatting past about 100 entities in one message
QUOTE_CHARS = 600
SENTENCE_CHARS = 500
ECHO_CHARS = 60  # how much of a user's term an answer repeats back

USAGE = {
    "start": "/start",
    "help": "/help",
    "about": "/about",
    "summary": "/summary [story id | article id | topic]",
    "quotes": "/quotes <term>",
    "figures": "/figures [term]",
    "articles": "/articles",
    "article": "/article <id>",
    "search": "/search <term>",
    "sources": "/sources",
}
APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment."
_CURRENCIES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "RUB": "₽", "CNY": "¥", "INR": "₹"}
_SCALES = ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m"))
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_Stack = tuple[tuple[str, str], ...]
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


@dataclass(frozen=True, slots=True)
class CommandHelp:
    """One line of /help: the usage, what it does, and an example to tap."""

    name: str
    usage: str
    description: str
    example: str = ""


# Text helpers


def escape(text: str) -> str:
    """Text safe inside Telegram HTML (quotes are fine outside attributes)."""
    return html.escape(text, quote=False)


def clip(text: str, limit: int) -> str:
    """`text` with whitespace collapsed, cut at a word boundary to at most `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def day(value: date) -> str:
    """A date as people write it: 29 Sep 2023."""
    return f"{value.day} {value:%b %Y}"


def source_names(ids: Iterable[str], refs: Mapping[str, ArticleRef]) -> list[str]:
    """The outlet name of each article id (the id when unknown), without repeats."""
    return list(dict.fromkeys(refs[i].source if i in refs else i for i in ids))


def source_tag(ids: Sequence[str], refs: Mapping[str, ArticleRef]) -> str:
    """`[EFE, unknown]`: the outlets carrying a sentence."""
    return "[" + escape(", ".join(source_names(ids, refs))) + "]"


def _byline(ids: Sequence[str], refs: Mapping[str, ArticleRef]) -> str:
    names = escape(", ".join(source_names(ids, refs)))
    dated = next((refs[i].date for i in ids if i in refs), None)
    return f"<i>{names} · {day(dated)}</i>" if dated else f"<i>{names}</i>"


def _href(url: str | None) -> str | None:
    if not url or not url.lower().startswith(("http://", "https://")):
        return None  # Telegram rejects links without a scheme it knows
    return html.escape(url, quote=True)


# Numbers


def number(value: float) -> str:
    """1234.0 -> 1,234; 2.30 -> 2.3."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_value(figure: Figure) -> str:
    """The value and unit as a reader expects them: 25%, 2.3 times, £1.5bn, 5,000 students."""
    value, unit = figure.value, figure.unit.strip()
    if unit in ("percent", "%"):
        shown = f"{number(value)}%"
    elif unit == "times":
        shown = f"{number(value)} times"
    elif unit.upper() in _CURRENCIES:
        shown = _CURRENCIES[unit.upper()] + _scaled(value, short=True)
    else:
        shown = f"{_scaled(value, short=False)} {unit}".strip()
    return f"{figure.qualifier} {shown}" if figure.qualifier else shown


def _scaled(value: float, *, short: bool) -> str:
    for size, word, abbreviation in _SCALES:
        if abs(value) >= size:
            amount = number(round(value / size, 2))
            return f"{amount}{abbreviation}" if short else f"{amount} {word}"
    return number(value)


# Blocks


def story_block(story: Story, refs: Mapping[str, ArticleRef]) -> str:
    """A story: headline in bold, date and outlets, each sentence tagged with its sources."""
    lines = [
        f"<b>{escape(clip(story.headline, 200))}</b>",
        f"{_byline(story.article_ids, refs)} · <code>{escape(story.id)}</code>",
    ]
    for sentence in story.sentences:
        text = escape(clip(sentence.text, SENTENCE_CHARS))
        lines.append(f"• {text} {source_tag(sentence.sources or (sentence.article_id,), refs)}")
    return "\n".join(lines)


def quote_block(quote: Quote, refs: Mapping[str, ArticleRef]) -> str:
    """Speaker and role in bold, the words, then the outlets and date."""
    who = ", ".join(p for p in (quote.speaker, quote.role) if p) or "Unattributed"
    text = escape(clip(quote.text, QUOTE_CHARS))
    said = f"“{text}”" if quote.kind != "indirect" else f"(reported) {text}"
    return f"<b>{escape(who)}</b>\n{said}\n{_byline(quote.sources or (quote.article_id,), refs)}"


def figure_block(figure: Figure, refs: Mapping[str, ArticleRef]) -> str:
    """The value in bold, its change, what it measures, the period and the outlets."""
    arrow = {"increase": "↑ ", "decrease": "↓ "}.get(figure.change or "", "")
    head = f"<b>{arrow}{escape(clip(figure_value(figure), 80))}</b>"
    what = ", ".join(p for p in (figure.measure, figure.period) if p)
    if what:
        head += f" — {escape(clip(what, 300))}"
    return f"{head}\n{_byline(figure.sources or (figure.article_id,), refs)}"


def summary_lines(sentences: Iterable[Sentence]) -> str:
    """Summary sentences as bullets."""
    return "\n".join(f"• {escape(clip(s.text, SENTENCE_CHARS))}" for s in sentences)


def article_line(ref: ArticleRef) -> str:
    """One line of /articles: headline, outlet, date and the id to ask for."""
    title = escape(clip(ref.headline, 150))
    return f"<b>{title}</b>\n{escape(ref.source)} · {day(ref.date)} · /article {escape(ref.id)}"


def article_card(
    article: Article,
    summary: Sequence[Sentence],
    quotes: Sequence[Quote],
    figures: Sequence[Figure],
    refs: Mapping[str, ArticleRef],
) -> list[str]:
    """Blocks of an article card: heading and summary, then its top quotes and figures."""
    href = _href(article.url)
    link = f' · <a href="{href}">read the article</a>' if href else ""
    head = (
        f"<b>{escape(clip(article.headline, 200))}</b>\n"
        f"{day(article.date)} · {escape(article.source)}{link}"
    )
    blocks = [f"{head}\n{summary_lines(summary)}" if summary else head]
    if quotes:
        blocks.append("<b>Quotes</b>\n\n" + "\n\n".join(quote_block(q, refs) for q in quotes))
    if figures:
        blocks.append("<b>Figures</b>\n\n" + "\n\n".join(figure_block(f, refs) for f in figures))
    return blocks


def article_summary_block(article: ArticleRef, summary: Sequence[Sentence]) -> str:
    """One article's own summary for /summary <article id>."""
    head = f"<b>{escape(clip(article.headline, 200))}</b>\n<i>{escape(article.source)}"
    head += f" · {day(article.date)}</i>"
    tag = "[" + escape(article.source) + "]"
    lines = [f"• {escape(clip(s.text, SENTENCE_CHARS))} {tag}" for s in summary]
    return "\n".join([head, *lines])


def hit_block(hit: SentenceHit, refs: Mapping[str, ArticleRef]) -> str:
    """A matching sentence with its hits in bold, then where it comes from."""
    text, spans = _window(hit.text, hit.spans, SENTENCE_CHARS)
    parts, at = [], 0
    for start, end in spans:
        parts.append(escape(text[at:start]) + f"<b>{escape(text[start:end])}</b>")
        at = end
    parts.append(escape(text[at:]))
    where = refs.get(hit.article_id)
    origin = f"{escape(where.source)} · {day(where.date)}" if where else escape(hit.article_id)
    return f"• {''.join(parts)}\n<i>{origin}</i> · /article {escape(hit.article_id)}"


def _window(
    text: str, spans: Sequence[tuple[int, int]], limit: int
) -> tuple[str, list[tuple[int, int]]]:
    """A stretch of at most `limit` characters around the first hit, spans shifted to match."""
    if len(text) <= limit:
        return text, list(spans)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - limit // 3, len(text) - limit))
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + limit - 2)
    lead, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(lead) - start
    kept = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return lead + text[start:end] + tail, kept


def sources_block(sources: Sequence[SourceCount]) -> str:
    """The outlets in the store and how many articles each gave."""
    lines = [f"• {escape(s.name)}: {_count(s.articles, 'article')}" for s in sources]
    return "<b>Sources</b>\n" + "\n".join(lines)


def about_block(info: StoreInfo, built: str) -> str:
    """What the store holds and when it was built."""
    if info.first_date and info.last_date:
        span = day(info.first_date)
        if info.last_date != info.first_date:
            span += f" to {day(info.last_date)}"
    else:
        span = "no articles yet"
    names = ", ".join(s.name for s in info.sources) or "none"
    return (
        "<b>Briefing bot</b>: news turned into a briefing of stories, quotes and figures.\n"
        f"• {_count(info.articles, 'article')} in {_count(info.stories, 'story', 'stories')}\n"
        f"• {_count(info.quotes, 'quote')}, {_count(info.figures, 'figure')}\n"
        f"• Sources: {escape(names)}\n• Dates: {span}\n• Built: {escape(built)}"
    )


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def welcome(examples: Sequence[str]) -> str:
    """The /start greeting with three things to try."""
    tries = "\n".join(f"• {escape(e)}" for e in examples)
    return (
        "<b>Welcome to the briefing bot.</b>\n"
        "I turn news articles into a short briefing: stories, who said what, and the numbers.\n\n"
        f"Things to try:\n{tries}\n\nSend /help for every command."
    )


def help_block(commands: Sequence[CommandHelp]) -> str:
    """Every command with what it does and an example."""
    lines = ["<b>Commands</b>"]
    for command in commands:
        shown = command.example if command.example != command.usage else ""
        example = f" — e.g. {escape(shown)}" if shown else ""
        lines.append(f"{escape(command.usage)}: {escape(command.description)}{example}")
    lines.append("\nIn any chat, type @ and my name and a term to share a quote or figure.")
    return "\n".join(lines)


def usage_line(usage: str, example: str = "") -> str:
    """The line a command answers when its argument is missing."""
    hint = f" — for example {escape(example)}" if example else ""
    return f"Usage: {escape(usage)}{hint}"


def header(title: str, count: int, shown: int = 100) -> str:
    """A bold title line with the number of results ("100+" past the `shown` ones)."""
    return (
        f"<b>{escape(title)}</b> ({shown}+)"
        if count > shown
        else f"<b>{escape(title)}</b> ({count})"
    )


def echo(term: str) -> str:
    """A user's term, shortened then escaped, in quotes."""
    return f"“{escape(clip(term, ECHO_CHARS))}”"


def no_results(kind: str, term: str, suggestion: str) -> str:
    """`No quotes about "xyz". Try /quotes Putin`."""
    about = f" about {echo(term)}" if term.strip() else ""
    return f"No {escape(kind)}{about}. {escape(suggestion)}"


def unknown_command(name: str, known: Sequence[str]) -> str:
    """A hint with the closest command name."""
    if not name.strip():
        return "Commands look like /quotes BRICS. Send /help for the list."
    close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.5)
    guess = f" Did you mean /{escape(close[0])}?" if close else ""
    return f"I don't know /{escape(clip(name, 40))}.{guess} Send /help for the list."


def stale_list(command_line: str) -> str:
    """A button from before a rebuild or a restart."""
    if command_line:
        return f"This list changed since; send {escape(clip(command_line, 80))} again."
    return "This list has expired; send the command again."


def not_found(kind: str, ident: str, hint: str) -> str:
    """An id that matches nothing."""
    return f"No {escape(kind)} with id {echo(ident)}. {escape(hint)}"


def private_hint(term: str) -> str:
    """What a plain message in a private chat gets before its search results."""
    return f"Searching for {echo(term)}. Commands start with /; send /help for the list."


# Plain text for the console


def plain_text(markup: str) -> str:
    """Telegram HTML as plain text: tags removed, entities unescaped, links as `text (url)`."""

    def link(match: re.Match[str]) -> str:
        url, text = html.unescape(match.group(1)), match.group(2)
        return text if html.unescape(_TAG.sub("", text)) == url else f"{text} ({url})"

    return html.unescape(_TAG.sub("", _LINK.sub(link, markup)))


# Packing


def measure(markup: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text once tags are parsed."""
    return (
        _units(html.unescape(_TAG.sub("", markup)))
        if "<" in markup or "&" in markup
        else _units(markup)
    )


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(markup: str) -> int:
    """How many formatting entities the HTML makes (one per opening tag)."""
    return sum(1 for m in _TAG.finditer(markup) if not m.group(1))


def fits(markup: str, limit: int = MAX_MESSAGE_CHARS) -> bool:
    """Whether one message can carry `markup`."""
    return measure(markup) <= limit and entities(markup) <= MAX_ENTITIES


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
        count += 1 if _TAG.fullmatch(text) and not text.startswith("</") else 0
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
        match = _TAG.fullmatch(text)
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

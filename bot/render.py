"""Models to Telegram-HTML blocks: a story, a quote, a figure, an article, a search hit.

The primitives (`markup`), the packing under Telegram's limits (`packing`) and the short notices
(`notices`) live in their own modules; callers import them from there.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from bot.figure_words import figure_value as figure_value  # cards title figures with it
from bot.markup import clip, escape
from bot.models import UNKNOWN_SOURCE, Article, Figure, Quote, Sentence, Story
from bot.story_order import shown

if TYPE_CHECKING:
    from bot.rows import ArticleRef, SentenceHit, SourceCount, StoreInfo

QUOTE_CHARS = 600
SENTENCE_CHARS = 500
OUTLET_CHARS = 60  # outlet and source names come from feeds and operators: untrusted lengths
FEED_CHARS = 200


# Text helpers


def day(value: date) -> str:
    """A date as people write it: 29 Sep 2023."""
    return f"{value.day} {value:%b %Y}"


def outlet(name: str) -> str:
    """An outlet or source name clipped to a label's length (not yet escaped)."""
    return clip(name, OUTLET_CHARS)


def named(name: str) -> bool:
    """Whether an article names its outlet: one that does not is shown with none, since a
    reader learns nothing from `unknown` under every line."""
    return name != UNKNOWN_SOURCE


def source_names(ids: Iterable[str], refs: Mapping[str, ArticleRef]) -> list[str]:
    """The named outlet of each article id (the id when the article is not at hand), clipped,
    without repeats."""
    names = (refs[i].source if i in refs else i for i in ids)
    return list(dict.fromkeys(outlet(name) for name in names if named(name)))


def source_tag(ids: Sequence[str], refs: Mapping[str, ArticleRef]) -> str:
    """` [EFE]`: the named outlets carrying a sentence, after a space; empty when none is."""
    names = source_names(ids, refs)
    return " [" + escape(", ".join(names)) + "]" if names else ""


def _dotted(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _byline(ids: Sequence[str], refs: Mapping[str, ArticleRef]) -> str:
    return f"<i>{escape(byline_text(ids, refs))}</i>"


def byline_text(ids: Sequence[str], refs: Mapping[str, ArticleRef]) -> str:
    """`EFE · 29 Sep 2023`, as plain text: the named outlets and the first article's date."""
    dated = next((refs[i].date for i in ids if i in refs), None)
    return _dotted(", ".join(source_names(ids, refs)), day(dated) if dated else "")


def _where(source: str) -> str:
    """An article's own outlet, escaped, or nothing when it names none."""
    return escape(outlet(source)) if named(source) else ""


def _href(url: str | None) -> str | None:
    if not url or not url.lower().startswith(("http://", "https://")):
        return None  # Telegram rejects links without a scheme it knows
    return html.escape(url, quote=True)


# Blocks


def story_block(story: Story, refs: Mapping[str, ArticleRef], sentences: int | None = None) -> str:
    """A story: headline in bold, date and outlets, then its best `sentences` summary sentences
    (all when None) in reading order, each tagged with its sources."""
    lines = [
        f"<b>{escape(clip(story.headline, 200))}</b>",
        f"{_byline(story.article_ids, refs)} · <code>{escape(story.id)}</code>",
    ]
    dates = {ref.id: ref.date for ref in refs.values()}
    for sentence in shown(story.sentences, story.article_ids, dates, sentences):
        text = escape(clip(sentence.text, SENTENCE_CHARS))
        lines.append(f"• {text}{source_tag(sentence.sources or (sentence.article_id,), refs)}")
    return "\n".join(lines)


def quote_block(quote: Quote, refs: Mapping[str, ArticleRef], *, byline: bool = True) -> str:
    """The quote's header, the words, then the outlets and date (left out where the page already
    names them, as an article's own card does)."""
    said = escape(quote_words(quote))
    where = f"\n{_byline(quote.sources or (quote.article_id,), refs)}" if byline else ""
    return f"{quote_header(quote)}\n{said}{where}"


def quote_header(quote: Quote) -> str:
    """Speaker and role in bold with the verb the article used (`warned`) as a sentence would
    have it: `According to <b>the Labor Department</b>`, not `... according to`; a participle
    (`saying`, `urging`) leans on a clause the header does not show, so it is left out."""
    who = ", ".join(p for p in (quote.speaker, quote.role) if p) or "Unattributed"
    cue = " ".join((quote.cue or "").split())
    if not quote.speaker or not cue[:1].isalpha() or cue.casefold().endswith("ing"):
        return f"<b>{escape(who)}</b>"
    if cue.casefold() == "according to":
        return f"According to <b>{escape(who)}</b>"
    return f"<b>{escape(who)}</b> {escape(cue)}"


def quote_words(quote: Quote) -> str:
    """The words in quote marks; a paraphrase or fragment in its own sentence, which says more."""
    context = " ".join(quote.context.split())
    if quote.kind != "direct" and context and len(context) <= QUOTE_CHARS:
        return context
    text = clip(quote.text, QUOTE_CHARS)
    return f"(reported) {text}" if quote.kind == "indirect" else f"“{text}”"


FIGURE_CONTEXT_CHARS = 160  # the sentence shown for a figure that has no measure


def figure_block(figure: Figure, refs: Mapping[str, ArticleRef], *, byline: bool = True) -> str:
    """The value in bold, its change, what it measures, the period and the outlets (left out where
    the page already names them)."""
    arrow = {"increase": "↑ ", "decrease": "↓ "}.get(figure.change or "", "")
    head = f"<b>{arrow}{escape(clip(figure_value(figure), 80))}</b>"
    measure = "" if figure.measure.casefold() == figure.unit.casefold() else figure.measure
    what = ", ".join(p for p in (measure, figure.period) if p)
    if what:
        head += f" — {escape(clip(what, 300))}"
    elif _tells_more(figure):  # a bare `55` says nothing; the sentence it is from does
        head += f" — in “{escape(clip(' '.join(figure.context.split()), FIGURE_CONTEXT_CHARS))}”"
    if not byline:
        return head
    return f"{head}\n{_byline(figure.sources or (figure.article_id,), refs)}"


def _tells_more(figure: Figure) -> bool:
    """Whether the figure's sentence says more than the figure's own words."""
    context = " ".join(figure.context.split()).casefold().strip(" .")
    return bool(context) and context != figure.text.casefold().strip(" .")


def summary_lines(sentences: Iterable[Sentence]) -> str:
    """Summary sentences as bullets."""
    return "\n".join(f"• {escape(clip(s.text, SENTENCE_CHARS))}" for s in sentences)


def article_line(ref: ArticleRef) -> str:
    """One line of /articles: headline, outlet, date and the id to ask for."""
    title = escape(clip(ref.headline, 150))
    ask = f"/article {escape(ref.id)}"
    return f"<b>{title}</b>\n{_dotted(_where(ref.source), day(ref.date), ask)}"


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
        f"<i>{_dotted(_where(article.source), day(article.date))}</i>{link}"
    )
    blocks = [f"{head}\n{summary_lines(summary)}" if summary else head]
    own = ((), (article.id,))  # sources the card's head already names
    if quotes:
        said = (quote_block(q, refs, byline=q.sources not in own) for q in quotes)
        blocks.append("<b>Quotes</b>\n\n" + "\n\n".join(said))
    if figures:
        listed = (figure_block(f, refs, byline=f.sources not in own) for f in figures)
        blocks.append("<b>Figures</b>\n\n" + "\n\n".join(listed))
    return blocks


def article_summary_block(article: ArticleRef, summary: Sequence[Sentence]) -> str:
    """One article's own summary for /summary <article id>."""
    where = _where(article.source)
    head = (
        f"<b>{escape(clip(article.headline, 200))}</b>\n<i>{_dotted(where, day(article.date))}</i>"
    )
    tag = f" [{where}]" if where else ""
    lines = [f"• {escape(clip(s.text, SENTENCE_CHARS))}{tag}" for s in summary]
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
    origin = _dotted(_where(where.source), day(where.date)) if where else escape(hit.article_id)
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
    lines = [
        f"• {escape(outlet(s.name)) if named(s.name) else 'No outlet named'}: "
        + (_count(s.articles, "article") if s.articles else "no articles yet")
        + "".join(f"\n  feed: {escape(clip(url, FEED_CHARS))}" for url in s.feeds)
        for s in sorted(sources, key=lambda s: not named(s.name))
    ]
    return "<b>Sources</b>\n" + "\n".join(lines)


def about_block(info: StoreInfo, built: str) -> str:
    """What the store holds and when it was built."""
    if info.first_date and info.last_date:
        span = day(info.first_date)
        if info.last_date != info.first_date:
            span += f" to {day(info.last_date)}"
    else:
        span = "no articles yet"
    return (
        "<b>Briefing bot</b>: news turned into a briefing of stories, quotes and figures.\n"
        f"• {_count(info.articles, 'article')} in {_count(info.stories, 'story', 'stories')}\n"
        f"• {_count(info.quotes, 'quote')}, {_count(info.figures, 'figure')}\n"
        f"• Sources: {escape(_outlets(info.sources))}\n• Dates: {span}\n• Built: {escape(built)}"
    )


def _outlets(sources: Sequence[SourceCount]) -> str:
    """The named outlets, then how many articles name none."""
    names = ", ".join(outlet(s.name) for s in sources if named(s.name))
    unnamed = sum(s.articles for s in sources if not named(s.name))
    if not unnamed:
        return names or "none"
    return f"{names} ({_count(unnamed, 'article')} with no outlet named)" if names else "none named"


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def header(title: str, count: int, shown: int = 100) -> str:
    """A bold title line with the number of results ("100+" past the `shown` ones)."""
    return (
        f"<b>{escape(title)}</b> ({shown}+)"
        if count > shown
        else f"<b>{escape(title)}</b> ({count})"
    )

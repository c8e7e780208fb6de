"""The data that crosses modules: frozen, slotted dataclasses, never dicts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, Literal, TypeVar

# Paragraph kinds. Only BODY paragraphs feed summaries and figure counts; the others are kept so a
# reader can still see them, but later stages leave them out.
BODY = "body"
CAPTION = "caption"
SUBHEADING = "subheading"
PULLQUOTE = "pullquote"
SIGNOFF = "signoff"
PARAGRAPH_KINDS = (BODY, CAPTION, SUBHEADING, PULLQUOTE, SIGNOFF)

UNKNOWN_SOURCE = "unknown"
# How a quote is given: its own words, quoted words inside a sentence, or reported speech.
QuoteKind = Literal["direct", "fragment", "indirect"]
# Which way a figure moved, when the text says.
Change = Literal["increase", "decrease"]


class Unit(StrEnum):
    """The units figures are compared and shown by; money is its ISO 4217 code, a count its noun."""

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage point"
    BASIS_POINT = "basis point"
    POINT = "point"
    TIMES = "times"  # multipliers: `2.3 times`, `-fold`, `doubled`
    FRACTION = "fraction"  # `two-thirds`, `three out of four`
    YEAR = "year"


_Owner = TypeVar("_Owner")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of cleaned text and what kind of paragraph it is."""

    position: int  # 0-based, in article order
    kind: str  # one of PARAGRAPH_KINDS
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of cleaned text (see `analyse.text.sentences`)."""

    position: int  # 0-based across the whole article
    paragraph: int  # position of its paragraph
    kind: str  # the kind of its paragraph
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a seed file or a JSON Lines record."""

    id: str
    date: date
    source: str  # an agency/outlet name, or UNKNOWN_SOURCE
    headline: str
    url: str | None
    origin: str  # "seeds/000_x.txt" or "feed.jsonl:12"
    raw_text: str  # the body exactly as read
    text: str  # the cleaned body: paragraphs joined by a blank line
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    content_hash: str  # sha256 of what the analysis reads; unchanged hash = no re-analysis


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """How much a body sentence matters to its article's summary (rank 1 is the best)."""

    position: int
    score: float
    rank: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement attributed to a speaker."""

    article_id: str
    text: str  # without the quote marks
    speaker: str | None  # canonical full name ("Vladimir Putin"), or an organisation
    role: str | None  # "Russian president", when the article gives one
    kind: QuoteKind
    sentences: tuple[int, ...]  # positions of the sentences it came from
    context: str  # the text of those sentences
    sources: tuple[str, ...] = ()  # ids of every article reporting this statement (own id first)
    cue: str | None = None  # the speech verb as written: "said", "warned", "tweeted"
    mention: str | None = None  # the words naming the speaker at this quote: "he", "the daily"


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that matters, with what it measures."""

    article_id: str
    text: str  # the surface span: "increased by 25%"
    value: float  # normalised: "£1.5bn" -> 1500000000.0; the first end of a range
    unit: str  # a Unit, an ISO 4217 code ("GBP"), a measure ("kilometre"), or a counted noun
    measure: str  # what it measures: "trade between Russia and Latin America"
    qualifier: str | None  # "approximately", "more than", "less than", "up to"
    change: Change | None
    period: str | None  # "in the last five years"
    sentence: int  # position of the sentence it came from
    context: str  # that sentence's text
    sources: tuple[str, ...] = ()  # ids of every article giving this fact (own id first)
    high: float | None = None  # the other end of a range ("from 7,613 to 6,630"), else None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything computed from one article alone (cached by content_hash between builds)."""

    article_id: str
    scores: tuple[SentenceScore, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class StoryPrint:
    """What telling events apart compares of an article: kept, so old articles are not re-read."""

    article_id: str
    date: date
    terms: dict[str, float]  # the heaviest terms, at unit length
    names: tuple[str, ...]  # the names it mentions, sorted


@dataclass(frozen=True, slots=True)
class StorySentence:
    """One sentence of a story summary, with every article that carries it."""

    text: str
    article_id: str  # the article the kept wording comes from
    position: int  # its position in that article
    sources: tuple[str, ...]  # article ids carrying this sentence or a near-duplicate of it


@dataclass(frozen=True, slots=True)
class Story:
    """Articles reporting the same event, summarised together."""

    id: str
    headline: str
    date: date  # the earliest article date
    article_ids: tuple[str, ...]
    sentences: tuple[StorySentence, ...]  # the summary, best first (shown in reading order)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The cross-article results: stories, and quotes/figures with their sources linked."""

    stories: tuple[Story, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Button:
    """One inline-keyboard button: a callback (`data`, at most 64 bytes) or a link (`url`)."""

    text: str
    data: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """What a command answers, transport-free: Telegram-HTML messages, each under 4096 chars."""

    messages: tuple[str, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()  # inline keyboard under the last message
    notice: str = ""  # a short toast for a callback query answer


@dataclass(frozen=True, slots=True)
class ChatContext:
    """Who is asking, and where: enough for a command to answer without knowing the transport."""

    chat_id: int
    chat_type: str  # "private", "group", "supergroup", "channel" or "console"
    user_id: int | None = None
    thread_id: int | None = None  # forum topic
    bot_username: str | None = None
    # Asked only by commands that change a group's settings: Telegram checks are slow.
    is_admin: Callable[[], Awaitable[bool]] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class CommandSpec(Generic[_Owner]):
    """A command declared once: routing, its usage reply, /help and the menu all read this.

    `answer` is a method of the object that owns the command (`Commands`, `DigestCommands`),
    called with that object, the text after the command and the chat.
    """

    name: str
    usage: str  # "/quotes <term>"
    description: str  # lower case, for /help and Telegram's command menu
    answer: Callable[[_Owner, str, ChatContext], Awaitable[Reply]]
    example: str = ""  # for /help; "" when the usage needs none or no example fits

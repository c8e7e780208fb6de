"""Cleaning scraped article text: spacing, quote marks, sign-offs and the kind of each paragraph.

Rules (each tested on the seeds):
- a missing space after a sentence end is put back (`continent.Putin` -> `continent. Putin`) only
  when a lowercase word (or a number) ends the sentence and a capitalised word follows, and never
  inside a URL or an e-mail address, so `U.S.`, `2.3`, `e.g.`, `a.m.` and `news.com` stay as
  they are;
- curly double quotes are re-oriented by context: a mark after a space opens, a mark before a
  space or punctuation closes, and a mark glued between sentence punctuation and a word
  (`respect.“said Putin`) closes a quote that is open, or one followed by a lowercase word;
- a glued link word (`BRICSa group`) is left alone: the scraper dropped more than a space there
  (`BRICS, a group`), and an acronym with a lowercase tail (`NGOs`, `MPs`, `PhDs`) looks the same;
- an agency sign-off as the last paragraph (`EFE`, `(AP)`, `— Reuters`) becomes the source and
  leaves the text; without one, a wire dateline (`MOSCOW (Reuters) - ...`) names the source;
- captions, sub-headings and pull-quotes are kept but marked, so summaries and counts skip them;
- text that went through the wrong character set on its way (`FranÃ§ois`, `â€œ`, `Â£600m`) is
  decoded back (`François`, `“`, `£600m`), so names, quotes and sums read as they were written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.analyse.text.datelines import AGENCY_NAMES, dateline, headline_lead, outlet_of
from bot.encoding import repair_encoding
from bot.models import BODY, CAPTION, PULLQUOTE, SUBHEADING, Paragraph
from bot.stems import words
from bot.title_lines import HEADING_WORDS, ends_sentence, is_title

_SIGNOFF = re.compile(
    rf"^[(\[\u2014\u2013-]?\s*(?P<agency>{AGENCY_NAMES})(?:\s*[/,]\s*[\w .-]{{1,20}})?"
    r"\s*[)\]]?\.?$",
    re.IGNORECASE,
)
_OPEN, _CLOSE = "\u201c", "\u201d"
_DOUBLE_QUOTES = _OPEN + _CLOSE
_DASHES = "\u2014\u2013-"  # em dash, en dash, hyphen
_SENTENCE_END = re.compile(r"[.!?][\u201d\"\u2019]?(?:\s|$)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
# A sentence end glued to the next sentence: "continent.Putin", "respect.” Said" -> a space.
_GLUED = re.compile(r"(?<=\w)[.!?]+[\u201d\"\u2019)]?(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"[\w'\u2019]+$")
_ADDRESS = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|edu|io)\b", re.IGNORECASE)

MAX_HEADLINE = 90
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Who said it, closing a lead: `, police said Tuesday`, `, an activist group said`,
# `, according to state media`.
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:[\w.'\u2019-]+\s+){0,5}?(?:said|says|reported|reports|announced|told\s+[A-Z]\w*)"
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAY}|today|yesterday))?|according\s+to\s+[^,]{{1,60}})$"
)
_CUT_MARKS = f" ,;:{_DASHES}"
_FEWEST_CUT_WORDS = 6


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PULLQUOTE_WORDS = 35
_PULLQUOTE_OVERLAP = 0.85  # share of a short paragraph's content words found in a longer one
_CAPTION_WORDS = 50
_PHOTO = re.compile(
    r"\b(?:photo|photograph|picture|image|credit)\s*:|\bfile photo\b|\bgetty images\b|"
    r"\bpictured\b|\bleft to right\b|\((?:l|r|c|l-r|r-l|left|right|centre|center)\)|©",
    re.IGNORECASE,
)
_CAPTION_PLACE = re.compile(r",\s(?:at|during)\s[^,]+\.?$")
# Words that make a clause: a caption is a noun phrase ("The presidents ..., at the summit.").
_FINITE = _word_set(
    "is are was were be been am has have had do does did will would can could shall should may "
    "might must said says say told tells want wants need needs make makes take takes get gets "
    "go goes come comes see sees think thinks hope hopes plan plans expect expects shows show "
    "took won beat ran came spoke rose fell went made gave held met saw left got found began "
    "became brought bought lost kept paid sold led grew drew wrote chose fought thought felt stood "
    "sat i you he she it we they there that which who"
)
_NOT_VERBS = _word_set(
    "hundred red bed need speed seed shed feed breed deed creed greed weed united embed"
)
_STOPWORDS = _word_set(
    "a an the of to in on at by for and or but as is are was were be with from that this it its "
    "their his her our we they he she"
)


# Small words a cut headline never ends on.
_HANGING = _word_set(
    "a an the of to in on at for and or but nor is are was were be been has have had with by "
    "from that who whom whose which as into onto than its his her their our your my this these "
    "those it he she they we i you not will would can could should may might must also so if "
    "when while after before because about over under"
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned body: its paragraphs with their kinds, and the source its sign-off named."""

    paragraphs: tuple[Paragraph, ...]
    source: str | None


def clean(raw: str) -> Cleaned:
    """Split, repair and classify the paragraphs of a raw body; lift the agency sign-off."""
    paragraphs = split_paragraphs(normalise(repair_encoding(raw)))
    texts = [repair_spacing(fix_quotes(p)) for p in paragraphs]
    texts, source = take_signoff(texts)
    return Cleaned(paragraphs=classify(texts), source=source or dateline_source(texts))


def normalise(text: str) -> str:
    """Unix newlines, plain spaces, no invisible characters, no runs of spaces (mojibake is left
    to `clean`, which decodes each text once)."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_blank(text: str) -> bool:
    """Whether a text holds nothing to read: only spaces and invisible characters, as written or
    once its mojibake is decoded (`Â\u00a0` is a garbled no-break space). Decoding keeps every
    ASCII character, so only a text without an ASCII letter or digit is decoded to tell, and a
    garbled article is not decoded again before `clean` decodes it."""
    left = normalise(text).strip()
    if not left:
        return True
    if _ASCII_ALNUM.search(left):
        return False
    return not normalise(repair_encoding(text)).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs split at blank lines (at single newlines when there is no blank line)."""
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def fix_quotes(paragraph: str) -> str:
    """Curly double quotes turned the right way round, with the space a glued closer lost."""
    out: list[str] = []
    is_open = False
    for i, char in enumerate(paragraph):
        if char not in _DOUBLE_QUOTES:
            out.append(char)
            continue
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        closes = _closes(before, after, is_open)
        if not closes and before in ".,;:!?":
            out.append(" ")  # `said.“The` -> `said. “The`
        out.append(_CLOSE if closes else _OPEN)
        if closes and after.isalpha():
            out.append(" ")  # `respect.“said` -> `respect.” said`
        is_open = not closes
    return "".join(out)


def _closes(before: str, after: str, is_open: bool) -> bool:
    """Whether a double quote mark between `before` and `after` closes a quotation."""
    if before.isspace() or before in f"([{{{_DASHES}/":
        return False
    if after.isspace() or after in f".,;:!?)]}}…{_DASHES}":
        return True
    if before in ".,;:!?":
        return is_open or after.islower()  # `respect.“said Putin`: a speech verb follows
    return is_open


def repair_spacing(paragraph: str) -> str:
    """A space put back after a sentence end glued to the next sentence."""
    return _GLUED.sub(lambda match: _spaced(paragraph, match), paragraph)


def _spaced(paragraph: str, match: re.Match[str]) -> str:
    start = match.start()
    word = _WORD_BEFORE.search(paragraph, 0, start)
    token_start = paragraph.rfind(" ", 0, start) + 1
    token_end = paragraph.find(" ", match.end())
    token = paragraph[token_start : token_end if token_end >= 0 else len(paragraph)]
    # `U.S.`/`Mr.` end in a capital, `e.g.`/`a.m.` in a one-letter word: not sentence ends.
    ends_sentence = word is not None and (
        word.group().isdigit() or (len(word.group()) >= 2 and word.group()[-2:].islower())
    )
    if not ends_sentence or _ADDRESS.search(token):
        return match.group()
    return match.group() + " "


def take_signoff(paragraphs: Sequence[str]) -> tuple[list[str], str | None]:
    """The paragraphs without a final agency sign-off, and the agency it named."""
    texts = list(paragraphs)
    if len(texts) < 2:
        return texts, None
    match = _SIGNOFF.match(texts[-1])
    if match is None:
        return texts, None
    return texts[:-1], outlet_of(match.group("agency"))


def dateline_source(paragraphs: Sequence[str]) -> str | None:
    """The outlet a dateline names at the start of the lead (the dateline stays put)."""
    match = dateline(paragraphs[0]) if paragraphs else None
    return outlet_of(match.group("agency")) if match else None


def classify(texts: Sequence[str]) -> tuple[Paragraph, ...]:
    """Each paragraph with its kind; an article left with no body keeps every paragraph as body,
    and a title line opening the article is a sub-heading."""
    kinds = [_kind(text, texts) for text in texts]
    if BODY not in kinds:
        kinds = [BODY] * len(texts)
    elif kinds[0] != CAPTION and is_title(texts[0]) and BODY in kinds[1:]:
        kinds[0] = SUBHEADING  # the article's own title line, even when quoted or a repeat
    pairs = enumerate(zip(kinds, texts, strict=True))
    return tuple(Paragraph(i, kind, text) for i, (kind, text) in pairs)


def _kind(text: str, texts: Sequence[str]) -> str:
    if is_caption(text):
        return CAPTION
    if repeats_other(text, texts):
        return PULLQUOTE
    if is_subheading(text):
        return SUBHEADING
    return BODY


def is_subheading(text: str) -> bool:
    """A short line without final punctuation: a sub-heading, a list heading or a label."""
    return len(text.split()) <= HEADING_WORDS and not ends_sentence(text)


def repeats_other(text: str, texts: Sequence[str]) -> bool:
    """A short paragraph whose content words a longer paragraph already holds (a pull-quote)."""
    mine = _content_words(text)
    if len(text.split()) > _PULLQUOTE_WORDS or len(mine) < 4:
        return False
    for other in texts:
        if other is text or len(other) <= len(text):
            continue
        if len(mine & _content_words(other)) >= _PULLQUOTE_OVERLAP * len(mine):
            return True
    return False


@lru_cache(maxsize=1024)
def _content_words(text: str) -> frozenset[str]:
    """A paragraph's content words, lower-cased; cached, since each short paragraph of an article
    is compared with every longer one."""
    return frozenset(w for w in (m.lower() for m in words(text)) if w not in _STOPWORDS)


def is_caption(text: str) -> bool:
    """A photo caption: a photo credit, or a verbless noun phrase placing people somewhere."""
    lowered = [w.lower() for w in words(text)]
    if not 3 <= len(lowered) <= _CAPTION_WORDS or _sentence_count(text) > 1:
        return False
    if _PHOTO.search(text):
        return True
    verbless = not any(w in _FINITE or _past_tense(w) for w in lowered)
    return verbless and text[0].isupper() and _CAPTION_PLACE.search(text) is not None


def _past_tense(word: str) -> bool:
    return len(word) > 3 and word.endswith("ed") and word not in _NOT_VERBS


def _sentence_count(text: str) -> int:
    return len(_SENTENCE_END.findall(text.rstrip(".") + "."))


def headline(paragraphs: Sequence[Paragraph], sentence: str | None = None) -> str:
    """A headline from the title line or the lead sentence (without its dateline): at most 90
    characters. A lead too long for that first loses a closing attribution (`, police said
    Tuesday`), which a headline does without; one still too long is cut at a word boundary,
    before any small word a cut would leave hanging (`... the countries of Latin America…`,
    not `... America to…`)."""
    lead = sentence if sentence is not None else _first_body(paragraphs)
    lead = headline_lead(lead)
    if len(lead) <= MAX_HEADLINE:
        return lead
    unattributed = _ATTRIBUTION.sub("", lead)
    if len(unattributed) <= MAX_HEADLINE:
        return unattributed
    cut = lead[:MAX_HEADLINE].rsplit(" ", 1)[0][: MAX_HEADLINE - 1].split()
    while len(cut) > _FEWEST_CUT_WORDS and cut[-1].lower().strip(_CUT_MARKS) in _HANGING:
        cut.pop()
    return " ".join(cut).rstrip(_CUT_MARKS) + "…"


def _first_body(paragraphs: Sequence[Paragraph]) -> str:
    body = [p.text for p in paragraphs if p.kind == BODY]
    return (body or [p.text for p in paragraphs] or [""])[0]

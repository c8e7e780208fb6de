"""Quotes and who said them: direct quotes, quoted fragments and reported speech (kinds in
`kinds`), each given to one canonical speaker by the ordered rules of `rules` (resolved in
`resolution`, and chosen by `ranker` when the quote's sentence gives only a pronoun or nothing),
with the verb and the words that named the speaker at the quote.

An interrupted quote (`"A," he said. "B."`: one speaker, one paragraph, the second part naming
no speaker of its own) is one quote, `A … B`, and so are quoted words a few words apart in one
sentence of speech (`called it "reckless" and "cruel"`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analyse.quotes.cast import Person, build_cast
from bot.analyse.quotes.joins import join_split, one_sentence
from bot.analyse.quotes.kinds import kind as kind_of
from bot.analyse.quotes.marks import (
    Place,
    Span,
    Stretch,
    find_spans,
    group_spans,
    join_stretches,
    sentence_bounds,
    span_text,
    stretch,
)
from bot.analyse.quotes.phrases import Phrase, blank_tags
from bot.analyse.quotes.ranker import Chooser, default_ranker
from bot.analyse.quotes.reported import report
from bot.analyse.quotes.resolution import Resolver
from bot.analyse.quotes.rules import Around
from bot.analyse.quotes.speakers import speaker_of
from bot.analyse.text.datelines import dateline, place_line
from bot.models import BODY, Article, Quote, QuoteKind

_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019\-]+")


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before its speaker is known."""

    key: Place
    kind: QuoteKind
    text: str
    region: tuple[int, int, int, int]
    phrase: Phrase | None
    stretch: Stretch | None


def extract_quotes(
    article: Article, skip: frozenset[str] = frozenset(), chooser: Chooser | None = None
) -> tuple[Quote, ...]:
    """Every quote of `article`'s body paragraphs, with its speaker, in article order; `skip`
    switches off rules of `bot.analyse.quotes.rules` by name, `chooser` picks among the
    candidate speakers (the shipped ranker by default)."""
    plain = _body_texts(article)
    texts = [blank_tags(text) for text in plain]
    stretches = _stretches(texts)
    masked = _masked(texts, stretches)
    found = _merged([f for f in (_classify(s, plain, masked) for s in stretches) if f])
    found += _indirect(article, plain, found)
    found.sort(key=lambda f: f.key)
    resolver = Resolver(build_cast(_undated(masked)))
    resolver.texts = masked  # reported speech resolves its pronoun before any quote's rules run
    chooser = chooser or default_ranker()
    people = [_speaker(f, resolver, masked, skip, chooser) for f in found]
    places = _sentence_places(article, texts)
    return tuple(
        _quote(article, f, person, places)
        for f, person in zip(found, people, strict=True)
        if f.kind != "indirect" or person[0] is not None
    )


def _body_texts(article: Article) -> list[str]:
    """Paragraph texts by position; paragraphs that are not body text are left empty."""
    texts = [""] * (max((p.position for p in article.paragraphs), default=-1) + 1)
    for paragraph in article.paragraphs:
        if paragraph.kind == BODY:
            texts[paragraph.position] = paragraph.text
    return texts


def _undated(texts: list[str]) -> list[str]:
    """The texts with the lead's dateline written as a sentence of its outlet's name, offsets
    kept: in `Jerusalem (CNN)Either Ada Brook won` the story's first sentence starts at `Either`
    (no one is called `Either Ada Brook`), and CNN is still named."""
    lead = next((i for i, text in enumerate(texts) if text.strip()), None)
    found = dateline(texts[lead]) if lead is not None else None
    if lead is not None and found is None and (place := place_line(texts[lead])):
        blank = " " * place.end()  # `OSLO - Havbris Energi said`: the place is no one
        return [*texts[:lead], blank + texts[lead][place.end() :], *texts[lead + 1 :]]
    if lead is None or found is None:
        return texts
    outlet = f"{found.group('agency')}. "
    span = found.end()
    written = outlet.rjust(span) if len(outlet) <= span else " " * span
    return [*texts[:lead], written + texts[lead][span:], *texts[lead + 1 :]]


def _stretches(texts: Sequence[str]) -> list[Stretch]:
    """Every quoted stretch of the article, with quotes split by an attribution joined."""
    spans = [s for p, text in enumerate(texts) for s in find_spans(p, text)]
    groups = group_spans(spans, texts)
    result: list[Stretch] = []
    for i, group in enumerate(groups):
        before = groups[i - 1][-1] if i else None
        after = groups[i + 1][0] if i + 1 < len(groups) else None
        floor = _end_of(before) if before and before.paragraph == group[0].paragraph else 0
        same = after is not None and after.paragraph == group[-1].paragraph
        ceiling = after.open_mark if after is not None and same else len(texts[group[-1].paragraph])
        result.append(stretch(group, texts, floor, ceiling))
    return join_split(result, texts)


def _end_of(span: Span) -> int:
    return span.close_mark + 1 if span.close_mark is not None else span.end


def _masked(texts: Sequence[str], stretches: Sequence[Stretch]) -> list[str]:
    """Paragraph texts with every quoted span blanked, so quoted names are not speakers."""
    chars = [list(text) for text in texts]
    for item in stretches:
        for span in item.spans:
            inside = texts[span.paragraph][span.start : span.end].rstrip()
            end = span.start + len(inside.rstrip(".!?…"))  # a closing full stop still ends it
            chars[span.paragraph][span.start : end] = " " * (end - span.start)
    return ["".join(c) for c in chars]


def _quote_text(item: Stretch, texts: Sequence[str]) -> str:
    """The quoted words; the parts of a quote broken by its attribution or a paragraph's end
    joined with ` … `."""
    parts = [span_text(texts, s) for s in item.spans]
    text = parts[0]
    for before, part in zip(item.spans, parts[1:], strict=False):
        if before.close_mark is not None and (part[:1].isupper() or not text.endswith(",")):
            text = f"{text.rstrip(',')} … {part}"
        else:
            text = f"{text[:-1] if text.endswith(',') and part[:1].islower() else text} {part}"
    return text.strip().rstrip(",").strip()


def _sentence_text(masked: Sequence[str], region: tuple[int, int, int, int]) -> str:
    """The masked sentence(s) a region sits in."""
    p0, start, p1, end = region
    pieces = []
    for p in range(p0, p1 + 1):
        lo = start if p == p0 else 0
        hi = end if p == p1 else len(masked[p])
        bounds = [(s, e) for s, e in sentence_bounds(masked[p]) if e > lo and s < hi]
        if bounds:
            pieces.append(masked[p][bounds[0][0] : bounds[-1][1]])
    return " ".join(pieces)


def _classify(item: Stretch, texts: Sequence[str], masked: Sequence[str]) -> _Found | None:
    """The quote a stretch holds, or None for a scare quote, a title or a nickname."""
    text = _quote_text(item, texts)
    kind = kind_of(item, text, _sentence_text(masked, item.region))
    if kind is None:
        return None
    key = Place(item.spans[0].paragraph, item.spans[0].open_mark)
    return _Found(key, kind, text, item.region, None, item)


def _merged(found: list[_Found]) -> list[_Found]:
    """The quotes with those of one sentence of speech joined (`one_sentence`)."""
    merged: list[_Found] = []
    for item in found:
        last = merged[-1] if merged else None
        if last and last.stretch and item.stretch and one_sentence(last.stretch, item.stretch):
            kind: QuoteKind = "fragment" if "fragment" in (last.kind, item.kind) else "direct"
            whole = join_stretches(last.stretch, item.stretch, last.stretch.tail)
            text = f"{last.text} … {item.text}"
            merged[-1] = _Found(last.key, kind, text, whole.region, None, whole)
        else:
            merged.append(item)
    return merged


def _indirect(article: Article, texts: Sequence[str], found: Sequence[_Found]) -> list[_Found]:
    """Reported speech (`X said that ...`) in body sentences holding no quote."""
    taken = {(f.region[0], f.region[1]) for f in found}
    spans = _quoted_paragraph_ranges(found)
    result = []
    for p, start, end in _sentence_places(article, texts).values():
        if any(a <= (p, start) < b or a < (p, end) <= b for a, b in spans) or (p, start) in taken:
            continue
        reported = report(texts[p][start:end])
        if reported is not None:
            phrase, clause = reported
            result.append(
                _Found(Place(p, start), "indirect", clause, (p, start, p, end), phrase, None)
            )
    return result


def _quoted_paragraph_ranges(found: Sequence[_Found]) -> list[tuple[Place, Place]]:
    return [(Place(f.region[0], f.region[1]), Place(f.region[2], f.region[3])) for f in found]


def _speaker(
    found: _Found, resolver: Resolver, masked: Sequence[str], skip: frozenset[str], chooser: Chooser
) -> tuple[Person | None, Phrase | None]:
    """The person a quote belongs to and the phrase that named them at this quote; the speaker
    is recorded so later pronouns find them."""
    resolver.quoted = frozenset(_CAPITALISED.findall(found.text))
    around = _around(found, masked)
    person: Person | None
    phrase: Phrase | None
    if found.phrase is not None:  # reported speech names its speaker in its own clause
        person, phrase = resolver.resolve(found.phrase, _cue_place(found, masked)), found.phrase
        if person is None:  # `critics said`: kept, but no one later words can stand for
            return resolver.unnamed_source(found.phrase), phrase
    else:
        person, phrase = speaker_of(around, resolver, skip, chooser)
    if person is not None:
        resolver.record(person, found.key)
    return person, phrase


def _cue_place(found: _Found, masked: Sequence[str]) -> Place:
    """Where reported speech's verb is: a pronoun before it (`Paul Cole's plan is unclear, but
    he said`) is resolved there, after the names its own sentence gives first; a pronoun after
    the clause it reports (`The plan will fail, he said.`) at the sentence's start, before the
    names that are what was said (a description there may well be the clause's subject: `RHB
    is scouting for a partner, the firm said`)."""
    paragraph, start, _, end = found.region
    pronoun = found.phrase is not None and found.phrase.kind == "pronoun"
    opening = masked[paragraph][start:end].split(",", 1)[0]  # `Iraq` of `Iraq, they said, ...`
    if pronoun and found.text.startswith(opening):
        return found.key  # `Iraq, they insisted, ...`: the names said come after the speaker's
    cue = found.phrase.cue if found.phrase else ""
    at = masked[paragraph].find(f" {cue}", start, end) if cue else -1
    return Place(paragraph, at) if at >= 0 else found.key


def _around(found: _Found, masked: Sequence[str]) -> Around:
    item = found.stretch
    return Around(
        key=found.key,
        lead=item.lead if item else "",
        tail=item.tail if item else "",
        between=item.between if item else (),
        sentence=_sentence_text(masked, found.region),
        masked=masked,
        region=found.region,
    )


def _sentence_places(article: Article, texts: Sequence[str]) -> dict[int, tuple[int, int, int]]:
    """Each body sentence's (paragraph, start, end) in the paragraph texts, by position."""
    places: dict[int, tuple[int, int, int]] = {}
    cursor: dict[int, int] = {}
    for sentence in article.sentences:
        if sentence.kind != BODY or sentence.paragraph >= len(texts):
            continue
        text, at = texts[sentence.paragraph], cursor.get(sentence.paragraph, 0)
        start = text.find(sentence.text, at)
        start = at if start < 0 else start
        places[sentence.position] = (sentence.paragraph, start, start + len(sentence.text))
        cursor[sentence.paragraph] = start + len(sentence.text)
    return places


def _quote(
    article: Article,
    found: _Found,
    speaker: tuple[Person | None, Phrase | None],
    places: dict[int, tuple[int, int, int]],
) -> Quote:
    p0, start, p1, end = found.region
    held = tuple(
        pos for pos, (p, s, e) in places.items() if (p, e) > (p0, start) and (p, s) < (p1, end)
    )
    by_position = {s.position: s.text for s in article.sentences}
    person, phrase = speaker
    if person is not None and len(person.name.rstrip(".")) < 2:
        person = None  # `U` of `the U.S.` at a sentence's end: a letter names no one
    return Quote(
        article_id=article.id,
        text=found.text,
        speaker=person.name if person else None,
        role=person.role if person else None,
        kind=found.kind,
        sentences=held,
        context=" ".join(by_position[p] for p in held),
        cue=(phrase.cue or None) if phrase else None,
        mention=(phrase.mention or None) if phrase and person else None,
    )

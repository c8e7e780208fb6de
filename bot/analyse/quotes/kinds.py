"""The kind of a quote: direct, fragment, indirect, or a scare quote that is no quote at all.

Kinds, decided by where the quoted words sit in their sentence:
- `direct`: the quote opens its sentence (or follows `said:` / `said,`), a full statement;
- `fragment`: quoted words inside a sentence of reported speech (`he assured that "Russia ..."`);
  a short quoted phrase in a sentence with no speech verb is a scare quote (`"friendly
  relations"`), and so is a title or a nickname (`dubbed "the Special One"`): not returned;
- `indirect`: reported speech in a sentence with no quote (`reported` finds it). A sentence
  holding a direct quote or a fragment is never also indirect.

By length and structure: a quote opening its sentence is direct when it ends like a sentence,
has an attribution after it (right after it, or closing the sentence: `"Too late" came the
reply, she said`), or runs past three words (`"Always."` alone is not speech). Quoted words
inside a sentence are a fragment when someone is said to have said them: a speech verb before
them (`described it as "brilliant"`), a verb that only attributes them (`decried the "broken"
timetable`, `dismissed it as "absurd"`), a noun of speech (`his claim that "thousands" ...`,
`a sign that read "..."`), `what he called "..."`, `according to X`, or an attribution ending
the sentence; or when they run to five words or more. Otherwise they are scare quotes, and so
are titles in title case (unless a chant, `"Four More Years!"`, or a sentence a speech verb
introduces), words after `nicknamed`/`so-called`/a thing `called`, and up to three words that
qualify the next word (`"take down" notices`, `"Dirty" Den`) in a sentence nobody speaks.
"""

from __future__ import annotations

import re

from bot.analyse.quotes.attribution import (
    attribution_after,
    speech_tail,
)
from bot.analyse.quotes.lexicon import INDIRECT_VERBS, PASSIVE_AUXILIARIES, TELLING_VERBS
from bot.analyse.quotes.marks import Stretch, words_in
from bot.analyse.quotes.phrases import (
    is_cap,
    subject_before,
    tokens,
    verb_positions,
)
from bot.analyse.quotes.verb_subjects import attribution_before
from bot.models import QuoteKind

_NICKNAME = re.compile(
    r"\b(?:nicknamed|dubbed|called|so-called|known as|titled|entitled|named|billed as|branded|"
    r"the word|the term|the phrase)\s*$",
    re.IGNORECASE,
)
# A term somebody uses, whose words are theirs: `refused to use the term "..."`.
_TERM_USED = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|prefer(?:s|red)?|invok(?:e|es|ed|ing)|"
    r"repeat(?:s|ed|ing)?|adopt(?:s|ed)?)\b[^.;]{0,30}\b(?:the|that|this) (?:term|phrase|word)\s*$",
    re.IGNORECASE,
)
# `called` or `dubbed` after its subject: the quoted words are that speaker's (`what he called`).
_SPEAKER_NAMING = re.compile(r"\b(?:called|dubbed)\s*$", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|whom|who|that|what)\s+([^,;]+)$")
# Words that may follow a quoted fragment without the fragment being a modifier.
_FUNCTION = frozenset(
    """not but and or to of in on at for with from by as is are was were be been has have had
    will would can could should may might must that which who than then so because if when
    where what why how whether
    while after before since until into over about against between through during without
    it its he she they we you his her their our this these those there here now also even
    just only still yet too very a an the""".split()  # noqa: SIM905
)
# Nouns of speech that make the quoted words after them someone's: `his claim that "..."`.
_SPEECH_NOUNS = frozenset(
    """assertion assertions admission claim promise promises pledge vow slogan mantra refrain
    catchphrase accusation accusations warning rhetoric remark message headline sign memo
    editorial letter email""".split()  # noqa: SIM905
)
# Where a speaker spoke, between the verb and the quote: `said on WKRP's`, `told reporters at`.
_VENUE = re.compile(
    r"^\s*(?:[\w'\u2019.\-]+\s+){0,3}?(?:on|to|with|in|during|at|from|for)\b[^,;:.]{0,50}$"
)
# The most words of an attribution closing a sentence (`, she said in a recorded address to the
# convention`).
CLOSING_WORDS = 12
_SMALL = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "is"]
)


def kind(item: Stretch, text: str, sentence: str) -> QuoteKind | None:
    words = words_in(text)
    lead = item.lead.strip()
    if not words or lead.endswith("="):  # a markup attribute: `<tweet id="123">`
        return None
    inscribed = _INSCRIBED.search(lead)
    if inscribed and not _HELD.search(lead, 0, inscribed.start()):
        return None  # `a sign at the gate says "No water"`: words no one speaks (unless held up)
    found = _kind(item, text, sentence, words, lead)
    return "fragment" if found is None and _said_of(lead) else found


# What bears words no one speaks, shortly before the quote: a sign, a banner, a slogan.
_INSCRIBED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|one)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:signs?|banners?|"
    r"placards?|posters?|chalkboards?|blackboards?|billboards?|slogans?|motto|t-shirts?|graffiti|"
    r"plaques?|inscriptions?|stickers?|headlines?)\b"
    r"(?:[^,.!?\"\u201c\u201d]{0,50}?\b(?:says|read|reads|reading|bearing|bears|bore|"
    r"proclaiming|declaring|words))?[\s,:]*$",
    re.IGNORECASE,
)


# Someone holding what bears the words, whose words they are: `held up a sign that read`.
_HELD = re.compile(
    r"\b(?:held|holding|holds|hold|carried|carrying|carries|waved|waving|waves|wore|wearing|"
    r"wears|raised|raising)\b(?:\s+up)?\s+(?:\S+\s+){0,3}$"
)


def _said_of(lead: str) -> bool:
    """Whether words that read as a title or a scare quote are a speaker's all the same, the
    object of a named speaker's verb (`Ada Brook kept chanting "Brook Out"`, `he denied he had
    "misled" anyone`); not the programme or paper the speaker spoke to (`Ada Brook said on
    WKRP's "Morning Hour"`, `told "The Herald"`), nor a thing's name (`a film called`)."""
    verbs = verb_positions(lead, nouns=False)
    speaker = attribution_before(lead)
    if not verbs or speaker is None or speaker.kind not in ("name", "pronoun"):
        return False
    if _NICKNAME.search(lead):  # `a film called "..."` is a title, `what he called` was kept
        return False
    start, end = verbs[-1]
    rest = lead[end:]
    if not rest.strip():
        return lead[start:end] not in TELLING_VERBS
    return _VENUE.match(rest) is None


def _kind(item: Stretch, text: str, sentence: str, words: list[str], lead: str) -> QuoteKind | None:
    if _NICKNAME.search(lead):
        return "fragment" if _named_by_speaker(lead) or _TERM_USED.search(lead) else None
    if not lead or lead.endswith(":"):
        complete = text[-1:] in ".!?…" or attribution_after(item.tail) is not None
        complete = complete or _said_at_end(item.tail)  # `"Too late" came the reply, she said`
        complete = complete or (lead.endswith(":") and bool(verb_positions(lead, nouns=False)))
        complete = complete or (not title_case(text) and speech_tail(item.tail))
        return "direct" if complete or len(words) > 3 else None
    before = sentence[: sentence.find(item.lead) + len(item.lead)] if item.lead else sentence
    introduced = bool(verb_positions(lead)) and (lead.endswith(",") or _ends_with_verb(lead))
    if title_case(text) and not _spoken_title(text, introduced, before, item.tail):
        return None
    if introduced:
        return "direct"
    if len(words) <= 3 and _modifies(item.tail) and not _attributed_word(before, text, item.tail):
        return None  # `"take down" notices`, `"Dirty" Den`
    speechy = bool(verb_positions(before)) or "according to" in sentence.lower()
    speechy = speechy or not _SPEECH_NOUNS.isdisjoint(words_in(before))
    speechy = speechy or attribution_after(item.tail) is not None  # `"...", the Tories warned`
    speechy = speechy or _said_at_end(item.tail)
    return "fragment" if speechy or len(words) >= 5 else None


def _spoken_title(text: str, introduced: bool, before: str, tail: str) -> bool:
    """Words in title case that are speech all the same: a chant (`the crowd chanted "Lock Her
    Up!"`) or a sentence a speech verb introduces (`she wrote, "What A Night For Us."`)."""
    chant = text.endswith("!") and _attributed(before, text, tail)
    return chant or (introduced and text[-1:] in ".!?" and len(words_in(text)) >= 4)


def _named_by_speaker(lead: str) -> bool:
    """Whether words after `called` or `dubbed` are a speaker's own: `what he called`, `Ada
    Brook dubbed`; not a thing's name: `a film called`, `so-called`, `nicknamed`, nor a passive
    (`was called "..."`), whose agent is often no name."""
    found = _SPEAKER_NAMING.search(lead)
    head = tokens(lead[: found.start()]) if found else []
    if not head or head[-1].lower() in PASSIVE_AUXILIARIES:
        return False
    subject = lead[: found.start()] if found else ""
    relative = _RELATIVE_SUBJECT.search(subject)  # `bodies, which he called`: he
    phrase = subject_before(relative.group(1) if relative else subject)
    return phrase is not None and phrase.kind in ("name", "pronoun")


def _attributed(before: str, text: str, tail: str) -> bool:
    """Whether a speaker's verb governs quoted words: a speech verb (not a noun) earlier in the
    sentence, `Ada Brook said the "rigged" vote`, an attribution right after lower-case words
    or after a comma (`"Fox" Ada Brook said` is a title before a name), or `according to`."""
    after = tail.lstrip()[:1] == "," or text[:1].islower()
    after = after and attribution_after(tail) is not None
    cited = "according to" in tail.lower()
    return after or cited or _said_at_end(tail) or bool(verb_positions(before, nouns=False))


def _attributed_word(before: str, text: str, tail: str) -> bool:
    """Whether quoted words before another word are a speaker's (`said the "rigged" vote`),
    not part of a name (`"Dirty" Den Watts`)."""
    following = tokens(tail)[:1]
    in_name = text[:1].isupper() and bool(following) and is_cap(following[0])
    return not in_name and _attributed(before, text, tail)


def _said_at_end(tail: str) -> bool:
    """`... "excesses" are sickening, Ada Brook said.`: the sentence ends in its attribution."""
    comma = tail.rfind(",")
    closing = tail[comma:] if comma >= 0 else ""
    return len(words_in(closing)) <= CLOSING_WORDS and attribution_after(closing) is not None


def _modifies(tail: str) -> bool:
    """Whether short quoted words qualify what follows: `"take down" notices`, `"Dirty" Den`."""
    following = tokens(tail)[:1]
    if not following or not following[0][:1].isalpha():
        return False
    word = following[0]
    return word[:1].isupper() or (word not in _FUNCTION and word not in INDIRECT_VERBS)


def _ends_with_verb(lead: str) -> bool:
    words = tokens(lead)
    return bool(words) and bool(verb_positions(words[-1]))


def title_case(text: str) -> bool:
    """Whether quoted words look like a title: `"Silver Harbour"`, or a longer one with its
    subtitle, `"Harbour Lights: What the Tides Told Us About the Town"` (not shouted words)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019]*", text) if w.lower() not in _SMALL]
    subtitled = ":" in text and not any(w.isupper() and len(w) > 1 for w in words)
    longest = 20 if subtitled else 8
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and len(words) <= longest

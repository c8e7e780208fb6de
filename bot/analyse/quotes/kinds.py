"""The kind of a quote: direct, fragment, indirect, or a scare quote that is no quote at all.

Kinds, decided by where the quoted words sit in their sentence:
- `direct`: the quote opens its sentence (or follows `said:` / `said,`), a full statement;
- `fragment`: quoted words inside a sentence of reported speech (`he assured that "Russia ..."`);
  a short quoted phrase in a sentence with no speech verb is a scare quote (`"friendly
  relations"`), and so is a title or a nickname (`dubbed "the Special One"`): not returned;
- `indirect`: a sentence with no quote whose speaker reports a that-clause (`Putin stressed
  that ...`), or `according to X, ...`. A sentence holding a direct quote or a fragment is never
  also indirect.

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
from dataclasses import replace

from bot.analyse.quotes.attribution import (
    according_to,
    attribution_after,
    speech_tail,
)
from bot.analyse.quotes.lexicon import INDIRECT_VERBS, PASSIVE_AUXILIARIES
from bot.analyse.quotes.marks import Stretch, words_in
from bot.analyse.quotes.phrases import (
    WEEKDAYS,
    Phrase,
    is_cap,
    object_noun,
    subject_before,
    tokens,
    verb_positions,
)
from bot.analyse.quotes.verb_subjects import attribution_before
from bot.analyse.text.datelines import without_place_line
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
_CLAUSE_MARKS = frozenset(
    "it he she they we i you had has have was were is are be given made".split()  # noqa: SIM905
)
# Where a speaker spoke, between the verb and the quote: `said on WKRP's`, `told reporters at`.
_VENUE = re.compile(
    r"^\s*(?:[\w'\u2019.\-]+\s+){0,3}?(?:on|to|with|in|during|at|from|for)\b[^,;:.]{0,50}$"
)
_TELLING = frozenset(["told", "tells", "tell", "telling"])
# Verbs that take the people they address before a that-clause: `warned investors that`,
# `told growers that`.
_ADDRESSING = _TELLING | frozenset(
    [
        "warned",
        "warns",
        "warning",
        "assured",
        "assures",
        "reminded",
        "reminds",
        "informed",
        "informs",
        "promised",
        "promises",
        "advised",
        "advises",
        "urged",
        "urges",
        "convinced",
        "persuaded",
        "notified",
        "briefed",
    ]
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
    found = _kind(item, text, sentence, words, lead)
    return "fragment" if found is None and _said_of(lead) else found


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
        return lead[start:end] not in _TELLING
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


def _adjunct(words: str, verb: str) -> bool:
    """Whether the words between a verb and `that` are an adjunct (`on Friday`), not a clause
    of their own (`it had told growers that ...`) nor, after a verb that tells nobody, the
    object a relative clause describes (`answered questions that focused on ...`)."""
    split = words.split()
    first = split[0] if split else ""
    noun = first.isalpha() and first.islower() and first.endswith("s") and first[-2:] != "ss"
    timed = any(w.lower().strip(",") in _TIME_WORDS for w in split)  # "said a week later that"
    if (noun or (first in _OBJECT_DETERMINERS and not timed)) and verb not in _ADDRESSING:
        return False  # "rejected the idea that jobs were at risk": he did not say they were
    return not any(w.lower() in _CLAUSE_MARKS for w in split)


# Words that open a verb's object (`rejected the idea that`, `dismissed his claim that`): what
# follows `that` is the object's content, not the subject's words.
_OBJECT_DETERMINERS = frozenset(
    "the a an this these those his her its their any such".split()  # noqa: SIM905
)
_TIME_WORDS = frozenset(
    (  # noqa: SIM905
        "later earlier ago day days week weeks month months year years morning afternoon "
        "evening night weekend time"
    ).split()
)
# A that-clause is a clause: `dismissed that charge.` reports nothing.
_MIN_CLAUSE_WORDS = 2


# `according to` this close to the start of its sentence opens it (after a quote mark or a dash).
OPENING = 2


# An impersonal passive before a reporting verb: `It is believed`, `it was widely reported`.
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?$"
)


def report(sentence: str) -> tuple[Phrase, str] | None:
    """The speaker and the that-clause of a sentence of reported speech."""
    for start, end in verb_positions(sentence):
        if sentence[start:end] not in INDIRECT_VERBS or object_noun(sentence[:start]):
            continue
        if _IMPERSONAL.search(sentence, 0, start):
            continue  # `It is believed that ...`: no one is said to have said it
        that = re.match(r"((?:\s+[\w'\u2019\-]+){0,4}?)\s+that\s+(.+)", sentence[end:], re.DOTALL)
        phrase = subject_before(_before_relative(sentence[:start]))
        if that and len(that.group(2).split()) < _MIN_CLAUSE_WORDS:
            continue  # "Whitcomb dismissed that charge.": `that` points, it opens no clause
        if that and phrase is not None and _adjunct(that.group(1), sentence[start:end]):
            return replace(phrase, cue=sentence[start:end]), that.group(2).strip()
        if not that and phrase is not None and (bare := _bare_clause(sentence, start, end)):
            return replace(phrase, cue=sentence[start:end]), bare  # "Ola Berg said he would"
    according = according_to(sentence)
    if according is None:
        return None
    at = sentence.lower().find("according to")
    if at <= OPENING:  # `According to X, clause.`
        source, _, clause = sentence.partition(",")
        named_alone = len(source.split()) <= _SOURCE_WORDS  # `According to Ivo Dren,`
        clause = _past_apposition(clause.strip()) if named_alone else clause.strip()
    else:  # `Clause, according to X.`
        clause = without_place_line(sentence[:at].rstrip(" ,;"))
    return (according, clause) if len(words_in(clause)) >= 4 else None


# `According to` and a source this long before a comma: what follows the comma may describe it.
_SOURCE_WORDS = 7
# An apposition after `According to X,`: `the mission's flight director,` describes X.
_APPOSITION = re.compile(
    r"(?:the|a|an|its|his|her|their|[A-Z][\w.&-]*(?:'s|\u2019s))\s+(?P<words>[^,]{1,60}),\s+"
)
_CLAUSE_VERB = re.compile(r"\b(?:\w+ed|is|was|were|are|has|had|have|will|would|can|could)\b")


def _past_apposition(clause: str) -> str:
    """`clause` without the apposition that opens it (`the mission's flight director, one of
    the legs ...`: one of the legs ...); a part holding a verb is the clause's own."""
    found = _APPOSITION.match(clause)
    if found is None or _CLAUSE_VERB.search(found.group("words")) or len(found.group().split()) > 8:
        return clause
    return clause[found.end() :]


# A subject that a relative clause describes, opening the sentence: `A paramedic who treated the
# victim of a crash told jurors`: the paramedic speaks, not the victim.
_DESCRIBED_SUBJECT = re.compile(
    r"^\s*(?:A|An|The|One)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+"
    r"(?=(?:who|accused|charged|convicted|suspected)\s)"
)


def _before_relative(lead: str) -> str:
    """`lead` cut before the relative clause that describes its subject, else `lead`."""
    found = _DESCRIBED_SUBJECT.match(lead)
    return found.group().rstrip() if found and "," not in lead else lead


# Verbs of saying whose clause may follow with no `that`: `Ola Berg said he would resign`.
_BARE_SAYING = frozenset({"said", "says", "added", "adds", "insisted", "argued", "warned"})
# When or where it was said, between the verb and its clause: `said on Friday`.
_SAID_WHEN = re.compile(
    rf"(?:\s+(?:(?:on\s+)?(?:{WEEKDAYS})|yesterday|today|last\s+(?:week|month|night)|"
    r"in\s+a\s+statement|in\s+an\s+interview),?)?"
)
# Words that open a clause of their own inside the object of `said`: `said a prayer as the water
# was rising`, `said the words he had rehearsed`, `said Yes when he was asked`.
_NEW_CLAUSE = r"(?:as|when|where|while|who|which|that|because|if|before|after)\b"
# A thing said and a clause describing it: `the words he had rehearsed`.
_DESCRIBED_THING = re.compile(
    r"(?:the|a|an|this|these|his|her|its|their)\s+[\w-]+\s+(?:he|she|they|we|I|you)\b"
)
# A clause: a subject, then a finite verb within a few words (`he had spoken`, `the plan would`).
_BARE_CLAUSE = re.compile(
    r"\s+(?P<clause>(?:he|she|it|they|we|I|there|the|a|an|this|these|his|her|its|their|[A-Z][a-z]+)"
    r"\b(?:\s+(?!" + _NEW_CLAUSE + r")[\w'\u2019,-]+){0,5}?\s+(?:is|was|were|are|has|had|have|"
    r"will|would|could|can|should|may|might|must|did|does|do)\b.*)",
    re.DOTALL,
)


def _bare_clause(sentence: str, start: int, end: int) -> str:
    """The clause a verb of saying reports with no `that` (`said he had spoken to two
    buyers`), else ""."""
    if sentence[start:end] not in _BARE_SAYING:
        return ""
    when = _SAID_WHEN.match(sentence, end)
    found = _BARE_CLAUSE.match(sentence, when.end() if when else end)
    clause = found.group("clause").strip() if found else ""
    if _DESCRIBED_THING.match(clause):
        return ""
    return clause if len(clause.split()) >= _BARE_WORDS else ""


_BARE_WORDS = 4

"""The words of a speaker's name: tokens, capitalised runs, party tags and the role words in
front of a name (`Rovers manager Lena Holt`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analyse.quotes.lexicon import (
    DEMONYMS,
    DETERMINERS,
    FIRM_WORDS,
    FIRST_NAMES,
    NEW_PLACES,
    NON_PERSON_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    STOP_CAPS,
    TITLES,
)
from bot.analyse.quotes.marks import PLACE_PREFIXES

# Initials and abbreviations are one word with their stops: `J.J. MacNab`, `A. Brook`, `a D.C.
# lobbyist`.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,4}(?=\s)|[A-Z]\.(?=\s+[A-Z])|[^\W_][\w'\u2019.\-]*(?<![.])|[^\w\s]"
)
# Body nouns that speak for a body, no body of their own: `spokesman`, `statement`.
_ISSUERS = frozenset(["spokesman", "spokeswoman", "spokesperson", "statement", "report"])
_PARTICLES = frozenset(["de", "da", "van", "von", "der", "del", "di", "le", "dos", "du", "al"])
INSTITUTIONS = frozenset(
    """Council Commission Society Foundation Institute Association Federation Department Ministry
    Committee Organisation Organization Trust Union Agency Board Office Authority Administration
    Bureau Service Observatory Laboratory Center Centre Fund Program Programme Enforcement
    Prevention Services Security Development Affairs Protection Safety Explosives""".split()  # noqa: SIM905
)
# Words closing a company's name after `and`: `Redrock Oil and Gas`, `Reed and Sons`.
# Small words with a role noun's ending: `a week after US Labor Secretary Ida Kern`.
_NOT_ROLES = frozenset(
    """after for or nor over under other never ever however whether either neither together
    rather later per""".split()  # noqa: SIM905
)
_PARTISANS = frozenset(["Democrat", "Republican", "Democrats", "Republicans"])
_PLACE_OPENERS = frozenset(["New"])  # a place's first word that opens no name: `New Hampshire`
# What `New` opens as a place's or a title's first word: `New York Times`, `New Statesman`.
_PLACES_AFTER_NEW = NEW_PLACES | frozenset(["Republic", "Statesman", "Scientist"])
_AGE = re.compile(r",\s*\d{1,2}\s*,")
# A party and state tag after a name: `(R-Texas)`, `(D-N.Y.)`, `, R-Ky.,`, `(I-Vt.)`, `(D)`.
_PARTY_TAG = re.compile(
    r"\s*\((?:[DRI]|Dem|Rep|Ind)(?:-[^()]{1,20})?\)"
    r"|,\s*[DRI]-[A-Z][A-Za-z]*(?:\.[A-Z])*(?:\.?,)?"
)
# A title's full stop inside a name: `Sen. Ada Brook`, `Rep. Ada Brook`.
_TITLE_STOP = re.compile(r"\b([A-Z][a-z]{1,4})\.(?= [A-Z])")
# Surnames the word lists read as a title, a month or a verb.
SURNAME_WORDS = frozenset(["King", "Will", "May", "Major", "Prince"])
# Words opening a clause or a phrase, never a role's: `On Friday Health Secretary Ivo
# Marsh`, `But former Captain Lena Holt`, `Meanwhile Tory backbencher Ida Kern`.
ROLE_OPENERS = frozenset(
    """but and meanwhile now however also then still yesterday today tonight on in at monday
    tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
# Newspapers named after a day: `Sunday Herald columnist Ivo Marsh`.
_PAPERS = frozenset("Times Telegraph Mirror Express Post Herald Mail People Star Sport".split())  # noqa: SIM905
# Words qualifying a role: `shadow chancellor`, `acting head`.
_ROLE_MODIFIERS = frozenset(
    "shadow deputy acting junior senior chief vice assistant interim".split()  # noqa: SIM905
)
# Words before a verb that looks like a role's field: `he backs`, `who thanks`.
_SUBJECTS = frozenset("he she it they who which that".split())  # noqa: SIM905
ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ent", "ive", "year-old")


def blank_tags(text: str) -> str:
    """`text` with party and state tags after names blanked out, offsets kept:
    `Ann Roe (D-Ore.) said` reads `Ann Roe said`."""
    return _PARTY_TAG.sub(lambda m: " " * len(m.group()), text)


def tokens(text: str) -> list[str]:
    """Words and punctuation marks, in order (an age between commas, `, 25,`, read as one comma,
    and the full stop of a title, `Sen.`, or of a place's first word, `St.`, dropped)."""
    text = _TITLE_STOP.sub(lambda m: m.group(1) if _name_follows(m.group(1)) else m.group(), text)
    return _TOKEN.findall(_AGE.sub(", ", text))


def _name_follows(word: str) -> bool:
    """A title or a place's abbreviated first word (`St. Louis`): its full stop is no break."""
    return word in TITLES or word in PLACE_PREFIXES


def is_cap(word: str) -> bool:
    """Whether a word is written with a capital, as names are."""
    return word[:1].isupper() and word not in STOP_CAPS and _uncontracted(word) not in STOP_CAPS


def _uncontracted(word: str) -> str:
    """`There's` read as `There`, a word no name opens with."""
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def possessor(word: str) -> bool:
    """Whether a word is a possessive (`Chelsea's`)."""
    return word.endswith(("'s", "\u2019s"))


def surname_after_first(words: list[str], at: int) -> bool:
    """A surname the word lists read as a month, a title or a verb, after a first name:
    `Ada May`, `Tom King`."""
    return words[at] in SURNAME_WORDS and at > 0 and words[at - 1] in FIRST_NAMES


# Bodies named by whose they are: `the Wilson County Sheriff's Office`, `Attorney's Office`.
OWNED_BODIES = frozenset(["Office", "Department", "Bureau"])


def without_possessives(words: Sequence[str]) -> list[str]:
    """The words with their possessive `'s` dropped (`Sigarchi's lawyer` -> `Sigarchi lawyer`),
    except where it names a body (`Sheriff's Office`)."""
    return [
        w if i + 1 < len(words) and words[i + 1] in OWNED_BODIES else _unpossessed(w)
        for i, w in enumerate(words)
    ]


def _unpossessed(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def _name_word(words: list[str], at: int, end: int) -> bool:
    joining = _joining(words, at, end)
    return (
        is_cap(words[at])
        or joining
        or _inner_particle(words, at, end)
        or surname_after_first(words, at)
    )


def _joining(words: list[str], at: int, end: int) -> bool:
    """`Without` between two capitalised words, inside a body's name (`Reporters Without
    Borders`): no sentence opens there, so the capital is the name's."""
    inside = 0 < at < end - 1 and is_cap(words[at - 1]) and is_cap(words[at + 1])
    return inside and words[at] == "Without"


def name_run_back(words: list[str], end: int) -> int:
    """Start index of the capitalised name ending just before `end` (== end when none)."""
    start = end
    while start > 0 and _name_word(words, start - 1, end):
        if possessor(words[start - 1]) and start < end and words[start] not in OWNED_BODIES:
            break  # `Ada Brook's Harbour Trust` names two; `the Sheriff's Office` one body
        start -= 1
    if 0 < start < end and words[start - 1] in _PLACE_OPENERS and words[start] in _PLACES_AFTER_NEW:
        start -= 1  # `the New York Times`: `New` opens sentences, but here a place's name
    if 0 < start < end and words[start - 1].lower() in _DAYS and words[start] in _PAPERS:
        start -= 1  # `the Sunday Times`: a day opens no name, but here a paper's
    first = start
    if partisan(words[first:end]):
        return first - 1 if first > 0 and words[first - 1] in _PLACE_OPENERS else first
    while start < end - 1 and _title_like(words[start]):
        start += 1
    if any(w in NON_PERSON_WORDS for w in words[start:end]):
        return first  # an organisation keeps its first word: `Home Office`, `British Airways`
    if _body_opener(words[first:start], words[start:end]):
        return first  # `International Tin Fund`: no title before a person, a body's own word
    for at in range(end - 3, start, -1):  # `County Recorder Ines Pettifer`: the name after
        if _title_like(words[at]) or _capital_role(words[at]):
            return at + 1
    return start


def _body_opener(opening: list[str], rest: list[str]) -> bool:
    """Whether a title-like opening holds a body's word (`International`) before a run with no
    first name: the whole run is the body (`International Tin Fund`); a place's word (`South`)
    opens no body."""
    body = opening[-1:] != [] and opening[-1] in NON_PERSON_WORDS - DEMONYMS
    return body and not any(w in FIRST_NAMES or w in TITLES for w in rest)


def partisan(run: list[str]) -> bool:
    """A party member known only by place (`a South Carolina Republican`, `one New Hampshire
    Democrat`): the whole run stands for them, none of its words is a name."""
    places = run[:-1]
    return (
        len(run) > 1
        and run[-1] in _PARTISANS
        and not any(w in FIRST_NAMES or w in TITLES for w in places)
        and all(w[:1].isupper() for w in places)
    )


def _capital_role(word: str) -> bool:
    """A capitalised role inside a long run: `Recorder`, `Commissioner` (not `Peter`)."""
    return word.lower().endswith(("er", "or")) and word not in FIRST_NAMES


def _title_like(word: str) -> bool:
    """A word in front of a name that is not part of it: `Sir`, `Russian`, `Striker`."""
    return word in TITLES or word in DEMONYMS or word.lower() in PERSON_NOUNS


def _inner_particle(words: list[str], at: int, end: int) -> bool:
    """A small word inside a name: `van` in `Piet van Dekker`, `and` in `the Coastal Trade
    and Fisheries Council`, `Redrock Oil and Gas` (only when the name ends in an institution's
    noun or a firm's)."""
    if not (at > 0 and is_cap(words[at - 1]) and at + 1 < end):
        return False
    joins = (
        words[at] == "and"
        and words[end - 1] in INSTITUTIONS | FIRM_WORDS
        and words[at + 1] not in FIRST_NAMES  # `Tom Ruiz and Samantha Power`: two people
    )
    return words[at] in _PARTICLES or joins or words[at] == "&"  # `Tolland & Marsh`


def role_of(taken: Sequence[str], following: Sequence[str]) -> bool:
    """Whether `of` carries on a role in front of a name (`chief of staff Ada Brook`, `Secretary
    of State Tom Ruiz`): role words before it, one word after it, then a capital. Both the
    speaker read after a speech verb and the roles written at a mention read it so."""
    if not taken or len(following) < 2 or not is_cap(following[1]):
        return False
    if not following[0][:1].isalpha() or following[0].lower() in DETERMINERS:
        return False
    roles = all(w.lower() in PERSON_NOUNS or w in TITLES or w[:1].islower() for w in taken)
    head = taken[-1].lower()
    return roles and (head in PERSON_NOUNS or head.endswith(("er", "or", "ary")))


def role_back(words: list[str], end: int, limit: int = 4) -> tuple[str, ...]:
    """Role words just before a name (`Chelsea manager`), or () when there are none."""
    start = end
    while start > 0 and end - start < limit and _role_part(words, start - 1, end):
        start -= 1
    role = tuple(words[start:end])
    return role if any(w[:1].islower() and w not in DETERMINERS for w in role) else ()


def person_like(word: str) -> bool:
    return word in PERSON_NOUNS or word.endswith(ROLE_ENDINGS)


def _role_part(words: list[str], at: int, end: int) -> bool:
    """Whether the word at `at` belongs to the role ending at `end`."""
    following = words[at + 1] if at + 1 < len(words) else ""
    own = _role_word(words[at], following) and not _infinitive(words, at)
    body = _body_before_role(words, at, end)
    return own or body or _role_link(words, at) or _field_before_role(words, at, end)


def _body_before_role(words: list[str], at: int, end: int) -> bool:
    """A body's noun naming whose the role word after it is: `union chief`, `office head`."""
    word = words[at]
    body = word in ORG_NOUNS and word not in _ISSUERS and at + 1 < end
    return body and _role_word(words[at + 1]) and words[at + 1][:1].islower()


def _infinitive(words: list[str], at: int) -> bool:
    """`to assist Harbour Mayor Ada Brook`: a verb after `to`, not a role."""
    return at > 0 and words[at - 1] == "to" and words[at][:1].islower()


def _field_before_role(words: list[str], at: int, end: int) -> bool:
    """A plural noun naming the field of the role word after it: `communications chief`,
    `sports minister` (not a field of more words, `foreign affairs spokesman`, kept whole or
    not at all)."""
    word = words[at]
    plural = word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
    before = words[at - 1] if at > 0 else ""
    verb = word in SPEECH_VERBS or before.lower() in _SUBJECTS  # `he backs`
    cut = before.isalpha() and before.islower()  # `foreign affairs`: the field is longer
    return plural and at + 1 < end and _role_word(words[at + 1]) and not (verb or cut)


def _role_link(words: list[str], at: int) -> bool:
    """`for` inside a role (`spokesman for Doctors Without Fees`), not before one."""
    return words[at] == "for" and at > 0 and _role_word(words[at - 1])


def _role_word(word: str, following: str = "") -> bool:
    lowered = word.lower()
    if not word[:1].isalnum() or lowered in DETERMINERS | _NOT_ROLES | ROLE_OPENERS:
        return lowered in _DAYS and following in _PAPERS  # `Sunday Herald columnist`
    if word in SPEECH_VERBS:
        return False
    known = lowered in PERSON_NOUNS or lowered in _ROLE_MODIFIERS
    return word[:1].isupper() or known or lowered.endswith(ROLE_ENDINGS)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker as the text gives it."""

    kind: str  # "name", "pronoun" or "description"
    words: tuple[str, ...]  # the name, the pronoun, or the description without its determiner
    role: tuple[str, ...] = ()  # role words in front of a name: ("Chelsea", "manager")
    article: str = ""  # the determiner of a description: "the" in `the influential daily`
    cue: str = ""  # the speech verb that introduced it, as written: "said", "tweeted"

    @property
    def mention(self) -> str:
        """The words that name the speaker, as the article writes them."""
        if self.kind == "name":
            return " ".join((*self.role, *self.words))
        return " ".join(w for w in (self.article, *self.words) if w)

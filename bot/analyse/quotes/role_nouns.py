"""What a role noun in an attribution stands for: an organisation in focus (`the firm`), a
functionary met only by function (`the judge`), a person (`the organiser`), and the gender a
title or noun states; the resolver reads these to tie `the company said` to a cast member.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from bot.analyse.quotes.cast import Mention, Person
from bot.analyse.quotes.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    FEMALE_WORDS,
    GENDER_WORDS,
    MALE_WORDS,
    PERSON_NOUNS,
    ROLE_SYNONYMS,
    SOURCE_DOCUMENTS,
    SPEECH_VERBS,
    TITLES,
    Gender,
)
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.names import ROLE_OPENERS, role_of, tokens

# Nouns that stand for whichever organisation is in focus (`the firm said`); other
# organisation nouns (`the government`, `the police`) only for one named so.
ANY_ORG = frozenset(
    """firm company club team group organisation organization body label studio network
    broadcaster spokesman spokeswoman spokesperson report statement board agency association
    federation union party""".split()  # noqa: SIM905
)
# People met by their function, not named anywhere: `the judge said` is a judge, not the focus.
FUNCTIONARIES = frozenset(
    """judge lawyer official officer doctor witness prosecutor source expert analyst economist
    researcher scientist inspector detective coroner barrister solicitor magistrate""".split()  # noqa: SIM905
)
# A possessive before what a person issues, and the pronoun that issuer is: `her statement`.
OWNING_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A campaign speaks for its candidate: `the Brook campaign said`.
CAMPAIGNS = frozenset(["campaign", "camp"])
CANDIDACY = frozenset(["candidate", "nominee", "front-runner", "frontrunner", "hopeful"])
# Honorifics are no role a description can name: `Mr. Brook` is not `the Mr`.
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"])
# Words that make a role another one: the shadow chancellor is not the chancellor.
QUALIFIERS = frozenset(["shadow", "former", "ex", "deputy", "vice", "assistant", "acting"])
SPOKES = frozenset(
    """spokesman spokeswoman spokesperson statement representative ruling report poll
    survey bulletin memo""".split()  # noqa: SIM905
)


def body_named(person: Person, noun: str) -> bool:
    """Whether `person` is a body called by `noun`: an organisation whose name holds it, or any
    name that ends in it."""
    name = person.name.lower()
    if document(person):
        return False  # `council documents` are no council
    return (person.org and noun in name and not _describing(name, noun)) or (
        name.split()[-1] == noun
    )


def _describing(name: str, noun: str) -> bool:
    """Whether `noun` only describes the people a body is of (`Irish Airline Pilots'
    Federation` is no airline, `Harbour Bank Workers Union` no bank)."""
    words = name.split()
    return any(
        w.startswith(noun) and plural_person_noun(after.rstrip("'\u2019"))
        for w, after in pairwise(words)
    )


def document(person: Person) -> bool:
    """Whether a cast member is a document that spoke (`court records`, `official figures`):
    a source for its own words, never the body or the `it` that later sentences mean."""
    last = person.name.rsplit(" ", 1)[-1].lower()
    return person.name.islower() and (last in DOCUMENTS or last in SOURCE_DOCUMENTS)


# Public bodies an article brings in by description (`the national telecoms regulator`, `the
# weather agency`): a described one is new, not the company in focus.
BODY_NOUNS = frozenset(
    "regulator watchdog centre center agency authority institute bureau body".split()  # noqa: SIM905
)


def person_noun(head: str) -> bool:
    """Whether a head noun names a person: `the president`, `the 25-year-old`, `the organiser`."""
    return head not in BODY_NOUNS and (
        head in PERSON_NOUNS
        or head.endswith(("year-old", "er", "or", "ist", "ian"))
        or head in GENDER_WORDS
    )


def plural_person_noun(word: str) -> bool:
    """A plural of a noun for people, lower case: `officials`, `prosecutors`, `residents`."""
    return word.endswith("s") and person_noun(word[:-1])


def title_gender(role: tuple[str, ...]) -> Gender | None:
    """The gender a title before a name states: `Ms. Moore`, `Mr Reed`."""
    return noun_gender([w.rstrip(".") for w in role if w.rstrip(".") in TITLES])


def noun_gender(words: list[str]) -> Gender | None:
    """The gender the words state (`widow`, `chairman`, `Mrs`), or None when they state none:
    a female word decides over a male one: `the chairman's wife` is a woman."""
    lowered = {w.lower() for w in words}
    if lowered & FEMALE_WORDS:
        return "f"
    return "m" if lowered & MALE_WORDS else None


# Titles written short before a name, read as the role nouns a later description uses.
_SHORT_TITLES = {
    "sen": ("senator",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gov": ("governor",),
    "lt": ("lieutenant",),
    "atty": ("attorney",),
    "gen": ("general",),
    "pres": ("president",),
    "amb": ("ambassador",),
    "adm": ("admiral",),
    "del": ("delegate",),
    "senator": ("senator", "lawmaker"),
    "congressman": ("congressman", "lawmaker", "representative"),
    "congresswoman": ("congresswoman", "lawmaker", "representative"),
    "frontrunner": ("front-runner",),
    "front-runner": ("frontrunner",),
}
# Party words, in the form a description uses: `Democratic nominee Ada Brook` is the Democrat.
_PARTIES = {"democratic": "democrat", "democrats": "democrat", "gop": "republican"}
# Small words a role before a name does not run across: `met with Sen. Ada Brook`.
_LINKS = frozenset("in of to for with and or by on at as from than after before".split())  # noqa: SIM905
_NOT_ROLES = frozenset(
    """whether after over under other never ever however either neither together rather later
    per or nor for her""".split()  # noqa: SIM905
)
# A capitalised run where a name starts, and an apposition after it: `Ada Brook, the senator,`.
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019.\-]*(?:\s(?:[A-Z][\w'\u2019.\-]*|de|van|von|al))*")
_APPOSED_ROLE = re.compile(r",\s(?:the |a |an )?([\w'\u2019\- ]{3,60}?)[,.;]")
# The names listed before the last one: `Joe Carr and `, `Joe Carr, Ada Brook and `.
_LISTED_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w'\u2019.\-]*\s)*[A-Z][\w'\u2019.\-]*(?:,\s|\s(?:and|&)\s|,\sand\s))+$"
)
# How many characters before a name its title may start.
_TITLE_REACH = 60


@lru_cache(maxsize=4096)
def role_words(role: str) -> frozenset[str]:
    """The words of a role as descriptions use them: `Sen.` is the senator, `Democratic` the
    Democrat, `Former Gov.` the former governor (kept per role: every description asks again
    for the role of every person before it)."""
    words = {w.lower().rstrip(".,") for w in role.split()}
    words |= {w[:-1] for w in words if plural_person_noun(w)}  # `hosts Ada`
    words |= {noun for w in words for noun in _SHORT_TITLES.get(w, ())}
    words |= {_PARTIES[w] for w in words if w in _PARTIES}
    return frozenset(words - _HONORIFICS)


def owned_by(role: set[str], owner: Person) -> bool:
    """Whether role words written at a person's mentions make them `owner`'s: `Brook's
    campaign manager`, or `her campaign manager` with no owner named."""
    owners = {w[:-2] for w in role if w.endswith(("'s", "\u2019s"))}
    return not owners or bool(owners & {part.lower() for part in owner.name.split()})


def roles_written(
    mentions: Sequence[Mention],
    texts: Sequence[str],
    at: Place,
    seen: dict[Place, frozenset[str]],
) -> dict[str, set[str]]:
    """The role words written at each person's mentions before `at`, by name; `seen` keeps
    what each mention was read as, so an article's mentions are read once."""
    written: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.key < at and mention.key.paragraph < len(texts):
            if mention.key not in seen:
                seen[mention.key] = roles_at(texts[mention.key.paragraph], mention.key.offset)
            written.setdefault(mention.name, set()).update(seen[mention.key])
    return written


def roles_at(text: str, offset: int) -> frozenset[str]:
    """The role words written at one mention of a name starting at `offset`: its titles and
    role words before it (`former Florida Gov. Ada Brook`, `her campaign manager, Ada Brook`)
    and an apposition after it (`Ada Brook, the Democratic nominee,`)."""
    before = text[max(0, offset - _TITLE_REACH) : offset]
    run = _NAME_RUN.match(text, offset, offset + 80)
    name = run.group().split() if run else []
    words = _words_before(before, name) or _shared_plural_role(before)
    after = _APPOSED_ROLE.match(text, run.end(), run.end() + 80) if run else None
    if after is not None and any(person_noun(w.lower()) for w in after.group(1).split()):
        words += after.group(1).split()
    return role_words(" ".join(words))


def _shared_plural_role(before: str) -> list[str]:
    """The plural role of a list of names, for the names after its first (`radio hosts Joe
    Carr and Mia Bell`: Mia Bell is a host too)."""
    listed = _LISTED_BEFORE.search(before)
    if listed is None:
        return []
    first = listed.group().split()[0]
    opening = first.endswith("s") and role_noun(first.lower())  # `Hosts Joe Carr and Mia Bell`
    words = _words_before(before[: listed.start() + (len(first) + 1 if opening else 0)])
    plural = any(w.endswith("s") and role_noun(w.lower()) for w in words[-1:])
    return words if plural else []


def role_noun(word: str) -> bool:
    """A role noun before a name (`senator`, `organizer`), not a small word with a role's
    ending (`whether`, `after`)."""
    return word not in _NOT_ROLES and person_noun(word.removesuffix("s"))


def _words_before(text: str, after: Sequence[str] = ()) -> list[str]:
    """The title and role words just before a name, read back from its first letter; `after`,
    the name's first words, tells an `X of Y` role (`Secretary of State Ada Brook`, the run
    taking `State`) as `names.role_of` reads one after a speech verb."""
    words = tokens(f"{text}X")[:-1]  # a title's stop read as before a name: `Gov. Ada`
    if len(words) > 1 and words[-1] == "," and words[-2].lower() in PERSON_NOUNS:
        words.pop()  # `her campaign manager, Ada Brook`
    if len(words) > 1 and words[-1] == "of" and words[-2][:1].isupper():
        role, following = _taken_back(words[:-1]), list(after[:2])  # `Secretary of State Ada`
    elif len(words) > 2 and words[-2] == "of" and words[-1][:1].islower():
        # `secretary of state Ada Brook`
        role, following = _taken_back(words[:-2]), [words[-1], *after[:1]]
    elif len(words) > 3 and words[-3:-1] == ["of", "the"] and words[-1] in TITLES:
        return _taken_back(words[:-3])  # `Chancellor of the Exchequer Ada Brook`
    else:
        return _taken_back(words)
    if role_of(role, following) or any(w.lower() in DETERMINERS for w in following[:1]):
        return role  # `Chancellor of the Exchequer Ada Brook`: a chancellor
    return _taken_back(words)


def _taken_back(words: list[str]) -> list[str]:
    """The title and role words that end `words`, at most five."""
    words = list(words)
    taken: list[str] = []
    while words and len(taken) < 5:
        word = words.pop()
        lowered = word.lower()
        if not word[:1].isalnum() or lowered in DETERMINERS | _LINKS | SPEECH_VERBS:
            break
        headed = any(role_noun(w.lower()) for w in taken)  # `presidential` before `candidate`
        if not (word[:1].isupper() or role_noun(lowered) or lowered in QUALIFIERS or headed):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in ROLE_OPENERS:
        taken.pop(0)  # `Then hosts Joe Carr`, `On Friday Health Secretary Lena Holt`
    return taken


# Posts one person holds in a story, and no one holds two of: `the defendant` is never the
# prosecutor, `the challenger` never the mayor she challenges.
POSTS = frozenset(
    (  # noqa: SIM905
        "defendant accused prosecutor judge juror witness plaintiff challenger incumbent mayor "
        "governor minister senator congressman congresswoman chairman chairwoman spokesman "
        "spokeswoman spokesperson coach manager captain goalkeeper referee moderator host "
        "economist analyst sheriff detective victim"
    ).split()
)


def holds_other_post(person: Person, head: str, written: Iterable[str] = ()) -> bool:
    """Whether `person` was named in a post other than the one `head` names (`Prosecutor Ada
    Marsh` for `the defendant`), by their role or the role words `written` at their mentions;
    synonyms of a post are the same post."""
    held = {w.lower() for w in [*(person.role or "").split()[-1:], *written]}
    if head not in POSTS:
        return False
    synonyms = ROLE_SYNONYMS.get(head, frozenset())
    return any(
        post in POSTS and post != head and post not in synonyms
        and head not in ROLE_SYNONYMS.get(post, ())
        for post in held
    )  # fmt: skip

"""The role an article gives a person where it names them: `her husband, Ivo Marsh`,
`Rovers manager Lena Holt`, `The Deputy Minister for Transport, Ida Kern,`,
`Ada Brook, now the party's chief whip,`, `former Prime Minister Tom Ruiz`."""

from __future__ import annotations

import itertools
import re

from bot.analyse.quotes.lexicon import PERSON_NOUNS, TITLES
from bot.analyse.quotes.names import ROLE_OPENERS
from bot.analyse.quotes.phrases import role_back, tokens
from bot.analyse.quotes.runs import kin_before

_APPOSITIVE_BEFORE = re.compile(
    r"(?:(?:^|\W)(?:[Tt]he|[Aa]n?) |(?P<bare>^|[.;:?!] )(?!(?:[Tt]he|[Aa]n?) ))"
    r"(?P<role>(?:[\w'\u2019\-]+ ){0,6}[\w'\u2019\-]+), (?:the )?$"
)
# `, a lawyer,`; `, a currency strategist at Hanul Bank`: the role before its employer.
_APPOSITIVE_AFTER = re.compile(
    r"^, (?:the |a |an )?(?P<role>(?:[\w'\u2019\-]+ ){0,4}[\w'\u2019\-]+)"
    r"(?:,|(?P<employer> (?:at|of|with) (?:the )?[A-Z]))"
)
# A name and a past-tense verb inside a would-be role: a clause of its own.
_NAME_THEN_VERB = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+ [a-z]+ed\b")
# Capitalised words ending in `of the` just before a run: `Chancellor of the` (Exchequer ...).
_OF_THE = re.compile(r"(?:[A-Z][\w'\u2019\-]* )+of the $")
# Titles that are no function: `Dr Lena Holt` is a doctor, not a director.
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame", "Rt"])
# Words that qualify a role named after them: `former` in `former Prime Minister Tom Ruiz`.
_ROLE_QUALIFIERS = frozenset(
    "former ex then late outgoing incoming acting deputy shadow interim retired veteran".split()  # noqa: SIM905
)
_OPENING_WORDS = frozenset(["both", "the", "and", "but", "as", "when", "if", "while", "then"])
_RELATIVES = frozenset(["who", "whose", "which", "whom", "that", "where", "when"])


def role_at(text: str, match: re.Match[str], words: list[str]) -> str | None:
    """The role the article gives the person a run names: a kin word, role words before the
    name, an apposition before or after it, or titles inside the run."""
    kin = kin_before(text[: match.start()])
    if kin is not None:
        return kin  # `her husband, Ivo Marsh`: a husband, so `he`
    before = tokens(text[max(0, match.start() - 80) : match.start()])
    role = role_back(before, len(before)) if not before or before[-1] != "," else ()
    if role and all(w.lower() in _ROLE_QUALIFIERS for w in role):  # the role goes on in the
        in_run = (_role_in_run(match, words) or "").split()  # run: `former Prime Minister`
        return " ".join([*role, *(w for w in in_run if w not in _HONORIFICS)])
    if role:
        return " ".join(role)
    for found in (
        _APPOSITIVE_BEFORE.search(text[max(0, match.start() - 80) : match.start()]),
        _APPOSITIVE_AFTER.match(text[match.end() :]),
    ):
        if found and _plausible_role(found.group("role"), _bare(found)) and _headed(found):
            return _without_openers(found.group("role"))
    return _titled_of_the(text[max(0, match.start() - 60) : match.start()], match, words)


def _titled_of_the(before: str, match: re.Match[str], words: list[str]) -> str | None:
    """Titles inside the run, with the `X of the` just before it that they complete:
    `Chancellor of the Exchequer Ada Brook`."""
    in_run = _role_in_run(match, words)
    of_the = _OF_THE.search(before)
    return _without_openers(of_the.group() + in_run) if in_run and of_the else in_run


def _without_openers(role: str) -> str:
    """`now Veritas deputy leader` is a deputy leader: the adverb is no part of the role."""
    words = role.split()
    while len(words) > 1 and words[0].lower() in ROLE_OPENERS:
        words.pop(0)
    return " ".join(words)


def _role_in_run(match: re.Match[str], words: list[str]) -> str | None:
    """Titles inside the run before the name: `US Labor Secretary Ida Kern`."""
    run = match.group().split()
    lead = (
        [w for w in run[: run.index(words[0])] if w not in _HONORIFICS] if words[0] in run else []
    )
    while lead and lead[0].lower() in _OPENING_WORDS | ROLE_OPENERS:
        lead.pop(0)  # `Both Health Secretary Ivo Marsh`: the Health Secretary
    if any(w in TITLES and w not in _HONORIFICS for w in lead):  # `US Treasury Secretary`
        return " ".join(lead)
    titles = list(itertools.takewhile(lambda w: w in TITLES, run))
    return " ".join(titles) if titles and titles[0] != words[0] else None


def _headed(found: re.Match[str]) -> bool:
    """A role before its employer ends in the person's noun and holds no verb or article:
    `, a currency strategist at Hanul Bank`, not `, speaking to a reporter at the Gazette`."""
    if "employer" not in found.re.groupindex or found.group("employer") is None:
        return True
    words = found.group("role").lower().split()
    return (
        not words[0].endswith("ing")
        and not any(w in ("a", "an", "the", "to") for w in words)
        and (words[-1] in PERSON_NOUNS or words[-1].endswith(("er", "or", "ist", "ian", "man")))
    )


def _bare(found: re.Match[str]) -> bool:
    """A role opening its sentence with no article: `Welsh Health Minister, Lena Holt,`."""
    return "bare" in found.re.groupindex and found.group("bare") is not None


def _plausible_role(text: str, bare: bool = False) -> bool:
    if _NAME_THEN_VERB.search(text):
        return False  # `Judge Ann Dee asked the defendant, Ivo Marsh`: a clause, no role
    words = text.split()
    if bare and not any(w.lower() in PERSON_NOUNS or w in TITLES for w in words):
        return False
    if len(words) > 5 and not words[0][:1].isupper():
        return False  # a long role is a title: `Junior Minister of State for Rural Transport`
    return words[0].lower() not in _RELATIVES and any(
        w.lower() in PERSON_NOUNS or w.lower().endswith(("er", "or", "ist", "ent", "man"))
        for w in words
    )

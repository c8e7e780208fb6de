"""Who a clause names as its speaker: a name, a pronoun or a description, read off its words."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.quotes.appositions import apposition_start
from bot.analyse.quotes.clauses import clause_subject
from bot.analyse.quotes.descriptions import (
    ISSUED,
    complement,
    description_back,
    member_set_off,
    newcomer,
    outlet,
    spoken_for,
    spokesperson_named,
)
from bot.analyse.quotes.lexicon import (
    BODY_WORDS,
    DEMONYMS,
    DETERMINERS,
    INSIDERS,
    PERSON_NOUNS,
    POST_NOMINALS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TITLES,
    VERB_ADVERBS,
)
from bot.analyse.quotes.names import (
    SURNAME_WORDS,
    Phrase,
    blank_tags,
    is_cap,
    name_run_back,
    possessor,
    role_back,
    role_of,
    surname_after_first,
    tokens,
)

# The name readers of `names` are read from here too, with the phrases they make.
__all__ = [
    "Phrase",
    "blank_tags",
    "clause_subject",
    "is_cap",
    "name_run_back",
    "object_noun",
    "possessor",
    "role_back",
    "subject_after",
    "subject_before",
    "tokens",
    "verb_positions",
]

# A relative clause closing a subject: `The actor, whose films include X and Y, said`.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^\"“”]*$")
# A name after the comma closing a relative clause is the verb's subject: `Speaking in Salem,
# which votes next, Ada Brook said`.
_NAME_AFTER_CLAUSE = re.compile(
    r",\s+(?:(?:de|van|von|bin|ibn|al|da|di|du|del|dos)\s+)?(?:[A-Z][\w'\u2019.\-]*\s+){1,4}$"
)
_SUBORDINATORS = frozenset("while when as but and because since though although".split())  # noqa: SIM905
# Small words opening a surname written without a capital: `de Blasio`, `van Gogh`, `bin Salman`.
_LOWER_PARTICLES = frozenset("de van von bin ibn al da di du del dos".split())  # noqa: SIM905
# A relative clause with a subject of its own, open up to the verb: `Bannon, who Beck called`.
_OWN_RELATIVE = re.compile(r",\s+(who|whom|which|that)\s+([^,\"“”]+)$")
# `, whose housing spokeswoman Ada Brook` up to the verb: the person named there speaks.
_WHOSE_NAMED = re.compile(
    r",\s+whose\s+((?:[a-z][\w\-]*\s+){1,3})((?:[A-Z][\w'\u2019.\-]*\s+){1,3})$"
)
_APPOSED = re.compile(
    r"^[^,.;:\"“”]{0,60},\s+(?:(?!(?:a|an|the|of|for|to|in|at|on|with|from|by|and|or)\s)"
    r"[a-z][\w\-]*\s+){0,2}((?:[A-Z][\w'’\-]*\.?\s?){1,4})"
)
# Words that end a noun phrase read forwards: `said Putin when ...`, `said the president on ...`.
_FORWARD_STOPS = frozenset(
    """when who which whose as at on in after before during while to of for with from and but
    that this about following speaking adding because since than""".split()  # noqa: SIM905
)
# Words in -ly that are nouns, not adverbs: `the family said`.
_LY_NOUNS = frozenset("family assembly monopoly anomaly butterfly homily quarterly".split())  # noqa: SIM905
# What a body issues, which then speaks for it: `a statement from the union said`.
_ISSUING = frozenset(["issued", "released", "sent", "posted", "published", "issues", "releases"])
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_TIMES = f"{WEEKDAYS}|week|weekend|month|year|night|morning|afternoon|evening|day"
# A time between a subject and its verb: `Ada Brook on Monday said`, `Tom Reed last week told`,
# `A World Bank report released Monday said`.
_WHEN = re.compile(
    r"\s+(?:(?:released|published|issued|conducted|out)\s+(?:(?:on|last|this|early|late)\s+)?"
    rf"|(?:on|last|this|early|late|earlier|later|that)\s+)(?:{_TIMES})\b(?=[\w\s]{{0,12}}$)"
)
# `The port board more than three days ago said`, `Ada Brook earlier this month said`.
_AGO = re.compile(
    rf"\s(?:(?:less|more) than |about |nearly |some )?(?:[\w\-]+ ){{1,2}}ago\s*$"
    rf"|\s(?:earlier|later) (?:this|that|last) (?:{_TIMES})\s*$"
)
# Where a subject speaks, between it and the verb: `Ruiz in his opening speech called`.
_VENUE = re.compile(
    r"\s(?:in|on) (?:his|her|their|its|a|an|the) (?:[\w\-]+ ){0,3}?(?:speech|statement|interview"
    r"|letter|tweet|post|op-ed|address|email|video|book)\s*$"
)
# A speech verb used as a noun: `Ada Brook's comments`, `their claims`, `the reports`.
_NOUN_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?:the|his|her|their|its|our|these|those))\s+$", re.I)
# The same noun after a verb's object name: `this could dent Harlow Mills claims that ...`.
_OBJECT_BEFORE = re.compile(
    r"\b(?:could|would|might|may|will|can|should|must)\s+(?:not\s+)?[a-z]+\s+"
    r"(?:[A-Z][\w\-]*\s+){1,3}$"
)


def subject_before(text: str) -> Phrase | None:
    """The speaker named at the very end of `text` (the words just before a speech verb)."""
    own = _relative_subject(text)
    if own is not None:
        return own
    words = _subject_words(text)
    if len(words) >= 3 and words[-1] == ")" and words[-3] == "(" and is_cap(words[-2]):
        # `Jeff Joseph, from the Consumer Electronics Association (CEA)`: Jeff Joseph
        member = member_set_off(words[:-3])
        return member or Phrase("name", (words[-2],))  # `the World Summit ... (WSIS)`
    if not words:
        return None
    last = words[-1]
    if last.lower() in SUBJECT_PRONOUNS:
        return Phrase("pronoun", (last.lower(),))
    if is_cap(last) or surname_after_first(words, len(words) - 1):
        start = name_run_back(words, len(words))
        if start == len(words):
            demonym = len(words) > 1 and words[-2].lower() == "the" and last in DEMONYMS
            return Phrase("description", (last,)) if demonym else None  # `the Dutchman`
        start = _with_particle(words, start, len(words))
        after_the = start == len(words) - 1 and start and words[start - 1].lower() == "the"
        if after_the and _capital_person(last):
            return Phrase("description", (last,))  # `the Bishop`: a role, not a name
        start = _joined_start(words, start)
        return (
            complement(words, start)
            or spokesperson_named(words, start)
            or Phrase("name", tuple(words[start:]), role_back(words, start))
        )
    if _surname_word(words):  # `King says`, `While Will acknowledges`
        return Phrase("name", (last,))
    if last in _NAMED_BODIES and len(words) > 1 and is_cap(words[-2]):  # `Hexley council said`
        start = name_run_back(words, len(words) - 1)
        if start == 0 or words[start - 1] == ",":
            return Phrase("description", tuple(words[start:]))
    issuing = _issuing_verb(words)
    if issuing is not None:  # `X issued a statement saying`: X speaks
        return subject_before(" ".join(words[:issuing]))
    return description_back(words)


# Nouns for a body a name may stand before (`Hexley council`), not for what speaks for one
# (`Axa spokesman`).
_NAMED_BODIES = BODY_WORDS - frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "statement", "report", "campaign"]
)


def _joined_start(words: list[str], start: int) -> int:
    """Where a name of two single words joined by `and` begins when it opens its clause
    (`Wessex and Border said`: one body, as `Marks and Spencer`), else `start`."""
    if start != len(words) - 1 or start < 2 or words[start - 1] != "and":
        return start
    first = start - 2
    opens = first == 0 or words[first - 1].lower() in ("the", "but")
    return first if opens and is_cap(words[first]) else start


def _subject_words(text: str) -> list[str]:
    """The words of `text` up to the subject's end: without a time or venue between it and the
    verb (`on Monday`, `in his speech`), adverbs (`also`, `forcefully`) or an apposition."""
    text = _BY_CLAUSE.sub("", _without_relative(text))  # `The jury, chaired by Ada Brook,`
    text = _ASKED_BY.sub(" ", text)  # `Several customers contacted by this newspaper said`
    words = tokens(_VENUE.sub(" ", _AGO.sub(" ", _WHEN.sub("", text))))
    while words and _adverb_last(words) and not _surname_word(words):
        words.pop()
    if len(words) > 2 and words[-1] in POST_NOMINALS and words[-2] == ",":
        del words[-2:]  # `Judge Richard Mawrey, QC told`
    words = words[: apposition_start(words)]
    while words and words[-1].lower() in VERB_ADVERBS | {",", "who"} and not _surname_word(words):
        words.pop()
    return words


# A participle clause set off after the subject, naming someone else: `The jury, chaired by Ada
# Brook, said` (the jury speaks).
_BY_CLAUSE = re.compile(
    r",\s+(?:chaired|led|headed|run|owned|founded|backed|funded|managed|coached|directed|"
    r"organi[sz]ed|sponsored|represented)\s+by\s+[^,]+,\s*$"
)


# People described by who asked them, right before the verb: `customers contacted by this
# newspaper`, `residents interviewed by the BBC`.
_ASKED_BY = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)\s(?:contacted|interviewed|questioned|surveyed|polled|asked|approached)\s+by\s+"
    r"(?:the\s+|this\s+|a\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*$"
)


def _adverb_last(words: list[str]) -> bool:
    return words[-1].lower() in VERB_ADVERBS or _manner(words[-1])


def _surname_word(words: list[str]) -> bool:
    """Whether a word read as a title or a month names the subject opening its clause: `King
    says`, `While Will acknowledges` (a surname; not `the King said`, `In May said`)."""
    if words[-1] not in SURNAME_WORDS:
        return False
    before = words[-2] if len(words) > 1 else ","
    return not before[:1].isalnum() or before.lower() in _SUBORDINATORS


def _with_particle(words: list[str], start: int, end: int) -> int:
    """The start of a surname with the small word opening it: `de Blasio` (not `the van Tom
    Ruiz drove`)."""
    opens = start and end - start == 1 and words[start - 1] in _LOWER_PARTICLES
    return start - 1 if opens else start


def _without_relative(text: str) -> str:
    """`text` without a relative clause closing it (`The actor, whose films include X, said`),
    unless a name follows that clause: then the name is the subject."""
    found = _RELATIVE.search(text)
    if found is None:
        return text
    return text if _NAME_AFTER_CLAUSE.search(found.group()) else text[: found.start()]


def _issuing_verb(words: list[str]) -> int | None:
    """Where `issued a statement`, `released a letter` ends `words`: its issuer is the verb's
    subject."""
    for at in range(len(words) - 1, max(len(words) - 5, 1), -1):  # `... a statement Thursday`
        if not words[at][:1].isalnum():
            return None
        issuing = words[at - 2].lower() in _ISSUING and words[at - 1].lower() in DETERMINERS
        if words[at].lower() in ISSUED and issuing:
            return at - 2
    return None


def _manner(word: str) -> bool:
    """An adverb of manner before a verb: `Rubio forcefully said`, `Fiorina routinely calls`."""
    return word[:1].islower() and word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS


def _relative_subject(text: str) -> Phrase | None:
    """`Bannon, whom Ada Brook called`: a relative clause open up to the verb has a subject of
    its own, a name or a pronoun (`the deal Reed made, which he calls`, `Reed, who he said was`:
    whoever `he` is, he is not the name the clause is about)."""
    whose = _WHOSE_NAMED.search(text)
    if whose is not None:  # `the Civic Alliance, whose housing spokeswoman Ada Brook said`
        return Phrase("name", tuple(whose.group(2).split()), tuple(whose.group(1).split()))
    own = _OWN_RELATIVE.search(text)
    if own is None:
        return None
    inner = subject_before(own.group(2))
    first = tokens(own.group(2))[:1]
    if (
        inner is None
        or not first
        or not (first[0][:1].isupper() or first[0] in inner.mention.split())
    ):
        return None  # `who presents The Late Show`: the words after `who` are no subject
    return inner if inner.kind in ("name", "pronoun") else None


def subject_after(text: str) -> Phrase | None:
    """The speaker named right after a speech verb: `said Putin when ...`."""
    words = tokens(text)
    taken: list[str] = []
    for at, word in enumerate(words):
        joins = word in ("and", "&") and at + 1 < len(words) and is_cap(words[at + 1]) and taken
        body = spoken_for(words[at - 1 :]) if word == "for" and taken else None
        if body is not None:  # `said a spokesman for the Harbour Board`
            return replace(body, role=(*taken, "for"))
        if word == "of" and role_of(taken, words[at + 1 : at + 3]):
            named = subject_after(" ".join(words[at + 2 :]))  # `said chief of staff Ada Brook`
            if named is not None and named.kind == "name":
                return replace(named, role=(*taken, "of", words[at + 1], *named.role))
        opener = [w.lower() for w in taken if w.lower() not in DETERMINERS][:1]
        insider = bool(opener) and opener[0] in INSIDERS  # read on past `familiar with`
        familiar = insider and word in ("with", "to") and taken[-1:] in (["familiar"], ["close"])
        if (
            not joins
            and not familiar
            and (not word[:1].isalnum() or word.lower() in _FORWARD_STOPS)
        ):
            break  # (`a person familiar with the talks` goes on)
        if word in SPEECH_VERBS or len(taken) == 8:
            break
        taken.append(word)
    if taken and taken[0].lower() in SUBJECT_PRONOUNS:
        return Phrase("pronoun", (taken[0].lower(),))
    # `said another boy`, `said one of the boys` (unless a name is set off after it)
    phrase = newcomer(words) or (_forward_phrase(taken) if taken else None)
    apposed = _APPOSED.match(text.lstrip())
    modifier = bool(taken) and taken[-1][:1].islower()  # `said Harbour spokeswoman, Lena Holt`
    if apposed and (phrase is None or phrase.kind == "description" or modifier):
        return subject_after(apposed.group(1)) or phrase
    return phrase


def _capital_person(word: str) -> bool:
    """A capitalised word that, after `the`, describes one person instead of naming one: `the
    Bishop`, `the American`, `the Dutchman` (not `the Tories`)."""
    one_person = word not in _PARTIES and (not word.endswith("s") or word == "Swiss")
    return one_person and (word in DEMONYMS or word.lower() in PERSON_NOUNS or word in TITLES)


# Parties among the demonyms: `the Tories` and `Labour` are bodies, not one person.
_PARTIES = frozenset(["Labour", "Tory", "Conservative", "Liberal", "Democratic"])


def _forward_phrase(taken: list[str]) -> Phrase | None:
    """The last capitalised run of `taken` with its role, or a description."""
    if len(taken) == 2 and taken[0].lower() == "the" and _capital_person(taken[1]):
        return Phrase("description", (taken[1],), article="the")  # `said the American`
    caps = [i for i, w in enumerate(taken) if is_cap(w)]
    if caps and not (taken[0].lower() in DETERMINERS and taken[-1][:1].islower()):
        end = caps[-1] + 1
        start = _with_particle(taken, name_run_back(taken, end), end)
        if start < end:
            role = tuple(taken[:start]) if "and" not in taken[:start] else ()  # `Putin and`
            return Phrase("name", tuple(taken[start:end]), role)
    if taken[0].lower() in DETERMINERS and len(taken) > 1:  # `the BBC website`: the BBC
        described = tuple(taken[1:])
        return outlet(described) or Phrase("description", described, article=taken[0])
    return None


def verb_positions(text: str, nouns: bool = True) -> list[tuple[int, int]]:
    """(start, end) offsets of every speech verb in `text`; with `nouns=False`, not of one used
    as a noun (`her comments`), whose owner is no subject."""
    return [
        (m.start(), m.end())
        for m in re.finditer(r"[A-Za-z]+", text)
        if _speech(m, text) and (nouns or not _NOUN_BEFORE.search(text, 0, m.start()))
    ]


def object_noun(before: str) -> bool:
    """Whether a speech word after `before` is a noun in a verb's object, no verb of its own:
    `this could dent Harlow Mills claims that ...` (the claims are dented; nobody speaks)."""
    return bool(_OBJECT_BEFORE.search(before))


def _speech(word: re.Match[str], text: str) -> bool:
    """A speech verb, or `put` in `as Ada Brook put it` (`puts it`)."""
    return word.group() in SPEECH_VERBS or (
        word.group() in ("put", "puts") and text.startswith(" it", word.end())
    )

"""The people (and organisations) of one article: full names, roles, genders and mentions.

Read from the article's own text with quoted words blanked out, since names inside a quote are
talked about, not talking. A capitalised run of two or more words that holds no organisation,
place or event word is a person; a single word is a mention of the person whose first or last
name it is. Each mention records whether it is its clause's subject (`subjects`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from bot.analyse.quotes.first_names import FAMILY_NAMES_FIRST
from bot.analyse.quotes.genders import stated_gender, vote_genders
from bot.analyse.quotes.lexicon import (
    DEMONYMS,
    FIRM_WORDS,
    FIRST_NAMES,
    OWNED_NOUNS,
    Gender,
)
from bot.analyse.quotes.lone_speakers import add_lone_speakers
from bot.analyse.quotes.marks import Place, sentence_bounds
from bot.analyse.quotes.mentions import add_mention
from bot.analyse.quotes.names import INSTITUTIONS, OWNED_BODIES, partisan
from bot.analyse.quotes.people import Cast, Mention, Person
from bot.analyse.quotes.phrases import tokens
from bot.analyse.quotes.roles_at import role_at
from bot.analyse.quotes.run_cleaning import MODIFIER, clean_run
from bot.analyse.quotes.run_kinds import body_word, firm_name, headline, is_org, is_person, the_one
from bot.analyse.quotes.runs import (
    COUNTING_WORDS,
    OpenerCheck,
    first_name_gender,
    name_after_title,
    no_name_word,
    plausible_surname,
    pronoun_gender,
    title_before,
    titled_surname,
)

# The records of `people` are read from here too, with the cast that fills them.
__all__ = ["Cast", "Mention", "Person", "build_cast"]

_CAP = r"(?:(?:[A-Z]\.){1,3}(?= [A-Z])|[A-ZÀ-ÖØ-Þ][\w'\u2019\-]*)"
# A run of capitalised words; a short blank between two is a quoted nickname (`Juan "Chico"
# Manriquez`), blanked with the quotes (`_NICKNAME`).
_RUN = re.compile(
    rf"{_CAP}(?:(?: | {{6,18}})(?:(?:de|da|van|von|der|del|di|le|dos|du|al|bin|&) )?{_CAP})*"
)
_RUN_AND = re.compile(rf"{_RUN.pattern} and {_RUN.pattern}")
_NICKNAME = re.compile(r"(?<=[a-z]) [\u201c\"] {2,14}[\u201d\"] (?=[A-Z])")
# A plural possessive inside a run, and the word after it.
_PLURAL_POSSESSIVE = re.compile(r"s['\u2019] (?=(\S+))")
_ORG_OF = re.compile(rf" (?:of|for) (?:the )?{_CAP}(?: {_CAP})*")  # `Ministry of Defence`
# Titles of courtesy, before a surname only.
HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"])
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")  # `Li's`, `Ennis'`


def _add_org(cast: Cast, words: list[str], text: str, p: int, match: re.Match[str]) -> None:
    """An organisation, under its full name (`Ministry of Defence`) and its first words."""
    tail = _ORG_OF.match(text, match.end())
    org = cast.add(" ".join(words) + (tail.group() if tail else ""), org=True)
    cast.people.setdefault(" ".join(words), org)
    at = Place(p, match.start())
    _own(cast, org, at, text[match.end() :], text[max(0, match.start() - 40) : match.start()])


def _org_words(words: list[str]) -> list[str]:
    """An organisation's run keeps its titles (`Home Office`), loses `The`, a modifier and a
    possessor."""
    while words and (words[0] in ("The", "A", "An") or MODIFIER.search(words[0])):
        words = words[1:]  # `the Urdu-language Daily Qamar`, `Leeds-based Holt Bank`
    for at in range(len(words) - 1, 0, -1):
        if words[at - 1].endswith(("'s", "\u2019s")) and words[at] not in OWNED_BODIES:
            return words[at:]
    if words and words[-1].endswith(("s'", "s\u2019")):  # `Kafue Copper Mines' shaft`
        return [*words[:-1], words[-1][:-1]]
    return words


def _add_repeated_names(
    cast: Cast, runs: Sequence[tuple[int, re.Match[str]]], lower: frozenset[str]
) -> None:
    """A one-word name used twice or more that is nobody's first or last name (`Zorvex`): an
    organisation, so `it said` can find it; or a person, when the sentences it stands in go on
    with `he` or `she` more often than with `it` or `they`. A name an organisation word once
    stood before may also take the `he` or `she` opening the next sentence, when nobody else
    is named near it. A first name alone (`Bob said he`) is a person only on that evidence."""
    parts = cast.name_parts()
    counts = Counter(
        w for _p, m in runs for w in clean_run(m.group().split())[:1] if " " not in m.group()
    )
    runs_of: dict[str, list[re.Match[str]]] = {}
    for _p, match in runs:
        runs_of.setdefault(match.group(), []).append(match)
    for word in (w for w, count in counts.items() if count >= 2):
        org = cast.people.get(word)
        known = word in parts or word in COUNTING_WORDS or (org is not None and not org.org)
        said = runs_of.get(word, [])
        if known or not word[:1].isupper() or no_name_word(word, said, lower):
            continue
        opener = _nobody_else_near(cast, word) if org is not None else None
        gender = pronoun_gender(said, opener) if plausible_surname(word) else None
        if gender is None and word in FIRST_NAMES:
            continue
        if org is None:
            cast.add(word, org=gender is None).gender = gender  # `Ruiz said he`: a man
        elif gender is not None:  # `the campaign Okafor ran. She said`: a woman after all
            org.org, org.gender = False, gender


def _nobody_else_near(cast: Cast, word: str) -> OpenerCheck:
    """Whether no one but `word` who may be a `he` or `she` of that gender is named in the
    sentence of a mention or the one before it: `Ada Brook met staff at Zorvex. Zorvex cut
    jobs. She said` is Ada Brook speaking, not the firm."""

    def nobody_else(match: re.Match[str], gender: Gender) -> bool:
        bounds = sentence_bounds(match.string) or ((0, len(match.string)),)
        at = max([i for i, (begin, _end) in enumerate(bounds) if begin <= match.start()] or [0])
        near = set(tokens(match.string[bounds[max(at - 1, 0)][0] : bounds[at][1]]))
        return not any(
            part in near and part != word
            for person in cast.people.values()
            if not person.org and person.gender in (gender, None)
            for part in person.name.split()
        )

    return nobody_else


def build_cast(texts: Sequence[str]) -> Cast:
    """The cast of an article from its (quote-blanked) paragraph texts."""
    cast = Cast()
    texts = [_NICKNAME.sub(lambda gap: " " * len(gap.group()), text) for text in texts]
    cast.sites = frozenset(_sites(texts))
    runs = [(p, m) for p, text in enumerate(texts) for m in _runs(text)]
    runs = [(p, m) for p, m in runs if not headline(m.group().split())]
    for p, match in runs:
        _add_run(cast, texts[p], p, match)
    _merge_short_names(cast, _honoured(runs))
    lower = frozenset(w for text in texts for w in re.findall(r"\b[a-z]+\b", text))
    _add_repeated_names(cast, runs, lower)
    add_lone_speakers(cast, runs, lower)
    _merge_firm_short_names(cast)
    _merge_acronyms(cast, texts)
    starts = [[begin for begin, _end in sentence_bounds(text)] or [0] for text in texts]
    for p, match in runs:
        add_mention(cast, texts[p], (p, starts[p]), match, texts[p - 1] if p else "")
    vote_genders(cast, texts)
    return cast


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The capitalised runs of `text`, cut after a plural possessive that no first name follows:
    `Lord Ennis' Harbour Dues Bill` names Lord Ennis (`Channel News' Ada Brook` stays
    one run, whose first words are her role); two runs joined by `and` are one body's name when
    the second ends in an institution's noun or a firm's (`Immigration and Customs
    Enforcement`, `Redrock Oil and Gas`)."""
    skip = -1
    for match in _RUN.finditer(text):
        if match.start() < skip:
            continue  # the second half of a body's name read with its first
        joined = _RUN_AND.match(text, match.start())
        if joined is not None and joined.group().split()[-1] in INSTITUTIONS | FIRM_WORDS:
            skip = joined.end()
            match = joined
        cut = _PLURAL_POSSESSIVE.search(match.group())
        if cut is None or cut.group(1) in FIRST_NAMES or _ends_body(match.group(), cut.end()):
            yield match  # `Zambia Underground Workers' Union` is one body
            continue
        yield from _RUN.finditer(text, match.start(), match.start() + cut.end() - 1)
        yield from _RUN.finditer(text, match.start() + cut.end(), match.end())


def _sites(texts: Sequence[str]) -> Iterator[str]:
    """The names of sites an owner runs, as written after the owner: `Chingola West` of `Kafue
    Copper Mines' Chingola West shaft`."""
    for text in texts:
        for found in _OWNED_SITE.finditer(text):
            if _FACILITY_AFTER.match(text, found.end("site")):
                yield found.group("site")


def _ends_body(run: str, after: int) -> bool:
    """Whether the words of `run` after a plural possessive are a body's last noun alone
    (`Workers' Union`, `Pilots' Federation`): one name, not an owner and its thing."""
    rest = run[after:].split()
    return len(rest) == 1 and rest[0].lower() in _MEMBERS_BODIES


# Bodies named after their members: `the Farmers' Union`, `the Pilots' Federation`.
_MEMBERS_BODIES = frozenset(
    (  # noqa: SIM905
        "union federation association council party league alliance forum society club guild "
        "fund trust network coalition congress assembly"
    ).split()
)


def _add_run(cast: Cast, text: str, p: int, match: re.Match[str]) -> None:
    """The person or organisation one capitalised run names, if any."""
    raw = match.group().split()
    words = clean_run(raw)
    before = text[max(0, match.start() - 80) : match.start()]
    lead = raw[: raw.index(words[0])] if words and words[0] in raw else []
    titled = " ".join([before, *lead])  # `Judge Okafor`: the title inside the run
    if _tail_of_org(cast, raw, before):
        return  # `National Statistics` of `the Office for National Statistics`: no one new
    if _FACILITY_AFTER.match(text, match.end()) and (
        _OWNED_BEFORE.search(before) or " ".join(raw) in cast.sites
    ):
        return  # `Kafue Copper Mines' Chingola West shaft`: a site the owner runs, no one new
    if partisan(words):  # `a New Hampshire Democrat`: someone unnamed, `Ohio Republicans` a body
        cast.add(" ".join(words), org=words[-1].endswith("s"))
    elif is_person(words, before):
        _learn(cast.add(" ".join(words)), words, text, match)
    elif titled_surname(words, titled):
        person = cast.add(words[0])
        person.gender = person.gender or stated_gender(title_before(titled) or "", None)
    elif (split := name_after_title(words)) is not None:
        person = cast.add(" ".join(split[1]))
        _learn(person, split[1], text, match)
        person.role = person.role or " ".join(split[0])
    elif words and is_org(words, before) and not _surname_of_someone(cast, words):
        if named := _org_words(raw):
            _add_org(cast, named, text, p, match)
    elif the_one(raw, words, before, text[match.end() : match.end() + 20]):
        _add_org(cast, words, text, p, match)


def _tail_of_org(cast: Cast, raw: list[str], before: str) -> bool:
    """True for a whole run after `for` or `of` that ends an organisation's name already in
    the cast, with no first name in it: `Fiscal Studies` of `Institute for Fiscal Studies`
    (not `Police Chief John DiFava` after `Institute of Technology`)."""
    if not raw or not _AFTER_ORG_WORD.search(before) or any(w in FIRST_NAMES for w in raw):
        return False
    tails = {f" {joint} {' '.join(raw)}" for joint in ("for", "of", "for the", "of the")}
    return any(p.org and n.endswith(tuple(tails)) for n, p in cast.people.items())


# An owner right before a name (`Kafue Copper Mines' `, `Acme's `), and a site's noun right after
# it (` shaft`, ` plant`): the name is a site's, and so it stays (`the Chingola West shaft`).
_OWNED_BEFORE = re.compile(r"[A-Za-z]['\u2019]s?\s+$")
_OWNED_SITE = re.compile(
    r"[A-Za-z]['\u2019]s?\s+(?P<site>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})(?=\s+[a-z])"
)
_FACILITY_AFTER = re.compile(
    r"\s+(?:shaft|mine|plant|factory|refinery|smelter|site|field|oilfield|project|terminal|depot|"
    r"works|facility|mill|warehouse|yard|store|branch|hotel|resort|brand|unit|division|arm)\b"
)
_AFTER_ORG_WORD = re.compile(r"[A-Z][\w&'\u2019-]*\s+(?:for|of)\s+(?:the\s+)?$")


def _surname_of_someone(cast: Cast, words: list[str]) -> bool:
    """`Guardian said`, after `Mayor Ida Guardian`: the mayor, not a newspaper."""
    return len(words) == 1 and any(
        not p.org and n.split()[-1] == words[0] for n, p in cast.people.items()
    )


def _own(cast: Cast, org: Person, at: Place, after: str, before: str) -> None:
    """`a World Bank report`, `a report by the World Bank`, `the World Bank said in a report`:
    later, `the report said` is the World Bank speaking. An article may quote many statements,
    so only one named right before its body (`a World Bank statement`) is the body's."""
    following = tokens(after[:30])[:1]
    if following and following[0] in OWNED_NOUNS:
        cast.own(following[0], at, org.name)
    elif issued := _ISSUED_BY.search(before) or _ISSUED_IN.match(after):
        cast.own(issued.group("noun") or issued.group("speaker"), at, org.name)


# `a report by the`, `says a report from analysts`, `a spokesman for the`: the body named next
# issued it, or speaks through them.
_ISSUED_BY = re.compile(
    r"\b(?:(?P<noun>report|study)\s+(?:from|by)|(?P<speaker>spokesman|spokeswoman|spokesperson)"
    r"\s+for)\s+(?:the\s+|analysts\s+|researchers\s+)?$"
)
# `Oxfam says in a report`, `An IMF mission made the comments in a report`: the body's report.
_ISSUED_IN = re.compile(
    r"[^.;:\"\u201c\u201d]{0,50}?\bin\s+(?:a|an|its|their|the)\s+(?:new\s+|latest\s+|annual\s+)?"
    r"(?P<noun>report|study)\b"
)


def _merge_short_names(cast: Cast, honoured: set[str]) -> None:
    """`Vane Tempest` (after `Mr`) is the `Ivo Vane Tempest` named earlier, and `Choi` (after
    `Mr`) the `Choi Jiwoo` whose family name comes first; `Mr Dale` is no `Dale Winton`. The
    title of the short name tells the gender of a full one whose first name does not
    (`Ms Sturgeon`)."""
    names = sorted((n for n, p in cast.people.items() if not p.org), key=len, reverse=True)
    for short in names:
        fulls = [full for full in names if len(full) > len(short) and full.endswith(" " + short)]
        if not fulls and short in honoured:
            opened = [full for full in names if _family_name_first(short, full)]
            fulls = opened if len(opened) == 1 else []  # one family name first, no other
        if " " not in short and len({cast.people[f].name for f in fulls}) > 1:
            del cast.people[short]  # `Judge Clinton`, two Clintons: the mentions decide
        elif fulls:
            full = cast.people[fulls[0]]
            if first_name_gender(full.name, full.first) is None:  # not `Mrs Howard`: Michael's
                full.gender = full.gender or cast.people[short].gender  # `Ms Sturgeon`: a woman
            cast.people[short] = full


def _merge_firm_short_names(cast: Cast) -> None:
    """`Cairn` is the `Cairn Energy` named before it, `Nortel` the `Nortel Networks`: a company
    goes by its name without its trade (not a place's or a people's: `British Telecom`)."""
    for person in list(cast.people.values()):
        words = person.name.split()
        short = " ".join(words[:-1])
        if not (person.org and firm_name(words)):
            continue
        if not any(body_word(w) or w in DEMONYMS for w in words[:-1]):
            cast.people[short] = person


# A body's name with the acronym it goes by in brackets: `the Irish Airline Pilots' Federation
# (IAPF)`.
_DEFINED_ACRONYM = re.compile(r"\s\((?P<acronym>[A-Z]{2,7})\)")
_NAME_REACH = 120  # characters back from the bracket
_NAME_WORD = re.compile(r"[\w'\u2019&.-]+")
_ACRONYM_REACH = 9  # words back from the bracket


def _merge_acronyms(cast: Cast, texts: Sequence[str]) -> None:
    """An acronym the article defines after a body's name is that body: `IAPF` speaks as the
    `Irish Airline Pilots' Federation`, and a reader is shown the name in full."""
    for text in texts:
        for found in _DEFINED_ACRONYM.finditer(text):
            acronym = found.group("acronym")
            before = text[max(0, found.start() - _NAME_REACH) : found.start()].rsplit(")", 1)[-1]
            full = _spelled_out(_NAME_WORD.findall(before), acronym)
            named = cast.people.get(acronym)
            if not full or named is None or not named.org:
                continue  # an acronym no one speaks as stays out of the cast
            body = cast.people.get(full) or cast.add(full, org=True)
            if body.org:
                cast.people[acronym] = body
                body.role = body.role or acronym  # shown and searched: `/quotes IMF`


def _spelled_out(words: list[str], acronym: str) -> str:
    """The longest run of words ending `words` whose capitals spell `acronym` (`Unión de
    Conductores de Colectivos` for `UCC`), else ""."""
    for start in range(max(0, len(words) - _ACRONYM_REACH), len(words)):
        run = words[start:]
        capitals = "".join(w[0] for w in run if w[0].isupper())
        if run[0][0].isupper() and capitals == acronym:
            return " ".join(run).rstrip("'\u2019")  # `Incomes Data Services' (IDS)`
    return ""


def _family_name_first(family: str, full: str) -> bool:
    """Whether `full` is written family name first and `family` is that name: `Choi Jiwoo`,
    `Lee Jae-sung`, but not `Lee Harper`."""
    given = full.split()[1:]
    if not full.startswith(family + " ") or family not in FAMILY_NAMES_FIRST:
        return False
    return family != "Lee" or len(given) > 1 or "-" in given[0]


def _honoured(runs: Sequence[tuple[int, re.Match[str]]]) -> set[str]:
    """The one-word names written after an honorific somewhere: `Mr Choi`, `Dr. Li's`."""
    found = set()
    for _p, match in runs:
        before = match.string[max(0, match.start() - 6) : match.start()].split()[-1:]
        words = [*(w.rstrip(".") for w in before), *match.group().split()][-2:]
        if len(words) == 2 and words[0] in HONORIFICS:
            found.add(_POSSESSIVE_END.sub("", words[1]))
    return found


def _learn(person: Person, words: list[str], text: str, match: re.Match[str]) -> None:
    """Role and gender from the words around a full name."""
    if person.role is None:
        person.role = role_at(text, match, words)
    if person.gender is None:
        person.gender = stated_gender(match.group().split()[0], person.role)
    person.first = words[0]

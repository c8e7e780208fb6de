"""Who said a quote: an attribution's phrase resolved to one canonical person per article.

Pronouns go to the person in focus (`focus`): the most recent person who opened a clause or was
last given a quote, when their gender agrees (`he` never goes to a woman the article calls
`she`). `It` goes to the statement or body speaking. Role nouns (`the president`,
`the Russian leader`) go to the person whose appositive role holds that noun or its modifier.
When the quote's sentence names nobody, `extraction` falls back on the previous
sentence, the speaker of the quote just before, the next sentence, and the person in focus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analyse.quotes.cast import Cast, Mention, Person
from bot.analyse.quotes.first_names import FIRST_NAMES
from bot.analyse.quotes.focus import Focus
from bot.analyse.quotes.lexicon import (
    BODY_WORDS,
    DETERMINERS,
    DOCUMENTS,
    FOLLOWED_BODIES,
    INSIDERS,
    NEWCOMER_ARTICLES,
    NON_PERSON_WORDS,
    ORG_NOUNS,
    OWNED_NOUNS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    SOURCE_DOCUMENTS,
    TRADING_BODIES,
)
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.names import without_possessives
from bot.analyse.quotes.phrases import (
    Phrase,
    possessor,
)
from bot.analyse.quotes.role_nouns import (
    BODY_NOUNS,
    CAMPAIGNS,
    CANDIDACY,
    FUNCTIONARIES,
    OWNING_PRONOUNS,
    POSTS,
    QUALIFIERS,
    SPOKES,
    holds_other_post,
    noun_gender,
    person_noun,
    plural_person_noun,
    role_noun,
    role_words,
    title_gender,
)
from bot.analyse.quotes.run_kinds import firm_name


@dataclass(frozen=True, slots=True)
class _Description:
    """A description's words (possessives dropped), its head noun lower-cased, the words
    before the head, the capitalised ones among them, and its qualifiers (`former`)."""

    words: list[str]
    head: str
    mods: list[str]
    named: list[str]
    qualifiers: frozenset[str]


# Things that speak as themselves when no one is named with them: `the study said`, `critics
# argue`, `the industry says`.
_SOURCES = frozenset(
    (  # noqa: SIM905
        "critic industry panel press media study research paper book lawsuit website think-tank "
        "tank newspaper survey poll report analysis review inquiry documentary"
    ).split()
)
_SOURCE_WORDS = 5
# Capitals that name no body: measures, posts, times.
_NO_BODIES = frozenset(
    "GDP GNP CPI VAT CEO CFO IPO AGM EPS FDI GMT BST UTC HIV AIDS DNA".split()  # noqa: SIM905
)
# Words that describe a person, never a business: `the veteran game maker`.
_PERSON_CUES = frozenset(
    ["veteran", "former", "young", "elderly", "retired", "late", "legendary", "ageing", "teenage"]
)
# People an article brings in by what they are to the story: `a fan said`, `a witness told`.
_NEWCOMERS = frozenset(["fan", "witness", "neighbour", "neighbor", "friend", "relative", "source"])
# A body that speaks for the person who holds it: `her office said`, `the mayor's office`.
_OFFICES = frozenset(["office"])
# Who runs an event, speaking for the one in focus: `the organisers said` (Glen Torran Festival).
_ORGANISERS = frozenset(["organisers", "organizers"])
# Plural bodies that speak together for the two companies a story is about: `the companies said`.
_JOINT_BODIES = frozenset(["companies", "firms", "carmakers", "banks", "airlines"])
# A family, which speaks for its member: `the victim's family said`, `her family said`.
_FAMILIES = frozenset(["family", "families", "team"])


class Resolver(Focus):
    """Turns phrases into people of one article, remembering who spoke last."""

    def __init__(self, cast: Cast) -> None:
        super().__init__(cast)
        self.statement_of: Person | None = None  # whose statement the last quote came from

    def record(self, person: Person, at: Place) -> None:
        """Note that `person` was given the quote at `at`: they hold the focus now."""
        self.spoken.append(Mention(at, person.name, True))
        if person is not self.statement_of:
            self.statement_of = None

    def resolve(self, phrase: Phrase, at: Place) -> Person | None:
        """The person a phrase stands for at point `at`, or None when it cannot be told."""
        if phrase.kind == "name":
            if phrase.words == ("One",) and (group := self._group_before(at)):
                return self.cast.add(f"one of the {group}")  # "Two students ... One told"
            return self._named(phrase)
        if phrase.kind == "pronoun":
            gender = PRONOUN_GENDER.get(phrase.words[0])
            if gender:
                return self.focus(at, gender)
            they = phrase.words[0].lower() == "they"  # `they say`: analysts, too
            return self.statement_of or self.last_org(at, groups=they)  # `It added`: the statement
        return self._described(phrase, at)

    def _group_before(self, at: Place) -> str:
        """The people last counted before `at` in its paragraph or the one before (`Two
        students were hurt`: `students`), whom a lone `One` opening a sentence is one of."""
        for paragraph in range(at.paragraph, max(at.paragraph - 2, -1), -1):
            if paragraph >= len(self.texts):
                continue
            text = self.texts[paragraph]
            end = at.offset if paragraph == at.paragraph else len(text)
            counted = _COUNTED_PEOPLE.finditer(text, 0, end)
            words = [w for m in counted for w in m.group("second", "first")]
            groups = [w for w in words if w and (plural_person_noun(w) or w in _MORE_PEOPLE)]
            if groups:
                return groups[-1]
        return ""

    def unnamed_source(self, phrase: Phrase) -> Person | None:
        """A source of reported speech the article never names, kept under its description
        when that names people, a body or a paper (`critics`, `the shadow chancellor`, `an
        influential survey`, `the Paris-based think tank`); None for a description of what no
        one is (`a minimum`) or of a body that should have been found (`the group`)."""
        words = [w for w in without_possessives(phrase.words) if w[:1].isalnum()]
        if phrase.kind != "description" or not words:
            return None
        if len(words) > _SOURCE_WORDS:
            return None
        head = words[-1].lower()
        single = head.removesuffix("s")
        newcomer = phrase.article.lower() in NEWCOMER_ARTICLES
        new_person = newcomer and (person_noun(head) or role_noun(head) or head in _NEWCOMERS)
        body = {head, single} & (BODY_WORDS | _SOURCES) and single not in FOLLOWED_BODIES
        if not (new_person or plural_person_noun(head) or body or head in INSIDERS):
            return None  # `the comedian` no one was found for may well be someone named
        return self.cast.add(" ".join(words), org=not person_noun(head))

    def _named(self, phrase: Phrase) -> Person:
        words = without_possessives(phrase.words)
        person = self.cast.find(words, title_gender(phrase.role))
        if person is None:
            org = any(w in NON_PERSON_WORDS or w.isupper() or w == "&" for w in words)
            org = org or any(w.lower() in ORG_NOUNS for w in phrase.role)
            org = org or (len(words) == 1 and plural_person_noun(words[0].lower()))  # `Critics`
            person = self.cast.add(" ".join(words), org=org)
        elif phrase.role[-1:] and phrase.role[-1].lower() in BODY_WORDS and person.gender is None:
            person.org = True  # `its management company, Rift Elite Sports`: a body after all
        role = [w for w in phrase.role if w.lower() not in DETERMINERS]
        agent = self._agent_of(person, role)
        if agent is not None:
            return agent
        if role[-1:] == ["for"]:  # `spokesman for Harrow Council`: a Harrow Council spokesman
            role = [*words, *role[:-1]]
        if person.role is None and any(w[:1].islower() for w in role):
            person.role = " ".join(role)
        return person

    def _agent_of(self, person: Person, role: list[str]) -> Person | None:
        """A spokesman for a person is someone else: `a spokesman for Lena Holt` speaks as
        Lena Holt's spokesman (a body's spokesman speaks for the body, which is kept)."""
        if len(role) < 2 or role[-1] != "for" or role[-2].lower() not in SPOKES:
            return None
        if person.org or person.name.split()[0] not in FIRST_NAMES or " " not in person.name:
            return None
        head = role[-2].lower()
        agent = self.cast.add(f"{person.name}'s {head}")
        agent.role = agent.role or head
        return agent

    def _described(self, phrase: Phrase, at: Place) -> Person | None:
        """The person or body a description stands for: what a statement or spokesman speaks
        for, a campaign's candidate, an owner's `lawyer`, else the holder of the role named."""
        if _insider(phrase.words):  # `a person familiar with the talks`: one of their own
            return self.cast.add(" ".join(phrase.words))
        words = without_possessives(phrase.words)
        head, mods = words[-1].lower(), words[:-1]
        named = [w for w in mods if w[:1].isupper()]
        owning = OWNING_PRONOUNS.get(phrase.article.lower(), "")
        if head in SPOKES and owning in PRONOUN_GENDER and not mods:  # `her statement`
            return self.resolve(Phrase("pronoun", (owning,)), at)
        spoken_by = mods if head in _SPOKESPEOPLE else []  # `the foreign minister's spokeswoman`
        if head in SPOKES:
            spoken_for = self._spoken_for(head, mods, named, at)
            if spoken_for is None and not mods and phrase.article.lower() in {"a", "an"}:
                spoken_for = self._bare_spokesman(head, at)
            if spoken_for is not None:
                return spoken_for
            if mods:  # `the council's ruling`: the council
                head, mods = mods[-1].lower(), mods[:-1]
        counted = {m.lower() for m in mods} <= {"two", "both"}  # not `the tobacco companies`
        if head in _ORGANISERS and not named and (event := self.event_in_focus(at)) is not None:
            return self.cast.add(f"{event.name} {head}", org=True)  # `the organisers said`
        if head in _JOINT_BODIES and counted and (joint := self.joint_bodies(at)):
            self.cast.own("statement", at, joint.name)  # and later `the statement said`
            return joint  # `the companies said in a joint statement`: both speak
        if head in _OFFICES and (holder := self._office_holder(phrase, words, owning, at)):
            return self.cast.add(f"{holder.name}'s {head}", org=True)  # `her office said`
        if head in _FAMILIES and (head != "team" or owning in PRONOUN_GENDER or named):
            return self._family(head, named, owning, at)
        documents = head in DOCUMENTS or head in SOURCE_DOCUMENTS  # `city estimates`
        if documents and not named and not phrase.article:  # `," court records said`
            issuer = self._issuer(mods, at)  # `central bank data`: the central bank's
            return issuer or self.cast.add(" ".join(words), org=True)
        if head in CAMPAIGNS:  # `the Brook campaign`, `her campaign`: the candidate speaks
            return self.cast.find(named) if named else self._candidate(owning, words, at)
        owner = self.cast.find(named) if named and possessor(phrase.words[0]) else None
        if owner is None and owning in PRONOUN_GENDER and not mods and head not in POSTS:
            owner = self._owner_of(owning, at)  # `his lawyer`: whose
        qualifiers = frozenset({m.lower() for m in mods} & QUALIFIERS)
        if owner is not None and not owner.org and person_noun(head):  # `Sigarchi's lawyer`
            return self.owned_role_holder(owner, head, at, set(qualifiers)) or self.cast.add(
                f"{owner.name}'s {head}"
            )
        described = _Description(words, head, mods, named, qualifiers)
        found = self._role_described(described, phrase, at)
        if found is None and spoken_by and person_noun(head):
            return self.cast.add(" ".join(spoken_by))  # the minister no one held before speaks
        return found

    def _owner_of(self, owning: str, at: Place) -> Person | None:
        """Whom `her` of `her promoter` stands for: the owner may well be named in the words
        reported (`Maya Castellanos sold a million tickets, her promoter said`), though the
        speaker is not."""
        quoted, self.quoted = self.quoted, frozenset()
        try:
            return self.resolve(Phrase("pronoun", (owning,)), at)
        finally:
            self.quoted = quoted

    def _issuer(self, mods: list[str], at: Place) -> Person | None:
        """The body that issued papers named by it (`central bank data`, `ministry figures`),
        when the article named that body."""
        if not mods or mods[-1].lower() not in BODY_WORDS:
            return None
        return self.org_named(mods[-1].lower(), at, in_focus=False)

    def _family(self, head: str, named: list[str], owning: str, at: Place) -> Person:
        """Whose family (or team) speaks: `her family` (the `she` in focus), `the Brook family`,
        `Ada Brook's team`; one the article does not tie to anyone is a body of its own. The
        family never speaks as its member (the dead, the accused), nor the team as its head."""
        holder = None
        if owning in PRONOUN_GENDER:
            holder = self.resolve(Phrase("pronoun", (owning,)), at)
        elif named:
            holder = self.cast.find(named)
        if holder is not None and not holder.org:
            kind = "family" if head == "families" else head
            return self.cast.add(f"{holder.name}'s {kind}", org=True)
        return self.cast.add(" ".join([*named, head]), org=True)

    def _office_holder(
        self, phrase: Phrase, words: list[str], owning: str, at: Place
    ) -> Person | None:
        """The person whose office speaks: `her office` (the `she` in focus), `Ada Brook's
        office`, `the minister's office` (the minister's holder); None when no person is meant."""
        if owning in PRONOUN_GENDER and len(words) == 1:
            holder = self.resolve(Phrase("pronoun", (owning,)), at)
        elif len(phrase.words) > 1 and possessor(phrase.words[-2]):
            owner = Phrase("description", tuple(words[:-1]), article="the")
            named = [w for w in words[:-1] if w[:1].isupper()]
            holder = self.cast.find(named) if named else self.resolve(owner, at)
            role = (holder.role or "").lower() if holder is not None and not named else ""
            if not named and words[-2].lower() not in role:
                return None  # `the sheriff's office`: only someone called the sheriff holds it
        else:
            return None
        return holder if holder is not None and not holder.org else None

    def _role_described(self, said: _Description, phrase: Phrase, at: Place) -> Person | None:
        """The holder of the role a description names (`the senator`, `the Ohio Republican`), a
        newcomer the article brings in (`a young woman`), a group, or the body it names."""
        head, words = said.head, said.words
        marked, holder = self._holders(said, at)
        new = phrase.article.lower() in NEWCOMER_ARTICLES and role_noun(head)  # `a young woman`
        if new and holder is not None and self._holds_all(holder, said.mods, at):
            new = False  # `a longtime organiser`, as someone was described before
        if new or (holder is None and head in FUNCTIONARIES | SPOKES):
            return self.cast.add(" ".join(words), org=not person_noun(head))  # `statement`: no one
        if holder is None and plural_person_noun(head):  # `distributors`
            return self.cast.add(" ".join(words), org=True)
        if person_noun(head) and marked and self._holds_all(marked, said.mods, at):
            return marked  # the holder of the very role named wins over a newer face
        spoken_for = phrase.role[-1:] == ("for",)  # `a spokeswoman for the operator`: a body
        if head in TRADING_BODIES and not set(m.lower() for m in said.mods) & _PERSON_CUES:
            firm = self.org_named(head, at)  # `the retailer`: the company in focus, if any
            if firm is not None:
                return firm
        if person_noun(head) and not spoken_for:
            focused = self.focus(at, noun_gender(words))
            if focused is not None and head in POSTS:  # roles are read only for a post
                written = self.roles_written(at).get(focused.name, set())
                if holds_other_post(focused, head, written):
                    focused = None  # `the defendant` is not the prosecutor just named
            found = self._nearer(holder, focused, at)
            if found is None and head in POSTS and words[-1].lower() == head:
                return self.cast.add(" ".join(words))  # `the defendant`, whom no one named is
            if found is not None or head not in TRADING_BODIES:
                return found  # `the veteran game maker`: a person, if one is in focus
        body = head in BODY_WORDS and head not in SPOKES | _LED_BY_PEOPLE
        if holder is not None and not (body and not holder.org):
            return holder  # never a person for a body: `the council` is no `Council leader`
        if head in BODY_WORDS:
            spokes = words[-1].lower() in SPOKES
            unnamed = " ".join(words) if spokes else _body_name(phrase.words, head)
            if self._new_body(said, at):  # `the weather agency`: a body new to the article
                return self.org_named(head, at, in_focus=False) or self.cast.add(
                    " ".join(phrase.words),
                    org=True,  # `country's anti-doping authority`
                )
            return self.org_named(head, at) or self.cast.add(unnamed, org=True)  # `party spokesman`
        return None

    def _new_body(self, said: _Description, at: Place) -> bool:
        """Whether a public body described by its field (`the weather agency`, `the national
        telecoms regulator`) is new to the article, not the company or another kind of body in
        focus (`the aid agency` after a named federation is that federation). A body named by
        whose members it is (`the farmers' union`) is new whatever its noun."""
        if any(m[:1].islower() and m.endswith(("'", "\u2019")) for m in said.mods):
            return True
        described = not said.named and any(m[:1].islower() for m in said.mods)
        if said.head not in BODY_NOUNS or not described:
            return False
        focused = self.last_org(at)
        body = focused is not None and (
            any(w.lower() in BODY_WORDS for w in focused.name.split())
            or (focused.name.isupper() and focused.name not in _NO_BODIES)  # `MPAA`, not `GDP`
        )
        if focused is None or firm_name(focused.name.split()) or not body:
            return True  # (nor `AP` of a dateline nor `GDP` is a weather agency)
        kind = focused.name.split()[-1].lower()  # `the regulator` before: another body
        return kind in BODY_NOUNS and kind != said.head

    def _holders(self, said: _Description, at: Place) -> tuple[Person | None, Person | None]:
        """The holder of the role with the party or state the description names, and the
        holder to go by: that one, else (for one person, not `US officials`) the holder of a
        role the description's capitalised words name."""
        head, qualifiers = said.head, set(said.qualifiers)
        marked = self.marked_holder(
            {head, *ROLE_SYNONYMS.get(head, ())}, said.named, at, qualifiers
        )
        group = plural_person_noun(head)  # `US officials`: not one person
        if marked is not None or group:
            return marked, marked
        named = {m.lower() for m in said.named}
        return marked, self.role_holder(named, at, qualifiers, written=False)

    def _candidate(self, owning: str, words: list[str], at: Place) -> Person | None:
        """Whose campaign `the campaign` is: the latest person named as a candidate, of the
        owning pronoun's gender (`her campaign`); else the person in focus of that gender; a
        campaign of no candidate the article names is a body of its own."""
        gender = PRONOUN_GENDER.get(owning)
        holder = self.role_holder(set(CANDIDACY), at, gender=gender)
        if holder is not None or gender is None:
            return holder or self.cast.add(" ".join(words), org=True)
        return self.focus(at, gender)

    def _spoken_for(self, head: str, mods: list[str], named: list[str], at: Place) -> Person | None:
        """Whom a spokesman or a statement speaks for: `a Sony spokesman`, `the report`."""
        if named:  # `a Sony spokesman`, `Mr Crosby's statement`
            speaker = self.cast.find(named) or self.cast.add(" ".join(named), org=True)
            self.statement_of = speaker
            if head in OWNED_NOUNS and speaker.org:
                self.cast.own(head, at, speaker.name)  # "a Varley poll": later, `the poll`
            return speaker
        return None if mods else self.cast.owner(head, at)  # `the report`: the World Bank's

    def _bare_spokesman(self, head: str, at: Place) -> Person | None:
        """The body `a spokesman` with no body named speaks for: the one that just spoke or
        opened a clause (`The Vestey Group said ... But a spokesman added`)."""
        return self.speaking_body(at) if head in _SPOKESPEOPLE else None

    def _holds_all(self, person: Person, mods: list[str], at: Place) -> bool:
        """Whether the person's role holds every word the description adds to its noun (`the
        two-time champion` is not surely the four-time one)."""
        role = role_words(person.role or "") | self.roles_written(at).get(person.name, set())
        return all(m.lower() in role for m in mods)

    def _nearer(self, holder: Person | None, focus: Person | None, at: Place) -> Person | None:
        """The role holder, unless a person with no role of their own (none stated at any of
        their mentions either) has the focus since."""
        if holder is None or focus is None or focus is holder or focus.role is not None:
            return holder or focus
        if any(person_noun(w) for w in self.roles_written(at).get(focus.name, ())):
            return holder
        return focus if self.latest_mention(focus, at) > self.latest_mention(holder, at) else holder


# People counted: `Two students`, `three local men`, `Some former employees`.
_COUNTED_PEOPLE = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|"
    r"[Ss]ome|[Mm]any|[Dd]ozens of|[Hh]undreds of|\d[\d,]*)"
    r"\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?"
)
# Plurals for people that `plural_person_noun` does not know by their ending.
_MORE_PEOPLE = frozenset([
    "employees", "fans", "relatives", "friends", "neighbours", "neighbors", "witnesses",
    "survivors", "parents", "children", "colleagues", "pupils", "refugees", "detainees", "people",
])  # fmt: skip
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _body_name(words: tuple[str, ...], head: str) -> str:
    """The name of a body the article gives no name of its own: from the first capitalised word
    of its description (`the Kremlin press office` is `Kremlin press office`, not `Office`; a
    possessive keeps only its owner, `Libya's newly formed government` is `Libya's government`),
    or an unnamed owner's (`the sheriff's office`), else its noun (`the provincial government` is
    `Government`)."""
    first = next((i for i, w in enumerate(words[:-1]) if w[:1].isupper()), None)
    if first is None and len(words) > 1 and possessor(words[-2]):
        return f"{words[-2]} {head}"  # `the sheriff's office`, whoever the sheriff is
    if first is None:  # `the weather office`: its field says which; `provincial`: no name
        fields = [w for w in words[:-1] if _field_noun(w)]
        return " ".join([*fields, head]) if fields else head.capitalize()
    if possessor(words[first]):  # `Nigeria's health ministry`
        fields = [w for w in words[first + 1 : -1] if _field_noun(w)]
        return " ".join([words[first], *fields, head])
    return " ".join((*words[first:-1], head))


def _field_noun(word: str) -> bool:
    """A lower-case word naming a body's field (`health`, `weather`, `electoral`, `human`), not
    one that only describes it (`newly`, `formed`, `provincial`, `national`, `new`)."""
    describing = word.endswith(("ly", "ed", "ing", "est")) or word in _DESCRIBING_WORDS
    return word.islower() and word.isalpha() and not describing


_DESCRIBING_WORDS = frozenset(
    (  # noqa: SIM905
        "new old former interim provisional current main local state federal top key chief "
        "senior junior joint own other provincial regional national municipal "
        "international foreign domestic independent official public private"
    ).split()
)


# Bodies of people whose named leader may speak as them (`the team says`: its leader, named
# before); any other body noun is never a person (`the council` is no `Council leader`).
_LED_BY_PEOPLE = frozenset(["team", "group", "band"])


def _insider(words: tuple[str, ...]) -> bool:
    """An insider no one names: `a person familiar with the talks`, `sources close to the club`."""
    return len(words) > 1 and words[0].lower() in INSIDERS and words[1] in ("familiar", "close")

"""Who said a quote: an attribution's phrase resolved to one canonical person per article.

Pronouns go to the most recent person who opened a clause or was last given a quote, when their
gender agrees (`he` never goes to a woman the article calls `she`); a bare mention in the middle
of a clause (`mentioned Simón Bolívar`) does not take the focus. Role nouns (`the president`,
`the Russian leader`) go to the person whose appositive role holds that noun or its modifier.
When the quote's sentence names nobody, `extraction` falls back on the previous
sentence, the speaker of the quote just before, the next sentence, and the person in focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.analyse.quotes.cast import Cast, Mention, Person
from bot.analyse.quotes.clues import mention_roles, qualifies_noun
from bot.analyse.quotes.first_names import FIRST_NAMES
from bot.analyse.quotes.holders import Holders
from bot.analyse.quotes.lexicon import (
    DETERMINERS,
    NEWCOMER_ARTICLES,
    NON_PERSON_WORDS,
    ORG_NOUNS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    Gender,
)
from bot.analyse.quotes.marks import Place, sentence_bounds
from bot.analyse.quotes.phrases import (
    Phrase,
    possessor,
)
from bot.analyse.quotes.role_nouns import (
    CAMPAIGNS,
    CANDIDACY,
    FUNCTIONARIES,
    OWNING_PRONOUNS,
    QUALIFIERS,
    SPOKES,
    noun_gender,
    person_noun,
    role_noun,
    role_words,
    title_gender,
)
from bot.analyse.quotes.subjects import opens_sentence

# How many paragraphs back the article's main voice still holds the floor against a newer subject.
MAIN_VOICE_REACH = 2


@dataclass(frozen=True, slots=True)
class _Description:
    """A description's words (possessives dropped), its head noun lower-cased, the words
    before the head, the capitalised ones among them, and its qualifiers (`former`)."""

    words: list[str]
    head: str
    mods: list[str]
    named: list[str]
    qualifiers: frozenset[str]


class Resolver(Holders):
    """Turns phrases into people of one article, remembering who spoke last."""

    def __init__(self, cast: Cast) -> None:
        super().__init__(cast)
        self.quoted: frozenset[str] = frozenset()  # capitalised words of the quote at hand
        self.statement_of: Person | None = None  # whose statement the last quote came from

    def record(self, person: Person, at: Place) -> None:
        """Note that `person` was given the quote at `at`: they hold the focus now."""
        self.spoken.append(Mention(at, person.name, True))
        if person is not self.statement_of:
            self.statement_of = None

    def last_speaker(self, at: Place) -> tuple[Place, Person] | None:
        """The speaker of the latest quote before `at`, with where that quote was."""
        before = [m for m in self.spoken if m.key < at]
        return (before[-1].key, self.cast.people[before[-1].name]) if before else None

    def resolve(self, phrase: Phrase, at: Place) -> Person | None:
        """The person a phrase stands for at point `at`, or None when it cannot be told."""
        if phrase.kind == "name":
            return self._named(phrase)
        if phrase.kind == "pronoun":
            gender = PRONOUN_GENDER.get(phrase.words[0])
            if gender:
                return self.focus(at, gender)
            return self.statement_of or self.last_org(at)  # `It added`: the statement again
        return self._described(phrase, at)

    def _named(self, phrase: Phrase) -> Person:
        words = [w.removesuffix("'s").removesuffix("\u2019s") for w in phrase.words]
        person = self.cast.find(words, title_gender(phrase.role))
        if person is None:
            org = any(w in NON_PERSON_WORDS or w.isupper() or w == "&" for w in words)
            org = org or any(w.lower() in ORG_NOUNS for w in phrase.role)
            person = self.cast.add(" ".join(words), org=org)
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

    def focus(self, at: Place, gender: Gender | None) -> Person | None:
        """The person in focus at `at` whose gender fits, by the tiers in the module docstring."""
        history = [
            (m, p) for m, p in self.history_before(at) if not p.org and not self._named_in(p)
        ]
        # (must open a clause, which gender fits): the stated one, then an unknown one
        tiers = ((True, gender), (True, None), (False, gender), (False, None))
        for subject_only, wanted in tiers:
            for mention, person in history:
                if subject_only and not self._opens(mention):
                    continue
                if person.gender == wanted or (wanted is None and gender is None):
                    return self._speaking_on(at, mention) or self._or_last_speaker(
                        person, mention, at, gender
                    )
                if subject_only and wanted and self._recent_voice(mention, person, at):
                    return person
                if subject_only and wanted and self._newcomer_here(mention, person, at):
                    return person
        return None

    def _opens(self, mention: Mention) -> bool:
        """Whether a mention opens its clause or follows a speech verb (`..., said Carl Link,
        who runs the board.`): either way the person is the one the sentence is about."""
        if mention.subject and qualifies_noun(mention, self.texts):
            return self.cast.people[mention.name].org  # `Reed aide Ada Brook`: Brook acts
        if mention.subject or "before inverted speaker" not in mention_roles(mention, self.texts):
            return mention.subject
        text = self.texts[mention.key.paragraph][: mention.key.offset]
        return _after_clause(text)

    def _recent_voice(self, mention: Mention, person: Person, at: Place) -> bool:
        """A speaker of no known gender given a quote in this or the paragraph before: `"...,"
        Grassley said. / "...," he said.` is Grassley, not an older man of the article."""
        return person.gender is None and mention in self.spoken and at[0] - mention.key[0] <= 1

    def _newcomer_here(self, mention: Mention, person: Person, at: Place) -> bool:
        """A person of no known gender brought in by full name to open a clause in the quote's
        paragraph or the one before: `Pollster Kyev Tatum picked up the thread. "...," he
        said.` is Tatum, not a man of the paragraphs before."""
        near = 0 <= at[0] - mention.key[0] <= 1
        if person.gender is not None or " " not in person.name or not near:
            return False
        text = self.texts[mention.key.paragraph][: mention.key.offset]
        starts = [begin for begin, _end in sentence_bounds(text) if begin < len(text)] or [0]
        if not opens_sentence(text[starts[-1] :]):
            return False
        return next((m for m in self.cast.mentions if m.name == person.name), None) == mention

    def _speaking_on(self, at: Place, since: Mention) -> Person | None:
        """The speaker of the quote just before in the same paragraph, when newer than `since`
        and of no known gender: `"...," said Piet Dekker. "...," he said.` is Dekker still."""
        last = self.last_speaker(at)
        if last is None or last[0][0] != at[0] or last[0] <= since.key:
            return None
        speaker = last[1]
        if speaker.org or speaker.gender is not None or self._named_in(speaker):
            return None
        return speaker

    def _named_in(self, person: Person) -> bool:
        """Whether the quote being attributed names `person`: people seldom name themselves."""
        return any(part in self.quoted for part in person.name.split())

    def _or_last_speaker(
        self, person: Person, mention: Mention, at: Place, gender: Gender | None
    ) -> Person:
        """The last speaker instead of a newer subject from an earlier paragraph, when the last
        speaker is the more talked-about of the two (the article's main voice)."""
        last = self.last_speaker(at)
        if last is None or last[1] is person or mention.key[0] == at[0] or last[1].org:
            return person
        if self._named_in(last[1]) or self._introduced_since(person, mention, last[0]):
            return person
        speaker = last[1]
        fits = gender is None or speaker.gender in (gender, None)
        salient = self.cast.count(speaker.name) > self.cast.count(person.name)
        near = at.paragraph - last[0].paragraph <= MAIN_VOICE_REACH
        return speaker if fits and salient and near else person

    def _introduced_since(self, person: Person, mention: Mention, quote: Place) -> bool:
        """Whether `mention` names the person by full name for the first time, after the quote
        at `quote`: a newcomer the article brings in to speak next (a person, with a gender or
        a role, not a body the cast failed to tell as one)."""
        known = person.gender is not None or person.role is not None
        if not known or " " not in person.name or mention.key < quote:
            return False
        return next((m for m in self.cast.mentions if m.name == person.name), None) == mention

    def _described(self, phrase: Phrase, at: Place) -> Person | None:
        """The person or body a description stands for: what a statement or spokesman speaks
        for, a campaign's candidate, an owner's `lawyer`, else the holder of the role named."""
        words = [w.removesuffix("'s").removesuffix("\u2019s") for w in phrase.words]
        head, mods = words[-1].lower(), words[:-1]
        named = [w for w in mods if w[:1].isupper()]
        owning = OWNING_PRONOUNS.get(phrase.article, "")
        if head in SPOKES and owning in PRONOUN_GENDER and not mods:  # `her statement`
            return self.resolve(Phrase("pronoun", (owning,)), at)
        if head in SPOKES:
            spoken_for = self._spoken_for(head, mods, named)
            if spoken_for is not None:
                return spoken_for
            if mods:  # `the council's ruling`: the council
                head, mods = mods[-1].lower(), mods[:-1]
        if head in CAMPAIGNS:  # `the Brook campaign`, `her campaign`: the candidate speaks
            return self.cast.find(named) if named else self._candidate(owning, words, at)
        owner = self.cast.find(named) if named and possessor(phrase.words[0]) else None
        qualifiers = frozenset({m.lower() for m in mods} & QUALIFIERS)
        if owner is not None and not owner.org and person_noun(head):  # `Sigarchi's lawyer`
            return self.owned_role_holder(owner, head, at, set(qualifiers)) or self.cast.add(
                f"{owner.name}'s {head}"
            )
        return self._role_described(_Description(words, head, mods, named, qualifiers), phrase, at)

    def _role_described(self, said: _Description, phrase: Phrase, at: Place) -> Person | None:
        """The holder of the role a description names (`the senator`, `the Ohio Republican`), a
        newcomer the article brings in (`a young woman`), a group, or the body it names."""
        head, words = said.head, said.words
        marked, holder = self._holders(said, at)
        new = phrase.article.lower() in NEWCOMER_ARTICLES and role_noun(head)  # `a young woman`
        if holder is None and (head in FUNCTIONARIES | SPOKES or new):
            return self.cast.add(" ".join(words))
        if holder is None and head.endswith("s") and person_noun(head[:-1]):  # `distributors`
            return self.cast.add(" ".join(words), org=True)
        if person_noun(head) and marked and self._holds_all(marked, said.mods, at):
            return marked  # the holder of the very role named wins over a newer face
        if person_noun(head):
            return self._nearer(holder, self.focus(at, noun_gender(words)), at)
        if holder is not None:
            return holder
        if head in ORG_NOUNS:
            spokes = words[-1].lower() in SPOKES
            unnamed = " ".join(words) if spokes else _body_name(phrase.words, head)
            return self.org_named(head, at) or self.cast.add(unnamed, org=True)  # `party spokesman`
        return None

    def _holders(self, said: _Description, at: Place) -> tuple[Person | None, Person | None]:
        """The holder of the role with the party or state the description names, and the
        holder to go by: that one, else (for one person, not `US officials`) the holder of a
        role the description's capitalised words name."""
        head, qualifiers = said.head, set(said.qualifiers)
        marked = self.marked_holder(
            {head, *ROLE_SYNONYMS.get(head, ())}, said.named, at, qualifiers
        )
        group = head.endswith("s") and person_noun(head[:-1])  # `US officials`: not one person
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

    def _spoken_for(self, head: str, mods: list[str], named: list[str]) -> Person | None:
        """Whom a spokesman or a statement speaks for: `a Sony spokesman`, `the report`."""
        if named:  # `a Sony spokesman`, `Mr Crosby's statement`
            speaker = self.cast.find(named) or self.cast.add(" ".join(named), org=True)
            self.statement_of = speaker
            return speaker
        if not mods and head in self.cast.owners:  # `the report`: the World Bank report
            return self.cast.people[self.cast.owners[head]]
        return None

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


def _after_clause(before: str) -> bool:
    """Whether the speech verb just before a name follows a finished clause (`..., said`),
    not a subject of its own (`Brook answered Hale`: Hale is spoken to)."""
    words = before.split()
    verb = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].islower()), -1)
    return verb > 0 and words[verb - 1].endswith((",", "\u201d", '"'))


def _body_name(words: tuple[str, ...], head: str) -> str:
    """The name of a body the article gives no name of its own: from the first capitalised word
    of its description (`the Kremlin press office` is `Kremlin press office`, not `Office`; a
    possessive keeps only its owner, `Libya's newly formed government` is `Libya's government`),
    else its noun (`the provincial government` is `Government`)."""
    first = next((i for i, w in enumerate(words[:-1]) if w[:1].isupper()), None)
    if first is None:
        return head.capitalize()
    if possessor(words[first]):
        return f"{words[first]} {head}"
    return " ".join((*words[first:-1], head))

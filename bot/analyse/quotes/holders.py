"""Who holds the floor and which role: the memory the speaker resolution reads.

A description (`the senator`, `the ministry`, `the campaign`) names whoever the article last
mentioned with that role, title, party or state, so resolution walks the article's mentions and
given quotes backwards from the quote at hand; this class keeps that history and those walks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from bot.analyse.quotes.cast import Cast, Mention, Person
from bot.analyse.quotes.lexicon import DEMONYMS, FIRST_NAMES, PLACE_NAMES, TRADING_BODIES, Gender
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.role_nouns import (
    ANY_ORG,
    QUALIFIERS,
    body_named,
    document,
    owned_by,
    plural_person_noun,
    role_words,
    roles_written,
)
from bot.analyse.text.datelines import DATELINE_OUTLETS

_NEVER = Place(-1, -1)  # before the article's first word: a person not mentioned yet
# News outlets that date their own stories: no `company` or `firm` of their own reports.
_OUTLETS = frozenset(name.lower() for name in (*DATELINE_OUTLETS, "BBC", "HLN"))
_OUTLET_NOUNS = frozenset(["network", "broadcaster", "agency"])  # what an outlet may be called
_SPOKESMAN_REACH = 2  # paragraphs back that a body may be for a bare `a spokesman`
_SPOKESMAN_CHARACTERS = 400  # and characters back within one paragraph (a story run together)


class Holders:
    """An article's cast and the quotes given so far, walked back from a point for role holders.

    What resolution asks of it: `history_before` (mentions and speakers, latest first),
    `role_holder` and `marked_holder` (who holds a role), `owned_role_holder` (whose role it
    is), `roles_written` (role words at each person's mentions), `org_named`, `last_org`
    and `speaking_body` (which body), and `latest_mention` (when a person was last named)."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.spoken: list[Mention] = []
        self.texts: Sequence[str] = ()  # the article's paragraphs, quotes masked
        self._roles_at: dict[Place, frozenset[str]] = {}  # role words written at a mention
        self._events: tuple[tuple[int, int], list[Mention], list[Place]] = ((-1, -1), [], [])

    def history_before(self, at: Place) -> Iterator[tuple[Mention, Person]]:
        """Mentions and speakers before `at`, latest first."""
        events, keys = self._sorted_events()
        for mention in reversed(events[: bisect_left(keys, at)]):
            yield mention, self.cast.people[mention.name]

    def _sorted_events(self) -> tuple[list[Mention], list[Place]]:
        """Mentions and speakers in reading order, with their places, sorted again only when
        either list has grown: every description walks them."""
        sizes = (len(self.cast.mentions), len(self.spoken))
        if self._events[0] != sizes:
            events = sorted([*self.cast.mentions, *self.spoken], key=lambda m: m.key)
            self._events = (sizes, events, [m.key for m in events])
        return self._events[1], self._events[2]

    def last_org(
        self, at: Place, outlets: bool = True, groups: bool = False, places: bool = True
    ) -> Person | None:
        """The organisation in focus: the latest to open a clause, else the latest named; a
        news outlet only when `outlets` (`the company` of a CNN story is not CNN), a group of
        people (`officials`) only when `groups` (`they`, never `it` or `the agency`), a place
        or a body that does not trade (a union, a ministry) only when `places` (`the company`
        is never Europe, `the airline` never the pilots' federation)."""
        orgs = [(m, p) for m, p in self.history_before(at) if _body(p, groups)]
        if not places:
            orgs = [(m, p) for m, p in orgs if _trades(p)]
        if not outlets:
            orgs = [(m, p) for m, p in orgs if not _outlet(p)]
        ranked = [(m, p) for m, p in orgs if m.subject] + orgs
        if not ranked:
            return None
        latest, person = ranked[0]
        if places or latest.key.paragraph == at.paragraph:
            return person
        return _main_firm(orgs) or person

    def event_in_focus(self, at: Place) -> Person | None:
        """The event named last before `at` (`Glen Torran Festival`, `Australian Open`), whose
        organisers `the organisers` are; None when a body or a person was named since."""
        for _mention, person in self.history_before(at):
            if person.name.rsplit(" ", 1)[-1] in _EVENTS and " " in person.name:
                return person
            if person.org:
                return None
        return None

    def joint_bodies(self, at: Place) -> Person | None:
        """The two companies named last before `at`, speaking together (`Hollister Gold Corp and
        Redgum Resources` for `the companies said`), else None."""
        firms: list[Person] = []
        for mention, person in self.history_before(at):
            if not mention.subject or person in firms:
                continue  # named in passing (`a 4 GHz chip`): no company the story is about
            if not _body(person) or not _trades(person) or _outlet(person):
                continue
            if any(_part_of(person.name, firm.name) for firm in firms):
                continue  # `AT` of `AT & T`: one company
            firms.append(person)
            if len(firms) == 2:
                first, second = sorted(firms, key=lambda p: self.latest_mention(p, at))
                return self.cast.add(f"{first.name} and {second.name}", org=True)
        return None

    def speaking_body(self, at: Place) -> Person | None:
        """The body a bare `a spokesman` speaks for: the latest one to open a clause or to
        speak, no more than two paragraphs (or, in one paragraph, a few sentences) back (`The
        Vestey Group said ... But a spokesman added`); a body only named in passing (`told BBC
        Radio`) is none."""
        for mention, person in self.history_before(at):
            same = mention.key.paragraph == at.paragraph
            if at.paragraph - mention.key.paragraph > _SPOKESMAN_REACH or (
                same and at.offset - mention.key.offset > _SPOKESMAN_CHARACTERS
            ):
                return None
            if person.org and mention.subject:
                return person
        return None

    def marked_holder(
        self, nouns: set[str], named: list[str], at: Place, qualifiers: set[str]
    ) -> Person | None:
        """The holder of a role whose party or state the description names (`the GOP
        front-runner` is not the Democratic one), else of the role alone."""
        marks = role_words(" ".join(named))
        marked = self.role_holder(nouns, at, qualifiers, marks) if marks else None
        return marked or self.role_holder(nouns, at, qualifiers)

    def owned_role_holder(
        self, owner: Person, head: str, at: Place, qualifiers: set[str]
    ) -> Person | None:
        """The person the article introduced as the owner's `head`: `Reed's campaign manager`
        is the `Ada Brook, Reed's campaign manager` named before."""
        holder = self.role_holder({head}, at, qualifiers)
        if holder is None or holder is owner:
            return None
        role = holder.role or ""
        owned = any(role.startswith(part) for part in owner.name.split())
        written = self.roles_written(at).get(holder.name, set())
        return holder if owned or owned_by(written, owner) else None

    def latest_mention(self, person: Person, at: Place) -> Place:
        return next((m.key for m, p in self.history_before(at) if p is person), _NEVER)

    def role_holder(
        self,
        nouns: set[str],
        at: Place,
        qualifiers: set[str] | frozenset[str] = frozenset(),
        marks: set[str] | frozenset[str] = frozenset(),
        written: bool = True,
        gender: Gender | None = None,
    ) -> Person | None:
        """The latest-mentioned person whose role holds one of `nouns`, the same qualifiers
        (`the shadow chancellor` is not the chancellor, nor `the chancellor` the shadow one)
        and all of `marks` (a party, a state: `the Ohio senator`); with `written`, the roles
        written at their mentions count too, not only the one the cast gave them; with
        `gender`, only a person of that gender or of none known."""
        roles = self.roles_written(at) if written else {}
        for _mention, person in self.history_before(at):
            role = role_words(person.role or "") | roles.get(person.name, set())
            fits = role & nouns and role & QUALIFIERS == qualifiers and marks <= role
            agrees = gender is None or person.gender in (gender, None)
            if fits and agrees and not person.org:
                return person
        return None

    def roles_written(self, at: Place) -> dict[str, set[str]]:
        """The role words written at each person's mentions before `at` (`Sen. Ada Brook`)."""
        return roles_written(self.cast.mentions, self.texts, at, self._roles_at)

    def org_named(self, noun: str, at: Place, in_focus: bool = True) -> Person | None:
        """`the ministry`: the latest organisation named so; `the firm`: the one in focus (when
        `in_focus`). A name that ends in the noun is that body even when the cast took it for a
        person (`the board`: the `Westford Planning Board`)."""
        for _mention, person in self.history_before(at):
            if body_named(person, noun) and person.name.lower() != noun:
                return person  # `Council` opening `Council leader Ada Brook` names no body
        named = [
            p for p in self.cast.people.values() if body_named(p, noun) and p.name.lower() != noun
        ]
        if named:
            return named[0]
        trading = noun in _TRADING or noun in TRADING_BODIES
        if not in_focus or not (noun in ANY_ORG or trading):
            return None
        found = self.last_org(at, outlets=noun in _OUTLET_NOUNS, places=not trading)
        return found or (self._unsexed_name(at) if trading else None)

    def _unsexed_name(self, at: Place) -> Person | None:
        """A name the cast could not tell for a company's and took for a person's, when `the
        company` finds no organisation: one with no first name, never `he` or `she`, that
        opened a clause (of two words or more: `Cadbury Schweppes`, not the `Pepper` of `Dr
        Pepper`) or spoke (`Volkswagen said`)."""
        spoken = {id(m) for m in self.spoken}
        for mention, person in self.history_before(at):
            first = person.name.split()[0]
            named = (mention.subject and " " in person.name) or id(mention) in spoken
            if (
                named
                and first[:1].isupper()
                and not person.org
                and person.gender is None
                and (first not in FIRST_NAMES and person.role is None and not _group(person))
                and first not in _STORMS  # `Cyclone Remal` made landfall: no company
            ):
                return person
        return None


def _people_word(person: Person) -> bool:
    """A people's adjective taken for a body (`Kenyan athletics has been`), never one that speaks;
    a party's name is a body (`Labour`, `Tories`)."""
    return person.name in DEMONYMS and person.name not in _PARTY_NAMES


_PARTY_NAMES = frozenset(
    ["Labour", "Tory", "Tories", "Conservative", "Conservatives", "Liberal", "Democrat",
     "Democrats", "Republican", "Republicans", "Greens"]
)  # fmt: skip


def _place(name: str) -> bool:
    """A place or its people's adjective (`Europe`, `Norwegian`), never a company."""
    demonym = " " not in name and name.endswith(("ian", "ese", "ish"))
    words = name.split()
    building = len(words) > 1 and words[-1] in _BUILDINGS  # `Farrant House`
    of_place = len(words) > 2 and words[1] == "of" and words[0] in _WATERS
    return name in PLACE_NAMES or demonym or building or of_place  # `Bay of Bengal`


# Last words of the name of a building, a street or a place on the map: never the company in
# focus.
_BUILDINGS = frozenset(
    (  # noqa: SIM905
        "House Tower Towers Hall Building Stadium Park Airport Station Bridge Street Road Square "
        "Avenue Court Palace Castle Cathedral Church Arena Island Islands Mountains Valley Bay "
        "Beach Coast River Lake Sea Ocean County Province Region Peninsula Heights Springs Falls"
    ).split()
)


def _body(person: Person, groups: bool = False) -> bool:
    """An organisation that may be in focus: no document, no people's adjective, and a group of
    people (`officials`) only with `groups`."""
    return (
        person.org
        and (groups or not _group(person))
        and not document(person)
        and (not _people_word(person))
    )


def _trades(person: Person) -> bool:
    """A body that may be a company: no place (`Europe`) and none that does not trade."""
    return not _place(person.name) and not _non_trading(person.name)


def _outlet(person: Person) -> bool:
    """A news outlet (`CNN`, `Reuters`), which reports on companies and is none of them."""
    return person.name.lower() in _OUTLETS


def _part_of(one: str, other: str) -> bool:
    """Whether one name's words are all words of the other (`AT` and `AT & T`)."""
    first, second = set(one.split()), set(other.split())
    return first <= second or second <= first


def _non_trading(name: str) -> bool:
    """A body that does not trade, by the noun heading its name (`Irish Airline Pilots'
    Federation`, `Ministry of Health`); a noun some companies end in too (`Western Union`,
    `Northern Trust`) counts only before `of` (`Bakers Union of Yorkshire`)."""
    words = name.lower().split()
    if "of" in words[1:]:
        head = words[words.index("of") - 1]
        return head in _NON_TRADING or head in _NON_TRADING_BEFORE_OF
    return words[-1] in _NON_TRADING


_NON_TRADING = frozenset(
    (  # noqa: SIM905
        "federation association council ministry department agency court commission police "
        "party government authority institute committee parliament assembly league "
        "organisation organization forum alliance coalition university school hospital charity "
        "congress senate regulator tribunal"
    ).split()
)
# Nouns that head a company's name too (`Western Union`), but not one before `of`.
_NON_TRADING_BEFORE_OF = frozenset(["union", "trust", "society", "office", "board"])


# Last words of an event's name: `Glen Torran Festival`, `Australian Open`.
_EVENTS = frozenset(
    (  # noqa: SIM905
        "Festival Open Cup Championship Championships Games Marathon Awards Show Fair Expo "
        "Summit Tournament Challenger Olympics Biennale Carnival Regatta Rally"
    ).split()
)
# Words naming a storm before its name.
_STORMS = frozenset(["Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical", "Tornado"])
# First words of a place named `X of Y`: `Gulf of Mexico`, `Isle of Man`.
_WATERS = frozenset(["Bay", "Gulf", "Isle", "Strait", "Straits", "Cape", "Sea", "Lake"])


# Nouns for a body that trades, which no place is.
_TRADING = frozenset(["company", "firm"])


def _group(person: Person) -> bool:
    """Whether a cast member is a group of people named by a plural noun (`officials`, `junior
    doctors`, `Students` opening a sentence), not a body whose name ends in one (`Reporters
    Without Borders`, `Mitsubishi Motors`)."""
    name = person.name
    plural = plural_person_noun(name.rsplit(" ", 1)[-1].lower())
    return plural and (name.islower() or " " not in name)


def _main_firm(orgs: list[tuple[Mention, Person]]) -> Person | None:
    """The company a story is about, when `the company` comes a paragraph or more after another
    was last named: the one that opened clauses most often, if at least twice as often as any
    other (Unilever, not the Shell named in passing a paragraph before)."""
    counts: dict[str, int] = {}
    people: dict[str, Person] = {}
    for mention, person in orgs:
        if not mention.subject:
            continue  # `4GB`, `told BBC Radio`: named in passing, no company the story follows
        counts[person.name] = counts.get(person.name, 0) + 1
        people[person.name] = person
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return people[ranked[0][0]]

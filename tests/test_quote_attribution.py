"""Who speaks a quote in news copy: the failure families of attribution, one sentence each, and
the named rules of `bot.analyse.quotes.rules` on their own."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.rules import (
    FALLBACK_RULES,
    RULE_NAMES,
    SENTENCE_RULES,
    Fallback,
    Rule,
)
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def last_speaker(*paragraphs: str) -> str | None:
    return speakers(*paragraphs)[-1][1]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a party and state tag after the name, in parentheses
            ("“The budget is a mess of our own making,” Rep. Tessa Vinton (D-Ore.) said.",),
            "Tessa Vinton",
        ),
        (  # a party and state tag between commas
            ("Senator Hollis Grange, R-Ky., said the bill was “dead on arrival in the Senate.”",),
            "Hollis Grange",
        ),
        (  # the title stays out of the name
            ("“Nobody on this committee wants a shutdown,” said Del. Marisol Peña.",),
            "Marisol Peña",
        ),
        (  # a long apposition between the name and the verb
            (
                "Corwin Ashby, the Republican treasurer of Nebraska, one of the states that sued "
                "the agency, said the rule was “an overreach that will cost farmers dearly.”",
            ),
            "Corwin Ashby",
        ),
        (  # the apposition after a quote, before the verb
            (
                "“We will appeal,” Delia Farrow, a lawyer for the county who filed the first "
                "motion, said.",
            ),
            "Delia Farrow",
        ),
        (  # an apposition that is itself the name wins over a description before it
            ("The Dean of Hartwell, the Rev Dr Amos Kettering, called it “a fine sermon.”",),
            "Amos Kettering",
        ),
    ],
)
def test_attribution_names_behind_tags_titles_and_appositions(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert last_speaker(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will vote no,” said Rep. Orla Bastian, R-Utah.",
        "“We will vote no,” Del. Orla Bastian said.",
        "“We will vote no,” said Democratic Rep. Orla Bastian.",
    ],
)
def test_attribution_titles_party_and_state_words_are_never_names(paragraph: str) -> None:
    assert last_speaker(paragraph) == "Orla Bastian"


def test_attribution_an_interrupted_quote_is_one_quote() -> None:
    assert speakers(
        "“The harbour will reopen on Monday,” the mayor, Ines Calloway, said. “The ferries will "
        "follow a week later.”"
    ) == [("The harbour will reopen on Monday … The ferries will follow a week later.",
           "Ines Calloway")]  # fmt: skip


def test_attribution_a_quote_with_its_own_speaker_is_not_joined() -> None:
    assert speakers(
        "“The harbour will reopen on Monday,” said Ines Calloway. “Not a day too soon,” said "
        "Bruno Fell, a ferry captain."
    ) == [("The harbour will reopen on Monday", "Ines Calloway"),
          ("Not a day too soon", "Bruno Fell")]  # fmt: skip


def test_attribution_keeps_the_cue_and_the_mention() -> None:
    quotes = extract_quotes(
        article(
            "Ines Calloway, the mayor, spoke at the harbour.",
            "“The ferries will be back within a week,” she warned.",
            "“It is a sad day for the town,” tweeted Bruno Fell.",
        )
    )
    assert [(q.speaker, q.cue, q.mention) for q in quotes] == [
        ("Ines Calloway", "warned", "she"),
        ("Bruno Fell", "tweeted", "Bruno Fell"),
    ]


@pytest.mark.parametrize("rule", SENTENCE_RULES, ids=lambda r: r.name)
def test_attribution_sentence_rule_works_on_its_own(rule: Rule) -> None:
    paragraphs = rule.example.split("\n\n")
    alone = extract_quotes(article(*paragraphs), skip=RULE_NAMES - {rule.name})
    assert alone[-1].speaker == rule.speaker
    assert extract_quotes(article(*paragraphs), skip=RULE_NAMES)[-1].speaker is None


@pytest.mark.parametrize("rule", FALLBACK_RULES, ids=lambda r: r.name)
def test_attribution_fallback_rule_works_on_its_own(rule: Fallback) -> None:
    fallbacks = frozenset(f.name for f in FALLBACK_RULES)
    paragraphs = rule.example.split("\n\n")
    alone = extract_quotes(article(*paragraphs), skip=fallbacks - {rule.name})
    assert alone[-1].speaker == rule.speaker
    assert extract_quotes(article(*paragraphs), skip=fallbacks)[-1].speaker is None


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a dash byline after the quote
            ("“A ballot is a promise kept to the people who fought for it.” ― Wendell Ostrow",),
            "Wendell Ostrow",
        ),
        (  # `Name of Organisation said`: the person speaks
            ("Priya Landry of the Harbour Trust said the plan was “a good start for the port.”",),
            "Priya Landry",
        ),
        (  # an organisation with `&` in its name
            ("“Margins will shrink this year,” said Tolland & Marsh, the brokerage.",),
            "Tolland & Marsh",
        ),
        (  # the body that issued a statement speaks
            (
                "The Orchard Growers Union met on Friday.",
                "“We will not accept the new tariff,” a statement from the union said.",
            ),
            "Orchard Growers Union",
        ),
        (  # `a spokesman for X` is an X spokesman: X speaks
            ("“The plant will stay open,” a spokesman for Velmont Steel said.",),
            "Velmont Steel",
        ),
        (  # a news outlet as the source
            ("The Lakeside Courier reports that the harbour deal is “all but done.”",),
            "Lakeside Courier",
        ),
        (  # `asking` in a participle clause: the clause's subject asks
            (
                "Renata Okafor turned to the minister, asking “where is the money for the "
                "schools going?”",
            ),
            "Renata Okafor",
        ),
        (  # `called it` with the quote after
            ("Halvard Brenn called the ruling “a victory for every tenant in the city.”",),
            "Halvard Brenn",
        ),
        (  # `sings`
            ("On the new record Juno Castell sings “there is no road back to the river.”",),
            "Juno Castell",
        ),
        (  # a name in the sentence who is not the speaker
            (
                "Asked about Oskar Lindqvist, Mara Quell said he had been “a loyal and patient "
                "colleague.”",
            ),
            "Mara Quell",
        ),
    ],
)
def test_attribution_failure_families(paragraphs: tuple[str, ...], expected: str) -> None:
    assert last_speaker(*paragraphs) == expected


def test_attribution_pronoun_goes_to_the_person_of_its_gender_across_sentences() -> None:
    assert speakers(
        "Governor Hattie Brennan met the union leader, Carl Duvall, on Tuesday.",
        "Mr. Duvall left early. She stayed to talk to reporters.",
        "“We are closer than we have been in months,” she said.",
    )[-1] == ("We are closer than we have been in months", "Hattie Brennan")


def test_attribution_short_reference_goes_to_the_right_full_name() -> None:
    assert [s for _q, s in speakers(
        "Dana Moore and Lionel Moore-Haig both ran for the seat.",
        "“I expect a recount,” Ms. Moore said.",
        "“So do I,” Moore-Haig said.",
    )] == ["Dana Moore", "Lionel Moore-Haig"]  # fmt: skip


def test_attribution_interview_transcript_names_each_speaker() -> None:
    assert speakers(
        "KESSLER: “Will you accept the result of the vote?”",
        "ARDEN: “I will accept a fair result, as I always have.”",
    ) == [("Will you accept the result of the vote?", "Kessler"),
          ("I will accept a fair result, as I always have.", "Arden")]  # fmt: skip


def test_attribution_quote_nested_in_a_quoted_passage_is_the_passage_author() -> None:
    assert speakers(
        "In her letter, Ilse Varga wrote: “The inspector told me ‘the bridge is safe’ and I "
        "believed him.”",
    ) == [("The inspector told me ‘the bridge is safe’ and I believed him.", "Ilse Varga")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a second verb of the same subject, after an opening phrase
            "In a radio interview on Monday, Ada Brook thanked her staff and said the count was "
            "“clean from start to finish.”",
            "Ada Brook",
        ),
        (  # a participle continuing an earlier speech verb of the sentence
            "The deal is done, Ada Brook said on Monday in Leeds, noting that the unions had "
            "been “patient beyond measure.”",
            "Ada Brook",
        ),
        (  # a title's full stop inside the clause does not end it
            "Ada Brook backed Sen. Tomas Ruiz on Friday, saying he was “the steadiest hand we "
            "have.”",
            "Ada Brook",
        ),
        (  # a role, then the name, between commas
            "In a note to the Gazette, her chief of staff, Tomas Ruiz, said: “The count was "
            "clean.”",
            "Tomas Ruiz",
        ),
    ],
)
def test_attribution_clause_subjects(paragraph: str, expected: str) -> None:
    assert last_speaker(paragraph) == expected


def test_attribution_he_after_a_speaker_of_unknown_gender_is_that_speaker() -> None:
    assert speakers(
        "Robert Pike opened the meeting with a short speech.",
        "“We are ready for the count,” Okoro said at the hall.",
        "“We have the votes and we have the volunteers,” he said.",
    )[-1] == ("We have the votes and we have the volunteers", "Okoro")


def test_attribution_an_interrupted_quote_with_a_long_attribution_is_one_quote() -> None:
    assert speakers(
        "“The harbour will reopen on Monday,” Ines Calloway said, as the first trawlers came "
        "back to the quay after a week at sea. “The ferries will follow.”"
    ) == [("The harbour will reopen on Monday … The ferries will follow.", "Ines Calloway")]


def test_attribution_quoted_words_a_few_words_apart_in_speech_are_one_quote() -> None:
    assert speakers(
        "Ines Calloway called the tariff “reckless for the port” and “cruel to the fishermen.”"
    ) == [("reckless for the port … cruel to the fishermen.", "Ines Calloway")]


def test_attribution_a_question_mark_before_the_verb_keeps_the_attribution() -> None:
    assert (
        last_speaker(
            "Tomas Ruiz spoke first.", "“Who would vote for that?” Ada Brook asked the crowd."
        )
        == "Ada Brook"
    )


def test_attribution_a_speech_noun_is_no_verb() -> None:
    assert (
        last_speaker(
            "Ada Brook told reporters on Monday that Tomas Ruiz’s comments were “beneath the "
            "office.”"
        )
        == "Ada Brook"
    )


def test_attribution_a_name_modifying_a_noun_does_not_take_the_focus() -> None:
    assert speakers(
        "Tomas Ruiz, a Brook supporter, said he had voted early.",
        "“The queue was out of the door,” he said.",
    )[-1] == ("The queue was out of the door", "Tomas Ruiz")


def cue_and_mention(*paragraphs: str) -> tuple[str, str | None, str | None, str | None]:
    """(quote, speaker, cue, mention) of the last quote."""
    quote = [q for q in extract_quotes(article(*paragraphs)) if q.kind != "indirect"][-1]
    return quote.text, quote.speaker, quote.cue, quote.mention


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a party tag with no state: `(D)`
            ("State Sen. Marta Quillon (D) warned that the cuts were “a tax on the poor.”",),
            ("a tax on the poor.", "Marta Quillon", "warned", "Marta Quillon"),
        ),
        (  # the quote's clause runs on past the mark; the verb comes later, then its subject
            (
                "“The county will flip” if turnout holds in the suburbs, said Orrin Vail, a "
                "pollster at Crestline Research.",
            ),
            ("The county will flip", "Orrin Vail", "said", "Orrin Vail"),
        ),
        (  # ... when the words after the mark look like `that <name>,` too
            (
                "Tomas Ruiz and Ada Brook met.",
                "“He can say it, but it seems most unlikely” that Ruiz can catch Brook, said "
                "Osmond Flett, a former party agent.",
            ),
            ("He can say it, but it seems most unlikely", "Osmond Flett", "said", "Osmond Flett"),
        ),
        (  # the same before the quote
            ("In other words, explained the moderator, Wren Hollis: “Who pays for the bridge?”",),
            ("Who pays for the bridge?", "Wren Hollis", "explained", "Wren Hollis"),
        ),
        (  # an apposition opening with a possessive
            ("“The plan is sound,” Neve Carrow, Halbrook’s deputy campaign manager, said of it.",),
            ("The plan is sound", "Neve Carrow", "said", "Neve Carrow"),
        ),
        (  # a place and its state close the apposition; they are no name
            (
                "Tobin Marsh, a 48-year-old welder from Dunmore, West Virginia, says the mill is "
                "“finished for good.”",
            ),
            ("finished for good.", "Tobin Marsh", "says", "Tobin Marsh"),
        ),
        (  # an age between commas, then an apposition with a capitalised employer
            ("“I have a long drive to work,” said Ilsa Brandt, 31, a Harrow County nurse.",),
            ("I have a long drive to work", "Ilsa Brandt", "said", "Ilsa Brandt"),
        ),
        (  # a participle continuing the sentence after the quote: its object is no speaker
            (
                "Corin Vale told the council that the harbour was “far from finished,” citing "
                "the floods in Dorset, Kent and along the coast.",
            ),
            ("far from finished", "Corin Vale", "told", "Corin Vale"),
        ),
        (  # a dash byline as a paragraph of its own
            ("“Every child deserves a good home.”", "- Hester Quayle."),
            ("Every child deserves a good home.", "Hester Quayle", "-", "Hester Quayle"),
        ),
        (  # the writer's sign-off after a sentence that names its speaker already
            ("Dunstan Pell said the bridge was “safe for the winter.”--Ivo Marsh.",),
            ("safe for the winter.", "Dunstan Pell", "said", "Dunstan Pell"),
        ),
        (  # an introductory phrase of time before the clause's subject
            (
                "Hours later, Wendell Ostrow returned the favour to Pike, telling Radio Kent, “We "
                "have always been good friends.”",
            ),
            ("We have always been good friends.", "Wendell Ostrow", "telling", "Wendell Ostrow"),
        ),
        (  # role words between the party and the name of the clause's subject
            (
                "Liberal front-runner Maren Tolliver, also campaigning in Dorset, blamed the "
                "council and accused it of “wasting every penny.”",
            ),
            ("wasting every penny.", "Maren Tolliver", "accused", "Maren Tolliver"),
        ),
        (  # an opening participle phrase is no subject
            (
                "Appearing before cheering crowds at the harbour, Ilse Brook, 70, thanked the "
                "voters but added, “The count is not over yet.”",
            ),
            ("The count is not over yet.", "Ilse Brook", "added", "Ilse Brook"),
        ),
        (  # whoever issues a statement speaks through it
            (
                "The Harbour Pilots Guild issued a statement saying the new rules were “a danger "
                "to every crew.”",
            ),
            ("a danger to every crew.", "Harbour Pilots Guild", "saying", "Harbour Pilots Guild"),
        ),
        (  # speech verbs besides `say`
            ("“This is a fine day for the town!” beamed Odile Farrant, the harbour master.",),
            ("This is a fine day for the town!", "Odile Farrant", "beamed", "Odile Farrant"),
        ),
        (
            ("Ada Brook spoke first.", "“That is simply untrue,” Tomas Ruiz interjected."),
            ("That is simply untrue", "Tomas Ruiz", "interjected", "Tomas Ruiz"),
        ),
        (  # a newspaper's editorial speaks for the paper
            ("“Dogs should stay at home,” opined the Wexford Clarion.",),
            ("Dogs should stay at home", "Wexford Clarion", "opined", "the Wexford Clarion"),
        ),
        (  # a digest credits the writer it excerpts with a label after a dash
            (
                "Ferry fares will rise in the spring - Orla Tennant: “Nobody asked the islanders "
                "what they think of it.”",
            ),
            (
                "Nobody asked the islanders what they think of it.",
                "Orla Tennant",
                ":",
                "Orla Tennant",
            ),
        ),
        (  # a long run of capitals: the name after its capitalised role, not the county
            (
                "Voting in Harlow County ended late.",
                "“We made some bad mistakes and I am sorry,” Harlow County Recorder Ines "
                "Pettifer said.",
            ),
            ("We made some bad mistakes and I am sorry", "Ines Pettifer", "said", "Ines Pettifer"),
        ),
        (  # a verb inside the reported clause of an earlier one: the reporter is the source
            ("Ada Brook said Tomas Ruiz had called the plan “a disgrace to the whole town.”",),
            ("a disgrace to the whole town.", "Ada Brook", "said", "Ada Brook"),
        ),
        (  # ... not when the earlier verb's clause has closed
            (
                "After Ada Brook argued that the plan was fair, Tomas Ruiz said its sums “do not "
                "add up.”",
            ),
            ("do not add up.", "Tomas Ruiz", "said", "Tomas Ruiz"),
        ),
        (  # an adverb of manner between the subject and the verb
            (
                "When the subject comes up, Petra Voss routinely calls herself “the quiet fixer of "
                "the party.”",
            ),
            ("the quiet fixer of the party.", "Petra Voss", "calls", "Petra Voss"),
        ),
        (  # `Name of <a body named with for>`: the person speaks
            (
                "“The figures are plainly wrong,” Cyrus Pell of the Hallam Centre for Budget "
                "Studies wrote in March.",
            ),
            ("The figures are plainly wrong", "Cyrus Pell", "wrote", "Cyrus Pell"),
        ),
        (  # an apposition whose closing comma is missing
            (
                "Mina Arden, president and CEO of Weald Growers Association stated, “Prices are "
                "too low to farm.”",
            ),
            ("Prices are too low to farm.", "Mina Arden", "stated", "Mina Arden"),
        ),
        (  # a pronoun after the quote repeats the name before it
            (
                "Hattie Brennan spoke to the council first.",
                "Asked about the bridge, Wilma Quist said “it will be rebuilt by the spring,” she "
                "said.",
            ),
            ("it will be rebuilt by the spring", "Wilma Quist", "said", "Wilma Quist"),
        ),
        (  # a publication described by its kind speaks under its name
            (
                "But as the conservative Marsh Herald tabloid noted on Friday, the mayor is “in no "
                "hurry at all to leave office.”",
            ),
            ("in no hurry at all to leave office.", "Marsh Herald", "noted", "Marsh Herald"),
        ),
        (  # `as X put it`
            ("As Dorian Wylde, the council leader, put it: “We cannot pay for a second bridge.”",),
            ("We cannot pay for a second bridge.", "Dorian Wylde", "put", "Dorian Wylde"),
        ),
        (  # a board is a body, named in full
            (
                "The Harlow Board of Elections met on Monday.",
                "“Further discussion of the recount is not needed,” it said.",
            ),
            (
                "Further discussion of the recount is not needed",
                "Harlow Board of Elections",
                "said",
                "it",
            ),
        ),
        (  # where the subject speaks, between it and the verb
            (
                "The mood changed when Corvin Hale in his opening speech called the new levy “a "
                "tax on every family.”",
            ),
            ("a tax on every family.", "Corvin Hale", "called", "Corvin Hale"),
        ),
        (  # a time ago between the subject and the verb
            (
                "The Harbour Authority more than three days ago admitted in a letter that the "
                "pier was “unsafe for heavy lorries.”",
            ),
            ("unsafe for heavy lorries.", "Harbour Authority", "admitted", "Harbour Authority"),
        ),
        (  # a dateline opening the report is no subject
            (
                "KINGSPORT (AP) – Mayor Delphine Roark has taken aim at the new levy, saying it is "
                "“a tax on every family.”",
            ),
            ("a tax on every family.", "Delphine Roark", "saying", "Delphine Roark"),
        ),
        (  # an introductory phrase ending in a town and its state
            (
                "Addressing a fish market in Tilbury, Essex, Greta Lindqvist went after Osric "
                "Bell, calling him “a tired old hand.”",
            ),
            ("a tired old hand.", "Greta Lindqvist", "calling", "Greta Lindqvist"),
        ),
        (  # a retort: `fired back`, `shot back`
            (
                "When Tomas Ruiz said the port would close, Edda Vinter fired back: “The port will "
                "stay open as long as I am mayor.”",
            ),
            (
                "The port will stay open as long as I am mayor.",
                "Edda Vinter",
                "fired back",
                "Edda Vinter",
            ),
        ),
        (  # a name running into the quote is the quoted clause's subject, not the speaker
            ("Lena Ashcombe, a former aide, said Corvin “never once asked anyone for advice.”",),
            ("never once asked anyone for advice.", "Lena Ashcombe", "said", "Lena Ashcombe"),
        ),
    ],
)
def test_attribution_named_speakers(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    assert cue_and_mention(*paragraphs) == expected


def test_attribution_a_headline_in_capitals_is_nobody() -> None:
    assert cue_and_mention(
        "HARBOUR TOWNS BRACE FOR STORMS “Every boat must be tied up by dusk tonight and no one "
        "may sail,” it said."
    ) == ("Every boat must be tied up by dusk tonight and no one may sail", None, None, None)


def attributions(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker, cue, mention) of every direct quote or fragment."""
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue, q.mention) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a participle after a quote carries on its clause; its object is no speaker
            "The Millbrook Tenants Union declined to discuss “that landlord,” telling Radio 4 "
            "that its members want “homes that are safe and warm.”",
            (
                "that landlord … homes that are safe and warm.",
                "Millbrook Tenants Union",
                "telling",
                "Millbrook Tenants Union",
            ),
        ),
        (  # the words before the participle's comma are an object, not its subject
            "“We will rebuild the bridge,” Dara Quill says in the advert titled “Renewal,” "
            "praising the crews of Ashford Council, promising to “finish the job by spring.”",
            ("finish the job by spring.", "Dara Quill", "promising", "Dara Quill"),
        ),
        (  # the agent of a passive `asked by`
            "Ogden was asked by panel host Renata Fiske whether the tax would be “a burden on "
            "every family in the valley.”",
            ("a burden on every family in the valley.", "Renata Fiske", "asked", "Renata Fiske"),
        ),
        (  # `labeled` in its American spelling, with an adverb before it
            "The audit is often labeled a “fishing expedition” by Councillors, yet it goes on.",
            ("fishing expedition", "Councillors", "labeled", "Councillors"),
        ),
        (  # a relative clause before the name does not swallow the subject
            "Visiting Dunmore, which holds its vote next week, Ilse Varga described the plan as "
            "“a promise we can keep.”",
            ("a promise we can keep.", "Ilse Varga", "described", "Ilse Varga"),
        ),
        (  # a progressive `is telling` is no passive
            "Two rivals met in Thornby. Edda Lund is telling farmers that the levy is “a tax "
            "on every harvest.”",
            ("a tax on every harvest.", "Edda Lund", "telling", "Edda Lund"),
        ),
        (  # a participle after `by` has the clause's subject
            "Tomas Brenner met Piet Aalders. Brenner shrugged off the charge by saying, “Only "
            "the auditors can tell.”",
            ("Only the auditors can tell.", "Tomas Brenner", "saying", "Brenner"),
        ),
        (  # a second verb of the subject, with its auxiliary
            "Mara Quint has praised the staff of Piet Aalders and has boasted that the port is "
            "“the busiest on the coast.”",
            ("the busiest on the coast.", "Mara Quint", "boasted", "Mara Quint"),
        ),
        (  # `went on to say`: the subject of `went` speaks
            "Piet Aalders spoke first. Ada Brook went on to say, “Three of our schools need a "
            "new roof.”",
            ("Three of our schools need a new roof.", "Ada Brook", "say", "Ada Brook"),
        ),
        (  # `went on` after the quote
            "Piet Aalders spoke first. “We will never sell the port,” Sela Marr went on.",
            ("We will never sell the port", "Sela Marr", "went on", "Sela Marr"),
        ),
        (  # a second participle after `and` has the clause's subject, not its own object
            "Lena Vos has promoted thrift in her speeches, advising Hartwell College graduates in "
            "2007 to “mend before you buy and keep what you mend,” and telling Ardent "
            "University's class, “Keep the receipt.”",
            (
                "mend before you buy and keep what you mend … Keep the receipt.",
                "Lena Vos",
                "telling",
                "Lena Vos",
            ),
        ),
        (  # `exclaimed`, a speech verb
            "Piet Aalders lost the count. Hanne Solberg exclaimed, “We have won the valley!”",
            ("We have won the valley!", "Hanne Solberg", "exclaimed", "Hanne Solberg"),
        ),
    ],
)
def test_attribution_participles_passives_and_relative_clauses(
    paragraph: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributions(paragraph)[-1] == expected


def test_attribution_after_a_nested_passage_closing_the_quote_with_a_space() -> None:
    """`... community,' " Reeves wrote`: the double mark after the nested single-quoted passage
    and a space still closes the quote, so the verb after it is read."""
    paragraph = (
        "\"The board has tipped the scale. Such rules tell 'tenants that they are guests "
        "in their own homes,' \" Halvorsen wrote, citing an earlier ruling."
    )
    assert attributions(paragraph) == [
        (
            "The board has tipped the scale. Such rules tell 'tenants that they are guests in "
            "their own homes,'",
            "Halvorsen",
            "wrote",
            "Halvorsen",
        )
    ]


def test_attribution_keeps_run_together_initials_in_the_name() -> None:
    assert attributions(
        "“The levee will not hold another winter,” says T.R. Okafor, an engineer for the county."
    ) == [("The levee will not hold another winter", "T.R. Okafor", "says", "T.R. Okafor")]


def test_attribution_a_contracted_there_is_no_name() -> None:
    found = attributions(
        "There’s still time for Ada Brook to mend fences, even after dismissing them and calling "
        "the council “a club of cowards.”"
    )
    assert [(quote, speaker) for quote, speaker, _, _ in found] == [
        ("a club of cowards.", "Ada Brook")
    ]


def test_attribution_an_abbreviation_in_an_apposition_does_not_end_it() -> None:
    assert attributions(
        "Mara Quint, a former D.C. fundraiser who knows the party bosses in Queens, says the "
        "donors are “nervous but loyal.”"
    ) == [("nervous but loyal.", "Mara Quint", "says", "Mara Quint")]


def test_a_bare_spokesman_speaks_for_the_body_that_just_spoke() -> None:
    said = speakers(
        "The Harwick Group said the sale of its dairies would go ahead.",
        "But a spokesman added: “There will be no job losses at the plant.”",
    )
    assert said == [("There will be no job losses at the plant.", "Harwick Group")]


def test_a_bare_spokesman_far_from_any_body_that_spoke_stays_a_spokesman() -> None:
    said = speakers(
        "The Harwick Group said the sale of its dairies would go ahead.",
        "Farmers in the valley were not told.",
        "Milk prices have fallen for a year.",
        "Some shops have closed.",
        "A spokesman said: “We will look at every offer.”",
    )
    assert said == [("We will look at every offer.", "spokesman")]


def test_a_body_only_named_in_passing_has_no_spokesman() -> None:
    said = speakers(
        "Mira Lund told BBC Radio Kent the dairies would stay.",
        "A spokesman said: “We will look at every offer.”",
    )
    assert said == [("We will look at every offer.", "spokesman")]


def test_a_lone_one_opening_a_sentence_is_one_of_the_people_counted_before() -> None:
    said = speakers(
        "Some former employees are angry at the way the closure was handled.",
        "One told the Courier: “We were ruined in a day.”",
    )
    assert said == [("We were ruined in a day.", "one of the employees")]


def test_attribution_a_poll_survey_or_study_speaks_for_its_body() -> None:
    found = speakers(
        "Turnout was low.",
        'A Dunmore poll released Monday said voters were "deeply unhappy".',
        'A Varley survey said they were "angry".',
        'The survey also said they were "tired of waiting".',
        'A Kelso University study said the plan was "a costly mistake".',
    )
    assert [speaker for _, speaker in found] == [
        "Dunmore",
        "Varley",
        "Varley",
        "Kelso University",
    ]


def test_attribution_a_document_released_on_a_day_still_speaks() -> None:
    assert (
        last_speaker(
            "Jobs were scarce.",
            'A Harlow Trust report released Monday said the town was "falling behind".',
        )
        == "Harlow Trust"
    )


def test_attribution_a_paper_a_participle_follows_is_where_the_speaker_wrote() -> None:
    assert (
        last_speaker(
            "Council members were split.",
            "Cllr Ada Brook joined them on Monday, publishing an article in The Harlow Echo"
            " attacking the plan as “a costly mistake.”",
        )
        == "Ada Brook"
    )


def test_attribution_the_company_of_an_outlet_s_own_story_is_not_the_outlet() -> None:
    found = speakers(
        "(CNN)Shoppers have long complained about a loyalty scheme called Pet Points.",
        'The company says the scheme is "open to anyone who owns a pet."',
    )
    assert found[-1][1] == "Company"  # an unnamed company, never the outlet


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('The pair were "safe and well," according to a statement from the Harlow Coastguard.',
         "Harlow Coastguard"),
        ('Staff "must stay home," according to a statement from Ada Brook, a council spokeswoman.',
         "Ada Brook"),
        ('Sales "fell sharply," according to a report by the Dunmore Retail Group.',
         "Dunmore Retail Group"),
    ],
)  # fmt: skip
def test_attribution_according_to_a_statement_from_its_body(paragraph: str, expected: str) -> None:
    assert last_speaker("The town was quiet.", paragraph) == expected


def test_attribution_a_body_named_with_and_keeps_its_whole_name() -> None:
    found = speakers(
        "Raids took place on Tuesday.",
        'The homes were "used for the scheme," according to a statement from U.S. Immigration'
        " and Customs Enforcement.",
        'U.S. Immigration and Customs Enforcement said the women were "witnesses".',
    )
    assert [speaker for _, speaker in found] == ["U.S. Immigration and Customs Enforcement"] * 2


def test_attribution_two_people_joined_by_and_stay_two() -> None:
    assert last_speaker("Tom Ruiz and Ada Brook said it was “a shame”.") == "Ada Brook"


def test_attribution_a_letter_is_never_a_speaker() -> None:
    found = speakers(
        "Many families moved to the U.S.",
        "Others stayed behind and later left the U.S.",
        '"We will keep looking," it said.',
    )
    assert found == [("We will keep looking", None)]


def test_attribution_a_possessor_keeps_the_words_that_qualify_it() -> None:
    found = speakers(
        "Downing Street defended the plan.",
        '"We will not change course," the prime minister\'s official spokesman said.',
    )
    assert found == [("We will not change course", "prime minister official spokesman")]


def test_attribution_a_spokeswoman_of_a_role_no_one_holds_speaks_for_the_role_not_a_statement() -> (
    None
):
    found = speakers(
        "Talks went on in Geneva.",
        'A statement released Tuesday said "the talks were constructive".',
        'The foreign minister\'s spokeswoman said "no deal was signed".',
    )
    assert [speaker for _, speaker in found] == ["statement", "foreign minister"]


@pytest.mark.parametrize("document", ["bulletin", "memo"])
def test_attribution_a_bulletin_or_memo_speaks_for_its_issuer_or_as_itself(document: str) -> None:
    found = speakers(
        "Officials worried on Monday.",
        f'The {document} also said the risk was "rising fast".',
        f'A Pentagon {document} said it was "low".',
    )
    assert [speaker for _, speaker in found] == [document, "Pentagon"]

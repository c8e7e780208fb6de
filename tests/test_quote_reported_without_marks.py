"""Reported speech with no `that` and no quote marks: a clause of any subject right after a verb
of saying, whom `told` tells before it, and an attribution closing the sentence or set inside
it; things said and hearsay are no one's report. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def reported(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lowercase subject, `no` or `both`, and a verb in the plain past
        ("Analysts said profits fell 12% last year.",
         ("profits fell 12% last year.", "Analysts", "said")),
        ("The ministry said no decision had been made.",
         ("no decision had been made.", "Ministry", "said")),
        ("Ada Lund said both sides had agreed to meet.",
         ("both sides had agreed to meet.", "Ada Lund", "said")),
        ("Ada Lund said sales rose sharply in March.",
         ("sales rose sharply in March.", "Ada Lund", "said")),
        # a pronoun or a name right before its verb
        ("Harlow Mills said it expected sales to rise.",
         ("it expected sales to rise.", "Harlow Mills", "said")),
        ("Ada Lund said Acme posted a loss of 3 million.",
         ("Acme posted a loss of 3 million.", "Ada Lund", "said")),
        ("Harlow Mills says it needs more time to decide.",
         ("it needs more time to decide.", "Harlow Mills", "says")),
        # an adverb or a time between the verb and its clause
        ("Ada Lund said separately the plan would cost more.",
         ("the plan would cost more.", "Ada Lund", "said")),
        ("Ada Lund said in a statement on Monday the plan would cost more.",
         ("the plan would cost more.", "Ada Lund", "said")),
        # whom `told` tells, then the clause
        ("Harlow Telecom told reporters it had signed a deal worth $40 million.",
         ("it had signed a deal worth $40 million.", "Harlow Telecom", "told")),
        ("Ola Berg told the BBC the plan would cost more.",
         ("the plan would cost more.", "Ola Berg", "told")),
        ("Ola Berg told Reuters Acme would close two plants.",
         ("Acme would close two plants.", "Ola Berg", "told")),
        ("Ola Berg told a news conference the talks had stalled.",
         ("the talks had stalled.", "Ola Berg", "told")),
    ],
)  # fmt: skip
def test_a_clause_of_any_subject_after_a_verb_of_saying_is_reported(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert reported(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ola Berg said goodbye to the team he had led for a decade.",
        "Ola Berg said sorry for what had happened at the depot.",
        "Ola Berg said thanks to everyone who had come.",
        "Ola Berg said prayers for those who died in the flood.",
        "Ola Berg told him to leave the building at once.",
        "Ola Berg told the story of a man who had lost his farm.",
        "Ola Berg told members to take their seats as the vote began.",
        # hearsay: a passive names no speaker
        "Ola Berg is said to have turned down the post twice.",
        "Ola Berg was told the plan would fail within weeks.",
    ],
)
def test_a_thing_said_or_a_passive_is_no_report(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ola Berg is the finance minister.",
          "The plan will cost more than expected, Berg said."),
         ("The plan will cost more than expected", "Ola Berg", "said")),
        (("Prices are likely to rise again next year, the central bank said in a statement.",),
         ("Prices are likely to rise again next year", "central bank", "said")),
        (("Ten people died in the blast, a senior police official told reporters.",),
         ("Ten people died in the blast", "senior police official", "told")),
        (("Rents will rise again this year, said Ivo Dren, the trust's director.",),
         ("Rents will rise again this year", "Ivo Dren", "said")),
        # set inside the clause: the clause is both parts
        (("Ivo Dren runs the trust. The plan, he said, will cost far more.",),
         ("The plan will cost far more.", "Ivo Dren", "said")),
        (("Total costs were 1.30 euros a tonne, Harlow Mills said, but prices were lower.",),
         ("Total costs were 1.30 euros a tonne but prices were lower.", "Harlow Mills", "said")),
    ],
)  # fmt: skip
def test_an_attribution_after_a_comma_reports_the_clause_before_it(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert reported(*paragraphs) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "As the storm approached the coast, he said goodbye.",
        "When asked about the plan at the meeting, he said no.",
        "In Paris on a wet Friday, he said.",
        "Shortly after the poll, which Ada Lund won, the officials agreed to raise the fee.",
    ],
)
def test_a_verb_after_a_comma_with_an_object_or_no_clause_reports_nothing(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_title_on_a_short_name_tells_the_gender_of_the_full_name() -> None:
    """`Ms Sturgeon` makes `Nicola Sturgeon` a woman, so `She` after her is her, not the woman
    quoted before; `Mrs Howard` does not make `Michael Howard` a woman."""
    assert reported(
        "The SNP's Nicola Sturgeon has asked who signed the leave.",
        'It was defended by Rhona Brankin, the deputy minister. Ms Brankin said: "We will review'
        ' it." Ms Sturgeon has written to the first minister. She said questions must be'
        " answered about his escape.",
    ) == [("questions must be answered about his escape.", "Nicola Sturgeon", "said")]
    assert reported(
        "Michael Howard's wife, Sandra, is to campaign with him. Mrs Howard will visit seats.",
        "On the radio he said the campaign would be won in the north.",
    ) == [("the campaign would be won in the north.", "Michael Howard", "said")]


def test_a_subject_described_with_an_age_and_a_relative_clause_speaks() -> None:
    assert reported(
        "Cat Deeley is to leave the show after six years.",
        "The 28-year-old host who also presents Stars In Their Eyes said she wanted new projects.",
    ) == [("she wanted new projects.", "Cat Deeley", "said")]


def test_a_pronoun_after_the_clause_it_reports_is_not_a_name_in_that_clause() -> None:
    assert reported(
        "Economists at Dunmore Bank expect a slow year. Italy, they said, would not cut rates soon."
    ) == [("Italy would not cut rates soon.", "Dunmore Bank", "said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The former head of the firm overstated its earnings, it was claimed in court.",
        "Two of the stars will also return for the sequel, it was confirmed on Wednesday.",
    ],
)
def test_a_passive_attribution_after_a_comma_is_hearsay(sentence: str) -> None:
    assert reported("Acme Foods Plc reported a loss.", sentence) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a company named by its trade is a company, and `the company` is it
        (("Nordvik Foods cut its forecast on Friday.",
          "The company said it now expected sales to rise by 3% this year."),
         [("it now expected sales to rise by 3% this year.", "Nordvik Foods", "said")]),
        # and it goes by its name without its trade
        (("Shares in Cairn Energy jumped on Monday.",
          "Cairn said the oilfield was larger than previously thought."),
         [("the oilfield was larger than previously thought.", "Cairn Energy", "said")]),
        # a first name keeps a person a person
        (("Samantha Power said the talks had stalled over the budget.",),
         [("the talks had stalled over the budget.", "Samantha Power", "said")]),
    ],
)  # fmt: skip
def test_a_company_named_by_its_trade_speaks_as_the_company(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    assert reported(*paragraphs) == expected


def test_a_public_body_described_by_its_field_is_new_not_the_company_in_focus() -> None:
    assert reported(
        "Bruno Salles, the chief executive of Harlow Telecom, apologised to customers.",
        "The national telecoms regulator said it had opened an investigation into the outage.",
        "The weather agency said the storm was the strongest since 2019.",
        "The agency said more rain would fall on Sunday.",
    ) == [
        ("it had opened an investigation into the outage.", "national telecoms regulator", "said"),
        ("the storm was the strongest since 2019.", "weather agency", "said"),
        ("more rain would fall on Sunday.", "weather agency", "said"),
    ]


def test_told_takes_a_clause_in_the_plain_past_but_not_what_to_do() -> None:
    assert reported(
        "Chief Executive Ola Berg told reporters the weaker outlook reflected slower demand.",
        "Asked whether she would stand again, Maria Lund told him to wait for her memoirs.",
        "The scope of the embargo was very narrow, he told BBC Radio 4's World At One.",
    ) == [
        ("the weaker outlook reflected slower demand.", "Ola Berg", "told"),
        ("The scope of the embargo was very narrow", "Ola Berg", "told"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a counted subject, a quantifier with `of`, and a longer lowercase subject
        ("The agency said 11 of the dead were in the town of Merev.",
         "11 of the dead were in the town of Merev."),
        ("Maria Ruiz said two of the seven board members had voted for a cut.",
         "two of the seven board members had voted for a cut."),
        ("Ola Berg said about 1,100 rescuers had been deployed.",
         "about 1,100 rescuers had been deployed."),
        ("Ola Berg said vaccination rates among five-year-olds had fallen to 88%.",
         "vaccination rates among five-year-olds had fallen to 88%."),
        # whom `told` tells, where, and a clause of any subject
        ("Ola Berg told reporters three candidates had been interviewed.",
         "three candidates had been interviewed."),
        ("Ola Berg told analysts on a call the airline had little spare capacity left.",
         "the airline had little spare capacity left."),
        ("Ola Berg told Reuters separately none of its 14 offices would close.",
         "none of its 14 offices would close."),
        ("Ola Berg told Italian newspaper La Voce he would appeal against the ban.",
         "he would appeal against the ban."),
        ("Ola Berg told the BBC Liverpool were unlikely to win the cup this year.",
         "Liverpool were unlikely to win the cup this year."),
        ("Ola Berg told Reuters revenue had tripled this year.", "revenue had tripled this year."),
    ],
)  # fmt: skip
def test_a_counted_subject_or_a_listener_before_the_clause(sentence: str, expected: str) -> None:
    assert [text for text, _, _ in reported(sentence)] == [expected]


def test_it_and_a_described_agency_are_never_a_group_of_people() -> None:
    assert reported(
        "Floods killed 23 people in Tarsa province, officials said on Friday.",
        "The provincial disaster agency said 11 of the dead were in the town of Merev. Another"
        " nine people were missing, it said.",
    ) == [
        ("Floods killed 23 people in Tarsa province", "officials", "said"),
        ("11 of the dead were in the town of Merev.", "provincial disaster agency", "said"),
        ("Another nine people were missing", "provincial disaster agency", "said"),
    ]

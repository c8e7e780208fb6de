"""Bodies met by their trade or kind: `the airline`, `the chain`, `the cooperative`, `a
spokeswoman for the company`, `the trust`, `the farmers' union`; the company a story follows
when another was named in passing; a building is no company; a plural opening two sentences is
nobody's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    ("lead", "said", "speaker"),
    [
        (
            "Low-cost airline Corrib Air posted a loss of 46 million euros.",
            "The airline said bookings were running ahead of last year.",
            "Corrib Air",
        ),
        (
            "Brightway Stores Inc cut its profit forecast on Tuesday.",
            "The Ohio-based chain said it now expected earnings of $3.10 a share.",
            "Brightway Stores Inc",
        ),
        (
            "Skovholm Dairies will cut the price it pays farmers from January.",
            "The cooperative said it would review the price again in the spring.",
            "Skovholm Dairies",
        ),
        (
            "German utility Nordwerk Energie will close its last coal plant in 2027.",
            "The company said it would offer all workers jobs elsewhere in the group.",
            "Nordwerk Energie",
        ),
    ],
)
def test_a_business_named_by_its_trade_is_the_one_in_focus(
    lead: str, said: str, speaker: str
) -> None:
    assert [who for _text, who in speakers(lead, said)] == [speaker]


def test_a_spokeswoman_for_the_company_speaks_for_the_company() -> None:
    quotes = speakers(
        "Caldermoor Estates billed residents of Farrant House for work that was never done, "
        "Judge Ellery said.",
        "A spokeswoman for the company said it had already spent 400,000 pounds on the block.",
        "Passengers will be able to claim a refund, a spokeswoman for the operator said.",
    )
    assert quotes[1:] == [
        ("it had already spent 400,000 pounds on the block.", "Caldermoor Estates"),
        ("Passengers will be able to claim a refund", "Caldermoor Estates"),
    ]


def test_the_trust_is_the_trust_named_before() -> None:
    quotes = speakers(
        "Waiting lists at Severnmouth Hospitals NHS Trust have risen to 21,400.",
        "The trust said it hoped to open a new day-surgery unit in the spring.",
    )
    trust = "Severnmouth Hospitals NHS Trust"
    assert quotes == [("it hoped to open a new day-surgery unit in the spring.", trust)]


def test_a_union_named_by_its_members_is_not_the_company() -> None:
    quotes = speakers(
        "Skovholm Dairies will cut the price it pays farmers from January.",
        "The farmers' union said it would ask the government for emergency support.",
    )
    assert quotes == [("it would ask the government for emergency support.", "farmers' union")]


def test_the_company_a_story_follows_wins_over_one_named_in_passing() -> None:
    quotes = speakers(
        "Unilever will scrap its dual chairmanship. Unilever said the change would speed up "
        "decisions.",
        "Unilever is not alone. Oil giant Shell last year dismantled its dual structure.",
        "The company said its main focus would be on improving profits.",
    )
    assert [who for _text, who in quotes] == ["Unilever", "Unilever"]


def test_the_company_just_named_in_the_same_paragraph_still_wins() -> None:
    quotes = speakers(
        "Unilever will scrap its dual chairmanship. Unilever said the change would speed up "
        "decisions.",
        "Oil giant Shell dismantled its dual structure last year, and the company said the move "
        "had worked.",
    )
    assert [who for _text, who in quotes] == ["Unilever", "Shell"]


def test_a_building_is_never_the_company() -> None:
    quotes = speakers(
        "Caldermoor Estates billed tenants of Farrant House for repairs.",
        "The block's lifts failed twice. Tenants of Farrant House complained.",
        "The company said it had spent 400,000 pounds on improvements.",
    )
    assert [who for _text, who in quotes] == ["Caldermoor Estates"]


def test_a_plural_opening_sentences_is_nobody() -> None:
    quotes = speakers(
        "Shares in Krispy Kreme fell after the firm revealed it would restate results.",
        "Shares in Krispy Kreme sank 14% on the news.",
        "The company warned the move would cut its profits by $4.9m.",
    )
    assert quotes == [("the move would cut its profits by $4.9m.", "Company")]


def test_the_company_may_be_a_name_the_cast_took_for_a_person() -> None:
    quotes = speakers(
        "Cadbury Schweppes has reported a 2% rise in profits.",
        "Cadbury Schweppes also makes Dr Pepper.",
        "Sales fell after the company said in December that poor weather had hit drink sales.",
    )
    assert quotes == [("poor weather had hit drink sales.", "Cadbury Schweppes")]


def test_a_person_is_never_the_company() -> None:
    quotes = speakers(
        "Ada Brook has reported a 2% rise in profits at her bakery.",
        "The company said poor weather had hit sales.",
    )
    assert quotes == [("poor weather had hit sales.", "Company")]


def test_a_trade_word_is_a_person_when_one_is_in_focus() -> None:
    quotes = speakers(
        "Peter Molyneux runs Lionhead Studios, maker of Black & White.",
        "The veteran game maker says he has one problem still to solve.",
    )
    assert quotes == [("he has one problem still to solve.", "Peter Molyneux")]


def test_a_football_club_is_a_body_and_the_club_it_stands_for() -> None:
    quotes = speakers(
        "Northfield Rovers sacked manager Gareth Pryce on Sunday after a defeat by Brackenbury "
        "Town.",
        "First-team coach Mark Hebden will take charge for the trip to Ashworth United, the club "
        "said.",
    )
    assert [who for _text, who in quotes] == ["Northfield Rovers"]


def test_it_is_never_a_man_the_text_calls_he() -> None:
    quotes = speakers(
        "Northfield Rovers sacked manager Gareth Pryce on Sunday.",
        "His assistant, Steve Gorman, also left. He said he would coach again. The club said in "
        'a statement that it thanked him but that results had "fallen well short".',
    )
    assert quotes[-1] == ("fallen well short", "Northfield Rovers")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Analysts at Bramwell Partners said the results were better than feared.",
         "Bramwell Partners analysts"),
        ("Researchers from Kestrel University warned that the trial was too small.",
         "Kestrel University researchers"),
        # a place is no employer: bankers in Tokyo are bankers
        ("Bankers in Tokyo said the yen would weaken further.", "Bankers"),
    ],
)  # fmt: skip
def test_people_at_a_body_speak_as_its_people(sentence: str, speaker: str) -> None:
    assert [who for _text, who in speakers(sentence)] == [speaker]


def test_a_trade_word_is_the_company_in_focus_before_any_person() -> None:
    quotes = speakers(
        "Harlow & Pike posted a 9% rise in profit. Chief executive Tom Baxendale spoke to "
        "analysts.",
        "The retailer said it now expected a full-year profit of 830 million pounds.",
    )
    assert quotes[-1] == (
        "it now expected a full-year profit of 830 million pounds.",
        "Harlow & Pike",
    )


def test_a_month_written_short_is_nobody() -> None:
    quotes = speakers(
        "The ban, backdated to Aug. 21, runs until Aug. 20, 2030.",
        "The team said it had terminated his contract.",
    )
    assert quotes == [("it had terminated his contract.", "Team")]


def test_a_body_that_does_not_trade_is_never_the_airline() -> None:
    quotes = speakers(
        "Irish airline Corrib Skies cancelled 212 flights on Friday as pilots went on strike, "
        "the airline said.",
        "The Irish Airline Pilots' Federation (IAPF), which represents about 640 pilots, says it "
        "wants a pay rise of 14% over three years.",
        '"We deeply regret the disruption this action is causing," the airline said.',
    )
    assert [who for _text, who in quotes] == [
        "Corrib Skies",
        "Irish Airline Pilots' Federation",
        "Corrib Skies",
    ]


def test_a_ministry_or_a_union_named_last_is_not_the_company() -> None:
    quotes = speakers(
        "Harrowgate Foods said on Monday it would close its plant in Leeds.",
        "The Office of Fair Pricing will look into the deal, and the Bakers Union of Yorkshire "
        "said it would fight the closure.",
        "The company said it would offer all 300 workers jobs at its other sites.",
    )
    assert [who for _text, who in quotes] == [
        "Harrowgate Foods",
        "Bakers Union of Yorkshire",
        "Harrowgate Foods",
    ]


def test_a_site_a_company_runs_is_never_the_company() -> None:
    quotes = speakers(
        "Four miners were killed when a tunnel collapsed at Kafwe Copper Mines' Chimwe West "
        "shaft on Thursday, the company said.",
        "Output from the Chimwe West shaft would stop for a month, the company said in a "
        "statement.",
    )
    assert [who for _text, who in quotes] == ["Kafwe Copper Mines", "Kafwe Copper Mines"]


def test_the_companies_of_a_deal_speak_together_and_their_statement_is_theirs() -> None:
    quotes = speakers(
        "Hollin Gold Corp said on Monday it had agreed to buy Australian miner Redbank Resources.",
        "Redbank shareholders will receive 0.412 Hollin shares for each share they own, the "
        "companies said in a joint statement.",
        "Redbank has agreed to pay a break fee of A$46 million if it walks away, the statement "
        "said.",
    )
    joint = "Hollin Gold Corp and Redbank Resources"
    assert [who for _text, who in quotes] == ["Hollin Gold Corp", joint, joint]


def test_companies_described_further_are_not_the_two_of_the_story() -> None:
    quotes = speakers(
        "Hollin Gold Corp said on Monday it had agreed to buy Redbank Resources.",
        "Many mining companies say they are keen to buy assets in Australia.",
    )
    assert [who for _text, who in quotes] == ["Hollin Gold Corp"]


def test_a_storm_or_a_sea_is_never_the_utility() -> None:
    quotes = speakers(
        "Cyclone Remal made landfall from the Bay of Bengal on Sunday, killing at least 16 people.",
        "Power was cut to about 2 million households, the state power utility said.",
    )
    assert [who for _text, who in quotes] == ["power utility"]


@pytest.mark.parametrize(
    ("lead", "said", "speaker"),
    [
        ("Western Union cut its fees for transfers to Mexico on Monday.",
         "The company said it expected volumes to grow.", "Western Union"),
        ("House of Fraser will close 12 of its stores next year.",
         "The retailer said all staff would be offered other jobs.", "House of Fraser"),
        ("Workers at the Harlow Foods plant walked out on Monday.",
         "The company said it would keep paying staff during the stoppage.", "Harlow Foods"),
    ],
)  # fmt: skip
def test_a_company_named_like_a_union_a_house_or_its_plant_is_still_the_company(
    lead: str, said: str, speaker: str
) -> None:
    assert [who for _text, who in speakers(lead, said)] == [speaker]


def test_the_organisers_speak_for_the_event_named_before() -> None:
    quotes = speakers(
        "The Glen Torran Festival said it would refund all tickets for next year.",
        "Ticket holders will receive automatic refunds within 14 days, the organisers said.",
    )
    assert [who for _text, who in quotes] == [
        "Glen Torran Festival",
        "Glen Torran Festival organisers",
    ]
    quotes = speakers(
        "Acme Foods said it would sponsor the town's summer fair.",
        "The fair will open on 3 June, organisers said.",
    )
    assert [who for _text, who in quotes] == ["Acme Foods", "organisers"]


def test_a_body_met_by_its_noun_that_acts_and_then_says_speaks() -> None:
    quotes = speakers(
        "Harbour Bank said on Monday that some customer records had been lost.",
        "The bank gave no details of how the records disappeared, but said they had probably "
        "not been misused.",
    )
    assert [who for _text, who in quotes] == ["Harbour Bank", "Harbour Bank"]

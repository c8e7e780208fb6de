"""What a figure measures: the ordered rules, phrases a reader can use, and whose measure it is."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article, figures_in_sentence
from bot.analyse.figures.measure_rules import RULES, Rule
from bot.analyse.figures.readable import figure_flaw, measure_flaw, repaired, trimmed


def measure_of(sentence: str, number: str) -> str:
    """The measure of the figure of `sentence` whose text holds `number`."""
    found = [f for f in figures_in_sentence(sentence) if number in f.text and not f.minor]
    assert len(found) == 1, found
    return found[0].measure


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_measure_rule_gives_its_example(rule: Rule) -> None:
    sentence, number, expected = rule.example
    assert measure_of(sentence, number) == expected


# One sentence per failure family of measure phrases, with the measure a reader should see.
FAMILIES = [
    # a subordinate clause before the subject is not the subject
    ("When the query load doubled, response times rose 30%.", "30%", "response times"),
    # a subordinator opening the owner is dropped, the noun phrase kept
    ("If shoppers in Leeds spend more, the council will add 40 buses.", "40",
     "buses the council will add"),
    # a pronoun and its verb are never the owner of a counted noun
    ("They argue that the city needs 300 more nurses.", "300", "city nurses"),
    # a verb inside the owner is cut away
    ("And the museum drew 2.5 million visitors.", "2.5", "museum visitors"),
    ("Analysts expect the bank to cut 1,200 jobs.", "1,200", "bank jobs"),
    # a clause opened inside the measure is cut off
    ("The firm will sell 253m euros of new shares as it looks to cut its debts.", "253m",
     "new shares"),
    # a possessive pronoun in front says nothing to a reader
    ("Its local stores sold 12,000 umbrellas.", "12,000", "umbrellas its local stores sold"),
    # a pronoun subject with nothing else gives no measure rather than a wrong one
    ("It orbits the planet every 12 days.", "12", ""),
    # the reader is addressed: `Say you ...` is no measure
    ("Say you bought 100 shares years ago.", "100", "shares"),
    # a counted noun keeps the participle or relative clause that says which ones, not the verb
    # of its own clause
    ("At least six people killed in the collapse were miners.", "six",
     "people killed in the collapse"),
    ("More than 13,000 people who voted for the prize chose Acme.", "13,000",
     "people who voted for the prize"),
    ("Some 40 shops in the town closed.", "40", "shops in the town"),
    # a phrase before the subject, its commas lost, is not the owner
    ("Since the start of last season Kit Varga has scored 22 goals in all competitions.", "22",
     "goals Kit Varga scored in all competitions"),
    # what a named owner does to the things it counts, unless it only has them
    ("Ford builds 500,000 cars a year in Spain.", "500,000", "cars Ford builds in Spain"),
    ("Vexa has sold more than 800,000 units in Brazil.", "800,000", "units Vexa sold in Brazil"),
    ("Orbis says it intends to ship three million of the consoles by March.", "three million",
     "consoles Orbis intends to ship"),
    ("Kelda Foods is cutting about 650 jobs.", "650", "jobs Kelda Foods is cutting"),
    # a counted noun written like a verb is still the noun that opens the measure
    ("Norvic Insurance said it had received 6,800 claims by midday.", "6,800",
     "claims Norvic Insurance received"),
    # a participle saying which things they are never runs on after the deed
    ("Lumo Radio aired 40 programmes hosted by three DJs.", "40", "programmes Lumo Radio aired"),
    # whom each payment goes to, and a debt owed to a body of two words
    ("The mine will pay each bereaved family $9,400.", "9,400", "payment to each bereaved family"),
    ("Nigeria owes the Paris Club about $48bn.", "48bn", "debt to Paris Club"),
    # the verb of an estimate is no part of what is estimated
    ("Early estimates put insured losses at about $95m.", "95m", "estimated insured losses"),
    ("Kelda Foods employs about 650 bakers.", "650", "Kelda Foods bakers"),
    ("The council will add 40 buses.", "40", "buses the council will add"),
    # a place after `in northern` does nothing; a common noun opening the sentence is no name,
    # so it is said after the deed done to the hostages
    ("Rebels in northern Tarvia freed 19 hostages.", "19",
     "hostages freed by Rebels in northern Tarvia"),
    ("Police arrested nine people after the match.", "nine", "people police arrested"),
    # a qualifier before the number is not the subject's end
    ("Inkjet printers now cost as little as £34.", "34", "Inkjet printers"),
    # a time word after the noun ends it
    ("Acme completed the £8.5bn takeover last year.", "8.5bn", "takeover"),
    # a past verb the lists miss still ends the subject
    ("Tesla broke a record with about $7.2 billion.", "7.2", "Tesla"),
    # a sentence adverb opens no noun phrase
    ("Previously the carrier charged RM79 a month.", "79", "carrier"),
    # a lone body is not what a sum measures: what it is spent on is
    ("The government will spend £3bn on new rail lines.", "3bn", "new rail lines"),
    # an `of` phrase ends at the verb of its clause, not at a participle describing it; a
    # percentage of it keeps what the group does
    ("The council says 40% of schools need repairs.", "40%", "schools need repairs"),
    ("Almost three quarters of all consoles sold abroad were faulty.", "three quarters",
     "consoles sold abroad"),
    # a year that is the fact of a clause opened by a pronoun gives no measure
    ("They will be topping the table by 2030.", "2030", ""),
    # the entity and what is measured, not a lone noun
    ("The volume of trade between Russia and Latin America has increased by 12%.", "12%",
     "trade between Russia and Latin America"),
    ("About 4,000 young Latin Americans are studying in Russia.", "4,000",
     "young Latin Americans studying in Russia"),
    # a relative clause that acts on a counted noun gives its owner, not its measure
    ("Pellway, which operates a chain of 60 garden centres in Wales, said it would open more.",
     "60", "Pellway garden centres in Wales"),
    ("The museum has a collection of 4,000 paintings.", "4,000", "museum paintings"),
    # a verb after `and` shares the subject of the clause before, past its object
    ("The club has signed the striker as a free agent and has sold 9,000 season tickets.",
     "9,000", "club season tickets"),
    # a passive relative clause says which ones; a partitive's clause subject owns nothing
    ("Crowds waited for hours to buy one of the 3,000 tickets which were printed for the final.",
     "3,000", "tickets printed for the final"),
    # a participle after an adverb describes the noun and is no verb
    ("The firm's recently listed stock slid 8% on Friday.", "8%", "firm's recently listed stock"),
    # `-worth of` reads as `of`
    ("The plan restructures 3bn euros-worth of loans.", "3bn", "loans"),
    # a sum something sells for is its price, not the seller
    ("The Zeta tablet goes on sale in Canada for C$400.", "400", "Zeta tablet price"),
    ("Brume Ltd is selling the larger model of its kettle for £90.", "£90",
     "larger model of its kettle price"),
    ("Norcap will offer the new bonds priced at 98 cents each.", "98", "new bonds price"),
    # a sum a relative clause describes is money, whoever `it` is
    ("Auditors traced the $80m it had quietly moved to a Cyprus account last year.", "$80m",
     "money moved to a Cyprus account"),
    # a verb of paying names the payment
    ("The carmaker agreed to repay its dealers £12m.", "£12m", "repayment to dealers"),
    ("He admitted spending nearly $3m on art.", "$3m", "art"),
    ("He admitted spending nearly $3m.", "$3m", "spending"),
    # a noun totalling a sum is its measure
    ("With debts of $90m and losses totalling $35m, the club is for sale.", "$35m", "losses"),
    # a currency moving to a number is its exchange rate
    ("The rupee weakened to 83.4 against the dollar on Friday.", "83.4",
     "rupee exchange rate against the dollar"),
    # a noun after the sum keeps the name it is of
    ("Regulators blamed the $4bn failure of Hartwell Bank on its board.", "$4bn",
     "failure of Hartwell Bank"),
    # counted things keep what they are of, up to a cause
    ("There were 45 complaints of late delivery because of the strike.", "45",
     "complaints of late delivery"),
    # digits inside an owner are no reason to drop it; an owner that is a quantity is
    ("Employment for nurses aged 50 to 64 grew by 8,000 positions.", "8,000",
     "Employment for nurses aged 50 to 64 positions"),
    # a counted noun that is its own `of` phrase is not repeated
    ("Rivo is thought to have 12m of its smart plugs in homes.", "12m", "Rivo smart plugs"),
    # `total` before a noun is no verb; an `of` phrase before the sum ends at a relative clause
    ("Last year Kemp's total bonus was $2.1m, which includes share awards of $900,000.", "2.1m",
     "Kemp's total bonus"),
    ("Last year Kemp's total bonus was $2.1m, which includes share awards of $900,000.",
     "900,000", "share awards"),
    # `X said it has`: the owner of the pronoun is the speaker
    ("Brix said it employs 300 bakers.", "300", "Brix bakers"),
    # a change in something, then where it ended
    ("There was a sharp rise in its operating margin to 14 per cent.", "14",
     "operating margin"),
    # an owner that counts the same things is none
    ("More than 9 million cars nationwide, 2.1 million in the north, are diesel.", "2.1",
     "cars in the north"),
    # an `of` phrase keeps `at` its own place or `on` a named one, and ends at its verb
    ("Rolt said 35% of staff at its Derby plants were temporary.", "35%",
     "staff at its Derby plants which were temporary"),
    ("Half of the firms on the Dow list fell.", "Half", "firms on the Dow list"),
    ("Acme sold 20% of its shares on Monday.", "20%", "shares"),
    # a participle before the sum says who has it; a percentage describes a share noun after it
    ("The tax falls on families earning between £60,000 and £80,000 a year.", "60,000",
     "families earning"),
    ("Engineers expect a 5% to 8% improvement.", "5%", "improvement"),
    # `and` before a named subject with its own past verb opens a new clause
    ("Kerr equalised early in the second half and Dunn scored 12 minutes later.", "12", "Dunn"),
    ("Exports to Brazil and Argentina climbed 8%.", "8%", "Exports to Brazil and Argentina"),
    # `another` or `a further` sum measures what the one before it does
    ("The insurer will repay its clients $30m now and another $45m next year.", "$45m",
     "repayment to clients"),
    # `and` after a subject with no verb of its own joins the subject, not two clauses
    ("The total number of cafes and bakeries in the city rose to 410.", "410",
     "cafes and bakeries in the city"),
    # a short `that` clause before the figure points back to its noun
    ("The coach was left with a squad that contained only 19 players.", "19", "squad players"),
    ("Critics attacked a defence that conceded 41 goals.", "41", "defence goals"),
    ("The minister said that 30% of trains ran late.", "30%", "trains which ran late"),
    # a noun run before an age stops at the count before it
    ("The club kept just 12 players over the age of 30.", "30", "players"),
    # `per cent` before a noun is the figure's unit, not the measure
    ("Each club pays a 3 per cent levy of $9,000.", "9,000", "levy"),
    # a verb and its object after a sum are no noun phrase
    ("Flats over $2m sit an average of 90 days.", "$2m", "Flats"),
    # a singular noun and a verb in -s make a `that` clause; `the fact that` does not
    ("Engineers found a crack that runs 40 metres along the hull.", "40", "crack"),
    ("Few noticed the fact that sales fell 4%.", "4%", "sales"),
    # a present verb between a plural subject and its object ends the subject
    ("Dutch pensioners enjoy the highest income in Europe, 40% above the average.", "40%",
     "Dutch pensioners"),
    # a comparison after a sum is no noun; a question before the figure is no measure, and what
    # is bought for the sum is priced
    ("The new model is £200 cheaper than the old one.", "£200", "new model"),
    ('"Who would pay to print a roll of film? Or music fans, who would walk miles to a shop when'
     ' they could buy a song for 70p?" she asks.', "70p", "song price"),
    # a gerund that opens a clause with its own verb later is its subject
    ("In Leeds, testing between the two sites came back at 7 ppb.", "7",
     "testing between the two sites"),
    # a partitive count or a verb phrase owns nothing; a numbered noun phrase may
    ("Two of the mayor's aides resigned, and nine other staff left.", "nine", "staff"),
    ("The partners had bought kits from a supplier, arranged for the hire of vans, and signed a"
     " one-year contract with the county to deliver 2,000 meals per day.", "2,000", "meals"),
    ("The three towers will offer a combined 900 flats.", "900", "three towers flats"),
    # other figures inside a measure are left out: the name after them, else the words before
    ("Markets: Nikkei -0.4% Hang Seng -1.2% Kospi -0.9%.", "-0.9%", "Kospi"),
    ("Flats from $400,000 to $600,000 sell within 30 days; $600,000 to $1m, 45 days.",
     "$600,000 to $1m", "Flats"),
    # a clause opened by `because` and a pronoun has its own subject
    ("Students are keen on the course because it helps them earn 12 extra credits.", "12",
     "credits"),
    # a gerund and its object own nothing
    ("Buying all 12 albums will cost £96.", "12", "albums"),
    # a label before a colon names the figure, in a bracket too
    ("The Zeta S (base price: $39,995) is quick.", "39,995", "base price"),
    ("Total cost: $48,100 with every option.", "48,100", "Total cost"),
    # a sum counted in something: `in gains`, `in funding`
    ("The fund is sitting on $40m in unrealised gains.", "$40m", "unrealised gains"),
    # `worth of` reads as `of`
    ("The shop holds 30 years worth of vinyl records.", "30", "vinyl records"),
    # what a sum pays for needs no article, and a price may be qualified
    ("The council paid $2m for consultancy that was never used.", "$2m", "consultancy"),
    ("The store sells imported teas priced at under $8 per pack.", "8", "imported teas price"),
    # counted things keep an `of the` phrase; an owner never pushes the counted noun out
    ("Drillers won rights to 12 blocks of the Tarn basin.", "12",
     "Drillers blocks of the Tarn basin"),
    ("Mira Holt a 41 year-old nurse from Leeds admitted two counts of fraud involving a car.",
     "two counts", "counts of fraud"),
    # a lone quantifier is no measure
    ("Most were sold for 20 euros.", "20", ""),
    # a time word, or a pronoun and its verb written without the apostrophe, is no measure
    ("Yesterday I ran about 5 km, tomorrow I will run more than 12 km.", "12 km", ""),
    ("Since March weve seen more lenders offering 95 per cent mortgages.", "95", ""),
    ("I make $14.75, she said.", "14.75", ""),
    ("lets raise from $2 to $3 billion and then split it, he said.", "$2 to $3", ""),
    # a subordinator after the number opens a clause, not the noun it measures
    ("Shops struggled in those six weeks because of the strong pound.", "six", "Shops"),
    # the verb after an age is no noun it describes; a plural noun after it is
    ("The 72-year-old fears that the pier will close.", "72", ""),
    ("The 15 year-old pupils in the choir sang.", "15", "pupils"),
    # a share of things says what they did; cases are cases of what the clause after reports
    ("Nearly three out of four teenagers said they used sunscreen.", "three out of four",
     "teenagers who used sunscreen"),
    ("Fewer than one in 5,000 kettles had developed leaks.", "5,000",
     "kettles which developed leaks"),
    ("In 12 cases, patients reported a mild rash on the arm.", "12 cases",
     "patients reported a mild rash"),
    ("In 12 cases, they said nothing.", "12 cases", "cases"),
    # a rate per thousand counts what that many are
    ("Only nine households per thousand are solar owners.", "nine",
     "solar owners per thousand households"),
    # a sum only a pronoun introduces is measured against what it is cheaper than
    ("That is £900 cheaper than last year's list due to lower costs.", "900",
     "price against last year's list"),
    # a multiple `that of` someone compares what the clause before names with them
    ("Their pay is three times that of nurses.", "three times", "pay against nurses"),
    # a currency moving to a sum is its exchange rate
    ("Dealers can see the pound falling back to $1.10 after the vote.", "1.10",
     "pound exchange rate"),
    # a number inside a name belongs to the `of` phrase; a year does not
    ("Brix has worked for more than half of the firms on the Fortune 500 list.", "half",
     "firms on the Fortune 500 list"),
    ("Sales were 40% of the 2004 total.", "40%", "Sales"),
    # what is bought for a sum is priced, even inside a relative clause that opens another
    ("Fans can buy the new album online for $12.", "$12", "new album price"),
    ("Or vinyl fans, who would queue for hours when they could download the song for 70p?",
     "70p", "song price"),
    # `-plus` and `-strong` stand between the number and its noun; a clause after `to whom` stays
    ("Velo is kept afloat by the 200-plus banks to whom it owes money.", "200",
     "Velo banks to whom it owes money"),
    ("Hosts welcomed the 40-strong team of engineers.", "40", "team of engineers"),
    # a clause with no relative word says which ones
    ("Kelda will keep the 3,000 jobs it plans to cut next year.", "3,000",
     "Kelda jobs it plans to cut"),
    ("Orbis will not raise the 90,000-strong stock of tablets it hopes to sell by June.",
     "90,000", "stock of tablets it hopes to sell"),
    # a distance after a place is its distance from the place named after it
    ("Riots spread to Kella, some 30 km (19 miles) from Varno.", "30 km",
     "distance of Kella from Varno"),
    ("Riots spread to Kella, some 30 km (19 miles) from Varno.", "19 miles",
     "distance of Kella from Varno"),
    ("The Arlo plant is 30 km from the coast.", "30 km", "Arlo plant"),
    # a distance after `from` measures the shot or kick taken from there
    ("Kerr curled a free kick into the top corner from 25 yards.", "25 yards",
     "free kick into the top corner"),
    # a duration measures the time its verb phrase takes or lasts, not the clause's subject
    ("The Gorsey plant was closed for 11 days.", "11 days", "time closed"),
    ("Staff at Harlow would work night shifts for up to 60 hours.", "60 hours",
     "time to work night shifts"),
    ("It should happen within 24 hours.", "24 hours", ""),
    ("She kept true to that promise for 14 years, a time of triumph.", "14 years", "promise"),
    ("The battery fills up after charging in under 18 minutes.", "18", "time charging"),
    ("Solar power will feed the grid in 15 years.", "15", "Solar power"),
    # a lone participle, or `this` and its verb, is no measure
    ("This means that under the hood hides a tuned 2.0 liter motor making 310 hp.", "310", ""),
    ("Its cheap but its well-priced at $40.", "$40", ""),
    ("Half of the combined 2.1M sales came from vinyl.", "Half", "sales"),
    # a figure that is its own subject measures the group a fronted `Of` phrase names
    ("Of the 900 nurses polled in Leeds, 61% said they would strike.", "61%",
     "nurses polled in Leeds"),
    ("Of those recruits, an estimated 300 are believed to have left.", "300", "recruits"),
    # counted things that are the subject of their own verb take no owner from the clause before
    ("Doncaster has marked ten years since 40 miners died in the Hatfield shaft.", "40",
     "miners who died in the Hatfield shaft"),
    # a change verb's object ends at its preposition
    ("The brewer has raised output targets for the new plant by 25%.", "25%", "output targets"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "number", "expected"), FAMILIES)
def test_measure_family(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_figure_that_is_its_own_subject_takes_no_measure_from_the_clause_before() -> None:
    found = figures_in_sentence(
        "Fenwick says a 55 year-old would pay $12 and a 65 year-old would pay $20."
    )
    ages = [(f.text, f.measure) for f in found if f.unit == "year of age"]
    assert ages == [("55 year-old", ""), ("65 year-old", "")]


MORE_SENTENCES = [
    "Nobody knew that they had lost 15 matches.",
    "Has the team won 12 games this season?",
    "Because prices rose, we cooked only 3 meals a day.",
    "While sales fell 4%, its margins rose to 12%.",
    "He said they would need another 20 engineers.",
    "Although it cost $3m, the bridge carries 9,000 cars a day.",
    "Them aside, 40% of voters were undecided.",
    "That is why the union wants a 6% pay rise.",
]


@pytest.mark.parametrize("sentence", [s for s, _n, _m in FAMILIES] + MORE_SENTENCES)
def test_measure_never_opens_with_a_pronoun_subordinator_or_verb(sentence: str) -> None:
    found = figures_in_sentence(sentence)
    assert found
    assert [(f.text, f.measure) for f in found if figure_flaw(f.measure, str(f.unit))] == []


@pytest.mark.parametrize(
    ("measure", "flaw"),
    [
        ("them", "opens with the pronoun 'them'"),
        ("them argue", "opens with the pronoun 'them'"),
        ("When the query", "opens with the subordinator 'when'"),
        ("and sales", "opens with the conjunction 'and'"),
        ("argue costs", "opens with the verb 'argue'"),
        ("this", "is the lone pronoun 'this'"),
        ("US trade deficit", None),
        ("$1 million to $1.5 million", "opens with the figure '$1'"),
        ("2-0 FA Cup finals", "opens with the figure '2-0'"),
        ("95800", "opens with the figure '95800'"),
        ("60 year-olds", None),
        ("I'm", "opens with the pronoun 'i'"),
        ("I make", "opens with the pronoun 'i'"),
        ("weve seen more lenders", "opens with the contraction 'weve'"),
        ("lets get", "opens with the contraction 'lets'"),
        ("tomorrow", "is the time word 'tomorrow'"),
        ("past sales", None),
        ("combined", "is the participle 'combined'"),
        ("speed", None),
        ("This means", "opens with the pronoun 'this' and its verb"),
        ("this years budget", None),
        ("most", "is the lone pronoun 'most'"),
        ("this year's budget", None),
        ("increased demand", None),
        ("", None),
    ],
)
def test_measure_flaw_names_the_reason(measure: str, flaw: str | None) -> None:
    assert measure_flaw(measure) == flaw


def test_trimmed_and_repaired_keep_the_noun_phrase() -> None:
    assert trimmed("new shares as it looks") == "new shares"
    assert trimmed("price than expected") == "price than expected"
    assert trimmed("predicted price comes true") == "predicted price"
    assert trimmed("markets dont like") == "markets"
    assert trimmed("shares held by funds") == "shares held by funds"
    assert repaired("If users in Asia") == "users in Asia"
    assert repaired("its local stores") == "local stores"
    assert repaired("they argue") == ""
    assert repaired("Previously the company") == "the company"
    assert repaired("to an increase of jobs") == "an increase of jobs"
    assert repaired("In Leeds shops") == "Leeds shops"


ACME = [
    [
        "Acme Foods, the Leeds-based snack maker, reported its results on Monday.",
        "Fourth-quarter pre-tax profit rose 12% to $5.2m.",
    ],
    [
        "The company's shares fell 3% in early trading.",
        "Brix Bakeries said its profit fell 5%.",
        "It expects sales of $80m next year.",
        "The price of butane gas rose to 200 dinars.",
    ],
]


def test_owner_comes_from_the_article_when_the_sentence_names_none() -> None:
    measures = {f.text: f.measure for f in figures_in_article(ACME) if not f.minor}
    assert measures["rose 12%"] == "Acme Foods fourth-quarter pre-tax profit"
    assert measures["$5.2m"] == "Acme Foods fourth-quarter pre-tax profit"
    assert measures["fell 3%"] == "Acme Foods shares"  # the company's shares


def test_owner_named_in_the_sentence_wins_and_unowned_measures_stay() -> None:
    measures = {f.text: f.measure for f in figures_in_article(ACME) if not f.minor}
    assert measures["fell 5%"] == "Brix Bakeries profit"
    assert measures["200 dinars"] == "price of butane gas"


def test_clause_opened_by_it_or_the_company_is_owned_by_the_organisation_in_focus() -> None:
    article = [
        ["Acme Foods, the Leeds-based snack maker, reported its results on Monday."],
        ["The company employs 5,000 staff in Yorkshire.", "It runs 40 factories."],
    ]
    measures = {f.text: f.measure for f in figures_in_article(article) if not f.minor}
    assert measures == {
        "5,000 staff": "Acme Foods staff in Yorkshire",
        "40 factories": "Acme Foods factories",
    }


def test_every_measure_of_an_article_is_readable() -> None:
    found = figures_in_article([*ACME, ["They argue it needs 300 more nurses."]])
    assert found
    assert [(f.text, f.measure) for f in found if figure_flaw(f.measure, str(f.unit))] == []


def test_a_place_owns_no_company_measure_and_a_named_price_keeps_its_thing() -> None:
    article = [
        ["Acme Foods, the Leeds-based snack maker, opened a plant in Japan."],
        ["It has sold 4,000 vending machines.", "The Crunch bar will go on sale for £2."],
    ]
    measures = {f.text: f.measure for f in figures_in_article(article) if not f.minor}
    assert measures == {
        "4,000 vending machines": "Acme Foods vending machines sold",
        "£2": "Crunch bar price",
    }


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The Nimbus glider crossed the bay at a speed of 90 mph.", "90", "Nimbus glider speed"),
        ("The Kestrel ferry will sail with a crew of twelve.", "twelve", "Kestrel ferry crew"),
        ("It cruised at a height of 9,000 feet.", "9,000", "height"),
        ("The Tern X4 drone has a top speed of 70 mph.", "70 mph", "Tern X4 drone top speed"),
        ("The Vane airship has a ceiling of 8,000 feet.", "8,000", "Vane airship ceiling"),
        ("The viaduct has a total length of 610 metres.", "610", "viaduct total length"),
    ],
)
def test_a_property_at_a_number_is_its_subject_s(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_an_amount_named_by_an_ing_noun_is_a_noun_phrase() -> None:
    sentence = "Analysts think that actual borrowing is 20% higher than the official figure."
    assert measure_of(sentence, "20%") == "actual borrowing"


def test_alone_after_a_period_is_no_measure() -> None:
    assert measure_of("The scheme cost £2m in 2019 alone.", "£2m") != "alone"


def test_what_a_subject_saw_change_is_what_changed() -> None:
    sentence = "Rural towns saw the number of bus routes fall by 12% last year."
    assert measure_of(sentence, "12%") == "bus routes"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ticket sales - a key guide to demand -- rose 5% last year.", "Ticket sales"),
        ("Ticket sales -- a key guide to demand -- rose 5% last year.", "Ticket sales"),
    ],
)
def test_an_aside_between_double_hyphens_is_set_aside(sentence: str, expected: str) -> None:
    assert measure_of(sentence, "5%") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was one of six fans caught climbing the stadium roof.",
         "fans caught climbing the stadium roof"),
        ("Four men arrested for selling fake tickets were fined.",
         "men arrested for selling fake tickets"),
    ],
)  # fmt: skip
def test_a_participle_with_a_gerund_says_which_counted_things(sentence: str, expected: str) -> None:
    [found] = [f for f in figures_in_sentence(sentence) if not f.minor]
    assert found.measure == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("The $2m grant barely covers the costs.", "$2m", "grant"),
        ("He criticised the £3,000 fine even though it was small.", "£3,000", "fine"),
        ("They signed a $2bn gas supply deal.", "$2bn", "gas supply deal"),
    ],
)  # fmt: skip
def test_an_adverb_after_the_noun_ends_the_measure(sentence: str, text: str, expected: str) -> None:
    found = {f.text: f.measure for f in figures_in_sentence(sentence)}
    assert found[text] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("A $2bn accounting anomaly was found.", "$2bn", "accounting anomaly"),
        ("40 pupils in years 10 and 11 sat it.", "40 pupils", "pupils in years 10 and 11"),
    ],
)  # fmt: skip
def test_nouns_in_ly_and_numbered_labels_stay_whole(
    sentence: str, text: str, expected: str
) -> None:
    found = {f.text: f.measure for f in figures_in_sentence(sentence)}
    assert found[text] == expected

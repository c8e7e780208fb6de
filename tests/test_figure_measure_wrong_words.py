"""Measures that used to be the wrong words of their sentence: an adverb, a trailing comparator,
a verb, an idiom's noun, the subject of another clause. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from bot.analyse.figures.extraction import figures_in_article
from bot.analyse.figures.lexicon import without_lone_quote
from bot.analyse.figures.readable import measure_flaw
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # `Here` opens no noun phrase
        ("Here are four ways to cut your heating bill.", "four", "ways"),
        # a comparator does not end a measure
        ("Firms with market values below $500m will be exempt.", "$500m", "market values"),
        ("Among the firms, those with sales below $5m pay less.", "$5m", "sales"),
        # a noun and the bound its figure is on; not a verb or an adverb before the bound
        ("The rule spares smaller banks with total assets below $700m.", "$700m",
         "total assets"),
        ("Prices stayed above $50 a barrel.", "$50", "Prices"),
        ("Inflation remains stubbornly above 3%.", "3%", "Inflation"),
        # what was seen changing needs no article
        ("Towns that got the grants saw burglaries decrease by 40%.", "40%", "burglaries"),
        ("Residents saw the number of buses drop by 7%.", "7%", "buses"),
        # a long object after the amount of its change
        ("The scheme reduced by 22% the odds that teenagers would reoffend.", "22%", "odds"),
        ("The new battery boosts by 15% the range of the scooter.", "15%",
         "range of the scooter"),
        # an intransitive change has no object after its amount
        ("Sales rose by 5% the company said.", "5%", "Sales"),
        # the rest of the whole the share before was of
        ("Some 20% of the bridge is paid for by tolls and the remaining 80% by taxes.", "80%",
         "bridge"),
        ("Some 30% of members backed Lee while the other 70% stayed home.", "70%", "members"),
        # an age group is the noun of its share
        ("In Norway, only 40% of 3-year-olds are enrolled in nursery.", "40%",
         "3-year-olds who are enrolled"),
        # an adverb and its phrase end an `of` phrase, but a noun in -ly does not
        ("The board voted to share 50% of the profits evenly among its staff.", "50%",
         "profits"),
        ("Norway sells 30% of its gas supply to Germany.", "30%", "gas supply"),
        # what a participle after a comma averages: the object before, without its time
        ("The island has enjoyed strong economic growth since 2000, averaging 6.5% a year.",
         "6.5%", "strong economic growth"),
        ("Chile has seen rapid growth in recent years, averaging 7%.", "7%", "rapid growth"),
        ("The club reported losses, totalling $5m.", "$5m", "losses"),
        # a noun after a sum that is also a verb, with its `of` phrase
        ("Critics say the plan ignores the $2 trillion costs of the new pension scheme.",
         "$2 trillion", "costs of the new pension scheme"),
        # those on the other side of a comparison are people
        ("Rich families are four times more likely to own a boat than those earning less "
         "than $20,000.", "$20,000", "people earning"),
        # a multiple of the measure opens no measure
        ("Jobs in towns fell by 7%, more than twice the decline seen in cities (3%).", "3%",
         "decline seen in cities"),
        # `to the tune of` puts a sum on its clause, and its source is dropped
        ("Police said the gang extorted bar owners to the tune of 50,000 euros a month.",
         "50,000", "gang extorted bar owners"),
        # a noun that looks like a verb is the head of its subject before an auxiliary
        ("Economic growth was about 3.1% last year.", "3.1%", "Economic growth"),
        ("Regional growth is set to slow to between 2% and 3%.", "2%", "Regional growth"),
        ("Online shopping was worth 8 billion pounds last year.", "8 billion",
         "Online shopping"),
        ("Headline earnings growth was trimmed by four percentage points.", "four",
         "Headline earnings growth"),
        # a `having` clause shares the subject of the clause before it
        ("Acme's shares rose 2% by noon, having jumped more than 6% at the open.", "6%",
         "Acme's shares"),
        ("Trading in Holt Mining was halted on Friday, having fallen by 15% on Thursday.",
         "15%", "Trading in Holt Mining"),
        # a time adverb opening the sentence is no word of the measure; in small letters it is
        ("Earlier police made two temporary arrests near the stadium.", "two",
         "temporary arrests police made"),
        ("The bank cut its growth forecast to 1.2% from an earlier estimate of 1.7%.", "1.7%",
         "earlier estimate"),
        # the possessive left by a blanked time is no word of the measure
        ("Last year's overspend of £3.1bn angered the committee.", "£3.1bn", "overspend"),
        # a figure alone between dashes measures the noun phrase before them; a counted noun
        # stays its own measure
        ("The pupils cover the cost of the kits -- about $350 -- through donations.", "$350",
         "cost of the kits"),
        ("The town has more people abroad -- up to 3,000 residents -- than ever.", "3,000",
         "town residents"),
        # a modal before an auxiliary stays a verb
        ("Riders paid $200 for tickets that should have cost $90.", "$200", "tickets"),
    ],
)  # fmt: skip
def test_measure_is_the_right_words(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The two-time Olympic champion Rosa Vale withdrew on Monday.", "two-time",
         "Rosa Vale's Olympic titles"),
        ("Officials suspended the two-time Berlin Marathon runner-up for missing a camp.",
         "two-time", "Berlin Marathon runner-up finishes"),
        ("Lane, a three-time Oscar nominee, spoke first.", "three-time",
         "Lane's Oscar nominations"),
        ("The 12-time All-Star retired.", "12-time", "All-Star selections"),
        ("The three-time world 10km champion Ida Berg won again.", "three-time",
         "Ida Berg's world 10km titles"),
    ],
)  # fmt: skip
def test_a_many_time_title_counts_its_titles(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_call_to_the_reader_is_no_measure_and_owns_none() -> None:
    assert measure_flaw("Meet the poorest kids in Chile") == "opens with the imperative 'Meet'"
    assert measure_flaw("Watch sales") == "opens with the imperative 'Watch'"
    assert measure_flaw("watch sales") is None  # only a capital at a sentence's start calls
    found = figures_in_article([[
        "Petition Acme, Zenco or Bolt to fund new parks.",
        "In 2001, the council voted to give 50% of the casino profits to parks.",
    ]])  # fmt: skip
    assert [(f.text, f.measure) for f in found if not f.minor] == [("50%", "casino profits")]


def test_a_gerund_opening_its_sentence_is_nobody_s_spending() -> None:
    found = figures_in_article([[
        "Acme Corp, the chipmaker, said on Monday that its profits rose.",
        "Acme Corp plans new plants.",
        "Spending $5.3 billion would cut rural poverty by 3%.",
    ]])  # fmt: skip
    assert [(f.text, f.measure) for f in found] == [
        ("$5.3 billion", "spending"),
        ("3%", "rural poverty"),
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ('we will not wait," Ms Okafor', "Ms Okafor"),
        ('Harbour "gold" card holders', 'Harbour "gold" card holders'),
        ("PMI new orders\u201d index", "PMI new orders index"),
        ("Acme \u201cvalue plans", "Acme value plans"),
    ],
)
def test_a_measure_cut_by_a_quotation_loses_its_lone_quote_mark(phrase: str, expected: str) -> None:
    assert without_lone_quote(phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ('The PMI new orders" index rose to 52.0 in May.', "52.0", "PMI new orders index"),
        ('Fans of Holt and "Harbour Nights numbered more than 20,000.', "more than 20,000",
         "Fans of Holt and Harbour Nights"),
    ],
)  # fmt: skip
def test_a_figure_after_a_quotation_is_measured_without_its_mark(
    sentence: str, figure: str, expected: str
) -> None:
    assert measure_of(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The new rule lowers fees by 20%.", "20%", "fees"),
        ("The rebate trims bills by £40.", "£40", "bills"),
        ("The win reduces Harbour's lead to four points.", "four points", "Harbour's lead"),
        ("The levy boosts spending by $2 billion.", "$2 billion", "spending"),
    ],
)
def test_a_change_in_the_present_tense_measures_what_changes(
    sentence: str, figure: str, expected: str
) -> None:
    assert measure_of(sentence, figure) == expected


def test_a_contracted_verb_is_never_a_measure() -> None:
    assert measure_flaw("isn't all") == 'opens with the verb "isn\'t"'
    assert measure_of("Fifty decibels isn't loud at all.", "Fifty decibels") == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The audit found £12m of invoices remain unpaid.", "£12m", "invoices"),
        ("At least 36 people who remain in hospital were hurt.", "36",
         "people who remain in hospital"),
    ],
)  # fmt: skip
def test_remain_opens_the_predicate_unless_a_relative_clause_holds_it(
    sentence: str, figure: str, expected: str
) -> None:
    assert measure_of(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("A poll found that 80% of blacks felt the verdict was wrong.", "80%",
         "blacks who felt the verdict was wrong"),
        ("Nearly 30% of bosses were gloomy about sales.", "30%",
         "bosses who were gloomy about sales"),
        ("About 40% of the boats were sold.", "40%", "boats which were sold"),
    ],
)  # fmt: skip
def test_a_share_of_people_is_told_with_who(sentence: str, figure: str, expected: str) -> None:
    assert measure_of(sentence, figure) == expected


@pytest.mark.parametrize("adverb", ["previously", "sharply", "robustly"])
def test_a_lone_adverb_is_never_a_measure(adverb: str) -> None:
    assert measure_flaw(adverb) == f"is the adverb {adverb!r}"


@pytest.mark.parametrize("noun", ["family", "elderly", "quarterly", "tally", "Italy"])
def test_a_noun_in_ly_is_a_measure(noun: str) -> None:
    assert measure_flaw(noun) is None


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The club paid in excess of £200m for the stadium.", "£200m", "stadium"),
        ("Noise in excess of 85dB can damage hearing.", "85dB", "Noise"),
        ("Fares rose by upwards of 90% on the route.", "90%", "Fares"),
    ],
)
def test_in_excess_of_is_a_bound_not_a_measure(sentence: str, figure: str, expected: str) -> None:
    assert measure_of(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # people in general own none of the counted things
        ("People keep asking why 4,000 Rovers fans were left outside.", "4,000", "Rovers fans"),
        ("Nobody expected two unions to walk out.", "two unions", "unions"),
        # a relative clause cut short at its helping verb says nothing
        ("She was shown six men who may or may not be her brother.", "six men", "men"),
    ],
)
def test_no_owner_in_general_and_no_clause_cut_at_its_helping_verb(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a present verb after its subject and an adverb is the clause's verb
        (
            "Skyline Air currently operates six flights to Oslo.",
            "six flights",
            "Skyline Air flights",
        ),
        ("Harwood Mills now employs 1,200 people.", "1,200 people", "Harwood Mills people"),
        # an -ly adjective before a noun is no adverb before a verb
        ("Average monthly wages rose 2.1% in May.", "2.1%", "Average monthly wages"),
        # a change's amount quoted with its `by`
        ('The manager hopes to increase output "by nearly 12%" this year.', "12%", "output"),
    ],
)
def test_a_present_verb_after_an_adverb_ends_the_subject(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_an_owner_put_before_a_measure_keeps_the_case_of_an_acronym_word() -> None:
    paragraphs = [["The Harbour Office has about 3,100 UK-based staff."]]
    found = {f.text: f.measure for f in figures_in_article(paragraphs)}
    assert found["about 3,100 UK-based staff"] == "Harbour Office UK-based staff"


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a participle after an article describes its noun: no past verb after a name
        ("A signed Elvis photograph managed to fetch $2,300.", "$2,300", "signed Elvis photograph"),
        (
            "The battery-powered van shaved 4 seconds off the old time.",
            "4 seconds",
            "battery-powered van",
        ),
        # `include` is the clause's verb
        ("Her declared interests include £18,000 from speeches.", "£18,000", "declared interests"),
        # a noun after `other` is no verb
        (
            "Other measures taken by the council cost £5m.",
            "£5m",
            "Other measures taken by the council",
        ),
        # `of between` a range
        ("He drew a salary of between £25,000 and £35,000.", "£25,000", "salary"),
    ],
)
def test_subjects_read_through_articles_include_and_other(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # what a firm agrees to buy or acquire is priced, by its name
        (
            "Drug giant Halvers has agreed to buy medical firm Corvex for $12.4bn.",
            "$12.4bn",
            "Corvex price",
        ),
        (
            "Brewer Tolland agreed to acquire Californian wine company Redleaf for $260m.",
            "$260m",
            "Redleaf price",
        ),
        # a long opener with no comma before the subject
        (
            "In early afternoon trade in Frankfurt the company share price was down 2%.",
            "2%",
            "company share price",
        ),
    ],
)
def test_bought_things_and_subjects_after_long_openers(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The agency provides $150 billion a year.", "$150 billion", "agency"),
        ("The club boasts more than 20,000 members.", "20,000 members", "club members"),
        ("Harbour Coal operates 15 deep mines.", "15 deep mines", "Harbour Coal deep mines"),
    ],
)
def test_common_present_verbs_end_the_subject(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("He was cut with a knife measuring about 10 inches long.", "10 inches", "knife"),
        ("The board approved a factory site measuring 250 acres.", "250 acres", "factory site"),
        ("The firm rejected a takeover offer worth $2.3bn.", "$2.3bn", "takeover offer"),
    ],
)
def test_what_measures_or_is_worth_a_sum_without_the_verb_before_it(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


def test_a_person_with_a_hyphenated_first_name_owns_no_company_figure() -> None:
    paragraphs = [
        ["Chief executive Jean-Luc Marchand said it had been a hard year."],
        ["In afternoon trade in Paris the company share price was down 1% at 1218 pence."],
    ]
    found = {f.text: f.measure for f in figures_in_article(paragraphs)}
    assert found["down 1%"] == "company share price"

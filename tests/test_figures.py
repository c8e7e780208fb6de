"""Figures: values, units, qualifiers, changes, periods, measures, and linking across outlets."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analyse.figures.extraction import Found, extract_figures, figures_in_sentence
from bot.analyse.figures.linking import consistent, link_figures, same_fact
from bot.analyse.text.sentences import split_sentences
from bot.models import (
    BODY,
    CAPTION,
    PULLQUOTE,
    SIGNOFF,
    SUBHEADING,
    Article,
    ArticleAnalysis,
    Figure,
    Paragraph,
    Sentence,
    Story,
)
from bot.parse import read_inputs
from tests.factories import EFE_ID as EFE
from tests.factories import OTHER_ID as TASS
from tests.factories import SEEDS


def article(article_id: str, *paragraphs: tuple[str, str]) -> Article:
    """An article built from (kind, text) paragraphs, split into sentences."""
    paras = tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(paragraphs))
    sentences: list[Sentence] = []
    for para in paras:
        for text in split_sentences(para.text):
            sentences.append(Sentence(len(sentences), para.position, para.kind, text))
    body = "\n\n".join(p.text for p in paras)
    return Article(
        article_id, date(2024, 1, 1), "unknown", "Headline", None, "test", body, body, paras,
        tuple(sentences), "hash",
    )  # fmt: skip


def only(sentence: str) -> Found:
    """The one figure of `sentence` that a briefing keeps."""
    found = [f for f in figures_in_sentence(sentence) if not f.minor]
    assert len(found) == 1, found
    return found[0]


def figure(value: float, unit: str, measure: str, qualifier: str | None = None) -> Figure:
    return Figure("a", str(value), value, unit, measure, qualifier, None, None, 0, measure)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.id: a for a in read_inputs([SEEDS]).articles}


@pytest.fixture(scope="module")
def linked(seeds: dict[str, Article]) -> dict[tuple[str, str], Figure]:
    articles = [seeds[EFE], seeds[TASS]]
    analyses = [ArticleAnalysis(a.id, (), (), extract_figures(a)) for a in articles]
    story = Story("s0123456789", "Putin", date(2023, 9, 29), (EFE, TASS), ())
    return {(f.article_id, f.text): f for f in link_figures(articles, analyses, [story])}


def test_figures_seed_trade_growth_has_both_sources(linked: dict[tuple[str, str], Figure]) -> None:
    efe, tass = linked[(EFE, "increased by 25%")], linked[(TASS, "increased by 25%")]
    assert (efe.value, efe.unit, efe.change, efe.period) == (
        25.0, "percent", "increase", "in the last five years",
    )  # fmt: skip
    assert tass.measure == "trade between Russia and Latin America"
    assert efe.sources == (EFE, TASS)
    assert tass.sources == (TASS, EFE)


def test_figures_seed_exports_restated_are_linked(linked: dict[tuple[str, str], Figure]) -> None:
    doubled, times = linked[(EFE, "more than doubled")], linked[(TASS, "increased by 2.3 times")]
    assert (doubled.value, doubled.unit, doubled.qualifier) == (2.0, "times", "more than")
    assert (times.value, times.unit, times.measure) == (2.3, "times", "Russian exports")
    assert doubled.sources == (EFE, TASS)
    assert times.sources == (TASS, EFE)


def test_figures_seed_students_and_participants(linked: dict[tuple[str, str], Figure]) -> None:
    students = linked[(EFE, "almost 5,000 students")]
    participants = linked[(TASS, "more than 200 participants")]
    assert (students.value, students.unit, students.qualifier) == (5000.0, "students", "almost")
    assert students.measure == "young Latin Americans studying in this country"
    assert (participants.value, participants.unit) == (200.0, "participants")
    assert participants.qualifier == "more than"
    assert students.sources == (EFE,)
    assert participants.sources == (TASS,)


def test_figures_seed_year_of_joining(linked: dict[tuple[str, str], Figure]) -> None:
    joining = linked[(EFE, "in 2024")]
    assert (joining.value, joining.unit, joining.measure) == (2024.0, "year", "Argentina will join")


def test_figures_seed_counts_and_caption(seeds: dict[str, Article]) -> None:
    efe, tass = extract_figures(seeds[EFE]), extract_figures(seeds[TASS])
    assert [f.text for f in efe] == [
        "in 2024", "increased by 25%", "more than doubled", "almost 5,000 students",
    ]  # fmt: skip
    assert len(tass) == 3
    kinds = {s.position: s.kind for s in seeds[EFE].sentences}
    assert {kinds[f.sentence] for f in efe} == {BODY}


@pytest.mark.parametrize("kind", [CAPTION, SUBHEADING, PULLQUOTE, SIGNOFF])
def test_figures_only_body_sentences(kind: str) -> None:
    text = "The presidents of Brazil, China and South Africa met 300 delegates."
    built = article("x", (kind, text), (BODY, "Sales rose 5% to £2m."))
    assert [(f.text, f.sentence) for f in extract_figures(built)] == [("rose 5%", 1), ("£2m", 1)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The deal is worth £1.5bn to the firm.", 1.5e9, "GBP"),
        ("Revenue reached $10.9bn last year.", 10.9e9, "USD"),
        ("The club sold 5,000 tickets.", 5000.0, "tickets"),
        ("The city has 1.2 million residents.", 1.2e6, "residents"),
        ("Officials found a dozen errors.", 12.0, "errors"),
        ("Two-thirds of voters backed the plan.", 0.6667, "fraction"),
        ("About 3.5m people watched the final.", 3.5e6, "people"),
        ("Half of the staff left.", 0.5, "fraction"),
        ("The offence gained -5 yards.", -5.0, "yard"),
        ("The trade balance fell to $-50.8bn in April.", -50.8e9, "USD"),
        ("Exports rose 2.3 times.", 2.3, "times"),
        ("Profits more than doubled.", 2.0, "times"),
        ("Costs halved.", 0.5, "times"),
        ("Revenue grew sixfold.", 6.0, "times"),
        ("Three out of four girls use make-up.", 0.75, "fraction"),
        ("Fewer than one in 10,000 consoles failed.", 0.0001, "fraction"),
        ("Twenty-five delegates attended.", 25.0, "delegates"),
        ("There were three million visitors.", 3e6, "visitors"),
        ("He earns €40,000 a year.", 40000.0, "EUR per year"),
        ("A ticket costs 19,800 yen.", 19800.0, "JPY"),
        ("The bill was 4bn euros.", 4e9, "EUR"),
        ("They paid 500 roubles each.", 500.0, "RUB"),
        ("The rate is 1.38pc now.", 1.38, "percent"),
        ("A download costs 70p.", 70.0, "pence"),
        ("The car reaches 155mph.", 155.0, "mile per hour"),
        ("The screen is 6.1-inch wide.", 6.1, "inch"),
        ("A 50-year-old man was arrested.", 50.0, "year of age"),
        ("Yields fell 25 basis points.", 25.0, "basis point"),
        ("Eurotunnel is owed money by 200-plus banks.", 200.0, "banks"),
        ("Idowu landed 17.30m last month.", 17.3, "metre"),
        ("The service has 35m users.", 35e6, "users"),
        ("Amazon has 35m of its speakers in homes.", 35e6, "speakers"),
        ("There were 4 hundred million people.", 4e8, "people"),
        ("The output is 10 kV per cm.", 10.0, "kilovolt per centimetre"),
        ("The track is a 1/4 mile oval.", 0.25, "mile"),
        ("It takes 10 1/2 miles of cable.", 10.5, "mile"),
        ("The baby weighs over two pounds.", 2.0, "pound-mass"),
        ("The club paid 2 million pounds.", 2e6, "GBP"),
        ("It only cost 3 dollars 50 cents.", 3.5, "USD"),
        ("Nor is 15 € much.", 15.0, "EUR"),
        ("The plant makes 25 lakh tonnes.", 2.5e6, "tonne"),
        ("After ninety five years of age, views change.", 95.0, "year of age"),
        ("Temperatures reached 30C on Sunday.", 30.0, "celsius"),
        ("The lake froze at 12 C overnight.", 12.0, "celsius"),
        ("The plane flew at 30' when it hit.", 30.0, "foot"),
        ("Children under the age of 5 years died.", 5.0, "year of age"),
        ("He will be 35 by the end of the year.", 35.0, "year of age"),
        ("The fine was 10 Turkish liras.", 10.0, "turkish lira"),
        ("Each block now pays 6.25 BTC.", 6.25, "BTC"),
        ("The plan costs AU $89.99 per year.", 89.99, "AUD per year"),
        ("Gas was up at US $2.24 per mmBTU.", 2.24, "USD per million british thermal unit"),
        ("Eggs averaged 64.2 cents a dozen.", 64.2, "cent per dozen"),
        ("It paid a 12-cent-a-share dividend.", 12.0, "cent per share"),
        ("A current of 1.3 A/cm2 flows.", 1.3, "ampere per square centimetre"),
        ("They served a three course meal.", 3.0, "course meal"),
        ("He has appeared in eight straight World Cups.", 8.0, "straight World Cups"),
        ("It indexes the 300m blog entries Bloglines holds.", 3e8, "blog entries"),
        ("The pipeline runs 1,500m under the bay.", 1500.0, "metre"),
    ],
)
def test_figures_values_and_units(sentence: str, value: float, unit: str) -> None:
    found = only(sentence)
    assert (found.value, found.unit) == (pytest.approx(value), unit)


def test_figures_rate_after_an_aside() -> None:
    found = figures_in_sentence("It hurts Israel's 9 billion shekels ($2.4 billion) a year trade.")
    assert [f.unit for f in found] == ["ILS per year", "USD"]


def test_figures_level_after_a_change_keeps_the_unit() -> None:
    found = figures_in_sentence(
        "The index ended at 1,463.87 points, while the TA-125 rose 0.1% to 1,333.18."
    )
    assert [(f.value, f.unit) for f in found] == [
        (1463.87, "point"),
        (0.1, "percent"),
        (1333.18, "point"),
    ]


def test_figures_period_after_a_number_is_no_unit() -> None:
    found = figures_in_sentence("The angle was minus-1.4 degree in 2018 and 2.1 last year.")
    assert [f.unit for f in found if f.kind != "year"] == ["degree", "degree"]


@pytest.mark.parametrize(
    ("sentence", "value", "upper", "unit"),
    [
        ("Prices rose 5-10% this spring.", 5.0, 10.0, "percent"),
        ("Shares were priced between $62 and $68 per share.", 62.0, 68.0, "USD per share"),
        ("Growth will slow from 4.8 to 4.7 percent.", 4.8, 4.7, "percent"),
        ("The deal is worth $10 to $15 billion.", 10e9, 15e9, "USD"),
        ("Fines run from $500,000 to $1 million.", 500000.0, 1e6, "USD"),
        ("Cords arrive within two to four weeks.", 2.0, 4.0, "week"),
        ("Adults need about 2000 - 2500 calories.", 2000.0, 2500.0, "calorie"),
        ("It polls men aged 18 to 34 weekly.", 18.0, 34.0, "year of age"),
    ],
)
def test_figures_ranges(sentence: str, value: float, upper: float, unit: str) -> None:
    found = only(sentence)
    assert (found.value, found.upper, found.unit) == (value, upper, unit)
    assert found.qualifier in {"between", "approximately"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was published on 2023-09-29.",
        "The summit opens on 12 March.",
        "Putin said on Friday that talks would go on.",
        "It was the first-ever conference of its kind.",
        "He came third in the race.",
        "The 22nd amendment is old.",
        "The G20 met in Rome.",
        "Formula 1 returns to Monza.",
        "Windows XP is no longer supported.",
        "The iPhone 14 has a new camera.",
        "The S&P 500 closed flat.",
        "Jane Doe, 25, said she was delighted.",
        "Bristol beat Charlton 2-1 at home.",
        "Call 0800 028 9276 for a new cable.",
        "The firm was founded in 1987.",
        "It is one of the best phones.",
        "Thousands of people marched.",
        "The 5G network is live.",
        "They signed a five-year deal.",
        "The meeting starts at 10:30 GMT.",
        "By 5pm the shares had recovered.",
        "BBC One showed the match.",
        "the fda acted on may 19.",
        "The exit lies off highway 35.",
        "He lives at 123 Random Street.",
        "If it is 12.30 on a Saturday morning, we close.",
        "The plane lands at 7.45 local time.",
    ],
)
def test_figures_not_figures(sentence: str) -> None:
    assert [f.text for f in figures_in_sentence(sentence) if not f.minor] == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It is one of the best phones.", "word-noun"),
        ("Thousands of people marched.", "vague"),
        ("The firm was founded in 1987.", "year"),
    ],
)
def test_figures_minor_kinds_stay_visible_to_benchmarks(sentence: str, kind: str) -> None:
    assert [f.kind for f in figures_in_sentence(sentence)] == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Argentina will join the bloc in 2024.", "year-fact"),
        # a future passive brings its year as much as an active verb does
        ("The bridge will be completed in 2026.", "year-fact"),
        ("The line is expected to be finished by 2027.", "year-fact"),
        ("The museum will say it was founded in 1887.", "year"),
    ],
)
def test_figures_a_year_a_future_verb_brings_is_a_fact(sentence: str, kind: str) -> None:
    assert [f.kind for f in figures_in_sentence(sentence)] == [kind]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Output was about 300 tonnes.", "approximately"),
        ("Output was around 300 tonnes.", "approximately"),
        ("Output was roughly 300 tonnes.", "approximately"),
        ("Output was some 300 tonnes.", "approximately"),
        ("Output was almost 300 tonnes.", "almost"),
        ("Output was nearly 300 tonnes.", "almost"),
        ("Output was more than 300 tonnes.", "more than"),
        ("Output was over 300 tonnes.", "more than"),
        ("Output was less than 300 tonnes.", "less than"),
        ("Output was under 300 tonnes.", "less than"),
        ("Output was up to 300 tonnes.", "up to"),
        ("Output was no more than 300 tonnes.", "up to"),
        ("Output was at least 300 tonnes.", "at least"),
        ("Output was 300 tonnes.", None),
    ],
)
def test_figures_qualifiers(sentence: str, qualifier: str | None) -> None:
    assert only(sentence).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Sales rose 5% in March.", "increase"),
        ("Sales increased by 5% in March.", "increase"),
        ("Sales fell 5% in March.", "decrease"),
        ("Sales dropped by almost 5% in March.", "decrease"),
        ("Sales were up 5% in March.", "increase"),
        ("Sales saw a 5% drop in March.", "decrease"),
        ("Shares closed 3% higher.", "increase"),
        ("Dow +0.2% at noon.", "increase"),
        ("Sales rose to £5m in March.", None),
        ("Sales were 5% of revenue.", None),
    ],
)
def test_figures_changes(sentence: str, change: str | None) -> None:
    assert only(sentence).change == change


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Trade increased by 25% in the last five years.", "in the last five years"),
        ("Profit rose 7% in 2004.", "in 2004"),
        ("Prices have risen 40% since 2000.", "since 2000"),
        ("Revenue was $5bn, against $4bn a year earlier.", "a year earlier"),
        ("Exports grew 12% last year.", "last year"),
        ("Exports grew 12%.", None),
    ],
)
def test_figures_periods(sentence: str, period: str | None) -> None:
    assert [f.period for f in figures_in_sentence(sentence) if not f.minor][-1] == period


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "The volume of trade between Russia and Latin America has increased by 25%.",
            "trade between Russia and Latin America",
        ),
        ("The firm makes 60 per cent of its revenue from ads.", "revenue"),
        ("Eurotunnel is struggling with debts of more than 6bn euros.", "debts"),
        ("Wipro reported a 60% rise in profit.", "profit"),
        ("The firm said sales were down 4% in 2004.", "sales"),
        ("Ford has 13000 workers in the United Kingdom.", "Ford workers in the United Kingdom"),
        ("He faces a $2.7bn accounting fraud trial.", "accounting fraud trial"),
        ("Argentina will join in 2024.", "Argentina will join"),
    ],
)
def test_figures_measures(sentence: str, measure: str) -> None:
    assert only(sentence).measure == measure


def measure_of(sentence: str, text: str) -> str:
    """The measure of the figure of `sentence` whose surface span is `text`."""
    found = [f.measure for f in figures_in_sentence(sentence) if f.text == text]
    assert len(found) == 1, figures_in_sentence(sentence)
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        ("Tesla jumped 8.5% and Starbucks gained 3.5%.", "gained 3.5%", "Starbucks"),
        (
            "EuroDisney, the home of Mickey Mouse, has said it will sell 253m euros (£175m).",
            "£175m",
            "EuroDisney",
        ),
        ("Departure angle was just as impressive at 37.5 degrees.", "37.5 degrees",
         "Departure angle"),
        ("Last month, the temperature was, on average, 2.14 degrees higher.", "2.14 degrees",
         "temperature"),
        ("Duly has 900 doctors, and 150 locations.", "150 locations", "Duly locations"),
        ("It will also boost the driving range by about 35 miles.", "about 35 miles",
         "driving range"),
        ("The scandal is the worst since the $1.2bn collapse of Barings.", "$1.2bn",
         "collapse of Barings"),
        ("In 2019, I paid $12,000 for a new roof.", "$12,000", "new roof"),
        ("The yen, meanwhile, had strengthened to 102.975.", "102.975", "yen exchange rate"),
        (
            "Growth will slow to 4.7 percent in 2019, before inching back up to 4.8 percent.",
            "up to 4.8 percent",
            "Growth",
        ),
        ("The mine will produce 1.2m tonnes of ilmenite.", "1.2m tonnes", "ilmenite"),
        ("The price of gas, a vital fuel for cooking, has risen to 200 dinars.", "200 dinars",
         "price of gas"),
        ("Net income was 4.3bn rupees, against 2.7bn a year earlier.", "2.7bn", "Net income"),
        ("The firm, which employs 300 people, said sales rose 5%.", "rose 5%", "sales"),
        ("Mr Hartzer predicted 300 job cuts.", "300 job cuts", "Mr Hartzer job cuts"),
        ("OPEC agreed a cut of 800,000 barrels a day.", "800,000 barrels a day", "cut"),
        ("The club has few players over the age of 30.", "30", "few players"),
        ("Sales, including vans, rose by 17.8% to 136,069 units.", "136,069 units", "Sales units"),
        ("The firm said it hoped to pay $100m now.", "$100m", "payment"),
        ("Nearly three out of four girls use make-up.", "Nearly three out of four", "girls"),
        ("After a weak launch Sony shares rose 5%.", "rose 5%", "Sony shares"),
        ("It affects almost three quarters of all Xboxes.", "almost three quarters", "Xboxes"),
        ("There is a maximum investment which is 50000.", "50000", "maximum investment"),
        ("Net profit surged 70% to 2.39bn rupees ($54.98m).", "$54.98m", "Net profit"),
    ],
)  # fmt: skip
def test_figures_measure_rules(sentence: str, text: str, measure: str) -> None:
    assert measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    ("one", "other", "agree"),
    [
        (figure(2.0, "times", "exports", "more than"), figure(2.3, "times", "exports"), True),
        (figure(2.0, "times", "exports", "more than"), figure(1.5, "times", "exports"), False),
        (figure(5000, "students", "students", "almost"), figure(4800, "students", "x"), True),
        (figure(100, "people", "people", "approximately"), figure(120, "people", "x"), False),
        (figure(25, "percent", "trade"), figure(25.1, "percent", "trade"), True),
        (figure(25, "percent", "trade"), figure(26, "percent", "trade"), False),
    ],
)
def test_figures_consistent_values(one: Figure, other: Figure, agree: bool) -> None:
    assert consistent(one, other) is agree


def test_figures_same_value_other_measure_is_another_fact() -> None:
    assert not same_fact(figure(25, "percent", "unemployment"), figure(25, "percent", "trade"))
    assert not same_fact(figure(25, "percent", "trade"), figure(25, "USD", "trade"))
    assert same_fact(figure(25, "percent", "trade volume"), figure(25, "percent", "trade"))


def test_figures_link_stays_inside_a_story() -> None:
    first = article("a1", (BODY, "Trade grew 25% in the last five years."))
    second = article("a2", (BODY, "Trade grew 25% in the last five years."))
    analyses = [ArticleAnalysis(a.id, (), (), extract_figures(a)) for a in (first, second)]
    stories = [
        Story("s1", "One", date(2024, 1, 1), ("a1",), ()),
        Story("s2", "Two", date(2024, 1, 1), ("a2",), ()),
    ]
    assert [f.sources for f in link_figures([first, second], analyses, stories)] == [
        ("a1",), ("a2",),
    ]  # fmt: skip


def test_figures_values_carry_no_float_noise() -> None:
    built = article("x", (BODY, "Contributions rose to £8.2bn a year and aid to $4.1m."))
    assert [f.value for f in extract_figures(built)] == [8200000000.0, 4100000.0]


def test_figures_line_up_minutes_are_not_figures() -> None:
    line_up = "Bullock, Duff, Scotland (Samuel 63), Kerr (Cameron 87), Grady. The crowd was 4,500."
    built = article("x", (BODY, line_up))
    assert [f.text for f in extract_figures(built)] == ["4,500"]


def test_figures_a_clause_of_many_future_words_is_read() -> None:
    sentence = "It " + "will " * 3000 + "join on 2024."
    assert [(f.text, f.kind) for f in figures_in_sentence(sentence)] == [("2024", "year")]

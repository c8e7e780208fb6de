"""Money its subject took, earned or cost, and a lone number refused as a measure."""

from __future__ import annotations

import pytest

from bot.analyse.figures.readable import measure_flaw
from bot.analyse.figures.takings import takings
from tests.test_figure_measures import measure_of


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a verb of taking in money names what its subject brought in
        ("The Quiet Orchard has taken $31m so far.", "$31m", "Quiet Orchard takings"),
        ("Mara Lind made 2.4m euros last year, the magazine said.", "2.4m", "Mara Lind earnings"),
        ("The drama grossed around $12m in its opening weekend.", "$12m", "drama takings"),
        # the subject of `which` is the phrase the clause points back to
        ("Red Harbour, which cost just $4m to make, became a hit.", "$4m", "Red Harbour cost"),
        # a clause or aside between the subject and the verb is passed over
        (
            "Red Harbour, which follows two sisters who run a ferry, took $9m in five days.",
            "$9m",
            "Red Harbour takings",
        ),
        (
            "The revival, staged by a touring company, took £2m in its first month.",
            "£2m",
            "revival takings",
        ),
        # a participle after a comma shares the main clause's subject
        (
            "Tom Vale was the best-paid singer of the year, earning 6m euros.",
            "6m",
            "Tom Vale earnings",
        ),
        # the name a copula gives the subject earns it
        (
            "The top earner on the list was Ria Holm in fifth place, earning 900,000 euros.",
            "900,000",
            "Ria Holm earnings",
        ),
        # a gerund with an object after the sum is a verb, not what the sum is
        (
            "Oskar Dal made 2.1m euros, putting him fourth in the table.",
            "2.1m",
            "Oskar Dal earnings",
        ),
        # with no comma the participle names who passes a threshold
        ("Workers earning over £40,000 will pay the new rate.", "£40,000", "Workers earning"),
        # what a sum is in wins over the verb
        ("Pellow Mining made $30m in profit.", "$30m", "profit"),
        # a pronoun subject is left to the article
        ("It costs about $9 at most shops.", "$9", ""),
    ],
)
def test_money_its_subject_took(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


def test_a_lone_number_is_no_measure() -> None:
    assert measure_flaw("four") == "is the lone figure 'four'"
    assert measure_flaw("four seasons") is None


@pytest.mark.parametrize(
    "sentence",
    ["The burglar took $800 from the safe.", "The state took $2bn out of the reserve fund."],
)
def test_money_taken_from_someone_is_no_takings(sentence: str) -> None:
    start = sentence.index("$")
    end = sentence.index(" ", start)
    assert takings(sentence, start, end) == ""


def test_the_last_of_joined_clauses_earns_its_own_sum() -> None:
    sentence = "The tour made $6m, the record made $3m and the podcast made $1m."
    assert measure_of(sentence, "$1m") == "podcast earnings"
    assert measure_of(sentence, "$3m") == "record earnings"


def test_a_quoted_title_after_its_description_names_the_work_alone() -> None:
    sentence = 'The low-budget indie drama "Blue Harbour" took $2.5m at the weekend.'
    assert measure_of(sentence, "$2.5m") == "Blue Harbour takings"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The appeal raised $40,000 in donations.", "donations"),
     ("The appeal raised $40,000 in just four cities.", "money raised by the appeal")],
)  # fmt: skip
def test_a_sum_in_a_count_of_things_is_not_in_them(sentence: str, expected: str) -> None:
    assert measure_of(sentence, "$40,000") == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [("Third place still scoops a cool $500,000.", "$500,000", "Third place prize"),
     ("The comedy took a whopping $90m.", "$90m", "comedy takings")],
)  # fmt: skip
def test_a_sum_won_or_taken_after_a_cool_or_whopping(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Barclays set aside £1.5 billion to cover claims.", "£1.5", "Barclays provision"),
        ("BP will return $2.75 billion to shareholders.", "$2.75", "BP payout"),
        ("Porsche raised 9.4 billion euros in its flotation.", "9.4", "money raised by Porsche"),
        ("Google was fined 4.1 billion euros by the EU.", "4.1", "Google fine"),
        ("EU regulators fined the tech giant 1.8 billion euros.", "1.8", "tech giant fine"),
        ("The court fined him £500 on Monday.", "£500", "fine"),
        ("Parking fines ranged from $5 to $100.", "$5", "Parking fines"),
        # a long phrase with a verb in it names nobody who was fined
        ("Ivo Lind later accused the referee of cheating and was fined £15,000.", "£15,000",
         "Ivo Lind later"),
    ],
)  # fmt: skip
def test_money_raised_fined_set_aside_or_paid_back(
    sentence: str, number: str, expected: str
) -> None:
    assert measure_of(sentence, number) == expected

"""Reported speech inside a relative clause: `a figure which the watchdog said was
unsustainable`. The speaker is the relative clause's subject and what was said is the thing the
pronoun stands for with the rest of the clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.relative_reports import relative_report
from bot.analyse.quotes.reported import report
from tests.test_quotes import article


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The trust spent £6.2 million on agency staff, a figure which the local health "
            "watchdog said was unsustainable.",
            "the local health watchdog",
            "a figure was unsustainable.",
        ),
        (
            "About 41,000 runners started the race, which organizers said raised $18 million.",
            "organizers",
            "the race raised $18 million.",
        ),
        (
            "The bank will publish its inflation report later this month, which economists said "
            "could show a lower forecast.",
            "economists",
            "its inflation report could show a lower forecast.",
        ),
        (
            "The lower house approved a reform, a measure which the finance ministry says would "
            "cost 95 billion pesos a year.",
            "the finance ministry",
            "a measure would cost 95 billion pesos a year.",
        ),
        (
            "Madigan blamed the loss on delays in aircraft deliveries, which he said had forced "
            "the airline to lease older planes.",
            "he",
            "aircraft deliveries had forced the airline to lease older planes.",
        ),
        # not a relative report, but a subject set off by a clause or a short clause
        (
            "IronPeak, which sold 210,000 of the machines, said it would appeal.",
            "IronPeak",
            "it would appeal.",
        ),
        (
            "Her neighbour, Siobhan Keane, said she was relieved.",
            "Siobhan Keane",
            "she was relieved.",
        ),
        (
            "Hexley council, which had backed the tenants, said it would review its rules.",
            "Hexley council",
            "it would review its rules.",
        ),
    ],
)
def test_reported_speech_and_its_speaker(sentence: str, speaker: str, clause: str) -> None:
    found = report(sentence)
    assert found is not None
    phrase, said = found
    assert (phrase.mention, said) == (speaker, clause)


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause that runs on into the main clause: no comma sets it off
        "The man who police said had fled was caught on Friday.",
        # no clause of its own after the verb of saying
        "The plan, which the minister said nothing about, was shelved.",
        # a passive: hearsay with no speaker
        "The company, which employs 4,800 people, is said to have held talks.",
        # `which` of something seen, not said
        "The contract, a copy of which was seen by reporters, grants a 30-year lease.",
    ],
)
def test_no_relative_report_without_a_set_off_clause_of_its_own(sentence: str) -> None:
    verb = next(w for w in ("said", "was seen") if w in sentence)
    start = sentence.index(verb)
    assert relative_report(sentence, start, start + len(verb), verb) is None


def test_the_relative_report_goes_to_the_body_named_before() -> None:
    quotes = extract_quotes(
        article(
            "Nordwerk Energie will close its last coal plant in 2027.",
            "Its investments include a battery storage project, which the company said would be "
            "among the largest in Europe.",
        )
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        (
            "indirect",
            "Nordwerk Energie",
            "a battery storage project would be among the largest in Europe.",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "They trained in Qatar, where they had said they would be.",
        "He said he was not.",
    ],
)
def test_a_three_word_clause_that_is_no_statement_reports_nothing(sentence: str) -> None:
    assert report(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Marchetti said price cuts on more than 2,000 everyday products had helped the grocer.",
         "price cuts on more than 2,000 everyday products had helped the grocer."),
        ("The association said heavy rains between July and October had created ideal "
         "conditions for the fungus.",
         "heavy rains between July and October had created ideal conditions for the fungus."),
        ("The lender said names, dates of birth and addresses had been accessed.",
         "names, dates of birth and addresses had been accessed."),
    ],
)  # fmt: skip
def test_a_long_subject_before_an_auxiliary_is_a_clause(sentence: str, clause: str) -> None:
    found = report(sentence)
    assert found is not None
    assert found[1] == clause


@pytest.mark.parametrize(
    "sentence",
    [
        "He said goodbye to the team he had led for a decade.",
        "She said a prayer as the water was rising.",
        "He said nothing to the reporters who were waiting outside.",
    ],
)
def test_a_thing_said_is_no_long_clause(sentence: str) -> None:
    assert report(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Deputy High Court Judge Richard Mawrey, QC told the hearing the case was serious.",
         ("Richard", "Mawrey")),
        ("The Fair Ticketing Coalition, a consumer group, said resale listings had appeared at "
         "more than $2,000.", ("Fair", "Ticketing", "Coalition")),
    ],
)  # fmt: skip
def test_a_name_before_letters_or_an_apposition_speaks(
    sentence: str, speaker: tuple[str, ...]
) -> None:
    found = report(sentence)
    assert found is not None
    assert found[0].words == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("The company now employs 320 people, up from 140 last year, and plans to reach about "
         "500 by 2027, she said.", "she",
         "The company now employs 320 people, up from 140 last year, and plans to reach about "
         "500 by 2027"),
        ("Whitcombe, playing his 50th Test, said his back felt fine.", "Whitcombe",
         "his back felt fine."),
        ("She said afterwards that she had been cast by text message.", "she",
         "she had been cast by text message."),
        ("Corrib Air also confirmed it had firmed up an order for 20 aircraft.", "Corrib Air",
         "it had firmed up an order for 20 aircraft."),
        ("Several customers contacted by this newspaper said they had learned of it from the "
         "news.", "Several customers", "they had learned of it from the news."),
        ("During the trial, prosecutors told the court Nwosu had used the money.", "prosecutors",
         "Nwosu had used the money."),
        ("The boom is far from over, but analysts say that growth may slow.", "analysts",
         "growth may slow."),
    ],
)  # fmt: skip
def test_more_ways_reported_speech_is_written(sentence: str, speaker: str, clause: str) -> None:
    found = report(sentence)
    assert found is not None
    assert (found[0].mention, found[1]) == (speaker, clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm has neither admitted nor denied wrongdoing in the settlement.",
        "Both he and his brother have admitted drug dealing in the past and have both been shot.",
    ],
)
def test_a_denial_or_a_deed_is_no_report(sentence: str) -> None:
    assert report(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("Energy Minister Bambang Wibisono told a news conference in Jakarta that the closure "
         "would avoid 28 million tonnes of carbon dioxide.", "Bambang Wibisono",
         "the closure would avoid 28 million tonnes of carbon dioxide."),
        ("The weather bureau said 94mm of rain fell in less than two hours.",
         "The weather bureau", "94mm of rain fell in less than two hours."),
        ("Employers cut a net 18,400 jobs last month, the statistics agency said Friday.",
         "the statistics agency", "Employers cut a net 18,400 jobs last month"),
        ("Mr Hain, Leader of the Commons, told the BBC that the stance put the country at risk.",
         "Hain", "the stance put the country at risk."),
    ],
)  # fmt: skip
def test_telling_where_units_weekdays_and_capital_roles(
    sentence: str, speaker: str, clause: str
) -> None:
    found = report(sentence)
    assert found is not None
    assert (found[0].mention, found[1]) == (speaker, clause)

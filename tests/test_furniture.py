"""Page furniture inside body text: credits, links, stamps and bylines marked, the news kept."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analyse.summaries import score_sentences, summary_positions
from bot.analyse.text.furniture import is_furniture, mark_furniture
from bot.analyse.text.sentences import split_sentences
from bot.models import BODY, SIGNOFF
from bot.parse.articles import make_article
from bot.parse.records import Record


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee contributed to this report.",
        "CNN's Ann Lee, Bo Kim and Cy Dunn contributed to this report.",
        "The Associated Press contributed reporting.",
        "CNN's Ann Lee contributed to this report from Lima, Peru, and Bo Kim from Quito.",
        "Ann Lee reported from Lima and Bo Kim wrote in London.",
        "Ann Lee reported from Lima, and Bo Kim wrote and reported from Quito, Ecuador.",
        "Cy Dunn wrote this story from Denver.",
        "Ann Lee reported from Lima, Peru, while Bo Kim and Cy Dunn wrote from London.",
        "NBC's Ann Lee in New York and Bo Kim in Quito also contributed.",
        "Reporter Ann Lee in Lima and Bo Kim from Quito.",
        "Read more: Why the river flooded .",
        "READ MORE: The town that moved uphill .",
        "Opinion: What the dam means for farmers?",
        "©2016 Some Weekly Magazine.",
        "Copyright © 2016 Some Weekly Magazine.",
        "See the original story at example.com.",
        "Follow on Twitter: @newsdesk .",
        "Click here to read the whole interview.",
        "More from Weekend Farmers .",
        "The opinions expressed in this commentary are solely those of Ann Lee.",
        "PUBLISHED: . 09:15 EST, 2 June 2014 . | .",
        "Last updated at 4:40 PM on 2nd June 2014 .",
        "June 2, 2014 .",
        "TRANSCRIPT .",
        "By Ann Lee and Bo Kim .",
    ],
)
def test_furniture_sentences_are_recognised(sentence: str) -> None:
    assert is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the week the river had flooded three towns.",
        "He said he contributed to the report on the flood.",
        "Ann Lee reported from Lima that the river had burst its banks near the airport.",
        "More than 300 homes were flooded, officials said.",
        "Opinion polls put the mayor ten points ahead.",
        "The mayor wrote in a letter that help was on the way.",
        "June 2, 2014 was the wettest day on record.",
        "NATO troops arrived on Tuesday.",
        "Ann Lee and Bo Kim also contributed.",
        "Ann Lee in Lima said the river was rising.",
        "Ann Lee in Elm, Ohio.",
        "More from the reservoir flowed into the river on Friday.",
        "Ann Lee wrote in her diary that the river was rising.",
    ],
)
def test_news_sentences_are_not_furniture(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_a_link_and_a_copyright_glued_to_a_sentence_are_cut_off_it() -> None:
    text = "The final airs on Sunday at 9 p.m. Read more: How the show began . ©2016 Some Weekly."
    assert mark_furniture(split_sentences(text)) == (
        ("The final airs on Sunday at 9 p.m.", False),
        ("Read more: How the show began .", True),
        ("©2016 Some Weekly.", True),
    )


def test_a_tabloid_byline_split_by_its_stops_is_furniture_whole() -> None:
    text = "By . Ann Lee . PUBLISHED: . 09:15 EST, 2 June 2014 . A farmer grew a huge marrow."
    assert mark_furniture(split_sentences(text)) == (
        ("By .", True),
        ("Ann Lee .", True),
        ("PUBLISHED: . 09:15 EST, 2 June 2014 .", True),
        ("A farmer grew a huge marrow.", False),
    )


def test_the_build_marks_furniture_and_summaries_leave_it_out() -> None:
    text = (
        "June 2, 2014 . Floods closed the main road into Elm on Monday. Two bridges were shut. "
        "Read more: Why Elm floods every spring . Crews reopened one bridge by the evening. "
        "Ann Lee and Bo Kim contributed to this report."
    )
    article = make_article(Record("a1", date(2014, 6, 2), text, "in/a1.txt"))
    kinds = [(s.kind, s.text) for s in article.sentences]
    assert kinds == [
        (SIGNOFF, "June 2, 2014 ."),
        (BODY, "Floods closed the main road into Elm on Monday."),
        (BODY, "Two bridges were shut."),
        (SIGNOFF, "Read more: Why Elm floods every spring ."),
        (BODY, "Crews reopened one bridge by the evening."),
        (SIGNOFF, "Ann Lee and Bo Kim contributed to this report."),
    ]
    assert article.headline == "Floods closed the main road into Elm on Monday"
    assert summary_positions(score_sentences(article), 5) == (1, 2, 4)


@pytest.mark.parametrize(
    ("text", "source", "lead"),
    [
        ("Lyon, France (CNN)Floods closed the main road. Crews worked.", "CNN",
         "Floods closed the main road."),
        ("(Some Weekly Magazine)It's official: the show returns. Fans cheered.",
         "Some Weekly Magazine", "It's official: the show returns."),
        ("Elm, Ohio (the Valley Desk)When the river rose, farmers left. They came back.",
         "Valley Desk", "When the river rose, farmers left."),
        ("The (new) bridge opened. Cars crossed.", "unknown", "The (new) bridge opened."),
    ],
)  # fmt: skip
def test_the_lead_sentence_loses_its_dateline_and_the_outlet_is_the_source(
    text: str, source: str, lead: str
) -> None:
    article = make_article(Record("a1", date(2014, 6, 2), text, "in/a1.txt"))
    assert (article.source, article.sentences[0].text) == (source, lead)
    assert article.text.startswith(text.split(".")[0])

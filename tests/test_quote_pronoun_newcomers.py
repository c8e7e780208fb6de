"""Whom a `he` or `she` quote means when the nearest name is not the speaker, read from sentences
written for these tests: a name that only qualifies a noun (`Reed pollster Kyev Tatum`), the
subject of a reported clause (`said Reed continued`), a possessive in an apposition (`Kyev
Tatum, Reed's campaign manager`), a common word that opens a sentence (`Fundraising was`) and
a place (`Sandy Hook`, `Michigan`)."""

from __future__ import annotations

import re

import pytest

from bot.analyse.quotes.cast import Mention, build_cast
from bot.analyse.quotes.clues import mention_roles
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.lexicon import Gender
from bot.analyse.quotes.marks import Place
from bot.analyse.quotes.run_kinds import is_person
from bot.analyse.quotes.subjects import opens_clause
from tests.test_quotes import article


def speakers(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes = extract_quotes(article(*paragraphs))
    return [(q.text, q.speaker, q.mention) for q in quotes if q.kind != "indirect"]


def test_a_newcomer_named_after_a_qualifying_name_is_the_pronouns_speaker() -> None:
    found = speakers(
        "“It was the moment the race turned,” Tom Reed said in his victory speech.",
        "Reed pollster Kyev Tatum, the longest-serving of his aides, picked up the thread. "
        "“Voters are beginning to see it,” he said.",
    )
    assert found[-1] == ("Voters are beginning to see it", "Kyev Tatum", "he")


def test_the_subject_of_a_reported_clause_is_not_introduced_as_a_speaker() -> None:
    text = "Sam Okoro, the county chairman, for example, said Reed continued to hurt the party."
    assert mention_roles(Mention(Place(0, text.index("Reed")), "Reed", False), [text]) == {}
    found = speakers(
        "Tom Reed is touring the state this week.",
        "Sam Okoro, the county chairman, for example, said Reed continued to hurt the party "
        "locally. “I don’t think it has gone well for him,” he said.",
    )
    assert found == [("I don’t think it has gone well for him", "Sam Okoro", "he")]


def test_a_name_after_a_speech_verb_with_no_verb_of_its_own_is_still_the_speaker() -> None:
    text = "The dock will reopen, said Ada Brook on Monday."
    roles = mention_roles(Mention(Place(0, text.index("Ada Brook")), "Ada Brook", False), [text])
    assert roles == {"before inverted speaker": 1.0}


def test_a_possessive_in_an_apposition_opens_no_clause() -> None:
    assert not opens_clause("When Kyev Tatum, ", "s campaign manager was asked", possessive=True)
    assert not opens_clause("Kyev Tatum \u2014 ", "s former chief of staff \u2014", True)
    assert opens_clause("", "s plan failed in the end", possessive=True)
    found = speakers(
        "Ada Brook has not held a news conference since March.",
        "When Kyev Tatum, Brook’s campaign manager was asked during a lunch if Brook would hold "
        "one, he laughed and said, “We’ll see.”",
    )
    assert found == [("We’ll see.", "Kyev Tatum", "he")]


def test_a_common_word_opening_sentences_is_nobody() -> None:
    found = speakers(
        "Dan Gilbert runs the host committee, whose fundraising slowed in the spring.",
        "Fundraising was “stagnant for about a month,” he said.",
        "Fundraising has picked up since, he added, “and we feel good.”",
    )
    assert [speaker for _q, speaker, _m in found] == ["Dan Gilbert", "Dan Gilbert"]
    texts = ["Fundraising was slow.", "Fundraising is up.", "The fundraising goes on."]
    assert "Fundraising" not in build_cast(texts).people


def test_places_are_not_people() -> None:
    cast = build_cast(["Sandy Hook is in Newtown. Parents from Sandy Hook spoke in San Marco."])
    assert [name for name, p in cast.people.items() if not p.org] == []
    cast = build_cast(["Karim El Mansour ran in El Paso on Sunday."])
    assert [name for name, p in cast.people.items() if not p.org] == ["Karim El Mansour"]
    found = speakers(
        "Attorney General Bill Schuette asked the court for quick action.",
        "Michigan was only doing what 40 states already do, he told the court. Michigan, he "
        "wrote, “is within its rights.”",
    )
    assert [speaker for _q, speaker, _m in found] == ["Bill Schuette"]


def test_a_pronoun_opening_a_relative_clause_speaks_not_the_name_before() -> None:
    found = speakers(
        "Tom Reed spoke to the league on Monday.",
        "He attacked the deal made by Mayor Sam Okoro, who he noted was “in his final year, "
        "thankfully.”",
    )
    assert found == [("in his final year, thankfully.", "Tom Reed", "he")]


def test_countries_are_not_people() -> None:
    cast = build_cast(["Israel was ready, he said. Israel has waited.", "Iran said it would."])
    assert [name for name, p in cast.people.items() if not p.org] == []


def test_a_hyphenated_name_with_a_body_word_is_a_body_not_a_modifier() -> None:
    cast = build_cast(["The Harbour Sun-Times reported it. Post-election, Ada Lloyd-Webber spoke."])
    people = {name: person.org for name, person in cast.people.items()}
    assert people == {"Harbour Sun-Times": True, "Ada Lloyd-Webber": False}


def test_a_quoted_nickname_keeps_the_name_whole() -> None:
    found = speakers(
        "Juan “Chico” Okoro of Leeds carried one of the photos. “I cried the whole parade,” "
        "he said.",
    )
    assert found == [("I cried the whole parade", "Juan Okoro", "he")]


def test_a_place_in_the_clause_before_and_said_is_no_speaker() -> None:
    found = speakers(
        "Tom Reed visited the border in Laredo, Texas and explained why “the voters” like him.",
    )
    assert [speaker for _q, speaker, _m in found] == ["Tom Reed"]


def test_a_one_word_name_opening_the_sentence_before_he_said_is_the_speaker() -> None:
    found = speakers(
        "Reed picked Denver in an interview on Sunday. “With an eye to the harbour vote,” he said.",
        "Okafor dodged the question and made no choice. “I will predict the winner – it will be "
        "Denver or Carolina,” he said.",
    )
    assert found[-1] == (
        "I will predict the winner – it will be Denver or Carolina",
        "Okafor",
        "he",
    )


def test_a_one_word_name_after_meanwhile_is_the_next_she() -> None:
    found = speakers(
        "In her speech, Ada Brook called for ambition: “Change the world,” she said.",
        "Meanwhile Zendaya, who was honoured with the top award, spoke about self-love. “The "
        "minute you learn to love yourself, you would not want to be anyone else,” she said.",
    )
    assert found[-1][1] == "Zendaya"


def test_a_place_after_an_abbreviation_is_no_speaker() -> None:
    found = speakers(
        "At a June rally in St. Clairsville, Ohio, 62-year-old Lena Holt railed against the "
        "plan. “They should vote it down,” she said.",
    )
    assert found == [("They should vote it down", "Lena Holt", "she")]


def test_the_topic_after_as_for_is_the_he_of_its_clause() -> None:
    found = speakers(
        "Tom Reed held a rally in Ohio on Monday.",
        "Ivo Marsh warned against a brokered convention. “That would be an absolute disaster "
        "for the party,” Marsh said.",
        "As for Reed, he said he is not worried. “First of all, I think I am going to have the "
        "delegates,” he said.",
    )
    assert found[-1] == (
        "First of all, I think I am going to have the delegates",
        "Tom Reed",
        "he",
    )


def test_a_surname_that_is_also_a_place_still_names_a_person() -> None:
    found = speakers(
        "Ivo Marsh spoke on Sunday about the banks.",
        "That is where author and liberal firebrand Cornel West took the conversation. Filling "
        "in for Marsh, West landed a sharp dig at the mayor.",
        "“I took Wall Street money but it did not affect me?” he said, mocking the mayor.",
    )
    assert found[-1][1] == "Cornel West"


def test_a_first_name_before_a_place_word_is_a_person_and_a_paper_is_not() -> None:
    assert is_person(["George", "Washington"]) is True
    assert is_person(["Washington", "Post"]) is False
    assert is_person(["Lincoln", "Center"]) is False


def test_a_name_in_what_he_said_is_not_the_he_who_said_it() -> None:
    found = speakers(
        "Ivo Marsh, a conservative blogger in Harbourside, said he will not vote for Tom Reed "
        "because of his views. Also, Reed is not a conservative, he said. “He is a liberal, "
        "plain and simple!”",
    )
    assert found[-1][:2] == ("He is a liberal, plain and simple!", "Ivo Marsh")


def test_a_short_place_ending_a_sentence_does_not_hide_the_next_speaker() -> None:
    found = speakers(
        "Ada Brook spoke first at the debate, which was held in Iowa. Okafor dodged the "
        "question. “I will not answer that today,” he said.",
    )
    assert found[-1][:2] == ("I will not answer that today", "Okafor")


def test_a_first_name_before_falls_is_a_place() -> None:
    assert is_person(["Victoria", "Falls"]) is False


def test_a_topic_named_only_inside_a_longer_word_before_is_new() -> None:
    found = speakers(
        "Tom Reed held a rally in Ohio on Monday.",
        "Ivo Marsh warned against a brokered convention in Reedsburg. “That would be an "
        "absolute disaster for the party,” Marsh said.",
        "As for Reed, he said he is not worried. “First of all, I think I am going to have the "
        "delegates,” he said.",
    )
    assert found[-1][1] == "Tom Reed"


def test_a_word_no_name_is_followed_by_is_no_speaker() -> None:
    found = speakers(
        "Lena Holt runs the bakery on the high street with her brother.",
        "Perhaps the hardest month was January, when flour prices doubled. “We nearly closed,” "
        "she said.",
    )
    assert found[-1] == ("We nearly closed", "Lena Holt", "she")


def test_a_question_word_opening_a_sentence_is_no_speaker() -> None:
    found = speakers(
        "Mayor Ada Brook has promised a new library before the election.",
        "How will she pay for it? “Through the sale of the old depot,” she said.",
    )
    assert found[-1] == ("Through the sale of the old depot", "Ada Brook", "she")


def test_a_one_word_name_naming_others_later_in_its_sentence_still_speaks() -> None:
    found = speakers(
        "Tom Reed and Kyev Tatum played together for the Harbour side for five seasons.",
        "Okafor points to former team-mates Tom Reed and Kyev Tatum as proof the league "
        "works. “They made careers here,” he said.",
    )
    assert found[-1] == ("They made careers here", "Okafor", "he")


def people_of(*paragraphs: str) -> dict[str, Gender | None]:
    """The people (no organisations) of an article's cast, its quotes blanked as the extractor
    blanks them."""
    blanked = [re.sub("“[^”]*”", lambda q: " " * len(q.group()), p) for p in paragraphs]
    return {name: p.gender for name, p in build_cast(blanked).people.items() if not p.org}


@pytest.mark.parametrize(
    ("opening", "person"),
    [
        ("Commenting on the delay, Mr Marsh blamed the contractors.", "Ivo Marsh"),
        ("Earlier, Mr Marsh had warned that the dredging was late.", "Ivo Marsh"),
        ("Shadow transport minister Ivo Marsh attacked the costs.", "Ivo Marsh"),
        ("Veteran councillor Ivo Marsh attacked the costs.", "Ivo Marsh"),
        ("Head of the board, Ivo Marsh, attacked the costs.", "Ivo Marsh"),
        ("Outside the hall, surrounded by reporters, Ivo Marsh attacked the costs.", "Ivo Marsh"),
        ("Opening the meeting, the chairman attacked the costs.", None),
        ("Thank you notes poured in from the drivers.", None),
        ("One driver who was waiting at the depot wrote to the board.", None),
    ],
)
def test_a_word_that_leads_into_its_sentence_is_no_lone_speaker(
    opening: str, person: str | None
) -> None:
    people = people_of(
        "Ivo Marsh chairs the transport board." if person else "The board met on Monday.",
        f"{opening} “We were promised trams by spring,” he said.",
    )
    first_word = opening.split()[0].rstrip(",")
    assert first_word not in people
    assert list(people)[:1] == ([person] if person else [])


def test_a_call_to_meet_someone_is_no_part_of_their_name() -> None:
    found = speakers(
        "Meet Ada Brook, the council's youngest planner. She has redrawn the bus map twice.",
        "“People want buses that come,” she said.",
    )
    assert found == [("People want buses that come", "Ada Brook", "she")]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        ("a Western diplomat", "Western diplomat"),
        ("a UN envoy", "UN envoy"),
        ("a defence attorney", "defence attorney"),
        ("an army medic", "army medic"),
        ("a Buddhist monk", "Buddhist monk"),
    ],
)
def test_an_unnamed_person_described_by_a_role_speaks(description: str, speaker: str) -> None:
    found = speakers(f"The talks went on into the night. “Some issues remain,” {description} said.")
    assert found == [("Some issues remain", speaker, description)]


def test_a_definite_role_is_the_named_person_it_was_last_said_of() -> None:
    found = speakers(
        "Secretary of State Ada Brook conceded there was progress.",
        "“There still remain some difficult issues,” the top U.S. diplomat said. “We are "
        "working very hard on them.”",
    )
    assert found == [
        (
            "There still remain some difficult issues … We are working very hard on them.",
            "Ada Brook",
            "the top U.S. diplomat",
        ),
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Secretary of State Ada Brook", "Ada Brook"),
        ("Minister of Health Ivo R. Marsh", "Ivo R. Marsh"),
        ("Former Secretary of Defense Lena Okafor", "Lena Okafor"),
    ],
)
def test_a_portfolio_after_of_is_no_part_of_the_name(opening: str, speaker: str) -> None:
    found = speakers(f"{opening} conceded there was progress. “Some issues remain,” she said.")
    assert found == [("Some issues remain", speaker, "she")]


def test_a_newcomer_after_one_keeps_every_word_of_the_description() -> None:
    found = speakers(
        "Lena Holt is the party's candidate. “She has to win the suburbs,” says one senior "
        "Democratic strategist.",
    )
    assert found == [
        (
            "She has to win the suburbs",
            "senior Democratic strategist",
            "one senior Democratic strategist",
        )
    ]


def test_an_indefinite_description_is_a_newcomer_not_an_earlier_holder() -> None:
    found = speakers(
        "“We will see if they are ready,” a Western diplomat said. But the diplomat added, "
        "“after 15 years, they can do what they want.”",
        "On Sunday Ivo Marsh, the Iranian diplomat leading the talks, met the press.",
        "A senior Iranian diplomat told reporters: “It is not fair to call it resistance.”",
    )
    assert [speaker for _text, speaker, _mention in found] == [
        "Western diplomat",
        "Western diplomat",
        "senior Iranian diplomat",
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The plan is dead,” the New York Times reported.", "New York Times"),
        ("“The plan is dead,” said Chief of Staff Ivo Tamsin.", "Ivo Tamsin"),
        ("“The plan is dead,” said Superintendent of Schools Oda Pellin.", "Oda Pellin"),
        ("New York Mayor Oda Pellin spoke on Monday. “The plan is dead,” she said.", "Oda Pellin"),
        ("Jerusalem (CNN)Either Oda Pellin staged a comeback or the polls were wrong. “We "
         "will govern,” she said.", "Oda Pellin"),
        ("Former Mayor Oda Pellin spoke on Monday. “The plan is dead,” she said.", "Oda Pellin"),
        ("New Delhi (CNN)The vote was close. Minister Oda Pellin told reporters the plan had "
         "failed. “The plan is dead,” she said.", "Oda Pellin"),
    ],
)  # fmt: skip
def test_a_place_or_title_around_a_name_is_no_part_of_it(paragraph: str, speaker: str) -> None:
    assert [s for _text, s, _mention in speakers(paragraph)] == [speaker]


def test_a_place_opened_by_new_is_no_person() -> None:
    assert people_of("New Jersey police arrested a man on Monday. “It was calm,” he said.") == {}


def test_a_glued_dateline_opens_the_first_sentence() -> None:
    found = speakers(
        "(CNN)Former Harbour Lights member Zorvan Tamsin spoke for the first time since "
        "leaving the group. “I feel like I let the fans down,” he told the paper.",
    )
    assert found == [("I feel like I let the fans down", "Zorvan Tamsin", "he")]


def test_an_everyday_word_that_only_opens_sentences_is_no_name() -> None:
    cast = build_cast(
        [
            "Tom Reed admitted the charge in court, the papers said. Read the plea deal . He "
            "also became belligerent, according to court papers.",
            "Read the full complaint . He said he regretted it.",
        ]
    )
    assert set(cast.people) == {"Tom Reed"}


@pytest.mark.parametrize(
    "opening",
    [
        "Household lending climbed again in March.",
        "Kessford town has been under a curfew since Friday.",
        "Pocket cameras will lose out to phones this year.",
        "Difficult questions remain over the funding.",
    ],
)
def test_a_word_opening_a_noun_phrase_is_no_lone_speaker(opening: str) -> None:
    found = speakers(
        "Ivo Marsh, the treasurer, spoke after the figures came out.",
        f"{opening} “We expected as much,” he said.",
    )
    assert found == [("We expected as much", "Ivo Marsh", "he")]


@pytest.mark.parametrize("verb", ["grins", "dodged", "has", "also", "won"])
def test_a_one_word_name_followed_by_its_verb_still_speaks(verb: str) -> None:
    found = speakers(
        "Ivo Marsh, the treasurer, spoke after the figures came out.",
        f"Okafor {verb} the vote at the club. “We expected as much,” he said.",
    )
    assert found[-1][1] == "Okafor"


def test_a_nationality_after_the_describes_the_person_in_focus() -> None:
    found = speakers(
        "Top seed Ivo Marsh lost to Kees Okafor in the semi-finals in Leeds.",
        "And Marsh, who was beaten for pace all evening, said Okafor had earned the win. "
        "“He simply played better than me,” said the Dutchman.",
    )
    assert found[-1] == ("He simply played better than me", "Ivo Marsh", "the Dutchman")


def test_a_party_after_the_is_still_a_body() -> None:
    found = speakers(
        "Ivo Marsh set out his budget on Monday.",
        "“It is a raid on savers,” said the Tories.",
    )
    assert found[-1] == ("It is a raid on savers", "Tories", "the Tories")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is believed that the tolls will rise by a fifth next year.",
        "It was widely reported that the board would meet again in May.",
        "It is hoped that the new ferry will cut queues at the port.",
    ],
)
def test_an_impersonal_passive_reports_no_ones_speech(sentence: str) -> None:
    quotes = extract_quotes(article("The Harbour Board met on Monday.", sentence))
    assert quotes == ()


def test_a_body_that_says_that_still_reports_speech() -> None:
    quotes = extract_quotes(
        article("The Harbour Board said that the tolls will rise by a fifth next year.")
    )
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Harbour Board", "said")]


def test_a_body_joined_by_without_is_one_body() -> None:
    found = speakers(
        "A spokesman for Editors Without Frontiers, which tracks press freedom, called the "
        "sentence “harsh”. “The court wants to make an example of him,” the organisation said.",
    )
    assert found == [
        ("harsh", "Editors Without Frontiers", "spokesman for Editors Without Frontiers"),
        (
            "The court wants to make an example of him",
            "Editors Without Frontiers",
            "the organisation",
        ),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Deputies found the van empty, according to the Harbour County Sheriff's Office.",
         "Harbour County Sheriff's Office"),
        ("“No comment,” said a spokesman for the Kessford District Attorney's Office.",
         "Kessford District Attorney's Office"),
        ("“We have made an arrest,” the Kessford Police Department said.",
         "Kessford Police Department"),
    ],
)  # fmt: skip
def test_a_body_named_by_whose_office_it_is_keeps_its_whole_name(
    paragraph: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(article(paragraph))] == [speaker]


@pytest.mark.parametrize(
    "opening",
    [
        "A report by the Harbour Trust looked at the tolls.",
        "The Harbour Trust made the comments in a report published on Monday.",
        "Fares will rise, the Harbour Trust says in its annual report.",
    ],
)
def test_the_report_speaks_for_the_body_that_issued_it(opening: str) -> None:
    found = speakers(opening, "“Tolls must fall,” the report said.")
    assert found[-1] == ("Tolls must fall", "Harbour Trust", "the report")


def test_the_statement_is_not_given_to_a_body_that_issued_an_earlier_one() -> None:
    found = speakers(
        "The Harbour Trust said in a statement that the port was safe.",
        "In a joint statement, the families said the crews had “vanished”. “We want answers,” "
        "the statement said.",
    )
    assert found[-1] == ("We want answers", "statement", "the statement")


@pytest.mark.parametrize(
    ("said", "speaker", "mention"),
    [
        ("the family said", "family", "the family"),
        ("her family said", "Ada Brook's family", "her family"),
        ("the Brook family said", "Ada Brook's family", "the Brook family"),
    ],
)
def test_a_family_speaks_for_itself_not_as_its_member(
    said: str, speaker: str, mention: str
) -> None:
    found = speakers("Ada Brook, 34, died in the crash on Monday.", f"“She was loved,” {said}.")
    assert found == [("She was loved", speaker, mention)]


def test_the_spokesman_speaks_for_the_body_named_with_them_last() -> None:
    found = speakers(
        "A spokesman for the Harbour Trust said the tolls were fair. “We will not move,” the "
        "spokesman said.",
        "A spokesman for the Ferry Union said the tolls were not. “We will strike,” the "
        "spokesman said.",
    )
    assert [speaker for _q, speaker, _m in found] == ["Harbour Trust", "Ferry Union"]


def test_a_spokesman_named_before_their_body_speaks_without_the_closing_comma() -> None:
    found = speakers("Ivo Marsh, a spokesman for the Harbour Trust said: “The gates stay shut.”")
    assert found == [("The gates stay shut.", "Ivo Marsh", "Ivo Marsh")]


def test_a_letter_of_an_abbreviation_is_no_body() -> None:
    cast = build_cast(["Jets of the U.S.-led coalition struck the town, a monitoring group said."])
    assert "U" not in cast.people


def test_a_knight_named_by_title_and_first_name_is_the_full_name() -> None:
    found = speakers(
        "Auditor General Sir Tom Marsh said the schools had improved.",
        "Sir Tom said “real progress” had been made.",
    )
    assert found[-1] == ("real progress", "Tom Marsh", "Tom")


@pytest.mark.parametrize("paper", ["Sunday Times", "Sunday Telegraph", "Sunday Mirror"])
def test_a_sunday_paper_keeps_its_day(paper: str) -> None:
    assert speakers(f"“It is over,” the {paper} said.") == [("It is over", paper, paper)]


@pytest.mark.parametrize("verb", ["said", "added"])
def test_reported_speech_opening_with_a_pronoun_before_any_quote_finds_its_speaker(
    verb: str,
) -> None:
    quotes = extract_quotes(
        article(
            "Maja Lindqvist runs the bank.",
            f"She {verb} that the bank would buy back shares.",
        )
    )
    assert [(q.kind, q.text, q.speaker, q.mention) for q in quotes] == [
        ("indirect", "the bank would buy back shares.", "Maja Lindqvist", "she"),
    ]

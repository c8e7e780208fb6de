"""Quotes: extraction, kinds, speakers, and linking across outlets."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.links import link_quotes
from bot.analyse.text.sentences import split_sentences
from bot.models import (
    BODY,
    CAPTION,
    Article,
    ArticleAnalysis,
    Paragraph,
    Quote,
    Sentence,
    Story,
)
from bot.parse import make_article, read_file
from tests.factories import EFE_ID as EFE
from tests.factories import OTHER_ID as RT
from tests.factories import SEEDS

PUTIN = "Vladimir Putin"


def seed(stem: str) -> Article:
    return make_article(read_file(SEEDS / f"{stem}.txt").records[0])


def article(*paragraphs: str, article_id: str = "a1", kinds: tuple[str, ...] = ()) -> Article:
    """An Article of body paragraphs (or the given kinds), split into sentences."""
    paras = tuple(
        Paragraph(i, kinds[i] if i < len(kinds) else BODY, text)
        for i, text in enumerate(paragraphs)
    )
    sentences: list[Sentence] = []
    for para in paras:
        for text in split_sentences(para.text):
            sentences.append(Sentence(len(sentences), para.position, para.kind, text))
    return Article(
        id=article_id,
        date=date(2024, 1, 1),
        source="test",
        headline="A headline",
        url=None,
        origin="test",
        raw_text="\n\n".join(paragraphs),
        text="\n\n".join(paragraphs),
        paragraphs=paras,
        sentences=tuple(sentences),
        content_hash=article_id,
    )


def found(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes(article(*paragraphs))]


def quote_starting(quotes: tuple[Quote, ...], start: str) -> Quote:
    (match,) = [q for q in quotes if q.text.startswith(start)]
    return match


# --- the seeds ---------------------------------------------------------------------------


def test_quotes_brics_is_one_direct_quote_by_putin() -> None:
    quote = quote_starting(extract_quotes(seed(EFE)), "BRICS is an organization")
    assert quote.text == (
        "BRICS is an organization, not a military alliance. It is simply a platform to agree on "
        "positions and adopt mutually acceptable decisions based on sovereignty, independence and "
        "mutual respect."
    )
    assert (quote.speaker, quote.role, quote.kind) == (PUTIN, "Russian president", "direct")
    assert "said Putin" in quote.context


def test_quotes_brics_with_misoriented_close_keeps_its_speech_one_sentence() -> None:
    raw = (
        "“BRICS is an organization, not a military alliance. It is simply a platform to agree on "
        "positions.“said Putin when inaugurating the conference."
    )
    (quote,) = extract_quotes(article("The Russian president, Vladimir Putin, spoke.", raw))
    assert quote.text == (
        "BRICS is an organization, not a military alliance. It is simply a platform to agree on "
        "positions."
    )
    assert (quote.speaker, quote.kind) == (PUTIN, "direct")
    assert quote.sentences == (1,)
    assert quote.context.startswith("“BRICS is an organization")
    assert quote.context.endswith("said Putin when inaugurating the conference.")


def test_quotes_he_stressed_is_putin() -> None:
    quote = quote_starting(extract_quotes(seed(EFE)), "The mood of the voters")
    assert (quote.speaker, quote.kind) == (PUTIN, "direct")


def test_quotes_the_president_said_is_putin() -> None:
    quote = quote_starting(extract_quotes(seed(RT)), "Moscow is willing to develop")
    assert (quote.speaker, quote.kind) == (PUTIN, "indirect")


def test_quotes_scare_quotes_are_not_quotes() -> None:
    texts = {q.text for q in extract_quotes(seed(EFE))}
    assert not texts & {"friendly relations", "always"}
    assert not {q.text for q in extract_quotes(seed(RT))} & {"Russia \u2013 Latin America,"}


def test_quotes_seed_speakers_are_one_canonical_name() -> None:
    for stem in (EFE, RT):
        quotes = extract_quotes(seed(stem))
        assert {q.speaker for q in quotes} == {PUTIN}
        assert {q.role for q in quotes} == {"Russian president"}


def test_quotes_seed_kinds() -> None:
    kinds = [q.kind for q in extract_quotes(seed(RT))]
    assert kinds == [
        "indirect",
        "indirect",
        "direct",
        "direct",
        "fragment",
        "direct",
        "indirect",
        "direct",
    ]


def test_quotes_fragment_sentence_is_not_also_indirect() -> None:
    quotes = extract_quotes(seed(EFE))
    welcome = quote_starting(quotes, "Russia welcomes the wishes")
    assert welcome.kind == "fragment"
    same = [q for q in quotes if q.sentences == welcome.sentences]
    assert same == [welcome]


def test_quotes_strong_independent_successful_linked_across_outlets() -> None:
    articles = [seed(EFE), seed(RT)]
    analyses = [ArticleAnalysis(a.id, (), extract_quotes(a), ()) for a in articles]
    story = Story("s0123456789", "Putin", date(2023, 9, 29), (EFE, RT), ())
    linked = link_quotes(articles, analyses, [story])
    efe = quote_starting(tuple(q for q in linked if q.article_id == EFE), "Latin America in its")
    rt = quote_starting(tuple(q for q in linked if q.article_id == RT), "We have advocated")
    assert efe.sources == (EFE, RT)
    assert rt.sources == (RT, EFE)
    assert len(linked) == sum(len(a.quotes) for a in analyses)


def test_quotes_topic_words_alone_do_not_link() -> None:
    articles = [seed(EFE), seed(RT)]
    analyses = [ArticleAnalysis(a.id, (), extract_quotes(a), ()) for a in articles]
    story = Story("s0123456789", "Putin", date(2023, 9, 29), (EFE, RT), ())
    linked = tuple(q for q in link_quotes(articles, analyses, [story]) if q.article_id == EFE)
    # shares only `Russia`, `Latin`, `American`, `countries` with the other outlet's quotes
    assert quote_starting(linked, "Russia welcomes the wishes").sources == (EFE,)
    assert [q.text[:20] for q in linked if len(q.sources) == 2] == [
        "Latin America in its",
        "And to that end we a",
        "enormous economic po",
        "Russia and Latin Ame",
        "exchanges increased ",
    ]


def test_quotes_not_linked_outside_their_story() -> None:
    articles = [seed(EFE), seed(RT)]
    analyses = [ArticleAnalysis(a.id, (), extract_quotes(a), ()) for a in articles]
    stories = [
        Story("s0000000001", "a", date(2023, 9, 29), (EFE,), ()),
        Story("s0000000002", "b", date(2023, 9, 29), (RT,), ()),
    ]
    linked = link_quotes(articles, analyses, stories)
    assert {q.sources for q in linked} == {(EFE,), (RT,)}


def test_quotes_ignore_caption_paragraphs() -> None:
    quotes = extract_quotes(
        article(
            '"We will win," said Jo Smith.',
            '"A caption quote," said Ann Lee.',
            kinds=(BODY, CAPTION),
        )
    )
    assert [q.text for q in quotes] == ["We will win"]


# --- tricky sentences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (('"We are ready," said Jo Smith.',), [("We are ready", "Jo Smith", "direct")]),
        (('"We are ready," Jo Smith said.',), [("We are ready", "Jo Smith", "direct")]),
        (('Jo Smith said: "We are ready."',), [("We are ready.", "Jo Smith", "direct")]),
        (
            ('"We are ready," he said, "to go."',),
            [("We are ready to go.", None, "direct")],
        ),
        (
            ('Coach Tom Hill spoke. "We are ready," he said, "to go."',),
            [("We are ready to go.", "Tom Hill", "direct")],
        ),
        (
            ("“We are ready.“said Jo Smith at the launch.",),
            [("We are ready.", "Jo Smith", "direct")],
        ),
        (
            ('"We are ready,” said Jo Smith. “Very ready."',),
            [("We are ready … Very ready.", "Jo Smith", "direct")],
        ),
        (
            ('"I am ready. "I have trained hard," said Jo Smith.',),
            [("I am ready. I have trained hard", "Jo Smith", "direct")],
        ),
        (
            ('Jo Smith spoke. "The first part of it.', '"The second part of it," she said.'),
            [("The first part of it. The second part of it", "Jo Smith", "direct")],
        ),
    ],
)
def test_quotes_marks_and_joins(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('Jo Smith said the region will play "one of the leading roles" in the world.',),
            [("one of the leading roles", "Jo Smith", "fragment")],
        ),
        (
            ('Jo Smith spoke. She assured that "Russia welcomes the wishes of many countries."',),
            [("Russia welcomes the wishes of many countries.", "Jo Smith", "fragment")],
        ),
        (
            ("Jo Smith stressed that the deal is further confirmation of the growing ties.",),
            [("the deal is further confirmation of the growing ties.", "Jo Smith", "indirect")],
        ),
        (
            ("According to Jo Smith, prices will rise sharply next year.",),
            [("prices will rise sharply next year.", "Jo Smith", "indirect")],
        ),
        (
            ("Prices will rise sharply next year, according to Jo Smith.",),
            [("Prices will rise sharply next year", "Jo Smith", "indirect")],
        ),
        (('Due to "friendly relations", Russia is "always" ready to help.',), []),
        (('Ada Brook starred in "Silver Harbour" last spring.',), []),
        (('Ivo Marsh, nicknamed "the Wall", saved twice.',), []),
        (('Norvik flagged six "urgent" flaws in its app.',), []),
        (('The banner reads "Happy New Year" in nine scripts.',), []),
        (('The studio sent "take down" notices to the hosts.',), []),
        (('Over nine million viewers watched "Mad" Max Cole written out.',), []),
    ],
)
def test_quotes_kinds_and_scare_quotes(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # gender agreement: "she" is Mary Smith although John Brown was named last
        (('Mary Smith met John Brown. "I am delighted," she said.',), "Mary Smith"),
        (('Mary Smith met John Brown. "I am delighted," he said.',), "John Brown"),
        # salience: the subject, not the name mentioned in passing
        (
            ('Jo Smith praised the team and mentioned Ann Lee. "It was great," she said.',),
            "Jo Smith",
        ),
        # a role noun, learned from an appositive
        (
            ('Russian president Vladimir Putin spoke. "We are ready," the Russian leader said.',),
            PUTIN,
        ),
        (
            ('The Rovers manager, Lena Holt, arrived. "We won," the manager said.',),
            "Lena Holt",
        ),
        # the surname alone is the full name given earlier
        (('Vladimir Putin arrived. "We are ready," Putin said.',), PUTIN),
        # organisations
        (('"We will appeal," a Sony spokesman said.',), "Sony"),
        (('"Sales were strong," Microsoft said.',), "Microsoft"),
        (
            (
                "The Ministry of Defence confirmed the order.",
                '"We will appeal," the ministry said.',
            ),
            "Ministry of Defence",
        ),
        # the attribution in the previous sentence or paragraph
        (("Jo Smith said:", '"It was a good day for all of us."'), "Jo Smith"),
        (
            ('"It was hard," said Jo Smith.', '"But we kept going and we won in the end."'),
            "Jo Smith",
        ),
        # a participle: the subject of the clause
        (('Ann Lee criticised the plan, saying it was "a disgrace to the city".',), "Ann Lee"),
        # a passive: the agent
        (('The film was described as "a triumph" by the critic Tom Hill.',), "Tom Hill"),
        # people seldom name themselves: `Olof` in the quote is not its speaker
        (
            (
                "Tom Hill rapped Olof Berg for his remarks.",
                'Olof Berg spoke of the rivals. "I had a word with Olof," he told the website.',
            ),
            "Tom Hill",
        ),
        # a name inside a description is not the subject
        (
            (
                "Ivo Marsh arrived in Leeds.",
                'The star of Sea Fog and Red Dust said television was "in a sorry state".',
            ),
            "Ivo Marsh",
        ),
        (('And Lena Holt afterwards described it as "a joy to see".',), "Lena Holt"),
        (('Ivo Marsh, RCA president, said: "Radio is failing the young."',), "Ivo Marsh"),
        (
            ('Rovers boss Piet Dekker was pleased. "It was fine," the Dutchman said.',),
            "Piet Dekker",
        ),
        (('The Home Office said it was "quite untrue" to claim that.',), "Home Office"),
        # `he said` right after a quote goes on with its speaker, gender unknown or not
        (
            (
                "Ivo Marsh said he hoped for a grant.",
                '"The valley is wide," said Piet Dekker. "I think the harm is slight," he said.',
            ),
            "Piet Dekker",
        ),
        (
            (
                "Zorvex said it would appeal. Zorvex argued that the judge was unfair.",
                'However, it claimed that the verdict was "an insult to the law".',
            ),
            "Zorvex",
        ),
    ],
)
def test_quotes_speakers(paragraphs: tuple[str, ...], speaker: str) -> None:
    quotes = extract_quotes(article(*paragraphs))
    assert [q.speaker for q in quotes if q.kind != "indirect"][-1] == speaker


def test_quotes_role_from_appositive() -> None:
    (quote,) = extract_quotes(article('"We won," said Rovers manager Lena Holt.'))
    assert (quote.speaker, quote.role) == ("Lena Holt", "Rovers manager")


def test_quotes_context_holds_the_sentences() -> None:
    (quote,) = extract_quotes(article('Intro. "We are ready," said Jo Smith. Outro.'))
    assert quote.context == '"We are ready," said Jo Smith.'
    assert quote.sentences == (1,)


@pytest.mark.parametrize(
    ("other_text", "other_speaker", "linked"),
    [
        ("We want the region to be strong, independent and successful.", "Jo Smith", True),
        ("We want the region to be strong, independent and successful.", "Ann Lee", False),
        ("Prices of wheat will fall next winter.", "Jo Smith", False),
    ],
)
def test_quotes_linking_needs_same_speaker_and_words(
    other_text: str, other_speaker: str, linked: bool
) -> None:
    first = Quote(
        "a1",
        "The region must be strong, independent and successful",
        "Jo Smith",
        None,
        "direct",
        (0,),
        "",
    )
    second = Quote("a2", other_text, other_speaker, None, "direct", (0,), "")
    articles = [article("x", article_id="a1"), article("y", article_id="a2")]
    analyses = [ArticleAnalysis("a1", (), (first,), ()), ArticleAnalysis("a2", (), (second,), ())]
    story = Story("s0000000000", "h", date(2024, 1, 1), ("a1", "a2"), ())
    result = link_quotes(articles, analyses, [story])
    assert result[0].sources == (("a1", "a2") if linked else ("a1",))


def test_quotes_speaker_of_with_clause_is_its_subject() -> None:
    text = "Bonds slid in Oslo and Rome, with traders saying that rates would climb."
    (quote,) = extract_quotes(article(text))
    assert (quote.speaker, quote.kind) == ("traders", "indirect")


def test_quotes_organisation_name_keeps_its_and() -> None:
    text = (
        "Fishing keeps 40,000 people in work, according to the Coastal Trade and Fisheries Council."
    )
    (quote,) = extract_quotes(article(text))
    assert (quote.speaker, quote.role) == ("Coastal Trade and Fisheries Council", None)


def test_quotes_joint_speaker_is_not_a_role() -> None:
    (quote,) = extract_quotes(article('"We agree," said Putin and Lavrov.'))
    assert quote.role is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'It came a week after US Labor Secretary Ida Kern said it was "good for workers".',
            "US Labor Secretary",
        ),
        (
            'The priority for Finance Minister Ravi Chand is growth. "We will cut," he said.',
            "Finance Minister",
        ),
    ],
)
def test_quotes_role_is_not_a_small_word(text: str, role: str) -> None:
    quotes = extract_quotes(article(text))
    assert [q.role for q in quotes if q.kind != "indirect"] == [role]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('"We are on course," the chancellor said.', "Ada Brook"),
        ('"It has gone sour," the shadow chancellor said.', "Tom Ruiz"),
    ],
)
def test_quotes_shadow_role_is_another_role(said: str, speaker: str) -> None:
    cast = "Chancellor Ada Brook spoke. Shadow chancellor Tom Ruiz attacked her."
    (quote,) = extract_quotes(article(cast, said))
    assert quote.speaker == speaker


def test_quotes_plural_people_before_a_preposition_speak() -> None:
    text = 'Lawyers for two bakeries said it was "plainly fair" to print the menus.'
    (quote,) = extract_quotes(article("Ivo Marsh appeared in court in Leeds.", text))
    assert quote.speaker == "Lawyers"


def test_quotes_group_is_not_a_role_holder() -> None:
    cast = "US Labor Secretary Ida Kern spoke on Friday."
    said = "US officials have repeatedly warned that rich nations must spend more."
    (quote,) = extract_quotes(article(cast, said))
    assert quote.speaker == "US officials"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Auditor General Sir Ivo Marsh said: "The funds were squandered."', "Auditor General"),
        (
            'Both Health Secretary Lena Holt and the NHS agreed. "We act," Ms Holt said.',
            "Health Secretary",
        ),
    ],
)
def test_quotes_role_from_title_words_before_the_name(text: str, role: str) -> None:
    (quote,) = extract_quotes(article(text))
    assert quote.role == role

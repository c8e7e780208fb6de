"""render: escaped Telegram HTML, human numbers, and packing under Telegram's limits."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from bot import notices, packing, render
from bot.markup import clip, entities, escape, measure, plain_text
from bot.models import Sentence, StorySentence
from bot.rows import ArticleRef, SentenceHit, SourceCount, StoreInfo
from tests.factories import (
    BRICS_QUOTE,
    EFE_ID,
    OTHER_ID,
    check_message,
    make_figure,
    make_quote,
    seed_articles,
    seed_story,
)

REFS = {
    EFE_ID: ArticleRef(
        EFE_ID, date(2023, 9, 29), "EFE", "Putin and BRICS", "https://e.org/a", "s1"
    ),
    OTHER_ID: ArticleRef(OTHER_ID, date(2023, 9, 29), "unknown", "Putin", None, "s1"),
}


def test_render_escape_keeps_quotes_and_escapes_markup() -> None:
    assert escape('<b>"x" & y</b>') == '&lt;b&gt;"x" &amp; y&lt;/b&gt;'


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("a  b\n c", 10, "a b c"),
        ("one two three four five", 12, "one two…"),
        ("x" * 50, 10, "xxxxxxxxx…"),
    ],
)
def test_render_clip_cuts_at_words(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected


def test_render_shortens_before_escaping() -> None:
    block = render.quote_block(make_quote("a", "&" * 700), {})
    check_message(block)
    assert "&amp;…" in block  # cut between whole characters, then escaped


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (25.0, "percent", None, "25%"),
        (0.5, "percent", None, "0.5%"),
        (2.3, "times", None, "2.3 times"),
        (1.5e9, "GBP", None, "£1.5bn"),
        (2_000_000.0, "USD", None, "$2m"),
        (5000.0, "students", "almost", "almost 5,000 students"),
        (1_500_000.0, "people", None, "1.5 million people"),
        (12.0, "", None, "12"),
        (2024.0, "year", None, "2024"),
        (5.0, "years", None, "5 years"),
    ],
)
def test_render_figure_value_is_human(
    value: float, unit: str, qualifier: str | None, expected: str
) -> None:
    figure = make_figure("a", "x", value, unit, "m", qualifier=qualifier)
    assert render.figure_value(figure) == expected


def test_render_story_block_tags_each_sentence_with_its_outlets() -> None:
    story = seed_story(seed_articles())
    block = render.story_block(story, REFS)
    check_message(block)
    assert block.startswith("<b>Putin courts Latin America for BRICS</b>\n")
    assert "“military alliance.” [EFE]" in block
    assert "2.3 times,&quot;" not in block  # quotes are not escaped outside attributes
    assert 'by 2.3 times," Putin said. [EFE]' in block  # an outlet named `unknown` is none


def test_render_story_block_falls_back_to_the_article_id() -> None:
    story = seed_story(seed_articles())
    sentence = StorySentence("Hi.", "gone", 0, ("gone",))
    block = render.story_block(
        type(story)(story.id, story.headline, story.date, ("gone",), (sentence,)), {}
    )
    assert "• Hi. [gone]" in block


def test_render_quote_block_bolds_speaker_and_role() -> None:
    quote = make_quote(EFE_ID, BRICS_QUOTE, role="Russian president", sources=(EFE_ID, OTHER_ID))
    block = render.quote_block(quote, REFS)
    assert block.splitlines()[0] == "<b>Vladimir Putin, Russian president</b>"
    assert block.splitlines()[-1] == "<i>EFE · 29 Sep 2023</i>"
    assert "“BRICS is an organization, not a military alliance." in block


def test_render_quote_block_shows_the_verb_the_article_used() -> None:
    quote = replace(make_quote(EFE_ID, BRICS_QUOTE, role="Russian president"), cue="warned")
    assert render.quote_block(quote, REFS).splitlines()[0] == (
        "<b>Vladimir Putin, Russian president</b> warned"
    )
    unattributed = replace(make_quote(EFE_ID, BRICS_QUOTE, speaker=None), cue="said")
    assert render.quote_block(unattributed, REFS).splitlines()[0] == "<b>Unattributed</b>"


@pytest.mark.parametrize(
    ("speaker", "cue", "expected"),
    [
        ("Labor Department", "according to", "According to <b>Labor Department</b>"),
        ("Tony Blair", "saying", "<b>Tony Blair</b>"),
        ("Ed Davey", "urging", "<b>Ed Davey</b>"),
        ("Ken Mayland", "said", "<b>Ken Mayland</b> said"),
        ("Ken Mayland", ":", "<b>Ken Mayland</b>"),
    ],
)
def test_render_quote_header_reads_as_a_sentence_would(
    speaker: str, cue: str, expected: str
) -> None:
    quote = replace(make_quote(EFE_ID, "Jobs grew.", speaker=speaker), cue=cue)
    assert render.quote_block(quote, REFS).splitlines()[0] == expected


def test_render_quote_block_escapes_article_text() -> None:
    block = render.quote_block(make_quote("a", "1 < 2 & <script>", speaker="<b>Eve</b>"), {})
    check_message(block)
    assert "<b>&lt;b&gt;Eve&lt;/b&gt;</b>" in block
    assert "1 &lt; 2 &amp; &lt;script&gt;" in block


@pytest.mark.parametrize(
    ("kind", "text", "context", "expected"),
    [
        ("direct", "We agree.", "We agree, he said.", "“We agree.”"),
        ("fragment", "a majority", "It sees BRICS as “a majority” today.",
         "It sees BRICS as “a majority” today."),
        ("indirect", "Russia will lead BRICS", "He said Russia will lead BRICS.",
         "He said Russia will lead BRICS."),
        ("indirect", "Russia will lead", "", "(reported) Russia will lead"),
        ("fragment", "a majority", "x " * 400, "“a majority”"),
    ],
)  # fmt: skip
def test_render_quote_words_show_a_paraphrase_in_its_sentence(
    kind: str, text: str, context: str, expected: str
) -> None:
    quote = replace(make_quote("a", text, kind=kind), context=context)
    assert render.quote_words(quote) == expected


def test_render_figure_block_leaves_out_a_measure_that_repeats_the_unit() -> None:
    figure = make_figure(OTHER_ID, "more than 200 participants", 200.0, "participants",
                         "participants", qualifier="more than")  # fmt: skip
    assert render.figure_block(figure, REFS) == (
        "<b>more than 200 participants</b>\n<i>29 Sep 2023</i>"
    )


def test_render_figure_block_without_a_measure_shows_its_sentence() -> None:
    bare = replace(
        make_figure(OTHER_ID, "55", 55.0, "", ""), context="The  limit on the road was 55."
    )
    assert render.figure_block(bare, REFS) == (
        "<b>55</b> — in “The limit on the road was 55.”\n<i>29 Sep 2023</i>"
    )
    long = replace(bare, context="On the old road through the valley " * 8)
    assert render.figure_block(long, REFS, byline=False) == (
        "<b>55</b> — in “" + clip(("On the old road through the valley " * 8).strip(), 160) + "”"
    )


def test_render_figure_block_shows_change_measure_period_and_sources() -> None:
    figure = make_figure(EFE_ID, "increased by 25%", 25.0, "percent", "trade", change="increase",
                         period="in the last five years", sources=(EFE_ID, OTHER_ID))  # fmt: skip
    assert render.figure_block(figure, REFS) == (
        "<b>↑ 25%</b> — trade, in the last five years\n<i>EFE · 29 Sep 2023</i>"
    )


def test_render_article_card_links_when_the_url_is_known() -> None:
    efe, other = seed_articles()
    summary = efe.sentences[:2]
    blocks = render.article_card(efe, summary, [make_quote(EFE_ID, "Hi")], [], REFS)
    assert '<a href="https://example.org/efe/putin-brics">read the article</a>' in blocks[0]
    assert blocks[1].startswith("<b>Quotes</b>")
    assert "<a " not in render.article_card(other, (), (), (), REFS)[0]


def test_render_article_card_names_other_outlets_only() -> None:
    efe, _ = seed_articles()
    own = replace(make_quote(EFE_ID, "We agree."), cue="said")
    shared = replace(make_quote(EFE_ID, "Trade grew.", sources=(EFE_ID, OTHER_ID)), cue="said")
    figure = make_figure(EFE_ID, "25%", 25.0, "percent", "trade")
    blocks = render.article_card(efe, (), [own, shared], [figure], REFS)
    assert blocks[1] == (
        "<b>Quotes</b>\n\n<b>Vladimir Putin</b> said\n“We agree.”\n\n"
        "<b>Vladimir Putin</b> said\n“Trade grew.”\n<i>EFE · 29 Sep 2023</i>"
    )
    assert blocks[2] == "<b>Figures</b>\n\n<b>25%</b> — trade"


def test_render_article_card_refuses_links_without_a_web_scheme() -> None:
    efe, _ = seed_articles()
    odd = type(efe)(**{**{f: getattr(efe, f) for f in efe.__slots__}, "url": "javascript:x"})
    assert "<a " not in render.article_card(odd, (), (), (), REFS)[0]


def test_render_hit_block_bolds_the_hits_and_escapes() -> None:
    hit = SentenceHit(EFE_ID, 3, "Trade & trade <up>.", ((0, 5), (8, 13)))
    block = render.hit_block(hit, REFS)
    check_message(block)
    assert block.startswith("• <b>Trade</b> &amp; <b>trade</b> &lt;up&gt;.\n")
    assert "<i>EFE · 29 Sep 2023</i>" in block


def test_render_hit_block_windows_a_long_sentence_around_the_hit() -> None:
    text = "word " * 300 + "needle " + "word " * 300
    start = text.index("needle")
    block = render.hit_block(SentenceHit("a", 0, text, ((start, start + 6),)), {})
    assert "<b>needle</b>" in block
    assert len(block) < 600


def test_render_about_block_lists_counts_sources_and_dates() -> None:
    info = StoreInfo(2, 1, 2, 4, (SourceCount("EFE", 1), SourceCount("unknown", 1)),
                     date(2023, 9, 29), date(2023, 9, 30), "x", 1)  # fmt: skip
    block = render.about_block(info, "2023-09-30 08:00 UTC")
    assert (
        "• 2 articles in 1 story\n• 2 quotes, 4 figures\n"
        "• Sources: EFE (1 article with no outlet named)\n"
    ) in block
    assert "• Dates: 29 Sep 2023 to 30 Sep 2023" in block
    unnamed = replace(info, sources=(SourceCount("unknown", 2),))
    assert "• Sources: none named\n" in render.about_block(unnamed, "2023-09-30 08:00 UTC")


def test_render_help_lists_usage_description_and_example() -> None:
    entries = [notices.CommandHelp("quotes", "/quotes <term>", "who said what", "/quotes BRICS")]
    assert "/quotes &lt;term&gt;: who said what — e.g. /quotes BRICS" in notices.help_block(entries)


def test_render_no_results_echoes_the_term_escaped_with_a_suggestion() -> None:
    line = notices.no_results("quotes", "<b>xyz", "Try /quotes Putin")
    assert line == "No quotes about “&lt;b&gt;xyz”. Try /quotes Putin"


def test_render_unknown_command_suggests_the_closest() -> None:
    hint = notices.unknown_command("qoutes", ["quotes", "figures", "help"])
    assert hint == "I don't know /qoutes. Did you mean /quotes? Send /help for the list."
    assert "Did you mean" not in notices.unknown_command("zzzz", ["quotes"])


def test_render_plain_text_removes_tags_and_shows_links() -> None:
    markup = '<b>A &amp; B</b> &lt;x&gt; <a href="https://e.org/?a=1&amp;b=2">read</a>'
    assert plain_text(markup) == "A & B <x> read (https://e.org/?a=1&b=2)"
    assert plain_text('<a href="https://e.org">https://e.org</a>') == "https://e.org"


def test_render_entities_counts_opening_tags() -> None:
    assert entities("<b>a</b> <i>b</i> &lt;c&gt; <a href='x'>d</a>") == 3


def test_render_pack_joins_blocks_under_the_limit() -> None:
    blocks = [f"<b>Block {n}</b> " + "text " * 150 for n in range(20)]
    messages = packing.pack(blocks)
    assert len(messages) == 4  # ~770 characters each, five to a message
    assert all(measure(m) <= 4096 for m in messages)
    assert "".join(messages).count("<b>Block") == 20


def test_render_pack_respects_the_entity_limit() -> None:
    blocks = [f"<b>{n}</b>" for n in range(250)]
    messages = packing.pack(blocks)
    assert [entities(m) for m in messages] == [100, 100, 50]
    for message in messages:
        check_message(message)


def test_render_pack_splits_a_long_block_at_paragraphs() -> None:
    paragraphs = [f"Paragraph {n}. " + "Some words here. " * 40 for n in range(10)]
    messages = packing.pack(["\n\n".join(paragraphs)])
    assert len(messages) == 2  # ~700 characters a paragraph: five fit in 4096
    for message in messages:
        check_message(message)
        assert message.startswith("Paragraph ")
        assert message.endswith("Some words here.")


def test_render_pack_never_splits_inside_a_tag_or_entity() -> None:
    block = "<blockquote>" + "fish &amp; chips <i>and</i> peas. " * 600 + "</blockquote>"
    messages = packing.pack([block])
    assert len(messages) >= 5
    for message in messages:
        check_message(message)
        assert message.startswith("<blockquote>")
        assert message.endswith("</blockquote>")
    joined = " ".join(plain_text(m) for m in messages)
    assert joined.split() == plain_text(block).split()


def test_render_pack_cuts_an_endless_word_between_entities() -> None:
    block = "<b>" + "&amp;" * 5000 + "</b>"
    messages = packing.pack([block])
    assert len(messages) == 2
    for message in messages:
        check_message(message)
    assert sum(plain_text(m).count("&") for m in messages) == 5000


def test_render_pack_counts_emoji_as_two_units() -> None:
    messages = packing.pack(["🙂" * 3000])
    assert [measure(m) for m in messages] == [4096, 1904]


def test_render_paginate_puts_the_title_on_every_page() -> None:
    blocks = [f"<b>Item {n}</b>" for n in range(30)]
    pages = packing.paginate(blocks, 5, "<b>Title</b> (30)")
    assert len(pages) == 6
    assert all(p.startswith("<b>Title</b> (30)\n\n<b>Item ") for p in pages)
    assert pages[-1].endswith("<b>Item 29</b>")


def test_render_paginate_starts_a_new_page_when_one_is_full() -> None:
    blocks = ["word " * 700 for _ in range(4)]
    pages = packing.paginate(blocks, 5, "T")
    assert len(pages) == 4
    for page in pages:
        check_message(page)


def test_render_summary_lines_are_bullets() -> None:
    lines = render.summary_lines([Sentence(0, 0, "body", "A < B.")])
    assert lines == "• A &lt; B."


def test_render_only_known_tags() -> None:
    allowed = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}
    efe, _ = seed_articles()
    markup = "\n".join(
        [
            *render.article_card(efe, efe.sentences, [make_quote(EFE_ID, "x")], [], REFS),
            render.story_block(seed_story(seed_articles()), REFS),
            notices.welcome(["/summary"]),
            render.about_block(StoreInfo(0, 0, 0, 0, (), None, None, None, 0), "never"),
        ]
    )
    assert set(re.findall(r"</?([a-z-]+)", markup)) <= allowed


def _random_block(rng: random.Random) -> str:
    """Nested bold/italic/blockquote runs of words, entities, emoji and line breaks."""
    words = ["fish", "&amp;", "chips", "&lt;b&gt;", "🙂", "trade.", "שלום", "x" * 300]
    spaces = [" ", " ", " ", "\n", "\n\n"]

    def run(depth: int) -> str:
        parts = []
        for _ in range(rng.randint(1, 30)):
            if depth < 3 and rng.random() < 0.08:
                tag = rng.choice(["b", "i", "u", "blockquote", "code"])
                parts.append(f"<{tag}>{run(depth + 1)}</{tag}>")
            else:
                parts.append(rng.choice(words))
            parts.append(rng.choice(spaces))
        return "".join(parts).strip()

    return "\n\n".join(run(0) for _ in range(rng.randint(1, 8)))


@pytest.mark.parametrize("seed", range(25))
def test_render_pack_random_blocks_stay_valid_and_whole(seed: int) -> None:
    rng = random.Random(seed)
    blocks = [_random_block(rng) for _ in range(rng.randint(1, 6))]
    limit = rng.choice([300, 1000, 4096])
    messages = packing.pack(blocks, limit=limit)
    for message in messages:
        check_message(message)
        assert measure(message) <= limit
    words = " ".join(plain_text(m) for m in messages).split()
    assert "".join(words) == "".join(" ".join(plain_text(b) for b in blocks).split())

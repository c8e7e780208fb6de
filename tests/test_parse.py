"""Reading inputs: the seed format, JSON Lines, ids, and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.errors import SeedError
from bot.models import BODY, CAPTION, PULLQUOTE, SUBHEADING
from bot.parse import MAX_ARTICLE_BYTES, Notice, discover, read_file, read_inputs
from tests.factories import SEEDS

BODY_TEXT = "Ministers met in Lisbon on Monday. They agreed a plan."


def jsonl(path: Path, *records: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_parse_seeds() -> None:
    inputs = read_inputs([SEEDS])
    assert [(a.id, a.date, a.source) for a in inputs.articles] == [
        ("000_1f4e1313dff10dc2", date(2023, 9, 29), "EFE"),
        ("004_68ac83050532d074", date(2023, 9, 29), "unknown"),
    ]
    assert inputs.skipped == ()
    assert inputs.warnings == ()


def test_parse_seed_article_fields() -> None:
    article = read_inputs([SEEDS / "000_1f4e1313dff10dc2.txt"]).articles[0]
    assert article.origin == str(SEEDS / "000_1f4e1313dff10dc2.txt")
    assert article.headline == (
        "The Russian president, Vladimir Putin, today encouraged the countries of Latin America…"
    )
    assert article.url is None
    assert "continent.Putin" not in article.text
    assert "continent.Putin" in article.raw_text
    assert article.raw_text.rstrip().endswith("EFE")
    assert not article.text.rstrip().endswith("EFE")
    assert article.text.endswith("which now amounts to almost 5,000 students.")
    assert len(article.content_hash) == 64


def test_parse_title_line_is_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "dam.txt"
    path.write_text(
        "date 2024-05-01\n\nDam breaks in the north\n\nThe dam broke at dawn, officials said. "
        "Rescue teams arrived within the hour.\n",
        encoding="utf-8",
    )
    article = read_inputs([path]).articles[0]
    assert article.headline == "Dam breaks in the north"
    assert [(s.kind, s.text) for s in article.sentences] == [
        (SUBHEADING, "Dam breaks in the north"),
        (BODY, "The dam broke at dawn, officials said."),
        (BODY, "Rescue teams arrived within the hour."),
    ]


def test_parse_jsonl_title_wins_over_a_title_line(tmp_path: Path) -> None:
    text = "Dam breaks in the north\n\nThe dam broke at dawn."
    feed = jsonl(tmp_path / "feed.jsonl", {"date": "2024-05-01", "text": text, "title": "Dam"})
    assert read_inputs([feed]).articles[0].headline == "Dam"


def test_parse_seed_sentences_carry_their_paragraph_kind() -> None:
    article = read_inputs([SEEDS / "000_1f4e1313dff10dc2.txt"]).articles[0]
    assert [s.position for s in article.sentences] == list(range(18))
    kinds = {s.paragraph: s.kind for s in article.sentences if s.kind != BODY}
    assert kinds == {4: PULLQUOTE, 8: CAPTION}
    assert article.sentences[3].text.startswith("and that it intends to do everything possible")


def test_parse_jsonl_fields_and_ids(tmp_path: Path) -> None:
    feed = jsonl(
        tmp_path / "feed.jsonl",
        {"id": "a1", "date": "2024-05-01", "text": BODY_TEXT, "title": " Lisbon  deal ",
         "source": "Reuters", "url": "https://example.org/a1"},
        "",
        {"date": "2024-05-02T08:30:00Z", "text": "A second story.\n\nReuters"},
    )  # fmt: skip
    first, second = read_inputs([feed]).articles
    assert (first.id, first.headline, first.source, first.url) == (
        "a1", "Lisbon deal", "Reuters", "https://example.org/a1",
    )  # fmt: skip
    assert first.origin == f"{feed}:1"
    assert (second.id, second.date, second.source, second.origin) == (
        "feed-3d3d2986", date(2024, 5, 2), "Reuters", f"{feed}:3",
    )  # fmt: skip
    assert second.headline == "A second story"


def test_parse_ids_are_stable(tmp_path: Path) -> None:
    record = {"date": "2024-05-01", "text": BODY_TEXT}
    feed = jsonl(tmp_path / "feed.jsonl", record)
    first = read_inputs([feed]).articles
    assert first == read_inputs([feed]).articles
    jsonl(feed, {"date": "2024-05-02", "text": "A newer story."}, record)
    assert read_inputs([feed]).articles[1].id == first[0].id


def test_parse_folders_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(f"date 2024-01-02 {BODY_TEXT}", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2024-01-01\n\nAnother body.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("date 2024-01-01 x", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "z.txt"]
    assert [a.id for a in read_inputs([tmp_path]).articles] == ["a", "z"]


def test_parse_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="no such file or directory"):
        discover([tmp_path / "nowhere"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"The body without a header.", "missing date header: expected 'date YYYY-MM-DD' first"),
        (b"date 29/09/2023 Body.", "malformed date '29/09/2023': expected YYYY-MM-DD"),
        (b"date\n\nBody.", "malformed date '': expected YYYY-MM-DD"),
        (b"date 2023-02-30 Body.", "impossible date 2023-02-30"),
        (b"date 2023-02-01   \n", "no text after the date header"),
        (b"date 2023-02-01 \x00\x01\x02binary", "binary file (NUL bytes), not text"),
    ],
)
def test_parse_bad_txt_is_skipped_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    read = read_file(path)
    assert read.records == ()
    assert read.skipped == (Notice(str(path), reason),)


def test_parse_too_large_txt_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"date 2024-01-01 " + b"word " * (MAX_ARTICLE_BYTES // 5 + 1))
    assert read_file(path).skipped == (Notice(str(path), "larger than the 5 MB limit"),)


def test_parse_non_utf8_is_read_as_cp1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("date 2024-01-01 The caf\u00e9 \u201cwon\u201d.".encode("cp1252"))
    inputs = read_inputs([path])
    assert inputs.articles[0].text == "The caf\u00e9 \u201cwon\u201d."
    assert inputs.warnings == (Notice(str(path), "not UTF-8 (byte 23): read as Windows-1252"),)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes)"),
        ("[1, 2]", "not a JSON object"),
        ('{"date": "2024-01-01"}', "lacks 'text' (a non-empty string)"),
        ('{"date": "2024-01-01", "text": "  "}', "lacks 'text' (a non-empty string)"),
        ('{"text": "Body."}', "lacks 'date' (a 'YYYY-MM-DD' string)"),
        ('{"text": "Body.", "date": "2023-02-30"}', "impossible date 2023-02-30"),
        (
            '{"text": "Body.", "date": "yesterday"}',
            "malformed date 'yesterday': expected YYYY-MM-DD",
        ),
    ],
)
def test_parse_bad_jsonl_line_is_skipped(tmp_path: Path, line: str, reason: str) -> None:
    feed = jsonl(
        tmp_path / "feed.jsonl", {"id": "ok", "date": "2024-01-01", "text": BODY_TEXT}, line
    )
    inputs = read_inputs([feed])
    assert [a.id for a in inputs.articles] == ["ok"]
    assert inputs.skipped == (Notice(f"{feed}:2", reason),)


def test_parse_jsonl_line_too_long(tmp_path: Path) -> None:
    record = {"date": "2024-01-01", "text": "word " * (MAX_ARTICLE_BYTES // 5 + 1)}
    feed = jsonl(tmp_path / "feed.jsonl", record, {"date": "2024-01-02", "text": BODY_TEXT})
    inputs = read_inputs([feed])
    assert inputs.skipped == (Notice(f"{feed}:1", "line longer than the 5 MB limit"),)
    assert [(a.id, a.origin) for a in inputs.articles] == [("feed-0e8da776", f"{feed}:2")]


def test_parse_empty_jsonl(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n\n", encoding="utf-8")
    assert read_inputs([feed]).skipped == (Notice(str(feed), "empty file"),)


def test_parse_repeated_jsonl_id_is_skipped(tmp_path: Path) -> None:
    feed = jsonl(
        tmp_path / "feed.jsonl",
        {"id": "x", "date": "2024-01-01", "text": BODY_TEXT},
        {"id": "x", "date": "2024-01-02", "text": "A different story."},
    )
    inputs = read_inputs([feed])
    assert [a.id for a in inputs.articles] == ["x"]
    assert inputs.skipped == (Notice(f"{feed}:2", f"repeats id 'x' of {feed}:1"),)


def test_parse_same_article_under_two_names_is_stored_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"date 2024-01-01 {BODY_TEXT}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"\n date 2024-01-01\n\n{BODY_TEXT}\n", encoding="utf-8")
    inputs = read_inputs([tmp_path])
    assert [a.id for a in inputs.articles] == ["a"]
    expected = Notice(str(tmp_path / "b.txt"), f"same article as {tmp_path / 'a.txt'}: stored once")
    assert inputs.skipped == (expected,)


def test_parse_same_stem_in_two_folders_gets_a_unique_id(tmp_path: Path) -> None:
    for folder, text in (("one", BODY_TEXT), ("two", "Something else entirely.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"date 2024-01-01 {text}", encoding="utf-8")
    inputs = read_inputs([tmp_path])
    ids = [a.id for a in inputs.articles]
    assert ids[0] == "story"
    assert ids[1].startswith("story-")
    assert len(ids[1]) == len("story-") + 6
    assert inputs.warnings == (
        Notice(str(tmp_path / "two" / "story.txt"), f"id 'story' is taken: stored as {ids[1]!r}"),
    )


def test_parse_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x00")
    (tmp_path / "b.txt").write_text(f"date 2024-01-01 {BODY_TEXT}", encoding="utf-8")
    inputs = read_inputs([tmp_path])
    assert [a.id for a in inputs.articles] == ["b"]
    assert [n.origin for n in inputs.skipped] == [str(tmp_path / "a.txt")]

"""Builds proportional to their change: stories formed bit by bit equal stories formed at once,
a file with lines appended costs only its new lines, and records fetched elsewhere come in too."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

import bot.plan
from bot.build import build, ingest
from bot.models import BODY, Article, ArticleAnalysis, SentenceScore
from bot.parse import Record
from bot.store import export_records, open_db
from tests.factories import SEEDS

# Words events are about; each event takes five, so two events rarely share more than one.
TOPIC_WORDS = """earthquake rubble rescuers aftershocks tariffs exporters customs retaliation
vaccine trial volunteers dosage regulator strike unions walkout wages picket merger shareholders
acquisition antitrust wildfire evacuation firefighters blaze hectares election ballots turnout
recount flooding levees rainfall sandbags drought harvest farmers locusts famine pipeline leak
refinery spill oil bridge tunnel commuters derailment locomotive satellite launch orbit rocket
telescope hospital nurses surgeons ambulance patients museum paintings heist thieves sculpture
stadium championship referee penalty trophy factory layoffs robots assembly semiconductors
volcano ash lava eruption villagers""".split()  # noqa: SIM905
Corpus = tuple[list[dict[str, str]], set[frozenset[str]]]  # JSONL records, known same-event pairs
SYLLABLES = ("zar", "vek", "mol", "ent", "rak", "osh", "dul", "ami", "tor", "quin", "bel", "sov")


def name(rng: random.Random) -> str:
    """A made-up proper name, so the fixtures hold no real text."""
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


VERBS = """praised blamed reported described investigated questioned welcomed condemned
measured delayed announced disputed confirmed denied reviewed estimated""".split()  # noqa: SIM905


def report(event: dict[str, object], outlet: int, rng: random.Random) -> str:
    """One outlet's wording of an event: the same names and topic words, other sentences."""
    person, place, group = event["person"], event["place"], event["group"]
    a, b, c, d, e = event["topic"]  # type: ignore[misc]
    v = rng.sample(VERBS, 4)
    if outlet == 0:
        return (
            f"In {place}, {person} of {group} {v[0]} the {a} and the {b}. "
            f"The {c} was {v[1]} while {d} in {place} was {v[2]}. {group} {v[3]} the {e}."
        )
    return (
        f"{person} {v[0]} the {a} in {place} for {group}. "
        f"{c.capitalize()}, {b} and {d} were {v[1]}. The {e} in {place} was {v[2]}."
    )


def fixtures(events: int = 130, singles: int = 60) -> Corpus:
    """JSONL records: events told by two outlets each (the known pairs), and lone articles."""
    rng = random.Random(7)
    lines, pairs = [], set()
    for number in range(events + singles):
        event = {"person": name(rng), "place": name(rng), "group": name(rng),
                 "topic": rng.sample(TOPIC_WORDS, 5)}  # fmt: skip
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(240))
        outlets = (0, 1) if number < events else (rng.randrange(2),)
        ids = []
        for outlet in outlets:
            when = day + timedelta(days=outlet * rng.randrange(3))
            ids.append(f"e{number}-{outlet}")
            title = f"{event['place']} news"
            lines.append({"id": ids[-1], "date": when.isoformat(), "title": title,
                          "text": report(event, outlet, rng)})  # fmt: skip
        if len(ids) == 2:
            pairs.add(frozenset(ids))
    rng.shuffle(lines)
    return lines, pairs


def quick_analyse(article: Article) -> ArticleAnalysis:
    """Body sentences scored in order: enough for stories, cheap for a few hundred articles."""
    body = [s for s in article.sentences if s.kind == BODY]
    scores = tuple(SentenceScore(s.position, 1.0 / (i + 1), i + 1) for i, s in enumerate(body))
    return ArticleAnalysis(article.id, scores, (), ())


def write(path: Path, lines: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def stories(db_path: Path) -> list[dict[str, object]]:
    return list(export_records(open_db(db_path), "stories"))


def groups(db_path: Path) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in stories(db_path)}  # type: ignore[arg-type]


def parts(lines: list[dict[str, str]], count: int) -> Iterator[list[dict[str, str]]]:
    size = -(-len(lines) // count)
    for start in range(0, len(lines), size):
        yield lines[start : start + size]


@pytest.fixture
def corpus() -> Corpus:
    return fixtures()


def test_build_incremental_stories_equal_stories_built_at_once(
    tmp_path: Path, corpus: Corpus
) -> None:
    lines, pairs = corpus
    whole, growing = tmp_path / "whole", tmp_path / "growing"
    whole.mkdir()
    growing.mkdir()
    for number, part in enumerate(parts(lines, 5)):
        write(whole / f"part{number}.jsonl", part)
    shutil.copytree(SEEDS, whole / "seeds")
    build([whole], tmp_path / "whole.db", jobs=1, analyser=quick_analyse)
    shutil.copytree(SEEDS, growing / "seeds")
    for number in range(5):
        shutil.copy(whole / f"part{number}.jsonl", growing)
        report = build([growing], tmp_path / "grown.db", jobs=1, analyser=quick_analyse)
        assert len(report.added) == len(list(parts(lines, 5))[number]) + (2 if number == 0 else 0)
    found = groups(tmp_path / "whole.db")
    assert len(pairs & found) >= 125  # of the 130 known same-event pairs, each one story
    assert frozenset({"000_1f4e1313dff10dc2", "004_68ac83050532d074"}) in found
    assert stories(tmp_path / "grown.db") == stories(tmp_path / "whole.db")


def test_build_incremental_removal_and_change_equal_a_build_of_what_is_left(
    tmp_path: Path, corpus: Corpus
) -> None:
    lines, pairs = corpus
    folder = tmp_path / "feeds"
    folder.mkdir()
    first, second, third = parts(lines, 3)
    for number, part in enumerate((first, second, third)):
        write(folder / f"part{number}.jsonl", part)
    build([folder], tmp_path / "grown.db", jobs=1, analyser=quick_analyse)
    (folder / "part1.jsonl").unlink()
    # One article of a known pair now tells another event: its story must split.
    changed = next(i for i, line in enumerate(first) if any(line["id"] in p for p in pairs))
    first[changed] = {**first[changed], "text": "Quinbeltor opened a bakery in Zarmolosh."}
    write(folder / "part0.jsonl", first)
    report = build([folder], tmp_path / "grown.db", jobs=1, analyser=quick_analyse)
    assert (len(report.removed), report.updated) == (len(second), (first[changed]["id"],))
    build([folder], tmp_path / "fresh.db", jobs=1, analyser=quick_analyse)
    assert stories(tmp_path / "grown.db") == stories(tmp_path / "fresh.db")


def test_build_appended_lines_are_the_only_ones_parsed(
    tmp_path: Path,
    corpus: Corpus,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines, _ = corpus
    feed = write(tmp_path / "feed.jsonl", lines[:40])
    build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    with feed.open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(line) + "\n" for line in lines[40:45])
    parsed: list[str] = []
    real = bot.plan.entry_record

    def counting(entry: bot.plan.Entry) -> tuple[Record | None, object]:
        parsed.append(entry.origin)
        return real(entry)

    monkeypatch.setattr(bot.plan, "entry_record", counting)
    report = build([feed], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    assert parsed == [f"{feed}:{n}" for n in range(41, 46)]
    assert (len(report.added), len(report.unchanged)) == (5, 40)


def test_ingest_keeps_other_inputs_and_earlier_records(tmp_path: Path) -> None:
    db_path = tmp_path / "b.db"
    build([SEEDS], db_path, jobs=1, analyser=quick_analyse)
    lines, _ = fixtures(events=2, singles=0)
    fetched = [Record(line["id"], date.fromisoformat(line["date"]), line["text"],
                      f"feed:test/{line['id']}", title=line["title"], given_id=True)
               for line in lines]  # fmt: skip
    first = ingest(db_path, fetched[:3], source="feed:test", analyser=quick_analyse)
    second = ingest(db_path, fetched[2:], source="feed:test", analyser=quick_analyse)
    assert (len(first.added), first.removed) == (3, ())
    assert (second.added, second.removed) == ((fetched[3].id,), ())
    assert len(second.unchanged) == 2 + 3  # the seeds and the records fetched before
    gone = ingest(db_path, fetched[3:], source="feed:test", remove_missing=True,
                  analyser=quick_analyse)  # fmt: skip
    assert sorted(gone.removed) == sorted(r.id for r in fetched[:3])
    assert {frozenset(s["articles"]) for s in stories(db_path)} >= {
        frozenset({"000_1f4e1313dff10dc2", "004_68ac83050532d074"})
    }

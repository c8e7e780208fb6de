"""The learned choice among a quote's candidate speakers: the shipped weights load, score the
same every time, and pick the speaker in ambiguous sentences written for these tests; and the
training script's instances from a tiny article of our own."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from bot.analyse.quotes.candidates import Candidate
from bot.analyse.quotes.cast import Person
from bot.analyse.quotes.extraction import extract_quotes
from bot.analyse.quotes.ranker import (
    WEIGHTS,
    Choice,
    LinearRanker,
    RuleChooser,
    cue_kind,
    default_ranker,
)
from tests.test_quotes import article

ROOT = Path(__file__).resolve().parents[1]


def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_speaker_ranker", ROOT / "tools" / "train_speaker_ranker.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(article(*paragraphs)) if q.kind != "indirect"]


def test_ranker_ships_weights_that_load() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    ranker = default_ranker()
    assert len(ranker.weights) == len(data["weights"]) > 20
    assert ranker.margin == data["margin"]
    assert ranker.margins == data["margins"]
    assert set(data["margins"]) == {"pronoun"}
    assert ranker.weights["named in quote"] < 0  # people seldom name themselves


def test_ranker_scores_the_same_every_time() -> None:
    features = {"rule:verb after the quote": 1.0, "before same paragraph": 1.0, "salience": 0.4}
    first = default_ranker().score(Candidate(Person("Ada Brook"), None, dict(features)))
    again = default_ranker().score(Candidate(Person("Ada Brook"), None, dict(features)))
    assert first == again
    paragraphs = ("Tom Reed spoke first. Ada Brook answered him.", "“We waited,” she said.")
    runs = {tuple(speakers(*paragraphs)) for _ in range(3)}
    assert runs == {("Ada Brook",)}


def test_ranker_keeps_the_rules_choice_within_its_margin() -> None:
    ada, tom = Candidate(Person("Ada Brook"), None, {"a": 1.0}), Candidate(Person("Tom Reed"), None)
    tom.features["b"] = 1.0
    ranker = LinearRanker({"a": 1.0, "b": 1.5}, margin=1.0)
    assert ranker.choose([ada, tom], default=ada) is ada
    assert LinearRanker({"a": 1.0, "b": 2.5}, margin=1.0).choose([ada, tom], default=ada) is tom
    assert ranker.choose([ada, tom], default=None) is tom
    assert RuleChooser().choose([ada, tom], default=ada) is ada


def test_ranker_margin_may_differ_for_a_pronoun() -> None:
    ada = Candidate(Person("Ada Brook"), None, {"pronoun|a": 1.0})
    tom = Candidate(Person("Tom Reed"), None, {"pronoun|b": 1.0})
    weights = {"pronoun|a": 1.0, "pronoun|b": 1.5}
    assert cue_kind([ada, tom]) == "pronoun"
    assert cue_kind([Candidate(Person("Ada Brook"), None, {"a": 1.0})]) == "name"
    assert LinearRanker(weights, margin=1.0).choose([ada, tom], default=ada) is ada
    sooner = LinearRanker(weights, margin=1.0, margins={"pronoun": 0.25})
    assert sooner.choose([ada, tom], default=ada) is tom
    ada.features, tom.features = {"none|a": 1.0}, {"none|b": 1.0}
    later = LinearRanker({"none|a": 1.0, "none|b": 1.5}, margin=1.0, margins={"pronoun": 0.25})
    assert later.choose([ada, tom], default=ada) is ada  # not a pronoun: the file's margin


def test_ranker_never_picks_a_candidate_the_pronoun_clashes_with() -> None:
    board = Candidate(Person("Harbour Board", org=True), None, {"a": 3.0, "pronoun clash": 1.0})
    tom = Candidate(Person("Tom Reed"), None, {"a": 1.0})
    ada = Candidate(Person("Ada Brook"), None, {"a": 0.5})
    ranker = LinearRanker({"a": 1.0}, margin=5.0)
    assert ranker.choose([board, tom, ada], default=None) is tom
    assert ranker.choose([board, tom, ada], default=board) is tom  # the rules' clash too
    assert ranker.choose([board, tom, ada], default=ada) is ada  # within the margin
    assert ranker.choose([board], default=board) is board  # nobody else to give it to


def test_ranker_a_pronoun_goes_to_the_new_voice_not_the_main_one() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed, the mayor, promised a new bridge. “We will start in spring,” Reed said.",
            "Council member Paul Hale, who leads the opposition, revealed the cost in a letter to"
            " voters last week.",
            "“Nobody has seen the plans,” he told the Gazette.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes] == [
        ("We will start in spring", "Tom Reed", "said", "Reed"),
        ("Nobody has seen the plans", "Paul Hale", "told", "he"),
    ]


def test_ranker_leaves_the_floor_to_a_speaker_of_unknown_gender() -> None:
    quotes = extract_quotes(
        article(
            "Peter Drake chaired the hearing on the flood defences.",
            "“The walls are far too low,” Adeyemi said at the hearing.",
            "“We need them raised by a metre before the winter,” he said.",
        )
    )
    assert [(q.speaker, q.cue, q.mention) for q in quotes] == [
        ("Adeyemi", "said", "Adeyemi"),
        ("Adeyemi", "said", "he"),
    ]


def test_ranker_never_gives_he_to_a_woman_or_a_body() -> None:
    assert speakers(
        "Laura Finch of the Harbour Trust met Martin Cole at the depot on Tuesday.",
        "Finch toured the sheds. “I am proud of every one of the crew,” he said.",
    ) == ["Martin Cole"]


def test_ranker_she_across_sentences_is_the_woman() -> None:
    assert speakers(
        "Ada Brook met Tom Reed at the port on Monday. Reed left early.",
        "“We will rebuild the pier before winter,” she said.",
    ) == ["Ada Brook"]


def test_ranker_short_reference_with_a_title_takes_the_person_of_that_gender() -> None:
    assert speakers(
        "Jane Moore, the mayor, opened the fair with her brother Paul Moore.",
        "Paul Moore later spoke to the crowd.",
        "“The town needs this fair,” said Ms. Moore.",
    ) == ["Jane Moore"]


def test_ranker_a_name_in_the_sentence_is_not_the_speaker() -> None:
    assert speakers("Ada Brook said Tom Reed's plan was “a disgrace to the whole town.”") == [
        "Ada Brook"
    ]


def test_ranker_the_role_noun_is_the_person_who_holds_the_role() -> None:
    assert speakers(
        "Ada Brook, the mayor, walked to the podium after Tom Reed.",
        "“We will not let them close the factory,” the mayor said.",
    ) == ["Ada Brook"]


class _Keeper:
    """Lets the rules choose and keeps each quote's candidates."""

    def __init__(self) -> None:
        self.calls: list[list[Candidate]] = []

    def choose(self, candidates: Sequence[Candidate], default: Choice) -> Choice:
        self.calls.append(list(candidates))
        return default


def test_candidates_know_who_opens_the_sentence_before_and_who_was_named_since() -> None:
    keeper = _Keeper()
    extract_quotes(
        article(
            "“The pier must close,” said Tom Reed.",
            "Paul Hale, the mayor, met the crew at the pier with Ivo Tal.",
            "“We cannot afford it this year,” he said.",
        ),
        chooser=keeper,
    )
    features = {c.person.name: c.features for c in keeper.calls[-1]}
    assert features["Paul Hale"]["opens the sentence before"] == 1.0
    assert features["Ivo Tal"]["opens the sentence before"] == 0.0
    assert features["Tom Reed"]["opens the sentence before"] == 0.0
    assert features["Tom Reed"]["others named since last spoke"] == 1.0
    assert "others named since last spoke" not in features["Paul Hale"]


def test_ranker_a_pronoun_after_a_new_subject_leaves_the_last_speaker() -> None:
    quotes = extract_quotes(
        article(
            "Tom Reed and Paul Hale are running for the harbour seat.",
            "“The ferry budget is a scandal,” Reed said.",
            "“For all I know, they would spend it on the band,” Reed said.",
            "Hale, who has been endorsed by both unions, has made the ferry his chief priority.",
            "He said he has seen piers that reminded him of “a ruined town,” where boats had no"
            " fuel.",
            "“It will be a priority to fund the ferry,” he said.",
        )
    )
    assert [(q.text, q.speaker, q.cue, q.mention) for q in quotes][-1] == (
        "It will be a priority to fund the ferry",
        "Paul Hale",
        "said",
        "he",
    )


def test_training_instances_of_a_tiny_article() -> None:
    train = trainer()
    tiny = article(
        "Tom Reed spoke first. Ada Brook answered Mary Hale.",
        "“We have waited long enough for this vote,” she said.",
        "“The bridge opens in May,” said Tom Reed.",
    )
    golds = [
        {"quoted": "We have waited long enough for this vote", "source": {"cls": "pronoun",
         "resolved_name": "Ada Brook"}},
        {"quoted": "The bridge opens in May", "source": {"cls": "name", "name": "Tom Reed"}},
        {"quoted": "Never quoted in the article at all", "source": {"cls": "name", "name": "X"}},
    ]  # fmt: skip
    first, second = train.instances_of(tiny, golds)
    names = [f for f in first.features]
    assert len(first.features) == len(first.right) == 2  # not Tom Reed: `she` is no man
    assert first.right.count(True) == 1
    assert first.right[first.default]  # the rules already pick Ada Brook
    assert all("pronoun|cascade" in f for f in names)
    assert second.right == (True,)  # a name in the sentence: the rules' choice alone
    assert second.features == ({},)


def test_training_names_agree_like_the_scorer() -> None:
    train = trainer()
    assert train.names_agree("Hillary Clinton", "Clinton")
    assert train.names_agree("Sen. Ted Cruz", "Ted Cruz")
    assert train.names_agree("Peabody", "Peabody Energy")
    assert not train.names_agree("Bill Clinton", "Hillary Clinton")
    assert not train.names_agree("Ada Brook", "Tom Reed")


def test_training_counts_how_often_the_speaker_is_among_the_candidates() -> None:
    train = trainer()
    pronoun = train.Instance("a", ({"pronoun|before": 1.0}, {"pronoun|org": 1.0}), (False, True), 0)
    missed = train.Instance("a", ({"pronoun|before": 1.0},), (False,), 0)
    named = train.Instance("b", ({},), (True,), 0)
    assert train.reach([pronoun, missed, named]) == "name 1/1  pronoun 1/2"

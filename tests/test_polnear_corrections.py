"""The hand corrections to PolNeAR's automatic speaker names: well formed, one per quote, and
applied only to a split that has them."""

from __future__ import annotations

import re
from pathlib import Path

from tools.speaker_ranker.corrections import CORRECTIONS, corrected, corrections_file

_ACTIONS = ("speaker", "exclude")


def _lines(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_every_audited_split_has_a_header_and_five_fields_a_line() -> None:
    files = sorted(CORRECTIONS.glob("*.corrections.tsv"))
    assert [f.name for f in files][:1] == ["dev.corrections.tsv"]
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# Hand corrections")
        rows = _lines(path)
        assert rows, path
        for fields in rows:
            assert len(fields) == 5, fields
            article, quote, action, value, reason = fields
            assert re.fullmatch(r"[a-z-]+_\d{4}-\d\d-\d\d_\S+", article), article
            assert re.fullmatch(r"E\d+", quote), quote
            assert action in _ACTIONS
            assert (value == "-") == (action == "exclude")
            assert len(reason) > 20
        keys = [(article, quote) for article, quote, *_rest in rows]
        assert len(keys) == len(set(keys)), f"a quote corrected twice in {path.name}"


def test_the_dev_audit_corrects_eleven_of_its_ninety_two_names() -> None:
    rows = _lines(CORRECTIONS / "dev.corrections.tsv")
    assert len(rows) == 11
    assert sum(1 for row in rows if row[2] == "speaker") == 11
    assert [row[3] for row in rows if "retired-general" in row[0]] == ["Norman Ham"] * 4


def test_a_split_with_no_audit_is_left_as_it_is(tmp_path: Path) -> None:
    rows = [{"article": "a", "id": "E1", "source": {"cls": "pronoun", "resolved_name": "X"}}]
    assert corrections_file("no-such-split") is None
    assert corrected(rows, tmp_path, "no-such-split") is rows


def test_the_train_audit_checked_every_source_and_keeps_its_count() -> None:
    rows = _lines(CORRECTIONS / "train.corrections.tsv")
    actions = [row[2] for row in rows]
    assert (actions.count("speaker"), actions.count("exclude")) == (158, 3)
    header = (CORRECTIONS / "train.corrections.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert "every one of the 896" in header

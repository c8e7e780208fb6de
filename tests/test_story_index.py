"""The story index answers from its indexes: a new article's candidates are looked up, never
found by a pass over every stored term."""

from __future__ import annotations

from pathlib import Path

from bot.build import build
from bot.store import open_db
from bot.story_index import CANDIDATES_SQL
from tests.factories import SEEDS
from tests.test_build_incremental import quick_analyse


def test_story_index_candidates_are_index_lookups(tmp_path: Path) -> None:
    build([SEEDS], tmp_path / "b.db", jobs=1, analyser=quick_analyse)
    db = open_db(tmp_path / "b.db")
    plan = [row[3] for row in db.execute(f"explain query plan {CANDIDATES_SQL}", [3, 3, "[]"])]
    story_terms = [step for step in plan if step.split()[1] in ("a", "b")]
    assert story_terms == [
        "SEARCH a USING INDEX idx_story_terms_article_id (article_id=?)",
        "SEARCH b USING INDEX idx_story_terms_term_day (term=? AND day>? AND day<?)",
    ]

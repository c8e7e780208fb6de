"""Hand corrections to PolNeAR's automatic speaker names, applied the way its own scorer does.

PolNeAR names the speaker of a pronoun or common-noun source (`he said`) by CoreNLP's automatic
coreference, which is wrong about one time in eight: a quote of Ham's resolved to the host who
interviewed him, a park for the man who tossed a football in it. Each file in `tools/polnear/`
(`{split}.corrections.tsv`) was made by reading every such source of a split from the article
text alone, without any of our predictions in view, and lists the ones that are wrong: `article`,
`id`, `speaker` (with the right name) or `exclude` (no nameable speaker), and the reason. The
data set's `score.py --corrections FILE` reads the same files; the benchmark reports both, and
the ranker is fitted on the corrected train.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

CORRECTIONS = Path(__file__).resolve().parents[1] / "polnear"


def corrections_file(split: str) -> Path | None:
    """The split's corrections, when it has been audited."""
    path = CORRECTIONS / f"{split}.corrections.tsv"
    return path if path.exists() else None


def scorer(data: Path) -> ModuleType:
    """The data set's own `score.py`, loaded from beside the data (it imports `common.py`)."""
    if str(data) not in sys.path:
        sys.path.insert(0, str(data))
    spec = importlib.util.spec_from_file_location("polnear_score", data / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no PolNeAR score.py in {data}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corrected(rows: list[dict[str, Any]], data: Path, split: str) -> list[dict[str, Any]]:
    """The gold rows of a split with its hand corrections applied (unchanged when it has
    none), by the scorer's own `apply_corrections`."""
    path = corrections_file(split)
    if path is None:
        return rows
    fixed: list[dict[str, Any]] = scorer(data).apply_corrections(rows, str(path))
    return fixed

"""Where the benchmarks find the repository and the data sets they share with other checkouts."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# `$BRIEFING_DATA`, else `shared/data` beside the checkout or beside a folder above it (a git
# worktree sits deeper than the checkout it belongs to).
DATA = Path(
    os.environ.get("BRIEFING_DATA")
    or next(
        (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
        ROOT.parent / "shared" / "data",
    )
)

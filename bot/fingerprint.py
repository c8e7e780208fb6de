"""What a store was built with: a digest of the parsing and analysis code and the data it loads.

A store remembers the digest of the pipeline that built it; when the installed code differs, the
next build reads and analyses every article again, so no answer mixes two versions' analyses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent  # the bot package
# The code whose output the store holds: when it changes, every article is read and analysed again.
_PIPELINE_SOURCES = (
    "parse",
    "clean.py",
    "encoding.py",
    "title_lines.py",
    "stems.py",
    "clock_times.py",
    "analyse",
)
# What in them shapes the output: the code and the data it loads (the speaker ranker's weights).
_PIPELINE_SUFFIXES = frozenset((".py", ".json"))


def fingerprint(analyser: Callable[..., Any], linker: Callable[..., Any]) -> str:
    """A digest of the parsing and analysis code and of the functions the build was given."""
    sha = hashlib.sha256(_source_digest().encode())
    for function in (analyser, linker):
        sha.update(f"{function.__module__}.{function.__qualname__}".encode())
    return sha.hexdigest()


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """The digest of the pipeline's source as this process first saw it (the code it runs)."""
    return pipeline_digest(_PACKAGE, _PIPELINE_SOURCES)


def pipeline_digest(package: Path, sources: Sequence[str]) -> str:
    """A digest of the code and data files under `sources` (files or folders of `package`).

    Data counts as much as code: new speaker weights change who is credited with a quote, so a
    store built with the old ones must be analysed again.
    """
    sha = hashlib.sha256()
    for name in sources:
        target = package / name
        files = sorted(target.rglob("*")) if target.is_dir() else [target]
        for path in (f for f in files if f.suffix in _PIPELINE_SUFFIXES and f.is_file()):
            sha.update(path.relative_to(package).as_posix().encode() + b"\0")
            sha.update(path.read_bytes())
    return sha.hexdigest()

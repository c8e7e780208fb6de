"""The architecture is checked by a test: each library is imported only where it belongs."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "bot"
ALLOWED = {  # library -> the only bot modules (by path relative to bot/) that may import it
    "telegram": {"app.py", "handlers.py", "digests/delivery.py", "digests/jobs.py",
                 "digests/__init__.py", "digests/announce.py", "digests/channels.py",
                 "live/jobs.py"},
    "sqlite_utils": {"store/schema.py", "store/writes.py", "store/inputs.py", "store/reads.py",
                     "store/export.py", "query/base.py", "digests/state/base.py",
                     "live/sources/tables.py"},
    "sumy": {"analyse/text/words.py"},
    "feedparser": {"live/xmlfeed.py"},
    "trafilatura": {"live/pages.py"},
}  # fmt: skip


def imported_roots(path: Path) -> set[str]:
    """Top-level package names that `path` imports."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_module_respects_boundaries(path: Path) -> None:
    name = path.relative_to(PACKAGE).as_posix()
    for library, allowed in ALLOWED.items():
        if library in imported_roots(path):
            assert name in allowed, f"bot/{name} must not import {library}"


def test_layers_render_never_imports_telegram() -> None:
    assert "telegram" not in imported_roots(PACKAGE / "render.py")


def test_layers_nothing_downloads_at_run_time() -> None:
    offenders = [
        p.relative_to(PACKAGE).as_posix()
        for p in MODULES
        if "nltk.download" in p.read_text(encoding="utf-8")
        or "urlopen(" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


ANALYSIS = ("bot.analyse", "bot.parse", "bot.clean", "sumy", "nltk", "wordfreq")
# Run in a fresh interpreter: prints which of ANALYSIS are loaded after the given statements.
PROBE = """
import json, sys
{statements}
found = {{name for name in {names!r} for m in sys.modules if m == name or m.startswith(name + ".")}}
print(json.dumps(sorted(found)))
"""


def loaded_after(statements: str) -> list[str]:
    """Which of ANALYSIS a fresh interpreter holds after running `statements`."""
    code = PROBE.format(statements=statements, names=ANALYSIS)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


@pytest.mark.parametrize("module", ["bot.console", "bot.commands", "bot.query", "bot.store"])
def test_layers_read_path_loads_no_analysis(module: str) -> None:
    assert loaded_after(f"import {module}") == []


def test_layers_store_writes_load_the_parser_when_first_asked_for() -> None:
    loaded = loaded_after("import bot.store\nbot.store.Store")
    assert {"bot.analyse", "bot.clean", "bot.parse"} <= set(loaded)

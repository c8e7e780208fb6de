"""The pipeline's digest covers every module whose code shapes what a build stores."""

from __future__ import annotations

import ast
from pathlib import Path

from bot import fingerprint

PACKAGE = Path(fingerprint.__file__).resolve().parent
TYPES_ONLY = {"bot.models", "bot.errors"}  # shapes and messages, not how text is read


def _pipeline_files() -> list[Path]:
    files: list[Path] = []
    for name in fingerprint._PIPELINE_SOURCES:
        target = PACKAGE / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


def _module_path(module: str) -> Path:
    relative = Path(*module.split(".")[1:])
    package = PACKAGE / relative / "__init__.py"
    return package if package.exists() else PACKAGE / relative.with_suffix(".py")


def test_fingerprint_covers_every_module_the_pipeline_imports() -> None:
    covered = set(_pipeline_files())
    imported = {
        node.module
        for path in covered
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot.")
    }
    missing = sorted(m for m in imported - TYPES_ONLY if _module_path(m) not in covered)
    assert missing == []

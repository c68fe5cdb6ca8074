"""The command line, run in-process through ``cli.main``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import cli
from tests.conftest import FIXTURES, ROOT

SEED_004 = FIXTURES / "004_8febecbc10594a64.txt"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(SEED_004)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wagner group announces withdrawal from Mali\n")
    assert "By: Sabina Mammadli" in out and "Date: 2025-06-07T14:01:00" in out
    assert "twitter" not in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--to", "json", str(SEED_004)]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = json.loads(SEED_004.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert data["paragraphs"] == expected["paragraphs"]


def test_explain_lists_every_removed_block(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--explain", str(SEED_004)]) == 0
    out = capsys.readouterr().out
    report = out[out.index("--- removed:") :]
    assert "[remove_site_chrome]" in report and "[extract_metadata]" in report
    for reason in ("share_buttons", "copyright_notice", "byline", "dateline", "title", "masthead"):
        assert f" {reason} " in report
    count = int(report.split("--- removed: ")[1].split()[0])
    listed = [line for line in report.splitlines() if line.startswith("  ") and '"' in line]
    assert len(listed) == count


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = "Title of the story\n\nThe body of the story is a sentence of some length."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    assert cli.main(["-"]) == 0
    assert "The body of the story" in capsys.readouterr().out


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "nope.txt" in err and "Traceback" not in err


def test_empty_file_fails_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli.main([str(empty)]) == 1
    assert "empty" in capsys.readouterr().err


def test_help_has_examples_and_documents_every_option() -> None:
    parser = cli.build_parser()
    text = parser.format_help()
    assert "examples:" in text and "python -m newsclean" in text
    for action in parser._actions:
        assert action.help, f"option {action.option_strings or action.dest} has no help"
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for action in parser._actions:
        for option in action.option_strings:
            assert option in docs, f"{option} is not documented in docs/cli.md"


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", str(SEED_004)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Wagner group announces withdrawal from Mali" in result.stdout


def test_every_cleaner_has_a_docs_page_listing_its_reason_codes() -> None:
    import re

    from newsclean import CLEANERS

    for name, cleaner in CLEANERS.items():
        page = ROOT / "docs" / "cleaners" / f"{name}.md"
        assert page.exists(), f"docs/cleaners/{name}.md is missing"
        text = page.read_text(encoding="utf-8")
        for code in re.findall(r"``([a-z]+(?:_[a-z]+)+)``", cleaner.__doc__ or ""):
            assert f"`{code}`" in text, f"{code} (from {name}'s docstring) is not in its docs page"




def test_a_closed_pipe_ends_quietly() -> None:
    """``python -m newsclean page | head -1``: no traceback when the reader stops early.

    The reading end is closed before the command has written anything (it is still starting),
    so its first write meets the closed pipe.
    """
    seed = ROOT / "seeds" / "004_8febecbc10594a64.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "--explain", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr

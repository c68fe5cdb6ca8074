"""The golden-file plugin, tested the way pytest tests plugins: in a throwaway project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.pytest_plugin import STANDARD_FIELDS
from tests.conftest import PLUGIN_ARGS

PAGE = (
    "Wagner leaves Mali after three years\n\n"
    "The group said on Friday that its fighters had completed their mission and would go home.\n\n"
    "The army withdrew from a key base after two attacks in less than a week, officials said.\n"
)
TEST_FILE = """
from pathlib import Path

def test_page(newsclean_golden):
    newsclean_golden(Path(__file__).parent / "page.txt")
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(test_page=TEST_FILE)
    Path(pytester.path, "page.txt").write_text(PAGE, encoding="utf-8")
    return pytester


def _expected(pytester: pytest.Pytester) -> Path:
    return Path(pytester.path, "page.expected.json")


def test_missing_expected_file_fails_and_writes_nothing(project: pytest.Pytester) -> None:
    result = project.runpytest(*PLUGIN_ARGS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no expected file*page.expected.json*--newsclean-update*"])
    assert not _expected(project).exists()


def test_update_writes_the_standard_fields_then_the_run_passes(project: pytest.Pytester) -> None:
    result = project.runpytest(*PLUGIN_ARGS, "--newsclean-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*newsclean: expected files written*", "*page.expected.json"])
    written = json.loads(_expected(project).read_text(encoding="utf-8"))
    assert tuple(written) == STANDARD_FIELDS
    assert written["title"] == "Wagner leaves Mali after three years"
    assert len(written["paragraphs"]) == 2
    project.runpytest(*PLUGIN_ARGS).assert_outcomes(passed=1)


def test_update_refreshes_only_the_fields_the_file_has(project: pytest.Pytester) -> None:
    _expected(project).write_text('{"title": "Old title"}', encoding="utf-8")
    project.runpytest(*PLUGIN_ARGS, "--newsclean-update").assert_outcomes(passed=1)
    written = json.loads(_expected(project).read_text(encoding="utf-8"))
    assert written == {"title": "Wagner leaves Mali after three years"}


def test_failure_shows_a_readable_field_by_field_diff(project: pytest.Pytester) -> None:
    expected = {
        "title": "Wagner leaves Mali",
        "authors": [],
        "paragraphs": [
            "The group said on Friday that its fighters had completed their mission and would "
            "go home.",
            "The army left a key base after two attacks in less than a week, officials said.",
            "A third paragraph that the page does not have.",
        ],
    }
    _expected(project).write_text(json.dumps(expected), encoding="utf-8")
    result = project.runpytest(*PLUGIN_ARGS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*page.txt: 2 field(s) differ from page.expected.json*",
            "title:",
            "  expected: 'Wagner leaves Mali'",
            "  actual:   'Wagner leaves Mali after three years'",
            "paragraphs: expected 3, got 2",
            "  [1] differs:",
            "      --- expected",
            "      +++ actual",
            "*-The army left a key base*",
            "*+The army withdrew from a key base*",
            "  [2] missing: 'A third paragraph that the page does not have.'",
            "*run pytest --newsclean-update and review the diff*",
        ]
    )
    assert "authors" not in result.stdout.str().split("differ from")[1].split("paragraphs")[0]
    assert json.loads(_expected(project).read_text(encoding="utf-8")) == expected


def test_clean_kwargs_are_passed_through(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_url="""
        from pathlib import Path

        def test_page(newsclean_golden):
            article = newsclean_golden(
                Path(__file__).parent / "page.txt", url="https://www.example.org/a"
            )
            assert article.url == "https://www.example.org/a"
        """
    )
    Path(pytester.path, "page.txt").write_text(PAGE, encoding="utf-8")
    Path(pytester.path, "page.expected.json").write_text('{"source": "example.org"}')
    pytester.runpytest(*PLUGIN_ARGS).assert_outcomes(passed=1)

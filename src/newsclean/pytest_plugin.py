"""A pytest plugin for golden-file tests of newsclean output, for projects that use newsclean.

Installed with newsclean (entry point ``pytest11``), it gives you:

- the ``newsclean_golden`` fixture: ``newsclean_golden(page_path, **clean_kwargs)`` cleans the
  page and compares the result with ``NAME.expected.json`` beside it (``page.txt`` →
  ``page.expected.json``), field by field, for the fields the expected file holds;
- ``pytest --newsclean-update``: write or refresh the expected files from the current output
  instead of comparing (only the fields a file already has; the standard set for a new file).

A normal run never writes a file. A failure lists every field that differs; for paragraphs it
says which index differs and shows a unified diff of that paragraph::

    def test_page(newsclean_golden):
        newsclean_golden(Path(__file__).parent / "pages" / "wagner.txt", url="https://x.org/a")
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from newsclean.model import Article
from newsclean.pipeline import clean

STANDARD_FIELDS: tuple[str, ...] = (
    "title",
    "subtitle",
    "description",
    "byline",
    "authors",
    "date",
    "source",
    "language",
    "paragraphs",
)
"""Fields written to a new expected file (the same set the seed pages' files hold)."""

EXPECTED_SUFFIX = ".expected.json"
_UPDATE_OPTION = "--newsclean-update"


def expected_path_for(page: Path) -> Path:
    """``pages/wagner.txt`` → ``pages/wagner.expected.json``.

    >>> expected_path_for(Path("pages/wagner.txt")).as_posix()
    'pages/wagner.expected.json'
    """
    return page.with_name(page.stem + EXPECTED_SUFFIX)


def field_diff(name: str, expected: Any, actual: Any) -> str | None:
    """A readable description of how ``actual`` differs from ``expected``, or ``None``.

    >>> print(field_diff("title", "Wagner leaves Mali", "Wagner leaves"))
    title:
      expected: 'Wagner leaves Mali'
      actual:   'Wagner leaves'
    """
    if expected == actual:
        return None
    if isinstance(expected, list) and isinstance(actual, list) and name == "paragraphs":
        return _paragraphs_diff(expected, actual)
    return f"{name}:\n  expected: {expected!r}\n  actual:   {actual!r}"


def _paragraphs_diff(expected: Sequence[Any], actual: Sequence[Any]) -> str:
    lines = [f"paragraphs: expected {len(expected)}, got {len(actual)}"]
    for index in range(max(len(expected), len(actual))):
        want = expected[index] if index < len(expected) else None
        got = actual[index] if index < len(actual) else None
        if want == got:
            continue
        if got is None:
            lines.append(f"  [{index}] missing: {want!r}")
        elif want is None:
            lines.append(f"  [{index}] extra:   {got!r}")
        else:
            lines.append(f"  [{index}] differs:")
            diff = difflib.unified_diff(
                _sentences(str(want)),
                _sentences(str(got)),
                fromfile="expected",
                tofile="actual",
                lineterm="",
            )
            lines.extend(f"      {line}" for line in diff)
    return "\n".join(lines)


def _sentences(text: str) -> list[str]:
    # One sentence a line, so that the diff of a long paragraph points at the sentence.
    parts = text.replace(". ", ".\n").split("\n")
    return [part for part in parts if part]


def compare(expected: dict[str, Any], article: Article) -> list[str]:
    """One readable entry per field of ``expected`` whose value ``article`` does not match."""
    actual = article.model_dump(mode="json")
    problems = []
    for name, want in expected.items():
        if name not in actual:
            problems.append(f"{name}: not a field of Article (remove it from the expected file)")
            continue
        diff = field_diff(name, want, actual[name])
        if diff is not None:
            problems.append(diff)
    return problems


def write_expected(path: Path, article: Article, fields: Iterable[str]) -> None:
    """Write ``fields`` of ``article`` to ``path`` as indented JSON (non-ASCII kept as is)."""
    actual = article.model_dump(mode="json")
    data = {name: actual[name] for name in fields if name in actual}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@dataclass
class GoldenChecker:
    """The callable behind the ``newsclean_golden`` fixture."""

    update: bool
    updated: list[Path] = field(default_factory=list)

    def __call__(
        self, page: str | Path, *, expected: str | Path | None = None, **clean_kwargs: Any
    ) -> Article:
        """Clean ``page`` (read as bytes) and compare with its expected file; return the article.

        ``expected`` overrides the expected file's path; ``clean_kwargs`` go to
        ``newsclean.clean`` (``url=``, ``format=``, ``pipeline=``, ...).
        """
        page_path = Path(page)
        expected_path = Path(expected) if expected is not None else expected_path_for(page_path)
        article = clean(page_path.read_bytes(), **clean_kwargs)
        if self.update:
            fields: Iterable[str] = STANDARD_FIELDS
            if expected_path.exists():
                fields = list(_load(expected_path))
            write_expected(expected_path, article, fields)
            self.updated.append(expected_path)
            return article
        if not expected_path.exists():
            pytest.fail(
                f"no expected file {expected_path} for {page_path}: "
                f"run pytest {_UPDATE_OPTION} to create it, then review and commit it",
                pytrace=False,
            )
        problems = compare(_load(expected_path), article)
        if problems:
            pytest.fail(
                f"{page_path.name}: {len(problems)} field(s) differ from {expected_path.name}\n"
                + "\n".join(problems)
                + f"\n(if the new output is right, run pytest {_UPDATE_OPTION} "
                "and review the diff)",
                pytrace=False,
            )
        return article


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        pytest.fail(f"{path} must hold a JSON object of Article fields", pytrace=False)
    return data


_CHECKERS = pytest.StashKey[GoldenChecker]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsclean")
    group.addoption(
        _UPDATE_OPTION,
        action="store_true",
        default=False,
        help="write or refresh NAME.expected.json files from the current newsclean output "
        "instead of comparing with them",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_CHECKERS] = GoldenChecker(update=bool(config.getoption(_UPDATE_OPTION)))


@pytest.fixture
def newsclean_golden(request: pytest.FixtureRequest) -> Callable[..., Article]:
    """``newsclean_golden(page_path, **clean_kwargs)``: clean a page, compare it with its
    ``.expected.json`` (or write that file under ``--newsclean-update``)."""
    return request.config.stash[_CHECKERS]


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    checker = config.stash.get(_CHECKERS, None)
    if checker is None or not checker.updated:
        return
    terminalreporter.write_sep("-", "newsclean: expected files written")
    for path in checker.updated:
        terminalreporter.write_line(str(path))

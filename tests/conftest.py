"""Shared test helpers: where fixtures live and where the optional benchmark is."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

import pytest

import newsclean

# The golden-file plugin loads through its pytest11 entry point once newsclean is installed;
# from a source checkout (PYTHONPATH=src) it is loaded here instead.
PLUGIN_INSTALLED = any(
    ep.value == "newsclean.pytest_plugin" for ep in entry_points(group="pytest11")
)
PLUGIN_ARGS: tuple[str, ...] = () if PLUGIN_INSTALLED else ("-p", "newsclean.pytest_plugin")
"""Arguments that load the plugin in a pytester run (none when its entry point is installed)."""
pytest_plugins = ["pytester"] + ([] if PLUGIN_INSTALLED else ["newsclean.pytest_plugin"])

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CASES = ROOT / "tests" / "cases"

HTML_PROSE = " ".join(
    f"<p>Paragraph {n} of the story says something long enough to count as real prose, "
    "with a full stop at the end of it.</p>"
    for n in range(1, 5)
)
"""Four paragraphs of article-shaped prose: the body of the small HTML pages the tests build."""


OPTIONAL_MODULES = frozenset({"newsclean.spark"})
"""Modules that need an optional extra (``newsclean[spark]``); absent extras are not an error."""


def package_modules() -> Iterator[tuple[str, ModuleType]]:
    """Every importable module of the installed package, less ``__main__`` and optional modules
    whose extra is not installed."""
    for info in pkgutil.walk_packages(newsclean.__path__, prefix="newsclean."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            if info.name in OPTIONAL_MODULES:
                continue
            raise
        yield info.name, module


def bench_dir() -> Path | None:
    """The development benchmark (``$NEWSCLEAN_BENCH`` or ``../shared/bench``), if present."""
    candidates = [os.environ.get("NEWSCLEAN_BENCH"), str(ROOT.parent / "shared" / "bench")]
    for candidate in candidates:
        if candidate and Path(candidate, "wcxb-dev").is_dir():
            return Path(candidate)
    return None


@pytest.fixture
def bench() -> Path:
    """The benchmark folder; tests that need it skip cleanly when it is absent."""
    path = bench_dir()
    if path is None:
        pytest.skip(
            "development benchmark not found (set NEWSCLEAN_BENCH or put it at ../shared/bench)"
        )
    return path

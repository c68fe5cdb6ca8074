"""The five seed pages: each must clean to its hand-checked expected article, field by field.

Uses the project's own pytest plugin (``newsclean_golden``): a failure lists every field that
differs; ``pytest --newsclean-update`` rewrites the expected files for review.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean import Article
from tests.conftest import FIXTURES

SEEDS = sorted(p for p in FIXTURES.glob("*.txt") if p.with_suffix(".expected.json").exists())


@pytest.mark.parametrize("page", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed(page: Path, newsclean_golden: Callable[..., Article]) -> None:
    newsclean_golden(page)


def test_every_seed_has_an_expectation() -> None:
    assert len(SEEDS) == 5
    assert {p.stem for p in SEEDS} == {
        p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json")
    }

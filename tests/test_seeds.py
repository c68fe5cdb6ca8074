"""The five seed pages: each must clean to its hand-checked expected article, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from tests.conftest import FIXTURES

SEEDS = sorted(p for p in FIXTURES.glob("*.txt") if p.with_suffix(".expected.json").exists())


@pytest.mark.parametrize("page", SEEDS, ids=[p.stem for p in SEEDS])
@pytest.mark.parametrize(
    "field",
    [
        "title",
        "subtitle",
        "description",
        "byline",
        "authors",
        "date",
        "source",
        "language",
        "paragraphs",
    ],
)
def test_seed_field(page: Path, field: str) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsclean.clean(page.read_bytes())
    assert article.model_dump(mode="json")[field] == expected[field]


def test_every_seed_has_an_expectation() -> None:
    assert len(SEEDS) == 5
    assert {p.stem for p in SEEDS} == {
        p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json")
    }

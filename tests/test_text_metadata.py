"""Title, authors and date read from text dumps, driven by cases in tests/cases/text_metadata.json.

Each case is a small dump as scrapers write them (the page's <title> first, menus, the headline,
a byline and date, the body) with the metadata a reader would write down by hand.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsclean
from tests.conftest import CASES

METADATA_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "text_metadata.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", METADATA_CASES, ids=[c["label"] for c in METADATA_CASES])
def test_text_metadata_case(case: dict[str, Any]) -> None:
    article = newsclean.clean(case["page"], url=case.get("url"), format=case.get("format", "text"))
    assert article.title == case["title"]
    assert article.authors == case["authors"]
    date = article.date.date().isoformat() if article.date else None
    assert date == case["date"]

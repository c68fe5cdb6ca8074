"""Byline shapes, driven by cases in tests/cases/ (group_credits, author_links, bylines)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsclean.bylines import author_links, is_group_credit, parse_byline
from tests.conftest import CASES

GROUP_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "group_credits.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", GROUP_CASES, ids=[c["label"] for c in GROUP_CASES])
def test_is_group_credit(case: dict[str, Any]) -> None:
    assert is_group_credit(case["text"]) is case["group"]


def test_group_cases_hold_both_answers() -> None:
    assert {c["group"] for c in GROUP_CASES} == {True, False}


LINK_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "author_links.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", LINK_CASES, ids=[c["label"] for c in LINK_CASES])
def test_author_links(case: dict[str, Any]) -> None:
    assert author_links(case["markdown"]) == tuple(case["names"])


BYLINE_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "bylines.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", BYLINE_CASES, ids=[c["label"] for c in BYLINE_CASES])
def test_parse_byline(case: dict[str, Any]) -> None:
    names = parse_byline(case["text"])
    assert names == (None if case["names"] is None else tuple(case["names"]))

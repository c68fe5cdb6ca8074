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


def test_byline_openings_cover_the_prefixes_without_by() -> None:
    """parse_byline's fast path drops a line that holds no "by" and opens with none of
    BYLINE_OPENINGS: every prefix without "by" that starts with a Latin letter must open with
    one of them, or a byline would be lost."""
    import regex

    from newsclean.patterns import metadata as patterns

    for prefix in patterns.BYLINE_PREFIXES:
        if "by" in prefix or not prefix[:1].isascii():
            continue
        assert prefix.startswith(patterns.BYLINE_OPENINGS), prefix
    # Matching those openings case-insensitively is lower-casing for Latin text: no other
    # character folds to "b" or "y", the letters of "by".
    for letter in "by":
        pattern = regex.compile(letter, regex.IGNORECASE)
        assert all(
            c.lower() == letter for c in map(chr, range(0x2FFFF)) if pattern.fullmatch(c)
        )


@pytest.mark.parametrize("text", ["Contributors: Jane Doe", "Par Jean Dupont", "Autorin: Eva Roth"])
def test_fast_path_keeps_bylines_without_by(text: str) -> None:
    assert parse_byline(text)

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


# Heads a line can open with: every ASCII character, the padding parse_byline strips, and
# letters outside ASCII that fold to Latin ones ("İ" to "i", the long "ſ" and Kelvin's "K").
_HEADS = ["", *map(chr, range(128)), "•", "▪", "·", "\u00a0", "\u3000", "İ", "ſ", "\u212a", "é"]


def test_byline_candidates_keep_every_line_parse_byline_reads() -> None:
    """byline_candidates turns lines away without calling parse_byline: none it turns away
    may be one parse_byline reads, whatever the line opens with."""
    from newsclean.bylines import byline_candidates
    from newsclean.patterns import metadata as patterns

    bodies = [
        "By Jane Doe",
        "BY JANE DOE and John Roe",
        "ByNina Pineda",
        "by jsteinhardt",
        "By Linny and Peter",
        "Posted on July 1, 2024 by Jane Doe",
        "Reviewed by Kim Rose — Written by Jillian Kubala, MS, RD",
        "Photo — von Max Muster",
        "Home",
        "Contact us",
    ]
    for opening in patterns.BYLINE_OPENINGS:
        bodies += [f"{opening} Jean Dupont", f"{opening.upper()}: Jean Dupont"]
    texts = [head + body for head in _HEADS for body in bodies] + [head * 3 for head in _HEADS]
    texts.append("x" * patterns.BYLINE_MAX_CHARS + " by Jane Doe")
    kept = set(byline_candidates(texts))
    assert kept != set(range(len(texts)))  # it does turn lines away
    for i, text in enumerate(texts):
        if i in kept:
            continue
        for flags in (False, True):
            names = parse_byline(text, groups=flags, handles=flags, first_names=flags)
            assert names is None, text


def test_label_candidates_keep_every_label_line() -> None:
    """label_candidates turns lines away without calling is_byline_label: none it turns away
    may be a label, whatever the line opens with (white space, Latin letters folding)."""
    from newsclean.bylines import is_byline_label, label_candidates

    labels = [
        "Written by",
        "ARTICLE WRITTEN BY:",
        "Story posted by",
        "guide by",
        "By",
        "by：",
        "Von",
        "Authors",
        "About the author",
        "Autorin",
        "Auteur",
        "Автор",
        "作者",
    ]
    texts = [head + label + tail for head in _HEADS for label in labels for tail in ("", " ", ":")]
    texts += [head + tail for head in _HEADS for tail in _HEADS] + ["B", "by the sea", "Home"]
    texts += ["ſtory by", "\u212aauthor"]
    kept = set(label_candidates(texts, 40))
    assert kept != set(range(len(texts)))
    for i, text in enumerate(texts):
        assert i in kept or not is_byline_label(text), text
    for label in labels:  # each label as printed is kept
        assert label_candidates([label, f" {label} "], 40) == [0, 1]

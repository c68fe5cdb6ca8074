"""Tests for newsclean.dates, driven by tests/cases/dates.json."""

from __future__ import annotations

import doctest
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import dates
from newsclean.dates import DateMatch, find_dates, is_day_line, parse_date_line
from newsclean.patterns import dates as patterns

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "dates.json").read_text(encoding="utf-8")
)


def _first(case: dict[str, Any]) -> DateMatch | None:
    if case["fn"] == "parse_date_line":
        return parse_date_line(case["text"])
    assert case["fn"] == "find_dates"
    found = find_dates(case["text"])
    if "count" in case:
        assert len(found) == case["count"], found
    return found[0] if found else None


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got = _first(case)
    if case["expected"] is None:
        assert got is None, got
        return
    assert got is not None
    assert got.value.isoformat() == case["expected"]
    assert got.value == datetime.fromisoformat(case["expected"])
    if "role" in case:
        assert got.role == case["role"]
    if "match" in case:
        assert case["text"][got.start : got.end] == case["match"]


def test_case_file_is_well_formed() -> None:
    labels = [c["label"] for c in CASES]
    assert len(labels) == len(set(labels)), "labels must be unique"
    assert len(CASES) >= 60
    assert sum(c["expected"] is None for c in CASES) >= 15
    for case in CASES:
        assert set(case) <= {"label", "text", "expected", "fn", "role", "match", "count"}
        assert case["fn"] in {"parse_date_line", "find_dates"}
        assert case.get("role", "unknown") in {"published", "updated", "unknown"}


def test_doctests() -> None:
    result = doctest.testmod(dates)
    assert result.attempted >= 5
    assert result.failed == 0


def test_has_time_and_span() -> None:
    text = "Sat 7 Jun 2025 14.01 BST"
    (match,) = find_dates(text)
    assert match.has_time
    assert text[match.start : match.end] == "7 Jun 2025 14.01 BST"
    (plain,) = find_dates("June 7, 2025")
    assert not plain.has_time
    assert plain.value.tzinfo is None


def test_roles_follow_nearest_cue() -> None:
    text = "Published 7 June 2025, updated 8 June 2025\n9 June 2025"
    assert [m.role for m in find_dates(text)] == ["published", "updated", "unknown"]


def test_cue_on_previous_line_does_not_apply() -> None:
    (match,) = find_dates("Updated\n7 June 2025")
    assert match.role == "unknown"


def test_updated_only_line_returns_updated() -> None:
    match = parse_date_line("Last updated: 8 June 2025 09:00")
    assert match is not None
    assert match.role == "updated"


def test_dayfirst_keyword() -> None:
    assert find_dates("06/07/2025")[0].value == datetime(2025, 7, 6)
    assert find_dates("06/07/2025", dayfirst=True)[0].value == datetime(2025, 7, 6)
    assert find_dates("06/07/2025", dayfirst=False)[0].value == datetime(2025, 6, 7)
    # An explicit preference never forces an impossible reading.
    assert find_dates("06/13/2025", dayfirst=True)[0].value == datetime(2025, 6, 13)
    assert find_dates("13/06/2025", dayfirst=False)[0].value == datetime(2025, 6, 13)
    # Dots are always day first.
    assert find_dates("07.06.2025", dayfirst=False)[0].value == datetime(2025, 6, 7)


def test_every_month_name_parses() -> None:
    for lang, names in patterns.MONTHS.items():
        for name, number in names.items():
            found = find_dates(f"7 {name} 2025")
            assert [m.value for m in found] == [datetime(2025, number, 7)], (lang, name)


def test_month_tables_agree_across_languages() -> None:
    seen: dict[str, int] = {}
    for names in patterns.MONTHS.values():
        for name, number in names.items():
            assert name == name.lower().strip(". ")
            assert seen.setdefault(name, number) == number, name


def test_month_tables_cover_cldr() -> None:
    babel = pytest.importorskip("babel")
    for lang in ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ar"):
        locale = babel.Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = name.lower().rstrip(".")
                    assert patterns.MONTHS[lang].get(key) == number, (lang, context, name)


def test_timezone_table_is_upper_case() -> None:
    for abbr, minutes in patterns.TIMEZONES.items():
        assert abbr.isupper()
        assert minutes is None or -12 * 60 <= minutes <= 14 * 60


def test_date_match_is_frozen() -> None:
    (match,) = find_dates("7 June 2025")
    with pytest.raises(AttributeError):
        match.start = 3  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_dates_never_raises(text: str) -> None:
    for match in find_dates(text):
        assert 0 <= match.start < match.end <= len(text)
        assert patterns.MIN_YEAR <= match.value.year <= patterns.MAX_YEAR
    parse_date_line(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "7",
                "June",
                " ",
                "2025",
                ":",
                "14",
                ".",
                "/",
                "-",
                "de",
                "T",
                "Z",
                "+02:00",
                "年",
                "月",
                "日",
                "PM",
                "GMT",
                "Updated",
                ",",
                "\n",
                "٢",
                "июня",
                "1er",
            ]
        ),
        max_size=60,
    )
)
def test_find_dates_on_date_like_soup(tokens: list[str]) -> None:
    text = "".join(tokens)
    previous_end = 0
    for match in find_dates(text):
        assert match.start >= previous_end
        previous_end = match.end


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 100_000,
        "June " * 50_000,
        "1" * 100_000,
        "12:00 " * 20_000,
        "7 June " * 20_000,
        "2025-06-" * 20_000,
        "07.06." * 20_000,
        "7 de " * 30_000,
    ],
    ids=["ones", "june", "digits", "times", "day-month", "iso-prefix", "dots", "de"],
)
def test_pathological_input_completes(text: str) -> None:
    # Completion is the assertion; linear-time regexes keep this to about a second.
    assert find_dates(text) == []


DAY_LINES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "day_lines.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", DAY_LINES, ids=[c["text"] for c in DAY_LINES])
def test_is_day_line(case: dict[str, Any]) -> None:
    assert is_day_line(case["text"]) is case["day_line"]


PAGE_CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "text_dates.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", PAGE_CASES, ids=[c["label"] for c in PAGE_CASES])
def test_page_date_case(case: dict[str, Any]) -> None:
    """The date ``clean`` reads from a whole text dump (which of the page's dates is the
    article's), driven by tests/cases/text_dates.json; ``evidence``, when given, is the
    provenance the date must carry."""
    article = newsclean.clean(case["page"], url=case.get("url"), format=case.get("format", "text"))
    date = article.date.date().isoformat() if article.date else None
    assert date == case["date"]
    if "evidence" in case:
        assert article.provenance.get("date") == case["evidence"]

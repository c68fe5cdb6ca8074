"""Hostile and broken input: clean() returns an Article or raises a NewscleanError, quickly.

The cases are data (tests/hostile_cases.py); here they run at their small size. The full sizes,
and the 1x/10x scaling check, are in ``benchmarks/hostile.py``.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

import pytest
import regex

import newsclean
from tests.hostile_cases import CASES, HostileCase, outcome_of
from tests.pattern_probes import compiled_patterns, probe, probe_units

SMALL_CASE_SECONDS = 10.0
"""Generous: the small sizes take well under a second each once the language model is loaded."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c.xfail, strict=True)) if c.xfail else c
        for c in CASES
    ],
    ids=[c.label for c in CASES],
)
def test_hostile_case(case: HostileCase) -> None:
    newsclean.clean("Warm up\n\n" + "The language model loads on first use, not in the timing.")
    start = time.perf_counter()
    name, result = outcome_of(case, case.small)
    elapsed = time.perf_counter() - start
    allowed = [e.__name__ for e in case.expect]
    assert name in allowed, f"{case.label}: got {name} ({result}), expected one of {allowed}"
    if isinstance(result, newsclean.Article):
        result.model_dump_json()  # the result must serialise: no lone surrogates
        if case.check is not None:
            case.check(result)
    else:
        assert str(result), "an error must say what happened"
    assert elapsed < SMALL_CASE_SECONDS, f"{case.label}: {elapsed:.1f}s"


@pytest.mark.parametrize("page", [None, 42, 3.5, ["a"], {"a": 1}, object()])
def test_wrong_type_is_a_type_error(page: Any) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(page)


@pytest.mark.parametrize("page", [bytearray(b"Title here\n\nBody."), memoryview(b"Title")])
def test_bytes_like_input_is_accepted(page: bytes) -> None:
    with contextlib.suppress(newsclean.NewscleanError):
        newsclean.clean(page)


def test_size_limit_is_checked_before_work() -> None:
    with pytest.raises(newsclean.InputTooLargeError, match="max_chars"):
        newsclean.clean("x" * 101, max_chars=100)
    with pytest.raises(newsclean.InputTooLargeError, match="max_chars"):
        newsclean.clean(b"x" * 1001, max_chars=100)
    with pytest.raises(newsclean.InputTooLargeError, match="bytes"):
        newsclean.clean(b"x" * 401, max_chars=100)


PATTERNS = compiled_patterns()
PROBE_CHARS = 20_000
PROBE_TIMEOUT = 2.0
"""A quadratic scan takes seconds at 20k characters (an end-anchored `\\s*` took 9 s); a linear one
takes milliseconds."""


def test_every_module_pattern_is_found() -> None:
    assert len(PATTERNS) >= 40, [name for name, _ in PATTERNS]


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_survives_pathological_strings(name: str, pattern: regex.Pattern[str]) -> None:
    for unit in probe_units(pattern):
        try:
            probe(pattern, unit, PROBE_CHARS, timeout=PROBE_TIMEOUT)
        except TimeoutError:  # pragma: no cover - only when a pattern regresses
            pytest.fail(f"{name} took over {PROBE_TIMEOUT}s on {unit!r} * {PROBE_CHARS}")

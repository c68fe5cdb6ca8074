"""Every compiled pattern in newsclean, and pathological strings built from its own characters.

A regex that backtracks badly does so on long runs of the characters it talks about: ``[``
for a link pattern, digits and spaces for a date pattern, ``*`` for emphasis. So for each
pattern the probes are long runs of each character in its source (alone, and alternating with
a space, a letter and a digit), plus a few generic ones. Shared by ``tests/test_hostile.py``
(short probes under a timeout) and ``benchmarks/hostile.py`` (1x/10x scaling).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import regex

from tests.conftest import package_modules

_GENERIC = " aA1\n.-*_[](!#é\u0627\u4e00"


def compiled_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """``(module.name, pattern)`` for every module-level pattern (also inside dicts)."""
    found: list[tuple[str, regex.Pattern[str]]] = []
    for module_name, module in package_modules():
        for name, value in vars(module).items():
            values = list(value.values()) if isinstance(value, dict) else [value]
            for i, item in enumerate(values):
                if isinstance(item, regex.Pattern | re.Pattern):
                    label = f"{module_name}.{name}" + (f"[{i}]" if isinstance(value, dict) else "")
                    found.append((label, item))
    return found


def probe_units(pattern: regex.Pattern[str], *, thorough: bool = False) -> Iterator[str]:
    """Short units that, repeated, make the pathological strings for ``pattern``."""
    source = pattern.pattern
    text = source if isinstance(source, str) else source.decode("latin-1")
    for char in sorted(set(text) | set(_GENERIC)):
        yield char
        yield char + " "
        if thorough:
            yield char + "a"
            yield char + "1"
            yield "a" + char + "A"


def probe(
    pattern: regex.Pattern[str] | re.Pattern[str], unit: str, size: int, *, timeout: float
) -> None:
    """Scan ``unit`` repeated to ``size`` characters with search, match and a full finditer.

    ``regex`` patterns get the engine's own timeout; the standard library's engine has none, so
    its patterns (plain phrase alternations) are timed and fail after the fact.
    """
    text: Any = unit * max(1, size // len(unit))
    if isinstance(pattern.pattern, bytes):  # decode.py sniffs charsets in bytes
        text = text.encode("utf-8")
    if isinstance(pattern, regex.Pattern):
        for _ in pattern.finditer(text, timeout=timeout):
            pass
        pattern.match(text, timeout=timeout)
        pattern.fullmatch(text, timeout=timeout)
        return
    started = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    pattern.match(text)
    pattern.fullmatch(text)
    if time.perf_counter() - started > timeout:
        raise TimeoutError(f"{pattern.pattern[:60]!r} took over {timeout}s")

"""Run every hostile case at full size; print its size, time, outcome and, where the cost must
grow linearly, the time at 10x the size and the ratio (about 10 is linear, 100 is quadratic).

    PYTHONPATH=src:. python benchmarks/hostile.py            # all cases and all patterns
    PYTHONPATH=src:. python benchmarks/hostile.py --cases    # the cases only
    PYTHONPATH=src:. python benchmarks/hostile.py --patterns # pattern scaling only

Exit status 1 when a case gives an outcome it does not allow or a ratio is over ``MAX_RATIO``.
"""

from __future__ import annotations

import argparse
import sys
import time

from tests.hostile_cases import CASES, HostileCase, outcome_of
from tests.pattern_probes import compiled_patterns, probe, probe_units

import newsclean

MAX_RATIO = 25.0
"""10x the input may cost at most this many times the time (room for cache and GC effects)."""
PATTERN_CHARS = 10_000


def _size(case: HostileCase, n: int) -> int:
    return len(case.build(n))


def _timed(case: HostileCase, n: int) -> tuple[str, float]:
    start = time.perf_counter()
    name, _ = outcome_of(case, n)
    return name, time.perf_counter() - start


def run_cases() -> bool:
    ok = True
    header = f"{'case':52} {'size':>12} {'time':>8} {'10x size':>12} {'10x time':>9} {'ratio':>6}"
    print(f"{header}  outcome")
    for case in CASES:
        name, elapsed = _timed(case, case.full)
        row = f"{case.label:52} {_size(case, case.full):>12,} {elapsed:>7.2f}s"
        good = name in {e.__name__ for e in case.expect}
        if case.scales:
            _, big = _timed(case, 10 * case.full)
            ratio = big / max(elapsed, 1e-6)
            row += f" {_size(case, 10 * case.full):>12,} {big:>8.2f}s {ratio:>6.1f}"
            good = good and ratio <= MAX_RATIO
        else:
            row += f" {'':>12} {'':>9} {'':>6}"
        ok = ok and good
        print(f"{row}  {name}{'' if good else '  <-- FAIL'}", flush=True)
    return ok


def run_patterns() -> bool:
    """For each pattern, the worst probe at 1x and 10x ``PATTERN_CHARS``."""
    ok = True
    print(f"\n{'pattern':45} {'worst probe':>14} {'1x':>8} {'10x':>8} {'ratio':>6}")
    for label, pattern in compiled_patterns():
        worst = (0.0, "")
        for unit in probe_units(pattern, thorough=True):
            start = time.perf_counter()
            probe(pattern, unit, PATTERN_CHARS, timeout=60)
            worst = max(worst, (time.perf_counter() - start, unit))
        small, unit = worst
        start = time.perf_counter()
        probe(pattern, unit, 10 * PATTERN_CHARS, timeout=600)
        big = time.perf_counter() - start
        ratio = big / max(small, 1e-6)
        # Below a millisecond the ratio is timer noise, not growth.
        good = ratio <= MAX_RATIO or big < 0.01
        ok = ok and good
        flag = "" if good else "  <-- FAIL"
        row = f"{label:45} {unit!r:>14} {small:>7.4f}s {big:>7.4f}s {ratio:>6.1f}"
        print(row + flag, flush=True)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", action="store_true", help="run the hostile pages only")
    parser.add_argument("--patterns", action="store_true", help="run the pattern probes only")
    args = parser.parse_args(argv)
    both = not (args.cases or args.patterns)
    newsclean.clean("Warm up\n\nThe language model loads on first use, not inside a timing.")
    ok = True
    if args.cases or both:
        ok = run_cases() and ok
    if args.patterns or both:
        ok = run_patterns() and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

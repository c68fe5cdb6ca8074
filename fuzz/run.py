"""Run the clean() fuzzer for a bounded time and print executions and crashes.

    PYTHONPATH=src python fuzz/run.py 60                   # CI: 60 s, fresh corpus in a temp dir
    PYTHONPATH=src python fuzz/run.py 3600 --corpus fuzz/corpus   # by hand: keep what it learns

The corpus is seeded at run time from tests/fixtures (read-only; nothing is copied into the repo).
Crash inputs are written to ``--artifacts`` (default fuzz/artifacts/). Exit status 1 on a crash.
Without atheris, a plain random-mutation loop over the same harness runs instead (no coverage
guidance), so the command still means something where atheris cannot be installed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "tests" / "fixtures"
CASE_TIMEOUT = 10
"""Seconds one input may take before libFuzzer reports it as a hang."""


def run_atheris(seconds: int, corpus: Path, artifacts: Path) -> tuple[int, int]:
    artifacts.mkdir(parents=True, exist_ok=True)
    before = set(artifacts.glob("*"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    command = [
        sys.executable,
        str(HERE / "fuzz_clean.py"),
        str(corpus),
        str(SEEDS),
        f"-max_total_time={seconds}",
        f"-timeout={CASE_TIMEOUT}",
        "-rss_limit_mb=4096",
        f"-artifact_prefix={artifacts}{os.sep}",
        "-print_final_stats=1",
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    log = done.stdout + done.stderr
    runs = re.findall(r"Done (\d+) runs|stat::number_of_executed_units:\s*(\d+)", log)
    executions = max((int(a or b) for a, b in runs), default=0)
    crashes = len(set(artifacts.glob("*")) - before)
    if done.returncode != 0:
        crashes = max(crashes, 1)
        print(log[-6000:], file=sys.stderr)
    return executions, crashes


def run_fallback(seconds: int, artifacts: Path) -> tuple[int, int]:
    """Random mutations of the seeds and random bytes, through the same harness."""
    sys.path.insert(0, str(HERE))
    from fuzz_clean import test_one_input

    rng = random.Random(6)
    seeds = [p.read_bytes() for p in sorted(SEEDS.iterdir()) if p.is_file()] or [b""]
    deadline = time.monotonic() + seconds
    executions = crashes = 0
    while time.monotonic() < deadline:
        data = bytearray(rng.choice(seeds)) if rng.random() < 0.7 else bytearray()
        for _ in range(rng.randint(0, 20)):
            position = rng.randint(0, len(data))
            data[position:position] = rng.randbytes(rng.randint(1, 8))
        if data and rng.random() < 0.5:
            start = rng.randrange(len(data))
            data = data[start : start + rng.randint(1, 4000)]
        data[0:0] = bytes([rng.randrange(5)])
        executions += 1
        try:
            test_one_input(bytes(data))
        except Exception:  # a finding: keep the input, go on
            crashes += 1
            artifacts.mkdir(parents=True, exist_ok=True)
            (artifacts / f"crash-fallback-{executions}").write_bytes(bytes(data))
            traceback.print_exc()
    return executions, crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seconds", type=int, help="how long to fuzz")
    parser.add_argument("--corpus", type=Path, help="corpus dir to keep (default: a temp dir)")
    parser.add_argument("--artifacts", type=Path, default=HERE / "artifacts")
    args = parser.parse_args(argv)
    try:
        import atheris  # noqa: F401
    except ImportError:
        engine = "random mutation (atheris not installed)"
        executions, crashes = run_fallback(args.seconds, args.artifacts)
    else:
        engine = "atheris/libFuzzer"
        if args.corpus is not None:
            args.corpus.mkdir(parents=True, exist_ok=True)
            executions, crashes = run_atheris(args.seconds, args.corpus, args.artifacts)
        else:
            with tempfile.TemporaryDirectory(prefix="newsclean-corpus-") as corpus:
                executions, crashes = run_atheris(args.seconds, Path(corpus), args.artifacts)
    print(
        f"fuzz clean(): engine={engine} seconds={args.seconds} "
        f"executions={executions} crashes={crashes}"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

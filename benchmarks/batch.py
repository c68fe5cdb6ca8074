"""Figures for batch mode: worker speed-up, flat memory, and one record out per page in.

    python benchmarks/batch.py ../shared/bench [--pages 600] [--rss 10000,100000] [--rss-chars 600]

BENCH_DIR is the benchmark folder holding wcxb-dev/text/lines/*.txt. Three figures:

1. speed-up: the same ``--pages`` dumps (a folder of files) with ``--workers 1`` and ``2``;
2. memory: a JSONL file repeating the dumps to each ``--rss`` size, cleaned with the default
   workers; peak RSS of the largest process (``wait4``) and of the whole process tree (sampled
   from /proc). Dumps are cut to ``--rss-chars`` characters so that 100k pages run in minutes:
   memory flatness is about how many pages stream through, not how long each one is;
3. accounting: the dumps plus empty, undecodable and corrupt inputs; records out == pages in.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: list[str]) -> tuple[float, int, int, int, float]:
    """Run ``python -m newsclean ARGS``; wall seconds, exit status, peak RSS (KiB) of the
    largest process and of the process tree (sum over live processes, sampled every 50 ms),
    and the CPU seconds used by the run (all its processes)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args], env=env, stderr=subprocess.DEVNULL
    )
    tree_peak = 0
    while True:
        # wait4 gives this child's own usage (its peak RSS includes its reaped workers').
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        tree_peak = max(tree_peak, tree_rss_kib(proc.pid))
        time.sleep(0.05)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, proc.returncode, usage.ru_maxrss, tree_peak, cpu


def tree_rss_kib(root: int) -> int:
    """Sum of VmRSS over ``root`` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for _ in stream)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench_dir", type=Path)
    parser.add_argument("--pages", type=int, default=600, help="dumps for the speed-up")
    parser.add_argument(
        "--rss", default="10000,100000", help="page counts for the RSS runs ('': none)"
    )
    parser.add_argument("--rss-chars", type=int, default=600, help="cut dumps to this length")
    args = parser.parse_args()
    dumps = sorted((args.bench_dir / "wcxb-dev" / "text" / "lines").glob("*.txt"))[: args.pages]
    if not dumps:
        parser.error(f"no dumps under {args.bench_dir}/wcxb-dev/text/lines")
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "dumps"
        folder.mkdir()
        for dump in dumps:
            shutil.copy(dump, folder / dump.name)

        print(f"== speed-up: {len(dumps)} dumps, {os.cpu_count()} cores")
        times, cpus = {}, {}
        for workers in (1, 2):
            out = tmp / f"w{workers}.jsonl"
            load = os.getloadavg()[0]
            argv = [str(folder), "-o", str(out), "--workers", str(workers)]
            seconds, status, _, _, cpu = run_cli(argv)
            times[workers], cpus[workers] = seconds, cpu
            n = count_lines(out)
            print(
                f"workers={workers}: {seconds:.1f} s, {n / seconds:.1f} pages/s, "
                f"CPU {cpu:.1f} s, load before {load:.1f}, exit {status}"
            )
        print(f"speed-up 2 vs 1: {times[1] / times[2]:.2f} (target >= 1.6)")
        print(
            f"CPU cost 2 vs 1: {cpus[2] / cpus[1]:.2f} (the pool's overhead; on an idle 2-core "
            f"machine the speed-up would be about 2 / this = {2 * cpus[1] / cpus[2]:.2f})"
        )
        if cpus[1] < 0.9 * times[1]:
            # One worker should keep one core busy; if it got less, others were using the CPUs.
            print("note: other processes were using the CPUs; the wall-clock speed-up is low")

        print(f"== memory: dumps cut to {args.rss_chars} chars, repeated")
        peaks = {}
        for total in (int(n) for n in args.rss.split(",") if n):
            src = tmp / f"rep{total}.jsonl"
            with src.open("w", encoding="utf-8") as stream:
                for i in range(total):
                    text = dumps[i % len(dumps)].read_text("utf-8", "replace")[: args.rss_chars]
                    stream.write(json.dumps({"id": f"p{i}", "text": text}) + "\n")
            out = tmp / f"rep{total}.out.jsonl"
            seconds, status, largest, tree, _ = run_cli([str(src), "-o", str(out)])
            n = count_lines(out)
            peaks[total] = (largest, tree)
            print(
                f"{total} pages: {seconds:.0f} s, records {n}, largest process {largest / 1024:.1f}"
                f" MiB, process tree {tree / 1024:.1f} MiB, exit {status}"
            )
            out.unlink()
            src.unlink()
        sizes = sorted(peaks)
        if len(sizes) >= 2:
            lo, hi = peaks[sizes[0]], peaks[sizes[-1]]
            print(
                f"RSS ratio {sizes[-1]} vs {sizes[0]}: largest process {hi[0] / lo[0]:.3f}, "
                f"tree {hi[1] / lo[1]:.3f} (target within 10 %)"
            )

        print("== accounting: records out == pages in")
        (folder / "empty.txt").write_bytes(b"")
        (folder / "blank.md").write_bytes(b"\n \n")
        (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 20)
        (folder / "corrupt.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
        (folder / "bad.jsonl").write_bytes(b'{"text": "ok page"}\n{broken\n[]\n{"x": 1}\n')
        pages_in = len(dumps) + 3 + 1 + 4  # files, one damaged WARC, four JSONL lines
        out = tmp / "all.jsonl"
        _, status, _, _, _ = run_cli([str(folder), "-o", str(out)])
        records = [json.loads(line) for line in out.read_bytes().splitlines()]
        failed = sum("error" in r for r in records)
        print(
            f"pages in {pages_in}, records out {len(records)}, errors {failed}, exit {status}: "
            + ("OK" if len(records) == pages_in else "MISMATCH")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

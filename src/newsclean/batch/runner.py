"""Clean a stream of inputs on a pool of worker processes, writing records in input order.

Why not ``Pool.imap``: its feeder thread drains the whole input iterator into the task queue,
so a million-page input would sit in memory. Here at most ``workers * CHUNKS_PER_WORKER`` chunks
are in flight; the next chunk is read only when the oldest one is written. Output keeps input
order (deterministic, diffable files); the window is deep enough that a slow page rarely idles
the other workers.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TextIO

from newsclean.batch.output import OutputFormat, RecordWriter, record, render
from newsclean.batch.sources import PageInput
from newsclean.errors import NewscleanError
from newsclean.pipeline import clean

CHUNK_SIZE = 8
"""Pages sent to a worker at a time: enough to amortise the round trip, small enough to balance."""
CHUNKS_PER_WORKER = 4
"""In-flight chunks per worker: keeps workers busy while the oldest chunk waits to be written."""


class WorkerCrashedError(NewscleanError):
    """A worker process died (killed, out of memory) while cleaning the chunk holding this page."""


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """How every page of a batch is cleaned and rendered (sent to the workers, so picklable).

    ``format`` overrides the format an input declares; ``None`` keeps the container's (``html``
    for WARC responses and JSONL ``html`` fields) or detects it.
    """

    format: str | None = None
    explain: bool = False
    to: OutputFormat = "jsonl"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One cleaned (or failed) page, already rendered, ready to write."""

    source: str
    ok: bool
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did: pages cleaned, how many failed, how many ``--resume`` skipped."""

    pages: int
    failed: int
    skipped: int
    seconds: float

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped} skipped (already in output)" if self.skipped else ""
        return (
            f"newsclean: {self.pages} pages, {self.pages - self.failed} ok, {self.failed} failed"
            f"{skipped} in {self.seconds:.1f} s ({rate:.1f} pages/s)"
        )


def clean_one(item: PageInput, options: CleanOptions) -> Outcome:
    """Clean one input into its rendered record; any failure becomes an error record.

    Errors other than ``NewscleanError`` are caught too: they are bugs, but one page
    hitting a bug must not stop a million-page batch; the record names the exception type.
    """
    if item.error is not None or item.page is None:
        error: BaseException = item.error or NewscleanError("no page was read")
        return Outcome(item.source, False, render(record(item, error=error), options.to))
    try:
        article = clean(
            item.page, url=item.url, format=options.format or item.format, explain=options.explain
        )
    except Exception as error:
        return Outcome(item.source, False, render(record(item, error=error), options.to))
    return Outcome(item.source, True, render(record(item, article=article), options.to))


def clean_chunk(items: list[PageInput], options: CleanOptions) -> list[Outcome]:
    """``clean_one`` over a chunk (the unit of work sent to a worker process)."""
    return [clean_one(item, options) for item in items]


def default_workers() -> int:
    """The number of cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    inputs: Iterable[PageInput],
    writer: RecordWriter,
    *,
    options: CleanOptions = CleanOptions(),
    workers: int = 1,
    done: set[str] | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Clean ``inputs`` on ``workers`` processes (1: in this process) and write every record.

    Inputs whose ``source`` is in ``done`` are skipped (``--resume``). Returns the counts.
    """
    started = time.monotonic()
    skipped = 0
    pages = failed = 0

    def todo() -> Iterator[PageInput]:
        nonlocal skipped
        for item in inputs:
            if done and item.source in done:
                skipped += 1
                continue
            yield item

    for outcome in _outcomes(todo(), options, workers):
        writer.write(outcome.text)
        pages += 1
        failed += not outcome.ok
        if progress is not None:
            progress(outcome)
    return Summary(pages, failed, skipped, time.monotonic() - started)


def _outcomes(items: Iterator[PageInput], options: CleanOptions, workers: int) -> Iterator[Outcome]:
    if workers <= 1:
        for item in items:
            yield clean_one(item, options)
        return
    window = workers * CHUNKS_PER_WORKER
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[PageInput], Future[list[Outcome]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(items, CHUNK_SIZE))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(clean_chunk, chunk, options)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                # Every in-flight chunk is lost with the pool; which page killed it is unknown,
                # so each lost chunk is cleaned again page by page in this process: a page that
                # crashes again is then caught here as well, with its own error record.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [chunk] + [c for c, _ in pending]
                pending.clear()
                pool = ProcessPoolExecutor(max_workers=workers)
                for lost_chunk in lost:
                    for item in lost_chunk:
                        yield _retry_alone(item, options)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(item: PageInput, options: CleanOptions) -> Outcome:
    """Clean one page in a fresh single-worker pool, so a page that kills its worker is named."""
    with ProcessPoolExecutor(max_workers=1) as solo:
        try:
            return solo.submit(clean_one, item, options).result()
        except BrokenProcessPool:
            error = WorkerCrashedError(
                "the worker process died while cleaning this page (out of memory or killed); "
                "clean it alone with `python -m newsclean FILE` to investigate"
            )
            return Outcome(item.source, False, render(record(item, error=error), options.to))


class Progress:
    """A one-line progress display on a terminal: pages, pages/s, errors; redrawn twice a second.

    No total is shown because inputs are streamed and never counted in advance.
    """

    def __init__(self, stream: TextIO = sys.stderr, interval: float = 0.5) -> None:
        self.stream = stream
        self.interval = interval
        self.started = self.last = time.monotonic()
        self.pages = self.errors = 0

    def __call__(self, outcome: Outcome) -> None:
        self.pages += 1
        self.errors += not outcome.ok
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            rate = self.pages / max(now - self.started, 1e-9)
            self.stream.write(f"\r{self.pages} pages  {rate:.1f} pages/s  {self.errors} errors   ")
            self.stream.flush()

    def close(self) -> None:
        """Clear the progress line so the summary starts on a clean line."""
        if self.pages:
            self.stream.write("\r\033[K")
            self.stream.flush()

"""Where newsclean's time goes: CPU time per cleaner over the benchmark pages, beside ftfy.

Usage::

    PYTHONPATH=src python benchmarks/steps.py BENCH_DIR --input lines
    PYTHONPATH=src python benchmarks/steps.py BENCH_DIR --input html --set aeb

BENCH_DIR is laid out like the shared bench folder (``wcxb-dev/`` and ``aeb/``). Every
article page is cleaned once with the default pipeline, each cleaner timed with
``time.process_time``; what is left of the page's time outside the cleaners is reading the
input (splitting a dump into blocks, or parsing the HTML and trafilatura's extraction) and
building the ``Article``. ``ftfy.fix_text`` then runs over the same inputs as the yardstick
of issue 3's throughput target (``quality.py`` prints that ratio from interleaved timings;
this script is for finding what to speed up, not for quoting it). Pages are cleaned first
to load the language model, which takes about half a second once per process.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import newsclean
import quality
from newsclean.document import Document
from newsclean.pipeline import Pipeline


@dataclass
class StepTimes:
    """CPU seconds spent over a run of pages: per cleaner, in all, and the page count."""

    pages: int = 0
    total: float = 0.0
    steps: dict[str, float] = field(default_factory=dict)

    @property
    def outside(self) -> float:
        """Time outside the cleaners: reading the input and building the Article."""
        return self.total - sum(self.steps.values())


def _timed(step: Callable[[Document], Document], times: StepTimes) -> Callable[..., Document]:
    name = step.__name__
    times.steps[name] = 0.0

    def run(doc: Document) -> Document:
        start = time.process_time()
        try:
            return step(doc)
        finally:
            times.steps[name] += time.process_time() - start

    run.__name__ = name
    return run


def time_steps(contents: Sequence[tuple[str, str | None]], fmt: str) -> StepTimes:
    """Clean every ``(content, url)`` with the default pipeline, timing each cleaner."""
    times = StepTimes()
    pipeline = Pipeline(tuple(_timed(step, times) for step in Pipeline().steps))
    for content, url in contents:
        start = time.process_time()
        # a page without an article still cost its time
        with contextlib.suppress(newsclean.NewscleanError):
            newsclean.clean(content, url=url, format=fmt, pipeline=pipeline, require_body=False)
        times.total += time.process_time() - start
        times.pages += 1
    return times


def time_ftfy(contents: Sequence[str]) -> float:
    """CPU seconds ``ftfy.fix_text`` takes over ``contents``."""
    import ftfy

    start = time.process_time()
    for content in contents:
        ftfy.fix_text(content)
    return time.process_time() - start


def report(times: StepTimes, ftfy_seconds: float | None) -> str:
    """The figures as text: ms/page per cleaner (costliest first), outside, total, ftfy."""
    per_page = 1000 / max(times.pages, 1)
    lines = [f"{times.pages} pages, newsclean {times.total * per_page:.2f} ms/page (CPU)"]
    for name, seconds in sorted(times.steps.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:<26} {seconds * per_page:7.3f} ms/page")
    lines.append(f"  {'outside the cleaners':<26} {times.outside * per_page:7.3f} ms/page")
    if ftfy_seconds is not None:
        lines.append(f"ftfy.fix_text {ftfy_seconds * per_page:.2f} ms/page (CPU)")
        if times.total > 0:
            lines.append(f"throughput newsclean/ftfy: {ftfy_seconds / times.total:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="bench folder with wcxb-dev/ and aeb/")
    parser.add_argument("--input", choices=quality.INPUTS, default="lines")
    parser.add_argument("--set", choices=quality.SETS, help="one set only (default: both)")
    args = parser.parse_args(argv)
    set_names = (args.set,) if args.set else quality.SETS
    for name in set_names:
        if not (args.bench / name).is_dir():
            parser.error(f"{args.bench / name} is missing: give the bench folder (wcxb-dev/, aeb/)")
    pages = [page for name in set_names for page in quality.load_set(args.bench, name, args.input)]
    if not pages:
        parser.error(f"no article pages under {args.bench}")
    fmt = quality.NEWSCLEAN_FORMAT[args.input]
    # Warm up: the first page, and a text that loads the language model.
    newsclean.clean(pages[0].content, url=pages[0].url, format=fmt, require_body=False)
    newsclean.clean(quality.WARM_UP_TEXT, format="text", require_body=False)
    times = time_steps([(p.content, p.url) for p in pages], fmt)
    ftfy_seconds = time_ftfy([p.content for p in pages]) if args.input != "html" else None
    print(report(times, ftfy_seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

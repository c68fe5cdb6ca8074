"""Batch mode of the command line: decide when it applies, and run it from parsed arguments.

Kept apart from ``newsclean.cli`` so the single-page command stays small and unchanged.
"""

from __future__ import annotations

import argparse
import sys
from typing import cast

from newsclean.batch.output import OutputFormat, open_output
from newsclean.batch.runner import CleanOptions, Progress, default_workers, run
from newsclean.batch.sources import Fields, is_container, iter_inputs

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def is_batch(args: argparse.Namespace) -> bool:
    """Batch mode: several paths, a container path, or any option that only makes sense there.

    One plain file (or ``-``) with none of those keeps the original single-page behaviour.
    """
    return (
        len(args.path) > 1
        or any(path != "-" and is_container(path) for path in args.path)
        or args.to == "jsonl"
        or args.output is not None
        or args.workers is not None
        or args.resume
        or args.overwrite
        or args.stdin != "page"
    )


def _usage(message: str) -> int:
    print(f"newsclean: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_batch(args: argparse.Namespace) -> int:
    """Clean every input into OUT; 0 when all pages were cleaned, 1 when any failed."""
    if args.url is not None:
        return _usage(
            "--url names a single page; in batch mode URLs come from the JSONL url field "
            "or the WARC target URI"
        )
    if args.workers is not None and args.workers < 1:
        return _usage(f"--workers must be 1 or more, not {args.workers}")
    if args.path.count("-") > 1:
        return _usage("standard input (-) can be read only once")
    to = cast(OutputFormat, args.to or "jsonl")  # argparse checked the choices
    try:
        writer, done = open_output(args.output, to=to, resume=args.resume, overwrite=args.overwrite)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) if not str(error) else str(error)
        return _usage(f"cannot write the output: {reason or error}")
    fields = Fields(
        html=args.html_field, text=args.text_field, url=args.url_field, id=args.id_field
    )
    options = CleanOptions(
        format=None if args.format == "auto" else args.format, explain=args.explain, to=to
    )
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = run(
            iter_inputs(args.path, fields=fields, stdin=args.stdin),
            writer,
            options=options,
            workers=args.workers or default_workers(),
            done=done,
            progress=progress,
        )
    except KeyboardInterrupt:
        if progress is not None:
            progress.close()
        print(
            f"newsclean: interrupted after {writer.written} records; every record written is "
            "complete: run the same command with --resume to finish",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        writer.close()
    if progress is not None:
        progress.close()
    where = f" -> {args.output}" if args.output else ""
    print(summary.line() + where, file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK

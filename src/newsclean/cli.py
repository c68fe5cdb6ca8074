"""The ``newsclean`` command line: clean a page file (or stdin) and print the article; or clean
many pages (folders, JSONL, WARC) into one record per page (see :mod:`newsclean.batch.command`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsclean.batch.command import is_batch, run_batch
from newsclean.errors import NewscleanError, NoArticleError
from newsclean.model import Article
from newsclean.pipeline import clean

EXAMPLES = """\
examples:
  python -m newsclean seeds/004_8febecbc10594a64.txt
  python -m newsclean --explain seeds/004_8febecbc10594a64.txt
  python -m newsclean --to json page.md > article.json
  curl -s https://example.org/story | python -m newsclean --format html -

batch examples (several paths, a folder, JSONL or WARC, or any of -o/--workers/--to jsonl):
  python -m newsclean pages/ -o articles.jsonl
  python -m newsclean export.jsonl --text-field body --id-field doc_id -o out.jsonl
  python -m newsclean crawl/*.warc.gz -o out.jsonl --workers 8
  python -m newsclean pages/ -o articles.jsonl --resume
  scraper | python -m newsclean - --stdin jsonl > out.jsonl
"""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the docs test that checks every option is documented)."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean a scraped news page (text, markdown or HTML) into an article, "
        "or a batch of pages into one JSON record per page.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "path",
        metavar="PATH",
        nargs="+",
        help="page file to clean, or - to read standard input; several paths, a folder "
        "(searched for .html .htm .txt .md .jsonl .warc .warc.gz), a .jsonl or a .warc[.gz] "
        "file select batch mode, e.g. pages/ or export.jsonl",
    )
    parser.add_argument(
        "--to",
        choices=("text", "json", "jsonl"),
        default=None,
        help="output: readable text (default for one page), the Article as JSON, or one JSON "
        "record per line (default in batch mode); e.g. --to json",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="after the article, list every removed block with its cleaner and reason; in batch "
        "mode, keep the removed/repaired lists in each record (larger output), "
        "e.g. --explain page.txt",
    )
    parser.add_argument(
        "--format",
        choices=("auto", "text", "markdown", "html"),
        default="auto",
        help="input format (default: detect it, or what a WARC/JSONL html field says); "
        "e.g. --format markdown",
    )
    parser.add_argument(
        "--url",
        help="the page's URL (recorded; a last-resort source name); one page only, "
        "e.g. --url https://example.org/story",
    )
    batch = parser.add_argument_group(
        "batch mode", "Clean many pages; every input gives exactly one output record."
    )
    batch.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write records to OUT instead of standard output, e.g. -o articles.jsonl",
    )
    batch.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: the number of cores; 1 cleans in this process), "
        "e.g. --workers 4",
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose record is already in OUT (matched on 'source') and append the "
        "rest; a truncated last line from a crash is cut off first, e.g. -o out.jsonl --resume",
    )
    batch.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing non-empty OUT (refused otherwise, to protect a finished run), "
        "e.g. -o out.jsonl --overwrite",
    )
    batch.add_argument(
        "--stdin",
        choices=("page", "jsonl", "warc"),
        default="page",
        help="what - reads in batch mode: one page (default), JSONL lines or a WARC stream, "
        "e.g. --stdin jsonl",
    )
    for name, default, what in (
        ("html", "html", "the raw HTML page (preferred when both are present)"),
        ("text", "text", "the page as text or markdown"),
        ("url", "url", "the page's URL, passed through to the record"),
        ("id", "id", "the page's id, used as the record's id (without one: PATH:LINE)"),
    ):
        batch.add_argument(
            f"--{name}-field",
            default=default,
            metavar="NAME",
            help=f"JSONL field holding {what}; default {default!r}, '' to ignore it, "
            f"e.g. --{name}-field {'doc_' + name}",
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 page failed, 2 bad usage)."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (``newsclean page.txt | head``): stop quietly, like shell tools;
        # stdout goes to devnull so that Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if is_batch(args):
        return run_batch(args)
    args.path = args.path[0]
    try:
        page = _read(args.path)
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"newsclean: cannot read {args.path}: {reason}", file=sys.stderr)
        return EXIT_USAGE
    try:
        article = clean(page, url=args.url, format=args.format)
    except NoArticleError as error:
        print(f"newsclean: {args.path}: {error}", file=sys.stderr)
        if args.explain:
            print_explanation(error.article, sys.stderr)
        return EXIT_FAILED
    except NewscleanError as error:
        print(f"newsclean: {args.path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    out = sys.stdout
    if args.to == "json":  # None (the default) means text for a single page
        out.write(article.model_dump_json(indent=2) + "\n")
        if args.explain:
            print_explanation(article, sys.stderr)
    else:
        out.write(render_text(article))
        if args.explain:
            out.write("\n")
            print_explanation(article, out)
    return EXIT_OK


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def render_text(article: Article) -> str:
    """The article as a person reads it: title, metadata lines, then the paragraphs."""
    lines: list[str] = []
    if article.title:
        lines += [article.title, "=" * min(len(article.title), 78)]
    if article.subtitle:
        lines.append(article.subtitle)
    facts = [
        ("By", ", ".join(article.authors) if article.authors else article.byline),
        ("Date", article.date.isoformat() if article.date else None),
        ("Source", article.source),
        ("Language", article.language),
        ("URL", article.url),
    ]
    lines += [f"{label}: {value}" for label, value in facts if value]
    if article.description:
        lines += ["", f"Summary: {article.description}"]
    body = "\n\n".join(
        textwrap.fill(p, width=100, break_long_words=False) for p in article.paragraphs
    )
    return "\n".join(lines) + ("\n\n" if lines else "") + body + "\n"


def print_explanation(article: Article, out: TextIO) -> None:
    """Every removed block and repair, one per line, grouped by cleaner, easy to scan."""
    out.write(
        f"--- removed: {len(article.removed)} blocks, repaired: {len(article.repaired)} ---\n"
    )
    width = max((len(r.reason) for r in article.removed), default=0)
    cleaner = None
    for record in article.removed:
        if record.cleaner != cleaner:
            cleaner = record.cleaner
            out.write(f"[{cleaner}]\n")
        where = f"L{record.line}" if record.line else "   "
        out.write(f"  {where:>6}  {record.reason:<{width}}  {_preview(record.text)}\n")
    for repair in article.repaired:
        where = f"L{repair.line}" if repair.line else ""
        change = f"{_preview(repair.before)} -> {_preview(repair.after)}"
        out.write(f"[{repair.cleaner}] {where} {repair.reason}: {change}\n")
    if article.provenance:
        out.write("--- metadata evidence ---\n")
        for field, evidence in article.provenance.items():
            out.write(f"  {field:<12} {evidence}\n")


def _preview(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return json.dumps(flat if len(flat) <= limit else flat[: limit - 1] + "…", ensure_ascii=False)

"""The ``newsclean`` command line: clean a page file (or stdin) and print the article."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsclean.errors import NewscleanError, NoArticleError
from newsclean.model import Article
from newsclean.pipeline import clean

EXAMPLES = """\
examples:
  python -m newsclean seeds/004_8febecbc10594a64.txt
  python -m newsclean --explain seeds/004_8febecbc10594a64.txt
  python -m newsclean --to json page.md > article.json
  curl -s https://example.org/story | python -m newsclean --format html -
"""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the docs test that checks every option is documented)."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean a scraped news page (text, markdown or HTML) into an article.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "path", metavar="FILE", help="page file to clean, or - to read standard input"
    )
    parser.add_argument(
        "--to",
        choices=("text", "json"),
        default="text",
        help="output: readable text (default) or the Article as JSON",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="after the article, list every removed block with its cleaner and reason",
    )
    parser.add_argument(
        "--format",
        choices=("auto", "text", "markdown", "html"),
        default="auto",
        help="input format (default: detect it)",
    )
    parser.add_argument("--url", help="the page's URL (recorded; a last-resort source name)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 page failed, 2 bad usage)."""
    args = build_parser().parse_args(argv)
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
    if args.to == "json":
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

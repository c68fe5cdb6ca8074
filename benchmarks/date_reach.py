"""Date ceiling: on how many pages is the gold publication day in the input at all?

Usage::

    PYTHONPATH=src python benchmarks/date_reach.py BENCH_DIR --input lines
    PYTHONPATH=src python benchmarks/date_reach.py BENCH_DIR --input html --list

For every article page with a gold ``publish_date`` a generous detector decides whether the
gold calendar day can be read from what an extractor sees: the input (dump or raw HTML) plus
the page URL. The share of such pages is the date accuracy no extractor can beat on that
input. newsclean runs on the same pages (as in ``quality.py``), and its misses are split into
recoverable ones (worth working on) and the rest. See ``docs/benchmark.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import metrics
import quality
from newsclean.patterns.dates import CJK_DAY_MARKS, CJK_MONTH_MARKS, CJK_YEAR_MARKS, MONTHS

NEAR = 25
"""Most characters between a month name and the day or year, or (without a digit among them)
between the day and the year in the loose rule: room for any month name, "de", "of", commas."""

# A separator: one punctuation mark or symbol (the same one twice in a date), not ":" or ",".
_NUMERIC_RE = re.compile(r"(?<!\d)(?=(\d{1,4})\s?([^\w\s:,])\s?(\d{1,2})\s?\2\s?(\d{1,4})(?!\d))")
_PAIR_RE = re.compile(r"(?<!\d)(?=(\d{1,4})\s?[^\w\s:,]\s?(\d{1,4})(?!\d))")
_COMPACT_RE = re.compile(r"(?<!\d)(\d{8})(?:\d{4}|\d{6})?(?!\d)")
_UNIX_RE = re.compile(r"(?<!\d)(1\d{9})(?:\d{3})?(?!\d)")  # seconds or milliseconds, 2001-2286
_Y, _M, _D = (f"\\s*[{marks}]\\s*" for marks in (CJK_YEAR_MARKS, CJK_MONTH_MARKS, CJK_DAY_MARKS))
_CJK_RE = re.compile(rf"(?<!\d)(\d{{2,4}}){_Y}(\d{{1,2}}){_M}(\d{{1,2}})?")
_CJK_YEARLESS_RE = re.compile(rf"(?<!\d)(\d{{1,2}}){_M}(\d{{1,2}}){_D}")


def _month_patterns() -> dict[int, re.Pattern[str]]:
    """Month number -> a regex for its names in every language newsclean knows.

    A name must not run on into a letter, but may follow one: dumps glue a byline to the
    date ("by Jeffrey ZeldmanNovember 20, 2007").
    """
    names: dict[int, set[str]] = {}
    for table in MONTHS.values():
        for name, number in table.items():
            names.setdefault(number, set()).add(name)
    return {
        month: re.compile("(?:" + "|".join(map(re.escape, found)) + r")(?![^\W\d_])", re.I)
        for month, found in names.items()
    }


_MONTH_RES = _month_patterns()
_OTHER_DIGIT_RE = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """Write every Unicode decimal digit (Arabic-Indic, fullwidth, ...) as its ASCII digit."""
    return _OTHER_DIGIT_RE.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def _is_year(text: str, year: int) -> bool:
    """A 4-digit year, or its last two digits."""
    return (len(text) == 4 and int(text) == year) or (len(text) == 2 and int(text) == year % 100)


def _number(value: int) -> str:
    """A regex for ``value`` as a number of its own, with or without a leading zero."""
    return rf"(?<!\d)0?{value}(?!\d)"


def _year(value: int) -> str:
    """A regex for the 4-digit year ``value``, which may run into a following number.

    Dumps glue a date to the next item: "Mar 27, 2025" and "5 mins" give "20255 mins".
    """
    return rf"(?<!\d){value}"


def _name_near(text: str, month: int, *patterns: str) -> bool:
    """A name of ``month`` with every one of ``patterns`` no more than NEAR characters away."""
    for match in _MONTH_RES[month].finditer(text):
        window = text[max(match.start() - NEAR, 0) : match.end() + NEAR]
        if all(re.search(pattern, window) for pattern in patterns):
            return True
    return False


def find_rule(text: str, year: int, month: int, day: int | None) -> str | None:
    """The first rule that finds the gold day (or month, when ``day`` is None), or None.

    Rules, precise first: ``numeric`` (y-m-d, d-m-y, m-d-y with ``-``, ``.``, ``/`` or any
    other mark but ``:`` and ``,``, the same twice; 2- or 4-digit year; for a month gold y-m
    or m-y), ``compact`` (yyyymmdd, maybe followed by hhmm
    or hhmmss), ``cjk`` (2024年6月7日, 2024년 6월 7일), ``month-name`` (a name of the month in
    any language of ``newsclean.patterns.dates`` with day and year near it, in any order),
    ``day-near-year`` (the day number and the year with at most NEAR characters between them,
    no digit, and not only spaces and ``-./``, in either order: a month name of any script or
    the ", " of "Mar 5, 2025" fits in there; "uploads/2025/08/" or "in 2025\n\n1." do not)
    and ``unix-time`` (a 10-digit number of seconds or 13-digit one of milliseconds since 1970
    falling on the gold day in some time zone: image versions and upload stamps in links).
    ``text`` must have ASCII digits (:func:`ascii_digits`).
    """
    if day is None:
        for a, b in _PAIR_RE.findall(text):
            if (_is_year(a, year) and int(b) == month) or (_is_year(b, year) and int(a) == month):
                return "numeric"
    else:
        for a, _, b, c in _NUMERIC_RE.findall(text):
            if (
                (_is_year(a, year) and (int(b), int(c)) == (month, day))
                or (_is_year(c, year) and (int(b), int(a)) == (month, day))
                or (_is_year(c, year) and (int(a), int(b)) == (month, day))
            ):
                return "numeric"
        for m in _COMPACT_RE.finditer(text):
            digits = m.group(1)
            if (int(digits[:4]), int(digits[4:6]), int(digits[6:])) == (year, month, day):
                return "compact"
    for y, m, d in _CJK_RE.findall(text):
        if _is_year(y, year) and int(m) == month and (day is None or (d and int(d) == day)):
            return "cjk"
    if _name_near(text, month, _year(year), *([] if day is None else [_number(day)])):
        return "month-name"
    if day is not None:
        y, d, gap = _year(year), _number(day), rf"(\D{{1,{NEAR}}})"
        for m in re.finditer(rf"(?=(?:{d}{gap}{y}|{y}{gap}{d}))", text):
            if any(not c.isspace() and c not in "-./" for c in m.group(1) or m.group(2)):
                return "day-near-year"
        # The gold day begins at UTC+14 and ends at UTC-12, the widest time zones.
        start = dt.datetime(year, month, day, tzinfo=dt.timezone.utc).timestamp() - 14 * 3600
        for stamp in _UNIX_RE.findall(text):
            if 0 <= int(stamp) - start < 50 * 3600:
                return "unix-time"
    return None


def yearless(text: str, month: int, day: int) -> bool:
    """Day and month written without a year ("Apr 12", "12 avril", "4月12日")."""
    return _name_near(text, month, _number(day)) or any(
        (int(a), int(b)) == (month, day) for a, b in _CJK_YEARLESS_RE.findall(text)
    )


def near_miss(text: str, year: int, month: int, day: int) -> str | None:
    """Why a gold day the detector did not find may still look close, or None.

    ``"yearless"``: its day and month are there without the year, so no extractor can tell
    the year (a page that says "Apr 12" needs a crawl date to date it). ``"day +-1"``: the
    day before or after is there in full, as when the gold was taken from a time stamp in
    another time zone. Neither counts as recoverable.
    """
    if yearless(text, month, day):
        return "yearless"
    gold = dt.date(year, month, day)
    for other in (gold - dt.timedelta(days=1), gold + dt.timedelta(days=1)):
        if find_rule(text, other.year, other.month, other.day):
            return "day +-1"
    return None


# --- per page and in all ----------------------------------------------------------------


@dataclass
class PageReach:
    """One page: the gold, newsclean's date, and whether the input holds the gold day."""

    page_id: str
    gold: str
    newsclean: str | None
    correct: bool
    rule: str | None  # the detector rule that found the gold day; None: not in the input
    near: str | None = None  # not found, but "yearless" or "day +-1" is there (see near_miss)


def reach_page(page: quality.Page, date: dt.date | str | None) -> PageReach:
    """Score newsclean's ``date`` on ``page`` and look for the gold day in its input."""
    gold = page.gold_date or ""
    parsed = metrics.parse_gold_date(gold)
    if parsed is None:
        raise ValueError(f"{page.page_id}: gold date {gold!r} is not YYYY-MM[-DD]")
    year, month, day = parsed
    text = ascii_digits(f"{page.content}\n{page.url or ''}")
    rule = find_rule(text, year, month, day)
    near = near_miss(text, year, month, day) if rule is None and day is not None else None
    return PageReach(
        page.page_id, gold, None if date is None else str(date), metrics.same_day(gold, date),
        rule, near,
    )  # fmt: skip


@dataclass
class Reach:
    """The counts the report prints (see :func:`summarise`)."""

    pages: int = 0
    correct: int = 0
    recoverable: int = 0
    correct_recoverable: int = 0
    missed_recoverable: int = 0
    missed_not_recoverable: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    near: dict[str, int] = field(default_factory=dict)


def summarise(rows: Sequence[PageReach]) -> Reach:
    """Add the pages up; a correct page the detector did not find counts in neither split."""
    reach = Reach(
        pages=len(rows),
        rules=dict(Counter(r.rule for r in rows if r.rule)),
        near=dict(Counter(r.near for r in rows if r.near)),
    )
    for r in rows:
        reach.correct += r.correct
        reach.recoverable += r.rule is not None
        reach.correct_recoverable += r.correct and r.rule is not None
        reach.missed_recoverable += not r.correct and r.rule is not None
        reach.missed_not_recoverable += not r.correct and r.rule is None
    return reach


def _share(count: int, total: int) -> str:
    return f"{count}/{total} = {count / total:.3f}" if total else f"{count}/0"


def format_reach(reach: Reach, input_kind: str) -> str:
    """The summary as text."""
    rules = ", ".join(f"{name} {n}" for name, n in sorted(reach.rules.items(), key=lambda x: -x[1]))
    return "\n".join([
        f"input={input_kind}: {reach.pages} article pages with a gold date",
        f"newsclean correct:                  {_share(reach.correct, reach.pages)}",
        f"gold day recoverable (the ceiling): {_share(reach.recoverable, reach.pages)}",
        f"  first rule that finds it:         {rules or '-'}",
        f"newsclean correct among recoverable: "
        f"{_share(reach.correct_recoverable, reach.recoverable)}",
        f"newsclean correct, not recoverable: {reach.correct - reach.correct_recoverable}",
        f"misses: {reach.pages - reach.correct} = recoverable {reach.missed_recoverable}"
        f" + not recoverable {reach.missed_not_recoverable}",
        f"  not recoverable but day and month there without the year: "
        f"{reach.near.get('yearless', 0)}; the day before or after there: "
        f"{reach.near.get('day +-1', 0)}",
    ])  # fmt: skip


def format_misses(rows: Sequence[PageReach]) -> str:
    """One line per newsclean miss: page, gold, newsclean's date, rule (or why not found)."""
    lines = [f"{'page':<10} {'gold':<10} {'newsclean':<26} found by"]
    for r in rows:
        if not r.correct:
            found = r.rule or (f"- ({r.near})" if r.near else "-")
            lines.append(f"{r.page_id:<10} {r.gold:<10} {r.newsclean or '-':<26} {found}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_dir", type=Path, help="folder with wcxb-dev/")
    parser.add_argument("--input", required=True, choices=quality.INPUTS, dest="input_kind")
    parser.add_argument("--set", default="wcxb-dev", choices=quality.SETS, dest="set_name")
    parser.add_argument("--limit", type=int, default=None, help="first N article pages")
    parser.add_argument("--list", action="store_true", help="print newsclean's misses")
    parser.add_argument("--json", type=Path, default=None, dest="json_out")
    args = parser.parse_args(argv)
    if not (args.bench_dir / args.set_name).is_dir():
        parser.error(f"{args.bench_dir / args.set_name} is missing")
    pages = quality.load_set(args.bench_dir, args.set_name, args.input_kind, limit=args.limit)
    pages = [p for p in pages if p.gold_date]
    if not pages:
        parser.error(f"no article pages with a gold date in {args.set_name}")
    system = quality.make_newsclean(args.input_kind)
    rows = []
    for page in pages:
        try:
            date = system.run(page).date
        except Exception as exc:  # scored as no date, like quality.py does
            print(f"{page.page_id}: {type(exc).__name__}: {exc}"[:200], file=sys.stderr)
            date = None
        rows.append(reach_page(page, date))
    reach = summarise(rows)
    if args.list:
        print(format_misses(rows), end="\n\n")
    print(format_reach(reach, args.input_kind))
    if args.json_out is not None:
        data = {
            "input": args.input_kind,
            "summary": asdict(reach),
            "pages": [asdict(r) for r in rows],
        }
        args.json_out.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure newsclean and peer extractors on the development benchmark.

Usage::

    PYTHONPATH=src python benchmarks/quality.py BENCH_DIR --input lines
    PYTHONPATH=src python benchmarks/quality.py BENCH_DIR --input html --json out.json

BENCH_DIR is laid out like the shared bench folder (``wcxb-dev/`` and ``aeb/``, see their
READMEs). Every system runs in the same process on the same pages, so the figures in one
table are directly comparable; see ``docs/benchmark.md`` for what each column means.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import html as html_lib
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# benchmarks/ is not a package: run as a script, this folder is sys.path[0]; the tests put
# it on sys.path themselves.
import metrics

SETS = ("wcxb-dev", "aeb")
INPUTS = ("lines", "markdown", "html")
# What newsclean.clean() is told about each input kind.
NEWSCLEAN_FORMAT = {"lines": "text", "markdown": "markdown", "html": "html"}
TEXT_PEERS = ("unchanged", "justext", "ftfy")
HTML_PEERS = ("trafilatura", "readability")
DEFAULT_PEERS = {"lines": TEXT_PEERS, "markdown": TEXT_PEERS, "html": HTML_PEERS}


# --- loading ------------------------------------------------------------------------------


@dataclass
class Page:
    """One benchmark page: the input the systems see plus the gold they are scored on."""

    set_name: str
    page_id: str
    url: str | None
    page_type: str
    content: str
    gold_body: str
    gold_title: str | None = None
    gold_author: str | None = None
    gold_date: str | None = None


def _read_input(folder: Path, page_id: str, input_kind: str) -> str:
    """Read one page's input once, as text (the html is gzipped UTF-8)."""
    if input_kind == "html":
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        return raw.decode("utf-8", errors="replace")
    return (folder / "text" / input_kind / f"{page_id}.txt").read_text(encoding="utf-8")


def _opt_str(value: Any) -> str | None:
    """Gold metadata as a stripped string, or None when absent or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def load_wcxb(
    folder: Path, input_kind: str, all_page_types: bool = False, limit: int | None = None
) -> list[Page]:
    """Load WCXB pages in id order; articles only unless ``all_page_types``."""
    files: dict[str, dict[str, Any]] = json.loads(
        (folder / "metadata.json").read_text(encoding="utf-8")
    )["files"]
    pages: list[Page] = []
    for page_id in sorted(files):
        page_type = str(files[page_id].get("page_type", ""))
        if not all_page_types and page_type != "article":
            continue
        record = json.loads((folder / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
        gold = record.get("ground_truth", {})
        pages.append(
            Page(
                set_name="wcxb-dev",
                page_id=page_id,
                url=record.get("url"),
                page_type=page_type,
                content=_read_input(folder, page_id, input_kind),
                gold_body=gold.get("main_content") or "",
                gold_title=_opt_str(gold.get("title")),
                gold_author=_opt_str(gold.get("author")),
                gold_date=_opt_str(gold.get("publish_date")),
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages


def load_aeb(folder: Path, input_kind: str, limit: int | None = None) -> list[Page]:
    """Load AEB pages in id order (all are articles; body gold only)."""
    truth: dict[str, dict[str, Any]] = json.loads(
        (folder / "ground-truth.json").read_text(encoding="utf-8")
    )
    pages: list[Page] = []
    for page_id in sorted(truth):
        pages.append(
            Page(
                set_name="aeb",
                page_id=page_id,
                url=truth[page_id].get("url"),
                page_type="article",
                content=_read_input(folder, page_id, input_kind),
                gold_body=truth[page_id].get("articleBody") or "",
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages


def load_set(
    bench_dir: Path,
    set_name: str,
    input_kind: str,
    all_page_types: bool = False,
    limit: int | None = None,
) -> list[Page]:
    """Load one benchmark set by name from ``bench_dir``."""
    folder = bench_dir / set_name
    if set_name == "wcxb-dev":
        return load_wcxb(folder, input_kind, all_page_types, limit)
    if set_name == "aeb":
        return load_aeb(folder, input_kind, limit)
    raise ValueError(f"unknown set {set_name!r}")


# --- systems ------------------------------------------------------------------------------


@dataclass
class Output:
    """What a system produced for a page, in the shape the scorer needs."""

    body: str = ""
    title: str | None = None
    date: dt.date | str | None = None
    authors: list[str] | str | None = None


@dataclass
class System:
    """A named extractor; ``run`` maps a page to an Output. ``has_*`` say what it can give."""

    name: str
    run: Callable[[Page], Output]
    has_title: bool = False
    has_date: bool = False
    has_authors: bool = False

    @property
    def has_metadata(self) -> bool:
        return self.has_title or self.has_date or self.has_authors


WARM_UP_TEXT = (
    "The river rose two metres overnight after three days of rain, and the mayor said the "
    "dykes would hold if the weather turned by Thursday, as the forecast had it."
)
"""A text whose language is unknown: cleaning it loads the language model (about half a
second, once per process), which warming up on an HTML page that declares its language
does not."""


def make_newsclean(input_kind: str) -> System:
    """newsclean itself, told the input format explicitly.

    If the package cannot be imported every page errors (and is scored as empty output), so
    the peers are still measured while the core is being written.
    """
    fmt = NEWSCLEAN_FORMAT[input_kind]
    try:
        import newsclean
    except ImportError as exc:
        import_error = exc

        def broken(page: Page) -> Output:
            raise import_error

        return System("newsclean", broken, has_title=True, has_date=True, has_authors=True)

    with contextlib.suppress(Exception):  # not reported here: a broken clean() fails when timed
        newsclean.clean(WARM_UP_TEXT, format="text")

    def run(page: Page) -> Output:
        art = newsclean.clean(page.content, url=page.url, format=fmt)
        return Output(body=art.text, title=art.title, date=art.date, authors=list(art.authors))

    return System("newsclean", run, has_title=True, has_date=True, has_authors=True)


def make_unchanged() -> System:
    """The dump itself: the floor any cleaner has to beat."""
    return System("unchanged", lambda page: Output(body=page.content))


def make_ftfy() -> System:
    """ftfy.fix_text on the whole dump: mostly a speed yardstick for a full text pass."""
    import ftfy

    return System("ftfy", lambda page: Output(body=ftfy.fix_text(page.content)))


# py3langid ISO 639-1 codes -> jusText stoplist names, for the languages we are likely to see.
_JUSTEXT_LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "fi": "Finnish", "pl": "Polish",
    "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "sr": "Serbian",
    "bs": "Bosnian", "ro": "Romanian", "hu": "Hungarian", "ru": "Russian", "uk": "Ukrainian",
    "bg": "Bulgarian", "el": "Greek", "tr": "Turkish", "id": "Indonesian", "ms": "Malay",
    "vi": "Vietnamese", "ca": "Catalan", "eu": "Basque", "gl": "Galician", "et": "Estonian",
    "lv": "Latvian", "lt": "Lithuanian", "hi": "Hindi", "ar": "Arabic", "fa": "Persian",
    "he": "Hebrew", "ko": "Korean", "tl": "Tagalog", "sw": "Swahili", "af": "Afrikaans",
}  # fmt: skip


def lines_to_html(text: str) -> str:
    """Wrap every non-blank line of a dump in its own escaped ``<p>``, for jusText."""
    paras = (f"<p>{html_lib.escape(line.strip())}</p>" for line in text.splitlines())
    return "<html><body>" + "".join(p for p in paras if p != "<p></p>") + "</body></html>"


def make_justext(stoplist: str) -> System:
    """jusText (default settings) on the dump with one ``<p>`` per line.

    ``stoplist`` is a jusText stoplist name, or ``"auto"``: detect the page language with
    py3langid (inside the timed call, since a user would have to do it too) and fall back to
    English for languages jusText has no mapping for here.
    """
    import justext

    cache: dict[str, frozenset[str]] = {}

    def stopwords(name: str) -> frozenset[str]:
        if name not in cache:
            cache[name] = frozenset(justext.get_stoplist(name))
        return cache[name]

    classify: Callable[[str], tuple[str, float]] | None = None
    if stoplist == "auto":
        import py3langid

        classify = py3langid.classify

    def run(page: Page) -> Output:
        name = stoplist
        if classify is not None:
            name = _JUSTEXT_LANGS.get(classify(page.content[:20000])[0], "English")
        paragraphs = justext.justext(lines_to_html(page.content), stopwords(name))
        body = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return Output(body=body)

    return System(f"justext[{stoplist}]" if stoplist != "English" else "justext", run)


def make_trafilatura() -> System:
    """trafilatura.extract with metadata in one call, so its time includes the metadata."""
    import trafilatura

    def run(page: Page) -> Output:
        result = trafilatura.extract(
            page.content,
            url=page.url,
            with_metadata=True,
            output_format="json",
            include_comments=False,
        )
        if not result:
            return Output()
        data = json.loads(result)
        return Output(
            body=data.get("text") or "",
            title=data.get("title"),
            date=data.get("date"),
            # trafilatura joins several authors with "; ", which author_set splits again.
            authors=data.get("author"),
        )

    return System("trafilatura", run, has_title=True, has_date=True, has_authors=True)


_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
    "blockquote", "table", "tr", "td", "th", "section", "article", "header", "footer",
    "figure", "figcaption", "aside", "main", "nav", "hr", "form", "address",
})  # fmt: skip


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment with block elements on their own paragraphs.

    ``text_content()`` alone glues ``<p>a.</p><p>b</p>`` into ``a.b``, which merges two
    tokens and costs shingles, so blocks are separated by blank lines instead.
    """
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    chunks: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            chunks.append("\n\n")
        elif tag == "br":
            chunks.append("\n")
        if isinstance(el.tag, str) and el.text:
            chunks.append(el.text)
        for child in el:
            walk(child)
        if block:
            chunks.append("\n\n")
        if el.tail:
            chunks.append(el.tail)

    walk(root)
    paragraphs = (metrics.collapse_ws(p) for p in "".join(chunks).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def make_readability() -> System:
    """readability-lxml: summary() as text, title from short_title(); no date or author."""
    from readability import Document

    def run(page: Page) -> Output:
        doc = Document(page.content, url=page.url)
        body = html_fragment_to_text(doc.summary(html_partial=True))
        return Output(body=body, title=doc.short_title())

    return System("readability", run, has_title=True)


def make_system(name: str, input_kind: str, justext_stoplist: str = "English") -> System:
    """Build a system by its command-line name."""
    if name == "newsclean":
        return make_newsclean(input_kind)
    if name in TEXT_PEERS and input_kind == "html":
        raise ValueError(f"peer {name!r} works on text dumps, not html")
    if name in HTML_PEERS and input_kind != "html":
        raise ValueError(f"peer {name!r} needs --input html")
    factories: dict[str, Callable[[], System]] = {
        "unchanged": make_unchanged,
        "ftfy": make_ftfy,
        "justext": lambda: make_justext(justext_stoplist),
        "trafilatura": make_trafilatura,
        "readability": make_readability,
    }
    if name not in factories:
        raise ValueError(f"unknown system {name!r}")
    return factories[name]()


# --- running and scoring ------------------------------------------------------------------


@dataclass
class PageResult:
    """One system's result on one page: scores, timing and any error."""

    page_id: str
    seconds: float
    error: str | None
    tp: float
    fp: float
    fn: float
    title_ok: bool | None = None
    date_ok: bool | None = None
    authors_ok: bool | None = None
    title_spurious: bool | None = None
    date_spurious: bool | None = None
    authors_spurious: bool | None = None


@dataclass
class FieldScore:
    """Accuracy of one metadata field over the pages whose gold value is present."""

    correct: int = 0
    n: int = 0
    spurious: int = 0  # a value given where the gold has none
    absent: int = 0  # pages whose gold has no value

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


@dataclass
class SystemReport:
    """Everything measured for one system on one set."""

    system: str
    set_name: str
    input_kind: str
    body: metrics.BodyScore
    errors: int
    median_ms: float
    pages_per_s: float
    title: FieldScore | None = None
    date: FieldScore | None = None
    authors: FieldScore | None = None
    pages: list[PageResult] = field(default_factory=list)


def _field(
    gold: str | None, value: object, correct: Callable[[], bool]
) -> tuple[bool | None, bool | None]:
    """(correct or None when gold absent, spurious or None when gold present)."""
    if gold is None:
        return None, metrics.present(value)
    return correct(), None


def score_page(
    page: Page, system: System, out: Output, seconds: float, error: str | None
) -> PageResult:
    """Score one output against the page's gold."""
    body = metrics.page_scores(page.gold_body, out.body)
    result = PageResult(page.page_id, seconds, error, body.tp, body.fp, body.fn)
    if page.set_name != "wcxb-dev":  # aeb has body gold only
        return result
    if system.has_title:
        result.title_ok, result.title_spurious = _field(
            page.gold_title, out.title, lambda: metrics.same_title(page.gold_title, out.title)
        )
    if system.has_date:
        result.date_ok, result.date_spurious = _field(
            page.gold_date, out.date, lambda: metrics.same_day(page.gold_date, out.date)
        )
    if system.has_authors:
        result.authors_ok, result.authors_spurious = _field(
            page.gold_author,
            out.authors,
            lambda: metrics.same_authors(page.gold_author, out.authors),
        )
    return result


def _field_score(results: Sequence[PageResult], name: str) -> FieldScore:
    score = FieldScore()
    for r in results:
        ok = getattr(r, f"{name}_ok")
        spurious = getattr(r, f"{name}_spurious")
        if ok is not None:
            score.n += 1
            score.correct += int(ok)
        if spurious is not None:
            score.absent += 1
            score.spurious += int(spurious)
    return score


def _run_page(system: System, page: Page) -> PageResult:
    """Time one system on one page and score it; an exception scores the page as empty.

    Only the system call (and turning its result into text) is inside the timer.
    """
    error: str | None = None
    start = time.perf_counter()
    try:
        out = system.run(page)
    except Exception as exc:  # one broken page must not stop the run
        out = Output()
        error = f"{type(exc).__name__}: {exc}"[:300]
    seconds = time.perf_counter() - start
    return score_page(page, system, out, seconds, error)


def _report(
    system: System,
    pages: Sequence[Page],
    results: list[PageResult],
    input_kind: str,
    skip_empty_gold: bool,
) -> SystemReport:
    times = [r.seconds for r in results]
    total = sum(times)
    on_wcxb = bool(pages) and pages[0].set_name == "wcxb-dev"
    return SystemReport(
        system=system.name,
        set_name=pages[0].set_name if pages else "",
        input_kind=input_kind,
        body=metrics.aggregate(
            [metrics.PageScore(r.tp, r.fp, r.fn) for r in results], skip_empty_gold
        ),
        errors=sum(r.error is not None for r in results),
        median_ms=statistics.median(times) * 1000 if times else 0.0,
        pages_per_s=len(times) / total if total > 0 else float("inf"),
        title=_field_score(results, "title") if on_wcxb and system.has_title else None,
        date=_field_score(results, "date") if on_wcxb and system.has_date else None,
        authors=_field_score(results, "authors") if on_wcxb and system.has_authors else None,
        pages=results,
    )


def page_order(systems: Sequence[System], index: int) -> list[System]:
    """The order the systems run on page ``index``: as given on even pages, reversed on odd.

    Neighbours in ``systems`` (newsclean and the first peer) thus always run back to back on
    the same page, each going first on every other page.

    >>> a, b, c = (System(n, lambda page: Output()) for n in "abc")
    >>> [s.name for s in page_order([a, b, c], 0)], [s.name for s in page_order([a, b, c], 1)]
    (['a', 'b', 'c'], ['c', 'b', 'a'])
    """
    return list(systems) if index % 2 == 0 else list(reversed(systems))


def run_systems(
    systems: Sequence[System],
    pages: Sequence[Page],
    input_kind: str,
    skip_empty_gold: bool = True,
) -> list[SystemReport]:
    """Warm every system up on one page, then time and score them page by page, interleaved.

    On each page the systems run back to back, in the order :func:`page_order` gives, so a
    change of machine load during the run falls on all of them alike, and a time ratio of
    their medians compares the same moments (timing all pages of one system, then all of the
    next, let the ratio move by about 0.1 between runs on a shared machine). File reading
    happened once, before.
    """
    if pages:
        for system in systems:
            # A warm-up failure is not reported here: the same page fails again when timed.
            with contextlib.suppress(Exception):
                system.run(pages[0])
    results: list[list[PageResult]] = [[] for _ in systems]
    position = {id(s): i for i, s in enumerate(systems)}
    for index, page in enumerate(pages):
        for system in page_order(systems, index):
            results[position[id(system)]].append(_run_page(system, page))
    return [
        _report(system, pages, rows, input_kind, skip_empty_gold)
        for system, rows in zip(systems, results, strict=True)
    ]


def run_system(
    system: System, pages: Sequence[Page], input_kind: str, skip_empty_gold: bool = True
) -> SystemReport:
    """One system alone: :func:`run_systems` with a single system."""
    return run_systems([system], pages, input_kind, skip_empty_gold)[0]


# --- printing -----------------------------------------------------------------------------


def _fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _fmt_field(score: FieldScore | None) -> str:
    if score is None:
        return "n/a"
    return f"{_fmt(score.accuracy)} (n={score.n})"


def _fmt_spurious(score: FieldScore | None) -> str:
    if score is None:
        return "n/a"
    return f"{score.spurious}/{score.absent}"


def format_reports(set_name: str, pages: Sequence[Page], reports: Sequence[SystemReport]) -> str:
    """Render one set's tables (body and speed; then metadata when the set has it)."""
    kinds = sorted({p.page_type for p in pages})
    input_kind = reports[0].input_kind if reports else "?"
    scored = reports[0].body.pages if reports else 0
    note = (
        f"body scored on {scored} (left out: {len(pages) - scored} without gold body)"
        if scored != len(pages)
        else f"body scored on all {scored}"
    )
    lines = [
        f"== {set_name}: {len(pages)} pages (page types: {', '.join(kinds) or '-'}), "
        f"input={input_kind}; {note} ==",
        f"{'system':<16} {'P':>6} {'R':>6} {'F1':>6} {'errors':>6} {'med ms':>8} {'pages/s':>9}",
    ]
    for r in reports:
        lines.append(
            f"{r.system:<16} {_fmt(r.body.precision):>6} {_fmt(r.body.recall):>6} "
            f"{_fmt(r.body.f1):>6} {r.errors:>6} {r.median_ms:>8.2f} {r.pages_per_s:>9.1f}"
        )
    if any(r.title or r.date or r.authors for r in reports):
        lines += [
            "",
            "metadata accuracy over pages whose gold value is present (n = such pages);",
            "spurious = value given where gold has none / pages without gold:",
            f"{'system':<16} {'title':>15} {'date':>15} {'authors':>15}   "
            f"{'spurious t / d / a':<24}",
        ]
        for r in reports:
            if not (r.title or r.date or r.authors):
                continue
            spurious = " / ".join(_fmt_spurious(s) for s in (r.title, r.date, r.authors))
            lines.append(
                f"{r.system:<16} {_fmt_field(r.title):>15} {_fmt_field(r.date):>15} "
                f"{_fmt_field(r.authors):>15}   {spurious:<24}"
            )
    by_name = {r.system: r for r in reports}
    nc = by_name.get("newsclean")
    if nc is not None and nc.pages and nc.errors == len(nc.pages):
        first = nc.pages[0].error
        lines.append(f"newsclean failed on every page, no speed ratios (error: {first})")
    elif nc is not None:
        if nc.errors:
            first = next(p.error for p in nc.pages if p.error)
            lines.append(
                f"newsclean errors: {nc.errors}/{len(nc.pages)} pages scored as empty output "
                f"(first: {first})"
            )
        ft = by_name.get("ftfy")
        if ft is not None and ft.pages_per_s > 0:
            ratio = nc.pages_per_s / ft.pages_per_s
            lines.append(f"throughput newsclean/ftfy (pages/s ratio): {ratio:.3f}")
        tr = by_name.get("trafilatura")
        if tr is not None and tr.median_ms > 0:
            ratio = nc.median_ms / tr.median_ms
            lines.append(
                f"speed newsclean/trafilatura (median ms ratio, interleaved per page): {ratio:.3f}"
            )
    for r in reports:
        if r.system != "newsclean" and r.errors:
            lines.append(f"{r.system} errors: {r.errors}/{len(r.pages)}")
    return "\n".join(lines)


def report_to_json(report: SystemReport) -> dict[str, Any]:
    """A JSON-ready dict of a report, per-page rows included for later diffing."""
    data = asdict(report)
    for name in ("title", "date", "authors"):
        score = getattr(report, name)
        if score is not None:
            data[name]["accuracy"] = score.accuracy
    return data


# --- command line -------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_dir", type=Path, help="folder with wcxb-dev/ and aeb/")
    parser.add_argument("--input", required=True, choices=INPUTS, dest="input_kind")
    parser.add_argument("--set", default="all", choices=(*SETS, "all"), dest="set_name")
    parser.add_argument(
        "--peers",
        default=None,
        help="comma-separated peers (default: unchanged,justext,ftfy for text input, "
        "trafilatura,readability for html); empty string for none",
    )
    parser.add_argument(
        "--justext-stoplist",
        default="English",
        help='jusText stoplist name, or "auto" to pick it per page with py3langid',
    )
    parser.add_argument(
        "--score-empty-gold",
        action="store_true",
        help="keep pages with an empty gold body in the body score (upstream AEB behaviour: "
        "any output there is precision 0); by default they are left out",
    )
    parser.add_argument("--no-newsclean", action="store_true", help="measure the peers only")
    parser.add_argument("--all-page-types", action="store_true", help="not just wcxb articles")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--json", type=Path, default=None, dest="json_out")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    peers = (
        list(DEFAULT_PEERS[args.input_kind])
        if args.peers is None
        else [p.strip() for p in args.peers.split(",") if p.strip()]
    )
    names = ([] if args.no_newsclean else ["newsclean"]) + peers
    try:
        systems = [make_system(n, args.input_kind, args.justext_stoplist) for n in names]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    set_names = SETS if args.set_name == "all" else (args.set_name,)
    output: dict[str, Any] = {"input": args.input_kind, "sets": {}}
    for set_name in set_names:
        pages = load_set(args.bench_dir, set_name, args.input_kind, args.all_page_types, args.limit)
        skip = not args.score_empty_gold
        reports = run_systems(systems, pages, args.input_kind, skip)
        print(format_reports(set_name, pages, reports))
        print()
        output["sets"][set_name] = {
            "pages": len(pages),
            "systems": {r.system: report_to_json(r) for r in reports},
        }
    if args.json_out is not None:
        args.json_out.write_text(json.dumps(output, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

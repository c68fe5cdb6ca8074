"""Tests for the benchmark metric (benchmarks/metrics.py) and runner (benchmarks/quality.py).

The metric decides which changes to newsclean look like progress, so its edge cases are
pinned here as data. The end-to-end tests build a tiny bench folder in ``tmp_path`` and need
nothing from the shared bench; the one test on the real bench skips when it is absent.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import metrics  # noqa: E402
import quality  # noqa: E402

# --- body metric --------------------------------------------------------------------------

# (label, gold, output, expected (precision, recall)); None = undefined on that page.
PAGE_CASES: list[tuple[str, str, str, tuple[float | None, float | None]]] = [
    ("identical", "one two three four five six", "one two three four five six", (1.0, 1.0)),
    ("disjoint", "one two three four five", "six seven eight nine ten", (0.0, 0.0)),
    # gold {abcd, bcde}, output {abcd, bcdx}: tp = fp = fn = 1
    ("partial, one shingle each way", "a b c d e", "a b c d x", (0.5, 0.5)),
    # gold has 3 shingles, output the first 2
    ("output is a prefix", "one two three four five six", "one two three four five", (1.0, 2 / 3)),
    # gold {abcd: 2, bcda, cdab, dabc}; output {abcd: 1}: tp 1, fn 4
    ("multiset: repeat counted once", "a b c d a b c d", "a b c d", (1.0, 0.2)),
    # output {abcd: 3, bcda: 2, cdab: 2, dabc: 2}: tp 5, fp 4
    ("multiset: extra repeats are fp", "a b c d a b c d", "a b c d a b c d a b c d", (5 / 9, 1.0)),
    ("case matters", "One, two; three - four!", "one two three four", (0.0, 0.0)),
    (
        "same tokens despite punctuation",
        "One, two; three - four!",
        "One two three four",
        (1.0, 1.0),
    ),
    ("short texts equal", "hello world", "hello world", (1.0, 1.0)),
    ("short texts: whole text is one shingle", "hello world", "hello world again", (0.0, 0.0)),
    ("one token", "hello", "hello", (1.0, 1.0)),
    ("empty output", "one two three four", "", (None, 0.0)),
    ("output without tokens", "one two three four", " -- !! ", (None, 0.0)),
    ("empty gold", "", "one two three four", (0.0, None)),
    ("both empty", "", "", (None, None)),
    ("unicode words", "Die Größe des Café_1 ist", "Die Größe des Café_1 ist", (1.0, 1.0)),
]


@pytest.mark.parametrize(("label", "gold", "output", "expected"), PAGE_CASES)
def test_page_scores(
    label: str, gold: str, output: str, expected: tuple[float | None, float | None]
) -> None:
    score = metrics.page_scores(gold, output)
    assert score.precision == pytest.approx(expected[0]), label
    assert score.recall == pytest.approx(expected[1]), label
    total = score.tp + score.fp + score.fn
    assert total == pytest.approx(1.0) or total == 0.0


def test_tokens_keep_case_and_unicode() -> None:
    assert metrics.tokenize("Über-Größe, café_1 x2") == ["Über", "Größe", "café_1", "x2"]
    assert metrics.tokenize(None) == []
    assert metrics.page_scores("The cat sat down", "the cat sat down").tp == 0.0


def test_shingles_are_multisets() -> None:
    sh = metrics.shingles("a b c d a b c d")
    assert sh[("a", "b", "c", "d")] == 2
    assert sum(sh.values()) == 5
    assert metrics.shingles("a b") == {("a", "b"): 1}
    assert not metrics.shingles("")


def test_aggregate_averages_then_takes_f1() -> None:
    pages = [metrics.PageScore(2 / 3, 0, 1 / 3), metrics.PageScore(0.5, 0.5, 0.0)]
    body = metrics.aggregate(pages)
    assert body.precision == pytest.approx(0.75)
    assert body.recall == pytest.approx((2 / 3 + 1) / 2)
    p, r = 0.75, 5 / 6
    assert body.f1 == pytest.approx(2 * p * r / (p + r))


def test_aggregate_undefined_pages() -> None:
    empty_output = metrics.page_scores("one two three four", "")
    good = metrics.page_scores("one two three four", "one two three four")
    body = metrics.aggregate([good, empty_output])
    assert (body.precision, body.recall) == (1.0, 0.5)
    assert (body.precision_pages, body.recall_pages) == (1, 2)

    nothing = metrics.aggregate([empty_output, empty_output])
    assert nothing.precision is None
    assert nothing.recall == 0.0
    assert nothing.f1 == 0.0
    assert metrics.aggregate([]).f1 is None


def test_aggregate_empty_gold_pages() -> None:
    empty_gold = metrics.page_scores("", "some output text here")
    good = metrics.page_scores("one two three four", "one two three four")
    # Default: a page without gold body is left out of the score.
    body = metrics.aggregate([good, empty_gold])
    assert (body.precision, body.recall, body.pages) == (1.0, 1.0, 1)
    # Upstream AEB: it still counts for precision, at 0.
    upstream = metrics.aggregate([good, empty_gold], skip_empty_gold=False)
    assert (upstream.precision, upstream.recall, upstream.pages) == (0.5, 1.0, 2)


# --- titles -------------------------------------------------------------------------------

TITLE_CASES: list[tuple[str, str | None, str]] = [
    ("case and spaces", "  Hello   World ", "hello world"),
    ("curly quotes", "\u201cHello\u201d \u2018World\u2019", '"hello" \'world'),
    ("dashes", "Markets \u2014 a year in review \u2013 2025", "markets - a year in review - 2025"),
    ("nbsp", "A\u00a0B", "a b"),
    ("trailing full stop", "It works.", "it works"),
    ("trailing ellipsis and question", "Why now\u2026?", "why now"),
    ("inner punctuation kept", "U.S. jobs: up 2% (est.)", "u.s. jobs: up 2% (est"),
    ("trailing decoration", "Gym must haves \u22c6", "gym must haves"),
    ("trailing quote and bracket", 'He said "no" (video)', 'he said "no" (video'),
    ("leading marks kept", "## Title", "## title"),
    ("none", None, ""),
]


@pytest.mark.parametrize(("label", "title", "expected"), TITLE_CASES)
def test_normalise_title(label: str, title: str | None, expected: str) -> None:
    assert metrics.normalise_title(title) == expected, label


def test_same_title() -> None:
    assert metrics.same_title("Big News!", "big news")
    assert not metrics.same_title("Big News", "Big News | Example Site")
    assert not metrics.same_title(None, None)
    assert not metrics.same_title("Big News", None)


# --- dates --------------------------------------------------------------------------------

UTC = dt.timezone.utc
DATE_CASES: list[tuple[str, str | None, Any, bool]] = [
    ("same day, date", "2025-09-04", dt.date(2025, 9, 4), True),
    ("same day, datetime", "2025-09-04", dt.datetime(2025, 9, 4, 23, 59), True),
    ("own calendar day of an aware datetime", "2025-09-04",
     dt.datetime(2025, 9, 4, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), True),
    ("iso string", "2025-09-04", "2025-09-04T10:00:00+00:00", True),
    ("next day", "2025-09-04", dt.date(2025, 9, 5), False),
    ("other year", "2025-09-04", dt.date(2024, 9, 4), False),
    ("month-only gold, same month", "2025-09", dt.date(2025, 9, 30), True),
    ("month-only gold, other month", "2025-09", dt.datetime(2025, 10, 1, tzinfo=UTC), False),
    ("no output", "2025-09-04", None, False),
    ("unparsable output", "2025-09-04", "yesterday", False),
    ("no gold", None, dt.date(2025, 9, 4), False),
]  # fmt: skip


@pytest.mark.parametrize(("label", "gold", "output", "expected"), DATE_CASES)
def test_same_day(label: str, gold: str | None, output: Any, expected: bool) -> None:
    assert metrics.same_day(gold, output) is expected, label


# --- authors ------------------------------------------------------------------------------

AUTHOR_CASES: list[tuple[str, Any, set[str]]] = [
    ("single", "Andrew King", {"andrew king"}),
    ("by and", "By Jane Doe and John Smith", {"jane doe", "john smith"}),
    ("by colon", "BY: Jane  Doe", {"jane doe"}),
    ("commas and ampersand", "Rui Ma, Heba Ledwon & Suparn Patra",
     {"rui ma", "heba ledwon", "suparn patra"}),
    ("semicolon", "A. One; B. Two", {"a. one", "b. two"}),
    ("oxford comma", "Ann Lee, Bo Chan, and Cy Dee", {"ann lee", "bo chan", "cy dee"}),
    ("trailing marks", "Kaufman, Jeff T.", {"kaufman", "jeff t"}),
    ("german", "Von Max Müller und Erika Mustermann", {"max müller", "erika mustermann"}),
    ("french", "Par Jean Dupont et Marie Curie", {"jean dupont", "marie curie"}),
    ("spanish", "Por Juan Pérez y Ana López", {"juan pérez", "ana lópez"}),
    ("names containing separators", "Andy Etienne, Byron Sandy",
     {"andy etienne", "byron sandy"}),
    ("list of names", ["Jane Doe", "JOHN\u00a0SMITH"], {"jane doe", "john smith"}),
    ("list element with two names", ["Jane Doe and John Smith"], {"jane doe", "john smith"}),
    ("empty parts dropped", "Jane Doe, , ", {"jane doe"}),
    ("none", None, set()),
]  # fmt: skip


@pytest.mark.parametrize(("label", "byline", "expected"), AUTHOR_CASES)
def test_author_set(label: str, byline: Any, expected: set[str]) -> None:
    assert metrics.author_set(byline) == expected, label


def test_same_authors() -> None:
    assert metrics.same_authors("By Jane Doe & John Smith", ["John Smith", "Jane Doe"])
    assert not metrics.same_authors("Jane Doe & John Smith", ["Jane Doe"])
    assert not metrics.same_authors(None, [])
    assert not metrics.same_authors("Jane Doe", None)


# --- end to end on a fake bench folder ----------------------------------------------------


def _write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


BODY_1 = "The council approved the new budget on Monday after a long debate."
BODY_2 = "Best deals this week on phones and laptops from every store."
BODY_AEB = "Gaming used to be so simple. We bought a game and played it."


@pytest.fixture
def fake_bench(tmp_path: Path) -> Path:
    """Two WCXB pages (an article and a listing) and one AEB page, every input kind."""
    wcxb = tmp_path / "wcxb-dev"
    files = {
        "0001": {"split": "dev", "page_type": "article", "domain": "a.example", "spa": False},
        "0002": {"split": "dev", "page_type": "listing", "domain": "b.example", "spa": False},
    }
    _write(wcxb / "metadata.json", json.dumps({"name": "fake", "files": files}))
    golds = {
        "0001": ("Budget passes", "By Ann Lee and Bo Chan", "2025-03-02", BODY_1),
        "0002": ("Deals", None, None, BODY_2),
    }
    for page_id, (title, author, date, body) in golds.items():
        record = {
            "url": f"https://example.com/{page_id}",
            "file_id": page_id,
            "_internal": {"page_type": {"primary": files[page_id]["page_type"]}},
            "ground_truth": {
                "title": title,
                "author": author,
                "publish_date": date,
                "main_content": body,
            },
        }
        _write(wcxb / "ground-truth" / f"{page_id}.json", json.dumps(record))
        _write_gz(wcxb / "html" / f"{page_id}.html.gz", f"<html><p>{body}</p></html>")
        _write(wcxb / "text" / "lines" / f"{page_id}.txt", f"Home\n\nMenu\n\n{body}\n\nShare\n")
        _write(wcxb / "text" / "markdown" / f"{page_id}.txt", f"[Home](/)\n\n{body}\n")
    aeb = tmp_path / "aeb"
    aeb_id = "0ab1"
    truth = {aeb_id: {"articleBody": BODY_AEB, "url": "https://news.example/x"}}
    _write(aeb / "ground-truth.json", json.dumps(truth))
    _write_gz(aeb / "html" / f"{aeb_id}.html.gz", f"<html><p>{BODY_AEB}</p></html>")
    _write(aeb / "text" / "lines" / f"{aeb_id}.txt", f"Sign in\n\n{BODY_AEB}\n")
    _write(aeb / "text" / "markdown" / f"{aeb_id}.txt", f"# Site\n\n{BODY_AEB}\n")
    return tmp_path


def test_loader_reads_pages_and_gold(fake_bench: Path) -> None:
    articles = quality.load_set(fake_bench, "wcxb-dev", "lines")
    assert [p.page_id for p in articles] == ["0001"]
    page = articles[0]
    assert page.url == "https://example.com/0001"
    assert page.content.startswith("Home")
    assert (page.gold_title, page.gold_author, page.gold_date) == (
        "Budget passes",
        "By Ann Lee and Bo Chan",
        "2025-03-02",
    )
    every = quality.load_set(fake_bench, "wcxb-dev", "html", all_page_types=True)
    assert [p.page_type for p in every] == ["article", "listing"]
    assert every[1].content == f"<html><p>{BODY_2}</p></html>"
    assert every[1].gold_author is None
    assert len(quality.load_set(fake_bench, "wcxb-dev", "markdown", True, limit=1)) == 1
    aeb = quality.load_set(fake_bench, "aeb", "markdown")
    assert aeb[0].gold_body == BODY_AEB
    assert aeb[0].gold_title is None


def test_unchanged_peer_end_to_end(fake_bench: Path) -> None:
    pages = quality.load_set(fake_bench, "aeb", "lines")
    report = quality.run_system(quality.make_unchanged(), pages, "lines")
    assert report.errors == 0
    assert report.body.recall == 1.0
    # "Sign in" adds 2 tokens, hence 2 shingles that the gold does not have.
    n_gold = len(metrics.tokenize(BODY_AEB)) - 3
    assert report.body.precision == pytest.approx(n_gold / (n_gold + 2))
    assert report.title is None  # aeb has no metadata gold


def test_failing_system_scores_empty_and_counts_errors(fake_bench: Path) -> None:
    def boom(page: quality.Page) -> quality.Output:
        raise RuntimeError("not yet")

    pages = quality.load_set(fake_bench, "wcxb-dev", "lines", all_page_types=True)
    system = quality.System("broken", boom, has_title=True, has_date=True, has_authors=True)
    report = quality.run_system(system, pages, "lines")
    assert report.errors == 2
    assert report.body.precision is None
    assert report.body.recall == 0.0
    assert report.title is not None and (report.title.correct, report.title.n) == (0, 2)
    assert report.authors is not None
    assert (report.authors.n, report.authors.absent, report.authors.spurious) == (1, 1, 0)
    assert "broken" in quality.format_reports("wcxb-dev", pages, [report])


def test_systems_run_interleaved_alternating_who_goes_first(fake_bench: Path) -> None:
    """Each page runs every system back to back; the first and second swap every page."""
    calls: list[str] = []

    def system(name: str) -> quality.System:
        def run(page: quality.Page) -> quality.Output:
            calls.append(f"{name}:{page.page_id}")
            return quality.Output(body=page.gold_body)

        return quality.System(name, run)

    pages = quality.load_set(fake_bench, "wcxb-dev", "lines", all_page_types=True)
    reports = quality.run_systems([system("a"), system("b")], pages, "lines")
    first, second = (p.page_id for p in pages)
    warm_up = [f"a:{first}", f"b:{first}"]
    assert calls == [*warm_up, f"a:{first}", f"b:{first}", f"b:{second}", f"a:{second}"]
    assert [r.system for r in reports] == ["a", "b"]
    assert all(len(r.pages) == 2 and r.body.f1 == 1.0 for r in reports)
    assert [s.name for s in quality.page_order([system("x"), system("y"), system("z")], 1)] == [
        "z",
        "y",
        "x",
    ]


def test_main_with_stand_in_newsclean(
    fake_bench: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Drive the newsclean adapter with a test double (never a committed fake package)."""

    def clean(text: str, url: str | None = None, format: str | None = None) -> Any:
        assert format == "text"
        body = BODY_1 if "council" in text else text
        authors = ["Ann Lee", "Bo Chan"] if "council" in text else ["Someone"]
        return types.SimpleNamespace(
            paragraphs=[body],
            text=body,
            title="Budget Passes." if "council" in text else "Deals",
            date=dt.datetime(2025, 3, 2, 8, 0),
            authors=authors,
        )

    monkeypatch.setitem(sys.modules, "newsclean", types.SimpleNamespace(clean=clean))
    out = tmp_path / "out.json"
    argv = [str(fake_bench), "--input", "lines", "--peers", "unchanged", "--all-page-types"]
    assert quality.main([*argv, "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "wcxb-dev" in printed and "aeb" in printed
    data = json.loads(out.read_text())
    nc = data["sets"]["wcxb-dev"]["systems"]["newsclean"]
    assert nc["errors"] == 0
    assert nc["title"]["accuracy"] == 1.0 and nc["title"]["n"] == 2
    assert (nc["date"]["correct"], nc["date"]["n"], nc["date"]["spurious"]) == (1, 1, 1)
    assert (nc["authors"]["correct"], nc["authors"]["spurious"]) == (1, 1)
    assert data["sets"]["wcxb-dev"]["systems"]["unchanged"]["body"]["recall"] == 1.0


def test_peer_input_mismatch_is_refused(fake_bench: Path) -> None:
    assert quality.main([str(fake_bench), "--input", "lines", "--peers", "trafilatura"]) == 2


def test_html_fragment_to_text_separates_blocks() -> None:
    text = quality.html_fragment_to_text("<div><p>First one.</p><p>Second<br>line</p></div>")
    assert text == "First one.\n\nSecond line"
    assert (
        quality.lines_to_html("a < b\n\n x ") == "<html><body><p>a &lt; b</p><p>x</p></body></html>"
    )


# --- optional: the real bench -------------------------------------------------------------


def _real_bench() -> Path | None:
    env = os.environ.get("NEWSCLEAN_BENCH")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT.parent / "shared" / "bench")
    for path in candidates:
        if (path / "wcxb-dev" / "metadata.json").is_file() and (path / "aeb").is_dir():
            return path
    return None


def test_real_bench_unchanged_dump_smoke() -> None:
    bench = _real_bench()
    if bench is None:
        pytest.skip("no bench folder (set NEWSCLEAN_BENCH or put it at ../shared/bench)")
    for set_name in quality.SETS:
        pages = quality.load_set(bench, set_name, "lines", limit=20)
        assert len(pages) == 20
        report = quality.run_system(quality.make_unchanged(), pages, "lines")
        # The raw dump keeps nearly all of the body and a lot besides.
        assert report.body.recall is not None and report.body.recall > 0.9
        assert report.body.precision is not None and 0.2 < report.body.precision < 0.95

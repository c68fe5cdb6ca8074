"""The date ceiling script (benchmarks/date_reach.py): its detector and its counts.

The detector decides which gold days count as "in the input", so each format it accepts and
the near misses it must refuse are pinned here on hand-made strings. Nothing here needs the
shared bench.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import date_reach  # noqa: E402
import quality  # noqa: E402

# (label, text, gold "YYYY-MM-DD" or "YYYY-MM", rule expected to find it or None)
CASES: list[tuple[str, str, str, str | None]] = [
    ("iso with time", "Posted 2024-06-07T10:00:00+02:00", "2024-06-07", "numeric"),
    ("d.m.y", "Stand: 07.06.2024, 10:00 Uhr", "2024-06-07", "numeric"),
    ("m/d/yy", "Updated 6/7/24 at noon", "2024-06-07", "numeric"),
    ("d. m. y with spaces", "7. 6. 2024", "2024-06-07", "numeric"),
    ("url y/m/d", "https://news.example/2024/06/07/rain", "2024-06-07", "numeric"),
    ("a bullet as separator", "2024•06•07", "2024-06-07", "numeric"),
    ("compact in a url", "https://news.example/20240607-rain", "2024-06-07", "compact"),
    ("compact time stamp", "id=20240607103000", "2024-06-07", "compact"),
    ("chinese", "发布时间：2024年6月7日 10:00", "2024-06-07", "cjk"),
    ("korean", "입력 2024년 6월 7일", "2024-06-07", "cjk"),
    ("english", "By Ann Lee | June 7, 2024", "2024-06-07", "month-name"),
    ("english ordinal", "7th of June 2024", "2024-06-07", "month-name"),
    ("german", "Freitag, 7. Juni 2024", "2024-06-07", "month-name"),
    ("russian", "7 июня 2024 г.", "2024-06-07", "month-name"),
    ("arabic", "7 يونيو 2024", "2024-06-07", "month-name"),
    ("byline glued to the month", "by Ann LeeJune 7, 2024", "2024-06-07", "month-name"),
    ("year glued to the next number", "Jun 7, 20245 mins read", "2024-06-07", "month-name"),
    ("polish: any month name", "7 czerwca 2024", "2024-06-07", "day-near-year"),
    ("greek: any script", "7 Ιουνίου 2024", "2024-06-07", "day-near-year"),
    ("unix seconds in a link", "photo.jpg?v=1717718400", "2024-06-07", "unix-time"),
    ("unix ms, late on the day", "/1717804799000-photo.jpg", "2024-06-07", "unix-time"),
    ("month gold, numeric", "archive 2003-11", "2003-11", "numeric"),
    ("month gold, name", "November 2003 issue", "2003-11", "month-name"),
    ("month gold, cjk", "2003年11月", "2003-11", "cjk"),
    # negatives
    ("another day", "June 8, 2024", "2024-06-07", None),
    ("another year", "June 7, 2023 and 7.6.23", "2024-06-07", None),
    ("yearless", "Jun 7 · 4 min read", "2024-06-07", None),
    ("year far from the date", "June 7" + " " * 40 + "2024", "2024-06-07", None),
    ("day far from the year", "7 " + "x" * 30 + " 2024", "2024-06-07", None),
    ("a digit between day and year", "7 items, 3 of 2024", "2024-06-07", None),
    ("two separators", "2024-06/07", "2024-06-07", None),
    ("a time, not a date", "at 07:06:24", "2024-06-07", None),
    ("upload folder, not a day", "uploads/2024/07/photo.jpg", "2024-07-07", None),
    ("a list number after the year", "Best of 2024\n\n7. Rain", "2024-06-07", None),
    ("compact, another day", "https://news.example/20240608-rain", "2024-06-07", None),
    ("unix seconds two days later", "photo.jpg?v=1717891200", "2024-06-07", None),
    ("month gold, other month", "October 2003", "2003-11", None),
]


@pytest.mark.parametrize(("label", "text", "gold", "expected"), CASES)
def test_find_rule(label: str, text: str, gold: str, expected: str | None) -> None:
    parsed = date_reach.metrics.parse_gold_date(gold)
    assert parsed is not None
    assert date_reach.find_rule(date_reach.ascii_digits(text), *parsed) == expected, label


def test_other_scripts_digits_are_read() -> None:
    assert date_reach.ascii_digits("٢٠٢٤-٠٦-٠٧ ２０２４年") == "2024-06-07 2024年"
    assert date_reach.find_rule(date_reach.ascii_digits("٢٠٢٤/٠٦/٠٧"), 2024, 6, 7) == "numeric"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 7 · 4 min read", "yearless"),
        ("7 juin", "yearless"),
        ("6月7日", "yearless"),
        ("June 8, 2024", "day +-1"),
        ("2024-06-06T23:30", "day +-1"),
        ("Nothing dated here, 2024", None),
    ],
)
def test_near_miss(text: str, expected: str | None) -> None:
    assert date_reach.near_miss(text, 2024, 6, 7) == expected


def _page(page_id: str, content: str, gold: str, url: str | None = None) -> quality.Page:
    return quality.Page("wcxb-dev", page_id, url, "article", content, "", gold_date=gold)


def test_reach_page_reads_the_url_and_scores_the_date() -> None:
    page = _page("a", "no date in the text", "2024-06-07", "https://x.example/2024/06/07/y")
    row = date_reach.reach_page(page, "2024-06-07T09:00")
    assert (row.correct, row.rule, row.near, row.newsclean) == (
        True, "numeric", None, "2024-06-07T09:00",
    )  # fmt: skip
    row = date_reach.reach_page(_page("b", "Jun 7", "2024-06-07"), None)
    assert (row.correct, row.rule, row.near, row.newsclean) == (False, None, "yearless", None)


def test_summarise_and_report() -> None:
    row = date_reach.PageReach
    rows = [
        row("1", "2024-06-07", "2024-06-07", True, "month-name"),
        row("2", "2024-06-07", "2024-06-07", True, "numeric"),
        row("3", "2024-06-07", None, False, "month-name"),
        row("4", "2024-06-07", "2023-01-01", False, None, "yearless"),
        row("5", "2024-06-07", None, False, None, "day +-1"),
        row("6", "2024-06-07", "2024-06-07", True, None),  # right by luck or a missed format
        row("7", "2024-06-07", None, False, None),
        row("8", "2024-06", None, False, "numeric"),
    ]
    reach = date_reach.summarise(rows)
    assert (reach.pages, reach.correct, reach.recoverable) == (8, 3, 4)
    assert reach.correct_recoverable == 2
    assert (reach.missed_recoverable, reach.missed_not_recoverable) == (2, 3)
    assert reach.rules == {"month-name": 2, "numeric": 2}
    assert reach.near == {"yearless": 1, "day +-1": 1}
    text = date_reach.format_reach(reach, "lines")
    assert "newsclean correct:                  3/8 = 0.375" in text
    assert "gold day recoverable (the ceiling): 4/8 = 0.500" in text
    assert "newsclean correct among recoverable: 2/4 = 0.500" in text
    assert "newsclean correct, not recoverable: 1" in text
    assert "misses: 5 = recoverable 2 + not recoverable 3" in text
    misses = date_reach.format_misses(rows)
    assert "- (yearless)" in misses and "\n6 " not in misses and len(misses.splitlines()) == 6


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_main_on_a_one_page_bench(tmp_path: Path, capsys: Any) -> None:
    wcxb = tmp_path / "wcxb-dev"
    files = {"0001": {"page_type": "article"}, "0002": {"page_type": "article"}}
    _write(wcxb / "metadata.json", json.dumps({"files": files}))
    for page_id, date in (("0001", "2025-03-02"), ("0002", None)):
        gold = {"title": "Budget passes", "publish_date": date, "main_content": "x"}
        record = {"url": f"https://example.com/{page_id}", "ground_truth": gold}
        _write(wcxb / "ground-truth" / f"{page_id}.json", json.dumps(record))
        body = "The council approved the new budget on Monday after a long debate. " * 3
        text = f"Budget passes\n\nBy Ann Lee\n\nMarch 2, 2025\n\n{body}\n"
        _write(wcxb / "text" / "lines" / f"{page_id}.txt", text)
    out = tmp_path / "out.json"
    assert date_reach.main([str(tmp_path), "--input", "lines", "--json", str(out)]) == 0
    assert "1 article pages with a gold date" in capsys.readouterr().out
    data = json.loads(out.read_text())
    assert data["summary"]["recoverable"] == 1
    assert [p["rule"] for p in data["pages"]] == ["month-name"]

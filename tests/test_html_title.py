"""The HTML path's title: which candidate is the headline (cases in cases/html_titles.json)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsclean
from tests.conftest import CASES
from tests.conftest import HTML_PROSE as BODY

TITLE_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "html_titles.json").read_text(encoding="utf-8")
)


def _page(case: dict[str, Any]) -> str:
    headings = "".join(f"<h1>{h}</h1>" for h in case.get("h1s", []))
    return (
        f"<!DOCTYPE html><html><head>{case['head']}</head><body>{case.get('before', '')}"
        f"<article>{headings}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize("case", TITLE_CASES, ids=[c["label"] for c in TITLE_CASES])
def test_title_cases(case: dict[str, Any]) -> None:
    article = newsclean.clean(_page(case), url=case.get("url"), format="html")
    assert (article.title, article.provenance.get("title")) == (case["title"], case["provenance"])


def test_the_header_is_read_under_the_printed_headline_when_the_slug_sets_it_aside() -> None:
    head = '<meta property="og:title" content="How to Start an LLC in New York">'
    body = (
        "<h1>Form your New York LLC today</h1><p>By Ann Lee · May 2, 2025</p>"
        f"{BODY}<h2>How to Start an LLC in New York</h2><p>June 9, 2024</p>"
    )
    page = f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"
    url = "https://law.example.com/articles/how-to-start-an-llc-in-new-york"
    article = newsclean.clean(page, url=url, format="html")
    assert article.title == "How to Start an LLC in New York"
    assert article.date is not None and article.date.date().isoformat() == "2025-05-02"

"""The documentation site's navigation covers every page and every cleaner.

The site itself is built with ``mkdocs build --strict`` in ``.ci/run`` (docs extra); this test
only needs the files, so a page added to ``docs/`` but forgotten in ``mkdocs.yml`` fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsclean import CLEANERS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NAV_ENTRY = re.compile(r"^\s*-\s*(?:[^:\n]+:\s*)?([\w./-]+\.md)\s*$", re.MULTILINE)


def nav_pages() -> list[str]:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") :]
    return NAV_ENTRY.findall(nav)


def test_every_docs_page_is_in_the_navigation() -> None:
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    listed = nav_pages()
    assert len(listed) == len(set(listed)), "a page is listed twice in mkdocs.yml"
    assert pages - set(listed) == set(), "pages missing from the nav in mkdocs.yml"
    assert set(listed) - pages == set(), "nav entries in mkdocs.yml without a page"


def test_every_cleaner_has_a_page_in_the_navigation() -> None:
    listed = set(nav_pages())
    missing = [name for name in CLEANERS if f"cleaners/{name}.md" not in listed]
    assert missing == []


def test_the_api_reference_covers_the_public_api() -> None:
    import newsclean

    api = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: newsclean\.(\w+)", api, re.MULTILINE))
    public = set(newsclean.__all__) - {"__version__"}
    assert public - documented == set()

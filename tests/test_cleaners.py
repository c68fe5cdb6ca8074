"""Each cleaner on its own, driven by cases in tests/cases/cleaners.json.

A case gives a page, the blocks that must go (with the reason code they must be recorded
with), the blocks that must stay, and for repairing cleaners the repair reasons expected.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsclean import CLEANERS
from newsclean.blocks import split_blocks
from newsclean.document import Document, InputFormat
from tests.conftest import CASES

CLEANER_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "cleaners.json").read_text(encoding="utf-8")
)


def _run(case: dict[str, Any]) -> Document:
    fmt = InputFormat(case.get("format", "text"))
    blocks = split_blocks(case["page"], markdown=fmt is InputFormat.MARKDOWN)
    return CLEANERS[case["cleaner"]](Document(blocks=tuple(blocks), format=fmt))


@pytest.mark.parametrize(
    "case", CLEANER_CASES, ids=[f"{c['cleaner']}:{c['label']}" for c in CLEANER_CASES]
)
def test_cleaner_case(case: dict[str, Any]) -> None:
    doc = _run(case)
    removed = {r.text: r.reason for r in doc.removed}
    for text, reason in case.get("go", {}).items():
        assert removed.get(text) == reason, f"{text!r} should be removed as {reason}"
        assert all(r.cleaner == case["cleaner"] for r in doc.removed)
    kept = [b.text for b in doc.blocks]
    for text in case.get("stay", []):
        assert text in kept, f"{text!r} should stay; kept: {kept}"
    if "repaired" in case:
        assert [r.reason for r in doc.repaired] == case["repaired"]


@pytest.mark.parametrize("name", list(CLEANERS))
def test_cleaner_never_mutates_its_input(name: str) -> None:
    blocks = split_blocks(
        "Title here now\n\nShare\n\nA paragraph of body text, long enough.", markdown=False
    )
    doc = Document(blocks=tuple(blocks), format=InputFormat.TEXT)
    before = (doc.blocks, doc.metadata, doc.removed)
    CLEANERS[name](doc)
    assert (doc.blocks, doc.metadata, doc.removed) == before


def test_removed_records_name_the_cleaner_that_removed() -> None:
    for case in CLEANER_CASES:
        for record in _run(case).removed:
            assert record.cleaner == case["cleaner"]
            assert record.reason.isidentifier() and record.reason == record.reason.lower()

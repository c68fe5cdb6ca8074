"""The fuzz harness itself runs on every seed in every mode (so it cannot rot unnoticed)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
from fuzz_clean import page_from
from fuzz_clean import test_one_input as fuzz_one_input

SEEDS = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("mode", range(5))
def test_harness_accepts_every_seed(mode: int) -> None:
    for seed in SEEDS:
        fuzz_one_input(bytes([mode]) + seed.read_bytes())


def test_modes() -> None:
    assert page_from(b"") == (b"", {})
    assert page_from(b"\x00abc") == (b"abc", {})
    assert page_from(b"\x02abc") == ("abc", {"format": "text"})
    assert page_from(b"\x01\xff") == ("\udcff", {})
    assert str(page_from(b"\x04abc")[0]).startswith("<!DOCTYPE html>")

"""The per-cleaner timing script: every cleaner is timed and the parts add up (no bench needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import steps  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402

PAGE = (
    "Home | News | Sport\n"
    "Rain due in the valley\n"
    "By Ann Lee\n"
    "The river rose two metres overnight after three days of rain, and the town's mayor said "
    "the dykes would hold if the weather turned by Thursday as forecast.\n"
    "Farmers moved their herds to higher ground on Tuesday, and the school closed early.\n"
    "Share on Facebook\n"
)


def test_every_cleaner_is_timed_and_the_parts_add_up() -> None:
    times = steps.time_steps([(PAGE, "https://example.com/news/rain"), ("", None)], "text")
    assert times.pages == 2  # the empty page raises and is still counted
    assert list(times.steps) == list(Pipeline().names)
    assert times.total > 0
    assert times.outside == pytest.approx(times.total - sum(times.steps.values()))
    text = steps.report(times, ftfy_seconds=times.total / 2)
    for name in Pipeline().names:
        assert name in text
    assert "throughput newsclean/ftfy: 0.500" in text


def test_a_missing_bench_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        steps.main([str(tmp_path), "--input", "lines"])
    assert exit_info.value.code == 2

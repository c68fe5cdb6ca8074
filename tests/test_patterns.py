"""Pattern data stays consistent with the code that uses it."""

from __future__ import annotations

import pytest

from newsclean.patterns import chrome


@pytest.mark.parametrize("group", sorted(chrome.CONTAINS))
def test_every_contains_pattern_names_a_trigger_of_its_group(group: str) -> None:
    triggers = chrome.CONTAINS_TRIGGERS[group]
    for fragment in chrome.CONTAINS[group]:
        source = fragment.casefold().replace("\\", "")
        assert any(t in source for t in triggers), f"{fragment!r} has none of {triggers}"


def test_trigger_groups_match_pattern_groups() -> None:
    assert set(chrome.CONTAINS_TRIGGERS) == set(chrome.CONTAINS)

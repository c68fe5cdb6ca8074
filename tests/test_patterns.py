"""Pattern data stays consistent with the code that uses it."""

from __future__ import annotations

from typing import Any

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


def _every_match(pattern: str) -> set[str]:
    """Every string a small, finite pattern (literals, groups, alternations, character sets,
    optional parts, ``\\b``) can match; anything else fails the test that uses it."""
    from re import _parser  # type: ignore[attr-defined]

    def strings(items: list[tuple[Any, Any]]) -> set[str]:
        out = {""}
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                options = {chr(arg)}
            elif name == "AT":
                options = {""}  # \b and friends take no characters
            elif name == "SUBPATTERN":
                options = strings(list(arg[-1]))
            elif name == "BRANCH":
                options = set().union(*(strings(list(b)) for b in arg[1]))
            elif name == "IN":
                assert all(str(o) == "LITERAL" for o, _ in arg), pattern
                options = {chr(c) for _, c in arg}
            elif name == "MAX_REPEAT" and arg[:2] == (0, 1):
                options = {""} | strings(list(arg[2]))
            else:
                raise AssertionError(f"{pattern!r}: {name} is not handled here")
            out = {done + more for done in out for more in options}
        return out

    return strings(list(_parser.parse(pattern)))


@pytest.mark.parametrize("pattern", chrome.LEGAL_SENTENCES)
def test_every_legal_sentence_match_holds_a_trigger(pattern: str) -> None:
    matches = _every_match(pattern)
    assert matches
    for text in matches:
        assert any(t in text.casefold() for t in chrome.LEGAL_SENTENCE_TRIGGERS), text


def test_legal_sentence_triggers_have_no_letter_that_ignoring_case_widens() -> None:
    # The sentences are searched ignoring case, where "i" also matches "ı" (a case-folded
    # letter of its own): a trigger holding such a letter could miss a match.
    import re
    import sys

    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    folded = "".join(c for c in every if c.casefold() == c)
    assert re.findall("i", folded, re.IGNORECASE) == ["i", "ı"]  # what this test looks for
    for letter in set("".join(chrome.LEGAL_SENTENCE_TRIGGERS)):
        assert re.findall(re.escape(letter), folded, re.IGNORECASE) == [letter], letter

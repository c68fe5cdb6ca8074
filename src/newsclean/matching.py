"""Helpers that turn phrase lists from :mod:`newsclean.patterns` into fast matchers.

Blocks are compared in a normal form (case folded, spaces collapsed, surrounding punctuation
trimmed) so that "Share:", " SHARE " and "share »" all meet the phrase "share".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any

WHITE_SPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""The Unicode White_Space set (what ``\\s`` means to the ``regex`` module) as the inside of a
character class, for patterns written for the standard library's engine: its ``\\s`` also
takes the separators \\x1c-\\x1f. (tests/test_fast_paths.py checks it against ``regex``.)"""

_EDGE_PUNCT = " \t\u00a0.:;,!|•·»«›‹–—/\\*#>()[]\"'“”‘’"
# Token separators for share bars; character classes only, so the standard library's engine
# serves (about three times as fast as ``regex`` here; it runs on every block).
_SEPARATOR_CHARS = WHITE_SPACE + r"|•·/,;:»«›‹–—()\[\]"
_SEPARATORS = re.compile(f"[{_SEPARATOR_CHARS}]+")
# Anchored: only ever used at the start (a leading run of separators is skipped once; without
# the anchor a search would rescan that run from every position).
_FIRST_TOKEN = re.compile(f"^[{_SEPARATOR_CHARS}]*([^{_SEPARATOR_CHARS}]+)")


def normal_form(text: str) -> str:
    """Case-folded text with single spaces and no punctuation at either end.

    >>> normal_form("  Share this:  ")
    'share this'
    """
    folded = text.casefold()
    # Printable text holds no whitespace but the plain space (tabs, newlines and exotic spaces
    # are not printable): without a double space, splitting and joining would change nothing.
    if folded.isprintable() and "  " not in folded:
        return folded.strip(_EDGE_PUNCT)
    return " ".join(folded.split()).strip(_EDGE_PUNCT)


def phrase_set(phrases: Iterable[str]) -> frozenset[str]:
    """The normal forms of ``phrases``, for exact whole-block lookups."""
    return frozenset(normal_form(p) for p in phrases)


def any_of(fragments: Iterable[str], *, anchored: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the fragments (optionally the whole text).

    Phrase patterns are plain alternations, so the standard library's engine serves (it is
    several times faster than ``regex`` on them, and linear: no nested quantifiers).
    """
    body = "|".join(f"(?:{f})" for f in fragments)
    if anchored:
        body = rf"^(?:{body})$"
    return re.compile(body, re.IGNORECASE)


def literal_alternation(literals: Iterable[str]) -> re.Pattern[str]:
    """A case-sensitive pattern matching the longest of ``literals`` at each position.

    The same matches as the alternation of the literals sorted longest first, written as a
    trie (``co(?:okie|pyright)``) so that the engine tries a handful of branches per position
    instead of every literal: a third faster on short blocks for 52 literals.

    >>> literal_alternation(["mail", "email", "mailbox", "cookie", "copyright"]).pattern
    '(?:co(?:okie|pyright)|email|mail(?:box)?)'
    >>> literal_alternation(["mail", "e-mail", "mailbox"]).findall("e-mail the mailbox")
    ['e-mail', 'mailbox']
    """
    trie: dict[str, dict[str, Any]] = {}
    for literal in literals:
        if not literal:
            raise ValueError("an empty literal would match everywhere")
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict[str, Any]) -> str:
    # Children differ in their first character, so at most one of them can match: their order
    # does not matter. A literal ending at this node makes the rest optional, with a greedy "?"
    # (tried before stopping), so the longest literal wins as in the longest-first alternation.
    ends = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1:
        return f"(?:{branches[0]})?" if ends else branches[0]
    return "(?:" + "|".join(sorted(branches)) + (")?" if ends else ")")


def token_run(text: str, vocabulary: frozenset[str], *, max_tokens: int) -> bool:
    """True when ``text`` is nothing but words from ``vocabulary`` (pairs like "copy link" too).

    >>> vocabulary = frozenset({"facebook", "twitter", "whatsapp"})
    >>> token_run("Facebook | Twitter  WhatsApp", vocabulary, max_tokens=8)
    True
    """
    first = _FIRST_TOKEN.match(text)
    if first is None or first.group(1).casefold() not in _first_words(vocabulary):
        return False  # most blocks are turned away here, before the split
    words = [w for w in _SEPARATORS.split(text.casefold()) if w]
    if not words or len(words) > max_tokens:
        return False
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in vocabulary:
            i += 2
        elif words[i] in vocabulary:
            i += 1
        else:
            return False
    return True


def texts_matching(pattern: re.Pattern[str], texts: Sequence[str]) -> list[int]:
    """The indices of ``texts`` in which ``pattern`` finds a match, in order.

    The texts are searched as one page (joined by line breaks): on a page of a few hundred
    short blocks, a Python loop calling ``search`` once per block costs more than the
    searches themselves. ``pattern`` must match no line break and look around none, so that
    each match stands inside one text, as it would have been found there.

    >>> texts_matching(re.compile(r"\\d{4}"), ["Headline", "June 7, 2025", "", "in 1999"])
    [1, 3]
    """
    page = "\n".join(texts)
    # ends[i]: where the text after texts[i] starts in the page
    ends = list(accumulate(len(text) + 1 for text in texts))
    found: list[int] = []
    match = pattern.search(page)
    while match is not None:
        index = bisect_right(ends, match.start(), found[-1] if found else 0)
        found.append(index)
        if index + 1 >= len(texts):
            break
        match = pattern.search(page, ends[index])  # the next text: one hit per text is enough
    return found


@functools.lru_cache(maxsize=16)
def _first_words(vocabulary: frozenset[str]) -> frozenset[str]:
    """The words a run over ``vocabulary`` can start with (the first of each pair too).

    Cached per vocabulary: the phrase sets are module constants, so this is computed once.
    """
    return frozenset(phrase.split()[0] for phrase in vocabulary if phrase)

"""Helpers that turn phrase lists from :mod:`newsclean.patterns` into fast matchers.

Blocks are compared in a normal form (case folded, spaces collapsed, surrounding punctuation
trimmed) so that "Share:", " SHARE " and "share »" all meet the phrase "share".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import regex

_EDGE_PUNCT = " \t\u00a0.:;,!|•·»«›‹–—/\\*#>()[]\"'“”‘’"
_SEPARATORS = regex.compile(r"[\s|•·/,;:»«›‹–—()\[\]]+")


def normal_form(text: str) -> str:
    """Case-folded text with single spaces and no punctuation at either end.

    >>> normal_form("  Share this:  ")
    'share this'
    """
    return " ".join(text.casefold().split()).strip(_EDGE_PUNCT)


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


def labelled(groups: Mapping[str, Iterable[str]]) -> re.Pattern[str]:
    """One pattern for several labelled phrase groups; ``match.lastgroup`` is the label.

    One search per text instead of one per group.
    """
    body = "|".join(
        f"(?P<{label}>{'|'.join(f'(?:{f})' for f in fragments)})"
        for label, fragments in groups.items()
    )
    return re.compile(body, re.IGNORECASE)


def token_run(text: str, vocabulary: frozenset[str], *, max_tokens: int) -> bool:
    """True when ``text`` is nothing but words from ``vocabulary`` (pairs like "copy link" too).

    >>> vocabulary = frozenset({"facebook", "twitter", "whatsapp"})
    >>> token_run("Facebook | Twitter  WhatsApp", vocabulary, max_tokens=8)
    True
    """
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

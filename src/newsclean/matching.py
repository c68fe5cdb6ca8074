"""Helpers that turn phrase lists from :mod:`newsclean.patterns` into fast matchers.

Blocks are compared in a normal form (case folded, spaces collapsed, surrounding punctuation
trimmed) so that "Share:", " SHARE " and "share »" all meet the phrase "share".
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_SPACES = regex.compile(r"\s+")
_EDGE_PUNCT = " \t\u00a0.:;,!|•·»«›‹–—/\\*#>()[]\"'“”‘’"
_SEPARATORS = regex.compile(r"[\s|•·/,;:»«›‹–—()\[\]]+")


def normal_form(text: str) -> str:
    """Case-folded text with single spaces and no punctuation at either end.

    >>> normal_form("  Share this:  ")
    'share this'
    """
    return _SPACES.sub(" ", text.casefold()).strip(_EDGE_PUNCT)


def phrase_set(phrases: Iterable[str]) -> frozenset[str]:
    """The normal forms of ``phrases``, for exact whole-block lookups."""
    return frozenset(normal_form(p) for p in phrases)


def any_of(fragments: Iterable[str], *, anchored: bool = False) -> regex.Pattern[str]:
    """One case-insensitive regex matching any of the fragments (optionally the whole text)."""
    body = "|".join(f"(?:{f})" for f in fragments)
    if anchored:
        body = rf"^(?:{body})$"
    return regex.compile(body, regex.IGNORECASE | regex.VERSION1)


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

"""Cheap facts about a block's text that several cleaners judge by.

Kept in one place so that "is this prose?" means the same thing to every cleaner. The thresholds
are calibrated on the development benchmark (see docs/benchmark.md) and the seed pages.
"""

from __future__ import annotations

import re

import regex

from newsclean.blocks import Block, BlockKind

_WORD = re.compile(r"\w+")  # str patterns in ``re`` are Unicode-aware
# Sentence end: terminal punctuation, optionally followed by closing quotes/brackets.
_SENTENCE_END = regex.compile(r"[.!?…。！？؟][\"'”’»)\]]*$")
_ELLIPSIS_END = regex.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*$")
_CLOSING_PUNCT_NOT_TITLE = regex.compile(r"[.:;,]$")

PROSE_MIN_WORDS = 8
"""A block needs this many words to count as prose (seed pages: shortest body paragraph has 12)."""
PROSE_UNPUNCTUATED_MIN_WORDS = 20
"""Without a sentence end, a block still counts as prose from this many words (truncated text)."""
PROSE_MAX_LINK_DENSITY = 0.5
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250


def word_count(text: str) -> int:
    """Number of ``\\w+`` tokens (letters or digits) in ``text``."""
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (., !, ?, … or CJK/Arabic equivalents)."""
    return _SENTENCE_END.search(text) is not None


def ends_with_ellipsis(text: str) -> bool:
    """True for text cut off with '...' or '…' (teasers, truncated summaries)."""
    return _ELLIPSIS_END.search(text) is not None


def is_prose(block: Block) -> bool:
    """A block that reads like running text: enough words, a sentence shape, few links."""
    if block.kind in (BlockKind.HEADING, BlockKind.IMAGE) or block.emphasized:
        return False
    if block.link_density > PROSE_MAX_LINK_DENSITY:
        return False
    words = block.words
    if words >= PROSE_UNPUNCTUATED_MIN_WORDS:
        return True
    return (
        words >= PROSE_MIN_WORDS
        and ends_sentence(block.text)
        and not ends_with_ellipsis(block.text)
    )


def is_headline_shaped(block: Block) -> bool:
    """A block that could be a title: a marked heading, or a short line with no closing stop."""
    text = block.text
    if block.kind is BlockKind.IMAGE or len(text) > HEADLINE_MAX_CHARS:
        return False
    if block.link_density > PROSE_MAX_LINK_DENSITY:
        return False
    words = block.words
    if block.marked_heading:
        return 2 <= words <= HEADLINE_MAX_WORDS
    if block.kind is BlockKind.LIST_ITEM:
        return False
    if not HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS:
        return False
    if _CLOSING_PUNCT_NOT_TITLE.search(text) or ends_with_ellipsis(text):
        return False
    first = text.lstrip("\"'“‘«¿¡([")[:1]
    # Capitalised, a digit or a quote; scripts without letter case (Arabic, Hebrew, CJK, Indic)
    # cannot show a capital, so any letter of theirs may start a headline.
    uncased = first.lower() == first.upper()
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha() or uncased)

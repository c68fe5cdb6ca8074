"""Cheap facts about a block's text that several cleaners judge by.

Kept in one place so that "is this prose?" means the same thing to every cleaner. The thresholds
are calibrated on the development benchmark (see docs/benchmark.md) and the seed pages.
"""

from __future__ import annotations

from newsclean.blocks import Block, BlockKind

_SET = object.__setattr__  # sets Block.prose_memo on the frozen block (see is_prose)

# Sentence end: terminal punctuation, optionally followed by closing quotes/brackets. Read off
# the end of the text with string methods (a ``$``-anchored regex search tries every position).
_SENTENCE_STOPS = frozenset(".!?…。！？؟")
_CLOSERS = "\"'”’»)]"
_ELLIPSES = ("...", "…")
_CLOSING_PUNCT_NOT_TITLE = frozenset(".:;,")

PROSE_MIN_WORDS = 8
"""A block needs this many words to count as prose (seed pages: shortest body paragraph has 12)."""
PROSE_UNPUNCTUATED_MIN_WORDS = 20
"""Without a sentence end, a block still counts as prose from this many words (truncated text)."""
PROSE_MAX_LINK_DENSITY = 0.5
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (., !, ?, … or CJK/Arabic equivalents)."""
    return _last_char(text, _CLOSERS) in _SENTENCE_STOPS


def ends_with_ellipsis(text: str) -> bool:
    """True for text cut off with '...' or '…' (teasers, truncated summaries)."""
    return _line_end(text).rstrip(_CLOSERS).endswith(_ELLIPSES)


def _line_end(text: str) -> str:
    """``text`` less one final newline: where a regex ``$`` would also match."""
    return text[:-1] if text.endswith("\n") else text


def _last_char(text: str, skipped: str) -> str:
    """The last character of ``text`` before a final newline and any run of ``skipped`` ones
    ("" if none)."""
    return _line_end(text).rstrip(skipped)[-1:]


def is_prose(block: Block) -> bool:
    """A block that reads like running text: enough words, a sentence shape, few links.

    Worked out once per block (the answer depends on the block's fields only, which never
    change) and kept on it: the cleaners ask it of most blocks several times a page.
    """
    memo = block.prose_memo
    if memo is None:
        memo = _is_prose(block)
        _SET(block, "prose_memo", memo)
    return memo


def _is_prose(block: Block) -> bool:
    return prose_with_words(block, block.words)


def prose_with_words(block: Block, words: int) -> bool:
    """:func:`is_prose` with the block's word count given: the block model counts the words of
    scripts written without spaces (Han, kana) itself, where ``block.words`` sees a few long
    tokens."""
    if block.kind in (BlockKind.HEADING, BlockKind.IMAGE) or block.emphasized:
        return False
    # ``block.link_density`` spelled out: this runs for every block several times a page, and
    # most blocks (all of plain text) have no link characters at all.
    link_chars = block.link_chars
    if link_chars and block.text and link_chars / len(block.text) > PROSE_MAX_LINK_DENSITY:
        return False
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
    if _last_char(text, "") in _CLOSING_PUNCT_NOT_TITLE or ends_with_ellipsis(text):
        return False
    first = text.lstrip("\"'“‘«¿¡([")[:1]
    # Capitalised, a digit or a quote; scripts without letter case (Arabic, Hebrew, CJK, Indic)
    # cannot show a capital, so any letter of theirs may start a headline.
    uncased = first.lower() == first.upper()
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha() or uncased)

"""``remove_duplicate_blocks``: repeated paragraphs (exact, or the same text but for case,
spacing and punctuation) keep their first occurrence only."""

from __future__ import annotations

import re

from newsclean.document import Document, InputFormat

NAME = "remove_duplicate_blocks"

REPEATED_METADATA_REASONS = frozenset({"byline", "dateline"})
"""Lines ``extract_metadata`` took whose later copies count as duplicates (titles have their
own ``title_repeat``; a summary repeated as the lede is article text)."""

# The loose key's words: letters and digits (``\w`` less "_"); linear, and stdlib ``re`` is
# several times faster here than ``regex``.
_LOOSE_WORD = re.compile(r"[^\W_]+")


# For ASCII text the loose key is a byte-table pass: upper case to lower (what casefold does to
# ASCII), every byte but a letter or digit to a space, then the spaces collapsed. The same key
# as the pattern gives, in about half the time.
_ASCII_LOOSE = bytes(
    (b | 0x20 if 0x41 <= b <= 0x5A else b) if chr(b).isascii() and chr(b).isalnum() else 0x20
    for b in range(256)
)


def _exact_key(text: str) -> str:
    # Printable text holds no whitespace but the plain space: without a double space or a
    # space at either end, splitting and joining would give the text back.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _loose_key(text: str) -> str:
    """The case-folded words of ``text`` (letters and digits) joined by single spaces."""
    if text.isascii():
        return " ".join(text.encode("ascii").translate(_ASCII_LOOSE).decode("ascii").split())
    return " ".join(_LOOSE_WORD.findall(text.casefold()))


def remove_duplicate_blocks(doc: Document) -> Document:
    """Drop every block whose text already appeared earlier in the page.

    ``duplicate_block``: the same text (spacing aside); ``near_duplicate_block``: the same words
    once case and punctuation are ignored. The first copy stays where it was. A copy of the
    byline or date line that ``extract_metadata`` took counts as a repeat too. Linear in the page
    size: each block is hashed once.

    On HTML input only a block that repeats the one right before it is dropped. The blocks
    are then trafilatura's main content, where a repeat further away is the article's own
    (an interview's recurring question, a table's row label, a repeated subheading); a
    whole-page rule removed about twice as much article text as furniture on the development
    benchmark (see docs/html.md), while back-to-back copies are rendering artefacts.
    """
    adjacent_only = doc.format is InputFormat.HTML
    # A byline or date line printed twice: the first copy went to the metadata, so the second
    # is a repeat too (left in, it would become the byline when the rendering is cleaned).
    metadata_lines = [
        r.text
        for r in doc.removed
        if r.cleaner == "extract_metadata" and r.reason in REPEATED_METADATA_REASONS
    ]
    seen_exact = {_exact_key(t) for t in metadata_lines} if not adjacent_only else set()
    seen_loose = {_loose_key(t) for t in metadata_lines} if not adjacent_only else set()
    seen_loose.discard("")
    reasons: dict[int, str] = {}
    previous: tuple[str, str] | None = None  # the keys of the block before, on HTML
    for index, block in enumerate(doc.blocks):
        exact = _exact_key(block.text)
        if not adjacent_only and exact in seen_exact:
            # The loose key follows from the exact one, so the copy seen before has added it
            # already: the many exact repeats of a whole page skip working it out again.
            reasons[index] = "duplicate_block"
            continue
        loose = _loose_key(block.text)
        if adjacent_only:
            seen_exact = {previous[0]} if previous else set()
            seen_loose = {previous[1]} if previous and previous[1] else set()
            previous = exact, loose
        if exact in seen_exact:
            reasons[index] = "duplicate_block"
        elif loose and loose in seen_loose:
            reasons[index] = "near_duplicate_block"
        seen_exact.add(exact)
        if loose:
            seen_loose.add(loose)
    return doc.drop(reasons, cleaner=NAME)

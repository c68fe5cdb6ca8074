"""``remove_duplicate_blocks``: repeated paragraphs (exact, or the same text but for case,
spacing and punctuation) keep their first occurrence only."""

from __future__ import annotations

import regex

from newsclean.document import Document, InputFormat

NAME = "remove_duplicate_blocks"

_NON_WORD = regex.compile(r"[\W_]+")


def _exact_key(text: str) -> str:
    return " ".join(text.split())


def _loose_key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def remove_duplicate_blocks(doc: Document) -> Document:
    """Drop every block whose text already appeared earlier in the page.

    ``duplicate_block``: the same text (spacing aside); ``near_duplicate_block``: the same words
    once case and punctuation are ignored. The first copy stays where it was. Linear in the page
    size: each block is hashed once.

    On HTML input only a block that repeats the one right before it is dropped. The blocks
    are then trafilatura's main content, where a repeat further away is the article's own
    (an interview's recurring question, a table's row label, a repeated subheading); a
    whole-page rule removed about twice as much article text as furniture on the development
    benchmark (see docs/html.md), while back-to-back copies are rendering artefacts.
    """
    adjacent_only = doc.format is InputFormat.HTML
    seen_exact: set[str] = set()
    seen_loose: set[str] = set()
    reasons: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if adjacent_only:
            seen_exact.clear()
            seen_loose.clear()
            if index:
                previous = doc.blocks[index - 1].text
                seen_exact.add(_exact_key(previous))
                seen_loose.add(_loose_key(previous))
        exact, loose = _exact_key(block.text), _loose_key(block.text)
        if exact in seen_exact:
            reasons[index] = "duplicate_block"
        elif loose and loose in seen_loose:
            reasons[index] = "near_duplicate_block"
        seen_exact.add(exact)
        if loose:
            seen_loose.add(loose)
    return doc.drop(reasons, cleaner=NAME)

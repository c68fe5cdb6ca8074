"""Blocks that sit, in the page, only inside a furniture box (call to action, promotion,
newsletter sign-up, pop-up, ad label, disclaimer).

trafilatura's own cleaning drops most such boxes by their class names, but not all (its
patterns are case-sensitive and fixed, and a box inside the article's container comes along
with it). Here the page's elements whose class or id names a furniture word
(:data:`~newsclean.html.patterns.FURNITURE_WORDS`) are found once, and an extracted block is
furniture when its text occurs in the page only inside such boxes. A box that would take more
than :data:`~newsclean.html.patterns.FURNITURE_MAX_SHARE` of the body is the article's own
wrapper and is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.blocks import Block
from newsclean.html import patterns
from newsclean.html.dom import text_of

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
# A superset of the boxes, found in one pass in C; the words are then checked in Python on
# the few elements it returns ("cta" also matches "octave": the word test sorts that out).
_CANDIDATES = etree.XPath(
    "//body//*["
    + " or ".join(
        f"contains(translate(concat(@class, ' ', @id), '{_UPPER}', '{_LOWER}'), '{word}')"
        for word in patterns.FURNITURE_WORDS
    )
    + "]"
)
_WORD_BREAK = regex.compile(r"[^\p{Ll}\p{Lu}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")


def furniture_reason(element: HtmlElement) -> str | None:
    """The reason code for a box whose class or id names a furniture word, else ``None``.

    >>> from lxml.html import fragment_fromstring as f
    >>> furniture_reason(f('<div class="post-ctaBox">x</div>'))
    'call_to_action'
    >>> furniture_reason(f('<div id="Newsletter-signup">x</div>'))
    'newsletter_box'
    >>> furniture_reason(f('<div class="octave">x</div>')) is None
    True
    """
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    for word in _WORD_BREAK.split(names):
        reason = patterns.FURNITURE_WORDS.get(word.lower())
        if reason is not None:
            return reason
    return None


def furniture_blocks(tree: HtmlElement, blocks: Sequence[Block]) -> dict[int, str]:
    """Indices of blocks found in the page only inside furniture boxes, with the box's reason.

    A block's text must occur in the boxes as often as in the whole page's text (so a
    sentence the article also has is kept), and each box may take at most
    ``FURNITURE_MAX_SHARE`` of the body's characters.
    """
    if not blocks:
        return {}
    boxes: list[tuple[HtmlElement, str, str]] = []
    for element in _CANDIDATES(tree):
        reason = furniture_reason(element)
        if reason is not None:
            text = text_of(element)
            if text:
                boxes.append((element, text, reason))
    if not boxes:
        return {}
    budget = patterns.FURNITURE_MAX_SHARE * sum(len(b.text) for b in blocks)
    found: dict[int, str] = {}
    used: list[tuple[HtmlElement, str]] = []
    for element, box_text, reason in boxes:
        inside = {i for i, block in enumerate(blocks) if block.text in box_text}
        if sum(len(blocks[i].text) for i in inside) > budget:
            continue  # the article's own container, not a box in it
        used.append((element, box_text))
        for i in inside:
            found.setdefault(i, reason)
    if not found:
        return {}
    # Count each occurrence once: in the outermost boxes only (boxes come in document order,
    # so an enclosing box is seen before the boxes inside it).
    outer: list[str] = []
    kept: set[HtmlElement] = set()
    for element, box_text in used:
        if not any(a in kept for a in element.iterancestors()):
            kept.add(element)
            outer.append(box_text)
    page = text_of(tree)
    return {
        i: reason
        for i, reason in found.items()
        if page.count(blocks[i].text) <= sum(t.count(blocks[i].text) for t in outer)
    }

"""Article text split over several sibling containers ("chunks") that trafilatura reads only
the first of.

Many CMSs cut the story into chunks between ad slots: ``<div class="article__body">`` …
ad … ``<div class="article__body">`` …; trafilatura takes the first container that looks
like the body and drops the rest (the whole second half of the story). Here the paragraphs'
container is found from the extracted text itself: the parent (tag and class) of the source
``<p>`` elements that hold most of the extracted paragraph text. Every other element with that
same tag and class that gave no paragraph at all is a missed chunk, and its prose paragraphs
are put back, in page order: paragraphs of 40 characters or more, at most half link text,
whose start is not in the body already; a chunk needs two such paragraphs or 200 characters
(a lone short paragraph in a box named like the body's is an address or a copyright line),
and together the chunks must add 30% of the body or more (a stray box is not half a story).

Calibrated on the development benchmark (both sets, see docs/html.md): with these limits 11
pages change, 9 for the better (a second half of the story found: recall 0.35 to 0.96 on one
page), 2 for the worse (a footer and a tab of text the gold leaves out).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import Block, BlockKind
from newsclean.html.dom import collapse

CHUNK_MIN_SHARE = 0.5
"""The paragraphs' container signature must hold at least this share of the extracted
paragraph text, or the page has no single body container to look for siblings of."""
CHUNK_MIN_PARAGRAPH_CHARS = 40
"""A recovered paragraph is at least this long (shorter ones are captions, labels, buttons)."""
CHUNK_MAX_LINK_SHARE = 0.5
"""...and at most this share of it is link text (link lists are teasers, not prose)."""

CHUNK_MIN_CHUNK_CHARS = 200
"""A missed chunk with a single paragraph must have at least this many characters."""
CHUNK_MIN_RECOVERED_SHARE = 0.3
"""Missed chunks are put back only when together they add at least this share of the
extracted body's characters."""

_Signature = tuple[str, str]


def _signature(element: HtmlElement) -> _Signature | None:
    parent = element.getparent()
    if parent is None:
        return None
    names = " ".join((parent.get("class") or "").split())
    return (str(parent.tag), names) if names else None


def _link_chars(element: HtmlElement) -> int:
    return sum(len(collapse(a.text_content())) for a in element.iter("a"))


def page_paragraphs(tree: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """The page's ``<p>`` elements with their text, whitespace collapsed (read once per page:
    the extraction step weighs them too)."""
    return [(collapse(p.text_content()), p) for p in tree.iter("p")]


def recover_chunks(
    tree: HtmlElement,
    blocks: Sequence[Block],
    paragraphs: Sequence[tuple[str, HtmlElement]] | None = None,
) -> list[Block]:
    """``blocks`` with the paragraphs of missed sibling chunks inserted in page order.

    ``paragraphs`` is :func:`page_paragraphs` of ``tree`` when the caller has it already.
    Returns ``blocks`` unchanged (as a list) when no chunk was missed.
    """
    extracted = {b.text: i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH}
    if not extracted:
        return list(blocks)
    if paragraphs is None:
        paragraphs = page_paragraphs(tree)
    chars: dict[_Signature, int] = defaultdict(int)
    used_parents: set[HtmlElement] = set()
    for text, p in paragraphs:
        if text in extracted:
            used_parents.add(p.getparent())
            signature = _signature(p)
            if signature is not None:
                chars[signature] += len(text)
    if not chars:
        return list(blocks)
    main, main_chars = max(chars.items(), key=lambda item: item[1])
    if main_chars < CHUNK_MIN_SHARE * sum(len(t) for t in extracted):
        return list(blocks)
    # Text the extraction has in another shape (split at <br>, merged with its neighbour)
    # is not missed: a paragraph whose start is already in the body is left alone.
    body = "\n".join(b.text for b in blocks)
    chunks: dict[HtmlElement, list[tuple[int, Block]]] = defaultdict(list)
    after = -1  # the block the next recovered paragraph follows
    for text, p in paragraphs:
        if text in extracted:
            after = extracted[text]
            continue
        parent = p.getparent()
        if parent in used_parents or _signature(p) != main:
            continue
        links = _link_chars(p)
        if (
            len(text) >= CHUNK_MIN_PARAGRAPH_CHARS
            and links <= CHUNK_MAX_LINK_SHARE * len(text)
            and text[:CHUNK_MIN_PARAGRAPH_CHARS] not in body
        ):
            chunks[parent].append((after, Block(text, link_chars=min(links, len(text)))))
    # A chunk is a run of prose: two paragraphs or more, or one long one (a lone short
    # paragraph in a same-named box is an address, a copyright line, a footer note).
    found = [
        item
        for items in chunks.values()
        if len(items) >= 2 or sum(len(b.text) for _, b in items) >= CHUNK_MIN_CHUNK_CHARS
        for item in items
    ]
    # The missed part must be a good part of the story, not a stray box.
    if sum(len(b.text) for _, b in found) < CHUNK_MIN_RECOVERED_SHARE * len(body):
        return list(blocks)
    inserts: dict[int, list[Block]] = defaultdict(list)
    for index, block in found:
        inserts[index].append(block)
    merged: list[Block] = list(inserts.get(-1, []))
    for i, block in enumerate(blocks):
        merged.append(block)
        merged.extend(inserts.get(i, []))
    return merged

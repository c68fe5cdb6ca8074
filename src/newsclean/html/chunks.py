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

Sometimes trafilatura misses the article altogether and keeps a menu, a call to action or an
intro beside it: :func:`recover_missed_group` puts back a group of same-named containers
that holds much more prose than the extraction and gave none of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from lxml.html import HtmlElement

from newsclean.blocks import Block, BlockKind
from newsclean.html import patterns
from newsclean.html.dom import class_and_id, collapse
from newsclean.html.extract import row_text

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
    return _inserted(blocks, found)


def _inserted(blocks: Sequence[Block], found: Sequence[tuple[int, Block]]) -> list[Block]:
    """``blocks`` with each found block put right after the block its index names (``-1``:
    before the first), found blocks in the order given."""
    inserts: dict[int, list[Block]] = defaultdict(list)
    for index, block in found:
        inserts[index].append(block)
    merged: list[Block] = list(inserts.get(-1, []))
    for i, block in enumerate(blocks):
        merged.append(block)
        merged.extend(inserts.get(i, []))
    return merged


MISSED_MIN_RATIO = 1.5
"""A group of paragraph containers the extraction missed altogether comes back when its
prose paragraphs hold at least this many times the extracted body's characters: the article
is then more likely there than in what was extracted (a menu, a call to action, an intro).
Calibrated on the development benchmark (docs/html.md)."""
MISSED_MIN_CHARS = 500
"""...and at least this many characters (a page with next to nothing extracted)."""
_OUTSIDE_TAGS = frozenset({"aside", "nav", "header", "footer", "template", "a"})
"""A paragraph inside one of these is not the article's: a sidebar, a menu, a page header or
footer, an unrendered template, or a teaser card whose whole box is a link."""


def _group_key(p: HtmlElement) -> tuple[HtmlElement, _Signature] | None:
    """The nearest ancestor of ``p`` with a class, and that ancestor's tag and class: the
    container template the paragraph sits in (one per slide, per list entry, per chunk)."""
    for ancestor in p.iterancestors():
        names = ancestor.get("class")
        if names and names.strip():
            return ancestor, (str(ancestor.tag), " ".join(names.split()))
    return None


def _is_outside(element: HtmlElement) -> bool:
    """True when ``element`` sits in page furniture (:data:`_OUTSIDE_TAGS`) or in a reader
    comment box (:data:`~newsclean.html.patterns.COMMENT_WORDS` in a class or id)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in _OUTSIDE_TAGS:
            return True
        if ancestor.tag in ("body", "html"):
            break
        names = class_and_id(ancestor).lower()
        if any(word in names for word in patterns.COMMENT_WORDS):
            return True
    return False


def recover_missed_group(
    tree: HtmlElement,
    blocks: Sequence[Block],
    paragraphs: Sequence[tuple[str, HtmlElement]] | None = None,
) -> list[Block]:
    """``blocks`` with the paragraphs of the page's largest missed container group put back
    in page order, when that group holds much more prose than the extraction.

    trafilatura sometimes keeps a menu, a call to action or an intro box and misses the
    article beside it: text in another container (a listicle's slides, a list of entries,
    the rest of a story that broken markup moved into a table's wrapper). The page's prose
    paragraphs (as :func:`recover_chunks` counts them) are grouped by their nearest classed
    container's tag and class; a group none of whose paragraphs was extracted, outside
    sidebars, menus, headers, footers, reader comments and link boxes, comes back when it
    holds :data:`MISSED_MIN_RATIO` times the extracted text. Returns ``blocks`` unchanged (as
    a list) otherwise.
    """
    if paragraphs is None:
        paragraphs = page_paragraphs(tree)
    body = "\n".join(b.text for b in blocks)
    need = max(MISSED_MIN_CHARS, MISSED_MIN_RATIO * len(body))
    groups = _grouped(paragraphs)
    totals = {signature: sum(len(text) for text, _ in items) for signature, items in groups.items()}
    for signature in sorted(totals, key=totals.__getitem__, reverse=True):
        if totals[signature] < need:
            break
        prose = _missed_prose(groups[signature], body)
        if prose is not None and sum(len(text) for text, _ in prose) >= need:
            return _put_back(tree, blocks, prose, body)
    return list(blocks)


def _grouped(
    paragraphs: Sequence[tuple[str, HtmlElement]],
    where: Callable[[HtmlElement], bool] | None = None,
) -> dict[_Signature, list[tuple[str, HtmlElement]]]:
    """The prose paragraphs (:data:`CHUNK_MIN_PARAGRAPH_CHARS` or more) for which ``where``
    holds (all when ``None``), by the signature of their container (:func:`_group_key`), in
    page order."""
    groups: dict[_Signature, list[tuple[str, HtmlElement]]] = defaultdict(list)
    for text, p in paragraphs:
        if len(text) >= CHUNK_MIN_PARAGRAPH_CHARS and (where is None or where(p)):
            key = _group_key(p)
            if key is not None:
                groups[key[1]].append((text, p))
    return groups


def _missed_prose(
    items: Sequence[tuple[str, HtmlElement]], body: str
) -> list[tuple[str, HtmlElement]] | None:
    """The paragraphs of a container group that may come back: ``None`` when the extracted
    ``body`` has any of them (nothing was missed), else those that are not mostly link text
    and not in furniture (:func:`_is_outside`)."""
    if any(text[:CHUNK_MIN_PARAGRAPH_CHARS] in body for text, _ in items):
        return None
    return [
        (text, p)
        for text, p in items
        if _link_chars(p) <= CHUNK_MAX_LINK_SHARE * len(text) and not _is_outside(p)
    ]


def _put_back(
    tree: HtmlElement,
    blocks: Sequence[Block],
    prose: Sequence[tuple[str, HtmlElement]],
    body: str,
) -> list[Block]:
    """``blocks`` with the blocks of the containers of the ``prose`` paragraphs
    (:func:`_container_blocks`) inserted in page order."""
    containers = {key[0] for _, p in prose if (key := _group_key(p)) is not None}
    wanted = _container_blocks(containers, {p for _, p in prose}, body)
    return _inserted(blocks, _in_page_order(tree, blocks, wanted))


ACCORDION_MIN_PARAGRAPHS = 3
"""Accordion panels the extraction missed come back when their group has at least this many
prose paragraphs..."""
ACCORDION_MIN_CHARS = 600
"""...holding at least this many characters (a lone panel, or a few lines, is as often a
footer's or a menu's as the article's). Calibrated on the development benchmark
(docs/html.md)."""
ACCORDION_LEVELS = 6
"""A paragraph is in an accordion when one of its nearest ancestors, up to this many levels
up, has a class naming one (:data:`~newsclean.html.patterns.ACCORDION_WORDS`)."""


def _in_accordion(p: HtmlElement) -> bool:
    """True when an ancestor of ``p`` up to :data:`ACCORDION_LEVELS` levels up has a class
    naming an accordion."""
    for level, ancestor in enumerate(p.iterancestors()):
        if level >= ACCORDION_LEVELS:
            return False
        names = (ancestor.get("class") or "").lower()
        if any(word in names for word in patterns.ACCORDION_WORDS):
            return True
    return False


def recover_accordion_panels(
    tree: HtmlElement,
    blocks: Sequence[Block],
    paragraphs: Sequence[tuple[str, HtmlElement]] | None = None,
) -> list[Block]:
    """``blocks`` with the paragraphs of missed accordion panels put back in page order.

    An accordion (a FAQ, "show more" sections) prints its panels collapsed, with a class or
    attribute that hides them until the reader opens one; trafilatura drops hidden elements,
    so the answers go while the rest of the article stays. A group of same-named containers
    (as :func:`recover_missed_group` groups them) inside an element whose class names an
    accordion, none of whose paragraphs was extracted, comes back when it has
    :data:`ACCORDION_MIN_PARAGRAPHS` prose paragraphs and :data:`ACCORDION_MIN_CHARS`
    characters, with the same furniture limits. Returns ``blocks`` unchanged (as a list)
    otherwise.
    """
    if paragraphs is None:
        paragraphs = page_paragraphs(tree)
    body = "\n".join(b.text for b in blocks)
    prose: list[tuple[str, HtmlElement]] = []
    for items in _grouped(paragraphs, _in_accordion).values():
        kept = _missed_prose(items, body)
        if (
            kept is not None
            and len(kept) >= ACCORDION_MIN_PARAGRAPHS
            and sum(len(text) for text, _ in kept) >= ACCORDION_MIN_CHARS
        ):
            prose.extend(kept)
    if not prose:
        return list(blocks)
    return _put_back(tree, blocks, prose, body)


_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_RECOVERED_TAGS = ("p", "li", "tr", *_HEADINGS)
"""The elements a recovered container gives blocks from: paragraphs, list items, table rows
(a data table in the article: a price chart, results) and headings."""
_LAYOUT_CELL_TAGS = ("p", "li", "tr", "table", *_HEADINGS)
"""A table row with one of these inside is layout (a page or a box set out in a table), not a
row of data: it gives no block of its own."""


def table_row_text(row: HtmlElement) -> str:
    """A page's table row (``<tr>``) as the extraction prints a row (``a | b``,
    :func:`~newsclean.html.extract.row_text`). A cell's text is its ``text_content``: a
    recovered row holds no paragraphs or lists, and inline markup ("$<b>2</b>") joins
    without a space.

    >>> from lxml.html import fragment_fromstring as parse
    >>> table_row_text(parse("<table><tr><td>Valet</td><td> $2 </td><td></td></tr></table>")[0])
    'Valet | $2'
    """
    return row_text(cell.text_content() for cell in row if cell.tag in ("td", "th"))


def _container_blocks(
    containers: set[HtmlElement], prose: set[HtmlElement], body: str
) -> dict[HtmlElement, Block]:
    """The blocks of the missed containers, by element: their prose paragraphs, and the
    shorter paragraphs, headings, list items and data table rows among them (a listicle's entry
    titles, a story's lists, a price chart) that are not mostly link text, not in the body
    already and not in furniture (:func:`_is_outside`). A row that holds paragraphs, lists or
    another table sets out the page and gives no block: its paragraphs are walked instead."""
    found: dict[HtmlElement, Block] = {}
    for container in containers:
        if any(a in containers for a in container.iterancestors()):
            continue  # an inner container: its elements are walked with the outer one
        for element in container.iter(*_RECOVERED_TAGS):
            if element.tag == "tr":
                if any(True for _ in element.iterdescendants(*_LAYOUT_CELL_TAGS)):
                    continue  # a layout table's row: its paragraphs are walked on their own
                text = table_row_text(element)
            else:
                text = collapse(element.text_content())
            links = _link_chars(element)
            if element in prose:
                found[element] = Block(text, link_chars=min(links, len(text)))
                continue
            if (
                not text
                or links > CHUNK_MAX_LINK_SHARE * len(text)
                or text in body
                or (element.tag == "li" and any(True for _ in element.iterdescendants("p", "li")))
                or _is_outside(element)
            ):
                continue
            if element.tag in ("p", "tr"):
                found[element] = Block(text, link_chars=min(links, len(text)))
            elif element.tag == "li":
                found[element] = Block(text, kind=BlockKind.LIST_ITEM, link_chars=links)
            else:
                level = _HEADINGS[str(element.tag)]
                found[element] = Block(
                    text, kind=BlockKind.HEADING, heading_level=level, link_chars=links
                )
    return found


def _in_page_order(
    tree: HtmlElement, blocks: Sequence[Block], wanted: dict[HtmlElement, Block]
) -> list[tuple[int, Block]]:
    """The ``wanted`` blocks (by element) in page order, each with the index of the
    extracted paragraph that comes before it in the page (``-1``: none)."""
    extracted = {b.text: i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH}
    found: list[tuple[int, Block]] = []
    after = -1
    for element in tree.iter(*_RECOVERED_TAGS):
        block = wanted.get(element)
        if block is not None:
            found.append((after, block))
        elif element.tag == "p" and extracted:
            index = extracted.get(collapse(element.text_content()))
            if index is not None:
                after = index
    return found

"""The article body of an HTML page, via trafilatura, as newsclean blocks.

trafilatura finds the main content (and drops comments); its internal XML keeps the page's
structure (``p``, ``head``, ``list``/``item``, ``quote``, ``table``/``row``/``cell``, ``lb``
for ``<br>``). That structure is turned into :class:`~newsclean.blocks.Block` objects so
that every block is one paragraph, heading or list item, as on the text path, and the
cleaners can judge (and record) each one on its own. Link text is counted into
``link_chars`` so that link-heavy blocks look like what they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import regex
import trafilatura
from lxml.html import HtmlElement

from newsclean.blocks import Block, BlockKind
from newsclean.html import patterns
from newsclean.html.dom import collapse

# trafilatura XML elements that hold blocks of their own (everything else is inline text).
_CONTAINERS = frozenset({"list", "quote", "table", "row", "div", "body", "article", "section"})
_BLOCKS = frozenset({"p", "head", "item", "cell", "code", "quote"})
_SKIPPED = frozenset({"graphic", "fig", "figure"})
_EXCERPT_ENDS = ("[…]", "[...]", "…", "...")
r"""How a cut-off excerpt ends (tested with string methods: a regex anchored at the end with a
leading ``\s*`` is quadratic on long runs of spaces)."""
EXCERPT_MIN_CHARS = 80
"""A cut-off excerpt shorter than this is not compared (short teasers repeat by chance)."""
_MACHINE_VALUE = regex.compile("|".join(patterns.MACHINE_VALUES))


def _excerpt_stem(text: str) -> str | None:
    """The text of a cut-off excerpt without its ellipsis, or ``None`` when it has none.

    >>> _excerpt_stem("The council met on Monday to discuss [...] "), _excerpt_stem("Done.")
    ('The council met on Monday to discuss', None)
    """
    body = text.rstrip()
    for end in _EXCERPT_ENDS:
        if body.endswith(end):
            return body[: -len(end)].rstrip()
    return None


def is_machine_value(text: str) -> bool:
    """True for a block that is only an image URL or only an ISO 8601 timestamp: values that
    page markup keeps for machines (schema.org microdata, hidden fields) and trafilatura
    sometimes keeps as text; no reader sees them as a paragraph.

    >>> is_machine_value("2019-11-19T08:57:40+01:00"), is_machine_value("https://a.example/x.jpg")
    (True, True)
    >>> is_machine_value("http://amzn.to/2iJFhRj"), is_machine_value("See https://a.example/x")
    (False, False)
    """
    return bool(_MACHINE_VALUE.fullmatch(text.strip()))


def _address_key(address: str) -> str:
    """An address without its scheme and trailing slash (``http`` and ``https`` copies of a
    page are the same page)."""
    key = address.strip().rstrip("/")
    return key.split("://", 1)[1] if "://" in key else key


def page_addresses(tree: HtmlElement, url: str | None) -> frozenset[str]:
    """The page's own address as given to :func:`newsclean.clean` and as its markup states it
    (``<link rel="canonical">``, ``og:url``), scheme and trailing slash left out.

    >>> from lxml.html import document_fromstring as parse
    >>> page = parse('<html><head><link rel="canonical" href="https://a.example/x/"></head></html>')
    >>> sorted(page_addresses(page, "http://a.example/x?ref=1"))
    ['a.example/x', 'a.example/x?ref=1']
    """
    found: set[str] = set()
    head = tree.find("head")
    # The children of <head> only, read in Python: an XPath call cost ten times as much.
    for element in head if head is not None else ():
        if element.tag == "link" and element.get("rel") == "canonical":
            found.add(_address_key(element.get("href") or ""))
        elif element.tag == "meta" and element.get("property") == "og:url":
            found.add(_address_key(element.get("content") or ""))
    if url:
        found.add(_address_key(url))
    found.discard("")
    return frozenset(found)


def is_page_address(text: str, addresses: frozenset[str]) -> bool:
    """True for a block that is only the page's own address: a "share this link" field or a
    print footer that templates fill with the page's URL; no reader reads it as text.

    >>> is_page_address("https://a.example/x/ ", frozenset({"a.example/x"}))
    True
    >>> is_page_address("See a.example/x", frozenset({"a.example/x"}))
    False
    """
    return "://" in text and _address_key(text) in addresses


def excerpt_repeats(blocks: Sequence[Block]) -> list[int]:
    """Indices of teaser excerpts: a block cut off with an ellipsis ("... group items […]")
    whose text is the start of the blocks right after it (a CMS printing the post's excerpt
    above the post). The full text stays; the cut copy would count twice.
    """
    found: list[int] = []
    for index, block in enumerate(blocks):
        stem = _excerpt_stem(block.text)
        if stem is None or len(stem) < EXCERPT_MIN_CHARS:
            continue
        following = ""
        for later in blocks[index + 1 :]:
            following = f"{following} {later.text}".strip()
            if len(following) >= len(stem):
                break
        if following.startswith(stem):
            found.append(index)
    return found


PAGE_TEXT_MIN_RATIO = 1.75
"""The recall-mode extraction is checked against trafilatura's balanced mode when the page's
``<p>`` elements hold at least this many times its text: the recall mode sometimes keeps one
box of a page (an intro, a summary, one section) where the balanced mode finds the whole
article. On most pages the extraction has most of the paragraph text, and the second
extraction would cost time for nothing (5% of the development pages are checked; 3% with a
ratio of 3, which left out a page whose article is mostly lists and boxes, not ``<p>``)..."""
BALANCED_MIN_RATIO = 3.0
"""...and the balanced extraction replaces it when it has at least this many times its text
(a little more text is furniture as often as it is article). Weakly calibrated: between 3 and
4 times there are three development pages, two better with the balanced extraction (recall
0.30 and 0.14 to 0.93 and 0.85), one worse (a landing page: F1 0.81 to 0.58)."""


def extract_blocks(tree: HtmlElement, paragraph_chars: int | None = None) -> list[Block]:
    """The page's main content as blocks; an empty list when trafilatura finds none.

    ``paragraph_chars``: the characters of text in the page's ``<p>`` elements, when the
    caller has counted them already (whitespace runs count as one).

    ``include_comments=False``: reader comments are not the article. ``include_tables``
    stays on (tables in news pages are data: results, figures). ``with_metadata`` is off:
    metadata is read separately, from cheaper and stronger evidence first (see
    :mod:`newsclean.html.metadata`). No URL is passed: trafilatura only uses it to resolve
    every link target against it, and only the links' text is kept here (that resolution
    cost a tenth of the extraction).

    ``favor_recall``: trafilatura's recall mode keeps a long extraction as it is instead of
    comparing it with readability's, and keeps lists and sections its balanced mode prunes
    as boilerplate. The cleaners after it remove the furniture that lets through; on the
    development benchmark it raised body F1 on wcxb-dev (0.9335 to 0.9360, one page with no
    main content found before now has one), left aeb level (0.9668 to 0.9662) and cut the
    median extraction time by about a third (no readability pass on long pages).

    The recall-mode result on a page with much more paragraph text
    (:data:`PAGE_TEXT_MIN_RATIO`) is checked against the balanced mode, which is taken when
    it finds :data:`BALANCED_MIN_RATIO` times as much text: on the development benchmark
    the recall mode kept only an intro box or one section on 11 wcxb-dev pages (recall
    0.03-0.31) where the balanced mode has the article.
    """
    blocks = _extract(tree, favor_recall=True)
    length = sum(len(b.text) for b in blocks)
    if paragraph_chars is None:
        paragraph_chars = sum(len(collapse(p.text_content())) for p in tree.iter("p"))
    if paragraph_chars >= PAGE_TEXT_MIN_RATIO * length:
        balanced = _extract(tree, favor_recall=False)
        if sum(len(b.text) for b in balanced) >= BALANCED_MIN_RATIO * max(length, 1):
            return balanced
    return blocks


def quotation_figures(tree: HtmlElement) -> list[HtmlElement]:
    """The page's ``<figure>`` elements that hold a quotation: a ``<blockquote>`` (with its
    attribution as the ``<figcaption>``, as the HTML standard sets out a quote), outside
    embedded posts (:data:`~newsclean.html.patterns.EMBED_WORDS` in the figure's or the
    blockquote's class).

    trafilatura drops every ``<figure>`` as an image box when images are off, and with it
    the article's quotations that a CMS prints as figures (a "Quote" block, a pull-quote
    testimonial).

    >>> from lxml.html import fragment_fromstring as parse
    >>> page = parse("<div><figure><blockquote><p>We won.</p></blockquote></figure>"
    ...              "<figure class='wp-block-embed'><blockquote>A post</blockquote></figure>"
    ...              "<figure><img src='a.jpg'></figure></div>")
    >>> len(quotation_figures(page))
    1
    """
    found: list[HtmlElement] = []
    for figure in tree.iter("figure"):
        quotes = list(figure.iter("blockquote"))
        names = " ".join((element.get("class") or "").lower() for element in (figure, *quotes))
        if quotes and not any(word in names for word in patterns.EMBED_WORDS):
            found.append(figure)
    return found


def _extract(tree: HtmlElement, *, favor_recall: bool) -> list[Block]:
    """One trafilatura extraction of the page (it works on a copy of the tree) as blocks.

    A figure that holds a quotation (:func:`quotation_figures`) is shown to trafilatura as a
    ``<div>`` (as trafilatura itself does for a figure holding a table) and its tag is put
    back after: the rest of the page's readers see the markup as it is.
    """
    figures = quotation_figures(tree)
    for figure in figures:
        figure.tag = "div"
    try:
        result = trafilatura.bare_extraction(
            tree,
            url=None,
            favor_recall=favor_recall,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=True,
            output_format="xml",
            with_metadata=False,
        )
    finally:
        for figure in figures:
            figure.tag = "figure"
    body = getattr(result, "body", None) if result is not None else None
    if body is None:
        return []
    return list(_walk(body))


def _walk(element: Any, kind: BlockKind = BlockKind.PARAGRAPH) -> Iterator[Block]:
    """Blocks of an element that may hold other blocks (body, list, quote, table, or a ``p``
    or ``item`` with a list or heading inside).

    Its block children become blocks in order; the inline text around them (the element's
    own text, inline children such as links, and every child's tail) becomes blocks of
    ``kind``, split at line breaks. trafilatura leaves text in all those places (a heading
    inside a paragraph is followed by the section's text as the heading's tail), so none of
    it may be skipped.
    """
    line = _Line()
    line.add(element.text, in_link=False)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            yield from line.flush(kind)
        elif tag in _SKIPPED or not tag:
            pass
        elif tag == "row":
            yield from line.flush(kind)
            yield from _row(child)
        elif tag in _CONTAINERS or (tag in _BLOCKS and _has_block_children(child)):
            yield from line.flush(kind)
            inner = BlockKind.LIST_ITEM if tag == "item" else BlockKind.PARAGRAPH
            yield from _walk(child, inner)
        elif tag in _BLOCKS:
            yield from line.flush(kind)
            yield from _leaf(child, tag)
        else:  # inline (link, highlight): part of the running line; it takes its own tail
            yield from _as_blocks(line.visit_lines(child, in_link=child.tag == "ref"), kind)
            continue
        line.add(child.tail, in_link=False)
    yield from line.flush(kind)


def _has_block_children(element: Any) -> bool:
    return any(
        isinstance(c.tag, str) and (c.tag in _BLOCKS or c.tag in _CONTAINERS) for c in element
    )


def _row(row: Any) -> Iterator[Block]:
    """A table row as one block: its cells' text side by side. A cell's pieces are joined
    with spaces: trafilatura puts a cell's paragraphs and list items side by side with
    nothing between them ("<p>Student: $80</p><p>Member: $130</p>")."""
    text = row_text(" ".join(c.itertext()) for c in row)
    if text:
        yield Block(text)


def row_text(cells: Iterable[str]) -> str:
    """A table row's text: its cells' texts, whitespace collapsed, side by side with " | "
    between them, empty cells left out. The one form for a row: a row that
    :mod:`newsclean.html.chunks` recovers must print as the extraction prints it to be
    recognised as already in the body.

    >>> row_text(["Valet", " $2 ", ""])
    'Valet | $2'
    """
    return " | ".join(text for text in map(collapse, cells) if text)


def _leaf(element: Any, tag: str) -> Iterator[Block]:
    """One block per line of an element (``<br>`` splits it), with its kind and link share."""
    kind = BlockKind.PARAGRAPH
    level = 0
    if tag == "head":
        kind = BlockKind.HEADING
        rend = str(element.get("rend") or "h2")
        level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
    elif tag == "item":
        kind = BlockKind.LIST_ITEM
    yield from _as_blocks(_lines(element), kind, level)


def _as_blocks(
    lines: Iterable[tuple[str, int]], kind: BlockKind, level: int = 0
) -> Iterator[Block]:
    """Blocks of ``kind`` from ``(text, characters in links)`` lines."""
    for text, links in lines:
        yield Block(text, kind=kind, heading_level=level, link_chars=min(links, len(text)))


def _lines(element: Any) -> Iterator[tuple[str, int]]:
    """The element's text split at ``lb`` (a ``<br>``), each with its characters in links."""
    line = _Line()
    line.add(element.text, in_link=False)
    yield from line.children_lines(element, in_link=False)
    yield from line.lines()


class _Line:
    """Inline text being gathered into one block, with how much of it is link text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links = 0

    def add(self, text: str | None, *, in_link: bool) -> None:
        if text:
            self.parts.append(text)
            if in_link:
                self.links += len(text.strip())

    def lines(self) -> Iterator[tuple[str, int]]:
        """The gathered text (if any) with its link characters; starts a new line."""
        text = collapse("".join(self.parts))
        count = self.links
        self.parts.clear()
        self.links = 0
        if text:
            yield text, count

    def flush(self, kind: BlockKind) -> Iterator[Block]:
        """The gathered text as a block of ``kind`` (if any); starts a new line."""
        return _as_blocks(self.lines(), kind)

    def visit_lines(self, node: Any, *, in_link: bool) -> Iterator[tuple[str, int]]:
        """Gather an inline element's text and tail; yield finished lines at its ``lb``s."""
        self.add(node.text, in_link=in_link)
        yield from self.children_lines(node, in_link=in_link)
        self.add(node.tail, in_link=False)

    def children_lines(self, node: Any, *, in_link: bool) -> Iterator[tuple[str, int]]:
        """Gather the text of ``node``'s children (with their tails); a ``lb`` ends a line."""
        for child in node:
            if child.tag == "lb":
                yield from self.lines()
                self.add(child.tail, in_link=in_link)
            elif isinstance(child.tag, str) and child.tag not in _SKIPPED:
                yield from self.visit_lines(child, in_link=in_link or child.tag == "ref")
            else:
                self.add(child.tail, in_link=in_link)

"""Blocks that sit, in the page, only inside a furniture box (call to action, promotion,
newsletter sign-up, pop-up, ad label, disclaimer, caption, author bio, the box around the
headline), and tag or teaser link lists after the story.

trafilatura's own cleaning drops most such boxes by their class names, but not all (its
patterns are case-sensitive and fixed, and a box inside the article's container comes along
with it). Here the page's elements whose class or id names a furniture word
(:data:`~newsclean.html.patterns.FURNITURE_WORDS`), and the page's ``<footer>`` outside the
article (its small print: trafilatura drops it, its fallback extractors do not), are found
once, and an extracted block is furniture when its text occurs in the page's visible text
only inside such boxes. A box that would take more than
:data:`~newsclean.html.patterns.FURNITURE_MAX_SHARE` of the body is the article's own wrapper
and is ignored (the page footer only when it holds more than the body's tail).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.blocks import Block, BlockKind
from newsclean.html import patterns
from newsclean.html.dom import class_and_id, collapse
from newsclean.textstats import PROSE_MAX_LINK_DENSITY

# A superset of the boxes: any class or id whose lower-cased text contains a furniture word
# ("cta" also matches "octave": furniture_reason then checks whole words on the few elements
# it finds). Every word furniture_reason accepts lower-cases to a furniture word, and
# lower-casing goes character by character, so the lower-cased names contain it. Searched
# without IGNORECASE: a case-insensitive search of every named element cost a third of
# furniture_blocks.
_CANDIDATE = re.compile("|".join(patterns.FURNITURE_WORDS))
_WORD_BREAK = regex.compile(r"[^\p{Ll}\p{Lu}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")
_NAMED = etree.XPath(
    "/descendant::body/descendant::*[@class or @id]"
    " | /descendant::body/descendant::footer[not(ancestor::article)]"
)
"""The elements that may be furniture boxes, in document order (an XPath union keeps it):
those with a class or id, and the page's ``<footer>`` elements outside the article. The
descendant axis selects what ``//body//*`` does, in a fifth less time."""
_HIDDEN = etree.XPath(".//script | .//style | .//template")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _text(element: HtmlElement) -> str:
    """All text under the element, whitespace collapsed (serialised in C: a text walk in
    Python cost as much as the extraction). Script text is included; the page's count
    subtracts what its scripts and styles hold (see :func:`furniture_blocks`)."""
    text = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return " ".join(text.split())


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
    return _reason_of(class_and_id(element))


def _reason_of(names: str) -> str | None:
    """:func:`furniture_reason` of an element's class and id names."""
    for word in _WORD_BREAK.split(names):
        reason = patterns.FURNITURE_WORDS.get(word.lower())
        if reason is not None:
            return reason
    return None


def _in_article(element: HtmlElement) -> bool:
    """True when ``element`` sits inside an ``<article>`` (its own footer: a correction
    note, the story's tags, which a gold may keep)."""
    return any(ancestor.tag == "article" for ancestor in element.iterancestors())


def _is_tail(inside: set[int], count: int) -> bool:
    """True when the block indices ``inside`` are the last blocks of a body of ``count``,
    and not all of them: the page footer's small print after a short article may outweigh
    the article, but a footer that broken markup wrapped around the story holds all of it.

    >>> _is_tail({3, 4}, 5), _is_tail({2, 4}, 5), _is_tail({0, 1}, 2)
    (True, False, False)
    """
    return bool(inside) and min(inside) > 0 and inside == set(range(min(inside), count))


def furniture_blocks(tree: HtmlElement, blocks: Sequence[Block]) -> dict[int, str]:
    """Indices of blocks found in the page only inside furniture boxes, with the box's reason.

    A block's text must occur in the boxes as often as in the whole page's text (so a
    sentence the article also has is kept), and each box may take at most
    ``FURNITURE_MAX_SHARE`` of the body's characters, except the page's ``<footer>`` (outside
    any ``<article>``) when what it holds is the body's tail (:func:`_is_tail`).
    """
    if not blocks:
        return {}
    boxes: list[tuple[HtmlElement, str, str]] = []
    for element in _NAMED(tree):
        names = class_and_id(element)
        reason = _reason_of(names) if _CANDIDATE.search(names.lower()) is not None else None
        if reason is None and element.tag == "footer" and not _in_article(element):
            reason = patterns.PAGE_FOOTER_REASON
        if reason is not None:
            text = _text(element)
            if text:
                boxes.append((element, text, reason))
    if not boxes:
        return {}
    budget = patterns.FURNITURE_MAX_SHARE * sum(len(b.text) for b in blocks)
    found: dict[int, str] = {}
    used: list[tuple[HtmlElement, str]] = []
    for element, box_text, reason in boxes:
        inside = {i for i, block in enumerate(blocks) if block.text in box_text}
        if sum(len(blocks[i].text) for i in inside) > budget and not (
            reason == patterns.PAGE_FOOTER_REASON and _is_tail(inside, len(blocks))
        ):
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
    # The page's visible text: its body less the text of scripts and styles (JSON-LD and
    # inline data repeat a standfirst or a bio that no reader sees twice).
    body = tree.find("body")
    page = _text(body if body is not None else tree)
    hidden = [_text(e) for e in _HIDDEN(body if body is not None else tree)]
    return {
        i: reason
        for i, reason in found.items()
        if page.count(blocks[i].text) - sum(h.count(blocks[i].text) for h in hidden)
        <= sum(t.count(blocks[i].text) for t in outer)
    }


LINK_RUN_MIN = 3
"""A list of teaser cards after the story has at least this many link blocks (two links
in a row are too common after prose: "Sources", a pair of references)."""
LINK_ITEM_MIN_SHARE = 0.8
"""A link block is nearly all link text (a trailing comma or bullet is not)."""
PROSE_MIN_WORDS = 15
"""A block of this many words, mostly not links and not a heading, is prose: the article
runs at least to it (a teaser's standfirst is often printed as a heading under its link)."""
LABEL_MAX_WORDS = 3
"""The label over a link list ("Tags", "Read more") is this short."""
_ADDRESS = regex.compile(r"://|@|^www\.|^\S+\.\p{L}{2,}(?:/\S*)?$")
"""A link that shows its own address (a URL, an e-mail address, a bare domain) is a source
or a contact the article gives, not a teaser."""


def _is_link_block(block: Block) -> bool:
    return block.link_chars >= LINK_ITEM_MIN_SHARE * len(block.text) and not _ADDRESS.search(
        block.text
    )


def trailing_link_lists(blocks: Sequence[Block]) -> dict[int, str]:
    """Link blocks after the article's last prose block: tag lists, teaser headlines,
    "read next" and app or subscription buttons ("stock car brasil," "stock car cascavel,"
    ...). With three or more of them they are a list of teaser cards, which goes whole: from
    its first link to the end, the short text under each headline included (the teaser's
    standfirst), with the short label right before it ("Tags", "Read more") when there is
    one.

    >>> tags = [Block(t, link_chars=len(t)) for t in ("a tag,", "another tag,", "third tag")]
    >>> prose = Block("The story goes on for quite a few words, as prose does, and then it ends.")
    >>> sorted(trailing_link_lists([prose, Block("Tags"), *tags]).items())
    [(1, 'link_list'), (2, 'link_list'), (3, 'link_list'), (4, 'link_list')]
    """
    last_prose = max(
        (
            i
            for i, b in enumerate(blocks)
            if b.words >= PROSE_MIN_WORDS
            and b.link_density < PROSE_MAX_LINK_DENSITY
            and b.kind is not BlockKind.HEADING
        ),
        default=-1,
    )
    links = [i for i in range(last_prose + 1, len(blocks)) if _is_link_block(blocks[i])]
    if len(links) < LINK_RUN_MIN:
        return dict.fromkeys(links, "link_list")
    first = links[0]
    label = first - 1
    if (
        label > last_prose
        and blocks[label].words <= LABEL_MAX_WORDS
        and not blocks[label].link_chars
    ):
        first = label
    return dict.fromkeys(range(first, len(blocks)), "link_list")


STANDFIRST_MIN_WORDS = 8
"""A heading this long in the article's header is a sentence: the standfirst, not a title."""


def header_standfirst(tree: HtmlElement, blocks: Sequence[Block]) -> dict[int, str]:
    """Headings before the body's first paragraph that are a sentence long and printed inside
    a ``<header>`` element: the standfirst under the headline ("There are more devices ...
    Here's how to figure out what's best for you."), which the page sets apart from the body
    and which the body need not repeat. A heading among the paragraphs, or one outside the
    page's headers, is a section heading and stays.

    >>> from lxml.html import document_fromstring as parse
    >>> page = parse("<html><body><header><h2>A standfirst of a sentence that runs long</h2>"
    ...              "</header><p>Body.</p></body></html>")
    >>> dek = Block("A standfirst of a sentence that runs long", kind=BlockKind.HEADING)
    >>> header_standfirst(page, [dek, Block("Body.")])
    {0: 'standfirst'}
    """
    leading: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            break
        if block.words >= STANDFIRST_MIN_WORDS:
            leading.setdefault(block.text, i)
    if not leading:
        return {}
    found: dict[int, str] = {}
    for header in tree.iter("header"):
        for heading in header.iter(*_HEADING_TAGS):
            index = leading.get(collapse(heading.text_content()))
            if index is not None:
                found[index] = "standfirst"
    return found

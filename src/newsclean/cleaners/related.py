"""``remove_related_posts``: "Related posts" / "Most popular" sections, inline "See also" links."""

from __future__ import annotations

import regex

from newsclean.blocks import Block, BlockKind, word_count
from newsclean.document import Document
from newsclean.matching import phrase_set
from newsclean.patterns import related as patterns
from newsclean.textstats import ends_with_ellipsis, is_prose

NAME = "remove_related_posts"

_HEADINGS = phrase_set(patterns.SECTION_HEADINGS)
_TEASER_TAILS = phrase_set(patterns.TEASER_TAILS)
_CUES = sorted(phrase_set(patterns.INLINE_CUES), key=len, reverse=True)
# A cue, then a separator (colon, dash, guillemet, no-break or plain spaces), then the headline.
_INLINE = regex.compile(
    r"^(?P<cue>"
    + "|".join(regex.escape(c) for c in _CUES)
    + r")(?P<sep>\s*[:|»›>–—-]\s*|[\s\u00a0]+)(?P<rest>\S.*)$",
    regex.IGNORECASE | regex.DOTALL,
)


def is_related_heading(block: Block) -> bool:
    """A block that opens a list of links to other stories ("Related Posts", "Most read")."""
    return len(block.text) <= 60 and block.normal in _HEADINGS


def is_inline_related(block: Block) -> bool:
    """A single link line such as "See also: Another Headline" (not a sentence that says so).

    >>> from newsclean.blocks import Block
    >>> is_inline_related(Block("See also\\u00a0 Germany Expresses Interest In Decentralisation"))
    True
    >>> is_inline_related(Block("See also the appendix, which lists every case."))
    False
    """
    if len(block.text) > patterns.INLINE_MAX_CHARS:
        return False
    match = _INLINE.match(block.text)
    if match is None:
        return False
    rest = match.group("rest")
    explicit = match.group("sep").strip() != ""
    if not explicit and " " not in match.group("cue"):
        return False  # "More Americans..." or "Read Mali's statement": one-word cues need a colon
    headline_like = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'“‘«"
    return (
        word_count(rest) >= 2
        and (explicit or headline_like)
        and (explicit or not rest.endswith("."))
    )


def _is_teaser(block: Block) -> bool:
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.IMAGE):
        return True
    if block.normal in _TEASER_TAILS or ends_with_ellipsis(block.text):
        return True
    return not is_prose(block)


def remove_related_posts(doc: Document) -> Document:
    """Remove related-content lists: their heading and teaser items, and inline "See also" links.

    A section runs from its heading over teaser items (list items, short headline lines,
    snippets ending in "...", "Read more") and ends at the first block of real prose or at a
    level-1 heading (the page's headline, which a menu of teasers often runs into).
    Reasons: ``related_heading``, ``related_teaser``, ``inline_related_link``.
    """
    reasons: dict[int, str] = {}
    in_section = False
    for index, block in enumerate(doc.blocks):
        if block.kind is BlockKind.HEADING and block.heading_level == 1:
            in_section = False  # a level-1 heading opens the article: teasers end there
        elif is_related_heading(block):
            reasons[index] = "related_heading"
            in_section = True
        elif is_inline_related(block):
            reasons[index] = "inline_related_link"
        elif in_section and _is_teaser(block):
            reasons[index] = "related_teaser"
        else:
            in_section = False
    return doc.drop(reasons, cleaner=NAME)

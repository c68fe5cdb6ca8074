"""Tell HTML, markdown and plain text apart, and parse each into a :class:`Document`."""

from __future__ import annotations

import regex

from newsclean.blocks import split_blocks
from newsclean.bylines import author_links
from newsclean.document import Document, InputFormat
from newsclean.errors import UnknownFormatError

_SNIFF_CHARS = 5000
_HTML_START = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", regex.I | regex.S
)
_HTML_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|h[1-6]|article|section|script|meta|img|table)\b[^>]{0,300}>",
    regex.I,
)
_MARKDOWN_SIGNS = regex.compile(
    r"^#{1,6}[ \t]+\S|\]\((?:https?://|/)[^)\s]{0,500}\)|^[ \t]*\*\*[^*\n]{1,300}\*\*[ \t]*$|!\[[^\]\n]{0,300}\]\(",  # noqa: E501
    regex.M,
)
_HTML_MIN_TAGS = 5


def detect_format(text: str) -> InputFormat:
    """Guess whether ``text`` is HTML, markdown or plain text from its first few KB.

    >>> detect_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>").value
    'html'
    >>> detect_format("# Title\\n\\nBody text.").value, detect_format("Title\\nBody text.").value
    ('markdown', 'text')
    """
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head, overlapped=False)) >= _HTML_MIN_TAGS:
        return InputFormat.HTML
    if _MARKDOWN_SIGNS.search(head):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


def parse_format(name: str | InputFormat | None) -> InputFormat | None:
    """``"markdown"`` → :class:`InputFormat`; ``None`` or ``"auto"`` means detect it."""
    if name is None or isinstance(name, InputFormat):
        return name
    if name == "auto":
        return None
    try:
        return InputFormat(name)
    except ValueError:
        known = ", ".join(f.value for f in InputFormat)
        raise UnknownFormatError(
            f"unknown format {name!r}: use one of {known}, or 'auto'"
        ) from None


def to_document(text: str, fmt: InputFormat, *, url: str | None) -> Document:
    """Split ``text`` into the blocks of a fresh :class:`Document` (HTML: :mod:`newsclean.html`)."""
    if fmt is InputFormat.HTML:
        # Imported here: the HTML path pulls in lxml and trafilatura; text never needs them.
        from newsclean.html import html_to_document

        return html_to_document(text, url=url)
    blocks = split_blocks(text, markdown=fmt is InputFormat.MARKDOWN)
    linked = author_links(text) if fmt is InputFormat.MARKDOWN else ()
    return Document(blocks=tuple(blocks), format=fmt, url=url, linked_authors=linked)

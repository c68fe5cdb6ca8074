"""Parse HTML once into an lxml tree that both trafilatura and the metadata readers use.

Parsing is the one step every reader needs; doing it twice would cost as much as the
metadata itself, so the tree is built here and passed around (trafilatura copies it before
pruning, so readers that run after it still see the whole page).
"""

from __future__ import annotations

import re

import lxml.html
import regex
from lxml import etree
from lxml.etree import ParserError
from lxml.html import HtmlElement

from newsclean.errors import EmptyInputError

# lxml refuses a ``str`` that still carries an XML declaration with an encoding
# ("Unicode strings with encoding declaration are not supported"); the text is already
# decoded, so the declaration is dropped.
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}\?>", regex.I)
_SPACES = regex.compile(r"\s+")
_HTML_END = regex.compile(r"</html\s*>", regex.I)
_ELEMENT_START = re.compile(r"<[A-Za-z]")
"""An ASCII pattern in ``re``: a ``regex`` search reads the whole page first, wherever it
starts (``re`` reads from its start position)."""
_VISIBLE_TEXT = etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)]")
# Comments and processing instructions are never text; leaving them out of the tree makes
# every later walk (trafilatura's pruning, the metadata XPaths) shorter. Element ids are not
# looked up, so lxml need not index them.
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
# lxml.html's own element class lookup is a Python method that lxml calls for every element
# proxy it creates (every element an XPath, an iteration or trafilatura's pruning touches:
# millions per benchmark run, a tenth of the page's time). The same classes come from a
# lookup in C; only the form elements' classes (``<input>``, ``<select>``, ``<form>``, with
# their ``value`` and ``fields`` helpers, which nothing here reads) become plain HtmlElements.
# trafilatura works on a copy of this tree, which keeps the parser, so its walks gain too.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


def parse_html(text: str) -> HtmlElement:
    """Parse page text into an lxml HTML tree, or raise :class:`EmptyInputError`.

    >>> parse_html("<html><body><p>Hi</p></body></html>").tag
    'html'

    Text after an early ``</body></html>`` stays in the body, as a browser shows it:

    >>> parse_html("<html><body><p>Menu</p></body></html><div><p>Story</p></div>").text_content()
    'MenuStory'
    """
    # The pattern only on a page that may start with a declaration: a ``regex`` call reads
    # the whole page first, even for a match anchored at its start (a tenth of the parse).
    if text.lstrip()[:5].lower() == "<?xml":
        text = _XML_DECLARATION.sub("", text, count=1)
    text = _keep_text_after_html_end(text)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (ParserError, ValueError) as error:
        raise EmptyInputError(
            f"the page could not be parsed as HTML ({error}); force format='text' if it is text"
        ) from None
    return root


def _keep_text_after_html_end(text: str) -> str:
    """``text`` without the ``</html>`` end tags that elements follow.

    libxml2 drops everything after a ``</html>``; a browser ignores the tag and shows what
    follows as part of the body (templates that print the site's header as a whole document,
    then the article after it: 1 wcxb-dev page lost its whole article). Only the usual
    spellings are looked for, with ``str`` searches from the end (a case-insensitive scan of
    every page cost a fifth of its parse); the upper-case one only on a page without the
    lower-case one.
    """
    for tag in ("</html", "</HTML"):
        last = text.rfind(tag)
        if last == -1:
            continue
        if _ELEMENT_START.search(text, last) is not None:
            cut = len(text)  # elements after the last one: every end tag goes
        elif text.find(tag, 0, last) != -1:
            cut = last  # an earlier one: the last stays
        else:
            return text
        return _HTML_END.sub("", text[:cut]) + text[cut:]
    return text


def text_of(element: HtmlElement) -> str:
    """The element's visible text with whitespace collapsed (scripts and styles left out)."""
    parts = _VISIBLE_TEXT(element)
    return collapse("".join(str(p) for p in parts))


def class_and_id(element: HtmlElement) -> str:
    """The element's class and id attributes as one string (a space between), the names
    templates give their boxes ("post-cta", "Newsletter-signup", "main-menu").

    >>> from lxml.html import fragment_fromstring
    >>> class_and_id(fragment_fromstring('<div class="a b" id="c">x</div>'))
    'a b c'
    """
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def collapse(text: str) -> str:
    """Collapse whitespace runs to one space and trim.

    ``str.split`` splits at the same characters as ``\\s`` and five times faster, save the
    four information separators (``\\x1c``-``\\x1f``), which Python counts as whitespace
    and ``\\s`` does not: text holding one of them takes the pattern, as before.

    >>> collapse("  a \\xa0 b\\n c "), collapse("a\\x1fb  c ")
    ('a b c', 'a\\x1fb c')
    """
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())

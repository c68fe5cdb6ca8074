"""Evidence about which of a page's candidate titles is the headline, beyond the text itself.

``metadata._title`` weighs the visible ``<h1>`` against the machine-facing titles (JSON-LD
headline, ``og:title``, ``<title>``) by their text. Two more pieces of evidence live here:

* where an ``<h1>`` sits: one that is a link to the site's home page is the site's logo;
* the page's address: its last path segment (the slug) was written from a title when the
  page was published, so it names the headline's words, and it is independent of both the
  template that prints the ``<h1>`` and the one that fills the ``<meta>`` tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urljoin, urlsplit

import regex
from lxml.html import HtmlElement

from newsclean.html import patterns
from newsclean.sources import registrable_domain

_WORD = regex.compile(r"[^\W_]+")
_SLUG_EXTENSION = regex.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", regex.IGNORECASE)


def is_home_link(heading: HtmlElement, url: str | None) -> bool:
    """True when all of ``heading`` is a link to the site's home page: a logo, not a headline.

    Blog and magazine templates print the site's name as ``<h1><a href="/">Name</a></h1>``
    (or wrap the ``<h1>`` in the link); a headline links to its article, if anywhere. On
    wcxb-dev 48 ``<h1>``s are such links and none is the gold title.

    >>> from newsclean.html.dom import parse_html
    >>> page = parse_html(
    ...     '<h1><a href="https://www.ann.blog/">Ann</a></h1><h1><a href="/r/1">Rain</a></h1>'
    ... )
    >>> [is_home_link(h, "https://ann.blog/r/1") for h in page.iter("h1")]
    [True, False]
    """
    text = heading.text_content().strip()
    links = list(heading.iterancestors("a"))
    links += [a for a in heading.iter("a") if a.text_content().strip() == text]
    return any(_is_home(a.get("href"), url) for a in links)


def _is_home(href: str | None, url: str | None) -> bool:
    href = (href or "").strip()
    if not href or href.startswith(("#", "?")):
        return False  # the page itself, not its site's home
    target = urlsplit(urljoin(url, href) if url else href)
    if target.path not in ("", "/") or target.query or target.scheme not in ("", "http", "https"):
        return False
    if not target.hostname or not url:
        return True  # "/" on the same site
    return registrable_domain(target.geturl()) == registrable_domain(url)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the wordiest segment of ``url``'s path, case-folded (percent-escapes
    read): the slug, wherever the site puts it ("/rain-due/amp", "/a/rain-due/12345").

    >>> sorted(slug_words("https://ex.com/news/2025/rain-due-in-the-valley.html?x=1"))
    ['due', 'in', 'rain', 'the', 'valley']
    >>> sorted(slug_words("https://ex.com/story/rain-due-soon/48213/amp"))
    ['due', 'rain', 'soon']
    """
    if not url:
        return frozenset()
    segments = [_words(_SLUG_EXTENSION.sub("", s)) for s in unquote(urlsplit(url).path).split("/")]
    return frozenset(max(segments, key=len, default=()))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def slug_prefers_another(h1: str, others: Iterable[str], slug: frozenset[str]) -> bool:
    """True when the URL's slug names another title's words clearly more than the ``<h1>``'s.

    Where the page's only ``<h1>`` and its machine-facing titles say different things, the
    gold follows the ``<h1>`` about 3:2 on wcxb-dev, with no sign in the texts themselves
    to tell which; the slug is a third, independent witness. It decides only when it clearly
    sides with the other title: at least :data:`~newsclean.html.patterns.TITLE_SLUG_MARGIN`
    more of its words, and at least twice as many, as the ``<h1>`` has.

    >>> slug = slug_words("https://ex.com/how-to-start-an-llc-in-new-york")
    >>> slug_prefers_another("Form your LLC today", ["How to Start an LLC in New York"], slug)
    True
    >>> slug_prefers_another("How to start an LLC", ["Start an LLC in New York"], slug)
    False
    """
    best = max((slug_share(o, slug) for o in others), default=0)
    return clearly_more(best, slug_share(h1, slug))


def slug_pick(h1s: Sequence[str], others: Iterable[str], slug: frozenset[str]) -> str | None:
    """The first of several ``<h1>``s that the slug clearly prefers to every machine-facing
    title (a page whose logo, headline and related stories are all ``<h1>``s, and whose
    ``og:title`` is an SEO rewording), else ``None``.

    >>> slug = slug_words("https://ex.com/best-biking-trails-houston")
    >>> slug_pick(["Houstonia", "The Best Trails in Houston for Biking"], ["Biking Spots"], slug)
    'The Best Trails in Houston for Biking'
    """
    best = max((slug_share(o, slug) for o in others), default=0)
    return next((h for h in h1s if clearly_more(slug_share(h, slug), best)), None)


def slug_share(text: str, slug: frozenset[str]) -> int:
    """How many of the slug's words ``text`` has."""
    return len(slug.intersection(_words(text))) if slug else 0


def clearly_more(share: int, other: int) -> bool:
    """True when one title's :func:`slug_share` is clearly above another's: at least
    :data:`~newsclean.html.patterns.TITLE_SLUG_MARGIN` more words, and twice as many."""
    return share >= other + patterns.TITLE_SLUG_MARGIN and share >= 2 * other


def is_heading_text(text: str) -> bool:
    """False for an ``<h1>`` that cannot be a headline whatever the page says: an unrendered
    template placeholder (``{{ $localize("cart.title") }}``) or a paragraph set as a heading
    (more than :data:`~newsclean.html.patterns.TITLE_MAX_WORDS` words).

    >>> is_heading_text("Rain due"), is_heading_text("{{ page.title }}")
    (True, False)
    """
    if "{{" in text and "}}" in text:
        return False
    return len(text.split()) <= patterns.TITLE_MAX_WORDS


def cut_logo(title: str, logos: Iterable[str]) -> str:
    """``title`` less a site name the page prints as its logo, at either end: the logo is the
    site's name whatever ``og:site_name`` says. A plain space is separator enough after a
    logo that is a domain name (a logo "Home" does not start "Home improvements ...").

    >>> cut_logo("davidbau.com Vibe Coding", ["davidbau.com"])
    'Vibe Coding'
    >>> cut_logo("Rain due | Ann's Blog", ["Ann's Blog"])
    'Rain due'
    >>> cut_logo("Home improvements to make", ["Home"])
    'Home improvements to make'
    """
    for logo in logos:
        spaced = (" ",) if "." in logo.strip(".") else ()
        for separator in (*patterns.TITLE_SEPARATORS, ": ", *spaced):
            if title.startswith(logo + separator) and (rest := title[len(logo + separator) :]):
                return rest.strip()
            if title.endswith(separator + logo) and (head := title[: -len(separator + logo)]):
                return head.strip()
    return title


def truncated(claim: str, others: Iterable[str]) -> bool:
    """True when ``claim`` is the start of another title cut off mid-phrase: the other goes on
    with a word, not with a separator (a JSON-LD headline clipped to a field length, "... Find
    Solutions (Including", where ``og:title`` has the whole headline).

    >>> truncated("Rain due in", ["Rain due in the valley", "Rain"])
    True
    >>> truncated("Rain due", ["Rain due | Opinion", "Rain due: what to expect"])
    False
    """
    for other in others:
        if len(other) > len(claim) and other.casefold().startswith(claim.casefold()):
            rest = other[len(claim) :]
            if rest[:1] == " " and rest[1:2].isalnum():
                return True
    return False

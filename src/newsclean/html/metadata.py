"""Article metadata from everything an HTML page offers, picked by evidence.

Each field is read from several kinds of source and the strongest one present wins:

* JSON-LD (schema.org ``NewsArticle`` and friends): written for machines about *this*
  article, so it is the best evidence for dates, authors and the publisher;
* OpenGraph / ``<meta>`` tags: also machine-facing, but shared templates fill them loosely
  (``og:title`` often carries the site name, ``author`` is sometimes the outlet);
* the DOM: the visible ``<h1>``, the byline element, ``<time>`` elements;
* the ``<title>`` element, last.

The evidence used for each field is recorded in ``provenance`` (values listed in
docs/html.md). Authors are checked to be people: organisations, the publisher itself and
desks such as "Staff" are dropped, so an empty author list is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.blocks import Block
from newsclean.bylines import is_group_credit, is_person_name
from newsclean.dates import DateMatch, find_dates
from newsclean.evidence import Found
from newsclean.html import patterns
from newsclean.html.dom import class_and_id, collapse, text_of
from newsclean.html.header import (
    first_byline,
    header_date,
    header_parts,
    labelled_names,
    name_beside_date,
    name_next_to_date,
    page_lines,
    same_numeric_date,
)
from newsclean.html.jsonld import read_nodes, text_value, types_of
from newsclean.html.title import (
    cut_logo,
    is_heading_text,
    is_home_link,
    slug_pick,
    slug_prefers_another,
    slug_words,
    truncated,
)
from newsclean.matching import any_of, normal_form, phrase_set
from newsclean.patterns import dates as date_patterns
from newsclean.patterns import metadata as text_patterns

_NOT_PERSON = phrase_set(text_patterns.NOT_PERSON_WORDS)
_NAME_SEPARATORS = any_of(text_patterns.NAME_SEPARATORS)
_BY_PREFIX = regex.compile(
    r"^(?:" + "|".join(text_patterns.BYLINE_PREFIXES) + r")\s+", regex.IGNORECASE
)
_NOT_A_NAME = regex.compile(r"https?:|www\.|@|\d|[<>{}=]")
# A credential after a name ("Ann Lee, MD", "Jo Roe, Ph.D."), kept with it as the text
# path's bylines keep it (not a job title: "Ann Lee, CEO" is Ann Lee).
_CREDENTIAL = regex.compile(r"^(?:" + text_patterns.CREDENTIAL + r")$")
_EMPTY_NAME_MARKS = ",;&|"
# A one-word login for a name: dots or underscores inside it, or a capital after small
# letters at its end ("andrew.keaveney", "KatieS"); a schema.org Person may carry one.
_HANDLE = regex.compile(r"^\S*[._]\S*$|^\S*\p{Ll}\p{Lu}$|^\p{Ll}+$")
_ISO_DATE = regex.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ]|$)")
MIN_YEAR, MAX_YEAR = 1990, 2100
"""Dates outside these years are template defaults or typos, never a publication date."""
STRUCTURED_NAME_MAX_WORDS = 6
_TRAILING_NON_NAME = frozenset(patterns.NAME_TRAILING_WORDS) | frozenset(patterns.MONTH_WORDS)
_LEADING_NON_NAME = frozenset(patterns.NAME_LEADING_WORDS)
_NAME_STOP_WORDS = frozenset(patterns.NAME_STOP_WORDS)
_NAME_ROLE_WORDS = frozenset(patterns.NAME_ROLE_WORDS)
# The patterns' XPaths, compiled once (lxml would compile a string on every call).
_DATE_XPATHS = tuple(etree.XPath(x) for x in patterns.DATE_XPATHS)
_BYLINE_XPATHS = tuple(etree.XPath(x) for x in patterns.BYLINE_XPATHS)
_OFFSET_XPATH = etree.XPath(patterns.OFFSET_XPATH)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# An element's class words: "updated-on", "field--name-changed", "dateModified".
_CLASS_WORD = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_MODIFIED_CLASS_WORDS = frozenset(date_patterns.MODIFIED_CLASS_WORDS)
_PUBLISHED_CLASS_WORDS = frozenset(date_patterns.PUBLISHED_CLASS_WORDS)


@dataclass(frozen=True)
class _Page:
    """What the readers share: the tree, its meta tags and its JSON-LD nodes, read once."""

    tree: HtmlElement
    meta: dict[str, list[str]]
    article: dict[str, Any] | None
    nodes: list[dict[str, Any]]


def read_metadata(
    tree: HtmlElement, url: str | None = None, *, body: frozenset[str] = frozenset()
) -> Found:
    """Title, authors, date, source and description of the page, with their evidence.

    ``url`` is the page's address, when known: the date search of the fallback reads dates
    in it (``/2025/06/07/``) as one more piece of evidence. ``body`` holds the normal forms
    (:func:`~newsclean.matching.normal_form`) of the extracted body's blocks: a byline line
    that is one of them is left to ``extract_metadata``, which reads it and takes it out of
    the body (authors set here would leave it in).
    """
    nodes = read_nodes(tree)
    page = _Page(tree, read_meta_tags(tree), _article_node(nodes), nodes)
    found = Found()
    _source(page, found)
    shown = _title(page, found, url)
    titles = [found.values.get("title") or "", *(heading_text(h) for h in tree.iter("h1"))]
    if shown:  # the header is around the headline as printed, not an SEO title elsewhere
        titles.insert(0, shown)
    lines = page_lines(tree)
    above, below = header_parts(lines, titles[: patterns.HEADER_TITLES])
    header = above + below
    marked = _marked_modified_days(tree)
    _date(page, found)
    _page_zone(page, found, header)
    _header_date(page, header, found, above=len(above), modified=marked)
    groups: list[_Credit] = []  # credits naming only groups: used when no one names a person
    _authors(page, found, groups)
    handles = _set_aside_handles(found)
    _header_byline(header, found, body, groups)
    _header_name_lines(header, lines, found, body, groups)
    _take_group(found, groups, lines, body)
    _description(page, found)
    _language(page, found)
    _header_updated(header, found, above=len(above), modified=marked)
    _trafilatura_fallback(tree, found, url, _modified_days(page), groups)
    _author_links(tree, found, groups)
    _page_byline(lines, found, body, groups)
    _page_label(lines, found, body)
    _take_group(found, groups, lines, body)
    if "authors" not in found.values and handles:
        found.set("authors", handles[0], handles[1])
    return found


_Credit = tuple[tuple[str, ...], str]
"""Names credited by one source, and that source's evidence (``provenance`` value)."""


def _credit(found: Found, names: Iterable[str], evidence: str, groups: list[_Credit]) -> None:
    """Set ``names`` as the authors when one of them is a person.

    A credit that names only groups ("The Investopedia Team", :func:`is_group_credit`) is
    kept aside in ``groups`` (the strongest one only): a person named by another source is
    the better credit, and the group is taken by :func:`_take_group` when no source names
    one (a page whose meta author is "Courier Staff" and whose byline prints "By Ann Lee"
    credits Ann Lee)."""
    unique = _unique(names)
    if unique and all(is_group_credit(n) for n in unique):
        if not groups and "authors" not in found.values:
            groups.append((unique, evidence))
        return
    found.set("authors", unique, evidence)


def _take_group(
    found: Found, groups: list[_Credit], lines: list[str], body: frozenset[str]
) -> None:
    """The group credit kept aside, when no source has named a person so far.

    Taken twice: after the markup and the header (a group the markup credits beats the
    weaker guesses that follow: trafilatura's, author links, a byline anywhere on the
    page), and at the end, for a group only those weaker sources credit. Not when the
    extracted body holds a byline naming a person ("Written by Ann Lee" under the story):
    ``extract_metadata`` takes that one."""
    if "authors" in found.values or not groups:
        return
    if first_byline([line for line in lines if normal_form(line) in body])[0]:
        return
    found.set("authors", groups[0][0], groups[0][1])


def _trafilatura_fallback(
    tree: HtmlElement, found: Found, url: str | None, modified: set[date], groups: list[_Credit]
) -> None:
    """Fill what the structured sources left empty with trafilatura's own heuristics.

    Only the searches for the missing fields run (trafilatura's whole ``extract_metadata``
    also re-reads the meta tags and JSON-LD read above, and looks for categories, tags and
    a licence): htmldate's extensive date search over the page and its URL, trafilatura's
    title and author heuristics. Its authors pass the same person check, and a date on the
    day the page says it was modified (``modified``) is not taken for the publication date.
    """
    from htmldate import find_date
    from trafilatura import metadata as traf_meta
    from trafilatura.settings import set_date_params

    try:  # trafilatura's metadata is a best-effort extra, never fatal here
        if "date" not in found.values:
            params = {**set_date_params(True), "url": url}
            guess = parse_date(find_date(tree, **params))
            if guess is not None and guess.date() not in modified:
                found.set("date", guess, "trafilatura:htmldate")
        if "title" not in found.values:
            found.set("title", collapse(traf_meta.extract_title(tree) or ""), "trafilatura")
        if "authors" not in found.values:
            excluded = _publisher_names(found)
            author = (traf_meta.extract_author(tree) or "") if _has_author_markup(tree) else ""
            names = [
                n for part in author.split(";") for n in split_names(part, excluded, groups=True)
            ]
            _credit(found, names, "trafilatura", groups)
    except Exception:
        return


# A superset of what trafilatura's ``AUTHOR_XPATHS`` can match, tested in one walk over the
# elements: each ``re:test`` pattern on ``class``/``id`` is widened to a substring every
# match of it has ("uthor" for "[Aa]uthor", "author-?name", "AuthorName"; "byl" for
# "byline"; ...), and equality tests to substrings. ``extract_author`` deep-copies the page,
# prunes it and runs three regex XPaths over it (the fallback's largest cost after
# htmldate); on a page where not even this superset matches (about half of them) it can only
# return None, so it is not called. tests/test_html.py pins trafilatura's expressions this
# was written for.
_AUTHOR_HINT = regex.compile(
    "uthor|byl|Byline|BBL|username|channel-name|zuozhe|bianji|xiaobian|submitted-by"
    "|posted-by|journalist-name|screenname|writer"
)
_AUTHOR_TESTIDS = frozenset({"AuthorCard", "AuthorURL"})


def _has_author_markup(tree: HtmlElement) -> bool:
    """False when trafilatura's author search cannot find anything on the page."""
    hint = _AUTHOR_HINT.search
    for element in tree.iter(etree.Element):
        if element.tag in ("author", "rel"):
            return True
        value = element.get("class")
        if value and hint(value):
            return True
        value = element.get("id")
        if value and hint(value):
            return True
        if (
            "author" in (element.get("itemprop") or "")
            or "Byline" in (element.get("data-component") or "")
            or element.get("rel") == "author"
            or element.get("data-testid") in _AUTHOR_TESTIDS
        ):
            return True
    return False


# --- readers ------------------------------------------------------------------------------


def read_meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased ``property``/``name``/``itemprop``, in page order."""
    tags: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = meta.get(attribute)
            if key:
                tags.setdefault(key.strip().lower(), []).append(collapse(content))
    return tags


def _article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD node describing the article: the first of an article type with a headline
    or a publication date (a bare type mention without them is a teaser or a breadcrumb)."""
    candidates = [n for n in nodes if types_of(n) & patterns.ARTICLE_TYPES]
    for node in candidates:
        if node.get("headline") or node.get("datePublished"):
            return node
    return candidates[0] if candidates else None


def _first_meta(page: _Page, keys: Iterable[str]) -> tuple[str, str] | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            return key, value
    return None


# --- fields -------------------------------------------------------------------------------


def _source(page: _Page, found: Found) -> None:
    site = _first_meta(page, patterns.SITE_META[:1])
    if site is not None:
        found.set("source", site[1], "og:site_name")
    if page.article is not None:
        found.set("source", text_value(page.article.get("publisher")), "json_ld:publisher")
    for node in page.nodes:
        if types_of(node) & {"newsmediaorganization", "website"}:
            found.set("source", text_value(node.get("name")), "json_ld:organization")
    app = _first_meta(page, patterns.SITE_META[1:])
    if app is not None:
        found.set("source", app[1], f"meta:{app[0]}")


def _title(page: _Page, found: Found, url: str | None = None) -> str | None:
    """The headline as the reader sees it.

    The visible ``<h1>`` is what a reader (and an annotator) calls the title, but pages
    have logo or section ``<h1>``s too; so an ``<h1>`` wins when a machine-facing title
    (JSON-LD headline, og:title, <title>) agrees with it, and a page's only ``<h1>`` wins
    unless it is the site's name (machine-facing titles are often SEO variants of the
    headline) or the URL's slug clearly sides with another title. Otherwise the JSON-LD
    headline, then og:title, then ``<title>``, with any " | Site" cut off.

    Returns the page's only ``<h1>`` when the slug set it aside: still the headline as
    printed, around which the header (byline, date) is found.
    """
    site = found.values.get("source")
    site_key = normal_form(site) if isinstance(site, str) else ""
    claims: list[tuple[str, str]] = []
    if page.article is not None and (headline := text_value(page.article.get("headline"))):
        headline = collapse(headline)
        claims.append((_cut_site(headline, site_key) if site_key else headline, "json_ld:headline"))
    for key in patterns.TITLE_META:
        for value in page.meta.get(key, ())[:1]:
            claims.append((strip_site_suffix(value, site), f"meta:{key}"))
    address = url or _page_address(page)
    h1s: list[str] = []
    logos: list[str] = []
    for heading in page.tree.iter("h1"):
        (logos if is_home_link(heading, address) else h1s).append(heading_text(heading))
    title_el = page.tree.find(".//title")
    page_title = strip_site_suffix(text_of(title_el), site) if title_el is not None else ""
    page_title = cut_logo(page_title, [logo for logo in logos if logo])
    if page_title:
        claims.append((page_title, "title_element"))
    raw_title = text_of(title_el) if title_el is not None else ""
    h1s = [_cut_site(t, site_key) if site_key else t for t in h1s if t and is_heading_text(t)]
    h1s = list(dict.fromkeys(h1s))[:5]
    h1s = [h for h in h1s if not _is_site_prefix(h, site_key, raw_title, claims)]
    keys = [normal_form(c[0]) for c in claims]
    for h1 in h1s:
        key = normal_form(h1)
        if key and any(k and (k.startswith(key) or key.startswith(k)) for k in keys):
            found.set("title", _without_extras(h1, claims), "h1")
            return None
        # A machine title inside the <h1>: the <h1> less its extras, when it has some.
        if any(k and k in key for k in keys) and (clean := _without_extras(h1, claims)) != h1:
            found.set("title", clean, "h1")
            return None
    for h1 in h1s:
        key = normal_form(h1)
        if len(key.split()) >= patterns.TITLE_INSIDE_MIN_WORDS and any(key in k for k in keys):
            found.set("title", h1, "h1")
            return None
    slug = slug_words(address)
    shown = None
    if len(h1s) == 1 and not _names_the_site(h1s[0], site, raw_title):
        if not slug_prefers_another(h1s[0], (c[0] for c in claims), slug):
            found.set("title", _without_extras(h1s[0], claims), "h1")
            return None
        shown = h1s[0]
    if len(h1s) > 1 and (picked := slug_pick(h1s, (c[0] for c in claims), slug)):
        found.set("title", _without_extras(picked, claims), "h1")
        return None
    for value, evidence in claims:
        if evidence != "title_element" and not truncated(value, (c[0] for c in claims)):
            found.set("title", value, evidence)
    found.set("title", page_title, "title_element")
    return shown


def _page_address(page: _Page) -> str | None:
    """The page's own address from its markup (``og:url``), when the caller gave none."""
    found = _first_meta(page, ("og:url",))
    return found[1] if found is not None and found[1].startswith(("http://", "https://")) else None


_HEADING_PARTS = etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)] | .//br")


def heading_text(element: HtmlElement) -> str:
    """A heading's visible text, a line break counting as a space: a template that breaks
    a headline over lines ("WEEKEND<br>CODING<br>AGENT") prints three words, not one.

    >>> from newsclean.html.dom import parse_html
    >>> heading_text(parse_html("<h1>Rain<br>due <b>soon</b></h1>").find(".//h1"))
    'Rain due soon'
    """
    parts = (p if isinstance(p, str) else " " for p in _HEADING_PARTS(element))
    return collapse("".join(parts))


def _without_extras(h1: str, claims: list[tuple[str, str]]) -> str:
    """The ``<h1>`` less what a template printed into it besides the headline.

    An ``<h1>`` that is a machine-facing title plus more, joined by a separator ("Rain due |
    Opinion", "Blog: Rain due") or with a date or a "Posted by" line run into it, is the
    headline with furniture: the machine-facing title is its clean form. A machine title
    that is only a cut-off start of the ``<h1>`` (no separator) is not.

    >>> _without_extras("Rain due | Opinion", [("Rain due", "meta:og:title")])
    'Rain due'
    >>> _without_extras("Rain due in May", [("Rain due", "meta:og:title")])
    'Rain due in May'
    >>> _without_extras("Opinion: Rain due", [("Rain due", "meta:og:title")])
    'Rain due'
    """
    key = normal_form(h1)
    for value, _ in claims:
        claim = normal_form(value)
        if not claim or claim == key or claim not in key:
            continue
        at = h1.casefold().find(value.casefold())
        if at < 0:
            continue
        before, after = h1[:at].strip(), h1[at + len(value) :].strip()
        if before and after:
            continue
        rest = before or after
        kicker = before.endswith(":") and len(before.split()) <= patterns.TITLE_KICKER_WORDS
        joined = (
            kicker
            or (before and before[-1] in patterns.TITLE_JOINERS)
            or (after and after[0] in patterns.TITLE_JOINERS)
        )
        if joined or find_dates(rest) or _BYLINE_REST.match(rest):
            return value
    return h1


def headline_with_extras(blocks: Iterable[Block], title: str) -> list[int]:
    """Indexes of the blocks that are ``title`` plus what a template added to it inside the
    ``<h1>`` ("Rain due | Opinion" when the title is "Rain due"): the headline as printed,
    which leaves the body like the title itself.

    >>> from newsclean.blocks import Block
    >>> headline_with_extras([Block("Rain due | Opinion"), Block("Rain due in May")], "Rain due")
    [0]
    """
    key, claims = normal_form(title), [(title, "title")]
    return [
        i
        for i, block in enumerate(blocks)
        if key in block.normal
        and block.normal != key
        and len(block.text) < 2 * len(title) + patterns.TITLE_EXTRAS_MAX_CHARS
        and _without_extras(block.text, claims) == title
    ]


_BYLINE_REST = regex.compile(
    r"^(?:" + "|".join(text_patterns.BYLINE_PREFIXES) + r"|posted|published)\b",
    regex.IGNORECASE,
)


def _is_site_prefix(h1: str, site_key: str, raw_title: str, claims: list[tuple[str, str]]) -> bool:
    """True when an ``<h1>`` is the site's name in front of the headline: it is the
    publisher's name, or the ``<title>`` is "H1: Headline" (or "H1 | Headline") where a
    machine-facing title is the headline alone. Such a logo ``<h1>`` agrees with the
    ``<title>`` by starting it, and is still not the headline.

    >>> _is_site_prefix("Ann's Blog", "", "Ann's Blog: Rain due", [("Rain due", "meta:og:title")])
    True
    """
    key = normal_form(h1)
    if site_key and key == site_key:
        return True
    others = {normal_form(v) for v, evidence in claims if evidence != "title_element"}
    for separator in (*patterns.TITLE_SEPARATORS, ": "):
        if raw_title.startswith(h1 + separator):
            rest = normal_form(raw_title[len(h1) + len(separator) :])
            if rest and rest != site_key and rest in others:
                return True
    return False


def _names_the_site(h1: str, site: object, raw_title: str) -> bool:
    """True when an ``<h1>`` is the site's name (a blog's logo) rather than a headline: it
    equals the publisher's name, or is the " | Name" part of the page's ``<title>``.

    >>> _names_the_site("Ann's Blog", None, "Porting a parser | Ann's Blog")
    True
    """
    key = normal_form(h1)
    if isinstance(site, str) and key == normal_form(site):
        return True
    title_key = normal_form(raw_title)
    return (
        bool(key)
        and key != title_key
        and (title_key.endswith(" " + key) or title_key.startswith(key + " "))
    )


def strip_site_suffix(title: str, site: object) -> str:
    """Cut " | Site Name" (or "Site Name | ") off a page title.

    >>> strip_site_suffix("Rain expected | The Daily", "The Daily")
    'Rain expected'
    >>> strip_site_suffix("Rain expected - more on Monday", None)
    'Rain expected - more on Monday'
    >>> strip_site_suffix("Rain expected | Weather | The Daily", None)
    'Rain expected'
    >>> strip_site_suffix("Rain expected this week - Part 1", None)
    'Rain expected this week'
    """
    title = collapse(title)
    site_key = normal_form(site) if isinstance(site, str) else ""
    while site_key and (shorter := _cut_site(title, site_key)) != title:
        title = shorter  # "Headline – Site - Site": templates add the name twice
    return _cut_tag(_cut_named_or_short(title, site_key))


def _cut_named_or_short(title: str, site_key: str) -> str:
    for separator in patterns.TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if site_key and normal_form(tail) == site_key:
            return head.strip()
        first, _, rest = title.partition(separator)
        if site_key and normal_form(first) == site_key:
            return rest.strip()
        # Without a known site name, "Headline | Section | Site" is the headline (on
        # wcxb-dev, in all 17 such titles whose gold is a part of them), unless the first
        # part is one word ("Opinion | Headline | Site")...
        if separator == " | " and title.count(separator) >= 2 and len(first.split()) > 1:
            return first.strip()
        # ...and a short last segment after "|" is still the site.
        if separator == " | " and len(tail.split()) <= 4 and len(head) > len(tail):
            return head.strip()
    return title


def _cut_tag(title: str) -> str:
    """``title`` less a tag of a word or two after a dash: "Rain due - Part 1", "Rain due
    – Infographic" (the page's format or place in a series, not its headline)."""
    for separator in patterns.TITLE_TAG_SEPARATORS:
        if title.count(separator) != 1:
            continue
        head, _, tail = title.partition(separator)
        if len(tail.split()) <= patterns.TITLE_TAG_MAX_WORDS < len(head.split()):
            return head.strip()
    return title


def _cut_site(title: str, site_key: str) -> str:
    """``title`` less a " | Site" suffix naming ``site_key`` (normal form), else unchanged."""
    for separator in patterns.TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and normal_form(tail) == site_key:
            return head.strip()
    return title


def _date(page: _Page, found: Found) -> None:
    """The publication date: never ``dateModified``, never a related item's date."""
    if page.article is not None:
        for key in ("datePublished", "dateCreated"):
            found.set("date", parse_date(text_value(page.article.get(key))), f"json_ld:{key}")
    for key in patterns.DATE_META:
        for value in page.meta.get(key, ())[:1]:
            found.set("date", parse_date(value), f"meta:{key}")
    for xpath in _DATE_XPATHS:
        if "date" in found.values:  # a stronger source gave it: no need to search the tree
            break
        for value in xpath(page.tree)[:1]:
            found.set("date", parse_date(str(value)), "time_element")
    for node in page.nodes:
        if types_of(node) & patterns.PAGE_TYPES:
            found.set("date", parse_date(text_value(node.get("datePublished"))), "json_ld:webpage")


def _page_zone(page: _Page, found: Found, header: list[str]) -> None:
    """A publication time given in UTC, moved to the page's own UTC offset when the header
    prints the calendar day it falls on there.

    ``...T02:41:41+00:00`` is Dec 19 in UTC and Dec 18, 9:41 PM at -05:00, the offset the
    page's other dates are written with (:func:`_page_offset`); the page that prints "Dec 18"
    under its headline, or has a ``<time datetime>`` on Dec 18, dates the article Dec 18. The
    instant is the same either way. A page that dates nothing on that local day (it prints
    only its "Updated" day, say) gives no reason to move it: the value stays as its source
    wrote it. Measured on wcxb-dev articles
    (docs/html.md): the check keeps the 2 pages the move was made for and gives back the day
    of one page that printed only its modified date.
    """
    chosen = found.values.get("date")
    if not isinstance(chosen, datetime) or chosen.utcoffset() != timedelta(0):
        return
    local = _page_offset(page)
    if local is None:
        return
    moved = chosen.astimezone(local)
    if moved.date() == chosen.date():
        found.values["date"] = moved
        return
    shown = {m.value.date() for line in header for m in find_dates(line)}
    for value in _OFFSET_XPATH(page.tree)[: patterns.OFFSET_DATES]:
        parsed = parse_date(str(value)) if _ISO_DATE.match(str(value)) else None
        if parsed is not None:
            shown.add(parsed.date())
    if moved.date() in shown:
        found.values["date"] = moved


def _header_date(
    page: _Page, header: list[str], found: Found, *, above: int, modified: frozenset[date]
) -> None:
    """The date the article's header shows, when the machine-facing sources give none or
    another day.

    The header is what the page tells its reader: a ``datePublished`` that a CMS reset on
    migration, or a meta date from the template, is overruled by the dateline under the
    headline. A date labelled "Updated" is never taken (see :func:`header_date`); a day's
    difference is a time-zone question and keeps the machine-facing value, which has a time;
    so does a numeric date that reads as the same day month first. The header's date is
    read from the ``<time datetime>`` that prints it, when there is one
    (:func:`_time_behind`).
    """
    shown = header_date(header, above=above, modified=modified)
    if shown is None:
        return
    match, line = shown
    match = _time_behind(page.tree, match, line)
    chosen = found.values.get("date")
    if not isinstance(chosen, datetime):
        found.set("date", match.value, "header_dateline")
        return
    shown_day = match.value.date()
    if abs((shown_day - chosen.date()).days) <= patterns.HEADER_DATE_SLACK_DAYS and (
        _day_in_some_zone(chosen, shown_day)
    ):
        return
    if same_numeric_date(line, chosen):
        return
    found.values["date"] = match.value
    found.evidence["date"] = "header_dateline"


def _time_behind(tree: HtmlElement, match: DateMatch, line: str) -> DateMatch:
    """The header's date as the ``<time datetime>`` that prints it gives it: with its time
    and zone, and with the order of a numeric date settled ("03/01/2017" is 1 March where
    the element says ``2017-03-01``, not 3 January as a day-first reading has it). The
    element must print the date and agree with it (the same day, or the same day read
    month first); otherwise the header's own reading stays.
    """
    shown = line[match.start : match.end]
    for element in tree.iter("time"):
        value = element.get("datetime")
        if not value or shown not in collapse(element.text_content()):
            continue
        parsed = parse_date(value) if _ISO_DATE.match(value) else None
        if parsed is not None and (
            parsed.date() == match.value.date() or same_numeric_date(shown, parsed)
        ):
            return replace(match, value=parsed, has_time=len(value.strip()) > 10)
    return match


def _day_in_some_zone(instant: datetime, day: date) -> bool:
    """True when ``day`` is the calendar day of ``instant`` in some time zone (UTC-12 to
    UTC+14); always for a naive value, whose zone is not known.

    >>> _day_in_some_zone(datetime(2025, 12, 19, 22, 2, tzinfo=timezone.utc), date(2025, 12, 18))
    False
    >>> _day_in_some_zone(datetime(2025, 12, 19, 2, 0, tzinfo=timezone.utc), date(2025, 12, 18))
    True
    """
    if instant.utcoffset() is None:
        return True
    utc = instant.astimezone(timezone.utc)
    earliest = (utc - timedelta(hours=patterns.UTC_OFFSET_WEST_HOURS)).date()
    latest = (utc + timedelta(hours=patterns.UTC_OFFSET_EAST_HOURS)).date()
    return earliest <= day <= latest


def _header_updated(
    header: list[str], found: Found, *, above: int, modified: frozenset[date]
) -> None:
    """The date the header labels "Updated", when no source gives a publication date.

    The field is the publication date, so an "Updated" date is never taken while any
    structured source or the header gives another one. A page that prints only "Updated on
    July 9, 2025" under its headline gives its reader no other date, and that one is the
    page's own statement; htmldate's search, which comes next, guesses from dates anywhere
    in the page and its URL. Measured on wcxb-dev articles (docs/html.md): 7 pages gain the
    gold date (4 where htmldate guessed another day, 3 with no date), none lose it."""
    if "date" in found.values:
        return
    shown = header_date(header, updated=True, above=above, modified=modified)
    if shown is not None:
        found.set("date", shown[0].value, "header_updated")


def _marked_modified_days(tree: HtmlElement) -> frozenset[date]:
    """The days the page's markup shows as its modified date and never as its publication
    date: a short element whose class names say "updated" ("updated-on", Drupal's
    ``field--name-changed``) or ``itemprop=dateModified``, with no "published" class word.

    A theme prints the modified date under the headline with no visible label, so a header
    line reads "By Ann Lee 12th February 2025"; the markup is the label. WordPress gives
    its one date the classes "entry-date published updated": both words, so neither.
    """
    modified: set[date] = set()
    published: set[date] = set()
    for element in tree.iter():
        classes = element.get("class")
        prop = element.get("itemprop")
        if not classes and not prop:
            continue
        words = {w.casefold() for w in _CLASS_WORD.findall(f"{classes or ''} {prop or ''}")}
        is_modified = not words.isdisjoint(_MODIFIED_CLASS_WORDS)
        is_published = not words.isdisjoint(_PUBLISHED_CLASS_WORDS)
        if is_modified == is_published:
            continue
        text = collapse(element.text_content())
        if not text or len(text) > patterns.HEADER_DATE_LINE_CHARS:
            continue
        days = {m.value.date() for m in find_dates(text)}
        (modified if is_modified else published).update(days)
    return frozenset(modified - published)


def _modified_days(page: _Page) -> set[date]:
    """The days the page says it was modified on (JSON-LD ``dateModified``, meta tags)."""
    values = [v for key in patterns.MODIFIED_META for v in page.meta.get(key, ())[:1]]
    if page.article is not None:
        values.append(text_value(page.article.get("dateModified")) or "")
    return {parsed.date() for v in values if (parsed := parse_date(v)) is not None}


def _page_offset(page: _Page) -> timezone | None:
    """The page's own UTC offset, when a date on it is written with a non-zero one.

    A publication time given in UTC (``...T02:41:41+00:00``) can fall on the next calendar
    day from the one the page prints (``Dec 18, 9:41 PM EST``); the same instant is kept, in
    the offset the page's other dates show, so that its calendar day is the page's own.
    """
    values: list[str] = [str(v) for v in _OFFSET_XPATH(page.tree)[: patterns.OFFSET_DATES]]
    if page.article is not None:
        values += [str(page.article.get(k) or "") for k in ("datePublished", "dateModified")]
    for value in values:
        parsed = parse_date(value) if _ISO_DATE.match(value) else None
        offset = parsed.utcoffset() if parsed is not None else None
        if offset:
            return timezone(offset)
    return None


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 (or free-form) date string as a datetime; aware only when it has a zone.

    >>> parse_date("2025-06-07T14:01:00+02:00").isoformat()
    '2025-06-07T14:01:00+02:00'
    >>> parse_date("2025-06-07").isoformat(), parse_date("0001-01-01")
    ('2025-06-07T00:00:00', None)
    """
    if not value:
        return None
    text = value.strip()
    parsed: datetime | None = None
    if _ISO_DATE.match(text):
        candidate = text.replace(" ", "T", 1) if len(text) > 10 else text
        try:
            parsed = datetime.fromisoformat(candidate)
        except ValueError:
            m = _ISO_DATE.match(text)
            assert m is not None
            try:
                parsed = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                parsed = None
    if parsed is None:
        matches = find_dates(text[:200])
        parsed = matches[0].value if matches else None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed


def _authors(page: _Page, found: Found, groups: list[_Credit]) -> None:
    """People credited for the article, strongest evidence first; never the publisher.

    A meta author whose value is also the name of a schema.org ``Person`` node on the page
    counts as typed (so a one-word name such as "Kristin" is accepted).
    """
    excluded = _publisher_names(found)
    # Without an article node, a WebPage node with a headline may credit the article.
    node = page.article or next(
        (n for n in page.nodes if types_of(n) & patterns.PAGE_TYPES and n.get("headline")), None
    )
    if node is not None and "author" in node:
        credited = _resolve_ids(node["author"], page.nodes)
        people = list(_json_ld_people(credited, excluded))
        _credit(found, people, "json_ld:author", groups)
        if "authors" in found.values or _names_organisation(credited):
            return
    persons = {
        normal_form(name)
        for node in page.nodes
        if "person" in types_of(node) and (name := text_value(node.get("name")))
    }
    for key in patterns.AUTHOR_META:
        values = page.meta.get(key, ())
        if key in patterns.ONE_AUTHOR_META:
            values = [part for v in values for part in v.split(";")]
        people = [
            p
            for v in values
            for p in (
                inverted_name(v, excluded) if key in patterns.ONE_AUTHOR_META else ()
            )
            or split_names(v, excluded, typed_person=normal_form(v) in persons, groups=True)
        ]
        _credit(found, people, f"meta:{key}", groups)
    # Twitter card label/data pairs (Yoast writes "Written by" / the author's name).
    for n in range(1, patterns.TWITTER_DATA_PAIRS + 1):
        label = page.meta.get(f"twitter:label{n}", [""])[0].casefold().strip(" :")
        if label in patterns.TWITTER_AUTHOR_LABELS:
            for value in page.meta.get(f"twitter:data{n}", ())[:1]:
                named = split_names(value, excluded, groups=True)
                _credit(found, named, f"meta:twitter:data{n}", groups)
    for xpath in _BYLINE_XPATHS:
        if "authors" in found.values:  # a stronger source gave them: no need to search the tree
            break
        for element in xpath(page.tree)[:3]:
            # Its blocks kept apart: "Matt Check" <div>"Head Winemaker"</div> is a name and
            # a role, not the name "Matt CheckHead Winemaker".
            text = " | ".join(page_lines(element))
            if text and len(text) <= patterns.BYLINE_MAX_CHARS:
                named = split_names(text, excluded, groups=True)
                _credit(found, named, "byline_element", groups)
                if named and "authors" not in found.values:
                    return  # the first byline element credits a group: the later ones are teasers'


def _header_byline(
    header: list[str], found: Found, body: frozenset[str], groups: list[_Credit]
) -> None:
    """The byline printed under the headline, when the markup credits nobody."""
    _byline(header, found, body, "header_byline", groups)


def _header_name_lines(
    header: list[str], lines: list[str], found: Found, body: frozenset[str], groups: list[_Credit]
) -> None:
    """A name under a byline label ("Written by:" / "Ann Lee"), or beside the date on a
    header line ("Dec 19, 2025 · Ann Lee"), when the header has no "By" line.

    A "name" whose every word the page also writes in lower case ("Project Management") is
    a section or a tag, not a person. A group under a label ("By" / "The Meetingnotes
    Team") is a group credit (kept aside as any other, see :func:`_credit`)."""
    if "authors" in found.values:
        return
    excluded = _publisher_names(found)
    names, used = labelled_names(header, groups=lambda text: group_credits(text, excluded))
    if names and all(is_group_credit(n) for n in names):
        if not any(normal_form(line) in body for line in used):
            _credit(found, names, "header_byline_label", groups)
        names, used = (), []
    evidence = "header_byline_label"
    if not names and (beside := name_beside_date(header)) is not None:
        names, used, evidence = (beside[0],), [beside[1]], "header_name_beside_date"
    if not names and (near := name_next_to_date(header)) is not None:
        names, used, evidence = (near[0],), [near[1]], "header_name_next_to_date"
    _set_people(names, used, lines, found, body, evidence)


def _set_people(
    names: Sequence[str],
    used: list[str],
    lines: list[str],
    found: Found,
    body: frozenset[str],
    evidence: str,
) -> None:
    """Set ``names`` as the authors, less the publisher and "names" the page also writes as
    common words; nothing when a line they were read from is in the body (``extract_metadata``
    takes that one)."""
    if not names or any(normal_form(line) in body for line in used):
        return
    excluded = _publisher_names(found)
    text = "\n".join(lines)
    people = [n for n in names if normal_form(n) not in excluded and not _all_common(n, text)]
    found.set("authors", _unique(people), evidence)


_WORD = regex.compile(r"[^\W\d_]{2,}")


def _all_common(name: str, text: str) -> bool:
    """True when every word of ``name`` also stands in lower case in ``text``.

    The text path has its own form of this check (``cleaners.metadata._CommonWords``), which
    also refuses a word followed by "." and a letter ("illinois.edu"); the two give different
    answers on one development page, so they are not yet one function."""
    words = [w.casefold() for w in _WORD.findall(name)]
    return bool(words) and all(
        w != w.upper() and regex.search(r"(?<![\w./@-])" + regex.escape(w) + r"(?![\w/@])", text)
        for w in words
    )


def _page_byline(
    lines: list[str], found: Found, body: frozenset[str], groups: list[_Credit]
) -> None:
    """The page's first byline line anywhere ("Posted by Ann Lee on 2025-12-18" in a
    footer), the last resort when nothing else credits a person."""
    _byline(lines, found, body, "page_byline", groups)


def _page_label(lines: list[str], found: Found, body: frozenset[str]) -> None:
    """A byline label with a full name under it anywhere on the page: the author box after
    the article ("Written by" / "Ann Lee", "About the author" / "Ann Lee")."""
    if "authors" in found.values:
        return
    names, used = labelled_names(lines, explicit=False)
    _set_people(names, used, lines, found, body, "page_byline_label")


def _byline(
    lines: list[str], found: Found, body: frozenset[str], evidence: str, groups: list[_Credit]
) -> None:
    if "authors" in found.values:
        return
    excluded = _publisher_names(found)
    names, line = first_byline(lines, lambda text: group_credits(text, excluded))
    if names and normal_form(line) not in body:
        _credit(found, (n for n in names if normal_form(n) not in excluded), evidence, groups)


def _set_aside_handles(found: Found) -> tuple[tuple[str, ...], str] | None:
    """Take out authors that are only logins ("andrew.keaveney", "KatieS"), which CMSs write
    into their structured data for the account that posted the article: the page may print
    the writer's name in its byline. They come back (with their evidence) when no other
    source names anyone."""
    names = found.values.get("authors")
    if not names or not all(_HANDLE.match(n) for n in names):
        return None
    del found.values["authors"]
    return tuple(names), found.evidence.pop("authors")


def _author_links(tree: HtmlElement, found: Found, groups: list[_Credit]) -> None:
    """The people the page's first link to an author's page names (``/author/ann-lee``,
    ``/authors/``, ``/contributors/``, ``/profile/``, ...), with the other author links of
    the short byline that holds it ("Ann Lee and Bo Chen", two links).

    A CMS links a credited author to the page listing their articles, in the byline or an
    author box, whatever the template's class names; the link's text is the name as the
    reader sees it.
    """
    if "authors" in found.values:
        return
    excluded = _publisher_names(found)
    first = next(
        (
            a
            for a in _AUTHOR_LINKS(tree)
            if _is_author_link(a)
            and split_names(text_of(a), excluded, groups=True)
            and not _in_menu(a)
        ),
        None,
    )
    if first is None:
        return
    box = first
    for _ in range(patterns.AUTHOR_LINK_LEVELS):
        parent = box.getparent()
        if parent is None or len(text_of(parent)) > patterns.BYLINE_MAX_CHARS:
            break
        box = parent
    links = [a for a in box.iter("a") if a is first or _is_author_link(a)]
    names = [n for a in links for n in split_names(text_of(a), excluded, groups=True)]
    _credit(found, names, "author_link", groups)


_AUTHOR_LINKS = etree.XPath("//body//a[@href]")
_PATH_WORD = regex.compile(r"[^\W\d_]+")
_AUTHOR_PATH_WORDS = frozenset(patterns.AUTHOR_PATH_WORDS)
_AUTHOR_PATH_SEGMENTS = frozenset(patterns.AUTHOR_PATH_SEGMENTS)


_CLASS_WORD = regex.compile(r"\p{Ll}+|\p{Lu}\p{Ll}*")
_MENU_WORDS = frozenset(patterns.MENU_CLASS_WORDS)


def _in_menu(element: HtmlElement) -> bool:
    """True inside a navigation menu (``<nav>``, or a class or id word such as "menu",
    "dropdown", a few levels up): a menu links to staff pages ("Meet Dr. Kneib",
    "Faculty"), not to the article's author. Only the nearest levels count: some templates
    wrap the whole header, byline included, in a ``<nav>``."""
    for level, ancestor in enumerate(element.iterancestors()):
        if level >= patterns.MENU_LEVELS:
            break
        if ancestor.tag == "nav":
            return True
        names = class_and_id(ancestor)
        if any(w.casefold() in _MENU_WORDS for w in _CLASS_WORD.findall(names)):
            return True
    return False


def _is_author_link(link: HtmlElement) -> bool:
    """True when the link's path has an author word in a segment before the last one
    ("/blog/author/ann-lee/", "/blog-authors/ann-lee"), or a segment that is a staff word
    ("/people/ann-lee", not "/stronger-people/projects")."""
    href = link.get("href") or ""
    path = href.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    segments = [s.casefold() for s in path.split("/")[1:] if s]
    return any(
        s in _AUTHOR_PATH_SEGMENTS or any(w in _AUTHOR_PATH_WORDS for w in _PATH_WORD.findall(s))
        for s in segments[:-1]
    )


def _publisher_names(found: Found) -> set[str]:
    """Names that are the publisher, so never an author.

    A one-person site often puts its author's name in ``og:site_name``; such a person-shaped
    site name is only excluded when JSON-LD typed it as the publisher organisation.
    """
    publisher = found.values.get("source")
    if not isinstance(publisher, str):
        return set()
    if is_person_name(publisher) and found.evidence.get("source") != "json_ld:publisher":
        return set()
    return {normal_form(publisher)}


def _resolve_ids(value: Any, nodes: list[dict[str, Any]]) -> Any:
    """Replace ``{"@id": ...}`` references by the node of that id (a Yoast-style ``@graph``
    credits ``"author": {"@id": "#/schema/person/..."}`` and names the person elsewhere)."""
    if isinstance(value, list):
        return [_resolve_ids(v, nodes) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        ref = value["@id"]
        return next((n for n in nodes if n.get("@id") == ref and n is not value), value)
    return value


def _names_organisation(value: Any) -> bool:
    """True when JSON-LD credits only an organisation: the page has no person to find."""
    items = value if isinstance(value, list) else [value]
    dicts = [i for i in items if isinstance(i, dict)]
    return bool(dicts) and all(types_of(d) & patterns.ORGANISATION_TYPES for d in dicts)


def _json_ld_people(value: Any, excluded: set[str]) -> Iterator[str]:
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_people(item, excluded)
    elif isinstance(value, dict):
        name = text_value(value.get("name"))
        if types_of(value) & patterns.ORGANISATION_TYPES:
            # An organisation credits no person; a named group ("EDB Team") is a credit.
            yield from group_credits(name or "", excluded)
            return
        # A node typed Person is a person even when it shares the publisher's name (a
        # one-person site whose publisher is its author).
        if "person" in types_of(value):
            excluded = set()
        if name and name[0] in _EMPTY_NAME_MARKS:
            return  # ", USA TODAY": the template left the name out, the affiliation is no one
        if name and (people := split_names(name, excluded, typed_person=True, groups=True)):
            yield from people
    elif isinstance(value, str) and (text := text_value(value)):
        yield from split_names(text, excluded, groups=True)


def split_names(
    text: str, excluded: set[str], *, typed_person: bool = False, groups: bool = False
) -> list[str]:
    """The people named in an author string; organisations, desks and handles are dropped.

    ``typed_person`` relaxes the name shape check for a value that schema.org already typed
    as a ``Person`` (single names, names in scripts without capitals). With ``groups``, a
    named group credit ("Podium Staff", :func:`is_group_credit`) is kept too, verbatim.

    >>> split_names("By Jane Doe and John Roe", set())
    ['Jane Doe', 'John Roe']
    >>> split_names("Staff", set()), split_names("The Daily", {"the daily"})
    ([], [])
    """
    text = collapse(_BY_PREFIX.sub("", collapse(text)))
    if not text or _NOT_A_NAME.search(text):
        return []
    names: list[str] = []
    follows_name = False  # the part before this one was a name: a credential may follow it
    for part in _NAME_SEPARATORS.split(text):
        credential = part.strip(" :-–—|")
        if (
            follows_name
            and _CREDENTIAL.match(credential)
            and normal_form(credential) not in _NOT_PERSON
            and credential.casefold() not in _NAME_ROLE_WORDS
        ):
            names[-1] = f"{names[-1]}, {credential}"  # "Ann Lee, MD": the credential stays
            continue
        follows_name = False
        whole = part.strip(" .:-–—|\"“”'")
        if groups and is_group_credit(whole):
            if normal_form(whole) not in excluded:
                names.append(whole)
            continue
        name = _trim_name(whole, roles=not typed_person)
        if not name:
            continue
        key = normal_form(name)
        if any(w in _NAME_STOP_WORDS for w in key.split()):
            continue
        if key in excluded or key in _NOT_PERSON:
            continue
        if any(w in _NOT_PERSON for w in key.split()) or key.startswith("the "):
            continue
        if is_person_name(name) or (
            typed_person and len(name.split()) <= STRUCTURED_NAME_MAX_WORDS
        ):
            names.append(name)
            follows_name = True
    return names


_INVERTED = regex.compile(r"^(?P<last>[^,]+),(?P<first>[^,]+)$")


def inverted_name(text: str, excluded: set[str]) -> tuple[str, ...]:
    """The one name a "Last, First" value writes ("Kaufman, Jeff T."), kept as written, as
    a tag whose convention is one author per tag gives it (``ONE_AUTHOR_META``); nothing
    when the value is not such a name ("Ann Lee, MD" is a name and a credential, "Ann Lee,
    Bo Chen" two names: :func:`split_names` reads those).

    >>> inverted_name("Kaufman, Jeff T.", set()), inverted_name("van der Merwe, Marna", set())
    (('Kaufman, Jeff T.',), ('van der Merwe, Marna',))
    >>> inverted_name("Ann Lee, MD", set()), inverted_name("Ann Lee, Bo Chen", set())
    ((), ())
    """
    text = collapse(text)
    match = _INVERTED.match(text)
    if match is None:
        return ()
    last, first = match.group("last").strip(), match.group("first").strip()
    if _CREDENTIAL.match(first) or _NOT_A_NAME.search(text) or normal_form(text) in excluded:
        return ()
    # A surname is one word after any particles ("van der Merwe"): "Ann Lee, Bo Chen" is two.
    if len([w for w in last.split() if w[:1].isupper()]) != 1:
        return ()
    return (text,) if is_person_name(f"{first} {last}") else ()


def group_credits(text: str, excluded: set[str]) -> list[str]:
    """The named groups an author string credits ("By The Currency editors"), verbatim;
    never the publisher's bare name (``excluded``).

    >>> group_credits("By Podium Staff", set()), group_credits("Ann Lee", set())
    (['Podium Staff'], [])
    """
    text = collapse(_BY_PREFIX.sub("", collapse(text)))
    parts = (p.strip(" .:-–—|\"“”'") for p in _NAME_SEPARATORS.split(text))
    return [p for p in parts if is_group_credit(p) and normal_form(p) not in excluded]


def _trim_name(name: str, *, roles: bool = True) -> str:
    """A name without the role or date words byline markup runs into it: "Author Ann Lee",
    "Ann Lee Writer", "Ann Lee December" are all "Ann Lee".

    A job title run into it is cut off too ("Liz Kenny Former McKinsey Consultant"); a
    "name" that is only a job title ("Lead Reviewer") is no name. Not with ``roles=False``:
    a name schema.org typed as a ``Person`` is the page's own statement of a name.

    >>> _trim_name("Author Ann Lee Senior Writer"), _trim_name("June Lee")
    ('Ann Lee', 'June Lee')
    >>> _trim_name("Liz Kenny Former McKinsey Consultant"), _trim_name("Lead Reviewer")
    ('Liz Kenny', '')
    """
    words = name.split()
    role = next(
        (i for i, w in enumerate(words) if w.casefold().strip(".,") in _NAME_ROLE_WORDS), None
    )
    if roles and role is not None:
        words = words[:role] if role >= 2 else []
    while words and words[-1].casefold().strip(".,") in _TRAILING_NON_NAME:
        words.pop()
    while words and words[0].casefold().strip(".,:") in _LEADING_NON_NAME:
        words.pop(0)
    return " ".join(words)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(normal_form(name), name)
    return tuple(seen.values())


def _description(page: _Page, found: Found) -> None:
    for key in patterns.DESCRIPTION_META:
        for value in page.meta.get(key, ())[:1]:
            found.set("description", value, f"meta:{key}")
    if page.article is not None:
        found.set("description", text_value(page.article.get("description")), "json_ld")


def _language(page: _Page, found: Found) -> None:
    """The language the page declares (``<html lang>``, then ``og:locale`` or
    ``content-language``), as an ISO 639-1 code; the body text is only read for it
    (``detect_language``) when the page declares none."""
    declared = [page.tree.get("lang") or page.tree.get(_XML_LANG)]
    declared += [v for key in patterns.LANGUAGE_META for v in page.meta.get(key, ())[:1]]
    for value in declared:
        code = (value or "").strip().replace("_", "-").split("-")[0].lower()
        if len(code) == 2 and code.isascii() and code.isalpha():
            found.set("language", code, "html_lang")
            return

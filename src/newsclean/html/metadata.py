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

from collections.abc import Iterable
from datetime import date

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.blocks import Block
from newsclean.dates import find_dates, take_original_date
from newsclean.evidence import Found
from newsclean.html import patterns
from newsclean.html.authors import (
    Credit,
    author_links,
    credit,
    has_author_markup,
    header_byline,
    header_coauthors,
    header_name_lines,
    header_over_publisher,
    page_byline,
    page_label,
    page_written_by,
    printed_name,
    publisher_names,
    read_authors,
    set_aside_handles,
    split_names,
    take_group,
)
from newsclean.html.dom import collapse, text_of
from newsclean.html.header import (
    header_parts,
    page_lines,
    printed_before,
)
from newsclean.html.jsonld import read_nodes, text_value, types_of
from newsclean.html.page import Page, article_node, first_meta, read_meta_tags
from newsclean.html.published import (
    MarkedModifiedDays,
    modified_days,
    page_zone,
    parse_date,
    read_date,
    take_header_date,
    take_header_updated,
)
from newsclean.html.title import (
    cut_logo,
    is_heading_text,
    is_home_link,
    slug_pick,
    slug_prefers_another,
    slug_words,
    truncated,
)
from newsclean.matching import normal_form
from newsclean.patterns import metadata as text_patterns

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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
    page = Page(tree, read_meta_tags(tree), article_node(nodes), nodes)
    found = Found()
    _source(page, found)
    shown = _title(page, found, url)
    titles = [found.values.get("title") or "", *(heading_text(h) for h in tree.iter("h1"))]
    lines = page_lines(tree)
    if shown and not printed_before(lines, titles[0], shown):
        # the header is around the headline as printed, not an SEO title elsewhere
        titles.insert(0, shown)
    above, below = header_parts(lines, titles[: patterns.HEADER_TITLES])
    header = above + below
    marked = MarkedModifiedDays(tree)  # searched only when a date is checked against it
    read_date(page, found, modified=marked)
    page_zone(page, found, header)
    take_header_date(page, header, found, above=len(above), modified=marked)
    take_original_date(lines, found)
    groups: list[Credit] = []  # credits naming only groups: used when no one names a person
    read_authors(page, found, groups)
    handles = set_aside_handles(found)
    header_coauthors(header, found)
    header_over_publisher(header, found, body)
    header_byline(header, found, body, groups)
    header_name_lines(header, lines, found, body, groups)
    take_group(found, groups, lines, body)
    _description(page, found)
    _language(page, found)
    take_header_updated(header, found, above=len(above), modified=marked)
    _trafilatura_fallback(tree, found, url, modified_days(page), groups, lines)
    author_links(tree, found, groups)
    page_byline(lines, found, body, groups)
    page_label(lines, found, body)
    take_group(found, groups, lines, body)
    page_written_by(lines, found)
    if "authors" not in found.values and handles:
        found.set("authors", handles[0], handles[1])
    return found


def _trafilatura_fallback(
    tree: HtmlElement,
    found: Found,
    url: str | None,
    modified: set[date],
    groups: list[Credit],
    lines: list[str],
) -> None:
    """Fill what the structured sources left empty with trafilatura's own heuristics.

    Only the searches for the missing fields run (trafilatura's whole ``extract_metadata``
    also re-reads the meta tags and JSON-LD read above, and looks for categories, tags and
    a licence): htmldate's extensive date search over the page and its URL, trafilatura's
    title and author heuristics. Its authors pass the same person check and are spelled as
    the page's visible ``lines`` print them (:func:`~newsclean.html.authors.printed_name`:
    trafilatura drops the dot after an initial), and a date on the
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
            excluded = publisher_names(found)
            author = (traf_meta.extract_author(tree) or "") if has_author_markup(tree) else ""
            printed = "\n".join(lines) if author else ""
            names = [
                printed_name(n, printed)
                for part in author.split(";")
                for n in split_names(part, excluded, groups=True)
            ]
            credit(found, names, "trafilatura", groups)
    except Exception:
        return


def _source(page: Page, found: Found) -> None:
    site = first_meta(page, patterns.SITE_META[:1])
    if site is not None:
        found.set("source", site[1], "og:site_name")
    if page.article is not None:
        found.set("source", text_value(page.article.get("publisher")), "json_ld:publisher")
    for node in page.nodes:
        if types_of(node) & {"newsmediaorganization", "website"}:
            found.set("source", text_value(node.get("name")), "json_ld:organization")
    app = first_meta(page, patterns.SITE_META[1:])
    if app is not None:
        found.set("source", app[1], f"meta:{app[0]}")


def _title(page: Page, found: Found, url: str | None = None) -> str | None:
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


def _page_address(page: Page) -> str | None:
    """The page's own address from its markup (``og:url``), when the caller gave none."""
    found = first_meta(page, ("og:url",))
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


def _description(page: Page, found: Found) -> None:
    for key in patterns.DESCRIPTION_META:
        for value in page.meta.get(key, ())[:1]:
            found.set("description", value, f"meta:{key}")
    if page.article is not None:
        found.set("description", text_value(page.article.get("description")), "json_ld")


def _language(page: Page, found: Found) -> None:
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

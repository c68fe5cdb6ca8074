"""The people an HTML page credits: JSON-LD, meta tags, byline elements, the header's byline,
author links, and the group credits kept when no person is named.

Read by :func:`newsclean.html.metadata.read_metadata` in its order of evidence. Names are
checked to be people (the publisher, desks and handles are dropped; see docs/html.md and
:func:`newsclean.bylines.is_group_credit`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.bylines import is_group_credit, is_person_name, parse_byline, parse_names
from newsclean.evidence import Found
from newsclean.html import patterns
from newsclean.html.dom import class_and_id, collapse, text_of
from newsclean.html.header import (
    first_byline,
    labelled_names,
    name_beside_date,
    name_next_to_date,
    page_lines,
)
from newsclean.html.jsonld import text_value, types_of
from newsclean.html.page import CLASS_WORD, Page
from newsclean.matching import any_of, normal_form, phrase_set
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


STRUCTURED_NAME_MAX_WORDS = 6
_TRAILING_NON_NAME = frozenset(patterns.NAME_TRAILING_WORDS) | frozenset(patterns.MONTH_WORDS)
_LEADING_NON_NAME = frozenset(patterns.NAME_LEADING_WORDS)
_NAME_STOP_WORDS = frozenset(patterns.NAME_STOP_WORDS)
_NAME_ROLE_WORDS = frozenset(patterns.NAME_ROLE_WORDS)
_BYLINE_XPATHS = tuple(etree.XPath(x) for x in patterns.BYLINE_XPATHS)
Credit = tuple[tuple[str, ...], str]
"""Names credited by one source, and that source's evidence (``provenance`` value)."""


def credit(found: Found, names: Iterable[str], evidence: str, groups: list[Credit]) -> None:
    """Set ``names`` as the authors when one of them is a person.

    A credit that names only groups ("The Investopedia Team", :func:`is_group_credit`) is
    kept aside in ``groups`` (the strongest one only): a person named by another source is
    the better credit, and the group is taken by :func:`take_group` when no source names
    one (a page whose meta author is "Courier Staff" and whose byline prints "By Ann Lee"
    credits Ann Lee)."""
    unique = _unique(names)
    if unique and all(is_group_credit(n) for n in unique):
        if not groups and "authors" not in found.values:
            groups.append((unique, evidence))
        return
    found.set("authors", unique, evidence)


def take_group(found: Found, groups: list[Credit], lines: list[str], body: frozenset[str]) -> None:
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


def has_author_markup(tree: HtmlElement) -> bool:
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


def read_authors(page: Page, found: Found, groups: list[Credit]) -> None:
    """People credited for the article, strongest evidence first; never the publisher.

    A meta author whose value is also the name of a schema.org ``Person`` node on the page
    counts as typed (so a one-word name such as "Kristin" is accepted).
    """
    excluded = publisher_names(found)
    # Without an article node, a WebPage node with a headline may credit the article.
    node = page.article or next(
        (n for n in page.nodes if types_of(n) & patterns.PAGE_TYPES and n.get("headline")), None
    )
    if node is not None and "author" in node:
        credited = _resolve_ids(node["author"], page.nodes)
        people = list(_json_ld_people(credited, excluded))
        credit(found, people, "json_ld:author", groups)
        if "authors" in found.values or _names_organisation(credited):
            return
    persons = {
        normal_form(name)
        for node in page.nodes
        if "person" in types_of(node) and (name := text_value(node.get("name")))
    }
    for key in patterns.AUTHOR_META:
        values = page.meta.get(key, ())
        one_per_tag = key in patterns.ONE_AUTHOR_META
        if one_per_tag:
            values = [part for v in values for part in v.split(";")]
        people = [
            p
            for v in values
            for p in (inverted_name(v, excluded) if one_per_tag else ())
            or split_names(v, excluded, typed_person=normal_form(v) in persons, groups=True)
        ]
        credit(found, people, f"meta:{key}", groups)
    # Twitter card label/data pairs (Yoast writes "Written by" / the author's name).
    for n in range(1, patterns.TWITTER_DATA_PAIRS + 1):
        label = page.meta.get(f"twitter:label{n}", [""])[0].casefold().strip(" :")
        if label in patterns.TWITTER_AUTHOR_LABELS:
            for value in page.meta.get(f"twitter:data{n}", ())[:1]:
                named = split_names(value, excluded, groups=True)
                credit(found, named, f"meta:twitter:data{n}", groups)
    for xpath in _BYLINE_XPATHS:
        if "authors" in found.values:  # a stronger source gave them: no need to search the tree
            break
        for element in xpath(page.tree)[:3]:
            # Its blocks kept apart: "Matt Check" <div>"Head Winemaker"</div> is a name and
            # a role, not the name "Matt CheckHead Winemaker".
            text = " | ".join(page_lines(element))
            if text and len(text) <= patterns.BYLINE_MAX_CHARS:
                named = split_names(text, excluded, groups=True)
                credit(found, named, "byline_element", groups)
                if named and "authors" not in found.values:
                    return  # the first byline element credits a group: the later ones are teasers'


def header_coauthors(header: list[str], found: Found) -> None:
    """The header's byline in place of the markup's credit when it names the same people
    and more ("Ann Lee, Bo Chen & Cy Roe" under the headline where ``meta author`` and the
    JSON-LD say "Ann Lee").

    A CMS's structured data often credits the one account that posted the article; the
    byline printed for the reader lists its co-authors. The two agree on the account's
    person (the printed form may add a title: "Dr Ann Lee"), which makes the header line
    the article's byline and not a teaser's or a commenter's; its names are taken as
    printed.
    """
    current = found.values.get("authors")
    if not current:
        return
    keys = [normal_form(n) for n in current]
    for line in header:
        if len(line) > patterns.BYLINE_MAX_CHARS:
            continue
        names = parse_byline(line) or parse_names(line, explicit=False)
        if not names or len(names) <= len(keys):
            continue
        printed = [normal_form(n) for n in names]
        if all(any(p == k or p.endswith(" " + k) for p in printed) for k in keys):
            found.values["authors"] = tuple(names)
            found.evidence["authors"] = "header_coauthors"
            return


def header_over_publisher(header: list[str], found: Found, body: frozenset[str]) -> None:
    """The header's byline in place of a markup credit that is only the site's own name
    (``meta author`` "One Tree Planted" on onetreeplanted.org, whose headline reads "by
    Meaghan Weeden"). A person-shaped site name is kept as a credit when nothing else
    names anyone (a one-person site: its owner's name is both), but a "By" line under the
    headline naming another person is the page's own statement of who wrote the article.
    """
    current = found.values.get("authors")
    site = found.values.get("source")
    if not current or not isinstance(site, str):
        return
    key = normal_form(site)
    if any(normal_form(n) != key for n in current):
        return
    names, line = first_byline(header)
    people = [n for n in names if normal_form(n) != key]
    if people and normal_form(line) not in body:
        found.values["authors"] = _unique(people)
        found.evidence["authors"] = "header_byline"


def header_byline(
    header: list[str], found: Found, body: frozenset[str], groups: list[Credit]
) -> None:
    """The byline printed under the headline, when the markup credits nobody."""
    _byline(header, found, body, "header_byline", groups)


def header_name_lines(
    header: list[str], lines: list[str], found: Found, body: frozenset[str], groups: list[Credit]
) -> None:
    """A name under a byline label ("Written by:" / "Ann Lee"), or beside the date on a
    header line ("Dec 19, 2025 · Ann Lee"), when the header has no "By" line.

    A "name" whose every word the page also writes in lower case ("Project Management") is
    a section or a tag, not a person. A group under a label ("By" / "The Meetingnotes
    Team") is a group credit (kept aside as any other, see :func:`credit`)."""
    if "authors" in found.values:
        return
    excluded = publisher_names(found)
    names, used = labelled_names(header, groups=lambda text: group_credits(text, excluded))
    if names and all(is_group_credit(n) for n in names):
        if not any(normal_form(line) in body for line in used):
            credit(found, names, "header_byline_label", groups)
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
    excluded = publisher_names(found)
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


def page_byline(lines: list[str], found: Found, body: frozenset[str], groups: list[Credit]) -> None:
    """The page's first byline line anywhere ("Posted by Ann Lee on 2025-12-18" in a
    footer), the last resort when nothing else credits a person."""
    _byline(lines, found, body, "page_byline", groups)


def page_label(lines: list[str], found: Found, body: frozenset[str]) -> None:
    """A byline label with a full name under it anywhere on the page: the author box after
    the article ("Written by" / "Ann Lee", "About the author" / "Ann Lee")."""
    if "authors" in found.values:
        return
    names, used = labelled_names(lines, explicit=False)
    _set_people(names, used, lines, found, body, "page_byline_label")


_WRITTEN_BY = regex.compile("|".join(patterns.WRITTEN_BY_SENTENCES), regex.IGNORECASE)


def page_written_by(lines: list[str], found: Found) -> None:
    """The people a sentence of the page credits with the article ("This post was written
    by Ann Lee, Head of Research", in a note under the headline or an author box), the last
    resort when nothing else credits anyone. The sentence stays in the body: it is prose.

    >>> found = Found()
    >>> page_written_by(["Rain due", "This post was written by Ann Lee, CEO of Rain."], found)
    >>> found.values["authors"], found.evidence["authors"]
    (('Ann Lee',), 'page_written_by')
    """
    if "authors" in found.values:
        return
    excluded = publisher_names(found)
    for line in lines:
        match = _WRITTEN_BY.search(line)
        if match is None:
            continue
        names = parse_byline("By " + line[match.end() : match.end() + patterns.BYLINE_MAX_CHARS])
        people = [n for n in names or () if normal_form(n) not in excluded]
        if people:
            found.set("authors", _unique(people), "page_written_by")
            return


def _byline(
    lines: list[str], found: Found, body: frozenset[str], evidence: str, groups: list[Credit]
) -> None:
    if "authors" in found.values:
        return
    excluded = publisher_names(found)
    names, line = first_byline(lines, lambda text: group_credits(text, excluded))
    if names and normal_form(line) not in body:
        credit(found, (n for n in names if normal_form(n) not in excluded), evidence, groups)


def set_aside_handles(found: Found) -> tuple[tuple[str, ...], str] | None:
    """Take out authors that are only logins ("andrew.keaveney", "KatieS"), which CMSs write
    into their structured data for the account that posted the article: the page may print
    the writer's name in its byline. They come back (with their evidence) when no other
    source names anyone."""
    names = found.values.get("authors")
    if not names or not all(_HANDLE.match(n) for n in names):
        return None
    del found.values["authors"]
    return tuple(names), found.evidence.pop("authors")


def author_links(tree: HtmlElement, found: Found, groups: list[Credit]) -> None:
    """The people the page's first link to an author's page names (``/author/ann-lee``,
    ``/authors/``, ``/contributors/``, ``/profile/``, ...), with the other author links of
    the short byline that holds it ("Ann Lee and Bo Chen", two links).

    A CMS links a credited author to the page listing their articles, in the byline or an
    author box, whatever the template's class names; the link's text is the name as the
    reader sees it.
    """
    if "authors" in found.values:
        return
    excluded = publisher_names(found)
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
    credit(found, names, "author_link", groups)


_AUTHOR_LINKS = etree.XPath("//body//a[@href]")
_PATH_WORD = regex.compile(r"[^\W\d_]+")
_AUTHOR_PATH_WORDS = frozenset(patterns.AUTHOR_PATH_WORDS)
_AUTHOR_PATH_SEGMENTS = frozenset(patterns.AUTHOR_PATH_SEGMENTS)
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
        if any(w.casefold() in _MENU_WORDS for w in CLASS_WORD.findall(names)):
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


def publisher_names(found: Found) -> set[str]:
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


def printed_name(name: str, text: str) -> str:
    """``name`` as ``text`` prints it, when it prints it with dots after initials that the
    name lacks ("Justin C Meserole" printed "Justin C. Meserole"); else ``name``.

    trafilatura normalises the names it reads; the article's own spelling is the one the
    page shows.

    >>> printed_name("Justin C Meserole", "By Justin C. Meserole | May 2")
    'Justin C. Meserole'
    >>> printed_name("Ann Lee", "By Ann Lee")
    'Ann Lee'
    """
    words = name.split()
    if len(words) < 2 or all(len(w) > 1 for w in words[:-1]):
        return name
    pattern = "".join(regex.escape(w) + (r"\.?\s*" if len(w) == 1 else r"\s+") for w in words[:-1])
    match = regex.search(r"(?<!\w)" + pattern + regex.escape(words[-1]) + r"(?!\w)", text)
    return match.group(0) if match is not None else name


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

    A template's empty value ("undefined", :data:`~newsclean.html.patterns.EMPTY_VALUE_WORDS`)
    names no one, even where schema.org typed it as a ``Person``.
    """
    text = collapse(_BY_PREFIX.sub("", collapse(text)))
    if not text or _NOT_A_NAME.search(text) or text.casefold() in patterns.EMPTY_VALUE_WORDS:
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
        if name.split()[-1].casefold().rstrip(".,") in patterns.LEGAL_FORM_WORDS:
            continue  # "SmartEtailing Inc": a company
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

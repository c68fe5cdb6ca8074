"""Who published the article: credit lines, dateline tags, copyright notices, page titles,
the URL's host and its registrable domain."""

from __future__ import annotations

from urllib.parse import urlsplit

import regex
from tld import get_fld

from newsclean.matching import any_of
from newsclean.patterns import metadata as patterns

_CREDIT = regex.compile(
    r"^(?:" + "|".join(patterns.CREDIT_LABELS) + r")\s*[:：]\s*(?P<name>.*)$", regex.IGNORECASE
)
# "(MENAFN) Text..." : an agency tag opening the first paragraph.
_DATELINE_TAG = regex.compile(
    r"^\((?P<name>[\p{Lu}][\p{L}\p{N}.&'\- ]{0,40}?)\)\s*[-–—:]?\s+(?=\S)"
)
# "KYIV, June 7 (Reuters) - Text...": place and agency before the first sentence.
_PLACE_DATELINE = regex.compile(
    r"^[\p{Lu}][\p{Lu}\p{L} .,'\-]{1,60}?\s*\((?P<name>[\p{Lu}][\p{L}\p{N}.&'\- ]{0,40}?)\)\s*[-–—]\s+"  # noqa: E501
)
_COPYRIGHT_NOISE = regex.compile(
    r"©|\(c\)|copyright|all rights reserved|\b(?:19|20)\d\d\b|[-–—]\s*(?:19|20)\d\d|[.,;:|](?=\s|$)",  # noqa: E501
    regex.IGNORECASE,
)
_COPYRIGHT_CUE = any_of([r"©", r"\(c\)\s*(?:19|20)\d\d", r"\bcopyright\b"])
# "© 2012-2025 Jane Doe", "Copyright © 2025 Jane Doe's Blog", "Copyright Jane Doe 2012-2025":
# the words after the copyright mark and its years.
_COPYRIGHT_CREDIT = regex.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\)|copyright)\s*)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[,.]?\s*)?(?P<name>\p{Lu}.*)",
    regex.IGNORECASE,
)
_WORDY = regex.compile(r"\w")


def credit_name(text: str) -> str | bool | None:
    """For a credit line: the outlet it names, ``True`` when the name is on the next line,
    ``None`` when ``text`` is not a credit line.

    >>> credit_name("Source: BBC"), credit_name("Reference(s):"), credit_name("The source said so.")
    ('BBC', True, None)
    """
    match = _CREDIT.match(text.strip())
    if match is None:
        return None
    name = match.group("name").strip()
    if not name:
        return True
    return name if is_outlet_name(name) else None


def is_outlet_name(text: str) -> bool:
    """A short name such as "BBC", "cgtn.com" or "The Associated Press" (not a sentence)."""
    words = text.split()
    return (
        1 <= len(words) <= patterns.CREDIT_NAME_MAX_WORDS
        and not text.endswith(".")
        and bool(_WORDY.search(text))
    )


def dateline_tag(text: str) -> tuple[str, str] | None:
    """An agency tag opening a paragraph: ``(name, span_to_remove)``, e.g. "(MENAFN) ".

    >>> dateline_tag("(MENAFN) Russian private military company ...")
    ('MENAFN', '(MENAFN) ')
    """
    match = _DATELINE_TAG.match(text)
    if match is None or len(match.group("name").split()) > 4:
        return None
    return match.group("name").strip(), match.group(0)


def place_dateline_source(text: str) -> str | None:
    """The agency in a place dateline, "KYIV, June 7 (Reuters) - ..." → "Reuters" (text stays)."""
    match = _PLACE_DATELINE.match(text)
    return match.group("name").strip() if match else None


def copyright_holder(text: str) -> str | None:
    """The name in a copyright notice: "Caliber.az © 2025." → "Caliber.az".

    >>> copyright_holder("Caliber.az © 2025. .")
    'Caliber.az'
    >>> copyright_holder("© 2024 Example Media Group. All rights reserved.")
    'Example Media Group'
    """
    if _COPYRIGHT_CUE.search(text) is None:
        return None
    name = " ".join(_COPYRIGHT_NOISE.sub(" ", text).split()).strip(" -–—")
    return name if name and is_outlet_name(name) else None


def copyright_credit(text: str) -> str | None:
    """The text after a copyright notice's mark and years, from its first capitalised word
    on, as printed: "© 2025 Toby Hede. All rights reserved." → "Toby Hede. All rights
    reserved."; ``None`` without a mark or without a capitalised word after it.

    Not :func:`copyright_holder`, which strips the whole notice to a short outlet name
    wherever it stands ("Caliber.az © 2025."): a caller looking for a person's name at the
    start of the credit (a personal site's owner) cuts it from this text itself, and a long
    notice, "© 2025 Toby Hede. Built with Hugo, hosted on …", still starts with the name.

    >>> copyright_credit("This site is © 1998-2025 Anil Madhavapeddy, all rights reserved")
    'Anil Madhavapeddy, all rights reserved'
    """
    match = _COPYRIGHT_CREDIT.search(text)
    return match.group("name") if match is not None else None


def title_site_suffix(line: str, title: str) -> str | None:
    """The site name when ``line`` is the page's <title>: the headline plus " | Site"."""
    if not line.startswith(title) or line == title:
        return None
    rest = line[len(title) :]
    for separator in patterns.TITLE_SITE_SEPARATORS:
        if rest.startswith(separator):
            name = rest[len(separator) :].strip()
            return name if is_outlet_name(name) else None
    return None


def site_host(url: str) -> str | None:
    """The host of ``url`` without "www." ("news.bbc.co.uk"): the text path's last-resort
    name for the publisher, and the labels a site's name is matched against. Not
    :func:`registrable_domain`: a subdomain stays.

    >>> site_host("https://www.news.bbc.co.uk/a"), site_host("/a/b")
    ('news.bbc.co.uk', None)
    """
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def registrable_domain(url: str) -> str | None:
    """The registrable domain ("bbc.co.uk" for news.bbc.co.uk), from the public suffix list:
    the HTML path's last-resort ``source``.

    ``tld`` comes with trafilatura (through courlan). A host that the list does not know
    (an IP address, "localhost") falls back to the host without "www.".

    >>> registrable_domain("https://news.bbc.co.uk/a/b"), registrable_domain("http://localhost/x")
    ('bbc.co.uk', 'localhost')
    """
    try:
        domain = get_fld(url, fail_silently=True)
    except Exception:  # tld raises its own errors for malformed URLs
        domain = None
    if isinstance(domain, str) and domain:
        return domain
    return site_host(url)


def domain_site_suffix(title: str, url: str | None) -> tuple[str, str] | None:
    """Split off a trailing " | Site" that names the URL's own site: "Game Changer |
    Newegg.com" on newegg.com, "Critics' Choice 2025 – Artlyst" on artlyst.com.

    A title can carry its site's name when the page's heading repeats the <title>; the
    name then matches the host, which no headline's last words do by chance.

    >>> domain_site_suffix("Game Changer | Newegg.com", "https://www.newegg.com/p/1")
    ('Game Changer', 'Newegg.com')
    >>> domain_site_suffix("Rust vs Go - Which to pick", "https://example.org/a") is None
    True
    """
    host = site_host(url) if url else None
    if not host:
        return None
    labels = [
        label for label in site_labels(host) if len(label) >= patterns.DOMAIN_LABEL_MIN_CHARS
    ]
    for separator in patterns.TITLE_SITE_SEPARATORS:
        head, found, site = title.rpartition(separator)
        if not found or not head.strip():
            continue
        name = alnum_key(site.removesuffix("." + host.rsplit(".", 1)[-1]))
        if len(name) < patterns.DOMAIN_LABEL_MIN_CHARS:
            continue
        if any(name.startswith(label) or label.startswith(name) for label in labels):
            return head.strip(), site.strip()
    return None


def site_labels(host: str) -> list[str]:
    """Every label of a registrable domain but the last, as their :func:`alnum_key`: the names
    a site goes by ("health.ucdavis.edu": "health", "ucdavis").

    >>> site_labels("my-site.co.uk")
    ['mysite', 'co']
    """
    return [alnum_key(part) for part in host.split(".")[:-1]]


def alnum_key(text: str) -> str:
    """``text`` case-folded, letters and digits only: a site's name as its host writes it
    ("Artlyst", "artlyst"; "My Site", "my-site").

    >>> alnum_key("New-egg.com")
    'neweggcom'
    """
    return "".join(filter(str.isalnum, text.casefold()))

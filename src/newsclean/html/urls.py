"""The publisher's registrable domain from a URL, the last resort for ``source``."""

from __future__ import annotations

from urllib.parse import urlsplit

from tld import get_fld


def registrable_domain(url: str) -> str | None:
    """The registrable domain ("bbc.co.uk" for news.bbc.co.uk), from the public suffix list.

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
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None

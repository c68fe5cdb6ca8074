"""The one registry of cleaners; its order is the default pipeline.

To add a cleaner to the library, write it in its own module under ``newsclean.cleaners``
and add it to ``_ORDER`` below; nothing else lists the names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from newsclean.cleaners.chrome import remove_site_chrome
from newsclean.cleaners.duplicates import remove_duplicate_blocks
from newsclean.cleaners.encoding import fix_encoding
from newsclean.cleaners.language import detect_language
from newsclean.cleaners.metadata import extract_metadata
from newsclean.cleaners.related import remove_related_posts
from newsclean.cleaners.trim import trim_to_article
from newsclean.cleaners.whitespace import normalize_whitespace
from newsclean.document import Document

Cleaner = Callable[[Document], Document]
"""A cleaner takes a document and returns a new one; it never changes its input."""

_ORDER: tuple[Cleaner, ...] = (
    fix_encoding,  # repair first: every later pattern expects correct characters
    normalize_whitespace,
    remove_site_chrome,
    # Before de-duplication (a page's <title> line must not hide the headline) and before
    # remove_related_posts (a teaser list running into the headline or byline takes them).
    extract_metadata,
    remove_related_posts,
    remove_duplicate_blocks,
    trim_to_article,  # after metadata: what remains outside the body is furniture
    detect_language,  # last: judged on the clean body only
)

CLEANERS: Mapping[str, Cleaner] = MappingProxyType({c.__name__: c for c in _ORDER})
"""Every built-in cleaner by name, in default pipeline order."""

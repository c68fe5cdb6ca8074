"""What the HTML metadata readers share: the page's tree, meta tags and JSON-LD, read once.

:mod:`newsclean.html.metadata` builds a :class:`Page` for each document and hands it to the
field readers (:mod:`newsclean.html.authors`, :mod:`newsclean.html.published`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from lxml.html import HtmlElement

from newsclean.html import patterns
from newsclean.html.dom import collapse
from newsclean.html.jsonld import types_of


@dataclass(frozen=True)
class Page:
    """What the readers share: the tree, its meta tags and its JSON-LD nodes, read once."""

    tree: HtmlElement
    meta: dict[str, list[str]]
    article: dict[str, Any] | None
    nodes: list[dict[str, Any]]


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


def article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD node describing the article: the first of an article type with a headline
    or a publication date (a bare type mention without them is a teaser or a breadcrumb)."""
    candidates = [n for n in nodes if types_of(n) & patterns.ARTICLE_TYPES]
    for node in candidates:
        if node.get("headline") or node.get("datePublished"):
            return node
    return candidates[0] if candidates else None


def first_meta(page: Page, keys: Iterable[str]) -> tuple[str, str] | None:
    """The first ``<meta>`` value under any of ``keys`` (in the keys' order), with its key."""
    for key in keys:
        for value in page.meta.get(key, ()):
            return key, value
    return None


CLASS_WORD = regex.compile(r"\p{Ll}+|\p{Lu}\p{Ll}*")
"""A word of a ``class``/``id`` value: "updated-on", "entryDate" and "post_modified" are read
as their words, so a word list ("menu", "modified") is matched whole."""

"""``trim_to_article``: drop what lies before and after the main run of prose."""

from __future__ import annotations

from newsclean.document import Document
from newsclean.layout import main_run

NAME = "trim_to_article"


def trim_to_article(doc: Document) -> Document:
    """Remove the blocks outside the article body: menus above it, footers and lists below.

    Runs after the metadata is taken, so what is left before the body is page furniture
    (section labels, leftover navigation) and what is left after it is the page's tail.
    Reasons: ``before_article``, ``after_article``.
    """
    run = main_run(doc.blocks)
    if run is None:
        return doc
    reasons = {i: "before_article" for i in range(run.start)}
    reasons.update({i: "after_article" for i in range(run.end + 1, len(doc.blocks))})
    return doc.drop(reasons, cleaner=NAME)

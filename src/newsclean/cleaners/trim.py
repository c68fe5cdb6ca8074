"""``trim_to_article``: drop what lies before and after the main run of prose."""

from __future__ import annotations

from newsclean.document import Document, InputFormat
from newsclean.layout import main_run

NAME = "trim_to_article"


def trim_to_article(doc: Document) -> Document:
    """Remove the blocks outside the article body: menus above it, footers and lists below.

    Runs after the metadata is taken, so what is left before the body is page furniture
    (section labels, leftover navigation) and what is left after it is the page's tail.
    Reasons: ``before_article``, ``after_article``.

    HTML input is left alone: its blocks are already the main content as trafilatura found it
    from the page structure, which is better evidence than the prose run; trimming again cut
    real list-shaped and table-shaped bodies (on the development benchmark it removed about
    four times more article text than furniture; see docs/html.md).
    """
    if doc.format is InputFormat.HTML:
        return doc
    run = main_run(doc.blocks)
    if run is None:
        return doc
    reasons = {i: "before_article" for i in range(run.start)}
    reasons.update({i: "after_article" for i in range(run.end + 1, len(doc.blocks))})
    return doc.drop(reasons, cleaner=NAME)

"""The HTML path: parse a page once, take its body from trafilatura and its metadata from
every source the page offers, and hand both to the pipeline as a :class:`Document`.

The named cleaners then run over the body blocks exactly as they do on text, so what
trafilatura lets through (share bars, "Related" lists, repeated paragraphs) is removed and
recorded the same way. See ``docs/html.md``.
"""

from newsclean.html.document import html_to_document

__all__ = ["html_to_document"]

"""Run cleaners over a page: ``Pipeline`` and the ``clean`` entry point."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.decode import decode_bytes, replace_lone_surrogates
from newsclean.document import Document, InputFormat
from newsclean.errors import (
    EmptyInputError,
    InputTooLargeError,
    NoArticleError,
    UnknownCleanerError,
)
from newsclean.formats import detect_format, parse_format, to_document
from newsclean.model import Article, Repair
from newsclean.registry import CLEANERS, Cleaner

DEFAULT_MAX_CHARS = 20_000_000
"""Pages longer than this (in characters, after decoding) are refused unless raised."""


def _name_of(cleaner: Cleaner) -> str:
    name = getattr(cleaner, "__name__", None) or getattr(
        getattr(cleaner, "func", None), "__name__", None
    )
    return str(name or type(cleaner).__name__)


@dataclass(frozen=True, slots=True)
class Pipeline:
    """An ordered list of cleaners. ``Pipeline()`` is the default one (the registry's order).

    >>> Pipeline().names[:2]
    ('fix_encoding', 'normalize_whitespace')
    >>> Pipeline.of("fix_encoding", "remove_duplicate_blocks").names
    ('fix_encoding', 'remove_duplicate_blocks')
    """

    steps: tuple[Cleaner, ...] = tuple(CLEANERS.values())

    @classmethod
    def of(cls, *steps: str | Cleaner) -> Pipeline:
        """A pipeline of built-in cleaners (by name) and your own (any ``Document -> Document``)."""
        return cls(tuple(_resolve(step) for step in steps))

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the steps, in order."""
        return tuple(_name_of(step) for step in self.steps)

    def without(self, *names: str) -> Pipeline:
        """This pipeline less the named steps."""
        for name in names:
            _resolve(name)
        return Pipeline(tuple(s for s in self.steps if _name_of(s) not in names))

    def __call__(self, doc: Document) -> Document:
        for step in self.steps:
            doc = step(doc)
        return doc


def _resolve(step: str | Cleaner) -> Cleaner:
    if not isinstance(step, str):
        return step
    try:
        return CLEANERS[step]
    except KeyError:
        known = ", ".join(CLEANERS)
        raise UnknownCleanerError(
            f"no cleaner named {step!r}; the built-in ones are: {known}"
        ) from None


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    format: str | InputFormat | None = None,
    pipeline: Pipeline | Sequence[str | Cleaner] | None = None,
    explain: bool = True,
    require_body: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Clean one scraped page into an ``Article``.

    ``page`` is the page as text (plain text, markdown) or bytes in any encoding (a BOM is
    honoured; undecodable bytes are replaced and recorded, never fatal). ``format`` is
    ``"text"``, ``"markdown"``, ``"html"`` or ``None``/``"auto"`` to detect it. ``explain=False``
    leaves out the ``removed``/``repaired`` records (smaller output for big batches).

    Raises ``EmptyInputError`` for a page without text,
    ``NoArticleError`` when no body text survives (unless
    ``require_body=False``) and ``TypeError`` for anything but ``str`` or ``bytes``.

    >>> clean("Wagner leaves Mali\\n\\nThe group said on Friday that its fighters go home.").title
    'Wagner leaves Mali'
    """
    if isinstance(page, bytes | bytearray | memoryview) and len(page) > 4 * max_chars:
        # No encoding takes more than 4 bytes a character: refuse before decoding it all.
        raise InputTooLargeError(
            f"page has {len(page):,} bytes, over 4 x the limit of {max_chars:,} characters; "
            "pass a larger max_chars= to clean it anyway"
        )
    text, decode_repair = _to_text(page)
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"page has {len(text):,} characters, over the limit of {max_chars:,}; "
            "pass a larger max_chars= to clean it anyway"
        )
    if not text.strip():
        raise EmptyInputError("the page is empty or only whitespace: there is nothing to clean")
    fmt = parse_format(format) or detect_format(text)
    doc = to_document(text, fmt, url=url)
    if not doc.blocks and fmt is InputFormat.HTML:
        raise NoArticleError(
            "no main content found in this HTML (the page may not be an article, or its markup "
            "is too broken or too deeply nested to read); pass format='text' to clean its text "
            "as a dump instead",
            to_article(doc),
        )
    if not doc.blocks:
        raise EmptyInputError("the page has no visible text (only markup or invisible characters)")
    if decode_repair is not None:
        doc = dataclasses.replace(doc, repaired=(decode_repair, *doc.repaired))
    steps = (
        pipeline
        if isinstance(pipeline, Pipeline)
        else Pipeline.of(*pipeline)
        if pipeline is not None
        else Pipeline()
    )
    result = steps(doc)
    article = to_article(result, explain=explain)
    if require_body and not article.paragraphs:
        raise NoArticleError(
            f"no article text found: all {len(doc.blocks)} blocks were removed as page furniture; "
            "inspect error.article.removed, or pass require_body=False to get the metadata anyway",
            article,
        )
    return article


def _to_text(page: str | bytes) -> tuple[str, Repair | None]:
    if isinstance(page, str):
        text, replaced = replace_lone_surrogates(page)
        if replaced:
            note = "lone surrogates (not valid Unicode text) replaced by U+FFFD"
            return text, Repair(
                cleaner="decode", reason="lone_surrogates_replaced", before=note, after=""
            )
        return page, None
    if isinstance(page, bytes | bytearray | memoryview):
        decoded = decode_bytes(bytes(page))
        if decoded.lossy or decoded.guessed:
            reason = "undecodable_bytes_replaced" if decoded.lossy else "encoding_guessed"
            repair = Repair(cleaner="decode", reason=reason, before="bytes", after=decoded.encoding)
            return decoded.text, repair
        return decoded.text, None
    raise TypeError(f"clean() takes the page as str or bytes, not {type(page).__name__}")


def to_article(doc: Document, *, explain: bool = True) -> Article:
    """Build the public ``Article`` from a finished ``Document``."""
    meta = doc.metadata
    return Article(
        title=meta.title,
        subtitle=meta.subtitle,
        description=meta.description,
        byline=meta.byline,
        authors=list(meta.authors),
        date=meta.date,
        source=meta.source,
        language=meta.language,
        url=doc.url,
        paragraphs=[b.text for b in doc.blocks],
        removed=list(doc.removed) if explain else [],
        repaired=list(doc.repaired) if explain else [],
        provenance=dict(meta.provenance),
    )


__all__ = ["DEFAULT_MAX_CHARS", "InputFormat", "Pipeline", "clean", "to_article"]

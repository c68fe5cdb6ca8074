"""``detect_language``: the ISO 639-1 code of the body text."""

from __future__ import annotations

import functools
from typing import Any

from newsclean.document import Document

NAME = "detect_language"

SAMPLE_CHARS = 1500
"""Enough text for a stable guess; more only costs time (py3langid is linear in length)."""
MIN_CHARS = 40
"""Below this, a guess is noise: the language stays unknown."""


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loading the model takes ~0.5 s, so it happens on first use; the model is read-only, so
    # caching it does not make one call depend on another.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def detect_language(doc: Document) -> Document:
    """Set ``language`` from the body text (left as it is when already set or too little text)."""
    if doc.metadata.language:
        return doc
    sample = _head(doc, SAMPLE_CHARS)
    if len(sample) < MIN_CHARS:
        return doc
    code, _score = _identifier().classify(sample)
    return doc.with_metadata(evidence={"language": "py3langid"}, language=str(code))


def _head(doc: Document, chars: int) -> str:
    """The first ``chars`` characters of the body's blocks joined by newlines (only the blocks
    that reach into them are joined: a long page is not copied whole for a short sample)."""
    taken: list[str] = []
    length = -1
    for block in doc.blocks:
        if length >= chars:
            break
        taken.append(block.text)
        length += len(block.text) + 1
    return "\n".join(taken)[:chars]

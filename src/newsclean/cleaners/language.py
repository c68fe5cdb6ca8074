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

_WINDOW = 6
"""Bytes walked from the scanner's start state to find its state at a position. The model's
scanner is an Aho-Corasick automaton whose states lie at most 6 bytes deep (a breadth-first walk
of its 104,583 states from the start reaches the last at depth 6), so its state after any 6
bytes does not depend on what came before them (and every walk is checked: see below)."""


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loading the model takes ~0.5 s, so it happens on first use (numpy and py3langid are
    # imported then too); the model is read-only, so caching it does not make one call depend
    # on another.
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class WindowedIdentifier(LanguageIdentifier):  # type: ignore[misc]
        """py3langid's identifier with its scanner walk done by :func:`_visit_counts`."""

        __slots__ = ("_moves", "_outputs", "_rows", "_table_bits", "_widen")

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._moves = np.frombuffer(self.tk_nextmove, dtype=np.uint32)  # a view, no copy
            self._rows = np.asarray(self._rowbase, dtype=np.intp)
            self._outputs = np.asarray(self.tk_output, dtype=np.intp)
            # The model's weights are float16, which the score reads as float32. numpy widens
            # float16 one value at a time in software (half of the scoring time); every float16
            # is one of 65,536 bit patterns, so a table of their float32 values (256 KB)
            # widens the rows a sample needs by lookup, to the same values. (The identifier is
            # never narrowed to fewer languages, so the weights it scores with are these.)
            self._table_bits = np.ascontiguousarray(self.nb_ptc, dtype=np.float16).view(np.uint16)
            self._widen = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16)
            self._widen = self._widen.view(np.float16).astype(np.float32)

        def _raw_score(self, text: bytes) -> Any:
            found = _features(self._moves, self._rows, self._outputs, text)
            if found is None:  # no feature, or a walk that did not check out: py3langid's own
                return super()._raw_score(text)
            features, counts = found
            # py3langid's ``_sparse_score``: log1p(counts) @ weights[features] + prior.
            weights = self._widen.take(self._table_bits.take(features, axis=0))
            return np.log1p(counts) @ weights + self.nb_pc

    return WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def _features(moves: Any, rows: Any, outputs: Any, text: bytes) -> tuple[Any, Any] | None:
    """py3langid's ``visit_counts``: the features the scanner meets and how often (as float32),
    in first-seen order; ``None`` when there are none or when the windowed walk does not check
    out.

    py3langid moves its n-gram automaton byte by byte in a Python loop (two thirds of its time
    on a 1,500-character sample). Here the state at every position is found for all positions
    at once, as array operations, by walking the ``_WINDOW`` bytes that end there from the start
    state. The states are then checked to be a walk (each one is its predecessor moved by its
    byte), which makes them exactly py3langid's whatever the model. The features are counted
    with ``numpy.unique`` and put back in the order they were first met, the order in which
    py3langid's ``Counter`` lists them (and so sums their weights).
    """
    import numpy as np

    data = np.frombuffer(text, dtype=np.uint8)
    n = len(data)
    if n <= _WINDOW:
        return None
    states = np.empty(n, dtype=np.intp)
    state = 0
    for i in range(_WINDOW - 1):  # the first positions have fewer bytes behind them
        state = int(moves[rows[state] + data[i]])
        states[i] = state
    ends = n - _WINDOW + 1
    window = np.zeros(ends, dtype=np.intp)
    for k in range(_WINDOW):
        window = moves[rows[window] + data[k : ends + k]]
    states[_WINDOW - 1 :] = window
    if not np.array_equal(moves[rows[states[:-1]] + data[1:]], states[1:]):
        return None
    features = outputs[states]
    features = features[features >= 0]
    if not len(features):
        return None
    found, first, counts = np.unique(features, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return found[order], counts[order].astype(np.float32)


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

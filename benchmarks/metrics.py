"""Scoring functions for the newsclean quality benchmark.

Everything here is a pure function so the tests can pin the metric down exactly. The body
score is the Article Extraction Benchmark (AEB) metric as described in the bench README:

* tokens are ``\\w+`` runs (stdlib ``re``, Unicode; case is kept),
* a text becomes the *multiset* of its 4-token shingles; a text with 1 to 3 tokens becomes a
  single shorter shingle of all its tokens, a text without tokens has no shingles,
* per page, tp/fp/fn are counted over the multisets and divided by their sum, so a long page
  weighs no more than a short one,
* precision is averaged over the pages where it is defined (the system produced some shingle),
  recall over the pages where it is defined (the gold has some shingle),
* F1 is the harmonic mean of the two averages (not the mean of per-page F1s),
* pages whose gold body is empty are left out by default (see :func:`aggregate`).

The metadata helpers (titles, dates, authors) normalise both sides the same way before an
exact comparison, so that typography (curly quotes, dashes, case, a trailing full stop) does
not count as an error while a different or truncated value does.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4

# stdlib ``re`` on purpose: its ``\w`` is what the upstream AEB evaluator uses. The ``regex``
# module also matches combining marks, which would change token boundaries in some scripts.
_TOKEN_RE = re.compile(r"\w+")


def tokenize(text: str | None) -> list[str]:
    """Split ``text`` into ``\\w+`` tokens; ``None`` counts as the empty text."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of ``size``-token shingles of ``text``.

    Texts shorter than ``size`` tokens (but not empty) yield one shingle holding all their
    tokens, as upstream does, so that a short gold body or output is still scored rather
    than silently ignored.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """Normalised true positive / false positive / false negative shares for one page.

    The three values sum to 1, or are all 0 when neither side has any shingle.
    """

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Share of output shingles found in the gold; ``None`` when the output is empty."""
        if self.tp + self.fp <= 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Share of gold shingles found in the output; ``None`` when the gold is empty."""
        if self.tp + self.fn <= 0:
            return None
        return self.tp / (self.tp + self.fn)


def page_scores(gold: str | None, output: str | None, size: int = SHINGLE_SIZE) -> PageScore:
    """Compare one page's output body with its gold body (multiset shingle overlap)."""
    gold_sh = shingles(gold, size)
    out_sh = shingles(output, size)
    tp = sum((gold_sh & out_sh).values())
    fp = sum((out_sh - gold_sh).values())
    fn = sum((gold_sh - out_sh).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class BodyScore:
    """Body precision/recall/F1 over a set of pages, with how many pages defined each mean."""

    precision: float | None
    recall: float | None
    f1: float | None
    pages: int
    precision_pages: int
    recall_pages: int


def harmonic_mean(precision: float | None, recall: float | None) -> float | None:
    """F1 of two averages.

    ``None`` only when both are undefined (no page had gold or output). If just one is
    undefined the other is necessarily 0 (no output anywhere means no recall anywhere, no gold
    anywhere means no precision anywhere), so the F1 is 0 rather than a crash.
    """
    if precision is None and recall is None:
        return None
    if precision is None or recall is None or precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def aggregate(scores: Sequence[PageScore], skip_empty_gold: bool = True) -> BodyScore:
    """Average precision and recall over the pages where each is defined, then take F1.

    With ``skip_empty_gold`` (the default) pages whose gold body has no token are left out
    altogether: there is nothing to extract, so they say nothing about extraction quality,
    and that is how the reference figures in the bench README were computed (two WCXB
    articles have an empty ``main_content``). Upstream AEB instead keeps them for precision,
    where any output scores 0; pass ``skip_empty_gold=False`` for that.
    """
    if skip_empty_gold:
        scores = [s for s in scores if s.recall is not None]
    precisions = [p for p in (s.precision for s in scores) if p is not None]
    recalls = [r for r in (s.recall for s in scores) if r is not None]
    precision = statistics.fmean(precisions) if precisions else None
    recall = statistics.fmean(recalls) if recalls else None
    return BodyScore(
        precision=precision,
        recall=recall,
        f1=harmonic_mean(precision, recall),
        pages=len(scores),
        precision_pages=len(precisions),
        recall_pages=len(recalls),
    )


# --- titles -----------------------------------------------------------------------------

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
}  # fmt: skip
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATE = str.maketrans({**_QUOTES, **dict.fromkeys(_DASHES, "-")})
_WS_RE = re.compile(r"\s+")
# What "trailing end punctuation" means here: sentence enders and the colon/semicolon/comma
# that scrapers leave behind; quotes and brackets stay, they are part of the title.
_TRAILING_PUNCT_RE = re.compile(r"[\s.!?\u2026:;,\u3002\uff01\uff1f]+$")


def collapse_ws(text: str) -> str:
    """Collapse every whitespace run to one space and trim."""
    return _WS_RE.sub(" ", text).strip()


def normalise_title(title: str | None) -> str:
    """Normalise a title for exact comparison; ``None`` becomes ``""``.

    NFKC first (non-breaking spaces, ligatures, the ellipsis character), then casefold,
    ASCII quotes and dashes, collapsed whitespace, and no trailing end punctuation.
    """
    if not title:
        return ""
    text = unicodedata.normalize("NFKC", title).casefold().translate(_TRANSLATE)
    text = collapse_ws(text)
    return _TRAILING_PUNCT_RE.sub("", text)


def same_title(gold: str | None, output: str | None) -> bool:
    """True when both titles are non-empty and equal after :func:`normalise_title`."""
    g = normalise_title(gold)
    return bool(g) and g == normalise_title(output)


# --- dates --------------------------------------------------------------------------------

_GOLD_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def parse_gold_date(value: str | None) -> tuple[int, int, int | None] | None:
    """Parse a gold ``YYYY-MM-DD`` or month-only ``YYYY-MM`` into (year, month, day|None)."""
    if not value:
        return None
    m = _GOLD_DATE_RE.match(value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None


def to_date(value: dt.date | str | None) -> dt.date | None:
    """Turn a system's date (``date``, ``datetime`` or ISO-like string) into a calendar day.

    A ``datetime`` keeps its own calendar day (no conversion to UTC): pages state their
    local date, and that is what the gold records.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_gold_date(str(value))
    if parsed is None:
        return None
    year, month, day = parsed
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None


def same_day(gold: str | None, output: dt.date | str | None) -> bool:
    """True when the output is on the gold's calendar day, or in its month for ``YYYY-MM`` gold."""
    parsed = parse_gold_date(gold)
    day = to_date(output)
    if parsed is None or day is None:
        return False
    year, month, gold_day = parsed
    if gold_day is None:
        return (day.year, day.month) == (year, month)
    return (day.year, day.month, day.day) == (year, month, gold_day)


# --- authors ------------------------------------------------------------------------------

# Separators inside a free-text byline. The word separators need spaces around them so that
# names such as "Andy" or "Etienne" are not cut.
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:[,;&]|\s(?:and|und|et|y)\s)\s*", re.IGNORECASE)
_BY_PREFIX_RE = re.compile(r"^(?:by|von|par|por)\b[\s:]*", re.IGNORECASE)


def normalise_name(name: str) -> str:
    """Casefold, collapse whitespace and drop a leading "By"/"Von"/"Par"/"Por"."""
    text = collapse_ws(unicodedata.normalize("NFKC", name))
    text = _BY_PREFIX_RE.sub("", text)
    return collapse_ws(text).casefold()


def author_set(byline: str | Iterable[str] | None) -> frozenset[str]:
    """The set of normalised names in a byline string or a list of names.

    A list is treated like a byline per element, so a system returning ``["A and B"]`` and
    one returning ``["A", "B"]`` are scored alike; empty parts are dropped.
    """
    if byline is None:
        return frozenset()
    parts = [byline] if isinstance(byline, str) else list(byline)
    names: set[str] = set()
    for part in parts:
        prefixed = _BY_PREFIX_RE.sub("", collapse_ws(part))
        for piece in _AUTHOR_SPLIT_RE.split(prefixed):
            name = normalise_name(piece)
            if name:
                names.add(name)
    return frozenset(names)


def same_authors(gold: str | None, output: str | Iterable[str] | None) -> bool:
    """True when the gold byline is non-empty and names exactly the output's set of people."""
    g = author_set(gold)
    return bool(g) and g == author_set(output)


def present(value: object) -> bool:
    """Whether a gold or output metadata value counts as given (not None/empty/blank)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(present(v) for v in value)
    return True

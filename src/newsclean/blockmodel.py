"""A small learned classifier: how likely is each block of a text dump to be article body?

The body of a whole-page dump is chosen by :func:`newsclean.layout.main_run`, a maximum-weight
run over the blocks. With hand weights a block either is prose (it counts for its length) or
is not (it counts against the run). This module gives a finer weight: boosted decision trees
over a few tens of features that hold across sites and languages (length, sentence shape,
punctuation, link density, markup kind, and what the neighbouring blocks look like), trained
by ``benchmarks/train_blocks.py`` on the development benchmark and shipped as
``newsclean/data/block_model.json`` (see ``docs/classifier.md`` for the in-sample and held-out
figures).

Features are computed once per block, in two linear passes (the block itself, then its
context). The features, in the order the model uses:

====================  ============================================================================
name                  meaning
====================  ============================================================================
``log_chars``         ``log(1 + characters)``
``log_words``         ``log(1 + words)``, words being whitespace-separated
``sentence_end``      1 when the text ends like a sentence (``.``, ``!``, ``?``, ``…``, CJK stops)
``ellipsis_end``      1 when it ends in "..." or "…" (teasers, cut summaries)
``punct_per_word``    sentence punctuation (``, . ; : ! ?`` and CJK/Arabic ones) per word, capped
``short_words``       share of words of 1 to 3 letters: function words, in any alphabetic language
``capitalised``       share of words starting with a capital (menus and headlines are title case)
``digits``            share of characters that are ASCII digits (dates, prices, counters)
``separators``        1 when the text holds a menu separator (``|``, ``·``, ``•``, ``»``)
``link_density``      share of the text that sat inside links (markdown; 0 for plain text)
``heading``           1 for a marked heading (``#``) or a whole-line bold block
``list_item``         1 for a bullet or numbered item
``prose``             the hand rule :func:`newsclean.textstats.is_prose`
``prev_prose``        ``prose`` of the block before (0 at the start)
``next_prose``        ``prose`` of the block after (0 at the end)
``window_prose``      share of prose among the 3 blocks either side
``prev_log_chars``    ``log_chars`` of the block before
``next_log_chars``    ``log_chars`` of the block after
``mass_before``       share of the page's prose characters that lie before this block
``mass_after``        share of the page's prose characters that lie after this block
``short_run``         ``log(1 + n)``, n the non-prose blocks in a row this block belongs to
``lower_start``       1 when the text starts with a lower-case letter (a fragment, a handle)
``colon_end``         1 when it ends with ``:`` ("Read more:", "Jane says:")
``handle``            1 when it holds ``@`` or ``#`` (social handles, hashtags, e-mail)
``window_ends``       share of the 3 blocks either side that end like a sentence
``topic_overlap``     share of the block's long words (4+ characters, case folded) that also
                      occur in another prose block of the page: body shares its vocabulary,
                      teasers for other stories and boilerplate do not
``window_topic``      mean ``topic_overlap`` of the 3 blocks either side
``dups_before``       input lines that ``remove_duplicate_blocks`` dropped between the block before
                      and this one (0 for the first block)
``dups_after``        the same between this block and the next (0 for the last block)
``cuts_before``       ``dups_before`` for the lines that ``remove_site_chrome`` or
                      ``remove_related_posts`` dropped
``cuts_after``        ``dups_after`` for those lines
``same_last``         ``log(n)``, n the blocks of the page that end in the same word as this one
                      (case folded, edge punctuation off): a comment thread's "Jo says:",
                      "Al says:", a forum's "by X writes:"; body paragraphs end in words of
                      their own
``window_same_last``  mean ``same_last`` of the 3 blocks either side: the text of a comment
                      stands between such lines
``title_overlap``     share of the block's long words (as for ``topic_overlap``) that occur in
                      the page's title (when one was found): the article's paragraphs name what
                      its headline names, teasers for other stories and comments seldom do
``window_title``      mean ``title_overlap`` of the 3 blocks either side
====================  ============================================================================

The ``dups_`` and ``cuts_`` features read the record of what earlier cleaners removed
(:class:`Cuts`), not the text: comment threads and teaser lists leave dropped copies
("Reply", "Read more", share buttons) between their items, body paragraphs seldom do. A page
given without that record (an already cleaned article) has none, and reads as a page where
nothing was cut.

The model (:class:`BlockModel`) is a sum of small *oblivious* trees: each asks the same
question ("is feature f above t?") of every node at a depth, so a tree of depth 3 is three
questions whose yes/no answers index one of 8 leaf values. It is plain data (feature names,
the trees' questions and leaves, a bias), loaded lazily once per process; it never changes
while the process runs, so results do not depend on what was cleaned before. For speed the
trees are folded, once at load, into a few lookup tables: every feature's value is turned
into a small bin number once per block (which of the model's thresholds for that feature it
exceeds), and the trees that ask about the same features add up to one table indexed by
those bins. Inference is then a handful of table lookups per block, in pure Python.
"""

from __future__ import annotations

import json
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate, repeat
from operator import add, mul, sub
from typing import Any

import regex

from newsclean.blocks import Block, BlockKind
from newsclean.layout import DENSE_CHARS_PER_WORD, dense_chars, weighted_length
from newsclean.matching import normal_form
from newsclean.textstats import ends_sentence, ends_with_ellipsis, is_prose, prose_with_words

FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "sentence_end",
    "ellipsis_end",
    "punct_per_word",
    "short_words",
    "capitalised",
    "digits",
    "separators",
    "link_density",
    "heading",
    "list_item",
    "prose",
    "prev_prose",
    "next_prose",
    "window_prose",
    "prev_log_chars",
    "next_log_chars",
    "mass_before",
    "mass_after",
    "short_run",
    "lower_start",
    "colon_end",
    "handle",
    "window_ends",
    "topic_overlap",
    "window_topic",
    "dups_before",
    "dups_after",
    "cuts_before",
    "cuts_after",
    "same_last",
    "window_same_last",
    "title_overlap",
    "window_title",
)
"""Feature names in the order of the model's weights (documented in the module docstring)."""

WINDOW = 3
"""Blocks either side that ``window_prose`` looks at."""
PUNCT_PER_WORD_CAP = 1.0
"""``punct_per_word`` is capped here: a line of dots or bars is not 'very much prose'."""

_SENTENCE_PUNCT = ",.;:!?，。；：！？、،؛؟"
_SEPARATORS = ("|", "·", "•", "»")
# One character class each: faster than a str.count per character or str.translate.
_PUNCT_RE = re.compile("[" + re.escape(_SENTENCE_PUNCT) + "]")
_ASCII_PUNCT = b",.;:!?"  # the ASCII part of _SENTENCE_PUNCT
_DIGITS = b"0123456789"
_PROSE_COLUMN = FEATURES.index("prose")
_SEPARATOR_RE = re.compile("[" + re.escape("".join(_SEPARATORS)) + "]")
# Word-initial capitals in any script (the ``regex`` module knows Unicode's letter classes):
# one scan of the text instead of a loop over its words.
_CAPITAL_RE = regex.compile(r"(?<!\S)\p{Lu}")
# The same count on ASCII text without the pattern: a byte table turns the pattern's white
# space into " ", its capitals into "A" and every other byte into "x" (read off the pattern's
# own classes), and the capitals after white space or at the start are counted in the bytes
# (tests/test_fast_paths.py holds the two to one answer).
_ASCII_CAPITAL_MARKS = bytes(
    0x20 if regex.match(r"\s", chr(b)) else 0x41 if regex.match(r"\p{Lu}", chr(b)) else 0x78
    for b in range(128)
) + b"x" * 128
TOPIC_WORD_CHARS = 4
"""Words this long or longer count for ``topic_overlap`` (shorter ones are function words)."""
_WORD_EDGES = ".,;:!?\"'“”‘’()[]«»"
"""Punctuation stripped from the ends of the title's words (``title_overlap``)."""
MODEL_RESOURCE = "block_model.json"


@dataclass(frozen=True, slots=True)
class Tree:
    """An oblivious decision tree: one question per depth, asked of every node there.

    ``splits`` holds, per depth, a feature column and a threshold (the question "is the
    feature above it?"); the answers, read as bits with the first question the most
    significant, index ``leaves`` (``2 ** len(splits)`` values added to the block's score).
    """

    splits: tuple[tuple[int, float], ...]
    leaves: tuple[float, ...]

    def value(self, row: Sequence[float]) -> float:
        """This tree's contribution for one feature row (the plain, unfolded evaluation)."""
        index = 0
        for column, threshold in self.splits:
            index = 2 * index + (1 if row[column] > threshold else 0)
        return self.leaves[index]


@dataclass(frozen=True, slots=True)
class _Table:
    """Trees folded together: one value per combination of the bins of ``columns``."""

    columns: tuple[int, ...]
    sizes: tuple[int, ...]
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class BlockModel:
    """A linear score plus boosted trees, through the logistic:
    ``p = 1 / (1 + exp(-(bias + weights · features + Σ tree(features))))``.

    ``weights`` may be empty (trees alone) and ``trees`` may be empty (a logistic model).
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    trees: tuple[Tree, ...]
    bias: float
    _thresholds: dict[int, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    _tables: tuple[_Table, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        thresholds, tables = _fold(self.trees)
        object.__setattr__(self, "_thresholds", thresholds)
        object.__setattr__(self, "_tables", tables)

    def probability(self, row: Sequence[float]) -> float:
        """The model's probability that a block with these features is article body."""
        if len(row) != len(self.features):
            raise ValueError(f"{len(row)} features for a model of {len(self.features)}")
        linear = sum(map(operator.mul, self.weights, row)) if self.weights else 0.0
        return _logistic(self.bias + linear + sum(tree.value(row) for tree in self.trees))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """:meth:`probability` of many rows, through the folded tables (same values)."""
        if not rows:
            return []
        return self._scores(list(zip(*rows, strict=True)), rows)

    def column_probabilities(self, columns: Sequence[Sequence[float]]) -> list[float]:
        """:meth:`probabilities` of features given as one sequence per feature (a page's
        :func:`feature_columns`)."""
        if len(columns) != len(self.features):
            raise ValueError(f"{len(columns)} features for a model of {len(self.features)}")
        return self._scores(columns, zip(*columns, strict=True))

    def _scores(
        self, columns: Sequence[Sequence[float]], rows: Iterable[Sequence[float]]
    ) -> list[float]:
        count = len(columns[0]) if columns else 0
        if self.weights:
            # bias + sum(map(mul, weights, row)) for every row, all in C: no bytecode per row,
            # and rows read lazily from a zip reuse one tuple (about 15% faster than a list
            # comprehension over a list of rows; the same additions in the same order).
            dots = map(sum, map(map, repeat(mul), repeat(self.weights), rows))
            scores = list(map(operator.add, repeat(self.bias), dots))
        else:
            scores = [self.bias] * count
        bins: dict[int, list[int] | list[bool]] = {}
        for column, thresholds in self._thresholds.items():
            values = columns[column]
            if len(thresholds) == 1:  # most often a yes/no feature: one comparison
                threshold = thresholds[0]
                bins[column] = [x > threshold for x in values]
            else:
                bins[column] = list(map(bisect_left, repeat(thresholds), values))
        for table in self._tables:
            lookup = table.values
            if len(table.columns) == 1:
                scores = [
                    z + lookup[a] for z, a in zip(scores, bins[table.columns[0]], strict=True)
                ]
            elif len(table.columns) == 2:
                a_bins, b_bins = (bins[c] for c in table.columns)
                size = table.sizes[1]
                scores = [
                    z + lookup[a * size + b] for z, a, b in zip(scores, a_bins, b_bins, strict=True)
                ]
            elif len(table.columns) == 3:
                a_bins, b_bins, c_bins = (bins[c] for c in table.columns)
                b_size, c_size = table.sizes[1], table.sizes[2]
                scores = [
                    z + lookup[(a * b_size + b) * c_size + c]
                    for z, a, b, c in zip(scores, a_bins, b_bins, c_bins, strict=True)
                ]
            elif len(table.columns) == 4:
                a_bins, b_bins, c_bins, d_bins = (bins[c] for c in table.columns)
                b_size, c_size, d_size = table.sizes[1], table.sizes[2], table.sizes[3]
                scores = [
                    z + lookup[((a * b_size + b) * c_size + c) * d_size + d]
                    for z, a, b, c, d in zip(scores, a_bins, b_bins, c_bins, d_bins, strict=True)
                ]
            else:
                a_bins, b_bins, c_bins, d_bins, e_bins = (bins[c] for c in table.columns)
                b_size, c_size, d_size, e_size = table.sizes[1:]
                scores = [
                    z + lookup[(((a * b_size + b) * c_size + c) * d_size + d) * e_size + e]
                    for z, a, b, c, d, e in zip(
                        scores, a_bins, b_bins, c_bins, d_bins, e_bins, strict=True
                    )
                ]
        exp = math.exp  # _logistic, written out: no call per block
        return [0.0 if z < -30 else 1.0 / (1.0 + exp(-z)) for z in scores]


def _logistic(z: float) -> float:
    return 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))


MAX_TABLE_COLUMNS = 5
"""Trees are folded into tables over at most this many features (a depth-3 tree asks of 3;
trees sharing features fold into one table of 4 or 5: one lookup per block instead of
several). The shipped model's 80 trees (4 averaged runs of 20) fold into 24 tables of
about 37,000 cells in all.
Tables of up to 6 features (for the earlier 20 trees: 6 tables, 11,000 cells) were measured
no faster per page and
take 20 ms instead of 5 to build at load."""
MAX_TABLE_CELLS = 8192
"""A merged table stays this small (its size is the product of its features' bin counts)."""


def _fold(trees: Sequence[Tree]) -> tuple[dict[int, tuple[float, ...]], tuple[_Table, ...]]:
    """Fold ``trees`` into per-feature thresholds and lookup tables with the same sum.

    A feature's bin is how many of the model's thresholds for it the value exceeds, so
    "above the k-th threshold" is "bin > k". Trees are grouped by the features they ask
    about; a tree whose features are a subset of a group's joins it, and then two groups
    whose features together are at most ``MAX_TABLE_COLUMNS`` (in a table of at most
    ``MAX_TABLE_CELLS``) merge, those sharing most features first.
    """
    thresholds = {
        column: tuple(sorted({t for tree in trees for c, t in tree.splits if c == column}))
        for column in sorted({c for tree in trees for c, _ in tree.splits})
    }

    def cells(columns: frozenset[int]) -> int:
        return math.prod(len(thresholds[c]) + 1 for c in columns)

    merged: list[tuple[frozenset[int], list[Tree]]] = []
    for tree in sorted(trees, key=lambda t: -len({c for c, _ in t.splits})):
        asked = frozenset(c for c, _ in tree.splits)
        if len(asked) > MAX_TABLE_COLUMNS:
            raise ValueError(
                f"a tree asks about {len(asked)} features; at most {MAX_TABLE_COLUMNS} fold"
            )
        home = next((group for group in merged if asked <= group[0]), None)
        if home is None:
            merged.append((asked, [tree]))
        else:
            home[1].append(tree)
    while True:
        pairs = [
            (len(a[0] & b[0]), -cells(a[0] | b[0]), i, j)
            for i, a in enumerate(merged)
            for j, b in enumerate(merged)
            if i < j
            and len(a[0] | b[0]) <= MAX_TABLE_COLUMNS
            and cells(a[0] | b[0]) <= MAX_TABLE_CELLS
        ]
        if not pairs:
            break
        _, _, i, j = max(pairs)
        merged[i] = (merged[i][0] | merged[j][0], merged[i][1] + merged[j][1])
        del merged[j]
    groups = {tuple(sorted(columns)): members for columns, members in merged}
    tables = []
    for columns, members in groups.items():
        sizes = tuple(len(thresholds[c]) + 1 for c in columns)
        values = [0.0] * math.prod(sizes)
        for tree in members:
            # The tree's leaf index in every cell (the last column varying fastest), built a
            # column at a time: each column adds its questions' bits ("bin > k") to the index
            # of every cell so far.
            depth = len(tree.splits)
            index = [0]
            for column, size in zip(columns, sizes, strict=True):
                bits = [0] * size
                for position, (split_column, threshold) in enumerate(tree.splits):
                    if split_column == column:
                        above = thresholds[column].index(threshold) + 1
                        bit = 1 << (depth - 1 - position)
                        bits[above:] = [b + bit for b in bits[above:]]
                index = [i + b for i in index for b in bits]
            leaves = tree.leaves
            values = list(map(operator.add, values, [leaves[i] for i in index]))
        tables.append(_Table(columns, sizes, tuple(values)))
    return thresholds, tuple(tables)


@cache
def load_model() -> BlockModel:
    """The shipped model (``newsclean/data/block_model.json``), read once per process."""
    raw = json.loads(
        resources.files("newsclean").joinpath("data", MODEL_RESOURCE).read_text(encoding="utf-8")
    )
    return model_from_json(raw)


def model_from_json(raw: Mapping[str, Any]) -> BlockModel:
    """Build a :class:`BlockModel` from its JSON form; the features must be :data:`FEATURES`."""
    features = tuple(str(f) for f in raw["features"])
    if features != FEATURES:
        raise ValueError(
            "block model features do not match this version of newsclean; "
            "rerun benchmarks/train_blocks.py to regenerate newsclean/data/block_model.json"
        )
    trees = []
    for tree in raw.get("trees", ()):
        splits = tuple((features.index(str(f)), float(t)) for f, t in tree["splits"])
        leaves = tuple(float(v) for v in tree["leaves"])
        if len(leaves) != 2 ** len(splits):
            raise ValueError(f"a tree of depth {len(splits)} with {len(leaves)} leaves")
        trees.append(Tree(splits, leaves))
    weights = tuple(float(w) for w in raw.get("weights", ()))
    if weights and len(weights) != len(features):
        raise ValueError(f"block model has {len(weights)} weights for {len(features)} features")
    return BlockModel(features, weights, tuple(trees), float(raw["bias"]))


def model_to_json(model: BlockModel) -> dict[str, Any]:
    """The JSON form of ``model`` (what :func:`model_from_json` reads)."""
    return {
        "about": "newsclean block classifier; written by benchmarks/train_blocks.py, do not edit",
        "features": list(model.features),
        "bias": model.bias,
        "weights": list(model.weights),
        "trees": [
            {
                "splits": [[model.features[c], t] for c, t in tree.splits],
                "leaves": list(tree.leaves),
            }
            for tree in model.trees
        ],
    }


@dataclass(frozen=True, slots=True)
class Cuts:
    """Input lines that earlier cleaners removed, each ascending: duplicates, and the chrome
    and related-posts cleaners' lines."""

    duplicates: Sequence[int] = ()
    other: Sequence[int] = ()


def block_features(
    blocks: Sequence[Block], cuts: Cuts | None = None, title: str | None = None
) -> list[list[float]]:
    """One feature row per block, in :data:`FEATURES` order.

    ``cuts`` holds the input lines that earlier cleaners removed (none by default); ``title``
    is the page's title, when one was found.

    >>> from newsclean.blocks import Block
    >>> rows = block_features([Block("Home"), Block("It rained all day in the city, they said.")])
    >>> dict(zip(FEATURES, rows[1]))["prose"], dict(zip(FEATURES, rows[0]))["next_prose"]
    (1.0, 1.0)
    """
    return [list(row) for row in zip(*feature_columns(blocks, cuts, title), strict=True)]


def feature_columns(
    blocks: Sequence[Block], cuts: Cuts | None = None, title: str | None = None
) -> list[list[float]]:
    """The features of every block as one list per feature, in :data:`FEATURES` order.

    Computed a feature at a time over the page (list comprehensions and prefix sums: a few
    linear passes), which is what inference reads; :func:`block_features` gives rows.
    """
    return _columns_and_lengths(blocks, cuts, title)[0]


def _columns_and_lengths(
    blocks: Sequence[Block], cuts: Cuts | None, title: str | None
) -> tuple[list[list[float]], list[int]]:
    """:func:`feature_columns`, and each block's :func:`newsclean.layout.text_length` (which
    the run weighs blocks by: counted here once)."""
    count = len(blocks)
    if not count:
        return [[] for _ in FEATURES], []
    texts = [b.text for b in blocks]
    # The words of the block's normal form (case-folded, split at whitespace; computed once
    # when the block was made): the word shapes and the topic words are read from them.
    words = [b.normal.split() for b in blocks]
    chars = list(map(len, texts))
    word_counts = list(map(len, words))
    dense = [0 if t.isascii() else dense_chars(t) for t in texts]  # no call for ASCII text
    if any(dense):  # Chinese, Japanese: lengths and words as if written in letters
        prose = [
            1.0 if is_prose(b) or (d and _dense_prose(b, d)) else 0.0
            for b, d in zip(blocks, dense, strict=True)
        ]
        lengths = list(map(weighted_length, chars, dense))
        word_counts = [
            n + d // DENSE_CHARS_PER_WORD for n, d in zip(word_counts, dense, strict=True)
        ]
    else:
        prose = [1.0 if is_prose(b) else 0.0 for b in blocks]
        lengths = chars
    encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
    log_chars = list(map(math.log1p, lengths))
    per_word = [1.0 / n if n else 0.0 for n in word_counts]
    per_char = [1.0 / c if c else 0.0 for c in chars]
    ends = [1.0 if ends_sentence(t) else 0.0 for t in texts]
    prose_chars = list(map(mul, lengths, prose))
    long_words = [frozenset([w for w in ws if len(w) >= TOPIC_WORD_CHARS]) for ws in words]
    topic = _topic_overlap(long_words, prose)
    # Window sums over the WINDOW blocks either side of each block (the block itself left out).
    # Block i has min(i, WINDOW) of them before it and as many after it as block count-1-i
    # has before it: the list of the first, added to itself reversed (no min/max per block).
    before = [*range(min(WINDOW, count)), *repeat(WINDOW, count - WINDOW)]
    neighbours = list(map(add, before, reversed(before)))
    per_neighbour = [1.0 / n if n else 0.0 for n in neighbours]

    def window_mean(values: list[float]) -> list[float]:
        # (prefix[hi] - prefix[lo] - value) * per_neighbour for every block, by maps over
        # shifted copies of the prefix sums (no Python-level loop).
        prefix = [0.0, *accumulate(values)]
        upper = prefix[WINDOW + 1 :][:count]
        upper += [prefix[-1]] * (count - len(upper))
        lower = [prefix[0]] * min(WINDOW, count) + prefix[: max(0, count - WINDOW)]
        return list(map(mul, map(sub, map(sub, upper, lower), values), per_neighbour))

    total = sum(prose_chars)
    share = 1.0 / total if total else 0.0
    mass_after = [0.0, *accumulate(reversed(prose_chars))][-2::-1]  # prose after each block
    mass_before = list(map(sub, map(sub, repeat(total), mass_after), prose_chars))
    cut_columns = _cut_columns(blocks, cuts or Cuts())
    same_last = _same_last_word([ws[-1] if ws else "" for ws in words])
    in_title = _title_overlap(long_words, title)
    # List comprehensions over each block's words: fewer bytecodes than one loop with counters.
    columns = [
        log_chars,
        list(map(math.log1p, word_counts)),
        ends,
        [1.0 if ends_with_ellipsis(t) else 0.0 for t in texts],
        [
            min(
                PUNCT_PER_WORD_CAP,
                (
                    len(e) - len(e.translate(None, _ASCII_PUNCT))
                    if len(e) == len(t)  # ASCII: a byte deletion counts it
                    else len(_PUNCT_RE.findall(t))
                )
                * q,
            )
            for t, e, q in zip(texts, encoded, per_word, strict=True)
        ],
        [
            len([1 for w in ws if len(w) <= 3 and w.isalpha()]) * q
            for ws, q in zip(words, per_word, strict=True)
        ],
        [
            _capitals(t, e) * q for t, e, q in zip(texts, encoded, per_word, strict=True)
        ],
        # UTF-8 never uses ASCII bytes inside other characters: deleting the digit bytes
        # counts the digits of any text.
        [
            (len(e) - len(e.translate(None, _DIGITS))) * q
            for e, q in zip(encoded, per_char, strict=True)
        ],
        [1.0 if _SEPARATOR_RE.search(t) else 0.0 for t in texts],
        [b.link_density for b in blocks],
        [1.0 if b.marked_heading else 0.0 for b in blocks],
        [1.0 if b.kind is BlockKind.LIST_ITEM else 0.0 for b in blocks],
        prose,
        [0.0, *prose[:-1]],
        [*prose[1:], 0.0],
        window_mean(prose),
        [0.0, *log_chars[:-1]],
        [*log_chars[1:], 0.0],
        list(map(mul, mass_before, repeat(share))),
        list(map(mul, mass_after, repeat(share))),
        _short_runs(prose),
        [1.0 if t[:1].islower() else 0.0 for t in texts],
        [1.0 if t.endswith(":") else 0.0 for t in texts],
        [1.0 if "@" in t or "#" in t else 0.0 for t in texts],
        window_mean(ends),
        topic,
        window_mean(topic),
        *cut_columns,
        same_last,
        window_mean(same_last),
        in_title,
        window_mean(in_title),
    ]
    return columns, lengths


def _capitals(text: str, encoded: bytes) -> int:
    """Word-initial capitals in ``text`` (``_CAPITAL_RE``'s matches), given its UTF-8 bytes."""
    if len(encoded) == len(text):  # ASCII: counted in the bytes (_ASCII_CAPITAL_MARKS)
        marks = encoded.translate(_ASCII_CAPITAL_MARKS)
        return marks.count(b" A") + marks.startswith(b"A")
    return len(_CAPITAL_RE.findall(text))


def _dense_prose(block: Block, dense: int) -> bool:
    """:func:`newsclean.textstats.is_prose` for a block holding ``dense`` Han, Hiragana or
    Katakana characters, counted as words (``DENSE_CHARS_PER_WORD`` to a word): written
    without spaces, a Japanese paragraph is a few ``\\w+`` tokens and never reads as prose."""
    return prose_with_words(block, block.words + dense // DENSE_CHARS_PER_WORD)


def _title_overlap(long_words: Sequence[frozenset[str]], title: str | None) -> list[float]:
    """Per block, the share of its long words that are words of ``title`` (0 without one).

    ``long_words``: each block's distinct case-folded long words, which keep their inner and
    trailing punctuation: a title word matches with one mark after it ("bridge," "bridge.").
    """
    title_words = {w.strip(_WORD_EDGES) for w in normal_form(title or "").split()}
    forms = {
        w + mark for w in title_words if len(w) >= TOPIC_WORD_CHARS for mark in ("", *_WORD_EDGES)
    }
    if not forms:
        return [0.0] * len(long_words)
    return [len(words & forms) / len(words) if words else 0.0 for words in long_words]


def _same_last_word(last: Sequence[str]) -> list[float]:
    """Per block, ``log(n)`` for the n blocks of the page whose last word is its last word
    (0 for a block that ends in a word of its own, or has no words)."""
    counts = Counter(last)
    return [math.log(counts[w]) if w else 0.0 for w in last]


def _short_runs(prose: Sequence[float]) -> list[float]:
    """Per block, ``log(1 + n)`` for the n non-prose blocks in a row it belongs to (0 for prose)."""
    out = [0.0] * len(prose)
    index = 0
    while index < len(prose):
        if prose[index]:
            index += 1
            continue
        end = index
        while end < len(prose) and not prose[end]:
            end += 1
        out[index:end] = [math.log1p(end - index)] * (end - index)
        index = end
    return out


def _cut_columns(blocks: Sequence[Block], cuts: Cuts) -> list[list[float]]:
    """Removed lines between each block and the one before, and the one after (duplicates,
    then the other cuts): ``dups_before``, ``dups_after``, ``cuts_before``, ``cuts_after``.

    What lies beyond the page's first or last block is not counted: a long footer dropped
    after the last paragraph says nothing against that paragraph (counting it taught an
    earlier model to cut the ends of articles), and a cleaned article, which has no record
    of cuts, then reads the same as its page did.
    """
    lines = [b.line for b in blocks]
    out: list[list[float]] = []
    for removed in (cuts.duplicates, cuts.other):
        if not removed:
            out += [[0.0] * len(lines), [0.0] * len(lines)]
            continue
        # Removed lines before each block's line, and up to and on it; then before the end.
        before_line = list(map(bisect_left, repeat(removed), lines))
        through_line = list(map(bisect_right, repeat(removed), lines))
        gaps = list(map(float, map(sub, before_line, [0, *through_line[:-1]])))
        gaps[0] = 0.0  # only lines *between* blocks: what stood above the first one is not
        out += [gaps, [*gaps[1:], 0.0]]  # counted, nor what followed the last
    return out


def _topic_overlap(words: Sequence[frozenset[str]], prose: Sequence[float]) -> list[float]:
    """Per block, the share of its long words found in some *other* prose block of the page.

    ``words``: each block's distinct case-folded long words.
    """
    counts: Counter[str] = Counter()
    for block_words, is_body_like in zip(words, prose, strict=True):
        if is_body_like:
            counts.update(block_words)
    # A word is in another prose block when some prose block holds it (for a block that is not
    # prose) or two do (for a prose block, one being itself): set intersections count them.
    in_some = counts.keys()
    in_two = {w for w, n in counts.items() if n > 1}
    return [
        len(block_words & (in_two if is_body_like else in_some)) / len(block_words)
        if block_words
        else 0.0
        for block_words, is_body_like in zip(words, prose, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class BlockScores:
    """Per block: the model's body probability, whether it reads as prose (the hand rule, dense
    scripts counted as words), and its length."""

    probabilities: list[float]
    prose: list[bool]
    lengths: list[int]
    """:func:`newsclean.layout.text_length` of each block."""


def score_blocks(
    blocks: Sequence[Block],
    cuts: Cuts | None = None,
    title: str | None = None,
    *,
    model: BlockModel | None = None,
) -> BlockScores:
    """Score every block of a page under ``model`` (default: the shipped one).

    ``cuts``: the input lines earlier cleaners removed (:func:`newsclean.cleaners.trim.cuts`);
    ``title``: the page's title, when one was found.
    """
    model = model or load_model()
    columns, lengths = _columns_and_lengths(blocks, cuts, title)
    return BlockScores(
        model.column_probabilities(columns), [p > 0 for p in columns[_PROSE_COLUMN]], lengths
    )


def body_probabilities(
    blocks: Sequence[Block], cuts: Cuts | None = None, *, model: BlockModel | None = None
) -> list[float]:
    """The probability of each block being article body, under ``model`` (default: shipped).

    >>> from newsclean.blocks import Block
    >>> page = [Block("Home"), Block("World"), Block("The council voted on Monday to close the "
    ...     "old bridge, which has carried traffic over the river since 1911."),
    ...     Block("Privacy policy"), Block("Terms of use")]
    >>> p = body_probabilities(page)
    >>> p[2] > 0.5 > max(p[0], p[3], p[4])
    True
    """
    return score_blocks(blocks, cuts, model=model).probabilities

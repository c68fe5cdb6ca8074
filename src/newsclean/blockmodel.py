"""A small learned classifier: how likely is each block of a text dump to be article body?

The body of a whole-page dump is chosen by :func:`newsclean.layout.main_run`, a maximum-weight
run over the blocks. With hand weights a block either is prose (it counts for its length) or
is not (it counts against the run). This module gives a finer weight: a logistic model over a
few tens of features that hold across sites and languages (length, sentence shape,
punctuation, link density, markup kind, and what the neighbouring blocks look like), trained
by ``benchmarks/train_blocks.py`` on the development benchmark and shipped as
``newsclean/data/block_model.json`` (see ``docs/classifier.md`` for the in-sample and held-out
figures).

Features are computed once per block, in two linear passes (the block itself, then its
context); inference is a dot product per block. The features, in the order the weights use:

==================  ============================================================================
name                meaning
==================  ============================================================================
``log_chars``       ``log(1 + characters)``
``log_words``       ``log(1 + words)``, words being whitespace-separated
``sentence_end``    1 when the text ends like a sentence (``.``, ``!``, ``?``, ``…``, CJK stops)
``ellipsis_end``    1 when it ends in "..." or "…" (teasers, cut summaries)
``punct_per_word``  sentence punctuation (``, . ; : ! ?`` and CJK/Arabic ones) per word, capped
``short_words``     share of words of 1 to 3 letters: function words, in any alphabetic language
``capitalised``     share of words starting with a capital (menus and headlines are title case)
``digits``          share of characters that are ASCII digits (dates, prices, counters)
``separators``      1 when the text holds a menu separator (``|``, ``·``, ``•``, ``»``)
``link_density``    share of the text that sat inside links (markdown; 0 for plain text)
``heading``         1 for a marked heading (``#``) or a whole-line bold block
``list_item``       1 for a bullet or numbered item
``prose``           the hand rule :func:`newsclean.textstats.is_prose`
``prev_prose``      ``prose`` of the block before (0 at the start)
``next_prose``      ``prose`` of the block after (0 at the end)
``window_prose``    share of prose among the 3 blocks either side
``prev_log_chars``  ``log_chars`` of the block before
``next_log_chars``  ``log_chars`` of the block after
``mass_before``     share of the page's prose characters that lie before this block
``mass_after``      share of the page's prose characters that lie after this block
``short_run``       ``log(1 + n)``, n the non-prose blocks in a row this block belongs to
``lower_start``     1 when the text starts with a lower-case letter (a fragment, a handle)
``colon_end``       1 when it ends with ``:`` ("Read more:", "Jane says:")
``handle``          1 when it holds ``@`` or ``#`` (social handles, hashtags, e-mail)
``window_ends``     share of the 3 blocks either side that end like a sentence
``topic_overlap``   share of the block's long words (4+ characters, case folded) that also
                    occur in another prose block of the page: body shares its vocabulary,
                    teasers for other stories and boilerplate do not
``window_topic``    mean ``topic_overlap`` of the 3 blocks either side
==================  ============================================================================

The model is plain data (feature names, weights, bias), loaded lazily once per process; it
never changes while the process runs, so results do not depend on what was cleaned before.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsclean.blocks import Block, BlockKind
from newsclean.textstats import ends_sentence, ends_with_ellipsis, is_prose

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
_DIGIT_RE = re.compile("[0-9]")
MODEL_RESOURCE = "block_model.json"
_SENTENCE_END_COLUMN = FEATURES.index("sentence_end")  # a column of the own features


@dataclass(frozen=True, slots=True)
class BlockModel:
    """A logistic model: ``p = 1 / (1 + exp(-(bias + weights · features)))``."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        """The model's probability that a block with these features is article body."""
        if len(row) != len(self.weights):
            raise ValueError(f"{len(row)} features for a model of {len(self.weights)}")
        z = self.bias + sum(map(operator.mul, self.weights, row))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


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
    weights = tuple(float(w) for w in raw["weights"])
    if len(weights) != len(features):
        raise ValueError(f"block model has {len(weights)} weights for {len(features)} features")
    return BlockModel(features, weights, float(raw["bias"]))


def _own_features(block: Block, prose: bool) -> list[float]:
    text = block.text
    words = text.split()
    # Counting \w+ runs costs a regex pass; whitespace-split words are close enough here and
    # already needed for the word-shape shares below.
    n_words = len(words)
    chars = len(text)
    punct = len(_PUNCT_RE.findall(text))
    # List comprehensions rather than one loop with counters: fewer bytecodes per word.
    capital = len([1 for word in words if word[0].isupper()])
    short = len([1 for word in words if len(word) <= 3 and word.isalpha()])
    digits = len(_DIGIT_RE.findall(text))
    per_word = 1.0 / n_words if n_words else 0.0
    return [
        math.log1p(chars),
        math.log1p(n_words),
        1.0 if ends_sentence(text) else 0.0,
        1.0 if ends_with_ellipsis(text) else 0.0,
        min(PUNCT_PER_WORD_CAP, punct * per_word),
        short * per_word,
        capital * per_word,
        digits / chars if chars else 0.0,
        1.0 if any(s in text for s in _SEPARATORS) else 0.0,
        block.link_density,
        1.0 if block.marked_heading else 0.0,
        1.0 if block.kind is BlockKind.LIST_ITEM else 0.0,
        1.0 if prose else 0.0,
    ]


def block_features(blocks: Sequence[Block]) -> list[list[float]]:
    """One feature row per block, in :data:`FEATURES` order (two linear passes over the page).

    >>> from newsclean.blocks import Block
    >>> rows = block_features([Block("Home"), Block("It rained all day in the city, they said.")])
    >>> dict(zip(FEATURES, rows[1]))["prose"], dict(zip(FEATURES, rows[0]))["next_prose"]
    (1.0, 1.0)
    """
    count = len(blocks)
    prose = [is_prose(b) for b in blocks]
    rows = [_own_features(b, p) for b, p in zip(blocks, prose, strict=True)]
    prose_chars = [len(b.text) if p else 0 for b, p in zip(blocks, prose, strict=True)]
    has_prose = any(prose)
    total = sum(prose_chars) or 1
    # Prefix sums: prose share in a window and prose mass before a block, each O(1) per block.
    prefix_prose = [0]
    for p in prose:
        prefix_prose.append(prefix_prose[-1] + (1 if p else 0))
    run_length = [0] * count
    index = 0
    while index < count:
        if prose[index]:
            index += 1
            continue
        end = index
        while end < count and not prose[end]:
            end += 1
        for i in range(index, end):
            run_length[i] = end - index
        index = end
    topic = _topic_overlap(blocks, prose)
    ends = [row[_SENTENCE_END_COLUMN] for row in rows]
    prefix_end = [0.0]
    prefix_topic = [0.0]
    for ended, overlap in zip(ends, topic, strict=True):
        prefix_end.append(prefix_end[-1] + ended)
        prefix_topic.append(prefix_topic[-1] + overlap)
    mass = 0
    for i, row in enumerate(rows):
        lo, hi = max(0, i - WINDOW), min(count, i + WINDOW + 1)
        neighbours = hi - lo - 1
        window = prefix_prose[hi] - prefix_prose[lo] - (1 if prose[i] else 0)
        before = mass
        mass += prose_chars[i]
        row.extend(
            (
                1.0 if i > 0 and prose[i - 1] else 0.0,
                1.0 if i + 1 < count and prose[i + 1] else 0.0,
                window / neighbours if neighbours else 0.0,
                rows[i - 1][0] if i > 0 else 0.0,
                rows[i + 1][0] if i + 1 < count else 0.0,
                before / total,
                (total - mass) / total if has_prose else 0.0,
                math.log1p(run_length[i]),
            )
        )
        text = blocks[i].text
        per_neighbour = 1.0 / neighbours if neighbours else 0.0
        row.extend(
            (
                1.0 if text[:1].islower() else 0.0,
                1.0 if text.endswith(":") else 0.0,
                1.0 if "@" in text or "#" in text else 0.0,
                (prefix_end[hi] - prefix_end[lo] - ends[i]) * per_neighbour,
                topic[i],
                (prefix_topic[hi] - prefix_topic[lo] - topic[i]) * per_neighbour,
            )
        )
    return rows


def _topic_overlap(blocks: Sequence[Block], prose: Sequence[bool]) -> list[float]:
    """Per block, the share of its long words found in some *other* prose block of the page."""
    words = [frozenset(w for w in b.text.casefold().split() if len(w) >= 4) for b in blocks]
    counts: Counter[str] = Counter()
    for block_words, is_body_like in zip(words, prose, strict=True):
        if is_body_like:
            counts.update(block_words)
    # A word is in another prose block when some prose block holds it (for a block that is not
    # prose) or two do (for a prose block, one being itself): set intersections count them.
    in_some = counts.keys()
    in_two = {w for w, n in counts.items() if n > 1}
    out = []
    for block_words, is_body_like in zip(words, prose, strict=True):
        shared = len(block_words & (in_two if is_body_like else in_some))
        out.append(shared / len(block_words) if block_words else 0.0)
    return out


@dataclass(frozen=True, slots=True)
class BlockScores:
    """Per block: the model's body probability, and whether the hand rule calls it prose."""

    probabilities: list[float]
    prose: list[bool]


def score_blocks(blocks: Sequence[Block], model: BlockModel | None = None) -> BlockScores:
    """Score every block of a page under ``model`` (default: the shipped one)."""
    model = model or load_model()
    rows = block_features(blocks)
    prose_column = FEATURES.index("prose")
    return BlockScores(
        [model.probability(row) for row in rows], [row[prose_column] > 0 for row in rows]
    )


def body_probabilities(blocks: Sequence[Block], model: BlockModel | None = None) -> list[float]:
    """The probability of each block being article body, under ``model`` (default: shipped).

    >>> from newsclean.blocks import Block
    >>> page = [Block("Home"), Block("World"), Block("The council voted on Monday to close the "
    ...     "old bridge, which has carried traffic over the river since 1911."),
    ...     Block("Privacy policy"), Block("Terms of use")]
    >>> p = body_probabilities(page)
    >>> p[2] > 0.5 > max(p[0], p[3], p[4])
    True
    """
    return score_blocks(blocks, model).probabilities

"""Where the article sits among the page's blocks: the main run of prose and its title.

The body of a news page is the longest stretch of running text; navigation, teasers and
footers are short lines around it. :func:`main_run` finds that stretch as the maximum-weight
segment (prose counts for its length, anything else against it), so short subheadings and
captions inside the body are bridged while menus around it are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.blocks import Block
from newsclean.textstats import is_headline_shaped, is_prose

NON_PROSE_COST = 40
"""Fixed cost of a non-prose block inside the body, on top of its length (in characters)."""
NON_PROSE_LENGTH_WEIGHT = 0.5
"""Share of a non-prose block's length counted against the run."""
TITLE_WINDOW = 12
"""How many blocks before the body the title is looked for."""


@dataclass(frozen=True, slots=True)
class Span:
    """Inclusive block indices of the main run."""

    start: int
    end: int


def block_weight(block: Block) -> float:
    """Positive for prose (its length), negative for anything else."""
    if is_prose(block):
        return float(len(block.text))
    return -(NON_PROSE_COST + NON_PROSE_LENGTH_WEIGHT * len(block.text))


def main_run(blocks: Sequence[Block]) -> Span | None:
    """The maximum-weight contiguous run of blocks, or ``None`` when the page has no prose."""
    best: Span | None = None
    best_score = 0.0
    score = 0.0
    start = 0
    for index, block in enumerate(blocks):
        weight = block_weight(block)
        if score <= 0:
            score, start = weight, index
        else:
            score += weight
        if score > best_score:
            best_score, best = score, Span(start, index)
    return best


def find_title(
    blocks: Sequence[Block], run: Span, *, skip: frozenset[int] = frozenset()
) -> int | None:
    """Index of the article title: the heading that stands right before the body.

    Looks back from the start of the run (over at most ``TITLE_WINDOW`` blocks, ignoring the
    indices in ``skip``: dates and bylines): a level-1 heading wins, then any marked heading,
    then the nearest headline-shaped line. When the run itself opens with a lede paragraph and
    then a marked heading, that heading is the title and the lede sits above it.
    """
    window = [
        i for i in range(run.start - 1, max(-1, run.start - 1 - TITLE_WINDOW), -1) if i not in skip
    ]
    candidates = [i for i in window if is_headline_shaped(blocks[i])]
    for wanted in (_is_h1, _is_marked):
        for i in candidates:
            if wanted(blocks[i]):
                return i
    if candidates:
        return candidates[0]
    # The run opens with a lede (prose: a run starts on prose), then the marked title:
    # "summary / **Title** / body".
    second = run.start + 1
    if second <= run.end and blocks[second].marked_heading and is_headline_shaped(blocks[second]):
        return second
    return None


def _is_h1(block: Block) -> bool:
    return block.marked_heading and block.heading_level <= 1 and not block.emphasized


def _is_marked(block: Block) -> bool:
    return block.marked_heading

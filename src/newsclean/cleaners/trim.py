"""``trim_to_article``: drop what lies before and after the main run of prose."""

from __future__ import annotations

from collections.abc import Sequence
from operator import mul

from newsclean.blockmodel import BlockScores, Cuts, score_blocks
from newsclean.blocks import Block
from newsclean.cleaners.chrome import NAME as CHROME
from newsclean.cleaners.duplicates import NAME as DUPLICATES
from newsclean.cleaners.related import NAME as RELATED
from newsclean.document import Document, InputFormat
from newsclean.layout import (
    Span,
    grow_over_prose,
    main_run_weighted,
    model_weights,
    prose_edges,
    text_length,
)
from newsclean.textstats import is_prose

NAME = "trim_to_article"
TITLE_INSIDE_MARGIN = 0.1
"""How much less sure of the text above the title than of the text below it the classifier may
be when the title is taken to stand inside the body (:func:`_title_inside_body`). A menu of
product blurbs above a true headline scored 0.65 against 0.89 below it; the article text above
a wrongly taken title scored within 0.04 of the text below it (5 benchmark pages)."""


def above_title(doc: Document) -> dict[int, str]:
    """The blocks that stood above the title line (``before_article``), by index.

    The title was taken (and recorded) by ``extract_metadata``; its line number is all that is
    left of it here.
    """
    title_line = next(
        (r.line for r in doc.removed if r.reason == "title" and r.cleaner == "extract_metadata"),
        None,
    )
    return {
        i: "before_article"
        for i, b in enumerate(doc.blocks)
        if title_line and 0 < b.line < title_line
    }


def cuts(doc: Document) -> Cuts:
    """The input lines that the duplicate, chrome and related-posts cleaners removed.

    The block classifier reads them (:mod:`newsclean.blockmodel`): copies of "Reply" under
    every comment, or share buttons around every teaser, leave their record between blocks.
    """
    duplicates = sorted(r.line for r in doc.removed if r.line and r.cleaner == DUPLICATES)
    other = sorted(r.line for r in doc.removed if r.line and r.cleaner in (CHROME, RELATED))
    return Cuts(duplicates, other)


def _body_run(blocks: Sequence[Block], doc: Document) -> tuple[Span | None, BlockScores]:
    """The main run over ``blocks`` under the block classifier's weights (see
    :func:`trim_to_article`), and the classifier's scores."""
    scores = score_blocks(blocks, cuts(doc), doc.metadata.title)
    weights = model_weights(scores.probabilities, scores.lengths)
    run = prose_edges(main_run_weighted(weights), scores.prose)
    return grow_over_prose(run, scores.probabilities, scores.prose), scores


def _title_inside_body(doc: Document, above: int) -> Span | None:
    """The main run over every block when the line taken as the title stands inside the body
    rather than over it; ``None`` when it stands over it (the caller then runs over the blocks
    from the title down, and the run over every block, if it was computed, is not needed).

    ``above``: how many blocks stood above it. A question heading halfway down a FAQ, or a
    heading of a comment section, can win the title's place on a plain-text dump; then most
    of the article stands above it. Checked only when the prose above the title
    (:func:`newsclean.layout.text_length`) outweighs the prose below it (menus and teasers
    above a headline seldom do): the run over every block, title line and all, must then
    start above the title and hold more text above it than below it.
    """
    blocks = doc.blocks
    prose = [text_length(b.text) if is_prose(b) else 0 for b in blocks]
    if sum(prose[:above]) <= sum(prose[above:]):
        return None
    run, scores = _body_run(blocks, doc)
    lengths, probabilities = scores.lengths, scores.probabilities
    if run is None or run.start >= above or run.end < above:
        return None
    if sum(prose[run.start : above]) <= sum(prose[above : run.end + 1]):
        return None

    def sureness(start: int, end: int) -> float:  # length-weighted mean probability
        total = sum(lengths[start:end])
        weighted = sum(map(mul, lengths[start:end], probabilities[start:end]))
        return weighted / total if total else 0.0

    below = sureness(above, run.end + 1)
    return run if sureness(run.start, above) >= below - TITLE_INSIDE_MARGIN else None


def trim_to_article(doc: Document) -> Document:
    """Remove the blocks outside the article body: menus above it, footers and lists below.

    The main run is chosen over weights from the block classifier
    (:mod:`newsclean.blockmodel`): each block counts for the run by how likely it is to be
    body text, and against it by how likely it is not (:func:`newsclean.layout.model_weights`);
    the run then opens and closes on prose (:func:`newsclean.layout.prose_edges`) and takes in
    the prose right next to it that the model does not reject
    (:func:`newsclean.layout.grow_over_prose`).

    Runs after the metadata is taken, so what is left before the body is page furniture
    (section labels, leftover navigation) and what is left after it is the page's tail. The
    body follows its headline: blocks that stood above the title are furniture too, even when
    they are long enough to look like prose (a cookie banner, a teaser for another story).
    Reasons: ``before_article``, ``after_article``.

    HTML input is left alone: its blocks are already the main content as trafilatura found it
    from the page structure, which is better evidence than the prose run; trimming again cut
    real list-shaped and table-shaped bodies (on the development benchmark it removed about
    four times more article text than furniture; see docs/html.md).
    """
    if doc.format is InputFormat.HTML:
        return doc
    reasons = above_title(doc)
    run = _title_inside_body(doc, len(reasons)) if reasons else None
    if run is not None:  # the title stood inside the body: the run over every block
        reasons, kept = {}, list(range(len(doc.blocks)))
    else:
        kept = [i for i in range(len(doc.blocks)) if i not in reasons]
        run, _ = _body_run([doc.blocks[i] for i in kept], doc)
    if run is None:
        return doc.drop(reasons, cleaner=NAME)
    reasons.update({kept[i]: "before_article" for i in range(run.start)})
    reasons.update({kept[i]: "after_article" for i in range(run.end + 1, len(kept))})
    return doc.drop(reasons, cleaner=NAME)

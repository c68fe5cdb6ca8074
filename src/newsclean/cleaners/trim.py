"""``trim_to_article``: drop what lies before and after the main run of prose."""

from __future__ import annotations

from newsclean.blockmodel import Cuts, score_blocks
from newsclean.cleaners.chrome import NAME as CHROME
from newsclean.cleaners.duplicates import NAME as DUPLICATES
from newsclean.cleaners.related import NAME as RELATED
from newsclean.document import Document, InputFormat
from newsclean.layout import grow_over_prose, main_run_weighted, model_weights, prose_edges

NAME = "trim_to_article"


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
    kept = [i for i in range(len(doc.blocks)) if i not in reasons]
    candidates = [doc.blocks[i] for i in kept]
    scores = score_blocks(candidates, cuts(doc), doc.metadata.title)
    weights = model_weights(scores.probabilities, [b.text for b in candidates])
    run = prose_edges(main_run_weighted(weights), scores.prose)
    run = grow_over_prose(run, scores.probabilities, scores.prose)
    if run is None:
        return doc.drop(reasons, cleaner=NAME)
    reasons.update({kept[i]: "before_article" for i in range(run.start)})
    reasons.update({kept[i]: "after_article" for i in range(run.end + 1, len(kept))})
    return doc.drop(reasons, cleaner=NAME)

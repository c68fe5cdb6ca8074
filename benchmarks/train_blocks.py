"""Train the block classifier that weighs blocks for the body run on text and markdown dumps.

Usage::

    PYTHONPATH=src python benchmarks/train_blocks.py BENCH_DIR [--out PATH] [--cache FILE]

For every article page of both sets (``wcxb-dev`` and ``aeb``) and both dump kinds (``lines``
and ``markdown``), the default pipeline runs up to the body decision (every step before
``trim_to_article``, then the blocks above the title are set aside as that cleaner does).
Each remaining block is labelled body when at least half of its 4-token shingles (the body
metric's unit, see ``metrics.py``) occur in the gold body. A logistic regression (Newton's
method) and then boosted oblivious trees of depth ``DEPTH`` over
``newsclean.blockmodel.FEATURES`` are fitted to the logistic loss (numpy, in this script only;
the library reads the trees in pure Python); the trees are the mean of ``BAGS`` runs, each on a
random share of the sites. Each block is weighted by 1 + its
length in tokens (long paragraphs count as much as the metric makes them count), scaled down
on pages with more than ``PAGE_TOKENS`` tokens (the metric weighs every page the same).

The script prints, per set and dump kind, the body F1 of the hand-weighted run and of the
model-weighted run: in-sample (trained on everything), and two **held-out** figures: by site
folds (5 folds grouped by the page's domain, each page scored by the model trained on the
other folds' sites) and across sets (trained on the other set only: wcxb-dev → aeb and
aeb → wcxb-dev, different sites, annotators and annotation habits). Then it writes the
in-sample model to ``src/newsclean/data/block_model.json`` (``--out``). See
``docs/classifier.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

import metrics
import quality
from newsclean.blockmodel import (
    FEATURES,
    MAX_TABLE_COLUMNS,
    BlockModel,
    Cuts,
    Tree,
    block_features,
    model_to_json,
)
from newsclean.blocks import Block
from newsclean.cleaners.trim import above_title, cuts
from newsclean.document import InputFormat
from newsclean.formats import to_document
from newsclean.layout import (
    block_weight,
    grow_over_prose,
    main_run_weighted,
    model_weights,
    prose_edges,
    text_length,
)
from newsclean.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "newsclean" / "data" / "block_model.json"
KINDS = {"lines": InputFormat.TEXT, "markdown": InputFormat.MARKDOWN}
PROSE_COLUMN = FEATURES.index("prose")
LABEL_SHARE = 0.5
"""A block is body when at least this share of its shingles is in the gold body."""
FOLDS = 5
"""Folds of the grouped cross-validation: every page of a site (domain) is in the same fold."""
PAGE_TOKENS = 300
"""Pages with more candidate tokens than this have their blocks' sample weights scaled down
to this total (the body metric averages over pages; +0.002 to +0.009 F1 on the dev sets)."""
LINEAR = True
"""Start the trees from a logistic regression's score (a dot product per block is cheap in
pure Python; each tree costs a table lookup per block)."""
LINEAR_L2 = 1e-3
"""L2 penalty on the logistic regression's weights (of standardised features)."""
LINEAR_STEPS = 30
"""At most this many Newton steps (about 8 reach ``LINEAR_TOLERANCE``)."""
LINEAR_TOLERANCE = 1e-6
"""Newton stops when no coefficient moves more than this."""
DEPTH = 3
"""Questions per tree (an oblivious tree asks one per depth: 2 ** DEPTH leaves)."""
ROUNDS = 20
"""Boosting rounds (one tree each) of each bag."""
BAGS = 4
"""Runs of boosted trees whose mean is the model, each on a random share of the sites."""
BAG_SHARE = 0.8
"""Share of the sites (domains) whose blocks each run of trees is fitted to."""
BAG_SEED = 0
"""Seed of the sites' draw: the same pages give the same model."""
SHRINK = 0.3
"""Share of each tree's Newton step that is kept."""
BINS = 32
"""Candidate thresholds per feature: its quantiles over the training blocks."""
L2 = 1.0
"""Added to each leaf's hessian sum: shrinks the steps of thinly populated leaves."""
MIN_HESSIAN = 5.0
"""A question must leave at least this much hessian weight on each side of every node."""
TABLES: int | None = None
"""At most this many feature groups of ``newsclean.blockmodel.MAX_TABLE_COLUMNS`` features that
the trees of all runs may ask about (``None``: no limit): each group folds into one lookup
table, one pass over the page's blocks at inference."""


@dataclass
class PageData:
    """One dump at the body decision: its candidate blocks, their features and labels."""

    set_name: str
    kind: str
    page_id: str
    domain: str
    gold: str
    texts: list[str]
    features: list[list[float]]
    labels: list[float]
    tokens: list[int]
    hand_weights: list[float]
    prose: list[bool]
    blocks: list[Block]
    cuts: Cuts
    title: str | None


def _steps_before_trim() -> Pipeline:
    steps = Pipeline().steps
    names = Pipeline().names
    return Pipeline(steps[: names.index("trim_to_article")])


def _domain(url: str | None) -> str:
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def _gold_ngrams(gold: str) -> list[set[tuple[str, ...]]]:
    tokens = metrics.tokenize(gold)
    return [
        {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}
        for n in range(1, metrics.SHINGLE_SIZE + 1)
    ]


def block_label(text: str, gold_ngrams: Sequence[set[tuple[str, ...]]]) -> tuple[float, int]:
    """(share of the block's shingles found in the gold, the block's token count)."""
    tokens = metrics.tokenize(text)
    if not tokens:
        return 0.0, 0
    size = min(len(tokens), metrics.SHINGLE_SIZE)
    grams = gold_ngrams[size - 1]
    shingles = [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return sum(1 for s in shingles if s in grams) / len(shingles), len(tokens)


def collect(bench: Path, limit: int | None) -> list[PageData]:
    """Run the pipeline to the body decision on every article dump; label the blocks."""
    before_trim = _steps_before_trim()
    out: list[PageData] = []
    for set_name in quality.SETS:
        for kind, fmt in KINDS.items():
            pages = quality.load_set(bench, set_name, kind, limit=limit)
            for page in pages:
                if not page.gold_body.strip():
                    continue
                try:
                    doc = before_trim(to_document(page.content, fmt, url=page.url))
                except Exception as exc:  # a page the pipeline refuses is not training data
                    print(f"skip {set_name}/{page.page_id} ({kind}): {exc}", file=sys.stderr)
                    continue
                skip = above_title(doc)
                blocks = [b for i, b in enumerate(doc.blocks) if i not in skip]
                grams = _gold_ngrams(page.gold_body)
                labelled = [block_label(b.text, grams) for b in blocks]
                features = block_features(blocks, cuts(doc), doc.metadata.title)
                out.append(
                    PageData(
                        set_name,
                        kind,
                        page.page_id,
                        _domain(page.url),
                        page.gold_body,
                        [b.text for b in blocks],
                        features,
                        [1.0 if share >= LABEL_SHARE else 0.0 for share, _ in labelled],
                        [n for _, n in labelled],
                        [block_weight(b) for b in blocks],
                        _prose(features),
                        blocks,
                        cuts(doc),
                        doc.metadata.title,
                    )
                )
    return out


def _prose(features: Sequence[Sequence[float]]) -> list[bool]:
    """The blocks' prose flags as the library's run reads them (the model's ``prose`` column,
    which counts a dense script's characters as words, see ``layout.DENSE_CHAR_WEIGHT``)."""
    return [row[PROSE_COLUMN] > 0 for row in features]


def fit_linear(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[tuple[float, ...], float]:
    """Logistic regression (raw-feature weights, bias) by Newton's method.

    Minimises the weighted mean logistic loss plus ``LINEAR_L2 / 2`` times the squared weights
    of the standardised features (the bias is not penalised). The problem is convex and small
    (a Hessian of one row and column per feature), so a few Newton steps reach its optimum;
    the gradient descent used before stopped short of it after a fixed number of steps.
    """
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], LINEAR_L2)
    penalty[-1] = 0.0
    for _ in range(LINEAR_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        grad = z.T @ ((p - y) * w) / len(y) + penalty * beta
        hess = (z * (p * (1 - p) * w)[:, None]).T @ z / len(y) + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < LINEAR_TOLERANCE:
            break
    weights = beta[:-1]
    # Fold the standardisation into the weights: the library sees raw features.
    raw_weights = tuple(round(float(v), 5) for v in weights / std)
    return raw_weights, round(float(beta[-1]) - float((weights * mean / std).sum()), 5)


def fit(pages: Sequence[PageData]) -> BlockModel:
    """A logistic regression, then ``BAGS`` runs of boosted oblivious trees on its residual
    logistic loss, averaged.

    Token-weighted (see the module docstring). With ``BAGS`` above 1 each run of trees sees
    the blocks of a random ``BAG_SHARE`` of the sites only (a fixed seed: the same pages give
    the same model) and its leaves are divided by ``BAGS``: the sum is the mean of the runs.
    One run alone follows a few pages closely enough that refitting on slightly different
    data flips whole pages' runs; the mean of several varies less. With ``LINEAR`` off the
    trees start from the base rate alone.
    """
    x = np.array([row for p in pages for row in p.features], dtype=float)
    y = np.array([label for p in pages for label in p.labels], dtype=float)
    # 1 + tokens per block, scaled down on long pages: the metric weighs every page the same.
    w = np.array(
        [
            (1.0 + n) * PAGE_TOKENS / max(PAGE_TOKENS, sum(p.tokens))
            for p in pages
            for n in p.tokens
        ],
        dtype=float,
    )
    w /= w.mean()
    quantiles = np.linspace(0, 1, BINS + 1)[1:-1]
    edges = [np.unique(np.quantile(x[:, j], quantiles)) for j in range(x.shape[1])]
    # Bin k holds edges[k-1] < value <= edges[k]: "value > edges[k]" is "bin > k".
    bins = np.array([np.searchsorted(e, x[:, j], side="left") for j, e in enumerate(edges)])
    if LINEAR:
        weights, bias = fit_linear(x, y, w)
        score = x @ np.array(weights) + bias
    else:
        share = float(np.average(y, weights=w))
        weights, bias = (), round(math.log(share / (1 - share)), 4)
        score = np.full(len(y), bias)
    if BAGS == 1:
        return BlockModel(FEATURES, weights, tuple(boost(bins, edges, y, w, score, [])), bias)
    rng = np.random.default_rng(BAG_SEED)
    domains = sorted({p.domain for p in pages})
    block_domain = np.array([domains.index(p.domain) for p in pages for _ in p.labels])
    trees = []
    groups: list[set[int]] = []
    for _ in range(BAGS):
        mask = (rng.random(len(domains)) < BAG_SHARE)[block_domain]
        run = boost(bins[:, mask], edges, y[mask], w[mask], score[mask], groups)
        trees += [Tree(t.splits, tuple(round(v / BAGS, 5) for v in t.leaves)) for t in run]
    return BlockModel(FEATURES, weights, tuple(trees), bias)


def _fits(asked: set[int], groups: Sequence[set[int]]) -> bool:
    """Whether a tree asking about ``asked`` still folds into one of at most ``TABLES`` tables:
    into a group as it is or widened to ``MAX_TABLE_COLUMNS`` features, or a new group."""
    if TABLES is None or len(groups) < TABLES:
        return True
    return any(len(asked | group) <= MAX_TABLE_COLUMNS for group in groups)


def _join(asked: set[int], groups: list[set[int]]) -> None:
    """Put a tree's features into the group it shares most with (widened if need be), or a new
    one."""
    if TABLES is None:
        return
    homes = [g for g in groups if len(asked | g) <= MAX_TABLE_COLUMNS]
    if homes:
        max(homes, key=lambda g: (len(asked & g), -len(asked | g))).update(asked)
    else:
        groups.append(set(asked))


def boost(
    bins: np.ndarray,
    edges: Sequence[np.ndarray],
    y: np.ndarray,
    w: np.ndarray,
    start: np.ndarray,
    groups: list[set[int]],
) -> list[Tree]:
    """``ROUNDS`` oblivious trees boosted on the weighted logistic loss from the scores ``start``.

    ``bins`` holds each feature's bin per block (a row per feature). Each round grows one tree
    level by level: the question (a feature above one of its ``BINS`` quantiles) that most
    lowers the loss summed over all the nodes of the level is asked of every node; the leaves
    take a Newton step shrunk by ``SHRINK``. ``groups``: the feature groups the trees so far
    ask about (see ``TABLES``), widened in place.
    """
    score = start.copy()
    trees = []
    for _ in range(ROUNDS):
        p = 1.0 / (1.0 + np.exp(-score))
        g, h = (p - y) * w, p * (1 - p) * w
        node = np.zeros(len(y), dtype=np.int64)
        splits: list[tuple[int, int]] = []
        for level in range(DEPTH):
            nodes = 1 << level
            best = (0.0, -1, 0)
            for j, column in enumerate(bins):
                n = len(edges[j]) + 1
                if n < 2 or not _fits({c for c, _ in splits} | {j}, groups):
                    continue
                cell = node * n + column
                g_bins = np.bincount(cell, weights=g, minlength=nodes * n).reshape(nodes, n)
                h_bins = np.bincount(cell, weights=h, minlength=nodes * n).reshape(nodes, n)
                g_left, h_left = np.cumsum(g_bins, 1)[:, :-1], np.cumsum(h_bins, 1)[:, :-1]
                g_all, h_all = g_bins.sum(1, keepdims=True), h_bins.sum(1, keepdims=True)
                g_right, h_right = g_all - g_left, h_all - h_left
                gain = g_left**2 / (h_left + L2) + g_right**2 / (h_right + L2)
                gain -= g_all**2 / (h_all + L2)
                gain[(h_left < MIN_HESSIAN) | (h_right < MIN_HESSIAN)] = 0.0
                total = gain.sum(0)
                k = int(np.argmax(total))
                if total[k] > best[0]:
                    best = (float(total[k]), j, k)
            _, j, k = best
            if j < 0:
                break
            splits.append((j, k))
            node = node * 2 + (bins[j] > k)
        if not splits:
            break
        _join({c for c, _ in splits}, groups)
        leaves = 1 << len(splits)
        g_leaf = np.bincount(node, weights=g, minlength=leaves)
        h_leaf = np.bincount(node, weights=h, minlength=leaves)
        values = np.round(-SHRINK * g_leaf / (h_leaf + L2), 4)
        score += values[node]
        trees.append(
            Tree(
                tuple((j, float(edges[j][k])) for j, k in splits),
                tuple(float(v) for v in values),
            )
        )
    return trees


def body_f1(pages: Sequence[PageData], model_for: Callable[[PageData], BlockModel] | None) -> float:
    """Body F1 of the run chosen with hand weights (``model_for=None``) or model weights."""
    scores = []
    for page in pages:
        if model_for is None:
            run = main_run_weighted(page.hand_weights)
        else:
            probabilities = model_for(page).probabilities(page.features)
            weights = model_weights(probabilities, [text_length(t) for t in page.texts])
            run = prose_edges(main_run_weighted(weights), page.prose)
            run = grow_over_prose(run, probabilities, page.prose)
        text = "" if run is None else "\n\n".join(page.texts[run.start : run.end + 1])
        scores.append(metrics.page_scores(page.gold, text))
    result = metrics.aggregate(scores)
    return float(result.f1 or 0.0)


def _fold(page: PageData) -> int:
    return zlib.crc32(page.domain.encode("utf-8")) % FOLDS


def domain_folds(pages: Sequence[PageData]) -> dict[int, BlockModel]:
    """One model per fold, each trained on the pages of the other folds' sites only."""
    return {fold: fit([p for p in pages if _fold(p) != fold]) for fold in range(FOLDS)}


def _group(pages: Sequence[PageData], set_name: str, kind: str | None = None) -> list[PageData]:
    return [p for p in pages if p.set_name == set_name and (kind is None or p.kind == kind)]


def report(
    pages: Sequence[PageData],
    model: BlockModel,
    cross_set: dict[str, BlockModel],
    folds: dict[int, BlockModel],
) -> None:
    """Print body F1 per set and kind: hand weights, in-sample, by site folds, across sets."""
    print(
        f"{'set':10} {'input':9} {'pages':>5} {'hand':>6} {'model':>6} "
        f"{'site-folds':>10} {'other-set':>9}"
    )
    for set_name in quality.SETS:
        for kind in KINDS:
            group = _group(pages, set_name, kind)
            print(
                f"{set_name:10} {kind:9} {len(group):5} {body_f1(group, None):6.3f} "
                f"{body_f1(group, lambda _: model):6.3f} "
                f"{body_f1(group, lambda p: folds[_fold(p)]):10.3f} "
                f"{body_f1(group, lambda p: cross_set[p.set_name]):9.3f}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="bench folder with wcxb-dev/ and aeb/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model")
    parser.add_argument(
        "--cache",
        type=Path,
        help="pickle of the collected blocks (reused; their features are recomputed, so a "
        "changed feature needs no new collection)",
    )
    parser.add_argument("--limit", type=int, help="first N pages of each set (a quick look)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.cache and args.cache.exists():
        pages: list[PageData] = pickle.loads(args.cache.read_bytes())
        for page in pages:  # the cache keeps the blocks: features follow the library's code
            page.features = block_features(page.blocks, page.cuts, getattr(page, "title", None))
            page.prose = _prose(page.features)
    else:
        pages = collect(args.bench, args.limit)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    blocks = sum(len(p.texts) for p in pages)
    print(f"{len(pages)} dumps, {blocks} blocks ({time.perf_counter() - started:.0f} s)")
    cross_set = {
        "aeb": fit(_group(pages, "wcxb-dev")),
        "wcxb-dev": fit(_group(pages, "aeb")),
    }
    model = fit(pages)
    report(pages, model, cross_set, domain_folds(pages))
    payload = model_to_json(model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

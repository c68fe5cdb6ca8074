"""The block classifier: features on hand-made blocks, the shipped weights, its use in trimming."""

from __future__ import annotations

import bisect
import json
import math
import operator
from importlib import resources
from typing import Any

import pytest

import newsclean
from newsclean import blockmodel
from newsclean.blockmodel import (
    FEATURES,
    BlockModel,
    Cuts,
    Tree,
    block_features,
    body_probabilities,
    feature_columns,
    load_model,
    model_from_json,
    model_to_json,
    score_blocks,
)
from newsclean.blocks import Block, BlockKind, split_blocks
from newsclean.cleaners.trim import trim_to_article
from newsclean.document import Document, InputFormat
from newsclean.layout import (
    Span,
    grow_over_prose,
    main_run_weighted,
    model_weights,
    prose_edges,
    text_length,
)
from newsclean.model import RemovedBlock
from tests.conftest import CASES

TRIM_CASES: list[dict[str, Any]] = json.loads((CASES / "trim.json").read_text(encoding="utf-8"))

PROSE = "The council voted on Monday to close the old bridge, which has carried traffic since 1911."
PROSE_2 = "Repairs would cost more than a new bridge, the mayor said after the meeting last night."


def _row(blocks: list[Block], index: int) -> dict[str, float]:
    return dict(zip(FEATURES, block_features(blocks)[index], strict=True))


def test_every_feature_is_documented_in_the_module() -> None:
    doc = blockmodel.__doc__ or ""
    for name in FEATURES:
        assert f"``{name}``" in doc, name


def test_shipped_weights_load_and_name_the_documented_features() -> None:
    resource = resources.files("newsclean").joinpath("data", "block_model.json")
    raw = json.loads(resource.read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    assert len(resource.read_bytes()) < 20_000  # a few KB of numbers, not a blob
    model = load_model()
    assert model.features == FEATURES and model.trees
    assert all(math.isfinite(v) for tree in model.trees for v in tree.leaves)
    assert model_from_json(model_to_json(model)) == model


def test_a_model_for_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match=r"train_blocks\.py"):
        model_from_json({"features": ["log_chars"], "trees": [], "bias": 0.0})
    with pytest.raises(ValueError, match="leaves"):
        tree = {"splits": [["prose", 0.5]], "leaves": [1.0, 2.0, 3.0]}
        model_from_json({"features": list(FEATURES), "trees": [tree], "bias": 0.0})


def test_own_features_of_a_sentence() -> None:
    row = _row([Block(PROSE)], 0)
    assert row["log_chars"] == pytest.approx(math.log1p(len(PROSE)))
    assert row["log_words"] == pytest.approx(math.log1p(len(PROSE.split())))
    assert row["sentence_end"] == 1.0 and row["ellipsis_end"] == 0.0
    assert row["punct_per_word"] == pytest.approx(2 / len(PROSE.split()))  # a comma, a stop
    assert row["capitalised"] == pytest.approx(2 / len(PROSE.split()))  # The, Monday
    assert row["digits"] == pytest.approx(4 / len(PROSE))
    assert row["prose"] == 1.0 and row["heading"] == 0.0 and row["separators"] == 0.0


def test_own_features_of_markup() -> None:
    menu = Block("Home | World | Sport", kind=BlockKind.LIST_ITEM, link_chars=20)
    heading = Block("Read more…", kind=BlockKind.HEADING, heading_level=2)
    rows = [_row([menu, heading], 0), _row([menu, heading], 1)]
    assert rows[0]["separators"] == 1.0 and rows[0]["list_item"] == 1.0
    assert rows[0]["link_density"] == pytest.approx(1.0)
    assert rows[1]["heading"] == 1.0 and rows[1]["ellipsis_end"] == 1.0
    assert rows[0]["prose"] == rows[1]["prose"] == 0.0


def test_context_features() -> None:
    page = [Block("Home"), Block("World"), Block(PROSE), Block(PROSE_2), Block("Share")]
    first, middle, last = _row(page, 0), _row(page, 2), _row(page, 4)
    assert first["prev_prose"] == 0.0 and first["next_prose"] == 0.0
    assert middle["prev_prose"] == 0.0 and middle["next_prose"] == 1.0
    assert middle["window_prose"] == pytest.approx(1 / 4)  # 3 blocks before, 1 after
    assert middle["prev_log_chars"] == pytest.approx(math.log1p(len("World")))
    assert first["mass_before"] == 0.0 and first["mass_after"] == pytest.approx(1.0)
    assert middle["mass_before"] == 0.0
    assert middle["mass_after"] == pytest.approx(len(PROSE_2) / (len(PROSE) + len(PROSE_2)))
    assert last["mass_before"] == pytest.approx(1.0) and last["mass_after"] == 0.0
    assert first["short_run"] == pytest.approx(math.log1p(2)) and middle["short_run"] == 0.0
    assert last["short_run"] == pytest.approx(math.log1p(1))


def test_shape_and_vocabulary_features() -> None:
    teaser = "Ten cheap flights to Lisbon this winter"
    page = [
        Block(PROSE),
        Block(PROSE_2),
        Block(teaser),
        Block("follow @council"),
        Block("Jo says:"),
    ]
    body, other, handle, says = (_row(page, i) for i in (1, 2, 3, 4))
    # PROSE_2 shares "bridge" with PROSE; the teaser shares nothing with the body.
    assert body["topic_overlap"] == pytest.approx(1 / 12)  # "bridge," of its 12 long words
    assert other["topic_overlap"] == 0.0
    assert other["window_topic"] == pytest.approx((1 / 10 + 1 / 12 + 0.0 + 0.0) / 4)
    assert handle["handle"] == 1.0 and handle["lower_start"] == 1.0
    assert says["colon_end"] == 1.0 and body["colon_end"] == 0.0
    assert other["window_ends"] == pytest.approx(2 / 4)  # the two sentences, not the rest


def test_features_of_an_empty_page_and_of_a_page_without_prose() -> None:
    assert block_features([]) == []
    rows = block_features([Block("Home"), Block("Sport")])
    assert all(len(row) == len(FEATURES) for row in rows)
    assert all(dict(zip(FEATURES, row, strict=True))["mass_after"] == 0.0 for row in rows)


def test_cut_lines_around_each_block() -> None:
    page = [Block("Home", line=1), Block(PROSE, line=4), Block(PROSE_2, line=9)]
    cuts = Cuts(duplicates=[0, 2, 3, 5, 6, 7, 12], other=[10])
    rows = [dict(zip(FEATURES, row, strict=True)) for row in block_features(page, cuts)]
    assert [r["dups_before"] for r in rows] == [0.0, 2.0, 3.0]
    assert [r["dups_after"] for r in rows] == [2.0, 3.0, 0.0]  # not what follows the last
    assert [r["cuts_before"] for r in rows] == [0.0, 0.0, 0.0]
    assert [r["cuts_after"] for r in rows] == [0.0, 0.0, 0.0]
    uncut = [dict(zip(FEATURES, row, strict=True)) for row in block_features(page)]
    cut_names = ("dups_before", "dups_after", "cuts_before", "cuts_after")
    assert all(r[name] == 0.0 for r in uncut for name in cut_names)  # nothing was cut


def test_blocks_ending_in_the_same_word() -> None:
    page = [
        Block("Jo says:"),
        Block(PROSE),
        Block("Al Smith says:"),
        Block(PROSE_2),
        Block("Bea says"),
        Block("..."),
    ]
    rows = [dict(zip(FEATURES, row, strict=True)) for row in block_features(page)]
    # Three blocks end in "says" (case and edge punctuation aside); the others in their own word.
    assert [r["same_last"] for r in rows] == pytest.approx(
        [math.log(3), 0.0, math.log(3), 0.0, math.log(3), 0.0]
    )
    # The comment text between two such lines: the mean over its neighbours 0, 2, 3 and 4.
    assert rows[1]["window_same_last"] == pytest.approx((math.log(3) * 3 + 0.0) / 4)


def test_words_shared_with_the_title() -> None:
    page = [Block(PROSE), Block("Old bridge closing, council says."), Block("Weather: rain")]
    title = "Council votes to close the old “Bridge”"
    rows = [dict(zip(FEATURES, row, strict=True)) for row in block_features(page, None, title)]
    # Long words (4+ characters), case folded, edge punctuation off on either side:
    # "council", "close", "bridge," of PROSE's 10; "bridge", "council" of the second's 4.
    assert [r["title_overlap"] for r in rows] == pytest.approx([3 / 10, 2 / 4, 0.0])
    assert rows[2]["window_title"] == pytest.approx((3 / 10 + 2 / 4) / 2)
    untitled = [dict(zip(FEATURES, row, strict=True)) for row in block_features(page)]
    assert all(r["title_overlap"] == r["window_title"] == 0.0 for r in untitled)


def test_rows_and_columns_agree() -> None:
    page = [Block("Home"), Block(PROSE), Block("Jo says:"), Block(PROSE_2)]
    columns = feature_columns(page)
    assert [list(row) for row in zip(*columns, strict=True)] == block_features(page)
    assert feature_columns([]) == [[] for _ in FEATURES]


def test_inference_is_the_logistic_of_the_summed_leaves() -> None:
    ends, prose = FEATURES.index("sentence_end"), FEATURES.index("prose")
    trees = (
        Tree(((ends, 0.5),), (0.0, 1.0)),
        Tree(((prose, 0.5), (ends, 0.5)), (-1.0, 0.0, 0.0, 0.5)),
    )
    model = BlockModel(FEATURES, (), trees, bias=-1.0)
    scores = score_blocks([Block(PROSE), Block("Home")], model=model)
    assert scores.probabilities == [
        pytest.approx(1 / (1 + math.exp(-0.5))),
        pytest.approx(1 / (1 + math.exp(2.0))),
    ]
    assert scores.prose == [True, False]


def test_folded_tables_give_the_trees_sum() -> None:
    # The shipped model folded into tables must score every block as its trees do one by one.
    model = load_model()
    words = PROSE.split()
    page = [Block(" ".join(words[: n % len(words) + 1]), line=n) for n in range(40)]
    page += [Block(PROSE_2, line=50), Block("Reply", line=52), Block(PROSE.upper(), line=60)]
    rows = block_features(page, Cuts(duplicates=[51, 53, 54], other=[1, 2, 61]))
    folded = model.probabilities(rows)
    assert folded == pytest.approx([model.probability(row) for row in rows], abs=1e-12)


def _table_reference(model: BlockModel, rows: list[list[float]]) -> list[float]:
    """The folded model evaluated a block at a time, plainly: the linear part, then each
    table's cell (its features' bins by bisection) added in table order."""
    out = []
    for row in rows:
        z = model.bias + sum(map(operator.mul, model.weights, row)) if model.weights else model.bias
        for table in model._tables:
            index = 0
            for column, size in zip(table.columns, table.sizes, strict=True):
                index = index * size + bisect.bisect_left(model._thresholds[column], row[column])
            z = z + table.values[index]
        out.append(0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z)))
    return out


def _synthetic_pages() -> list[tuple[list[Block], Cuts]]:
    words = PROSE.split()
    menu = [
        Block(w, kind=BlockKind.LIST_ITEM, line=n, link_chars=len(w)) for n, w in enumerate(words)
    ]
    thread = [
        Block(t, line=40 + n) for n, t in enumerate(["Jo says:", PROSE_2, "Al says:", "Reply"])
    ]
    body = [Block(" ".join(words[: n % len(words) + 1]), line=60 + n) for n in range(30)]
    return [
        ([Block(PROSE)], Cuts()),
        (menu + body + thread, Cuts(duplicates=[41, 45, 46], other=[1, 2, 59, 61])),
        (
            [
                *thread,
                Block(PROSE.upper(), line=70),
                Block("市は来月から図書館を再び開くと発表した。", line=71),
            ],
            Cuts(),
        ),
    ]


def test_page_at_a_time_scoring_is_the_block_at_a_time_sum_exactly() -> None:
    # Page-at-a-time scoring (BlockModel._scores: bins per feature, one comprehension per
    # table) must give the very same floats as adding the tables' cells block by block, in
    # table order: any faster evaluation has to keep these additions and their order. Pinned
    # for the shipped model and for one with a table of 10 ** 5 cells (wider than 16 bits).
    shipped = load_model()
    asked = [
        FEATURES.index(f) for f in ("log_chars", "log_words", "digits", "mass_before", "prose")
    ]
    wide_trees = tuple(
        Tree(
            tuple((column, 0.1 * k + 0.01 * n) for n, column in enumerate(asked)), tuple(range(32))
        )
        for k in range(9)
    )  # one table of 10 ** 5 cells
    wide = BlockModel(FEATURES, shipped.weights, wide_trees, bias=0.25)
    assert max(len(table.values) for table in wide._tables) > 2**16
    for model in (shipped, wide):
        assert model.probabilities([]) == [] and score_blocks([], model=model).probabilities == []
        for page, cuts in _synthetic_pages():
            rows = block_features(page, cuts, "Council to close the old bridge")
            scores = score_blocks(page, cuts, "Council to close the old bridge", model=model)
            assert scores.probabilities == _table_reference(model, rows)
            assert model.probabilities(rows) == scores.probabilities


def test_shipped_model_prefers_prose_to_menus_and_footers() -> None:
    page = [Block("Home"), Block("World"), Block(PROSE), Block(PROSE_2), Block("Privacy policy")]
    p = body_probabilities(page)
    assert min(p[2], p[3]) > max(p[0], p[1], p[4])
    assert min(p[2], p[3]) > 0.5 > p[4]


def test_model_weights_are_signed_by_the_threshold_and_scaled_by_length() -> None:
    lengths = [len(PROSE), len(PROSE), len("Short line.")]
    sure, unsure, sure_short = model_weights([0.9, 0.1, 0.9], lengths)
    assert sure > 0 > unsure
    assert sure > sure_short > 0
    assert model_weights([0.5], [len(PROSE)]) == [0.0]


def test_weighted_run_and_prose_edges() -> None:
    assert main_run_weighted([-5.0, 3.0, -1.0, 4.0, -9.0, 2.0]) == Span(1, 3)
    assert main_run_weighted([-1.0, -2.0]) is None
    assert prose_edges(Span(0, 4), [False, True, False, True, False]) == Span(1, 3)
    assert prose_edges(Span(0, 1), [False, False]) is None
    assert prose_edges(None, []) is None


def test_run_grows_over_neighbouring_prose_the_model_does_not_reject() -> None:
    prose = [True, True, True, True, False, True]
    probabilities = [0.1, 0.4, 0.9, 0.9, 0.9, 0.9]
    assert grow_over_prose(Span(2, 2), probabilities, prose) == Span(1, 3)
    assert grow_over_prose(None, probabilities, prose) is None


def test_trimming_records_what_the_classifier_left_out() -> None:
    lines = ["Home", "World", "Sport", "Bridge to close", PROSE, PROSE_2, PROSE_2.upper()]
    page = "\n".join([*lines, "About us", "Privacy policy", "Terms of use"])
    article = newsclean.clean(page, format="text")
    assert article.paragraphs[:2] == [PROSE, PROSE_2]
    assert newsclean.clean("\n\n".join(article.paragraphs), format="text").paragraphs == (
        article.paragraphs
    )
    trimmed = {r.text: r.reason for r in article.removed if r.cleaner == "trim_to_article"}
    assert trimmed.get("Terms of use") == "after_article"
    assert set(trimmed.values()) <= {"before_article", "after_article"}
    assert all(block not in article.paragraphs for block in ("Home", "Privacy policy"))


def test_dense_scripts_are_measured_as_if_written_in_letters() -> None:
    japanese = "市は来月から図書館を再び開くと発表した。"
    assert text_length("Plain ASCII.") == len("Plain ASCII.")
    assert text_length(japanese) == len(japanese) + 2 * (len(japanese) - 1)  # 。 counts once
    assert text_length("한국어 문장입니다.") == len("한국어 문장입니다.")  # Hangul has spaces
    # A Japanese sentence of 40 characters reads as prose, and as long as its English.
    sentence = (
        "市立図書館の改修工事が今月末で終わり、来月一日から再び利用できるようになると発表した。"
    )
    row = _row([Block(sentence)], 0)
    assert row["prose"] == 1.0
    assert row["log_chars"] == pytest.approx(math.log1p(text_length(sentence)))


@pytest.mark.parametrize("case", TRIM_CASES, ids=[c["label"] for c in TRIM_CASES])
def test_trim_case(case: dict[str, Any]) -> None:
    blocks = split_blocks(case["page"], markdown=False)
    removed: tuple[RemovedBlock, ...] = ()
    if "title_above" in case:  # the title that extract_metadata took stood right above this
        line = next(b.line for b in blocks if b.text == case["title_above"]) - 1
        removed = (RemovedBlock(cleaner="extract_metadata", reason="title", text="", line=line),)
    doc = trim_to_article(Document(blocks=tuple(blocks), format=InputFormat.TEXT, removed=removed))
    removed = {r.text: r.reason for r in doc.removed}
    for text, reason in case["go"].items():
        assert removed.get(text) == reason, f"{text!r} should be removed as {reason}"
    kept = [b.text for b in doc.blocks]
    for text in case["stay"]:
        assert text in kept, f"{text!r} should stay; kept: {kept}"

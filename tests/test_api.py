"""The public API: clean() inputs and errors, the Article model, pipelines, idempotence."""

from __future__ import annotations

import codecs
import json
from datetime import datetime

import pytest
from pydantic import ValidationError

import newsclean
from newsclean import Article, Pipeline
from tests.conftest import FIXTURES

SEED_PAGES = sorted(FIXTURES.glob("*.txt"))
BODY = "The ministry said on Friday that the talks would resume next week in Geneva."


def test_public_names_are_exported() -> None:
    for name in newsclean.__all__:
        assert hasattr(newsclean, name)


@pytest.mark.parametrize(
    ("page", "error"),
    [
        ("", newsclean.EmptyInputError),
        ("   \n\t\n ", newsclean.EmptyInputError),
        (b"", newsclean.EmptyInputError),
        ("\u200b\u200b\n\u00ad", newsclean.NoArticleError),
        ("Share\nPrint\nFacebook", newsclean.NoArticleError),
    ],
)
def test_bad_input_raises_a_newsclean_error(page: str | bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        newsclean.clean(page)
    assert isinstance(info.value, newsclean.NewscleanError)
    assert str(info.value)  # says what happened and what to do


def test_no_article_error_carries_what_was_removed() -> None:
    with pytest.raises(newsclean.NoArticleError) as info:
        newsclean.clean("Share\nPrint\nFacebook")
    assert {r.reason for r in info.value.article.removed} == {"share_buttons"}
    article = newsclean.clean("Share\nPrint\nFacebook", require_body=False)
    assert article.paragraphs == []


@pytest.mark.parametrize("page", [None, 42, ["text"], {"text": "x"}])
def test_wrong_types_raise_type_error(page: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(page)  # type: ignore[arg-type]


def test_size_limit_is_clear_and_configurable() -> None:
    with pytest.raises(newsclean.InputTooLargeError, match="max_chars"):
        newsclean.clean(BODY * 10, max_chars=100)
    assert newsclean.clean(BODY, max_chars=len(BODY)).paragraphs == [BODY]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_bytes_are_decoded(encode: object) -> None:
    page = "Café owners protest\n\nCafé owners in Zürich protested against the new rules on Friday."
    article = newsclean.clean(encode(page))  # type: ignore[operator]
    assert article.title == "Café owners protest"
    assert article.paragraphs == [
        "Café owners in Zürich protested against the new rules on Friday."
    ]


def test_undecodable_bytes_never_crash_and_are_recorded() -> None:
    page = b"Broken bytes here\n\nThe report \xff\xfe\xfa was published by the agency on Friday."
    article = newsclean.clean(page)
    assert article.paragraphs
    assert any(r.cleaner == "decode" for r in article.repaired)


def test_unknown_format_and_cleaner_names_are_explained() -> None:
    with pytest.raises(newsclean.UnknownFormatError, match="text, markdown, html"):
        newsclean.clean(BODY, format="pdf")
    with pytest.raises(newsclean.UnknownCleanerError, match="remove_site_chrome"):
        Pipeline.of("remove_chrome")


def test_article_json_round_trip_and_schema() -> None:
    article = newsclean.clean((FIXTURES / "004_8febecbc10594a64.txt").read_bytes())
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert isinstance(again.date, datetime)
    schema = Article.model_json_schema()
    assert {"title", "authors", "date", "paragraphs", "removed", "provenance"} <= set(
        schema["properties"]
    )
    assert schema["additionalProperties"] is False


def test_article_is_frozen_and_strict() -> None:
    article = newsclean.clean(BODY)
    with pytest.raises(ValidationError):
        article.title = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Article.model_validate({"title": "x", "headline": "typo"})


def test_text_joins_paragraphs_with_blank_lines() -> None:
    article = Article(paragraphs=["One.", "Two."])
    assert article.text == "One.\n\nTwo."
    assert Article(title="T", paragraphs=["One."]).render() == "T\n\nOne."


def test_explain_false_leaves_out_the_records() -> None:
    page = (FIXTURES / "002_9ee0515a4461ecc1.txt").read_text(encoding="utf-8")
    full, lean = newsclean.clean(page), newsclean.clean(page, explain=False)
    assert full.removed and not lean.removed
    assert full.paragraphs == lean.paragraphs


def test_custom_pipeline_mixes_names_and_own_cleaners() -> None:
    seen: list[int] = []

    def count_blocks(doc: newsclean.Document) -> newsclean.Document:
        seen.append(len(doc.blocks))
        return doc

    page = "One paragraph of text that is long enough.\nOne paragraph of text that is long enough."
    article = newsclean.clean(page, pipeline=["remove_duplicate_blocks", count_blocks])
    assert seen == [1]
    assert [r.reason for r in article.removed] == ["duplicate_block"]
    assert Pipeline().without("detect_language").names[-1] == "trim_to_article"


def test_default_pipeline_is_the_registry_order() -> None:
    assert Pipeline().names == tuple(newsclean.CLEANERS)


@pytest.mark.parametrize("page", SEED_PAGES, ids=[p.stem for p in SEED_PAGES])
def test_cleaning_is_deterministic(page: object) -> None:
    data = page.read_bytes()  # type: ignore[attr-defined]
    first = newsclean.clean(data).model_dump_json()
    for other in SEED_PAGES:  # cleaning other pages in between must not change the result
        newsclean.clean(other.read_bytes())
    assert newsclean.clean(data).model_dump_json() == first


@pytest.mark.parametrize("page", SEED_PAGES, ids=[p.stem for p in SEED_PAGES])
def test_cleaning_its_own_rendering_gives_the_same_article(page: object) -> None:
    article = newsclean.clean(page.read_bytes())  # type: ignore[attr-defined]
    again = newsclean.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
    assert again.removed == [r for r in again.removed if r.reason in {"title"}]


def test_json_output_of_seed_is_valid_json() -> None:
    article = newsclean.clean((FIXTURES / "003_fb4401dd0c7efa3c.txt").read_bytes())
    data = json.loads(article.model_dump_json())
    assert data["source"] == "MENAFN"
    assert {
        "cleaner": "extract_metadata",
        "reason": "dateline_tag",
        "text": "(MENAFN)",
        "line": 2,
    } in data["removed"]

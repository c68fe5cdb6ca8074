"""The HTML body: the balanced-mode recheck of short extractions, and furniture boxes."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

import newsclean
from newsclean.blocks import Block
from newsclean.html import chunks, extract, furniture
from newsclean.html.dom import parse_html


def _prose(n: int) -> Block:
    return Block(f"Paragraph {n} of the story says something long enough to count as prose.")


def _fake_extract(recall: list[Block], balanced: list[Block], calls: list[bool]) -> object:
    def fake(tree: object, *, favor_recall: bool) -> list[Block]:
        calls.append(favor_recall)
        return recall if favor_recall else balanced

    return fake


def _tree(paragraphs: int) -> HtmlElement:
    text = "".join(f"<p>{_prose(n).text}</p>" for n in range(1, paragraphs + 1))
    return parse_html(f"<html><body>{text}</body></html>")


def test_a_short_recall_extraction_gives_way_to_a_much_longer_balanced_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tree = _tree(8)
    intro = [_prose(1)]
    article = [_prose(n) for n in range(1, 9)]
    calls: list[bool] = []
    monkeypatch.setattr(extract, "_extract", _fake_extract(intro, article, calls))
    assert extract.extract_blocks(tree) == article
    assert calls == [True, False]


def test_the_recall_extraction_stays_when_long_or_not_much_shorter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tree = _tree(8)
    # Balanced mode finds a little more (twice as much): that is furniture as often as it is
    # article, so the recall extraction stays.
    short = [_prose(1), _prose(2)]
    more = [_prose(n) for n in range(1, 5)]
    calls: list[bool] = []
    monkeypatch.setattr(extract, "_extract", _fake_extract(short, more, calls))
    assert extract.extract_blocks(tree) == short
    # An extraction that has most of the page's paragraph text is not checked: the balanced
    # mode is not run.
    calls.clear()
    monkeypatch.setattr(extract, "_extract", _fake_extract(short, more, calls))
    assert extract.extract_blocks(_tree(3)) == short
    assert calls == [True]
    # The caller may pass the page's paragraph characters it has counted already.
    calls.clear()
    assert extract.extract_blocks(tree, paragraph_chars=len(short[0].text)) == short
    assert calls == [True]


def test_an_html_page_still_gives_its_whole_article() -> None:
    # End to end through both trafilatura modes: a short story is extracted either way.
    body = "".join(
        f"<p>Paragraph {n} of the story says something long enough to count as real prose, "
        "with a full stop at the end of it.</p>"
        for n in range(1, 5)
    )
    page = f"<html><body><article>{body}</article></body></html>"
    article = newsclean.clean(page, format="html")
    assert len(article.paragraphs) == 4


BODY = "".join(
    f"<p>Paragraph {n} of the story says something long enough to count as real prose, "
    "with a full stop at the end of it.</p>"
    for n in range(1, 7)
)


def test_an_author_bio_box_and_a_headline_box_leave_with_their_reasons() -> None:
    headline = (
        '<div class="article-headline"><h1>Council approves the new budget</h1>'
        "<p>The vote ends a year of talks over the city's spending on parks.</p></div>"
    )
    bio = (
        '<div class="staffBio"><p>Ann Lee is a reporter who has covered city hall for the '
        "paper since 2015.</p></div>"
    )
    page = f"<html><body><article>{headline}{BODY}{bio}</article></body></html>"
    article = newsclean.clean(page, format="html")
    assert not any("Ann Lee is a reporter" in p for p in article.paragraphs)
    assert not any("The vote ends" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 6
    reasons = {(r.cleaner, r.reason) for r in article.removed}
    assert ("html_extract", "author_bio") in reasons
    assert ("html_extract", "headline_box") in reasons


def test_a_sentence_also_in_the_story_is_not_taken_for_the_bio() -> None:
    sentence = "Ann Lee is a reporter who has covered city hall for the paper since 2015."
    page = (
        f"<html><body><article>{BODY}<p>{sentence}</p>"
        f'<div class="bio"><p>{sentence}</p></div></article></body></html>'
    )
    article = newsclean.clean(page, format="html")
    assert sentence in article.paragraphs


def test_a_box_repeated_only_in_the_page_data_is_still_furniture() -> None:
    # JSON-LD repeats the standfirst: no reader sees it twice, so it is still box-only text.
    standfirst = "The vote ends a year of talks over the city's spending on parks."
    data = f'<script type="application/ld+json">{{"description": "{standfirst}"}}</script>'
    headline = (
        f'<div class="storyHeadline"><h1>Council approves the new budget</h1><p>{standfirst}</p>'
        "</div>"
    )
    page = f"<html><head>{data}</head><body><article>{headline}{BODY}</article>{data}</body></html>"
    article = newsclean.clean(page, format="html")
    assert standfirst not in article.paragraphs
    assert ("html_extract", "headline_box") in {(r.cleaner, r.reason) for r in article.removed}


def test_the_standfirst_in_the_header_leaves_the_body_for_the_subtitle() -> None:
    standfirst = "The vote ends a year of talks over the city's spending on parks and pools."
    header = f"<header><h1>Council approves the new budget</h1><h2>{standfirst}</h2></header>"
    article = newsclean.clean(f"<html><body>{header}{BODY}</body></html>", format="html")
    assert standfirst not in article.paragraphs
    assert article.subtitle == standfirst
    assert article.provenance["subtitle"] == "header_standfirst"
    assert ("html_extract", "standfirst") in {(r.cleaner, r.reason) for r in article.removed}


# Boxes printed inside the article after its body, and the reasons they leave with.
BOXES_AFTER_THE_BODY = [
    pytest.param(
        '<div class="post-footnotes"><p>1. The figures are from the city budget office and '
        "were published in March.</p></div>"
        '<div class="legalDisclosures"><p>Products and services named here are for general '
        "information only; ask an adviser before you buy.</p></div>",
        {"footnotes", "disclaimer"},
        id="footnotes and disclosures",
    ),
    pytest.param(
        '<div class="siteCookieBar"><p>Necessary cookies are essential for the '
        "website to work and store no personal information.</p></div>",
        {"cookie_notice"},
        id="cookie notice",
    ),
    pytest.param(
        '<div class="saboxplugin-wrap"><p>Ann Lee has covered city hall for the paper since '
        "2015 and writes about budgets.</p></div>",
        {"author_bio"},
        id="Simple Author Box plugin",
    ),
    pytest.param(
        '<div class="abh_box abh_box_down"><p>Ann Lee has covered city hall for the paper '
        "since 2015 and writes about budgets.</p></div>",
        {"author_bio"},
        id="Starbox plugin",
    ),
]


@pytest.mark.parametrize(("boxes", "reasons"), BOXES_AFTER_THE_BODY)
def test_boxes_after_the_body_leave_with_their_reasons(boxes: str, reasons: set[str]) -> None:
    page = f"<html><body><article>{BODY}{boxes}</article></body></html>"
    article = newsclean.clean(page, format="html")
    assert len(article.paragraphs) == 6
    removed = {(r.cleaner, r.reason) for r in article.removed}
    assert {("html_extract", reason) for reason in reasons} <= removed


def test_a_block_that_is_only_the_page_address_leaves() -> None:
    head = '<head><link rel="canonical" href="https://news.example/2024/story/"></head>'
    address = "<p>https://news.example/2024/story</p>"
    page = f"<html>{head}<body><article>{BODY}{address}</article></body></html>"
    article = newsclean.clean(page, format="html")
    assert "https://news.example/2024/story" not in article.paragraphs
    assert ("html_extract", "page_url") in {(r.cleaner, r.reason) for r in article.removed}
    # Another address is a source the article gives, and stays.
    other = page.replace(address, "<p>https://data.example/set</p>")
    assert "https://data.example/set" in newsclean.clean(other, format="html").paragraphs


@pytest.mark.parametrize(
    "end",
    ["</body></html>", "</BODY></HTML>\n"],
    ids=["lower case", "upper case"],
)
def test_an_article_printed_after_an_early_html_end_tag_is_read(end: str) -> None:
    # A template prints the site's header as a whole document, then the article after it:
    # a browser shows the article, so must the extraction.
    page = f"<html><body><nav><a href='/'>Home</a></nav>{end}<article>{BODY}</article>{end}"
    article = newsclean.clean(page, format="html")
    assert len(article.paragraphs) == 6


def test_a_missed_group_brings_back_its_data_tables_not_layout_rows() -> None:
    # The extraction kept only a call to action; the article (prose and a price chart) is in
    # three same-named boxes. The chart's rows come back as rows, in page order.
    prose = "".join(f"<p>{_prose(n).text}</p>" for n in range(1, 5))
    chart = (
        "<table><tr><th>Service</th><th>Tip</th></tr><tr><td>Valet</td><td>$2 - $5</td></tr>"
        "<tr><td>Coffee shop</td><td>$1 - $2</td></tr></table>"
    )
    boxes = f'<div class="entry">{prose}{chart}</div>' + "".join(
        f'<div class="entry"><p>{_prose(n).text}</p></div>' for n in range(5, 9)
    )
    cta = '<div class="cta"><p>Book a demo of our product today, it is free.</p></div>'
    tree = parse_html(f"<html><body>{cta}{boxes}</body></html>")
    kept = [Block("Book a demo of our product today, it is free.")]
    texts = [b.text for b in chunks.recover_missed_group(tree, kept)]
    assert texts[4:8] == [
        _prose(4).text,
        "Service | Tip",
        "Valet | $2 - $5",
        "Coffee shop | $1 - $2",
    ]
    # A table that sets out the page (rows holding paragraphs) gives no row blocks of its own.
    layout = f"<html><body>{cta}<table><tr><td>{boxes}</td></tr></table></body></html>"
    texts = [b.text for b in chunks.recover_missed_group(parse_html(layout), kept)]
    assert "Valet | $2 - $5" in texts
    assert not any(_prose(1).text in t and "|" in t for t in texts)


def test_a_quotation_printed_as_a_figure_stays_an_embedded_post_does_not() -> None:
    quote = "Nobody expected the vote to pass so easily, least of all the people who wrote it."
    post = "Watching the council vote live tonight, what a session this has been for us all."
    figures = (
        f'<figure class="quote-block"><blockquote><p>{quote}</p></blockquote>'
        "<figcaption>Ann Lee, council member</figcaption></figure>"
        f'<figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet"><p>{post}</p>'
        "</blockquote></figure>"
    )
    half = len(BODY) // 2
    cut = BODY.index("<p>", half)
    page = f"<html><body><article>{BODY[:cut]}{figures}{BODY[cut:]}</article></body></html>"
    tree = parse_html(page)
    paragraphs = newsclean.clean(page, format="html").paragraphs
    assert quote in paragraphs
    assert post not in paragraphs
    # The page's markup is left as it was for the other readers.
    extract.extract_blocks(tree)
    assert [f.tag for f in tree.iter("figure")] == ["figure", "figure"]


def test_small_print_only_in_the_page_footer_is_furniture() -> None:
    # trafilatura drops <footer> itself, but its fallback extractors let it through: the
    # footer's small print is furniture even when it outweighs a short article.
    notice = (
        "This material is not intended to replace the advice of a qualified advisor and is "
        "for information only; always consult an advisor before you buy."
    )
    story = [_prose(1), _prose(2)]
    blocks = [*story, Block(notice)]
    short = "".join(f"<p>{b.text}</p>" for b in story)
    page = f"<html><body><article>{short}</article><footer><p>{notice}</p></footer></body></html>"
    assert furniture.furniture_blocks(parse_html(page), blocks) == {2: "page_footer"}
    # The article's own footer (inside <article>) is not the page's; nor is a footer that
    # broken markup wrapped around the whole story.
    inner = page.replace("</article><footer>", "<footer>").replace(
        "</footer>", "</footer></article>"
    )
    assert furniture.furniture_blocks(parse_html(inner), blocks) == {}
    wrapped = f"<html><body><footer>{short}<p>{notice}</p></footer></body></html>"
    assert furniture.furniture_blocks(parse_html(wrapped), blocks) == {}

"""The HTML path: body via trafilatura, metadata by evidence with provenance, decoding."""

from __future__ import annotations

import codecs
import json
from typing import Any

import pytest

import newsclean
from newsclean.blocks import Block, BlockKind
from newsclean.bylines import is_group_credit
from newsclean.html.authors import group_credits, has_author_markup, split_names
from newsclean.html.chunks import (
    recover_accordion_panels,
    recover_chunks,
    recover_missed_group,
)
from newsclean.html.dom import parse_html
from newsclean.html.furniture import trailing_link_lists
from newsclean.html.header import (
    first_byline,
    header_date,
    labelled_names,
    name_next_to_date,
)
from newsclean.html.metadata import strip_site_suffix
from newsclean.html.published import parse_date
from tests.conftest import CASES, FIXTURES
from tests.conftest import HTML_PROSE as BODY

HTML = FIXTURES / "html"
METADATA_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "html_metadata.json").read_text(encoding="utf-8")
)


def _page(head: str, body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_story_fixture_keeps_the_article_and_drops_furniture() -> None:
    article = newsclean.clean(
        (HTML / "story.html").read_bytes(), url="https://valley.example.com/r"
    )
    text = article.text
    must_stay = ["After four months without a drop", "Farmers relieved", "We had almost given up"]
    must_go = ["Facebook Twitter WhatsApp", "Drought hits valley farms", "All rights reserved"]
    assert all(s in text for s in must_stay)
    assert not any(s in text for s in must_go)
    assert article.title == "Rain returns to the valley"
    assert article.authors == ["Jane Doe"]  # "Valley Courier Staff" is not a person
    assert article.date is not None and article.date.isoformat() == "2025-06-07T14:01:00+02:00"
    assert article.source == "The Valley Courier"
    assert article.provenance["title"] == "h1"
    assert article.provenance["date"] == "meta:article:published_time"
    assert article.provenance["authors"] == "byline_element"
    assert article.provenance["source"] == "og:site_name"
    reasons = {(r.cleaner, r.reason) for r in article.removed}
    assert ("remove_site_chrome", "share_buttons") in reasons


def test_html_is_detected_and_can_be_forced() -> None:
    page = (HTML / "story.html").read_text(encoding="utf-8")
    assert newsclean.clean(page).title == newsclean.clean(page, format="html").title


@pytest.mark.parametrize("case", METADATA_CASES, ids=[c["label"] for c in METADATA_CASES])
def test_json_ld_variants(case: dict[str, Any]) -> None:
    script = f'<script type="application/ld+json">{json.dumps(case["jsonld"])}</script>'
    article = newsclean.clean(_page(script), url=case.get("url"), format="html")
    dumped = article.model_dump(mode="json")
    for field, expected in case["expect"].items():
        assert dumped[field] == expected, field
    for field in case.get("absent", []):
        assert dumped[field] in (None, []), field
    for field, evidence in case.get("provenance", {}).items():
        assert article.provenance[field] == evidence


def test_broken_json_ld_does_not_lose_the_meta_tags() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
        '<meta property="og:title" content="Still a title">'
    )
    assert newsclean.clean(_page(head), format="html").title == "Still a title"


def test_windows_1251_bytes_with_meta_charset() -> None:
    body = "".join(
        f"<p>Абзац {n}: в городе прошли сильные дожди, и вода поднялась на два метра за ночь.</p>"
        for n in range(4)
    )
    page = _page('<meta charset="windows-1251"><title>Дожди в городе</title>', body)
    article = newsclean.clean(page.encode("windows-1251"), format="html")
    assert "сильные дожди" in article.text
    assert article.title == "Дожди в городе"


def test_utf8_bom_is_honoured() -> None:
    page = _page("<title>Café reopens</title>")
    article = newsclean.clean(codecs.BOM_UTF8 + page.encode("utf-8"))
    assert article.title == "Café reopens"


def test_a_page_without_article_text_is_an_error_not_an_empty_result() -> None:
    with pytest.raises(newsclean.NewscleanError):
        newsclean.clean("<html><body><nav><a href='/'>Home</a></nav></body></html>", format="html")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Staff", []),
        ("Staff Reporter", []),
        ("https://example.org/authors/jane", []),
        ("The Daily Example", []),
        ("Anna Berg, Reuters", ["Anna Berg"]),
    ],
)
def test_split_names_keeps_people_only(text: str, names: list[str]) -> None:
    assert split_names(text, set()) == names


def test_dates_are_aware_only_when_the_page_gives_a_zone() -> None:
    aware, naive = parse_date("2025-06-07T14:01:00Z"), parse_date("2025-06-07T14:01:00")
    assert aware is not None and aware.tzinfo is not None
    assert naive is not None and naive.tzinfo is None
    assert parse_date("1970-01-01") is None


def test_site_suffix_is_cut_from_titles() -> None:
    assert strip_site_suffix("Rain | The Valley Courier", "The Valley Courier") == "Rain"


def test_text_input_keeps_whole_page_deduplication() -> None:
    sentence = "The body is one sentence long, and it stays where it is."
    page = f"Title of the story\n\n{sentence}\n\nA different paragraph in between.\n\n{sentence}"
    article = newsclean.clean(page)
    assert [r.reason for r in article.removed].count("duplicate_block") == 1


def test_a_utc_publication_time_keeps_the_page_own_offset() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    body = BODY + '<p><time datetime="2025-12-18T21:46:01-05:00">Dec 18</time></p>'
    article = newsclean.clean(_page(head, body), format="html")
    assert article.date is not None
    assert article.date.isoformat() == "2025-12-18T21:41:41-05:00"


def test_text_around_headings_and_lists_inside_a_paragraph_is_kept() -> None:
    from lxml import etree

    from newsclean.html.extract import _walk

    body = etree.fromstring(
        '<body><p>Intro with <ref target="/x">a link</ref>.<head rend="h2">Section</head>'
        "Section text.<lb/>Second line<list><item>One</item></list>Tail</p></body>"
    )
    blocks = list(_walk(body))
    assert [b.text for b in blocks] == [
        "Intro with a link.",
        "Section",
        "Section text.",
        "Second line",
        "One",
        "Tail",
    ]
    assert blocks[0].link_chars == len("a link")
    assert blocks[1].kind is BlockKind.HEADING
    assert blocks[4].kind is BlockKind.LIST_ITEM


def test_the_only_h1_is_the_title_unless_it_names_the_site() -> None:
    head = '<meta property="og:title" content="SEO variant of the story"><title>Blog</title>'
    story = newsclean.clean(_page(head, "<h1>The visible headline</h1>" + BODY), format="html")
    assert story.title == "The visible headline"
    assert story.provenance["title"] == "h1"
    logo = '<meta property="og:site_name" content="Ann Blog">' + head
    blog = newsclean.clean(_page(logo, "<h1>Ann Blog</h1>" + BODY), format="html")
    assert blog.title == "SEO variant of the story"


def test_the_declared_language_is_used() -> None:
    page = _page("").replace("<html>", '<html lang="en-GB">')
    article = newsclean.clean(page, format="html")
    assert (article.language, article.provenance["language"]) == ("en", "html_lang")


def test_a_table_of_dates_stays_in_the_body() -> None:
    rows = "".join(f"<tr><td>{m}/1/2013</td><td>+1{m}.1%</td></tr>" for m in range(1, 7))
    article = newsclean.clean(_page("", BODY + f"<table>{rows}</table>"), format="html")
    assert "3/1/2013 | +13.1%" in article.paragraphs


def test_machine_values_leave_the_body_with_a_record() -> None:
    extra = "<p>2019-11-19T08:57:40+01:00</p><p>https://static.example.com/image.jpg</p>"
    article = newsclean.clean(_page("", BODY + extra), format="html")
    assert not any(p.startswith(("2019-", "https:")) for p in article.paragraphs)
    reasons = {(r.cleaner, r.reason) for r in article.removed}
    assert ("html_extract", "machine_value") in reasons


def test_a_cut_off_excerpt_above_the_post_is_a_repeat() -> None:
    lede = "One challenge I see when organizing anything is deciding what items should go together."
    rest = "So I have put together a simple guide for how to group office items at home."
    excerpt = f"<p>{lede} So I have put together a simple guide for how [&#8230;]</p>"
    page = _page("", excerpt + f"<p>{lede}</p><p>{rest}</p>" + BODY)
    article = newsclean.clean(page, format="html")
    assert article.paragraphs[:2] == [lede, rest]
    reasons = {(r.cleaner, r.reason) for r in article.removed}
    assert ("html_extract", "excerpt_repeat") in reasons


def test_a_furniture_box_in_the_article_leaves_with_its_reason() -> None:
    box = (
        '<div class="Post-ctaBox"><h3>Never miss a story</h3>'
        "<p>Start a free trial of our planner today and get the weekly digest.</p></div>"
    )
    article = newsclean.clean(_page("", BODY + box), format="html")
    assert not any("free trial" in p or "Never miss" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 4
    reasons = {(r.cleaner, r.reason) for r in article.removed}
    assert ("html_extract", "call_to_action") in reasons


def test_text_also_outside_the_box_and_a_wrapper_named_like_one_stay() -> None:
    # The same sentence in the article and in a promo: the article's copy is not furniture.
    sentence = "Paragraph 2 of the story says something long enough to count as real prose"
    promo = f'<aside class="promo"><p>{sentence}, with a full stop at the end of it.</p></aside>'
    article = newsclean.clean(_page("", BODY + promo), format="html")
    assert sum(sentence in p for p in article.paragraphs) >= 1
    # A container named like a box that holds the whole story is its wrapper, not a box.
    wrapped = _page("", f'<div class="newsletter-article">{BODY}</div>')
    assert len(newsclean.clean(wrapped, format="html").paragraphs) == 4


def _para(n: int) -> str:
    return f"Paragraph {n} of the story says something long enough to count as real prose."


def test_a_story_split_over_sibling_chunks_gets_its_later_chunks_back() -> None:
    first = "".join(f"<p>{_para(n)}</p>" for n in range(1, 4))
    second = "".join(f"<p>{_para(n)}</p>" for n in range(4, 6))
    page = (
        f'<html><body><div class="story body">{first}</div><div class="ad">Advert</div>'
        f'<div class="story body">{second}</div>'
        '<div class="story body"><p>Copyright 2025 The Daily Example.</p></div></body></html>'
    )
    extracted = [Block(_para(n)) for n in range(1, 4)]
    recovered = recover_chunks(parse_html(page), extracted)
    assert [b.text for b in recovered] == [_para(n) for n in range(1, 6)]
    # Nothing missed, nothing added; a stray short box alone is not a missed chunk.
    whole = [Block(_para(n)) for n in range(1, 6)]
    assert recover_chunks(parse_html(page), whole) == whole


def _slides(wrap: str = "{}", box: str = "slide-body") -> str:
    """A listicle: four entries, each a heading, two paragraphs and a list, in same-named
    containers; ``wrap`` puts them in some outer markup."""
    slides = "".join(
        f'<section><div class="{box}"><h3>Entry {n}</h3><p>{_para(2 * n)}</p>'
        f"<p>{_para(2 * n + 1)}</p><ul><li>Price: {n}0 dollars</li></ul></div></section>"
        for n in range(1, 5)
    )
    return wrap.format(slides)


def _missed_page(slides: str) -> str:
    return (
        '<html><body><div class="cta-box"><p>Book a demo of our product today, it is free.</p>'
        f"</div>{slides}</body></html>"
    )


def test_a_missed_group_of_prose_containers_comes_back_in_page_order() -> None:
    # The extraction kept only a call to action; the article is in four same-named boxes.
    cta = [Block("Book a demo of our product today, it is free.")]
    recovered = recover_missed_group(parse_html(_missed_page(_slides())), cta)
    assert [b.text for b in recovered] == [
        cta[0].text,
        *(
            text
            for n in range(1, 5)
            for text in (f"Entry {n}", _para(2 * n), _para(2 * n + 1), f"Price: {n}0 dollars")
        ),
    ]
    assert recovered[1].kind is BlockKind.HEADING
    assert recovered[4].kind is BlockKind.LIST_ITEM
    # An extraction that has the group, or much more text than it, gets nothing added.
    whole = recovered[1:]
    assert recover_missed_group(parse_html(_missed_page(_slides())), whole) == whole
    long = [Block(_para(n)) for n in range(10, 22)]
    assert recover_missed_group(parse_html(_missed_page(_slides())), long) == long


@pytest.mark.parametrize(
    "slides",
    [
        pytest.param(_slides(box="comment-body"), id="reader comments"),
        pytest.param(
            _slides('<div class="comments"><div class="x">{}</div></div>'), id="in comments"
        ),
        pytest.param(_slides("<aside>{}</aside>"), id="sidebar"),
        pytest.param(_slides("<footer>{}</footer>"), id="page footer"),
        pytest.param(_slides('<a href="/next">{}</a>'), id="teaser card links"),
    ],
)
def test_a_missed_group_in_furniture_stays_out(slides: str) -> None:
    cta = [Block("Book a demo of our product today, it is free.")]
    assert recover_missed_group(parse_html(_missed_page(slides)), cta) == cta


def _faq(panels: int, wrap: str = "{}") -> str:
    """A story, then a FAQ accordion of ``panels`` collapsed answers, each in its own panel."""
    answers = "".join(
        f'<div class="faq-item"><button>Question {n}?</button>'
        f'<div class="accordion-panel hidden"><p>{_para(10 + n)}</p>'
        f"<p>{_para(20 + n)}</p></div></div>"
        for n in range(1, panels + 1)
    )
    story = "".join(f"<p>{_para(n)}</p>" for n in range(1, 4))
    faq = wrap.format(f'<div class="accordion">{answers}</div>')
    return f'<html><body><div class="story">{story}</div>{faq}</body></html>'


def test_missed_accordion_panels_come_back_after_the_story() -> None:
    story = [Block(_para(n)) for n in range(1, 4)]
    recovered = recover_accordion_panels(parse_html(_faq(4)), story)
    answers = [text for n in range(1, 5) for text in (_para(10 + n), _para(20 + n))]
    assert [b.text for b in recovered] == [b.text for b in story] + answers
    # Extracted already: nothing added. One panel of two paragraphs is too little to tell
    # an article's FAQ from a footer's or a menu's accordion; so is an accordion in a footer.
    assert recover_accordion_panels(parse_html(_faq(4)), recovered) == recovered
    assert recover_accordion_panels(parse_html(_faq(1)), story) == story
    assert recover_accordion_panels(parse_html(_faq(4, "<footer>{}</footer>")), story) == story
    # Boxes of text outside an accordion are not panels.
    boxes = _faq(4).replace("accordion", "box")
    assert recover_accordion_panels(parse_html(boxes), story) == story


LINK_LIST_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "html_link_lists.json").read_text(encoding="utf-8")
)
_KINDS = {"P": BlockKind.PARAGRAPH, "H": BlockKind.HEADING, "L": BlockKind.PARAGRAPH}


@pytest.mark.parametrize("case", LINK_LIST_CASES, ids=lambda c: str(c["label"]))
def test_link_blocks_after_the_story(case: dict[str, Any]) -> None:
    # "L" is a paragraph that is all link text.
    blocks = [
        Block(text, kind=_KINDS[kind], link_chars=len(text) if kind == "L" else 0)
        for kind, text in case["blocks"]
    ]
    assert trailing_link_lists(blocks) == dict.fromkeys(case["removed"], "link_list")


# The expressions has_author_markup is a superset of; a new trafilatura that changes them
# must be checked against it (and this pin updated).
_PINNED_AUTHOR_XPATHS = (
    "self::a or self::address or self::div or self::link or self::p or self::span or "
    "self::strong][ @rel='author' or @id='author' or @class='author' or @itemprop='author name' "
    "or rel='me' or @data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, "
    "'author-?name|AuthorName|authorName')]|//author",
    "self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' "
    "or @class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, "
    "'[Aa]uthor') or re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
)


def test_author_prefilter_covers_trafilatura_author_xpaths() -> None:
    from trafilatura.xpaths import AUTHOR_XPATHS

    paths = [" ".join(x.path.split()) for x in AUTHOR_XPATHS]
    assert len(paths) == len(_PINNED_AUTHOR_XPATHS)
    assert all(pin in path for pin, path in zip(_PINNED_AUTHOR_XPATHS, paths, strict=True))


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="byline">By Ann Lee</span>',
        '<div id="xAuthorBox">Ann Lee</div>',
        '<p itemprop="author name">Ann Lee</p>',
        '<a rel="author" href="/a">Ann Lee</a>',
        '<div data-component="BylineBlock">Ann Lee</div>',
        '<span class="post-writer">Ann Lee</span>',
        "<author>Ann Lee</author>",
    ],
)
def test_author_prefilter_sees_author_markup(markup: str) -> None:
    from trafilatura import metadata as traf_meta

    tree = parse_html(f"<html><body><p>Text.</p>{markup}</body></html>")
    assert traf_meta.extract_author(tree)
    assert has_author_markup(tree)


def test_author_prefilter_skips_pages_without_author_markup() -> None:
    tree = parse_html('<html><body><div class="story"><p>Ann Lee wrote.</p></div></body></html>')
    assert not has_author_markup(tree)


def _header_page(header: str, head: str = "") -> str:
    return _page(head, f"<header><h1>Rain due in the valley</h1>{header}</header>" + BODY)


@pytest.mark.parametrize(
    ("header", "evidence"),
    [
        ('<p>Published <time datetime="2025-05-02">May 2, 2025</time></p>', "time_element"),
        # labelled "Updated" before the element: not read as the publication date (the
        # header's "Updated" date is still the last resort, with its own provenance)
        (
            '<p>Last updated: <time datetime="2025-05-02">May 2, 2025</time>. Links earn.</p>',
            "header_updated",
        ),
        # marked modified by its class: read as the page's "Updated" date, as in the header
        (
            '<p><time class="updated" datetime="2025-05-02">May 2, 2025</time></p>',
            "header_updated",
        ),
    ],
)
def test_a_time_element_labelled_or_marked_updated_is_no_publication_date(
    header: str, evidence: str
) -> None:
    from newsclean.html.metadata import read_metadata

    found = read_metadata(parse_html(_header_page(header)))
    assert found.evidence.get("date") == evidence


def test_the_header_dateline_overrules_a_machine_date_days_apart() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
    head += '"2019-08-11", "headline": "Rain due in the valley"}</script>'
    page = _header_page("<p><span>By Ann Lee</span> · <span>November 21, 2025</span></p>", head)
    article = newsclean.clean(page, format="html")
    assert article.date is not None and article.date.date().isoformat() == "2025-11-21"
    assert article.provenance["date"] == "header_dateline"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a day apart is a time-zone question: the machine value (with a time) stays
        ("<p>November 20, 2025</p>", "2025-11-21"),
        # a numeric date read month first is the same day
        ("<p>11/21/2025</p>", "2025-11-21"),
        # an "Updated" date is never the publication date, label on its own line or glued on
        ("<div>Last updated:</div><div>December 2, 2025</div>", "2025-11-21"),
        ("<p><span>Ann Lee</span><span>Updated: Dec 2, 2025</span></p>", "2025-11-21"),
    ],
)
def test_header_dates_that_keep_the_machine_date(header: str, expected: str) -> None:
    head = '<meta property="article:published_time" content="2025-11-21T02:00:00+00:00">'
    article = newsclean.clean(_header_page(header, head), format="html")
    assert article.date is not None and article.date.date().isoformat() == expected
    assert article.provenance["date"] != "header_dateline"


def test_a_date_in_the_prose_or_the_comments_is_not_the_header_date() -> None:
    comments = "<div><p>Happy reader</p><p>September 17, 2025 at 6:26 pm</p></div>"
    page = _page("", "<h1>Rain due in the valley</h1>" + BODY + BODY + comments)
    article = newsclean.clean(page, format="html")
    assert article.provenance.get("date") != "header_dateline"


def test_the_header_byline_names_the_authors_when_the_markup_does_not() -> None:
    from newsclean.html.metadata import read_metadata
    from newsclean.matching import normal_form

    byline = "Written by Ann Lee and Bo Chen"
    tree = parse_html(_header_page(f"<p>{byline}</p>"))
    found = read_metadata(tree)
    assert found.values["authors"] == ("Ann Lee", "Bo Chen")
    assert found.evidence["authors"] == "header_byline"
    # a byline kept in the body is left to extract_metadata, which also takes it out of it
    assert "authors" not in read_metadata(tree, body=frozenset({normal_form(byline)})).values
    article = newsclean.clean(_header_page(f"<p>{byline}</p>"), format="html")
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert byline not in article.text
    desk = newsclean.clean(_header_page("<p>By Staff</p>"), format="html")
    assert desk.authors == []


@pytest.mark.parametrize(
    ("h1", "og_title", "expected"),
    [
        ("Rain due | Opinion", "Rain due", "Rain due"),
        ("Blog: Rain due in the valley", "Rain due in the valley", "Rain due in the valley"),
        ("Dec 18 2025 Rain due", "Rain due", "Rain due"),
        ("Rain due Posted on July 1, 2024 by ann", "Rain due", "Rain due"),
        # a subtitle after a colon is part of the headline; so is a longer headline
        ("Rain due: what to expect", "Rain due", "Rain due: what to expect"),
        ("Rain due in the valley", "Rain due", "Rain due in the valley"),
        # the <h1> inside a longer SEO title is the headline
        ("Rain due in the valley", "15 facts: Rain due in the valley", "Rain due in the valley"),
        # a line break inside the <h1> separates words
        ("RAIN<br>DUE <span>SOON</span>", "Rain due soon", "RAIN DUE SOON"),
    ],
)
def test_the_h1_loses_what_the_template_added(h1: str, og_title: str, expected: str) -> None:
    head = f'<meta property="og:title" content="{og_title}">'
    article = newsclean.clean(_page(head, f"<h1>{h1}</h1>" + BODY), format="html")
    assert article.title == expected


def test_a_site_name_printed_twice_is_cut_twice() -> None:
    assert strip_site_suffix("Rain – Courier - Courier", "Courier") == "Rain"


def test_a_byline_anywhere_on_the_page_is_the_last_resort() -> None:
    footer = "<footer><p>Posted by Ann Lee on 2025-12-18 in weather.</p></footer>"
    page = _page("", "<h1>Rain due in the valley</h1>" + BODY).replace(
        "</body>", footer + "</body>"
    )
    article = newsclean.clean(page, format="html")
    assert article.authors == ["Ann Lee"]
    assert article.provenance["authors"] == "page_byline"


def test_job_titles_run_into_names_are_cut() -> None:
    assert split_names("Liz Kenny Former McKinsey Consultant", set()) == ["Liz Kenny"]
    assert split_names("Rasmus Barslund, Lead Reviewer", set()) == ["Rasmus Barslund"]


def test_the_printed_headline_with_extras_leaves_the_body_as_the_title() -> None:
    head = '<meta property="og:title" content="Rain due in the valley">'
    page = _page(head, "<h1>Rain due in the valley | Opinion</h1>" + BODY)
    article = newsclean.clean(page, format="html")
    assert article.title == "Rain due in the valley"
    assert "Opinion" not in article.text
    assert ("html_extract", "title") in {(r.cleaner, r.reason) for r in article.removed}


def test_a_twitter_card_written_by_pair_names_the_author() -> None:
    head = '<meta name="twitter:label1" content="Written by">'
    head += '<meta name="twitter:data1" content="Ann Lee">'
    article = newsclean.clean(_page(head, "<h1>Rain due in the valley</h1>" + BODY), format="html")
    assert article.authors == ["Ann Lee"]
    assert article.provenance["authors"] == "meta:twitter:data1"
    reading = head.replace("Written by", "Est. reading time").replace("Ann Lee", "3 minutes")
    other = newsclean.clean(_page(reading, "<h1>Rain due</h1>" + BODY), format="html")
    assert other.authors == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Matthew Frankel, CFP", ["Matthew Frankel, CFP"]),
        ("Jillian Kubala, MS, RD", ["Jillian Kubala, MS, RD"]),
        ("Ann Lee, Ph.D. and Bo Chen", ["Ann Lee, Ph.D.", "Bo Chen"]),
        # a job title or an agency after the comma is not a credential
        ("Ann Lee, CEO", ["Ann Lee"]),
        ("Jane Doe, AP", ["Jane Doe"]),
    ],
)
def test_a_credential_stays_with_its_name(text: str, names: list[str]) -> None:
    assert split_names(text, set()) == names


def _author_box_page(box: str, head: str = "") -> str:
    page = _page(head, "<h1>Rain due in the valley</h1>" + BODY)
    return page.replace("</article>", f"</article>{box}")


def test_a_link_to_the_authors_page_names_the_author() -> None:
    box = (
        '<div class="x"><span><a href="/blog/authors/ann-lee/">Ann Lee</a></span> '
        '<span><a href="https://example.com/authors/bo-chen">Bo Chen</a></span></div>'
    )
    article = newsclean.clean(_author_box_page(box), format="html")
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert article.provenance["authors"] == "author_link"


@pytest.mark.parametrize(
    "box",
    [
        # a menu's link to a staff page is not a byline
        '<nav><ul><li><a href="/about/people/robert-kneib">Robert Kneib</a></li></ul></nav>',
        '<div class="menu"><a href="/author/ann-lee/">Ann Lee</a></div>',
        # "people" only counts as a whole path segment
        '<p><a href="/stronger-people/projects/">Business Network</a></p>',
        # the last segment is the page itself, not a folder of authors
        '<p><a href="/authors">Ann Lee</a></p>',
    ],
)
def test_links_that_are_not_bylines_name_nobody(box: str) -> None:
    article = newsclean.clean(_author_box_page(box), format="html")
    assert article.authors == []


def test_a_login_in_the_structured_data_gives_way_to_the_printed_name() -> None:
    ld = {
        "@type": "Article",
        "headline": "Rain due",
        "author": {"@type": "Person", "name": "ann.lee"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    box = '<div><a href="/author/annl/">Ann Lee</a></div>'
    article = newsclean.clean(_author_box_page(box, head), format="html")
    assert article.authors == ["Ann Lee"]
    # with nothing else on the page, the login is all there is
    alone = newsclean.clean(_author_box_page("", head), format="html")
    assert alone.authors == ["ann.lee"]
    assert alone.provenance["authors"] == "json_ld:author"


def test_a_person_node_without_a_name_before_the_affiliation_names_nobody() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Rain due",
        "author": {"@type": "Person", "name": ", USA TODAY"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = newsclean.clean(_author_box_page("", head), format="html")
    assert article.authors == []


@pytest.mark.parametrize(
    ("header", "authors", "evidence"),
    [
        ("<p>Written by:</p><p>Ann Lee</p>", ["Ann Lee"], "header_byline_label"),
        ("<div>Dec 19, 2025 · <span>Ann Lee</span></div>", ["Ann Lee"], "header_name_beside_date"),
        ("<div>Ann Lee, MD • May 2, 2025</div>", ["Ann Lee, MD"], "header_name_beside_date"),
        # whom the person writes for is no part of the name
        (
            "<div>Dec. 19, 2025 · Ann Lee on behalf of the Docs group</div>",
            ["Ann Lee"],
            "header_name_beside_date",
        ),
    ],
)
def test_a_name_under_a_label_or_beside_the_date_in_the_header(
    header: str, authors: list[str], evidence: str
) -> None:
    from newsclean.html.metadata import read_metadata

    found = read_metadata(parse_html(_header_page(header)))
    assert list(found.values["authors"]) == authors
    assert found.evidence["authors"] == evidence


def test_the_header_is_around_the_headline_printed_before_a_body_heading() -> None:
    # The headline is an <h2>; the page's only <h1> heads a section of the story. The slug
    # sets that <h1> aside as the title, and the byline is under the headline printed first.
    from newsclean.html.metadata import read_metadata

    head = '<meta property="og:title" content="What people love about rain">'
    body = (
        "<h2>What people love about rain</h2><div>Dec. 19, 2025 · Ann Lee</div>"
        + BODY
        + "<h1>Power is what they love</h1><p>They said so.</p><p>Dec 2, 2025 Bo Chen</p>"
    )
    url = "https://blog.example.org/2025/12/19/what-people-love-about-rain"
    found = read_metadata(parse_html(_page(head, body)), url)
    assert found.values["title"] == "What people love about rain"
    assert found.values["authors"] == ("Ann Lee",)
    assert found.evidence["authors"] == "header_name_beside_date"


def test_a_byline_under_the_headline_overrules_a_credit_to_the_site_itself() -> None:
    from newsclean.html.metadata import read_metadata

    head = '<meta property="og:site_name" content="One Tree Planted">'
    head += '<meta name="author" content="One Tree Planted">'
    byline = "<p>by Meaghan Weeden ● December 23, 2025</p>"
    found = read_metadata(parse_html(_header_page(byline, head)))
    assert found.values["authors"] == ("Meaghan Weeden",)
    assert found.evidence["authors"] == "header_byline"
    # with no byline, the site's person-shaped name stays (a one-person site's owner)
    alone = read_metadata(parse_html(_header_page("<p>December 23, 2025</p>", head)))
    assert alone.values["authors"] == ("One Tree Planted",)
    # a credit to someone else than the site is not overruled by the header
    other = '<meta property="og:site_name" content="One Tree Planted">'
    other += '<meta name="author" content="Ann Lee">'
    kept = read_metadata(parse_html(_header_page(byline, other)))
    assert kept.values["authors"] == ("Ann Lee",)


def test_trafilaturas_author_is_spelled_as_the_page_prints_it() -> None:
    # trafilatura drops the dot after an initial ("Justin C Meserole"); the page's own
    # spelling is kept
    from newsclean.html.metadata import read_metadata

    box = '<div class="post-author">Justin C. Meserole</div>'
    found = read_metadata(parse_html(_author_box_page(box)))
    assert found.values["authors"] == ("Justin C. Meserole",)
    assert found.evidence["authors"] == "trafilatura"


def test_a_section_beside_the_date_is_no_name() -> None:
    header = "<div>Mental Health, DECEMBER 22, 2025</div>"
    body = "<p>Good mental health is a matter of habits, and health is wealth, they say.</p>"
    from newsclean.html.metadata import read_metadata

    assert "authors" not in read_metadata(parse_html(_header_page(header + body))).values


def test_an_author_box_label_after_the_article_names_the_author() -> None:
    from newsclean.html.metadata import read_metadata

    box = "<aside><p>About the author</p><p>Lisa D. Ellis</p></aside>"
    found = read_metadata(parse_html(_author_box_page(box)))
    assert found.values["authors"] == ("Lisa D. Ellis",)
    assert found.evidence["authors"] == "page_byline_label"
    # far from the headline a lone word under a label is too weak to be a name
    lone = "<aside><p>Author</p><p>Maddy</p></aside>"
    assert "authors" not in read_metadata(parse_html(_author_box_page(lone))).values


GROUP_CASES: dict[str, list[dict[str, Any]]] = json.loads(
    (CASES / "html_group_credits.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "case", GROUP_CASES["is_group_credit"], ids=[c["text"] for c in GROUP_CASES["is_group_credit"]]
)
def test_group_credits_are_named_groups_only(case: dict[str, Any]) -> None:
    assert is_group_credit(case["text"]) is case["group"], case.get("label")


@pytest.mark.parametrize(
    "case", GROUP_CASES["bylines"], ids=[c["lines"][-1] for c in GROUP_CASES["bylines"]]
)
def test_a_by_line_may_credit_a_group(case: dict[str, Any]) -> None:
    names, _ = first_byline(case["lines"], lambda text: group_credits(text, set()))
    assert list(names) == case["names"]


@pytest.mark.parametrize(
    "case", GROUP_CASES["labels"], ids=[c["lines"][2] for c in GROUP_CASES["labels"]]
)
def test_a_byline_label_may_announce_a_group(case: dict[str, Any]) -> None:
    names, _ = labelled_names(case["lines"], groups=lambda text: group_credits(text, set()))
    assert list(names) == case["names"]


@pytest.mark.parametrize(
    "case", GROUP_CASES["pages"], ids=[c["label"] for c in GROUP_CASES["pages"]]
)
def test_group_credits_on_pages(case: dict[str, Any]) -> None:
    body = "<h1>Rain due</h1>" + case.get("body", "") + BODY + case.get("after", "")
    article = newsclean.clean(_page(case["head"], body), format="html")
    dumped = article.model_dump(mode="json")
    for field, expected in case.get("expect", {}).items():
        assert dumped[field] == expected, field
    for field in case.get("absent", []):
        assert dumped[field] in (None, []), field
    for field, evidence in case.get("provenance", {}).items():
        assert article.provenance[field] == evidence


HEADER_DATE_CASES: dict[str, list[dict[str, Any]]] = json.loads(
    (CASES / "html_header_dates.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "case",
    HEADER_DATE_CASES["header_date"],
    ids=[c["label"] for c in HEADER_DATE_CASES["header_date"]],
)
def test_header_dates_published_and_updated(case: dict[str, Any]) -> None:
    for key, updated in (("published", False), ("updated", True)):
        shown = header_date(case["lines"], updated=updated)
        got = shown[0].value.date().isoformat() if shown is not None else None
        assert got == case[key], key


@pytest.mark.parametrize(
    "case", HEADER_DATE_CASES["pages"], ids=[c["label"] for c in HEADER_DATE_CASES["pages"]]
)
def test_an_updated_date_only_when_the_page_shows_no_other(case: dict[str, Any]) -> None:
    body = (
        # a <div>, not a <header>: a <time datetime> in a <header> is read before the header's
        # lines (time_element)
        "<div>"
        + case.get("above", "")
        + "<h1>Rain due in the valley</h1>"
        + case["header"]
        + "</div>"
        "<article>" + BODY + case.get("after", "") + "</article>"
    )
    page = f"<html><head>{case.get('head', '')}</head><body>{body}</body></html>"
    article = newsclean.clean(page, format="html")
    assert article.model_dump(mode="json")["date"] == case["date"]
    assert article.provenance["date"] == case["provenance"]


HEADER_NAME_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "html_header_names.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", HEADER_NAME_CASES, ids=[c["label"] for c in HEADER_NAME_CASES])
def test_a_name_alone_above_the_date_line(case: dict[str, Any]) -> None:
    found = name_next_to_date(["Rain due", *case["lines"]])
    assert (found[0] if found is not None else None) == case["name"]


META_AUTHOR_CASES: list[dict[str, Any]] = json.loads(
    (CASES / "html_meta_authors.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", META_AUTHOR_CASES, ids=[c["label"] for c in META_AUTHOR_CASES])
def test_authors_from_meta_tags_and_byline_elements(case: dict[str, Any]) -> None:
    body = "<h1>Rain due in the valley</h1>" + case.get("body", "") + BODY
    page = _page(case.get("head", ""), body)
    page = page.replace("</article>", "</article>" + case.get("after", ""))
    article = newsclean.clean(page, format="html")
    assert article.authors == case["authors"]
    assert article.provenance.get("authors") == case["provenance"]

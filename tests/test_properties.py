"""Properties of clean() over generated pages (Hypothesis).

- never crashes: any str or bytes gives an Article or a NewscleanError;
- deterministic: the same page gives the same Article twice, whatever was cleaned in between;
- never invents text: every word of the output occurs in the input (after encoding repair);
- round trip: cleaning an article's own rendering (title, blank line, paragraphs) gives back the
  same title and paragraphs.
"""

from __future__ import annotations

import os
import unicodedata

import ftfy
import pytest
import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, NewscleanError
from newsclean.cleaners.whitespace import _CONTROL, _INVISIBLE
from newsclean.decode import decode_bytes, replace_lone_surrogates
from tests.conftest import FIXTURES

EXAMPLES = int(os.environ.get("NEWSCLEAN_PROPERTY_EXAMPLES", "60"))
"""Examples per property: 60 keeps the suite quick; set it to 2000 for a long hand run."""
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# --- strategies ---------------------------------------------------------------------------------

_VOCABULARY = (
    "the government said on friday that its army would leave mali after three years "
    "of fighting while officials in bamako declined to comment on reports about the "
    "withdrawal from a key base near the border with niger"
)
WORDS = _VOCABULARY.split(" ")
CHROME = [
    "Share",
    "Facebook Twitter WhatsApp",
    "Related Posts",
    "Read more",
    "© 2025 Example Media. All rights reserved.",
    "By Jane Doe and John Roe",
    "Published: 4 Sept 2025, 10:32 GMT",
    "Source: Reuters",
    "See also: Another Headline Here",
    "Subscribe to our newsletter",
    "(MENAFN) ",
    "KYIV, June 7 (Reuters) - ",
]
MARKUP = ["# ", "## ", "**", "*", "_", "[", "](http://x.org/a)", "![img](x.png)", "> ", "- ", "1. "]

word = st.sampled_from(WORDS)


@st.composite
def sentence(draw: st.DrawFn, min_words: int = 8, max_words: int = 30) -> str:
    words = draw(st.lists(word, min_size=min_words, max_size=max_words))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", "!", "?", "…", ""]))


@st.composite
def title(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=3, max_size=10))
    return " ".join(w.capitalize() for w in words)


@st.composite
def page_line(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.sampled_from(CHROME))
    if kind == 1:
        return draw(st.sampled_from(MARKUP)) + draw(sentence(1, 6))
    if kind == 2:
        return draw(title())
    if kind == 3:
        return draw(st.text(max_size=40))
    return draw(sentence())


@st.composite
def page(draw: st.DrawFn) -> str:
    lines = draw(st.lists(page_line(), min_size=1, max_size=25))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]), min_size=len(lines)))
    return "".join(line + sep for line, sep in zip(lines, seps, strict=False))


@st.composite
def article_page(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(sentence(10, 40), min_size=1, max_size=6))
    paragraphs = [p if p.endswith((".", "!", "?")) else p + "." for p in paragraphs]
    return "\n\n".join([draw(title()), *paragraphs])


any_page = st.one_of(
    st.text(max_size=3000),
    st.binary(max_size=3000),
    page(),
    page().map(lambda p: p.encode("utf-8")),
    page().map(lambda p: p.encode("utf-16")),
    page().map(lambda p: p.encode("utf-8").decode("latin-1")),  # mojibake
)


def _clean(page: str | bytes) -> Article | None:
    try:
        return newsclean.clean(page)
    except NewscleanError:
        return None


# --- word sets ----------------------------------------------------------------------------------

# Letters and digits: an underscore is markdown emphasis ("__0__" is a bold "0"), not a letter.
_WORD = regex.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(unicodedata.normalize("NFKC", text))}


def input_words(page: str | bytes) -> set[str]:
    """The words of the input as the cleaners may legitimately see them.

    Decoded as clean() decodes it, then repaired by ftfy (mojibake, entities) and stripped of
    the invisible characters normalize_whitespace removes (a soft hyphen joins "co\\xadop").
    Control characters, in the input or produced by a repair, separate words (normalize_whitespace
    turns them into spaces), so a variant with them as spaces counts too.
    """
    text = decode_bytes(page).text if isinstance(page, bytes) else page
    text = replace_lone_surrogates(text)[0]
    kept_controls = ftfy.fix_text(text, remove_control_chars=False)
    # fix_encoding repairs without restyling: no Unicode normalisation, so a repaired "ŉ"
    # stays "ŉ" where ftfy's defaults (NFC, then NFKC on what it fixed) would give "ʼn".
    not_restyled = ftfy.fix_text(
        text,
        normalization=None,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
    )
    variants = [
        text,
        ftfy.fix_text(text),
        ftfy.fix_text(text, unescape_html=True),
        not_restyled,
        _CONTROL.sub(" ", text),
        _CONTROL.sub(" ", kept_controls),
    ]
    words: set[str] = set()
    for variant in variants:
        for form in (variant, _INVISIBLE.sub("", variant)):
            words |= _words(form)
    return words


def output_words(article: Article) -> set[str]:
    texts = [
        article.title,
        article.subtitle,
        article.description,
        article.byline,
        article.source,
        *article.authors,
        *article.paragraphs,
    ]
    words: set[str] = set()
    for text in texts:
        if text:
            words |= _words(text)
    return words


# --- properties ---------------------------------------------------------------------------------


@SETTINGS
@given(any_page)
def test_never_crashes(page: str | bytes) -> None:
    try:
        article = newsclean.clean(page)
    except NewscleanError as error:
        assert str(error)
        return
    assert isinstance(article, Article)
    article.model_dump_json()


@SETTINGS
@given(any_page, page())
def test_deterministic(page: str | bytes, other: str) -> None:
    first = _clean(page)
    _clean(other)  # no state may leak from one call into the next
    assert _clean(page) == first


@SETTINGS
@given(any_page)
# Found by Hypothesis: a removed control character glued "0" and "0" into "00"; a repair that
# yields a control character must also separate words.
@example("0\x1e0\x080")
@example("0\x1f1\u00c0\x80")
# Found by Hypothesis: "Å\x89" is repaired to "ŉ" (U+0149), kept as is (no NFKC to "ʼn").
@example("\u00c5\x89")
# Found by Hypothesis: markdown "__0__" is a bold "0".
@example("__0__")
# Found by Hypothesis: a line ending in U+0085 (the second byte of damaged UTF-8) was split
# and stripped there, so the repair saw half a character.
@example("\u00c3\x80\u00c2\x85")
def test_never_invents_text(page: str | bytes) -> None:
    article = _clean(page)
    assume(article is not None)
    assert article is not None
    invented = output_words(article) - input_words(page)
    assert not invented, f"words not in the input: {sorted(invented)[:20]}"


def _assert_round_trip(article: Article) -> None:
    again = newsclean.clean(article.render(), require_body=False)
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


@SETTINGS
@given(article_page())
def test_cleaning_the_rendering_gives_the_same_article(page: str) -> None:
    article = _clean(page)
    assume(article is not None)
    assert article is not None
    _assert_round_trip(article)


@pytest.mark.parametrize(
    "page",
    [
        "Government The The The The The The The The The\n\n"
        "Government the the the the the the the the the!\n\n"
        "The the the the the the the the the the.",
        "The Government The The The The The The The The\n\n"
        "The government the the the the the the the the!\n\n"
        "The the the the the the the the the the.",
    ],
)
def test_a_title_that_opens_the_body_round_trips(page: str) -> None:
    """Found by Hypothesis: the first line's copy opens the body as its first sentence
    ("…the!") and is the title; the rendering prints it first, over the body, where it
    must be read as the title again, not as the body's first sentence."""
    article = newsclean.clean(page, require_body=False)
    assert article.title is not None
    _assert_round_trip(article)


@pytest.mark.parametrize(
    "page",
    [
        "By Jane Doe and John Roe\nBy Jane Doe and John Roe\n# The.\n",
        "Title of the piece here\nBy Jane Doe\nMay 3, 2024\nBy Jane Doe\nMay 3, 2024\n"
        "The body of the story is a sentence long enough to be prose.\n",
    ],
)
def test_a_byline_printed_twice_does_not_come_back_on_the_rendering(page: str) -> None:
    """The first copy goes to the metadata; the second is a duplicate, not body text that
    cleaning the rendering would take as the byline."""
    article = newsclean.clean(page, require_body=False)
    _assert_round_trip(article)
    assert not any(p.startswith("By Jane Doe") for p in article.paragraphs)


SEEDS = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_rendering_round_trips(seed: object) -> None:
    from pathlib import Path

    assert isinstance(seed, Path)
    article = newsclean.clean(seed.read_bytes())
    again = newsclean.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
    invented = output_words(article) - input_words(seed.read_bytes())
    assert not invented, sorted(invented)

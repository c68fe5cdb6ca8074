"""Hostile and broken pages, as data: a label, a builder, the outcomes allowed, a check.

Shared by ``tests/test_hostile.py`` (small sizes, every run) and ``benchmarks/hostile.py`` (full
sizes, and 1x/10x for the cases whose cost must grow linearly). A builder takes a size ``n``
(what one unit is depends on the case: lines, repeats, nesting depth, bytes) and returns the page.

The contract every case holds: ``clean()`` returns an :class:`~newsclean.Article` or raises a
:class:`~newsclean.NewscleanError` subclass, and does so in time linear in the page size.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from newsclean import (
    Article,
    EmptyInputError,
    InputTooLargeError,
    NewscleanError,
    NoArticleError,
    UnsupportedFormatError,
)

Outcome = type[Article] | type[NewscleanError]

TITLE = "Wagner leaves Mali after three years"
PARAGRAPH = (
    "The group said on Friday that its fighters had completed their mission and would go home, "
    "while the army withdrew from a key base after two attacks in less than a week."
)
ARABIC_TITLE = "الحكومة تعلن سياسة جديدة للطاقة"
ARABIC_PARAGRAPH = (
    "قالت الحكومة يوم الجمعة إن السياسة الجديدة ستدخل حيز التنفيذ في الشهر المقبل، "
    "وأضاف المسؤولون أن الخطة تشمل دعم الأسر ذات الدخل المحدود 🎉👍🏽."
)
HEBREW_PARAGRAPH = (
    "הממשלה הודיעה ביום שישי כי המדיניות החדשה תיכנס לתוקף בחודש הבא, כך אמרו גורמים רשמיים 🇮🇱."
)


def _article_page(*paragraphs: str, title: str = TITLE) -> str:
    return "\n\n".join([title, *paragraphs])


def _random_bytes(n: int) -> bytes:
    return random.Random(6).randbytes(n)


def _mojibake(n: int) -> str:
    good = _article_page(*[PARAGRAPH.replace("would", "wouldn’t") + " “Done,” he said."] * n)
    # As browsers read it: windows-1252, with its five unassigned bytes kept as C1 controls.
    return good.encode("utf-8").decode("sloppy-windows-1252")


def _check_mojibake(article: Article) -> None:
    text = article.text
    assert "’" in text and "“Done,”" in text, text[:200]
    assert "â€" not in text, text[:200]


def _check_rtl(article: Article) -> None:
    assert article.paragraphs[-2:] == [ARABIC_PARAGRAPH, HEBREW_PARAGRAPH]


def _check_rtl_title(article: Article) -> None:
    assert article.title == ARABIC_TITLE


def _check_replaced_byte(article: Article) -> None:
    assert article.paragraphs == [PARAGRAPH + "\ufffd"], article.paragraphs
    assert [r.reason for r in article.repaired] == ["undecodable_bytes_replaced"]


def _check_one_paragraph(article: Article) -> None:
    assert article.paragraphs == [PARAGRAPH], article.paragraphs[:3]


def _check_paragraph_text(article: Article) -> None:
    assert PARAGRAPH in article.paragraphs, article.paragraphs[:3]


@dataclass(frozen=True)
class HostileCase:
    """One hostile page: how to build it, which outcomes are allowed, what else must hold.

    ``small`` is the size the unit tests use, ``full`` the size the benchmark reports; when
    ``scales`` is set the benchmark also runs ``10 * full`` and reports the time ratio.
    """

    label: str
    build: Callable[[int], str | bytes]
    expect: tuple[Outcome, ...]
    small: int
    full: int
    scales: bool = False
    check: Callable[[Article], None] | None = None
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    xfail: str | None = None
    """Why this case is a known failure (the unit test is then ``xfail(strict=True)``)."""


_NO_LIMIT = {"max_chars": 10**9}

CASES: tuple[HostileCase, ...] = (
    HostileCase("empty", lambda n: "", (EmptyInputError,), 0, 0),
    HostileCase("empty bytes", lambda n: b"", (EmptyInputError,), 0, 0),
    HostileCase(
        "whitespace only", lambda n: " \t\n\r\u00a0\u3000" * n, (EmptyInputError,), 10, 100_000
    ),
    HostileCase(
        "invisible characters only",
        lambda n: "\u200b\ufeff\u2060\x00" * n,
        (EmptyInputError, NoArticleError),
        10,
        100_000,
    ),
    HostileCase(
        "50 MB single line (default limit)",
        lambda n: "word " * (n // 5),
        (InputTooLargeError,),
        21_000_000,
        50_000_000,
    ),
    HostileCase(
        "long single line of words",
        lambda n: _article_page(" ".join([PARAGRAPH] * n)),
        (Article,),
        10,
        5_000,
        scales=True,
        kwargs=_NO_LIMIT,
    ),
    HostileCase(
        "long single line without spaces",
        lambda n: _article_page(PARAGRAPH, "x" * n),
        (Article,),
        1_000,
        1_000_000,
        scales=True,
        kwargs=_NO_LIMIT,
    ),
    HostileCase(
        "million short lines",
        lambda n: _article_page(PARAGRAPH) + "\n" + "ab cd\n" * n,
        (Article,),
        1_000,
        100_000,
        scales=True,
        check=_check_paragraph_text,
    ),
    HostileCase(
        "one paragraph repeated",
        lambda n: _article_page(*[PARAGRAPH] * n),
        (Article,),
        1_000,
        10_000,
        scales=True,
        check=_check_one_paragraph,
    ),
    HostileCase(
        "one paragraph repeated, varying case and punctuation",
        lambda n: _article_page(
            *[PARAGRAPH.upper() if i % 2 else PARAGRAPH.replace(",", " ,") for i in range(n)]
        ),
        (Article,),
        1_000,
        10_000,
        scales=True,
    ),
    HostileCase(
        "deeply nested HTML",
        lambda n: "<html><body>" + "<div>" * n + PARAGRAPH + "</div>" * n + "</body></html>",
        (Article, NoArticleError, UnsupportedFormatError),
        1_000,
        10_000,
        scales=True,
    ),
    HostileCase(
        "deeply nested HTML read as text",
        lambda n: "<div>" * n + PARAGRAPH + "</div>" * n,
        (Article, NoArticleError),
        1_000,
        10_000,
        scales=True,
        kwargs={"format": "text"},
    ),
    HostileCase(
        "unclosed HTML tags and comments",
        lambda n: "<html><body>" + "<p <!-- <a href='" * n + PARAGRAPH,
        (Article, NoArticleError, UnsupportedFormatError),
        1_000,
        10_000,
        scales=True,
    ),
    HostileCase(
        "NUL bytes between words",
        lambda n: _article_page(*[PARAGRAPH.replace(" ", " \x00")] * n).encode(),
        (Article,),
        3,
        10_000,
        check=lambda a: None if "\x00" not in a.text else _fail("NUL kept"),
    ),
    HostileCase(
        "every block needs a repair (distinct paragraphs with NUL, tabs and mojibake)",
        lambda n: _article_page(
            *[f"{i}\x00 {PARAGRAPH}\t\t{i} Mali\u00e2\u20ac\u2122s army." for i in range(n)]
        ),
        (Article,),
        300,
        3_000,
        scales=True,
    ),
    HostileCase(
        "invalid UTF-8",
        lambda n: _article_page(*[PARAGRAPH] * n).encode() + b"\xff\xfe\xc3(\x80\xed\xa0\x80",
        (Article,),
        3,
        10_000,
        check=_check_paragraph_text,
    ),
    HostileCase(
        "UTF-16 with BOM",
        lambda n: codecs.BOM_UTF16_LE + _article_page(*[PARAGRAPH] * n).encode("utf-16-le"),
        (Article,),
        3,
        10_000,
        check=_check_paragraph_text,
    ),
    HostileCase(
        "UTF-16 big-endian with BOM, odd length",
        lambda n: codecs.BOM_UTF16_BE + _article_page(PARAGRAPH).encode("utf-16-be") + b"\x00",
        (Article,),
        1,
        1,
        check=_check_replaced_byte,
    ),
    HostileCase(
        "random binary",
        _random_bytes,
        (Article, EmptyInputError, NoArticleError),
        10_000,
        1_000_000,
        scales=True,
    ),
    HostileCase(
        "mojibake (UTF-8 read as cp1252)",
        _mojibake,
        (Article,),
        2,
        1_000,
        check=_check_mojibake,
    ),
    HostileCase(
        "lone surrogates in str",
        lambda n: _article_page(*[PARAGRAPH.replace("army", "\ud800army\udfff")] * n),
        (Article,),
        1,
        1_000,
        check=lambda a: (
            None
            if a.paragraphs == [PARAGRAPH.replace("army", "\ufffdarmy\ufffd")]
            else _fail(str(a.paragraphs))
        ),
    ),
    HostileCase(
        "right-to-left scripts and emoji",
        lambda n: _article_page(ARABIC_PARAGRAPH, HEBREW_PARAGRAPH, title=ARABIC_TITLE),
        (Article,),
        1,
        1,
        check=_check_rtl,
    ),
    HostileCase(
        "title in a script without letter case",
        lambda n: _article_page(ARABIC_PARAGRAPH, HEBREW_PARAGRAPH, title=ARABIC_TITLE),
        (Article,),
        1,
        1,
        check=_check_rtl_title,
    ),
    HostileCase(
        "control characters and odd line breaks",
        lambda n: _article_page(*[PARAGRAPH] * n).replace("\n\n", "\r\n\x0c\x1c\x85\u2028\u2029"),
        (Article,),
        3,
        10_000,
    ),
)


def _fail(message: str) -> None:
    raise AssertionError(message)


def outcome_of(case: HostileCase, n: int) -> tuple[str, Article | NewscleanError]:
    """Clean the case at size ``n``: ("Article", article) or (error class name, error)."""
    from newsclean import clean

    page = case.build(n)
    try:
        article = clean(page, **case.kwargs)
    except NewscleanError as error:
        return type(error).__name__, error
    return "Article", article

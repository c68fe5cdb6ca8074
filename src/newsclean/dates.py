"""Find publication dates in the text of a news page.

Scraped pages put the date of an article in a byline-ish line ("Published:
4 Sept 2025, 10:32 GMT | Updated 5 Sept", "7. Juni 2025, 14:01 Uhr",
"2025年6月7日 14:01"). This module finds such dates in many languages with a
handful of linear-time regexes built from the word lists in
:mod:`newsclean.patterns.dates`, and validates every candidate: it never
guesses a missing year, never resolves relative dates ("2 hours ago") and
never returns an impossible calendar date.

Only the standard library and :mod:`regex` are used, so the module can run in
any environment the rest of newsclean runs in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Final, Literal

import regex

from newsclean.evidence import Found
from newsclean.patterns import dates as _p

__all__ = [
    "DateMatch",
    "Role",
    "find_dates",
    "is_day_line",
    "is_published_label",
    "original_publication",
    "parse_date_line",
    "take_original_date",
    "url_date",
]

Role = Literal["published", "updated", "unknown"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text, with where it was found and what it seems to date.

    ``value`` is naive unless the text gave an explicit offset or an
    unambiguous zone abbreviation, so callers never get a zone that was made
    up. ``has_time`` tells a midnight timestamp apart from a date without a
    time of day. ``start``/``end`` index the original text (``text[start:end]``
    is the matched date, including any time of day and zone).
    """

    value: datetime
    start: int
    end: int
    has_time: bool
    role: Role


# --- Regex building blocks ------------------------------------------------------
# Each building block uses bounded repetition only ({0,3} rather than * or +)
# and no group is repeated (groups are at most optional), so an attempt at a
# given position does a bounded amount of work and a whole scan is linear in
# the text length (tests/test_dates.py runs 100k-character pathological input).

# ASCII, Arabic-Indic, Persian and full-width digits: int() understands all four.
_D: Final = r"[0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]"
_L: Final = r"[^\W\d_]"  # a letter in any script
_WS: Final = r"[ \t\u00a0\u2009\u202f]"  # horizontal space: dates never span lines
_SEP_CHARS: Final = r"[,|·•\-\u2013\u2014/،]"  # incl. en and em dashes
_COLON: Final = r"[:\uff1a]"  # ASCII or full-width colon
_SIGN: Final = r"[+\-\u2212]"  # plus, hyphen-minus, minus sign
_NO_LETTER_BEFORE: Final = rf"(?<!{_L})"
_NO_LETTER_AFTER: Final = rf"(?!{_L})"
# A number must not continue a longer number ("1.07.06.2025", "12007/06/2025").
_NUMBER_START: Final = rf"(?<!{_D})(?<!{_D}[.,:/-])"

_BOUNDLESS_SCRIPTS: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _word_alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first, spaces matching 1-2 blanks."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(f"{_WS}{{1,2}}".join(regex.escape(part) for part in w.split()) for w in unique)


def _bounded_words(words: Iterable[str]) -> str:
    """Alternation of ``words`` that only matches whole words.

    Words in scripts written without spaces (Chinese, Japanese, Korean) are
    matched anywhere, since word boundaries do not exist there.
    """
    spaced = [w for w in words if not _BOUNDLESS_SCRIPTS.search(w)]
    boundless = [w for w in words if _BOUNDLESS_SCRIPTS.search(w)]
    parts = []
    if spaced:
        parts.append(f"{_NO_LETTER_BEFORE}(?:{_word_alternation(spaced)}){_NO_LETTER_AFTER}")
    if boundless:
        parts.append(f"(?:{_word_alternation(boundless)})")
    return "(?:" + "|".join(parts) + ")"


def _merge_months() -> dict[str, int]:
    merged: dict[str, int] = {}
    for lang, names in _p.MONTHS.items():
        for name, number in names.items():
            if merged.setdefault(name, number) != number:
                raise ValueError(f"month name {name!r} ({lang}) maps to two months")
    return merged


def _normalise(word: str) -> str:
    return " ".join(word.lower().split())


_MONTH_NUMBER: Final = _merge_months()
_MONTH_ALT: Final = _word_alternation(_MONTH_NUMBER)
# A month name, optionally abbreviated with a full stop, not glued to more letters.
_MONTH: Final = rf"{_NO_LETTER_BEFORE}(?P<mname>{_MONTH_ALT})(?:\.|{_NO_LETTER_AFTER})"
_MONTH_ANON: Final = rf"{_NO_LETTER_BEFORE}(?:{_MONTH_ALT})(?:\.|{_NO_LETTER_AFTER})"

_ORDINAL: Final = rf"(?:(?:{_word_alternation(_p.ORDINAL_SUFFIXES)}){_NO_LETTER_AFTER})?\.?"
_EN_ORDINAL: Final = rf"(?:(?:st|nd|rd|th|º){_NO_LETTER_AFTER})?"
_LINKER: Final = rf"(?:(?:{_word_alternation(_p.DATE_LINKERS)}){_WS}{{1,3}})?"
_YEAR_SUFFIX: Final = (
    rf"(?:{_WS}?(?:{_word_alternation(_p.YEAR_SUFFIXES)})(?:\.|{_NO_LETTER_AFTER}))?"
)
# A year glued to a reading time by the page's markup ("Mar 27, 20255 mins") still ends at
# four digits.
_YEAR: Final = rf"(?P<year>{_D}{{4}})(?:(?!{_D})|(?={_D}{{1,3}}{_WS}?min))"

# "7 June 2025", "7. Juni 2025", "1er juin 2025", "4 de septiembre de 2025"; "19-Dec-2025".
_DAY_MONTH_YEAR: Final = (
    rf"{_NUMBER_START}(?P<day>{_D}{{1,2}})(?:{_ORDINAL}{_WS}{{0,3}}{_LINKER}{_MONTH}"
    rf"{_WS}{{0,3}},?{_WS}{{0,3}}{_LINKER}|-{_MONTH}-){_YEAR}{_YEAR_SUFFIX}"
)
_MONTH_FIRST_ALT: Final = _word_alternation(
    name for lang in _p.MONTH_FIRST_LANGUAGES for name in _p.MONTHS[lang]
)
# A capitalised month name glued to the word before it by a page's markup ("Jane DoeMar 5, 2025").
_GLUED_CAPITAL: Final = r"(?-i:(?<=\p{Ll})(?=\p{Lu}))"
# "June 7th, 2025", "Sep. 4 2025", "Jul. 11. 2025" (English month names only, see
# MONTH_FIRST_LANGUAGES).
_MONTH_DAY_YEAR: Final = (
    rf"(?:{_NO_LETTER_BEFORE}|{_GLUED_CAPITAL})(?P<mname>{_MONTH_FIRST_ALT})(?:\.|{_NO_LETTER_AFTER})"
    rf"{_WS}{{0,3}}(?P<day>{_D}{{1,2}})(?!{_D}){_EN_ORDINAL}\.?"
    rf"{_WS}{{0,2}},?{_WS}{{0,3}}{_YEAR}"
)
# "2025-06-07", "2025/06/07" (year first is never ambiguous).
_YEAR_MONTH_DAY: Final = (
    rf"{_NUMBER_START}(?P<year>{_D}{{4}})(?P<ysep>[-/])(?P<month>{_D}{{1,2}})(?P=ysep)"
    rf"(?P<day>{_D}{{1,2}})(?!{_D})(?![.:/-]{_D})"
)
# "2025.06.07", Korean style "2025. 6. 7." (the trailing dot belongs to the date).
_YEAR_MONTH_DAY_DOTS: Final = (
    rf"{_NUMBER_START}(?P<year>{_D}{{4}})\.{_WS}?(?P<month>{_D}{{1,2}})\.{_WS}?"
    rf"(?P<day>{_D}{{1,2}})(?!{_D})(?!\.{_D})\.?"
)
# "07.06.2025" (always day first), "06/07/2025" and "06-07-2025" (see _resolve_numeric).
_NUMERIC: Final = (
    rf"{_NUMBER_START}(?P<n1>{_D}{{1,2}})(?P<nsep>[./-])(?P<n2>{_D}{{1,2}})(?P=nsep)"
    rf"(?P<year>{_D}{{4}})(?!{_D})(?![.:/-]{_D})"
)
# "2025年6月7日", "2025년 6월 7일".
_CJK: Final = (
    rf"(?<!{_D})(?P<year>{_D}{{4}}){_WS}{{0,2}}[{_p.CJK_YEAR_MARKS}]{_WS}{{0,2}}"
    rf"(?P<month>{_D}{{1,2}}){_WS}{{0,2}}[{_p.CJK_MONTH_MARKS}]{_WS}{{0,2}}"
    rf"(?P<day>{_D}{{1,2}}){_WS}{{0,2}}[{_p.CJK_DAY_MARKS}]"
)

_AMPM: Final = rf"(?:[ap]\.?{_WS}?m\.?{_NO_LETTER_AFTER})"
_UTC_NAMES: Final = ("UTC", "GMT", "UT")
_TZ_ALT: Final = _word_alternation(k for k in _p.TIMEZONES if k != "Z")
_TIME_SUFFIX: Final = (
    rf"(?:{_WS}{{0,2}}(?:{_word_alternation(_p.TIME_SUFFIXES)})\.?{_NO_LETTER_AFTER})?"
)


def _time(n: int, *, allow_dot: bool) -> str:
    """Time of day with an optional zone; group names carry the suffix ``n``.

    ``allow_dot`` admits "14.01", which is only safe right after a date (on its
    own it is far more likely a number).
    """
    hour = (
        rf"(?:(?P<period{n}>{_word_alternation(_p.CJK_DAY_PERIODS)}){_WS}{{0,2}})?"
        rf"(?P<h{n}>{_D}{{1,2}})"
    )
    minute = rf"(?P<mi{n}>{_D}{{2}})"
    cjk_hour = rf"{_WS}?[{_p.CJK_HOUR_MARKS}]"
    with_minutes = [
        rf"{_COLON}{minute}(?:{_COLON}(?P<s{n}>{_D}{{2}})(?:[.,]{_D}{{1,9}})?)?",
        rf"{_WS}?h{_WS}?{minute}",
        rf"{cjk_hour}{_WS}?(?P<mi{n}>{_D}{{1,2}}){_WS}?[{_p.CJK_MINUTE_MARKS}]",
    ]
    if allow_dot:  # "14.01", but not the start of a dotted date "10.06.2025".
        with_minutes.append(rf"\.{minute}(?!\.{_D})")
    clock = rf"{hour}(?:{'|'.join(with_minutes)})(?!{_D})(?:{_WS}{{0,2}}(?P<ap{n}>{_AMPM}))?"
    hour_only = rf"{hour}(?:{_WS}{{0,2}}(?P<ap{n}>{_AMPM})|{_WS}?h{_NO_LETTER_AFTER}|{cjk_hour})"
    zone = (
        rf"(?:(?P<off{n}>(?-i:Z)|{_SIGN}{_D}{{2}}(?::?{_D}{{2}})?)(?!{_D})"
        # RFC 2822 style, spaced: "14:01:00 +0200" (four digits required then).
        rf"|{_WS}(?P<off{n}>{_SIGN}{_D}{{2}}:?{_D}{{2}})(?!{_D})"
        rf"|{_WS}{{1,2}}\(?(?P<tz{n}>(?-i:{_TZ_ALT}))"
        rf"(?P<tzoff{n}>{_WS}?{_SIGN}{_WS}?{_D}{{1,2}}(?::?{_D}{{2}})?)?\)?{_NO_LETTER_AFTER})?"
    )
    return rf"(?:{clock}|{hour_only}){_TIME_SUFFIX}{zone}"


_AFTER_DATE: Final = (
    rf"(?:T|{_WS}{{0,3}}(?:{_SEP_CHARS}{_WS}{{0,3}})?"
    rf"(?:(?:{_word_alternation(_p.TIME_CONNECTORS)}){_WS}{{1,3}})?)"
)
_BEFORE_DATE: Final = rf"(?:{_WS}{{0,2}}{_SEP_CHARS}{_WS}{{0,3}}|{_WS}{{1,3}})"

# Cheap first test: a date (or the time before it) starts with a digit or with
# the first letter of a month name at the start of a word. It lets the scan
# skip most positions without trying every alternative.
_MONTH_INITIALS: Final = "".join(sorted({regex.escape(name[0]) for name in _MONTH_NUMBER}))
_DATE_RE: Final = regex.compile(
    rf"(?={_D}|(?:{_NO_LETTER_BEFORE}|{_GLUED_CAPITAL})[{_MONTH_INITIALS}])"
    rf"(?:(?P<pre>{_time(1, allow_dot=False)}){_BEFORE_DATE})?"
    rf"(?P<core>{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_YEAR_MONTH_DAY}"
    rf"|{_YEAR_MONTH_DAY_DOTS}|{_NUMERIC}|{_CJK})"
    rf"(?P<post>{_AFTER_DATE}{_time(2, allow_dot=True)})?",
    regex.IGNORECASE,
)
# Every alternative of _DATE_RE's core holds a four-digit year: a text without four digits in
# a row holds no date, which the standard library's engine tells far faster than a scan
# (most lines of a page have no year).
_YEAR_DIGITS: Final = re.compile(f"{_D}{{4}}")

_CUE_ROLE: Final[dict[str, Role]] = {
    **{_normalise(c): "updated" for cues in _p.UPDATED_CUES.values() for c in cues},
    **{_normalise(c): "published" for cues in _p.PUBLISHED_CUES.values() for c in cues},
}
_CUE_RE: Final = regex.compile(_bounded_words(_CUE_ROLE), regex.IGNORECASE)
# How far before a date (in characters, same line) a cue word still applies.
_CUE_WINDOW: Final = 80

# Things that may surround a date on a date-only line: year-less dates
# ("Updated 5 Sept"), bare times, weekdays, cue words, labels, zones.
_FILLER_RE: Final = regex.compile(
    "|".join(
        [
            rf"{_NUMBER_START}{_D}{{1,2}}{_ORDINAL}{_WS}{{0,3}}{_LINKER}{_MONTH_ANON}",
            rf"{_MONTH_ANON}{_WS}{{0,3}}{_D}{{1,2}}(?!{_D}){_EN_ORDINAL}",
            rf"{_D}{{1,2}}{_COLON}{_D}{{2}}(?:{_COLON}{_D}{{2}})?(?:{_WS}{{0,2}}{_AMPM})?",
            rf"(?-i:{_TZ_ALT})",
            _bounded_words(
                [w for ws in _p.WEEKDAYS.values() for w in ws]
                + list(_CUE_ROLE)
                + [w for ws in _p.NEUTRAL_LABELS.values() for w in ws]
                + list(_p.TIME_CONNECTORS)
                + list(_p.TIME_SUFFIXES)
                + list(_p.YEAR_SUFFIXES)
            ),
        ]
    ),
    regex.IGNORECASE,
)


# --- Interpretation ---------------------------------------------------------------


def _resolve_numeric(first: int, second: int, sep: str, dayfirst: bool | None) -> tuple[int, int]:
    """Return (day, month) for "first<sep>second<sep>year".

    Dots are the day-first convention (de, ru, ...), so "07.06.2025" is always
    7 June (but "06.18.2025", which has no day-first reading, is 18 June). For
    slashes and dashes, a number above 12 decides the order; when
    both are <= 12 the order follows ``dayfirst``, and by default (``None``) is
    day first, the convention of most of the world outside the US. An explicit
    ``dayfirst`` never forces an impossible reading: "06/13/2025" is 13 June
    even with ``dayfirst=True``.
    """
    if first > 12 or (sep == "." and second <= 12):
        return first, second
    if second > 12:  # "06/13/2025"; and "06.18.2025", which cannot be day first
        return second, first
    return (second, first) if dayfirst is False else (first, second)


def _zone(m: regex.Match[str], n: int) -> tuple[tzinfo | None, int | None]:
    """Zone of time ``n`` and, when the zone text is unusable, where to cut the span."""
    offset = m.group(f"off{n}")
    if offset is not None:
        if offset.upper() == "Z":
            return timezone.utc, None
        minutes = _offset_minutes(offset)
        if minutes is None:
            return None, m.start(f"off{n}")
        return timezone(timedelta(minutes=minutes)), None
    abbr = m.group(f"tz{n}")
    if abbr is None:
        return None, None
    extra = m.group(f"tzoff{n}")
    if extra is not None:
        if abbr not in _UTC_NAMES:
            return None, None  # "CET+1" and the like: unclear, stay naive.
        minutes = _offset_minutes(extra)
    else:
        minutes = _p.TIMEZONES[abbr]
    if minutes is None:  # Ambiguous abbreviation (IST, CST, AST): stay naive.
        return None, None
    return (timezone.utc if minutes == 0 else timezone(timedelta(minutes=minutes))), None


def _offset_minutes(text: str) -> int | None:
    """Minutes east of UTC for "+02:00", "-0500", "+5" (minus sign too); None if out of range."""
    text = "".join(text.split())
    sign = -1 if text[0] in "-\u2212" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * (hours * 60 + minutes)


def _clock(m: regex.Match[str], n: int) -> tuple[int, int, int] | None:
    """(hour, minute, second) of time ``n`` if it matched and is a real time."""
    hour_text = m.group(f"h{n}")
    if hour_text is None:
        return None
    hour = int(hour_text)
    minute = int(m.group(f"mi{n}") or 0)
    second = int(m.group(f"s{n}") or 0)
    ampm = m.group(f"ap{n}")
    period = m.group(f"period{n}")
    if period is not None:
        ampm = _p.CJK_DAY_PERIODS[period]
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _calendar_date(m: regex.Match[str], dayfirst: bool | None) -> tuple[int, int, int] | None:
    """(year, month, day) of the date part, or None when not a plausible date."""
    year = int(m.group("year"))
    if not _p.MIN_YEAR <= year <= _p.MAX_YEAR:
        return None
    if m.group("mname") is not None:
        month = _MONTH_NUMBER.get(_normalise(m.group("mname")))
        if month is None:  # Odd case folding (long s, Kelvin sign): not ours.
            return None
        day = int(m.group("day"))
    elif m.group("n1") is not None:
        day, month = _resolve_numeric(
            int(m.group("n1")), int(m.group("n2")), m.group("nsep"), dayfirst
        )
    else:
        month, day = int(m.group("month")), int(m.group("day"))
    try:
        datetime(year, month, day)
    except ValueError:  # 31 February, month 13, day 0 ...
        return None
    return year, month, day


def _interpret(
    m: regex.Match[str], dayfirst: bool | None
) -> tuple[datetime, int, int, bool] | None:
    """Turn a regex match into (value, start, end, has_time), or None if invalid."""
    ymd = _calendar_date(m, dayfirst)
    if ymd is None:
        return None
    start, end = m.start("core"), m.end("core")
    for n, group in ((2, "post"), (1, "pre")):
        if m.group(group) is None:
            continue
        clock = _clock(m, n)
        if clock is None:
            continue
        zone, cut = _zone(m, n)
        if n == 2:
            end = cut if cut is not None else m.end("post")
        else:
            start = m.start("pre")
        return datetime(*ymd, *clock, tzinfo=zone), start, end, True
    return datetime(*ymd), start, end, False


def _role(text: str, start: int, floor: int) -> Role:
    """Role given by the last cue word between ``floor`` and ``start`` on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, floor, start - _CUE_WINDOW)
    role: Role = "unknown"
    for cue in _CUE_RE.finditer(text, window_start, start):
        role = _CUE_ROLE.get(_normalise(cue.group()), role)
    return role


# --- Public API -------------------------------------------------------------------


def find_dates(text: str, *, dayfirst: bool | None = None) -> list[DateMatch]:
    """Return every valid date in ``text``, in order of appearance.

    This is the building block for date extraction: it reports where each date
    is and which role a cue word before it suggests, and leaves the choice of
    "the" publication date to the caller. Dates without a year, relative dates
    and implausible values (years outside 1990-2100, 31 February) are skipped,
    because the library never invents a date. ``dayfirst`` only matters for
    slash or dash dates like "06/07/2025" where both readings are valid: they
    are read day first unless ``dayfirst=False``; a number above 12 always
    decides, and dotted dates ("07.06.2025") are always day first.

    >>> [(d.value.isoformat(), d.role) for d in find_dates(
    ...     "Published: 4 Sept 2025, 10:32 GMT | Updated 5 Sept 2025")]
    [('2025-09-04T10:32:00+00:00', 'published'), ('2025-09-05T00:00:00', 'updated')]
    >>> find_dates("Posted 2 hours ago")
    []
    """
    found: list[DateMatch] = []
    if not _YEAR_DIGITS.search(text):
        return found
    pos = 0
    floor = 0
    while True:
        m = _DATE_RE.search(text, pos)
        if m is None:
            return found
        interpreted = _interpret(m, dayfirst)
        if interpreted is None:
            # Retry just after the rejected start: a valid date may overlap it.
            pos = m.start() + 1
            continue
        value, start, end, has_time = interpreted
        found.append(DateMatch(value, start, end, has_time, _role(text, start, floor)))
        pos = floor = end


def parse_date_line(line: str, *, dayfirst: bool | None = None) -> DateMatch | None:
    """Return the date of a line that is essentially just a date, else None.

    Page dumps carry the publication date on a line of its own ("07 June 2025
    14:01", "Updated: 5 June 2025"); a date inside a sentence is usually about
    something else. So the line only counts if, once the dates, times, cue
    words, weekdays, zones, year-less dates and separators are removed, at most
    a few letters or digits remain. Of several dates the first "published" one
    wins, then the first "unknown" one; an "updated" date is returned only when
    the line has nothing else.

    >>> parse_date_line("07 June 2025 14:01").value.isoformat()
    '2025-06-07T14:01:00'
    >>> parse_date_line("Updated: 5 June 2025").role
    'updated'
    >>> parse_date_line("The attack on 1 June 2025 killed 30 soldiers.") is None
    True
    """
    return date_line_of(line, find_dates(line, dayfirst=dayfirst))


def date_line_of(line: str, matches: Sequence[DateMatch]) -> DateMatch | None:
    """:func:`parse_date_line` given ``find_dates(line)`` already: for a caller that needs the
    dates found in the line for more than this test, so the line is searched once."""
    if not matches:
        return None
    pieces = []
    last = 0
    for match in matches:
        pieces.append(line[last : match.start])
        last = match.end
    pieces.append(line[last:])
    rest = " ".join(pieces)
    # Blanking the filler out only lowers the count: a line whose rest is short enough as it
    # is ("June 7, 2025") is not searched for it (speed).
    if _alnum_over(rest, _p.MAX_LINE_LEFTOVER) and _alnum_over(
        _FILLER_RE.sub(" ", rest), _p.MAX_LINE_LEFTOVER
    ):
        return None
    for wanted in ("published", "unknown", "updated"):
        for match in matches:
            if match.role == wanted:
                return match
    return None  # pragma: no cover - every match has one of the three roles


def _alnum_over(text: str, limit: int) -> bool:
    """True when ``text`` holds more than ``limit`` letters and digits (read up to there)."""
    count = 0
    for ch in text:
        if ch.isalnum():
            count += 1
            if count > limit:
                return True
    return False


_URL_DATE: Final = regex.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?=[/-]|$)"
)


def url_date(url: str) -> datetime | None:
    """The date in an article URL's path ("/2024/05/03/slug"), or ``None``.

    Weak evidence, for when the page itself prints no date; the year must be in range and the
    day must exist.

    >>> url_date("https://example.org/2024/05/03/storm-hits-coast/")
    datetime.datetime(2024, 5, 3, 0, 0)
    >>> url_date("https://example.org/2024/13/03/x") is None
    True
    """
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
    if not _p.MIN_YEAR <= year <= _p.MAX_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


_PUBLISHED_LABELS: Final = frozenset(
    " ".join(cue.casefold().split()) for cues in _p.PUBLISHED_CUES.values() for cue in cues
)
_UPDATED_LABELS: Final = frozenset(
    " ".join(cue.casefold().split()) for cues in _p.UPDATED_CUES.values() for cue in cues
)


def is_published_label(line: str) -> bool:
    """A line that only says the next line dates the publication: "Published", "Publish
    date:", "Veröffentlicht am" is not one ("am" is more), "Publié :" is.

    >>> is_published_label("Publish date")
    True
    >>> is_published_label("Published by Jane Doe")
    False
    """
    return _label_key(line) in _PUBLISHED_LABELS


_RELATIVE: Final = regex.compile(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in _p.RELATIVE_DATE_WORDS) + r")(?!\w)",
    regex.IGNORECASE,
)
_DAY_NUMBER: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def is_day_line(line: str) -> bool:
    """A short line that only dates, without a year: a month and a day ("Jan 23", "4. März",
    "Updated: Sep 19"), or a relative date ("2 days ago", "vor 3 Tagen"). Such a date is
    never read as a value (its year is not printed); it only tells what a line above is.

    >>> is_day_line("Jan 23")
    True
    >>> is_day_line("2 days ago")
    True
    >>> is_day_line("Route 66")
    False
    """
    text = line.strip()
    if len(text) > _p.DAY_LINE_MAX_CHARS or _DAY_NUMBER.search(text) is None:
        return False
    if _RELATIVE.search(text):
        return True
    return any(_normalise(w) in _MONTH_NUMBER for w in regex.findall(r"\p{L}+", text))


def is_updated_label(line: str) -> bool:
    """A line that only says the next line dates an update: "Last update:", "Aktualisiert".

    >>> is_updated_label("Last update:")
    True
    >>> is_updated_label("Updated Dec. 23, 2024")
    False
    """
    return _label_key(line) in _UPDATED_LABELS


def _label_key(line: str) -> str:
    """A label line as the cue lists hold it: case-folded, one space between words, no
    closing colon."""
    return " ".join(line.strip().rstrip(":：").casefold().split())


# --- A statement of the original publication ---------------------------------------

_ORIGINAL_CUE: Final = regex.compile(
    r"\b(?:"
    + "|".join(
        regex.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(
            {c for cues in _p.ORIGINAL_PUBLICATION_CUES.values() for c in cues},
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    regex.IGNORECASE,
)
# Each cue's longest word, casefolded: a page holding none of them states no original
# publication, and a substring test is several times as cheap as the cue pattern's search.
_ORIGINAL_CUE_WORDS: Final = tuple(
    sorted(
        {
            max(cue.split(), key=len).casefold()
            for cues in _p.ORIGINAL_PUBLICATION_CUES.values()
            for cue in cues
        }
    )
)
_ORIGINAL_SUBJECT: Final = regex.compile(_p.ORIGINAL_SUBJECT, regex.IGNORECASE)
_ORIGINAL_GAP: Final = regex.compile(r"[^\d.;!?()\[\]]*")


def original_publication(lines: Sequence[str], chosen: object = None) -> datetime | None:
    """The date the page's lines state as the article's first publication, when it should
    be the page's date: no date was ``chosen`` yet, or ``chosen`` is more than a time zone's
    difference (:data:`~newsclean.patterns.dates.ORIGINAL_DATE_SLACK_DAYS`) later.

    "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly
    updated" is the page's own word on its publication date; a later date printed under
    its headline is then the last update shown without a label. None when the page's
    statements name several days (they may date other items), or when the page labels
    another date as its own publication ("Posted on April 13, 2023" on a page saying the
    post was "originally published on the 21st of June 2017": this copy was posted then,
    and that is the date it gives). Read by both the HTML and the text paths; see
    :data:`~newsclean.patterns.dates.ORIGINAL_PUBLICATION_CUES`.

    >>> original_publication(["Updated Nov 11, 2022", "Originally published November 9, 2022"])
    datetime.datetime(2022, 11, 9, 0, 0)
    >>> original_publication(["It was originally published on 9 Nov 2022."]) is None
    True
    """
    # A cheap test of the whole page first: most pages state nothing of the kind.
    page = "\n".join(lines).casefold()
    if not any(word in page for word in _ORIGINAL_CUE_WORDS):
        return None
    stated = _original_statements(lines)
    if not stated or len({entry[3].date() for entry in stated}) > 1:
        return None
    value = stated[0][3]
    day = value.date()
    for at, line in enumerate(lines):
        for m in find_dates(line):
            if m.role != "published" or m.value.date() == day:
                continue
            if not any(a == at and m.start < end and m.end > start for a, start, end, _ in stated):
                return None
    if chosen is None:
        return value
    if not isinstance(chosen, datetime) or chosen.date() <= day + timedelta(
        days=_p.ORIGINAL_DATE_SLACK_DAYS
    ):
        return None
    return value


def take_original_date(lines: Sequence[str], found: Found) -> None:
    """Set the date to the one the page's ``lines`` state as the article's first publication
    (:func:`original_publication`, given the date found so far), with the evidence
    ``original_publication``: over a date more than a day later, or when no source gave one.
    The last date step of both the HTML and the text paths."""
    value = original_publication(lines, found.values.get("date"))
    if value is not None:
        found.values["date"] = value
        found.evidence["date"] = "original_publication"


def _original_statements(lines: Sequence[str]) -> list[tuple[int, int, int, datetime]]:
    """The dates the lines state as the article's original publication: each with its
    line's index, the statement's span in the line (phrase to date) and the date. The
    phrase is a label (capitalised) or closes "This <noun> was"; its date follows within
    :data:`~newsclean.patterns.dates.ORIGINAL_DATE_GAP_CHARS`."""
    stated: list[tuple[int, int, int, datetime]] = []
    for at, line in enumerate(lines):
        folded = line.casefold()
        if not any(word in folded for word in _ORIGINAL_CUE_WORDS):
            continue  # the cheap test of original_publication, line by line
        for cue in _ORIGINAL_CUE.finditer(line):
            before = regex.split(r"[.!?:;]", line[: cue.start()])[-1]
            if not cue.group()[0].isupper() and not _ORIGINAL_SUBJECT.search(before):
                continue
            rest = line[cue.end() : cue.end() + _p.ORIGINAL_DATE_WINDOW_CHARS]
            matches = find_dates(rest)
            if not matches:
                continue
            first = matches[0]
            gap = rest[: first.start]
            if len(gap) > _p.ORIGINAL_DATE_GAP_CHARS or not _ORIGINAL_GAP.fullmatch(gap):
                continue
            stated.append((at, cue.start(), cue.end() + first.end, first.value))
    return stated

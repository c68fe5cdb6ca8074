"""The publication date of an HTML page: structured sources, the header's dateline, and the
checks that keep a modified date or another item's date out.

Read by :func:`newsclean.html.metadata.read_metadata` in its order of evidence; every value
is recorded with its provenance (values listed in docs/html.md).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.dates import DateMatch, find_dates
from newsclean.evidence import Found
from newsclean.html import patterns
from newsclean.html.dom import collapse
from newsclean.html.header import (
    date_alone,
    header_date,
    same_numeric_date,
)
from newsclean.html.jsonld import text_value, types_of
from newsclean.html.page import CLASS_WORD, Page
from newsclean.matching import texts_matching
from newsclean.patterns import dates as date_patterns

_ISO_DATE = regex.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ]|$)")
MIN_YEAR, MAX_YEAR = 1990, 2100
"""Dates outside these years are template defaults or typos, never a publication date."""


# The patterns' XPaths, compiled once (lxml would compile a string on every call).
_DATE_XPATHS = tuple(etree.XPath(x) for x in patterns.DATE_XPATHS)


_OFFSET_XPATH = etree.XPath(patterns.OFFSET_XPATH)
_PUBDATE_XPATH = etree.XPath(patterns.PUBDATE_XPATH)
_MODIFIED_CLASS_WORDS = frozenset(date_patterns.MODIFIED_CLASS_WORDS)
_PUBLISHED_CLASS_WORDS = frozenset(date_patterns.PUBLISHED_CLASS_WORDS)
# Every class word above is inside its element's casefolded class names: a cheap test first.
_DATED_CLASS_WORDS = tuple(sorted(_MODIFIED_CLASS_WORDS | _PUBLISHED_CLASS_WORDS))
_DATED_CLASS_HINT = regex.compile("|".join(_DATED_CLASS_WORDS), regex.V0)
# The same words for ASCII names, in the standard library's engine (see _hinted_names).
_DATED_CLASS_ASCII = re.compile("|".join(map(re.escape, _DATED_CLASS_WORDS)))
# The page's class and itemprop values as plain strings, in one walk in C (no element proxy).
_MARKUP_NAMES = etree.XPath(
    "descendant-or-self::*/@class | descendant-or-self::*/@itemprop", smart_strings=False
)
_NAMED = etree.XPath("descendant-or-self::*[@class or @itemprop]")


def read_date(page: Page, found: Found, *, modified: Collection[date] = frozenset()) -> None:
    """The publication date: never ``dateModified``, never a related item's date.

    A ``<time datetime>`` the page labels "Updated" ("Last updated: <time>Jan 12,
    2026</time>") or marks as modified (its day is in ``modified``: see
    :func:`marked_modified_days`) is not read as the publication date.
    """
    if page.article is not None:
        for key in ("datePublished", "dateCreated"):
            found.set("date", parse_date(text_value(page.article.get(key))), f"json_ld:{key}")
    for key in patterns.DATE_META:
        for value in page.meta.get(key, ())[:1]:
            found.set("date", parse_date(value), f"meta:{key}")
    for xpath in _DATE_XPATHS:
        if "date" in found.values:  # a stronger source gave it: no need to search the tree
            break
        for value in xpath(page.tree)[:1]:
            parsed = parse_date(str(value))
            if parsed is not None and not _labelled_modified(value, parsed, modified):
                found.set("date", parsed, "time_element")
    for node in page.nodes:
        if types_of(node) & patterns.PAGE_TYPES:
            found.set("date", parse_date(text_value(node.get("datePublished"))), "json_ld:webpage")
    take_pubdate(page, found, modified=modified)


def take_pubdate(page: Page, found: Found, *, modified: Collection[date]) -> None:
    """The date a ``<time pubdate>`` prints, over a machine-facing date on another day.

    The ``pubdate`` attribute marks the element that shows the reader the article's
    publication date ("Published <time pubdate datetime="2025-08-13">August 13,
    2025</time>"); a JSON-LD or meta date on another day is then a value the CMS rewrote
    (one page gives ``datePublished`` equal to its ``dateModified``, three months later). The
    page's ``pubdate`` elements must all name one day: where they date comments or listed
    items too, they name several. A day's difference is a time-zone question and keeps the
    machine-facing value (as in :func:`take_header_date`), and a ``<time pubdate>`` labelled
    "Updated" or on a day marked as modified is not read. Measured on wcxb-dev articles
    (docs/html.md): 1 page gains its gold date, none lose it.
    """
    chosen = found.values.get("date")
    if not isinstance(chosen, datetime):
        return
    shown: list[tuple[object, datetime]] = []
    for value in _PUBDATE_XPATH(page.tree)[: patterns.PUBDATE_TIMES]:
        parsed = _iso_date(str(value))
        if parsed is not None:
            shown.append((value, parsed))
    if not shown or len({parsed.date() for _, parsed in shown}) > 1:
        return
    value, parsed = shown[0]
    day = parsed.date()
    if day == chosen.date() or _labelled_modified(value, parsed, modified):
        return
    if _zone_question(chosen, day):
        return
    found.values["date"] = parsed
    found.evidence["date"] = "time_pubdate"


def _labelled_modified(value: object, parsed: datetime, modified: Collection[date]) -> bool:
    """True when the date an XPath read (an attribute's value, which knows its element) is
    on a day the markup marks as modified, or the words just before the element's text, in
    its parent or the parent's parent, label that day "Updated" ("Last updated: <time>...").
    """
    if parsed.date() in modified:
        return True
    getparent = getattr(value, "getparent", None)
    element = getparent() if getparent is not None else None
    if element is None:
        return False
    own = collapse(element.text_content())
    holder = element.getparent()
    for _ in range(patterns.TIME_LABEL_LEVELS):
        if holder is None or not own:
            break
        text = collapse(holder.text_content())
        at = text.find(own)
        if at >= 0:
            window = text[max(0, at - patterns.TIME_LABEL_CHARS) : at + len(own)]
            if any(
                m.role == "updated" and m.value.date() == parsed.date() for m in find_dates(window)
            ):
                return True
        holder = holder.getparent()
    return False


def page_zone(page: Page, found: Found, header: list[str]) -> None:
    """A publication time given in UTC, moved to the page's own UTC offset when the header
    prints the calendar day it falls on there.

    ``...T02:41:41+00:00`` is Dec 19 in UTC and Dec 18, 9:41 PM at -05:00, the offset the
    page's other dates are written with (:func:`_page_offset`); the page that prints "Dec 18"
    under its headline, or has a ``<time datetime>`` on Dec 18, dates the article Dec 18. The
    instant is the same either way. A page that dates nothing on that local day (it prints
    only its "Updated" day, say) gives no reason to move it: the value stays as its source
    wrote it. Measured on wcxb-dev articles (docs/html.md): the check keeps the 2 pages the
    move was made for and gives back the day of one page that printed only its modified date.
    """
    chosen = found.values.get("date")
    if not isinstance(chosen, datetime) or chosen.utcoffset() != timedelta(0):
        return
    local = _page_offset(page)
    if local is None:
        return
    moved = chosen.astimezone(local)
    if moved.date() == chosen.date():
        found.values["date"] = moved
        return
    shown = {m.value.date() for line in header for m in find_dates(line)}
    for value in _OFFSET_XPATH(page.tree)[: patterns.OFFSET_DATES]:
        parsed = _iso_date(str(value))
        if parsed is not None:
            shown.add(parsed.date())
    if moved.date() in shown:
        found.values["date"] = moved


def take_header_date(
    page: Page, header: list[str], found: Found, *, above: int, modified: Collection[date]
) -> None:
    """The date the article's header shows, when the machine-facing sources give none or
    another day.

    The header is what the page tells its reader: a ``datePublished`` that a CMS reset on
    migration, or a meta date from the template, is overruled by the dateline under the
    headline. A date labelled "Updated" is never taken (see :func:`header_date`); a day's
    difference is a time-zone question and keeps the machine-facing value, which has a time;
    so does a numeric date that reads as the same day month first. The header's date is
    read from the ``<time datetime>`` that prints it, when there is one
    (:func:`_time_behind`).
    """
    shown = header_date(header, above=above, modified=modified)
    if shown is None:
        return
    match, line = shown
    match = _time_behind(page.tree, match, line)
    chosen = found.values.get("date")
    if not isinstance(chosen, datetime):
        found.set("date", match.value, "header_dateline")
        return
    if _zone_question(chosen, match.value.date()):
        return
    if same_numeric_date(line, chosen):
        return
    if _modified_day_alone(page, match, line, chosen):
        return
    found.values["date"] = match.value
    found.evidence["date"] = "header_dateline"


def _modified_day_alone(page: Page, match: DateMatch, line: str, chosen: datetime) -> bool:
    """True when the header's date is the page's modified day printed alone on its line,
    while the markup gives the publication as an instant with its time of day.

    A theme's date widget under the headline ("October 26, 2025", nothing else on the line
    but perhaps a weekday name) prints either date; where it prints the day of
    ``dateModified`` and the markup's ``datePublished`` is another day to the second
    ("2024-02-21T11:54:45+00:00", the CMS's record of the moment it was published), it is
    the modified date shown without its label. A dateline the page composed ("Ann Lee •
    November 4th, 2025", "Travel September 8, 2021 -- min read") is the page's own word and
    still overrules the markup; so does a bare date line when the markup's value is a day at
    midnight (a date typed or set by a template, not the CMS's record). Measured in
    docs/html.md.
    """
    if chosen.time() == time(0) or match.value.date() not in modified_days(page):
        return False
    return date_alone(line, match)


def _time_behind(tree: HtmlElement, match: DateMatch, line: str) -> DateMatch:
    """The header's date as the ``<time datetime>`` that prints it gives it: with its time
    and zone, and with the order of a numeric date settled ("03/01/2017" is 1 March where
    the element says ``2017-03-01``, not 3 January as a day-first reading has it). The
    element must print the date and agree with it (the same day, or the same day read
    month first); otherwise the header's own reading stays.
    """
    shown = line[match.start : match.end]
    for element in tree.iter("time"):
        value = element.get("datetime")
        if not value or shown not in collapse(element.text_content()):
            continue
        parsed = _iso_date(value)
        if parsed is not None and (
            parsed.date() == match.value.date() or same_numeric_date(shown, parsed)
        ):
            return replace(match, value=parsed, has_time=len(value.strip()) > 10)
    return match


def _iso_date(value: str) -> datetime | None:
    """A ``datetime`` attribute's value when it is an ISO date (``2025-12-18T21:46:01-05:00``);
    free text in the attribute ("yesterday", "Dec 18") is not read."""
    return parse_date(value) if _ISO_DATE.match(value) else None


def _zone_question(chosen: datetime, day: date) -> bool:
    """True when a printed ``day`` a day from the ``chosen`` value may be its instant's day in
    another time zone: the chosen value, which has a time, then stays."""
    return abs((day - chosen.date()).days) <= patterns.HEADER_DATE_SLACK_DAYS and (
        _day_in_some_zone(chosen, day)
    )


def _day_in_some_zone(instant: datetime, day: date) -> bool:
    """True when ``day`` is the calendar day of ``instant`` in some time zone (UTC-12 to
    UTC+14); always for a naive value, whose zone is not known.

    >>> _day_in_some_zone(datetime(2025, 12, 19, 22, 2, tzinfo=timezone.utc), date(2025, 12, 18))
    False
    >>> _day_in_some_zone(datetime(2025, 12, 19, 2, 0, tzinfo=timezone.utc), date(2025, 12, 18))
    True
    """
    if instant.utcoffset() is None:
        return True
    utc = instant.astimezone(timezone.utc)
    earliest = (utc - timedelta(hours=patterns.UTC_OFFSET_WEST_HOURS)).date()
    latest = (utc + timedelta(hours=patterns.UTC_OFFSET_EAST_HOURS)).date()
    return earliest <= day <= latest


def take_header_updated(
    header: list[str], found: Found, *, above: int, modified: Collection[date]
) -> None:
    """The date the header labels "Updated", when no source gives a publication date.

    The field is the publication date, so an "Updated" date is never taken while any
    structured source or the header gives another one. A page that prints only "Updated on
    July 9, 2025" under its headline gives its reader no other date, and that one is the
    page's own statement; htmldate's search, which comes next, guesses from dates anywhere
    in the page and its URL. Measured on wcxb-dev articles (docs/html.md): 7 pages gain the
    gold date (4 where htmldate guessed another day, 3 with no date), none lose it."""
    if "date" in found.values:
        return
    shown = header_date(header, updated=True, above=above, modified=modified)
    if shown is not None:
        found.set("date", shown[0].value, "header_updated")


def marked_modified_days(tree: HtmlElement) -> frozenset[date]:
    """The days the page's markup shows as its modified date and never as its publication
    date: a short element whose class names say "updated" ("updated-on", Drupal's
    ``field--name-changed``) or ``itemprop=dateModified``, with no "published" class word.

    A theme prints the modified date under the headline with no visible label, so a header
    line reads "By Ann Lee 12th February 2025"; the markup is the label. WordPress gives
    its one date the classes "entry-date published updated": both words, so neither.
    """
    modified: set[date] = set()
    published: set[date] = set()
    hinted = _hinted_names(_MARKUP_NAMES(tree))
    if not hinted:  # half the pages: no class or itemprop holds a dated word
        return frozenset()
    for element in _NAMED(tree):
        classes = element.get("class")
        prop = element.get("itemprop")
        if classes not in hinted and prop not in hinted:  # most elements: no word to split
            continue
        names = f"{classes or ''} {prop or ''}"
        words = {w.casefold() for w in CLASS_WORD.findall(names)}
        is_modified = not words.isdisjoint(_MODIFIED_CLASS_WORDS)
        is_published = not words.isdisjoint(_PUBLISHED_CLASS_WORDS)
        if is_modified == is_published:
            continue
        text = collapse(element.text_content())
        if not text or len(text) > patterns.HEADER_DATE_LINE_CHARS:
            continue
        days = {m.value.date() for m in find_dates(text)}
        (modified if is_modified else published).update(days)
    return frozenset(modified - published)


class MarkedModifiedDays(Collection[date]):
    """The days of :func:`marked_modified_days`, found when a reader first asks about one.

    Only a date the header or a ``<time>`` element shows is looked up in them: on about half
    the pages no reader asks, and the page's classes are not searched.
    """

    __slots__ = ("_days", "_tree")

    def __init__(self, tree: HtmlElement) -> None:
        self._tree = tree
        self._days: frozenset[date] | None = None

    def _found(self) -> frozenset[date]:
        if self._days is None:
            self._days = marked_modified_days(self._tree)
        return self._days

    def __contains__(self, day: object) -> bool:
        return day in self._found()

    def __iter__(self) -> Iterator[date]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


def _hinted_names(names: list[str]) -> frozenset[str]:
    """The ``names`` (class and itemprop values) whose casefolded text holds a dated class
    word (:data:`_DATED_CLASS_HINT`): the only ones :func:`marked_modified_days` reads.

    Found in one search over all of them (:func:`newsclean.matching.texts_matching`) when
    they are ASCII, whose casefolding is lower-casing; other texts (rare) are searched one by
    one.

    >>> sorted(_hinted_names(["menu", "Entry-Date Updated", "dateModified", "a\\nposted"]))
    ['Entry-Date Updated', 'a\\nposted', 'dateModified']
    """
    joined = "\n".join(names)
    if not joined.isascii():
        return frozenset(n for n in names if _DATED_CLASS_HINT.search(n.casefold()))
    if not any(word in joined.lower() for word in _DATED_CLASS_WORDS):
        return frozenset()
    return frozenset(
        names[i] for i in texts_matching(_DATED_CLASS_ASCII, [n.lower() for n in names])
    )


def modified_days(page: Page) -> set[date]:
    """The days the page says it was modified on (JSON-LD ``dateModified``, meta tags)."""
    values = [v for key in patterns.MODIFIED_META for v in page.meta.get(key, ())[:1]]
    if page.article is not None:
        values.append(text_value(page.article.get("dateModified")) or "")
    return {parsed.date() for v in values if (parsed := parse_date(v)) is not None}


def _page_offset(page: Page) -> timezone | None:
    """The page's own UTC offset, when a date on it is written with a non-zero one.

    A publication time given in UTC (``...T02:41:41+00:00``) can fall on the next calendar
    day from the one the page prints (``Dec 18, 9:41 PM EST``); the same instant is kept, in
    the offset the page's other dates show, so that its calendar day is the page's own.
    """
    values: list[str] = [str(v) for v in _OFFSET_XPATH(page.tree)[: patterns.OFFSET_DATES]]
    if page.article is not None:
        values += [str(page.article.get(k) or "") for k in ("datePublished", "dateModified")]
    for value in values:
        parsed = _iso_date(value)
        offset = parsed.utcoffset() if parsed is not None else None
        if offset:
            return timezone(offset)
    return None


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 (or free-form) date string as a datetime; aware only when it has a zone.

    >>> parse_date("2025-06-07T14:01:00+02:00").isoformat()
    '2025-06-07T14:01:00+02:00'
    >>> parse_date("2025-06-07").isoformat(), parse_date("0001-01-01")
    ('2025-06-07T00:00:00', None)
    """
    if not value:
        return None
    text = value.strip()
    parsed: datetime | None = None
    if _ISO_DATE.match(text):
        candidate = text.replace(" ", "T", 1) if len(text) > 10 else text
        try:
            parsed = datetime.fromisoformat(candidate)
        except ValueError:
            m = _ISO_DATE.match(text)
            assert m is not None
            try:
                parsed = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                parsed = None
    if parsed is None:
        matches = find_dates(text[:200])
        parsed = matches[0].value if matches else None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed

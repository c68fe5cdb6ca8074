"""The article's header as a reader sees it: the short lines around the headline.

A news page prints its byline and dateline next to the headline ("By Ann Lee · March 9,
2026"). Those lines are the page's own statement of who wrote the article and when, in any
template and any language, so the metadata reader looks for them there: the page's visible
text is cut into lines at block elements (as a browser lays it out), the line holding the
headline is found, and the few lines around it are the header. Dates and bylines elsewhere
on the page (comments, related posts, a masthead's "today") are not read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from itertools import pairwise

import regex
from lxml import etree
from lxml.html import HtmlElement

from newsclean.bylines import (
    is_byline_label,
    name_in_dated_line,
    parse_byline,
    parse_names,
    with_credentials,
)
from newsclean.dates import DateMatch, date_line_of, find_dates
from newsclean.html import patterns
from newsclean.matching import normal_form
from newsclean.patterns import dates as date_patterns
from newsclean.patterns import metadata as text_patterns

_BLOCK = frozenset(patterns.HEADER_BLOCK_TAGS)
_LINE_BREAK = "\0"
_SKIP = frozenset(patterns.HEADER_SKIP_TAGS)
_MONTHS = frozenset(patterns.MONTH_WORDS)
_WEEKDAYS = frozenset(w for names in date_patterns.WEEKDAYS.values() for w in names)
_WORD = regex.compile(r"\p{L}+")
_TOKEN = regex.compile(r"\w+")
_ON_BEHALF = regex.compile(
    r"\b(?:" + "|".join(regex.escape(p) for p in patterns.ON_BEHALF_PHRASES) + r")\s[^·•|]*",
    regex.IGNORECASE,
)


def page_lines(tree: HtmlElement) -> list[str]:
    """The body's visible text cut into lines at block elements, in document order.

    One walk over the tree (no per-element text search, which would be quadratic in the
    page's depth); scripts, styles, forms and the like are left out with their content.
    Inline elements are kept apart by a space: templates put a name and an "Updated" label
    in adjacent ``<span>``s that CSS, not text, separates ("Ann Lee" "Updated: May 2").

    >>> from newsclean.html.dom import parse_html
    >>> page_lines(parse_html("<p>A<b>b</b></p><div>c<p>d</p>e</div>"))
    ['A b', 'c', 'd', 'e']
    """
    body = tree.find("body")
    root = body if body is not None else tree
    # The text in one list, a NUL at each block's edge (no text node holds one: libxml2's
    # strings end at it), cut into lines once at the end.
    parts: list[str] = []
    add = parts.append
    # lxml's own walk (start and end events) with the skipped elements' subtrees cut off.
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if tag in _SKIP:
            if event == "start":
                walk.skip_subtree()
                if element.tail:
                    add(element.tail)
            continue
        add(_LINE_BREAK if tag in _BLOCK else " ")
        if event == "start":
            if element.text:
                add(element.text)
        elif element.tail and element is not root:
            add(element.tail)
    blocks = "".join(parts).split(_LINE_BREAK)
    return [" ".join(words) for block in blocks if (words := block.split())]


def header_lines(lines: list[str], titles: list[str]) -> list[str]:
    """The lines around the headline: a few before it, more after, up to the article's prose.

    Empty when the headline is not found among the lines (then the page's layout is not
    known well enough to call any line its header).

    >>> lead, prose = "a" * 300, "b" * 300
    >>> header_lines(["Menu", "Rain due", "By Ann Lee", "May 2", lead, prose, "By Bo"],
    ...              ["Rain due"])
    ['Menu', 'By Ann Lee', 'May 2']
    """
    above, below = header_parts(lines, titles)
    return above + below


def header_parts(lines: list[str], titles: list[str]) -> tuple[list[str], list[str]]:
    """The header's lines above the headline and below it (see :func:`header_lines`)."""
    at = _title_line(lines, titles)
    if at is None:
        return [], []
    before = lines[max(0, at - patterns.HEADER_LINES_BEFORE) : at]
    after: list[str] = []
    prose: set[str] = set()  # distinct: templates print a standfirst twice (mobile, desktop)
    for line in lines[at + 1 : at + 1 + patterns.HEADER_LINES_AFTER]:
        if _is_prose(line):
            prose.add(line)
            if len(prose) >= patterns.HEADER_PROSE_LINES:
                break
            continue
        after.append(line)
    return [line for line in before if not _is_prose(line)], after


def printed_before(lines: list[str], first: str, second: str) -> bool:
    """True when ``first`` stands on a line of its own above the first line that is
    ``second``: the page prints it first.

    >>> printed_before(["Rain due", "By Ann Lee", "Why rain"], "Rain due", "Why rain")
    True
    """
    key, other = normal_form(first), normal_form(second)
    for line in lines:
        form = normal_form(line)
        if key and form == key:
            return True
        if form == other:
            return False
    return False


def _is_prose(line: str) -> bool:
    """A paragraph of the article (or a standfirst), not a header line: long, or a full
    sentence of some length."""
    return len(line) > patterns.HEADER_PROSE_CHARS or (
        len(line) >= patterns.HEADER_SENTENCE_CHARS and line.endswith((".", "!", "?", "。"))
    )


def _title_line(lines: list[str], titles: list[str]) -> int | None:
    """Index of the line that is the headline (the first title found on a line of its own,
    then one inside a line not much longer than it)."""
    keys = [(k, len(t)) for t in titles if (k := normal_form(t))]
    if not keys:
        return None
    # Only lines of a headline's length can be one (normal forms are the costly part).
    longest = 2 * max(len(t) for t in titles) + 1
    forms = [normal_form(line) if len(line) <= longest else "" for line in lines]
    for key, _ in keys:
        for i, form in enumerate(forms):
            if form == key:
                return i
    for key, size in keys:
        for i, form in enumerate(forms):
            if len(form) <= 2 * size and key in form:
                return i
    return None


def header_date(
    lines: list[str],
    *,
    updated: bool = False,
    above: int = 0,
    modified: Collection[date] = (),
) -> tuple[DateMatch, str] | None:
    """The date the header shows for the article: the first publication (or unlabelled) date
    on a dateline, a byline, or a short header line; never one labelled "Updated". The line
    it is on comes with it.

    A label on a line of its own ("Last updated:" above "May 2, 2025") labels the date on the
    next line; so does the markup, for the days in ``modified`` (see
    ``published.marked_modified_days``). With ``updated``, the first date labelled "Updated"
    instead (the only date some pages show: see ``published.take_header_updated``).

    The first ``above`` lines are the ones above the headline: when their dates are the
    site's (:func:`site_dates_above`), a date below the headline is taken first.

    >>> header_date(["By Ann Lee", "Updated:", "May 2, 2025"]) is None
    True
    >>> header_date(["By Ann Lee · May 2, 2025 · 3 min read"])[0].value.isoformat()
    '2025-05-02T00:00:00'
    >>> header_date(["By Ann Lee", "Updated:", "May 2, 2025"], updated=True)[0].value.day
    2
    >>> header_date(["Friday, May 9, 2025", "By Ann Lee", "May 2, 2025"], above=1)[0].value.day
    2
    """
    if above and site_dates_above(lines[:above]):
        shown = _first_header_date(lines[above:], updated, modified)
        if shown is not None:
            return shown
    return _first_header_date(lines, updated, modified)


def _first_header_date(
    lines: list[str], updated: bool, modified: Collection[date]
) -> tuple[DateMatch, str] | None:
    previous = ""
    for line in lines:
        matches = find_dates(line) if line else []
        if matches and (
            date_line_of(line, matches) is not None
            or len(line) <= patterns.HEADER_DATE_LINE_CHARS
            or parse_byline(line) is not None
        ):
            label = False
            if previous and len(previous) <= patterns.HEADER_LABEL_CHARS:
                labelled = find_dates(previous + " " + line)
                label = bool(labelled) and labelled[0].role == "updated"
            if updated:
                chosen = next(
                    (
                        m
                        for m in matches
                        if label or m.role == "updated" or m.value.date() in modified
                    ),
                    None,
                )
                if chosen is not None:
                    return chosen, line
            elif not label:
                for wanted in ("published", "unknown"):
                    chosen = next(
                        (
                            m
                            for m in matches
                            if m.role == wanted
                            and (wanted == "published" or m.value.date() not in modified)
                        ),
                        None,
                    )
                    if chosen is not None:
                        return chosen, line
        previous = "" if matches else line
    return None


def site_dates_above(lines: list[str]) -> bool:
    """True when the dates on the header lines above the headline are the site's, not the
    article's: a masthead's "today", a weekday and a date alone on a line ("Friday,
    December 19, 2025"), or a list of recent items, unlabelled dates each under a title of
    its own ("CAS Past President Passes Away" / "12/04/2025").

    >>> site_dates_above(["Log in", "Friday , December 19, 2025", "Glossary"])
    True
    >>> site_dates_above(["Pre-tester call", "12/16/2025", "Past President", "12/04/2025"])
    True
    >>> site_dates_above(["Published May 2, 2025", "Updated May 9, 2025"])
    False
    """
    dated: list[int] = []
    for i, line in enumerate(lines):
        matches = find_dates(line)
        if not matches:
            continue
        if len(matches) == 1 and _weekday_and_date(line, matches[0]):
            return True
        if any(m.role != "unknown" for m in matches):
            return False
        dated.append(i)
    return len(dated) >= 2 and all(b - a == 2 for a, b in pairwise(dated))


def _weekday_and_date(line: str, match: DateMatch) -> bool:
    """True when ``line`` is ``match``'s date and a weekday name, nothing else (its words:
    a time's digits may stand beside them)."""
    rest = _WORD.findall(_beside_date(line, match))
    return bool(rest) and all(word in _WEEKDAYS for word in rest)


def date_alone(line: str, match: DateMatch) -> bool:
    """True when ``line`` prints ``match``'s date and nothing else but a weekday name
    ("October 26, 2025", "Friday, December 19, 2025"): a date widget's line, which says
    nothing about which date it shows (a time, a name or a label would)."""
    return all(word in _WEEKDAYS for word in _TOKEN.findall(_beside_date(line, match)))


def _beside_date(line: str, match: DateMatch) -> str:
    """``line`` without ``match``'s date, case-folded."""
    return (line[: match.start] + " " + line[match.end :]).casefold()


_NUMERIC_DATE = regex.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")


def same_numeric_date(line: str, day: datetime) -> bool:
    """True when a numeric date on ``line`` read month first is ``day`` ("8/1/2025" is
    1 August on a US page): the header then agrees with the machine-facing date. Dotted
    dates count too: ``find_dates`` reads them day first (the German and Russian
    convention), but a US template prints "09.10.2024" for September 10.

    >>> same_numeric_date("8/1/2025", datetime(2025, 8, 1))
    True
    >>> same_numeric_date("09.10.2024", datetime(2024, 9, 10))
    True
    >>> same_numeric_date("09.10.2024", datetime(2024, 9, 11))
    False
    """
    for match in find_dates(line, dayfirst=False):
        if match.value.date() == day.date():
            return True
        numbers = _NUMERIC_DATE.match(line[match.start : match.end])
        if numbers is not None:
            month, first_day, year = (int(numbers.group(i)) for i in (1, 3, 4))
            if (year, month, first_day) == (day.year, day.month, day.day):
                return True
    return False


def first_byline(
    lines: list[str], groups: Callable[[str], list[str]] | None = None
) -> tuple[tuple[str, ...], str]:
    """The people the first byline among ``lines`` names ("By Ann Lee and Bo Chen · May 2,
    2025"), and that line; no names when there is none, or it names only a desk or an
    organisation.

    With ``groups`` (the named groups an author string credits), a "By" line that names a
    group and no person gives that group ("By The Currency editors", "By News Desk").

    >>> first_byline(["Rain due", "By Ann Lee and Bo Chen · May 2, 2025"])[0]
    ('Ann Lee', 'Bo Chen')
    """
    for line in lines:
        names = parse_byline(line)
        if not names and groups is not None and len(line) <= patterns.BYLINE_MAX_CHARS:
            credited = _group_byline(line, groups)
            if credited:
                return credited, line
        if names is not None:
            return names, line
    return (), ""


# A "By <group>" line, read only when parse_byline finds no person on it. parse_byline(...,
# groups=True) reads the same credits on the text path; calling it here would change which
# header line wins (measure before switching).
_GROUP_BYLINE = regex.compile(
    r"^(?:" + "|".join(text_patterns.BYLINE_PREFIXES) + r")\s*:?\s+(?P<names>.+)$",
    regex.IGNORECASE,
)
_GROUP_BYLINE_END = regex.compile(r"\s+[|•·–—-]\s+|\s{2,}")


def _group_byline(line: str, groups: Callable[[str], list[str]]) -> tuple[str, ...]:
    """The groups a "By" line credits ("By Podium Staff | May 2, 2025": "Podium Staff");
    what follows a separator or a date is cut off first."""
    match = _GROUP_BYLINE.match(line.strip())
    if match is None:
        return ()
    names = _GROUP_BYLINE_END.split(match.group("names"), maxsplit=1)[0]
    dates = find_dates(names)
    if dates:
        names = names[: dates[0].start]
    return tuple(groups(names.strip()))


def labelled_names(
    lines: list[str],
    *,
    explicit: bool = True,
    groups: Callable[[str], list[str]] | None = None,
) -> tuple[tuple[str, ...], list[str]]:
    """The people named on the line under a byline label ("Written by:" / "Ann Lee", as a
    template prints them in two elements), and the lines read; nothing when no header line
    is such a label. With ``groups``, a named group on that line too ("By" / "The
    Meetingnotes Team").

    >>> labelled_names(["Rain due", "Written by:", "Ann Lee", "May 2, 2025"])[0]
    ('Ann Lee',)
    """
    for i, line in enumerate(lines):
        if len(line) > patterns.HEADER_LABEL_CHARS or not is_byline_label(line):
            continue
        for below in lines[i + 1 : i + 1 + patterns.HEADER_LABEL_TO_NAME]:
            if len(below) > patterns.BYLINE_MAX_CHARS:
                break
            names = parse_names(below, explicit=explicit)
            if not names and groups is not None:
                names = tuple(groups(below))
            if names:
                return names, [line, below]
    return (), []


def name_beside_date(lines: list[str]) -> tuple[str, str] | None:
    """The person named beside the date on a short header line ("Dec 19, 2025 · Niko
    Matsakis", "Bence Kovács 02-12-2025"), with its credentials, and that line.

    A clause saying whom the person writes for ("Niko Matsakis on behalf of the Docs team",
    :data:`~newsclean.html.patterns.ON_BEHALF_PHRASES`) is cut off first: the group is no
    part of the name.

    >>> name_beside_date(["Rain due", "Dec 19, 2025 · Niko Matsakis"])
    ('Niko Matsakis', 'Dec 19, 2025 · Niko Matsakis')
    >>> name_beside_date(["Dec 19, 2025 · Niko Matsakis on behalf of Docs group"])[0]
    'Niko Matsakis'
    """
    for line in lines:
        if len(line) > patterns.BYLINE_MAX_CHARS:
            continue
        text = _ON_BEHALF.sub(" ", line)
        dates = find_dates(text)
        if dates and (name := name_in_dated_line(text, dates)) is not None:
            named = with_credentials(name, text)
            # "Mental Health, DECEMBER 22": a month in capitals is no credential
            if any(
                (part.split() or [""])[0].casefold() in _MONTHS for part in named.split(",")[1:]
            ):
                named = name
            return named, line
    return None


def name_next_to_date(lines: list[str]) -> tuple[str, str] | None:
    """A person's name alone on the header line just before a short date line ("Bence
    Kovács" / "02-12-2025"), as templates print the byline and the dateline in two
    elements; and that line. Not the line after the date: on wcxb-dev articles that was
    a listing's or a review's heading as often as a name.

    >>> name_next_to_date(["Rain due", "Bence Kovács", "02-12-2025"])
    ('Bence Kovács', 'Bence Kovács')
    >>> name_next_to_date(["Rain due", "Top Stories", "02-12-2025"]) is None
    True
    """
    for i, line in enumerate(lines):
        if len(line) > patterns.HEADER_DATE_LINE_CHARS or not find_dates(line):
            continue
        near = lines[i - 1] if i else ""
        if not near or len(near) > patterns.HEADER_NAME_LINE_CHARS or find_dates(near):
            continue
        names = parse_names(near, explicit=False)
        if names and len(names) == 1 and names[0] == near.strip():
            return names[0], near
    return None

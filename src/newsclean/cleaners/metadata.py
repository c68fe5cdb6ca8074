"""``extract_metadata``: title, subtitle, description, byline, date and source.

Each value is read from the blocks around the main run of prose (see :mod:`newsclean.layout`)
and the blocks it was read from leave the body, recorded with the field they went to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import regex

from newsclean.blocks import Block, BlockKind
from newsclean.bylines import (
    AUTHOR_LINK,
    OPENING_BY,
    byline_candidates,
    capitals_name,
    host_spells,
    is_author_caption,
    is_byline_label,
    is_group_credit,
    is_handle,
    is_menu_entry,
    is_person_name,
    is_role_line,
    is_single_name,
    label_candidates,
    leading_name,
    name_in_dated_line,
    name_with_role,
    names_with_role,
    parse_byline,
    parse_names,
    with_credentials,
)
from newsclean.dates import (
    DateMatch,
    date_line_of,
    find_dates,
    is_day_line,
    is_published_label,
    is_updated_label,
    parse_date_line,
    take_original_date,
    url_date,
)
from newsclean.document import Document, InputFormat
from newsclean.evidence import Found
from newsclean.layout import (
    SLUG_MIN_WORDS,
    TITLE_AGREEMENT,
    Span,
    TitleChoice,
    find_title,
    main_run,
    slug_words,
    split_label_suffix,
    split_site_suffix,
    title_agreement,
    words_of,
)
from newsclean.matching import normal_form, texts_matching
from newsclean.patterns import metadata as patterns
from newsclean.patterns.dates import CARD_DATES_MIN, CARD_STEP_MAX, COMMENT_SAYS_WORDS
from newsclean.sources import (
    alnum_key,
    copyright_credit,
    copyright_holder,
    credit_name,
    dateline_tag,
    domain_site_suffix,
    place_dateline_source,
    registrable_domain,
    site_host,
    site_labels,
    title_site_suffix,
)
from newsclean.textstats import ends_sentence, is_headline_shaped, is_prose

NAME = "extract_metadata"

# Every date newsclean parses carries a four-digit year (newsclean.dates rejects two-digit
# years), so a line without one is not searched: most lines of a page are skipped cheaply.
# The years of ``(?:19|20)\d\d|[\u0660-\u0669\u06f0-\u06f9]{4}``, written to open with one
# character class: the standard library's engine then skips to the next 1, 2 or Arabic digit
# in C (five times as fast over a page; tests/test_fast_paths.py holds the two forms equal).
_YEAR = re.compile(
    r"[12\u0660-\u0669\u06f0-\u06f9]"
    r"(?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[\u0660-\u0669\u06f0-\u06f9])[\u0660-\u0669\u06f0-\u06f9]{3})"
)
_DIGIT = re.compile(r"\d")
_COLON = re.compile("[:：]")
_NAME_WORDS = re.compile(r"[^\W\d_]{2,}")
# A group credit's own words ("Team", "the"), which say nothing of whether a name is common.
_GROUP_CREDIT_WORDS = frozenset(
    (*patterns.GROUP_CREDIT_WORDS, *patterns.GROUP_CREDIT_JOINERS, *patterns.GROUP_CREDIT_GENERIC)
)
# A word of running text with its apostrophe ("I've", "j'ai"), to count the first person.
_PERSON_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_FIRST_PERSON_SINGULAR = frozenset(patterns.FIRST_PERSON_SINGULAR)
_FIRST_PERSON_PLURAL = frozenset(patterns.FIRST_PERSON_PLURAL)
_PERSONAL_PRONOUNS = frozenset(patterns.PERSONAL_PRONOUNS)
# Marks a masthead line may carry around the site's name ("Pierce Freeman//").
_MASTHEAD_MARKS = " /|•·-–—"
# "Sharon says", "Anna sagt:": a comment's header, over the comment's date.
_COMMENT_HEADER = regex.compile(
    r"\s(?:" + "|".join(COMMENT_SAYS_WORDS) + r")\s*:?\s*$", regex.IGNORECASE
)
# "by Jane Doe", "von Max Muster": a name credited in a sentence.
_CREDITED = regex.compile(
    r"(?<!\w)(?:" + "|".join(patterns.BYLINE_PREFIXES) + r")\s+\p{Lu}", regex.IGNORECASE
)

METADATA_LINE_MAX_CHARS = 160
"""Bylines and date lines are short; longer blocks are not searched for them (speed)..."""
LONG_LINE_DATE_HEAD = 60
"""...except the head of a long line that opens with "Posted on" and a date, followed by a
long list of categories or tags."""
NEAR_BODY = 4
"""Bylines and dates are looked for this many blocks before the title and after the body."""
HEAD_ZONE_BEFORE_BODY = 6
"""Without a title, datelines and author lines are looked for this many blocks above the body."""
HEAD_ZONE_INTO_BODY = 2
"""...and this many blocks into it (a dateline can open the run when it is long)."""
NAME_LINE_MAX_CHARS = 80
"""A name line ("Audrey Huang, Print Managing Editor") is short."""
AUTHOR_ZONE_AFTER_TITLE = 8
"""Author lines are looked for this many blocks under the title (most stand right there)..."""
AUTHOR_ZONE_BEFORE_TITLE = 3
"""...then this many above it."""
DATE_NEAR_NAME = 2
"""A bare name counts as the byline when a date line follows within this many blocks."""
INITIALS_MAX_CHARS = 3
"""An author card's initials badge ("YL") is at most this many letters."""
STANDFIRST_CREDIT_ZONE = 2
"""A byline glued after the standfirst is looked for in this many blocks under the title."""
OUTLET_MAX_WORDS = 3
"""An outlet's name printed after a reporter's ("USA TODAY") is at most this many words."""
CARD_BYLINE_GAP = 8
"""Two bylines this many blocks apart or fewer, above the title, are cards of a list
(a card is a title, a teaser, a byline and a date: four to six blocks)."""
LABEL_TO_NAME = 2
"""How far below a "Written by" label its name may stand."""
LABEL_MAX_CHARS = 40
"""A label line ("About the author", "Article written by:") is short; longer lines are not
tested for one (speed)."""
BARE_NAME_AFTER_TITLE = 3
"""A line that is only a person's name counts as the byline this close under the title, with
no date beside it ("Headline" / "Jane Doe" / "Senior Editor"): calibrated on wcxb-dev lines and
markdown, where 4 and more began to take names of people quoted in the first paragraphs."""
SINGLE_NAME_UNDER_TITLE = 2
"""A one-word name ("Mazi") counts only this close under the title, with a date right under it:
further down, one capitalised word over a date is a menu's or a tag's ("Motorcycle", "Updates";
wcxb-dev lines and markdown)."""
BARE_NAME_MAX_WORDS = 3
"""Without a date or a "By", a longer title-cased line is a heading sooner than a name."""
ROLE_LINE_MAX_CHARS = 60
"""A role or a "7 min read" line under a name is short."""
AUTHOR_BOX_BIO_WITHIN = 2
"""The bio under an author box's name line comes next, or after one short role line."""
DATE_BESIDE_HEADLINE = 2
"""A date line this many blocks or fewer from another copy of the headline dates it (the
headline, a byline, the date). On wcxb-dev lines and markdown, 3 changes no page."""
SLUG_AGREEMENT = 0.6
"""A headline holds this share of its URL slug's words or more ("types-of-mobile-apps" in
"What Are the Different Types of Mobile Apps?"): a slug drops words, never adds them. Only
slugs of ``SLUG_MIN_WORDS`` words or more count (as for ``find_title``): with two-word slugs,
wcxb-dev lines and markdown gained two spurious dates and no article. On wcxb-dev lines, 0.5
and 0.6 date the same articles, 0.75 loses one."""
DATE_RUN_MIN = 3
"""On HTML, this many date lines in a row are data (a table or list of dates), not datelines."""
DESCRIPTION_MIN_WORDS = 15
SUBTITLE_MAX_CHARS = 300


@dataclass
class _Found(Found):
    """Values found so far, plus the blocks they came from (removed once all are read)."""

    reasons: dict[int, str] = field(default_factory=dict)


def extract_metadata(doc: Document) -> Document:
    """Move title, subtitle, description, byline, date and source out of the body.

    Reasons in ``removed``: ``title``, ``title_repeat``, ``page_title``, ``subtitle``,
    ``description``, ``byline``, ``dateline``, ``source_credit``, ``dateline_tag`` (a leading
    "(AGENCY)" cut from the first paragraph) and ``masthead`` (a line that is only the outlet's
    name). Values already set (by an earlier step or the caller) are not overwritten.
    """
    blocks = doc.blocks
    found = _Found()
    # Names read from markdown links to author pages are a hint: a byline line overrules them.
    linked = doc.linked_authors
    for name in ("title", "byline", "authors", "date", "source"):
        if getattr(doc.metadata, name):
            found.values[name] = getattr(doc.metadata, name)
    run = main_run(blocks)
    texts = [b.text for b in blocks]
    # The blocks holding a year, found in one scan of the page: no other block holds a date.
    years = texts_matching(_YEAR, texts)
    # Every date in every short line, searched once; the steps below all read this.
    in_line = _dates_in_short_lines(blocks, years)
    # The lines that are only a date (with its labels and times), read once for every step.
    date_lines = {
        i: m
        for i, every in in_line.items()
        if (m := date_line_of(texts[i], every)) is not None
    }
    # A lower-case login ("by jsteinhardt") is read from text dumps only: the HTML path has
    # the markup's author fields, and its body blocks are too few to tell a login from a word
    # ("By using").
    text_dump = doc.format is not InputFormat.HTML
    # Only the few lines that can be bylines or labels are parsed (speed).
    bylines = {
        i: n
        for i in byline_candidates(texts)
        if len(texts[i]) <= METADATA_LINE_MAX_CHARS
        and (
            n := parse_byline(texts[i], groups=True, handles=text_dump, first_names=text_dump)
        )
        is not None
    }
    # Label lines ("Written by", "Author:"), which announce the names on the next line.
    labels = frozenset(
        i for i in label_candidates(texts, LABEL_MAX_CHARS) if is_byline_label(texts[i])
    )
    # The date lines that may date the article. On HTML the markup kept tables and lists
    # apart from the prose: a run of date lines there is a table of dated figures, which the
    # body keeps.
    dates = (
        {i: m for i, m in date_lines.items() if not _in_date_run(i, date_lines)}
        if doc.format is InputFormat.HTML
        else date_lines
    )
    # Short lines carrying a date ("Travel September 8, 2021", "Jane Doe • June 7, 2025"): the
    # headline stands above them.
    dated = {i for i, every in in_line.items() if every}  # every date line among them
    known_title = doc.metadata.title
    title_index = None
    if known_title:
        # The title is already known (from the page's markup, or the caller): the body block
        # that repeats it is the title; no layout guess is needed, and the subtitle and
        # description guesses, which lean on a guessed title's position, are not made.
        key = normal_form(known_title)
        title_index = next((i for i, b in enumerate(blocks) if b.normal == key), None)
        if title_index is not None:
            _take_title(
                blocks, TitleChoice(title_index, "known"), found, url=None, layout_guesses=False
            )
    elif run is not None:
        choice = find_title(
            blocks,
            run,
            skip=frozenset(dates)
            | frozenset(bylines)
            | frozenset(i for i in dated if name_in_dated_line(blocks[i].text, in_line[i])),
            # A label line ("By", "Written by") with the names under it is a byline too.
            meta=frozenset(dated) | frozenset(bylines) | labels,
            first_line_is_title=doc.format is not InputFormat.MARKDOWN,
            sole_level1_is_title=doc.format is InputFormat.MARKDOWN,
            url=doc.url,
        )
        if choice is not None:
            title_index = choice.index
            _take_title(blocks, choice, found, url=doc.url)
    near = _near_article(len(blocks), run, title_index)
    order = _author_order(len(blocks), run, title_index)
    if "byline" not in found.values and "authors" not in found.values:
        common = _CommonWords(blocks, _publisher_keys(doc.url, found), _outlet_key(doc.url))
        # "by default": a lower-case word the page also uses is no login; "by whova" on
        # whova.com names the publisher; "By Car and Train": one-word names the page also
        # writes in lower case are words, not first names.
        # "by Emily Baron Cadloff, Modern Farmer": the publisher after the names is no author.
        bylines = {
            i: tuple(n for n in names if len(names) == 1 or not common.is_publisher(n))
            for i, names in bylines.items()
        }
        bylines = {
            i: names
            for i, names in bylines.items()
            if not any(
                (is_handle(n) and (common.in_prose(n) or common.is_publisher(n)))
                or (len(names) > 1 and " " not in n and common.all_common(n))
                for n in names
            )
        }
        # "by Geoff Harris" / ... / "by Andy Westlake" above the headline: a list of related
        # posts' cards, each with its own byline; none of them credits the article.
        bylines = {i: n for i, n in bylines.items() if not _card_byline(i, bylines, title_index)}
        _take_author_line(
            blocks, bylines, labels, order, dated, in_line, found, common, title_index
        )
        _take_byline(blocks, bylines, near, title_index, found)
        if title_index is not None and "authors" not in found.values:
            _take_credit_after_standfirst(blocks, title_index, found)
        if run is not None and "authors" not in found.values:
            # The title guess can be wrong: the same author lines anywhere above the body.
            head = range(0, min(len(blocks), run.start + HEAD_ZONE_INTO_BODY))
            head_order = [i for i in head if i not in order]
            _take_author_line(
                blocks, bylines, labels, head_order, dated, in_line, found, common, title_index
            )
        if run is not None:
            _take_person_over_group(blocks, bylines, run, found)
        if title_index is not None and "authors" not in found.values:
            _take_name_under_title(blocks, title_index, common, found)
        if run is not None and "authors" not in found.values:
            zone = range(run.start, len(blocks))
            _take_author_label_after(blocks, labels, zone, common, found)
        if run is not None and "authors" not in found.values:
            _take_author_box(blocks, run, common, found)
        if linked:
            _take_linked_authors(blocks, linked, common, found)
        if doc.url and "authors" not in found.values:
            _take_site_owner(doc, title_index, common, found)
        _trim_to_printed_name(blocks, found)
    # The dates of related items' cards and of comments date other texts: never the article.
    others = _other_texts_dates(blocks, in_line, date_lines)
    dating = {i: [] if i in others else every for i, every in in_line.items()}
    if doc.url and "date" not in found.values:
        _take_url_date(doc.url, dating, found)
    if "date" not in found.values:
        _take_date_near_title(blocks, order + _repeat_order(blocks, order, found), dating, found)
    if "date" not in found.values:
        _take_byline_date(dating, found)
    if "date" not in found.values:
        _take_byline_date(dating, found, updated=True)
    if text_dump and "date" not in found.values:
        # The first line of a plain-text dump is the page's <title>, not a printed headline:
        # the line under it is the top of the page, not a dateline.
        copies = range(1 if doc.format is InputFormat.TEXT else 0, len(blocks))
        _take_date_beside_headline(blocks, copies, date_lines, others, doc.url, title_index, found)
    _take_date(dates, near, title_index, found, others)
    if "date" not in found.values:
        _take_published_line(blocks, dating, found)
    if run is not None:
        head = _head_zone(len(blocks), run, title_index)
        if "date" not in found.values:
            _take_date_in_line(blocks, head, dating, found)
        if "date" not in found.values:
            tail = range(run.end + 1, min(len(blocks), run.end + 1 + NEAR_BODY))
            _take_date_in_line(blocks, tail, dating, found)
        if text_dump and "date" not in found.values:
            _take_meta_line_in_body(blocks, run, dating, found)
    if not doc.metadata.date:
        # "Originally published on 26 Sep 2019" (the HTML path's reading; the statement stays
        # in the body, a sentence of the article's note): only blocks with a year hold a date.
        take_original_date([texts[i] for i in years], found)
    tag_edit = _take_source(doc, run, found)
    if doc.url:
        found.set("source", site_host(doc.url), "url_domain")
    if isinstance(found.values.get("source"), str):
        masthead = normal_form(str(found.values["source"]))
        for i, b in enumerate(blocks):
            if i not in found.reasons and b.normal == masthead:
                found.reasons[i] = "masthead"
    if tag_edit is not None:
        index, span = tag_edit
        doc = doc.replace_text(
            index,
            blocks[index].text[len(span) :],
            cleaner=NAME,
            reason="dateline_tag",
            removed_span=span.strip(),
        )
    fields = {k: v for k, v in found.values.items() if getattr(doc.metadata, k) != v}
    if "authors" in fields:
        fields["authors"] = tuple(fields["authors"])
    doc = doc.with_metadata(
        evidence={k: found.evidence[k] for k in fields if k in found.evidence}, **fields
    )
    return doc.drop(found.reasons, cleaner=NAME)


def _dates_in_short_lines(
    blocks: Sequence[Block], years: Sequence[int]
) -> dict[int, list[DateMatch]]:
    """``find_dates`` of every block short enough to be a metadata line and holding a year
    (``years``: the indices of the blocks holding one, in order), by block index (in order);
    other blocks are left out, as they hold no date to find.

    A numeric date such as "8/1/2025" reads either way: the page's own other numeric dates
    decide ("8/27/2025" can only be month first), else day first (see ``find_dates``). A
    date under a line that only says "Last update:" dates an update, like "Updated …"."""
    # Short lines with a year once their addresses are blanked out, and long lines with a year
    # in their head: all among the blocks holding a year.
    lines: dict[int, str] = {}
    heads: set[int] = set()
    for i in years:
        text = blocks[i].text
        if len(text) > METADATA_LINE_MAX_CHARS:
            text = text[:LONG_LINE_DATE_HEAD]
            heads.add(i)
        else:
            text = _mask_addresses(text)
        if _YEAR.search(text) is not None:
            lines[i] = text
    dayfirst = _page_dayfirst(text for i, text in lines.items() if i not in heads)
    found: dict[int, list[DateMatch]] = {}
    for i, text in lines.items():
        every = find_dates(text, dayfirst=dayfirst)
        # A long line that opens with its publication date ("Posted on November 25, 2024 in
        # College of Health Sciences, General, Healthcare, …"): its head only.
        if i not in heads or (every and every[0].role == "published"):
            found[i] = every
    if dayfirst is False:
        found = {i: [_dotted_month_first(blocks[i].text, m) for m in e] for i, e in found.items()}
    for i, every in found.items():
        if every and i > 0 and is_updated_label(blocks[i - 1].text):
            found[i] = [replace(m, role="updated") if m.role == "unknown" else m for m in every]
    return found


# A web address, bare or as a markdown link's or image's target: "2022-08-04" in an image's
# file name dates the picture, if anything.
_ADDRESS = re.compile(r"https?://[^\s)\]]+|(?<=\]\()[^)\s]+(?=\))")


def _mask_addresses(text: str) -> str:
    """``text`` with every web address in it blanked out character for character (so that
    positions in it are positions in ``text``). An address holds "://" or follows "](": a
    text with neither is returned as it is, unsearched (speed)."""
    if "://" not in text and "](" not in text:
        return text
    return _ADDRESS.sub(lambda m: " " * len(m.group()), text)


# "8/27/2025", "27.08.2025": a numeric date whose order one number above 12 settles.
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d\d(?!\d)")


_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:19|20)\d\d(?!\d)")


def _dotted_month_first(text: str, match: DateMatch) -> DateMatch:
    """``match`` read month first when it is a dotted date that reads both ways: ``find_dates``
    reads "09.10.2024" day first whatever it is told (the German and Russian convention), but
    on a page whose numeric dates are month first ("11.24.2025") it is September 10."""
    dotted = _DOTTED_DATE.search(text, match.start, match.end)
    if dotted is None:
        return match
    month, day = int(dotted.group(1)), int(dotted.group(2))
    if month > 12 or day > 12:
        return match
    return replace(match, value=match.value.replace(month=month, day=day))


def _page_dayfirst(lines: Iterable[str]) -> bool | None:
    """``False`` when the page's numeric dates that can only be read one way are month first
    more often than day first; otherwise ``None`` (the default, day first)."""
    month_first = day_first = 0
    for text in lines:
        for first, _sep, second in _NUMERIC_DATE.findall(text):
            if int(first) > 12 >= int(second):
                day_first += 1
            elif int(second) > 12 >= int(first):
                month_first += 1
    return False if month_first > day_first else None


def _in_date_run(index: int, dates: dict[int, DateMatch]) -> bool:
    """True when ``index`` is one of at least :data:`DATE_RUN_MIN` consecutive date lines."""
    start = end = index
    while start - 1 in dates:
        start -= 1
    while end + 1 in dates:
        end += 1
    return end - start + 1 >= DATE_RUN_MIN


def _near_article(count: int, run: Span | None, title_index: int | None) -> range | set[int]:
    if run is None:
        return range(count)
    head = run.start if title_index is None else min(title_index, run.start)
    before = range(max(0, head - NEAR_BODY), run.end + 1)
    after = range(run.end + 1, min(count, run.end + 1 + NEAR_BODY))
    return set(before) | set(after)


def _take_title(
    blocks: Sequence[Block],
    choice: TitleChoice,
    found: _Found,
    *,
    url: str | None,
    layout_guesses: bool = True,
) -> None:
    index = choice.index
    title = blocks[index].text
    uncut = ""  # the heading as printed, when a label was cut from it for the title
    if choice.evidence == "page_title":
        title, site = split_site_suffix(title) or (title, "")
        found.set("source", site, "page_title_suffix")
        found.reasons[index] = "page_title"
    else:
        found.reasons[index] = "title"
        if (split := domain_site_suffix(title, url)) is not None:
            title = split[0]  # "Headline | Newegg.com" on newegg.com: the heading was the <title>
            found.set("source", split[1], "page_title_suffix")
        while choice.evidence != "known" and (labelled := split_label_suffix(title)) is not None:
            uncut, title = blocks[index].text, labelled[0]  # "Headline | Opinion": a label
    found.set("title", title, choice.evidence)
    key = normal_form(title)
    # Other copies of a labelled heading print the label too ("Headline | Opinion | Site").
    keys = {key, normal_form(uncut)} if uncut else {key}
    for i, b in enumerate(blocks):
        if i == index:
            continue
        if b.normal in keys:
            found.reasons[i] = "title_repeat"
            continue
        suffix = title_site_suffix(b.text, uncut) if uncut else None
        if (suffix := suffix or title_site_suffix(b.text, title)) is not None:
            found.reasons[i] = "page_title"
            found.set("source", suffix, "page_title_suffix")
    if not layout_guesses:
        return
    # Description: a summary paragraph printed above the title (not a byline, "Posted on
    # December 20, 2025 by Jane Doe - 5 Comments on Headline", as long as a sentence).
    before = [i for i in range(index - 1, max(-1, index - 3), -1) if i not in found.reasons]
    if (
        before
        and is_prose(blocks[before[0]])
        and blocks[before[0]].words >= DESCRIPTION_MIN_WORDS
        and parse_byline(blocks[before[0]].text) is None
    ):
        found.set("description", blocks[before[0]].text, "prose_above_title")
        found.reasons[before[0]] = "description"
    # Subtitle: a one-sentence standfirst under a marked title, unlike the body that follows.
    after = [i for i in range(index + 1, min(len(blocks), index + 4)) if i not in found.reasons]
    if blocks[index].marked_heading and len(after) >= 2:
        first, second = blocks[after[0]], blocks[after[1]]
        if _is_standfirst(first, second):
            found.set("subtitle", first.text, "standfirst_under_title")
            found.reasons[after[0]] = "subtitle"


def _is_standfirst(candidate: Block, following: Block) -> bool:
    if parse_byline(candidate.text) is not None:
        return False  # "Posted by Jane Doe on Friday …" reads as one sentence, too
    if parse_date_line(candidate.text) is not None:
        return False  # "## March 12, 2024" under the title is its date, not a subtitle
    if candidate.marked_heading:
        return is_headline_shaped(candidate) and candidate.heading_level >= 2
    return (
        len(candidate.text) <= SUBTITLE_MAX_CHARS
        and ends_sentence(candidate.text)
        and _sentences(candidate.text) == 1
        and is_prose(following)
        and _sentences(following.text) >= 2
    )


def _sentences(text: str) -> int:
    return max(
        1, sum(1 for part in text.replace("!", ".").replace("?", ".").split(". ") if part.strip())
    )


def _author_order(count: int, run: Span | None, title_index: int | None) -> list[int]:
    """Where author lines are looked for, nearest first: under the title, then above it, then
    the head of the body."""
    order: list[int] = []
    if title_index is not None:
        order += range(title_index + 1, min(count, title_index + 1 + AUTHOR_ZONE_AFTER_TITLE))
        order += range(title_index - 1, max(-1, title_index - 1 - AUTHOR_ZONE_BEFORE_TITLE), -1)
    if run is not None:
        order += [i for i in _head_zone(count, run, None) if i not in order]
    return order


def _card_byline(
    index: int, bylines: dict[int, tuple[str, ...]], title_index: int | None
) -> bool:
    """True when the byline at ``index`` stands above the title in a list of cards: another
    byline stands ``CARD_BYLINE_GAP`` blocks or fewer from it (but not right next to it,
    where one credit is split over two lines), with no title between them. An article's
    own byline stands alone in its header; cards of related posts repeat one at a stride."""
    if title_index is None or index > title_index:
        return False
    return any(
        2 <= abs(j - index) <= CARD_BYLINE_GAP and j < title_index for j in bylines if j != index
    )


def _take_author_line(
    blocks: Sequence[Block],
    bylines: dict[int, tuple[str, ...]],
    labels: frozenset[int],
    order: Sequence[int],
    dated: set[int],
    in_line: dict[int, list[DateMatch]],
    found: _Found,
    common: _CommonWords,
    title_index: int | None,
) -> None:
    """The first author line near the title: a byline ("By Jane Doe"), a label with the names
    under it ("Written by" / "Jane Doe"), a bare name with a date beside or under it
    ("Jane Doe" / "June 7, 2025"; "Jane Doe, Reporter June 7, 2025").

    A name whose every word the page also writes in lower case ("Mental Health", "Event
    Planning") is a section or tag, not a person: people's names are not common words.

    An explicit byline or label in the zone wins over a bare name nearer the title: a bare
    name can be a film's or a product's title ("Night Nurse" over "by Natalia Keogan")."""
    for i in order:
        if i in found.reasons:
            continue
        text = blocks[i].text
        if i in bylines:
            _set_authors(found, text, bylines[i], "byline_line", [i])
            return
        if i in labels:
            for j, names in _names_under_label(blocks, i, found, explicit=True):
                _set_authors(found, blocks[j].text, names, "byline_label", [i, j])
                return
    headlines = _headlines(found, title_index)
    for i in order:
        if i in found.reasons or i in bylines or i in labels:
            continue
        text = blocks[i].text
        # A heading is never a name line (a section heading, "Key Takeaways", has that shape)
        # but for a small one that is only a name right under the title (markdown).
        if (
            len(text) > NAME_LINE_MAX_CHARS
            or is_prose(blocks[i])
            or (blocks[i].kind is BlockKind.HEADING and not _name_heading(blocks, i, headlines))
        ):
            continue
        here = in_line.get(i, [])
        near_date = bool(here) or any(k in dated for k in range(i + 1, i + 1 + DATE_NEAR_NAME))
        near_title = (
            title_index is not None
            and -AUTHOR_ZONE_BEFORE_TITLE <= i - title_index <= AUTHOR_ZONE_AFTER_TITLE
            and i != title_index
            and i + 1 < len(blocks)
        )
        # One name word under the title's other copy, over a date without its year.
        under_headline = i + 1 < len(blocks) and any(
            0 < i - h <= SINGLE_NAME_UNDER_TITLE for h in headlines
        )
        if title_index is not None and i > title_index:
            # "Brian Truitt USA TODAY": a person's name with the outlet after it, under the title.
            outlet_name = _name_before_outlet(text, common)
            if outlet_name is not None:
                _set_authors(found, text, (outlet_name,), "name_with_outlet", [i])
                return
            # "Manoj Jain and Jagpreet Chhatwal | Guest Columnists": names over their job.
            shared = names_with_role(text)
            if shared is not None and not any(common.all_common(n) for n in shared):
                _set_authors(found, text, shared, "names_with_role", [i])
                return
        if not near_date and not near_title and not under_headline:
            continue  # no name found here could be taken: the line is not parsed (speed)
        if (
            not here
            and i + 1 in dated
            and (listed := parse_names(text, explicit=False, groups=True))
            and len(listed) > 1
            # "EA Play & Apex Legends": an acronym names a product or a firm, not a person
            and not any(len(w.rstrip(".")) > 1 and w.isupper() for n in listed for w in n.split())
            and not any(common.all_common(n) for n in listed)
        ):
            # "Naftali Tishby, Fernando C. Pereira, William Bialek" / "24 Apr 2000": a list
            # of names over a date line names every author.
            _set_authors(found, text, listed, "name_beside_date", [i])
            return
        name = (
            name_in_dated_line(text, here, groups=True)
            if here
            else name_with_role(text, groups=True)
        )
        # "Susan December 9, 2024 0 Comments": the one word before the line's date.
        lone = text[: here[0].start].strip(_MASTHEAD_MARKS + ",") if here else text
        if (
            name is None
            and title_index is not None
            and under_headline
            and (bool(here) or i + 1 in dated or is_day_line(blocks[i + 1].text))
            and is_single_name(lone)
            and not common.is_publisher(lone)
            # "Headline about Ethereum" / "Ethereum": the topic's tag, not a name
            and lone.strip().casefold() not in blocks[title_index].text.casefold().split()
        ):
            # "Headline" / "Mazi" / "December 19, 2025": one name word right under the
            # title (or the page's other copy of it), a date on the very next line ("Gabo" /
            # "Jan 23": a date without its year says as much of the line above), or on the
            # same line after it.
            name = lone.strip()
            near_date = True
        if name is None and not here and i + 1 in dated and title_index is not None:
            # "LEONARDO GARCIA" / "Sep 26, 2022": a name set in capitals, a date right under.
            name = capitals_name(text)
        if name is None:
            continue
        if near_date and not common.all_common(name):
            _set_authors(found, text, (with_credentials(name, text),), "name_beside_date", [i])
            return
        if (
            near_title
            # above the title, menus stand: "Testimonials" / "Financing Options" / "Speak to
            # an Advisor" is no name over a job
            and (
                title_index is None
                or i > title_index
                or i == 0
                or not is_menu_entry(blocks[i - 1].text)
            )
            and name == text.strip()
            and len(name.split()) > 1
            and not is_role_line(name)
            and not is_prose(blocks[i + 1])
            and is_role_line(blocks[i + 1].text)
            and not common.all_common(name)
        ):
            # "Chris Pardo" / "Vice President of Consulting": a name with its job under it
            # (under the title, or over it: "Rachel MacDonald" / "Writer" / "Headline").
            _set_authors(found, text, (name,), "name_over_role", [i])
            return


def _name_before_outlet(text: str, common: _CommonWords) -> str | None:
    """The person's name in a line that is only that name and the publisher's ("Brian Truitt
    USA TODAY" on usatoday.com): news sites print their reporters so, the outlet standing
    where a role would. The name is 2 or 3 words the page does not write in lower case."""
    words = text.split()
    for size in range(1, min(OUTLET_MAX_WORDS, len(words) - 2) + 1):
        head = " ".join(words[:-size])
        if (
            common.is_outlet(" ".join(words[-size:]))
            and len(words) - size <= 3
            and not is_byline_label(head)
            and is_person_name(head)
            and not common.all_common(head)
        ):
            return head
    return None


def _name_heading(blocks: Sequence[Block], index: int, headlines: Sequence[int]) -> bool:
    """True when block ``index`` is a small heading (level 3 or deeper) that is only a name,
    right under the title or its other copy (``BARE_NAME_AFTER_TITLE`` blocks): markdown pages
    print the author's name so ("### Craig McCarthy" / "Last updated on 17 December 2025").
    Further down, such a heading is a section's ("### Today's Hours" / "March 14, 2026"), and
    one with a date in it a comment's ("#### Jane Doe 4/15/2021 at 3:29am")."""
    block = blocks[index]
    return (
        block.heading_level >= 3
        and any(0 < index - h <= BARE_NAME_AFTER_TITLE for h in headlines)
        and name_with_role(block.text) == block.text.strip()
    )


def _headlines(found: _Found, title_index: int | None) -> list[int]:
    """The title's block and the blocks that repeat it (a dump's first line is the page's
    ``<title>``; the headline over the article repeats it), in page order."""
    if title_index is None:
        return []
    repeats = [i for i, reason in found.reasons.items() if reason == "title_repeat"]
    return sorted({title_index, *repeats})


def _take_name_under_title(
    blocks: Sequence[Block], title_index: int, common: _CommonWords, found: _Found
) -> None:
    """A line that is only a person's name, just under the title, with no date beside it:
    "Headline" / "Jane Doe" / "Trending Editor". Menus are full of such title-cased pairs of
    words, so the line under the name must look like what follows a byline: a role
    ("Content Editor"), a short line with a number in it ("7 min read", "Jun 9"), or the
    body's first paragraph; and the line above, unless it is the title, must not be a menu
    entry. Only the first name-shaped line is tried. The lines under the page's other
    copies of the title are tried too, in page order ("Headline" / "Dr. Allen" / "Jan 4" under
    the headline, the dump's first line being the page's ``<title>``)."""
    for headline in _headlines(found, title_index):
        _take_name_under(blocks, headline, common, found)
        if "authors" in found.values:
            return


def _take_name_under(
    blocks: Sequence[Block], title_index: int, common: _CommonWords, found: _Found
) -> None:
    end = min(len(blocks) - 1, title_index + 1 + BARE_NAME_AFTER_TITLE)
    for i in range(title_index + 1, end):
        block = blocks[i]
        if i in found.reasons or block.kind is BlockKind.HEADING or is_prose(block):
            continue
        if len(block.text) > NAME_LINE_MAX_CHARS:
            continue
        name = name_with_role(block.text, groups=True)
        if name is None:
            continue
        if name != block.text.strip() and not is_role_line(block.text):
            return  # "Nonessential Thoughts, Technology": a category line, not "Name, Role"
        if len(name.split()) > BARE_NAME_MAX_WORDS or is_role_line(name):
            return  # "School Psychologist" over "Vice President": jobs, no name
        if common.all_common(name) or (i - 1 != title_index and is_menu_entry(blocks[i - 1].text)):
            return
        following = blocks[i + 1]
        if (
            is_role_line(following.text)
            or is_prose(following)
            or (len(following.text) <= ROLE_LINE_MAX_CHARS and _DIGIT.search(following.text))
        ):
            _set_authors(found, block.text, (name,), "name_under_title", [i])
        return


class _CommonWords:
    """Whether the page writes a name's words in lower case, read from the page on first use;
    and whether a name is only the publisher's (``publisher``: see :func:`_publisher_keys`)."""

    def __init__(
        self, blocks: Sequence[Block], publisher: frozenset[str] = frozenset(), outlet: str = ""
    ) -> None:
        self._blocks = blocks
        self._publisher = publisher
        self._outlet = outlet
        self._text: str | None = None
        self._prose: str | None = None

    def all_common(self, name: str) -> bool:
        """True when every word of ``name`` also stands in lower case somewhere on the page."""
        if self._text is None:
            self._text = "\n".join(b.text for b in self._blocks)
        # A group credit's own words ("Team", "the") say nothing: "Marketing Team" is common
        # only when "marketing" is.
        words = [
            w
            for w in (w.casefold() for w in _NAME_WORDS.findall(name))
            if w not in _GROUP_CREDIT_WORDS
        ]
        return bool(words) and all(w != w.upper() and _stands_alone(self._text, w) for w in words)

    def is_publisher(self, name: str) -> bool:
        """True when ``name`` is the publisher's bare name ("Supermove" on supermove.io, the
        "| AppAddict" of the page's title): never an author."""
        return alnum_key(name) in self._publisher

    def is_outlet(self, name: str) -> bool:
        """True when ``name`` spells the main label of the URL's host ("USA TODAY" on
        usatoday.com; not a subdomain's, "Health" of health.ucdavis.edu)."""
        return bool(self._outlet) and alnum_key(name) == self._outlet

    def in_prose(self, word: str) -> bool:
        """True when ``word`` stands as written in the page's running text: a login printed
        in a byline ("by whova") is not a word the page uses ("by default")."""
        if self._prose is None:
            self._prose = "\n".join(b.text for b in self._blocks if is_prose(b))
        return _stands_alone(self._prose, word)


def _stands_alone(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word, not inside a longer word, a URL or an email
    address ("illinois.edu" does not write "Illinois" in lower case). ``str.find`` first: the
    text is long and most names are not in it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end : end + 2]
        if not (before.isalnum() or before in "_./@-") and not (
            after[:1].isalnum() or after[:1] in "_/@" or (after[:1] == "." and after[1:2].isalnum())
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _publisher_keys(url: str | None, found: _Found) -> frozenset[str]:
    """The publisher's names as letters and digits: the labels of the URL's host but the last
    ("supermove" of supermove.io) and the site name read so far (the title's " | Site")."""
    keys: set[str] = set()
    if url and (host := site_host(url)):
        keys.update(site_labels(host))
    source = found.values.get("source")
    if isinstance(source, str):
        keys.add(alnum_key(source))
    keys.discard("")
    return frozenset(keys)


def _outlet_key(url: str | None) -> str:
    """The main label of the URL's host, as :func:`alnum_key`: its registrable domain's
    label before the public suffix ("usatoday" of www.usatoday.com, "bbc" of news.bbc.co.uk,
    "owain" of owain.bearblog.dev), or "" (no URL, or a host the suffix list does not know)."""
    domain = registrable_domain(url) if url else None
    if not domain or "." not in domain:
        return ""
    return alnum_key(domain.split(".", 1)[0])


def _take_author_label_after(
    blocks: Sequence[Block],
    labels: frozenset[int],
    zone: range,
    common: _CommonWords,
    found: _Found,
) -> None:
    """Failing an author line at the head, a label with the name under it further down: the
    author box after the body ("Written by" / "Jane Doe", "About the author" / "Jane Doe")."""
    for i in sorted(i for i in labels if i in zone):
        if i in found.reasons:
            continue
        # Far from the title a lone word ("CP") is too weak: full names only.
        for j, names in _names_under_label(blocks, i, found, explicit=False):
            if not any(common.all_common(n) for n in names):
                more, taken = _more_box_names(blocks, j, common, found)
                _set_authors(
                    found, blocks[j].text, names + more, "byline_label_after_body", [i, j, *taken]
                )
                return
        # "Nawaz Dhandala" / "Author": the caption under the name in an author box.
        above = i - 1
        if above < 0 or above in found.reasons or not is_author_caption(blocks[i].text):
            continue
        name = name_with_role(blocks[above].text)
        if (
            name is not None
            and name == blocks[above].text.strip()
            and len(name.split()) <= BARE_NAME_MAX_WORDS
            and not common.all_common(name)
        ):
            _set_authors(found, blocks[above].text, (name,), "name_over_caption", [above, i])
            return


def _more_box_names(
    blocks: Sequence[Block], first: int, common: _CommonWords, found: _Found
) -> tuple[tuple[str, ...], list[int]]:
    """The co-authors listed after the first name of a labelled author box, each a card of
    its own: the name's job line, then (after an initials badge, "YL", at most) the next
    name with its job under it ("Author" / "Chengcheng Pei" / "Staff Software Engineer" /
    "YL" / "Yuan Lin" / "Director of Engineering"). The names' lines are returned too."""
    names: list[str] = []
    lines: list[int] = []
    at = first
    while at + 2 < len(blocks) and is_role_line(blocks[at + 1].text):
        nxt = at + 2
        if len(blocks[nxt].text) <= INITIALS_MAX_CHARS and blocks[nxt].text.isupper():
            nxt += 1  # the next card's initials badge
        if nxt + 1 >= len(blocks) or nxt in found.reasons:
            break
        text = blocks[nxt].text.strip()
        name = name_with_role(text)
        if (
            name is None
            or name != text
            or common.all_common(name)
            or not is_role_line(blocks[nxt + 1].text)
        ):
            break
        names.append(name)
        lines.append(nxt)
        at = nxt
    return tuple(names), lines


def _take_author_box(
    blocks: Sequence[Block], run: Span, common: _CommonWords, found: _Found
) -> None:
    """Failing every other author line, the author box, without a label: a line that is
    only a person's name, and under it (at most one short role line between) a paragraph
    about that person that starts with their name ("Lauren Vetter" / "Lauren Vetter is a
    growth-focused marketer…", "Joaquin Fernandez" / "Joaquin is a market analyst…").
    After the body, the first such box names the author. Inside the body, list items have
    that shape too ("Apache Spark" / "Apache Spark is an engine…"; tried on wcxb-dev, 12
    false names for 4 true), so a box there counts only when it is the body's only one and
    its paragraph speaks of a person ("he", "she", "his", …; "Apache Spark is …" says "it"):
    a page lists several people or products, and has one author box (the body's run can end
    with the bio, a paragraph like the others)."""
    inside: list[tuple[int, str, str]] = []  # the boxes inside the body: index, name, bio
    for i in range(run.start, len(blocks)):
        block = blocks[i]
        if i in found.reasons or len(block.text) > NAME_LINE_MAX_CHARS or is_prose(block):
            continue
        # The paragraph under the line is found first: most short lines have none, and
        # then the line is not read for a name (speed).
        bio = _bio_under(blocks, i)
        if bio is None or not _opens_alike(bio.text, block.text):
            continue
        name = name_with_role(block.text)
        if name is None or len(name.split()) > BARE_NAME_MAX_WORDS or common.all_common(name):
            continue
        if _is_bio(bio.text, name):
            if i > run.end:
                _set_authors(found, block.text, (name,), "author_box", [i])
                return
            inside.append((i, name, bio.text))
    if len({name for _, name, _ in inside}) == 1 and _speaks_of_a_person(inside[-1][2]):
        i, name, _bio = inside[-1]
        _set_authors(found, blocks[i].text, (name,), "author_box", [i])


def _take_linked_authors(
    blocks: Sequence[Block], linked: Sequence[str], common: _CommonWords, found: _Found
) -> None:
    """The people a markdown page links to as authors (see :func:`newsclean.bylines.
    author_links`), when its lines named nobody; or, when the byline line read one name with
    more words after it ("Harsh Vaibhav Global Commons", "Celeste Longacre Gardener"), the
    linked name it starts with. A name the page also writes in lower case, or the
    publisher's, is no person. The short line that prints the first name is the byline."""
    names = [n for n in linked if not common.all_common(n) and not common.is_publisher(n)]
    if not names:
        return
    taken = found.values.get("authors")
    if taken:
        if len(taken) == 1 and len(names) == 1 and str(taken[0]).startswith(names[0] + " "):
            found.values["authors"] = [names[0]]
            found.evidence["authors"] = AUTHOR_LINK
        return
    lines = [
        i
        for i, b in enumerate(blocks)
        if i not in found.reasons
        and len(b.text) <= NAME_LINE_MAX_CHARS
        and not is_prose(b)
        and OPENING_BY.sub("", b.text.strip()).startswith(names[0])
    ]
    byline = blocks[lines[0]].text if lines else ", ".join(names)
    _set_authors(found, byline, names, AUTHOR_LINK, lines[:1])


def _trim_to_printed_name(blocks: Sequence[Block], found: _Found) -> None:
    """When the byline gave one name of 3 words or more and the page prints a line that is
    only its first words ("by Harsh Vaibhav Global Commons May 2nd 2025" and, in the author
    box, "Harsh Vaibhav"; "Written By: Celeste Longacre Gardener & Astrologer" and "Celeste
    Longacre"), the name is those words: what followed them on the byline was a section or
    a job printed without a separator."""
    taken = found.values.get("authors")
    if not taken or len(taken) != 1 or len(words := str(taken[0]).split()) < 3:
        return
    if is_group_credit(str(taken[0])):
        return  # "The Currency editors" is no "The Currency" (the masthead) with a job
    shorter = {" ".join(words[:size]) for size in range(2, len(words))}
    for block in blocks:
        line = block.text.strip()
        if line in shorter and name_with_role(line) == line:
            found.values["authors"] = [line]
            return


def _take_site_owner(
    doc: Document, title_index: int | None, common: _CommonWords, found: _Found
) -> None:
    """Failing every byline, the owner of a personal site: a person's name that the site
    goes by (the title's " | Site", a line above the title that is only the name, a
    copyright notice's holder), that the URL's host spells ("© 2025 Toby Hede" on
    tobyhede.com, "Go ahead, self-host Postgres | Pierce Freeman" on pierce.dev), on a page
    whose prose speaks in the first person singular. Each is needed: site names such as
    "Jiffy Lube" on jiffylube.com are shaped like a person's name and spelled by the host,
    but a firm writes "we", not "I". Trade words after the name that the page writes in lower
    case are cut ("Myles Katherine Photography"), and no word of the name may be one the page
    writes in lower case ("Bread Dad"). No block is removed: the name stood in the site's
    furniture."""
    host = site_host(doc.url) if doc.url else None
    if not host:
        return
    labels = site_labels(host)
    blocks = doc.blocks
    named: list[str] = []
    if found.evidence.get("source") == "page_title_suffix":
        named.append(str(found.values["source"]))
    for block in blocks[: title_index or 0]:
        line = block.text.strip(_MASTHEAD_MARKS)
        # 2 or 3 words, one space apart (counted first: most lines are menus, for speed)
        if (
            1 <= line.count(" ") <= 2
            and len(line) <= NAME_LINE_MAX_CHARS
            and leading_name(line) == line
        ):
            named.append(line)
    copyrights = [r.text for r in doc.removed if r.reason == "copyright_notice"]
    named += [h for text in copyrights if (h := copyright_credit(text)) is not None]
    for text in named:
        name = leading_name(text)
        if name is None:
            continue
        words = name.split()
        while len(words) > 2 and common.all_common(words[-1]):
            words.pop()
        name = " ".join(words)
        if not host_spells(name, labels) or any(common.all_common(w) for w in words):
            continue
        if _speaks_alone(blocks):
            _set_authors(found, name, (name,), "site_owner", [])
        return


def _speaks_alone(blocks: Sequence[Block]) -> bool:
    """True when the page's prose speaks in the first person singular: words such as "I",
    "my", "ich", "je" (see ``patterns.FIRST_PERSON_SINGULAR``) make at least
    ``SITE_OWNER_FIRST_PERSON_PER_1000`` of every 1000 words (and at least
    ``SITE_OWNER_MIN_FIRST_PERSON`` words), and outnumber "we", "our", "wir", "nous"."""
    alone = together = total = 0
    for block in blocks:
        if not is_prose(block):
            continue
        for word in _person_words(block.text):
            key = word.casefold()
            total += 1
            alone += key in _FIRST_PERSON_SINGULAR
            together += key in _FIRST_PERSON_PLURAL
    return (
        alone >= patterns.SITE_OWNER_MIN_FIRST_PERSON
        and alone * 1000 >= total * patterns.SITE_OWNER_FIRST_PERSON_PER_1000
        and alone > together
    )


def _speaks_of_a_person(text: str) -> bool:
    """True when ``text`` holds a pronoun of the third person singular: "he", "her", "er",
    "elle" (see ``patterns.PERSONAL_PRONOUNS``); a paragraph about a product or a place says
    "it"."""
    return any(w.casefold() in _PERSONAL_PRONOUNS for w in _person_words(text))


def _person_words(text: str) -> list[str]:
    """The words of ``text`` with their apostrophe ("I've", "j'ai"; a curly one read as
    straight), as the pronoun lists spell them."""
    return _PERSON_WORD.findall(text.replace("’", "'"))


def _bio_under(blocks: Sequence[Block], index: int) -> Block | None:
    """The paragraph right under ``index``, or after one short line: where an author box
    prints the bio under its name line."""
    for j in range(index + 1, min(len(blocks), index + 1 + AUTHOR_BOX_BIO_WITHIN)):
        below = blocks[j]
        if is_prose(below):
            return below
        if len(below.text) > ROLE_LINE_MAX_CHARS:
            return None
    return None


def _opens_alike(bio: str, line: str) -> bool:
    """The bio's first word is the line's (as printed, or less a possessive "'s"): what
    :func:`_is_bio` asks of a name read from the line, which opens with that word. Checked
    before the line is read for a name: most lines over a paragraph are none (speed)."""
    bio_words = bio.split(maxsplit=1)
    line_words = line.split(maxsplit=1)
    if not bio_words or not line_words:
        return False
    first = bio_words[0]
    return line_words[0] in (first, first.removesuffix("’s").removesuffix("'s"))


def _is_bio(text: str, name: str) -> bool:
    """``text`` opens with ``name`` ("Jane Doe is …") or its first name ("Jane's work …")."""
    words = text.split()
    return text.startswith(name) or (
        bool(words) and words[0].removesuffix("’s").removesuffix("'s") == name.split()[0]
    )


def _names_under_label(
    blocks: Sequence[Block], label: int, found: _Found, *, explicit: bool
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The lines under a byline label ("Written by" / "Jane Doe") that name people, with
    their names, nearest first: the next ``LABEL_TO_NAME`` blocks not taken already."""
    for j in range(label + 1, min(len(blocks), label + 1 + LABEL_TO_NAME)):
        if j in found.reasons or len(blocks[j].text) > NAME_LINE_MAX_CHARS:
            continue
        names = parse_names(blocks[j].text, explicit=explicit, groups=True)
        if names:
            yield j, names


def _set_authors(
    found: _Found, byline: str, names: Sequence[str], evidence: str, indices: Sequence[int]
) -> None:
    found.set("byline", byline, evidence)
    found.set("authors", list(names), evidence)
    for i in indices:
        found.reasons[i] = "byline"


def _take_credit_after_standfirst(
    blocks: Sequence[Block], title_index: int, found: _Found
) -> None:
    """A byline glued after the standfirst's last sentence, in one of the
    ``STANDFIRST_CREDIT_ZONE`` short blocks under the title ("… beyond the U.S. and Canada.
    By Lisa Jennings on Dec. 19, 2025"). The block is the standfirst too, so it stays."""
    for i in range(title_index + 1, min(len(blocks), title_index + 1 + STANDFIRST_CREDIT_ZONE)):
        text = blocks[i].text
        if i in found.reasons or len(text) > METADATA_LINE_MAX_CHARS:
            continue
        for credit in _CREDITED.finditer(text):
            head = text[: credit.start()].rstrip()
            if not head or not ends_sentence(head):
                continue
            names = parse_byline(text[credit.start() :])
            if names:
                found.set("byline", text[credit.start() :], "byline_after_standfirst")
                found.set("authors", list(names), "byline_after_standfirst")
                return


def _take_person_over_group(
    blocks: Sequence[Block], bylines: dict[int, tuple[str, ...]], run: Span, found: _Found
) -> None:
    """When the byline taken credits only a group ("By Team Tiger Data"), a later byline in
    the body or right after it that names people ("Written by Paulinho Giovannini") names
    the article's own writer: the group credit is the blog's default, the person's the
    post's."""
    taken = found.values.get("authors")
    if (
        found.evidence.get("authors") != "byline_line"
        or not isinstance(taken, list)
        or not taken
        or not all(is_group_credit(str(n)) for n in taken)
    ):
        return
    for j in range(run.start, min(len(blocks), run.end + 1 + NEAR_BODY)):
        names = bylines.get(j)
        if j in found.reasons or not names or not all(is_person_name(n) for n in names):
            continue
        found.values.pop("byline", None)
        found.values.pop("authors", None)
        _set_authors(found, blocks[j].text, names, "byline_line", [j])
        return


def _take_byline(
    blocks: Sequence[Block],
    bylines: dict[int, tuple[str, ...]],
    near: range | set[int],
    title_index: int | None,
    found: _Found,
) -> None:
    """Failing an author line near the title, the explicit byline nearest to it."""
    if "byline" in found.values or "authors" in found.values:
        return
    anchor = title_index if title_index is not None else 0
    candidates = [i for i in bylines if i in near and i not in found.reasons]
    if candidates:
        i = min(candidates, key=lambda i: (abs(i - anchor), i))
        _set_authors(found, blocks[i].text, bylines[i], "byline_line", [i])


def _take_date(
    dates: dict[int, DateMatch],
    near: range | set[int],
    title_index: int | None,
    found: _Found,
    others: frozenset[int] = frozenset(),
) -> None:
    """The date line near the body nearest the title (a published or unlabelled one first);
    every date line near the body is metadata, but one of ``others`` (a card's, a comment's)
    is never the article's date."""
    # A byline can carry the date ("By Jane Doe, June 7, 2025"): it stays a candidate.
    candidates = [
        i for i in sorted(dates) if i in near and found.reasons.get(i, "byline") == "byline"
    ]
    for i in candidates:  # every date line near the article is metadata, not body
        found.reasons.setdefault(i, "dateline")
    candidates = [i for i in candidates if i not in others]
    if not candidates:
        return
    published = [i for i in candidates if dates[i].role != "updated"] or candidates
    anchor = title_index if title_index is not None else published[0]
    chosen = min(published, key=lambda i: (abs(i - anchor), i))
    found.set("date", dates[chosen].value, f"date_line:{dates[chosen].role}")


def _take_url_date(url: str, in_line: dict[int, list[DateMatch]], found: _Found) -> None:
    """A full date in the URL's path ("/2024/05/03/slug"), which the CMS sets when the article
    is published and never moves: it outranks any date printed on the page (an update's, a
    related item's, a comment's). On wcxb-dev articles all 31 such URLs carry the gold date.
    A date the page prints on that day is taken instead, for its time of day and zone."""
    day = url_date(url)
    if day is None:
        return
    printed = next(
        (m for every in in_line.values() for m in every if m.value.date() == day.date()), None
    )
    if printed is not None:
        found.set("date", printed.value, "date_matches_url")
    else:
        found.set("date", day, "url_path")


def _other_texts_dates(
    blocks: Sequence[Block],
    in_line: dict[int, list[DateMatch]],
    date_lines: dict[int, DateMatch],
) -> frozenset[int]:
    """The lines whose dates date another text than the article: a comment's (under "Sharon
    says") and the cards of a list of related items. Cards print an unlabelled date at a
    regular step: :data:`CARD_DATES_MIN` or more such lines, at most :data:`CARD_STEP_MAX`
    lines apart, all bare dates or all dates with words ("Jane Doe | June 9, 2025"), holding
    as many different days (a date repeated over the article, or a day's comment times, are
    not cards). ``date_lines`` are the lines of ``in_line`` that are only a date (see
    :func:`newsclean.dates.date_line_of`)."""
    others = {
        i for i in in_line if i > 0 and _COMMENT_HEADER.search(blocks[i - 1].text) is not None
    }
    shape = {
        i: i in date_lines
        for i, every in in_line.items()
        if every and all(m.role == "unknown" for m in every)
    }
    lines = list(shape)
    start = 0
    while start < len(lines):
        end = start + 1
        step = lines[end] - lines[start] if end < len(lines) else 0
        while (
            end < len(lines)
            and lines[end] - lines[end - 1] == step <= CARD_STEP_MAX
            and shape[lines[end]] == shape[lines[start]]
        ):
            end += 1
        run = lines[start:end]
        days = {in_line[i][0].value.date() for i in run}
        if len(run) >= CARD_DATES_MIN and len(days) >= CARD_DATES_MIN:
            others.update(run)
            start = end
        else:
            start += 1
    return frozenset(others)


def _repeat_order(blocks: Sequence[Block], order: Sequence[int], found: _Found) -> list[int]:
    """The blocks around each other copy of the title (a page that prints its headline twice,
    in a hero and over the article), in the same order as around the title; after the
    title's own zone."""
    seen = set(order)
    extra: list[int] = []
    for r in sorted(i for i, reason in found.reasons.items() if reason == "title_repeat"):
        around = [
            *range(r + 1, min(len(blocks), r + 1 + AUTHOR_ZONE_AFTER_TITLE)),
            *range(r - 1, max(-1, r - 1 - AUTHOR_ZONE_BEFORE_TITLE), -1),
        ]
        for i in around:
            if i not in seen:
                seen.add(i)
                extra.append(i)
    return extra


def _take_date_near_title(
    blocks: Sequence[Block],
    order: Sequence[int],
    in_line: dict[int, list[DateMatch]],
    found: _Found,
) -> None:
    """The first date in a short line around the title (then around its other copies),
    nearest first: "March 1, 2024", "By Jane Doe • June 7, 2025 • 5 min read", "Travel
    September 8, 2021". A published (or unlabelled) date wins over an updated one anywhere
    in the zone. A date in a sentence counts only after a name credited with "by" ("… By
    Lisa Jennings on Dec. 19, 2025"): "The offer is valid until December 3, 2025." dates
    nothing."""
    updated: DateMatch | None = None
    for i in order:
        if found.reasons.get(i, "byline") != "byline":
            continue
        every = in_line.get(i, [])  # only short lines are in it
        if every and is_prose(blocks[i]):
            credited = _CREDITED.search(blocks[i].text)
            every = [m for m in every if credited is not None and credited.start() < m.start]
        first = _first_published(blocks[i].text, every)
        if first is not None:
            found.set("date", first.value, f"date_near_title:{first.role}")
            return
        if every and updated is None:
            updated = every[0]
    if updated is not None:
        found.set("date", updated.value, "date_near_title:updated")


def _take_date_beside_headline(
    blocks: Sequence[Block],
    copies: range,
    date_lines: dict[int, DateMatch],
    others: frozenset[int],
    url: str | None,
    title_index: int | None,
    found: _Found,
) -> None:
    """A date line beside another copy of the headline: a block shaped like a headline that
    says what the title says (half its words, as ``find_title`` counts agreement) or what the
    URL's slug says (:data:`SLUG_AGREEMENT` of the slug's words), with a date line at most
    :data:`DATE_BESIDE_HEADLINE` blocks above or below it (``copies``: the blocks that may be
    one). When the title guess fell on another heading far from the dateline (a teaser's, a
    repeat far down the page), the dateline stands by the copy the guess missed. A published
    or unlabelled date wins over an updated one, then the nearest; never a card's or a
    comment's date. Tried after the dates around the title, never before them: before, on
    wcxb-dev lines it dated 4 pages right and 8 wrong that the title's zone had right."""
    title = words_of(blocks[title_index].text) if title_index is not None else frozenset()
    slug = slug_words(url) if url else frozenset()
    if len(slug) < SLUG_MIN_WORDS:
        slug = frozenset()
    if not title and not slug:
        return
    candidates: list[tuple[bool, int, int]] = []
    for i, match in date_lines.items():
        if i in others or found.reasons.get(i, "dateline") != "dateline":
            continue
        for distance in range(1, DATE_BESIDE_HEADLINE + 1):
            if any(
                _headline_copy(blocks[j], title, slug)
                for j in (i - distance, i + distance)
                if j in copies and j != title_index
            ):
                candidates.append((match.role == "updated", distance, i))
                break
    if candidates:
        match = date_lines[min(candidates)[2]]
        found.set("date", match.value, f"date_beside_headline:{match.role}")


def _headline_copy(block: Block, title: frozenset[str], slug: frozenset[str]) -> bool:
    """A headline-shaped block that says what the title or the URL's slug says (a question
    headline reads as prose: its shape is enough)."""
    if not is_headline_shaped(block):
        return False
    if title and title_agreement(block, title) >= TITLE_AGREEMENT:
        return True
    return bool(slug) and len(slug & words_of(block.text)) >= SLUG_AGREEMENT * len(slug)


def _take_byline_date(
    in_line: dict[int, list[DateMatch]], found: _Found, *, updated: bool = False
) -> None:
    """The date printed on the byline taken for the authors ("By Jane Doe • December 17,
    2025 • 11 min read"), wherever that line stands: it dates this article. With
    ``updated``, an update date on it counts too: a byline that prints only "Updated Sep 9,
    2025" dates the article by it (tried before the date lines near the body, which may be
    a table's "Data as of …"; on wcxb-dev, one page right and one without gold date)."""
    for i, reason in found.reasons.items():
        every = in_line.get(i, []) if reason == "byline" else []
        matches = [m for m in every if m.role != "updated" or updated]
        if matches:
            found.set("date", matches[0].value, f"byline_date:{matches[0].role}")
            return


def _take_published_line(
    blocks: Sequence[Block], in_line: dict[int, list[DateMatch]], found: _Found
) -> None:
    """Failing a date near the title, the first short line that says it dates the page's
    publication ("Published on July 18, 2025", "Posted by Jane on 2025-12-18"), or a date
    line under a line that only says so ("Publish date" / "15 November 2018")."""
    for i, every in in_line.items():
        match = next((m for m in every if m.role == "published"), None)
        if match is None and every and i > 0 and is_published_label(blocks[i - 1].text):
            match = date_line_of(blocks[i].text, every)
        if match is not None:
            found.set("date", match.value, "published_line")
            return


def _head_zone(count: int, run: Span, title_index: int | None) -> range:
    """The blocks between the title and the first lines of the body: where datelines and
    author lines stand on most pages."""
    start = (
        title_index + 1 if title_index is not None else max(0, run.start - HEAD_ZONE_BEFORE_BODY)
    )
    return range(start, min(count, run.start + HEAD_ZONE_INTO_BODY))


def _take_date_in_line(
    blocks: Sequence[Block], zone: range, in_line: dict[int, list[DateMatch]], found: _Found
) -> None:
    """A date inside a short metadata line: "Travel September 8, 2021 -- min read"."""
    for i in zone:
        block = blocks[i]
        taken = found.reasons.get(i, "byline") != "byline"
        if taken or is_prose(block) or len(block.text) > METADATA_LINE_MAX_CHARS:
            continue
        every = in_line[i] if i in in_line else find_dates(block.text)
        match = _first_published(block.text, every) or next(iter(every), None)
        if match is not None:
            found.set("date", match.value, f"date_in_line:{match.role}")
            return


# A date set off from the line's other pieces by a separator, as a post's meta line prints it:
# "June 9, 2020 · 6 Comments", "Monday, August 11th, 2025 at 11:00 am | Categories: …".
# (Spaces are taken only after a non-space, so a search over a long run of them stays linear.)
_SEPARATOR_AFTER = re.compile(rf"(?<!\s)\s*[{re.escape(patterns.META_LINE_SEPARATORS)}]")
_SEPARATOR_BEFORE = re.compile(rf"[{re.escape(patterns.META_LINE_SEPARATORS)}]\s*$")


def _take_meta_line_in_body(
    blocks: Sequence[Block], run: Span, in_line: dict[int, list[DateMatch]], found: _Found
) -> None:
    """Failing every other date, the date of a post's meta line inside the body: a short
    line, not prose, whose published or unlabelled date a separator sets off from the line's
    other pieces ("June 9, 2020 · 6 Comments" over the comments, which the main run of prose
    took in). A post prints its meta line once: when such lines in the body name several
    days ("12/09/2025 | In the press", "11/25/2025 | Research news", …), they are a list's.
    A date alone on its line, or labelled without a separator ("Last checked: 2025-10-28" in
    a table of figures), is not one."""
    meta: list[DateMatch] = []
    for i in range(run.start, run.end + 1):
        every = in_line.get(i)
        if not every or i in found.reasons or is_prose(blocks[i]):
            continue
        text = blocks[i].text
        meta.extend(
            match
            for match in every
            if match.role != "updated"
            and (
                _SEPARATOR_AFTER.match(text, match.end) is not None
                or _SEPARATOR_BEFORE.search(text, 0, match.start) is not None
            )
        )
    if meta and len({match.value.date() for match in meta}) == 1:
        found.set("date", meta[0].value, f"meta_line_in_body:{meta[0].role}")


def _first_published(text: str, every: Sequence[DateMatch]) -> DateMatch | None:
    """The first published or unlabelled date of a line. Of two unlabelled dates printed side
    by side with nothing between them ("May 21, 2025April 24, 2025 by …", a theme's hidden
    modified date glued to its published one), the earlier: an article is updated after it
    is published, never before."""
    for k, match in enumerate(every):
        if match.role == "updated":
            continue
        after = every[k + 1] if k + 1 < len(every) else None
        if (
            after is not None
            and match.role == after.role == "unknown"
            and not text[match.end : after.start].strip()
            and after.value.date() < match.value.date()
        ):
            return after
        return match
    return None


def _take_source(doc: Document, run: Span | None, found: _Found) -> tuple[int, str] | None:
    blocks = doc.blocks
    start = run.start if run is not None else 0
    # A credit line holds a colon after its label ("Source: BBC"): the other lines are not
    # read (speed; see sources.credit_name).
    with_colon = texts_matching(_COLON, [b.text for b in blocks[start:]])
    for i in (start + k for k in with_colon):
        if i in found.reasons:
            continue
        name = credit_name(blocks[i].text)
        if name is True and i + 1 < len(blocks):
            following = credit_name("Source: " + blocks[i + 1].text)
            if isinstance(following, str):
                found.set("source", following, "credit_line")
                found.reasons[i] = found.reasons[i + 1] = "source_credit"
                break
        elif isinstance(name, str):
            found.set("source", name, "credit_line")
            found.reasons[i] = "source_credit"
            break
    edit = None
    first_body = next((i for i in range(start, len(blocks)) if i not in found.reasons), None)
    if first_body is not None:
        tag = dateline_tag(blocks[first_body].text)
        if tag is not None:
            found.set("source", tag[0], "dateline_tag")
            edit = (first_body, tag[1])
        elif (agency := place_dateline_source(blocks[first_body].text)) is not None:
            found.set("source", agency, "place_dateline")
    for record in doc.removed:
        if record.reason == "copyright_notice" and (holder := copyright_holder(record.text)):
            found.set("source", holder, "copyright_notice")
            break
    return edit

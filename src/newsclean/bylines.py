"""Recognise a byline and read the people's names out of it."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import regex

from newsclean.dates import DateMatch, find_dates
from newsclean.matching import any_of, phrase_set
from newsclean.patterns import metadata as patterns
from newsclean.patterns.dates import MONTHS, WEEKDAYS

_BYLINE = regex.compile(
    r"^(?:" + "|".join(patterns.BYLINE_PREFIXES) + r")(?:\s*:\s*|\s+|(?<=:))(?P<names>\S.*)$",
    regex.IGNORECASE,
)
_OPENINGS = tuple(patterns.BYLINE_OPENINGS)
_OPENING_CHARS = max(map(len, _OPENINGS))
# "ByNina Pineda": the prefix glued to a capitalised name (case-sensitive, so "Byron" is not).
_GLUED_BY = regex.compile(r"^[Bb]y(?P<names>\p{Lu}\p{Ll}.*)$")
_LABEL = regex.compile(
    r"^(?:" + "|".join(patterns.BYLINE_LABELS) + r")\s*[:：]?$", regex.IGNORECASE
)
_CAPTION = regex.compile(
    r"^(?:" + "|".join(patterns.AUTHOR_CAPTIONS) + r")\s*[:：]?$", regex.IGNORECASE
)
_SEPARATORS = any_of(patterns.NAME_SEPARATORS)
# What can follow the names on a byline line, glued or not: "By Jane DoePublished: 7 June 2025".
_TRAILER = regex.compile(r"(?:" + "|".join(patterns.BYLINE_TRAILERS) + r")", regex.IGNORECASE)
_ROLE = regex.compile("|".join(patterns.NAME_ROLE_SEPARATORS))
# "Posted on July 1, 2024 by Jane Doe": a date, then the byline (looked for only after a date).
_BY_AFTER_DATE = regex.compile(r"(?<!\w)by\s*:?\s*(?P<names>\S.*)$", regex.IGNORECASE)
_LEADING_BY = regex.compile(r"^by\s+", regex.IGNORECASE)
_CONNECTORS = frozenset(patterns.NAME_DATE_CONNECTORS)
# A run of spaces is only entered at its start (not after another space): linear on any text.
_SEGMENT_SEPARATORS = regex.compile(r"(?:(?<!\s)\s+)?(?:[•·|⋅]|/(?=\s))\s*")
_CREDENTIAL = regex.compile(r"^(?:" + patterns.CREDENTIAL + r")$")
_NOT_PERSON = phrase_set(patterns.NOT_PERSON_WORDS)
_NOT_NAME = phrase_set(patterns.NOT_NAME_WORDS)
_SORT_FACETS = frozenset(patterns.SORT_FACET_WORDS)
_ROLE_WORDS = frozenset(patterns.ROLE_WORDS)
_ORGANISATION_WORDS = frozenset(patterns.ORGANISATION_WORDS)
_WORD = regex.compile(r"[\p{L}\-]+")
_WEEKDAYS = frozenset(w for names in WEEKDAYS.values() for w in names)
_MONTHS = frozenset(w for names in MONTHS.values() for w in names)
# A word of a bare name line: "Jane", "O'Neil", "Smith-Jones", "J." (not "PRINT", "LoginJoin").
_BARE_NAME_WORD = regex.compile(
    r"^(?:(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}\.)$"
    r"|^(?:de|da|van|von|der|den|del|la|le|bin|ibn|al|el|di|du)$"
    r"|^(?:" + "|".join(patterns.NAME_HONORIFICS) + r")\.$"
)
_NAME_WORD = regex.compile(
    r"^[\p{Lu}][\p{L}'’.\-]*$|^(?:de|da|van|von|der|den|del|la|le|bin|ibn|al|el|di|du)$"
    # a maiden name or a pen name in brackets: "Paramita (Guha) Ghosh", "Jean-Luc Aufranc (CNXSoft)"
    r"|^\(\p{Lu}[\p{L}'’.\-]*\)$"
)
# Two words glued together ("ChecklistsJust", "EngagedWedding": tags printed without spaces):
# a capital after six lower-case letters; names such as "McNally", "DiCaprio", "VanderWaal" have
# fewer before theirs.
_GLUED_WORDS = regex.compile(r"\p{Ll}{6}\p{Lu}")
# One word after an explicit "By": a first name or a handle ("By Kristin", "by MixmasterFred").
_SINGLE_NAME = regex.compile(r"^\p{Lu}[\p{L}'’\-]{1,30}$")
# A lower-case login printed as the byline ("by jsteinhardt", "by sara.r.peter"); never one
# with digits or underscores ("q_admin", "user123"): those are accounts, not credits.
_HANDLE = regex.compile(r"^\p{Ll}[\p{Ll}\p{M}.\-]{2,30}(?<=\p{Ll})$")
_GROUP_WORDS = frozenset(patterns.GROUP_CREDIT_WORDS)
_GROUP_JOINERS = frozenset(patterns.GROUP_CREDIT_JOINERS)
_GROUP_GENERIC = frozenset(patterns.GROUP_CREDIT_GENERIC)
# A word naming the group: capitalised or upper case ("Investopedia", "TOI", "SFist"), or a word
# of a script without case; never a handle ("q_admin", "user123") or a lower-case word.
_GROUP_NAME_WORD = regex.compile(r"^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*$")
# "[Jane Doe](https://example.com/author/jane-doe)", "[![](face.jpg)Jane DoeTech Reporter](/authors/
# jane-doe)": a markdown link to an author's page, with its text and the page's slug.
# (The standard ``re`` runs this one twice as fast as ``regex``: it runs on whole pages.)
_AUTHOR_FOLDER = "/(?:" + "|".join(patterns.AUTHOR_LINK_FOLDERS) + ")/"
_HAS_AUTHOR_FOLDER = re.compile(_AUTHOR_FOLDER, re.IGNORECASE)
_AUTHOR_LINK = re.compile(
    r"\[(?:!\[[^\[\]\n]*\]\([^()\s]*\)\s*)?"
    r"(?P<text>[^\[\]\n]{2," + str(patterns.AUTHOR_LINK_TEXT_MAX_CHARS) + r"})"
    r"\]\([^()\s]*?" + _AUTHOR_FOLDER + r"(?P<slug>[^()\s?#]+)[^()\s]*\)",
    re.IGNORECASE,
)
# A word glued to the next one: "RichardsonTrending" (the name and the job, in one link).
_GLUED = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
AUTHOR_LINK = "markdown_author_link"
"""The evidence of authors read from markdown links to author pages (:func:`author_links`)."""
OPENING_BY = regex.compile(r"^(?:by|von|par|por)\s+", regex.IGNORECASE)
"""A "By", "Von", "Par" or "Por" opening a line or an author link's text (``_LEADING_BY``,
English only, is the one :func:`parse_byline` cuts from a name)."""


def parse_byline(
    text: str, *, groups: bool = False, handles: bool = False, first_names: bool = False
) -> tuple[str, ...] | None:
    """The authors named in a byline, or ``None`` when ``text`` is not a byline.

    Organisations and desks ("Staff", "Reuters") are not authors, so a byline that names only
    them gives an empty tuple. A date or a "Published" note after the names is cut off, and a
    credential stays with the name it follows. With ``groups``, a named group credit ("By The
    Investopedia Team", see :func:`is_group_credit`) is an author too, as printed; with
    ``handles``, so is a lower-case login standing alone after the marker ("by jsteinhardt",
    see :func:`is_handle`); with ``first_names``, so are first names in a list ("By Linny
    and Peter"; the caller checks that the page does not write them in lower case: "By Car
    and Train").

    >>> parse_byline("By Sabina Mammadli")
    ('Sabina Mammadli',)
    >>> parse_byline("By Jane Doe and John Roe, Reuters")
    ('Jane Doe', 'John Roe')
    >>> parse_byline("By Korin MillerPublished: Jan 29, 2025")
    ('Korin Miller',)
    >>> parse_byline("ByNina Pineda")
    ('Nina Pineda',)
    >>> parse_byline("By Sofia Gonzalez December 2, 2025")
    ('Sofia Gonzalez',)
    >>> parse_byline("Written by Rebecca Lake, CEPF®")
    ('Rebecca Lake, CEPF®',)
    >>> parse_byline("Reviewed by Kim Rose, RDN — Written by Jillian Kubala, MS, RD")
    ('Jillian Kubala, MS, RD',)
    >>> parse_byline("By the end of the week the talks had failed.") is None
    True
    """
    if len(text) > patterns.BYLINE_MAX_CHARS:
        return None
    # "__ by Alex Haley": an empty emphasis or a bullet the markup left before the marker.
    stripped = text.strip().lstrip("_*•·▪").strip()
    # Most short lines are no byline: without a "by" anywhere and without another opening
    # at the head, none of the forms below can match (speed). Only on a Latin-letter head,
    # where matching case-insensitively is lower-casing: some letters outside it fold to
    # Latin ones ("İ" to "i").
    head = stripped[:_OPENING_CHARS]
    if (
        head.isascii()
        and not head.lower().startswith(_OPENINGS)
        and "by" not in stripped.lower()
    ):
        return None
    match = _BYLINE.match(stripped) or _GLUED_BY.match(stripped)
    names = (
        match.group("names")
        if match is not None
        else _names_after_date(stripped) or _names_after_piece(stripped)
    )
    if names is None:
        return None
    return parse_names(
        names, explicit=True, groups=groups, handles=handles, first_names=first_names
    )


# What ``parse_byline`` strips off a line's head, in ASCII: white space, "_" and "*".
_ASCII_PADDING = frozenset(c for c in map(chr, range(128)) if c.isspace() or c in "_*")
# The ASCII characters a line can open with when ``parse_byline`` must read it only for a
# "by": no padding, and no letter any of ``BYLINE_OPENINGS`` starts with in either case.
_PLAIN_HEADS = frozenset(
    c
    for c in map(chr, range(128))
    if c not in _ASCII_PADDING and not any(o.startswith(c.lower()) for o in _OPENINGS)
)


def byline_candidates(texts: Sequence[str]) -> list[int]:
    """The indices of the ``texts`` :func:`parse_byline` may read a byline from (and some
    more): those not longer than ``BYLINE_MAX_CHARS`` that hold a "by" in any case, or that
    do not open with an ASCII character of ``_PLAIN_HEADS`` followed by ASCII text up to the
    length of the longest opening. Every other text fails parse_byline's first test, which
    this one implies; it is made with string methods alone, without a call per text (speed:
    a page has hundreds of lines and a few bylines).

    >>> byline_candidates(["Home", "By Jane Doe", "Contact", "x" * 200 + " by"])
    [1, 2]
    """
    return [
        i
        for i, text in enumerate(texts)
        if len(text) <= patterns.BYLINE_MAX_CHARS
        and (
            text[:1] not in _PLAIN_HEADS
            or not text[:_OPENING_CHARS].isascii()
            or "by" in text.lower()
        )
    ]


# " — ", " | ", " • ": the separators between the pieces of a credit line.
_CREDIT_PIECE = regex.compile(r"\s[—–|•·]\s")


def _names_after_piece(text: str) -> str | None:
    """The names of a byline that follows another piece of a credit line: "Medically
    reviewed by Kim Rose — Written by Jillian Kubala, MS, RD — Updated on March 7, 2025"."""
    for piece in _CREDIT_PIECE.finditer(text):
        match = _BYLINE.match(text[piece.end() :])
        if match is not None:
            names: str = match.group("names")
            return names
    return None


def _names_after_date(text: str) -> str | None:
    """The names of a byline that follows a date: "September 1st, 2023 By Emily Norwood",
    "Posted on July 1, 2024 by Jane Doe"."""
    if "by" not in text.lower() or _BY_AFTER_DATE.search(text) is None:
        return None  # no "by" at all: skip the date search (most short lines)
    dates = find_dates(text)
    if not dates:
        return None
    match = _BY_AFTER_DATE.search(text, dates[0].end)
    if match is None:
        return None
    before = [d for d in dates if d.end <= match.start()]
    if not before or match.start() - before[-1].end > patterns.BY_AFTER_DATE_MAX_GAP:
        return None
    names: str = match.group("names")
    return names


def author_links(markdown: str) -> tuple[str, ...]:
    """The people named by markdown links to author pages ("[Jane Doe](/author/jane-doe)"), in
    page order, from the first line that has one; or ``()``.

    A link counts only when its text is a name that the link's slug spells: a word of the name
    stands in the slug ("Lisa Greene-Lewis" → ``/author/turbotaxlisa``), so "Learn More" or
    "Our Team" pointing at an author page is no name. A job glued after the name goes
    ("[Jane DoeTech Reporter](/author/jane-doe)" → "Jane Doe"). Several links on that one line
    are co-authors ("By [A](/author/a) and [B](/author/b)").

    >>> author_links("By [Jane Doe](https://example.com/author/jane-doe) | June 7, 2025")
    ('Jane Doe',)
    >>> author_links("[Learn More](https://example.com/author/jane-doe)")
    ()
    """
    if _HAS_AUTHOR_FOLDER.search(markdown) is None:
        return ()  # most pages link no author page: one cheap scan says so
    names: list[str] = []
    line_end = -1
    for match in _AUTHOR_LINK.finditer(markdown):
        if line_end >= 0 and match.start() > line_end:
            break
        name = _link_name(match.group("text"), match.group("slug"))
        if name is None:
            continue
        if line_end < 0:
            line_end = markdown.find("\n", match.end())
            line_end = len(markdown) if line_end < 0 else line_end
        if name not in names:
            names.append(name)
    return tuple(names)


def _letters(text: str) -> str:
    """``text`` casefolded, without accents, letters only ("Martínez" → "martinez")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalpha())


def _link_name(text: str, slug: str) -> str | None:
    """The name in an author link's text when the slug spells it (see :func:`author_links`)."""
    text = OPENING_BY.sub("", text.strip(" _*→›»|")).strip()
    spelled = _letters(slug)
    if len(spelled) < 3:
        return None
    words = text.split()
    shaped = _is_bare_name(text) or is_group_credit(text) or is_single_name(text)
    if shaped and any(len(w) >= 3 and w in spelled for w in map(_letters, words)):
        return text
    # "Nicoletta RichardsonTrending Editor": the name's words in the slug, then a job.
    parts = _GLUED.sub(" ", text).split()
    size = 0
    while size < len(parts) and (w := _letters(parts[size])) and w in spelled:
        size += 1
    name = " ".join(parts[:size])
    if 2 <= size < len(parts) and _is_bare_name(name) and is_role_line(" ".join(parts[size:])):
        return name
    return None


def is_byline_label(text: str) -> bool:
    """A line that only announces a byline on the next line: "Written By", "Author:", "Von".

    >>> is_byline_label("Written By")
    True
    >>> is_byline_label("By the sea")
    False
    """
    return _LABEL.match(text.strip()) is not None


def label_candidates(texts: Sequence[str], max_chars: int) -> list[int]:
    """The indices of the ``texts`` of at most ``max_chars`` that :func:`is_byline_label` may
    accept (and some more): those whose first two characters after white space are not
    ASCII, or open a label (see :func:`_label_heads`). Tested with string methods alone,
    without a call per text (speed: a page has hundreds of short lines and a label or none).

    >>> label_candidates(["Home", " Written by:", "Share", "By"], 40)
    [1, 3]
    """
    heads = _label_heads()
    return [
        i
        for i, text in enumerate(texts)
        if len(text) <= max_chars
        and ((head := text.lstrip()[:2]).lower() in heads or not head.isascii())
    ]


@functools.lru_cache(maxsize=1)
def _label_heads() -> frozenset[str]:
    """Every text of one or two ASCII characters, lower-cased, that opens a label line (or is
    one): the pattern matches it partially ("wr" of "Written by"). Cached: the labels are
    module constants, so this is computed once."""
    characters = sorted({chr(c).lower() for c in range(128)})
    firsts = [a for a in characters if _LABEL.match(a, partial=True)]
    pairs = [a + b for a in firsts for b in characters]
    return frozenset(firsts + [p for p in pairs if _LABEL.match(p, partial=True)])


def is_author_caption(text: str) -> bool:
    """A line that only says "Author" (or "Autor", "Auteur", …), as printed under the name in
    an author box.

    >>> is_author_caption("Author")
    True
    >>> is_author_caption("Written by")
    False
    """
    return _CAPTION.match(text.strip()) is not None


def parse_names(
    text: str,
    *,
    explicit: bool,
    groups: bool = False,
    handles: bool = False,
    first_names: bool = False,
) -> tuple[str, ...] | None:
    """The people named in a list of names ("Jane Doe and John Roe, Reuters"), or ``None``.

    ``explicit`` says a byline marker ("By", "Author:") announced the list; then a single
    capitalised word standing alone is a name too ("By Kristin"). Text after the names (a
    date, "Published", " | ", " in Section") is cut off first, and a role after the names
    ends the list ("Jane Doe, CEO of Example"). With ``groups``, a named group credit is a
    name too ("Jane Doe and the Example Team"); with ``handles`` and ``explicit``, so is a
    login standing alone ("by jsteinhardt"); with ``first_names`` and ``explicit``, a list
    of first names ("Linny and Peter").
    """
    listed = _TRAILER.split(text, maxsplit=1)[0]
    dates = find_dates(listed)
    if dates:  # "Jane Doe Friday, November 14, 2025": the weekday goes with the date
        words = listed[: dates[0].start].split()
        while words and (
            words[-1].strip(",.").casefold() in _WEEKDAYS | _CONNECTORS
            or not words[-1].strip("•|·⋅-–—,:/")
        ):
            words.pop()
        listed = " ".join(words).rstrip("•|·⋅-–—,:/ ")
    raws = _SEPARATORS.split(listed)
    parts = [p.strip(" .:-–—") for p in raws]
    alone = sum(1 for p in parts if p) == 1
    # "By Linny and Peter": after a byline marker, first names joined in a list.
    firsts = (
        first_names
        and explicit
        and not alone
        and all(
            _SINGLE_NAME.match(p)
            and p.casefold() not in _NOT_PERSON | _NOT_NAME
            and p.casefold() not in _SORT_FACETS
            for p in parts
            if p
        )
    )
    names: list[str] = []
    in_role = False  # the parts read last were a job's
    # The separator before each part: after a job, a comma leads to an affiliation ("Jane Doe,
    # Director of Operations, Example Van Lines"), "&" or "and" to the next name.
    before = ["", *_SEPARATORS.findall(listed)]
    for raw, part, joint in zip(raws, parts, before, strict=True):
        if not part:
            continue
        if in_role and "," in joint:
            break
        part = _once(part)
        in_role = in_role and not is_person_name(part)
        menu_words = any(w.casefold() in _NOT_NAME for w in part.split())
        if (groups and is_group_credit(part)) or (
            not menu_words
            and (
                is_person_name(part)
                or (
                    explicit
                    and alone
                    and (_SINGLE_NAME.match(part) or (handles and is_handle(part)))
                    and part.casefold() not in _NOT_PERSON
                    and part.casefold() not in _SORT_FACETS  # "By Price": a sort option
                )
                or firsts
            )
        ):
            names.append(part)
        elif explicit and not names and (named := _name_before_role(part)) is not None:
            names.append(named)  # "By Will Judd Former Deputy Tech Editor"
            break
        elif names and not in_role and _CREDENTIAL.match(raw.strip(" :-–—")):
            names[-1] = f"{names[-1]}, {raw.strip(' :-–—')}"
        elif names and is_role_line(part):
            # "Jane Doe, Co-Founder & COO": the rest of her job ("COO") is no credential;
            # "Jane Doe, Security Expert & John Roe, Editor": a name after the job still counts.
            in_role = True
            continue
        elif part.casefold() in _NOT_PERSON or _looks_like_organisation(part):
            continue
        elif names:
            break  # a role or an affiliation after the names: "Jane Doe, CEO of Example"
        else:
            return None  # a sentence, not a list of names
    if not names and not any(p.casefold() in _NOT_PERSON for p in parts if p):
        return None
    return tuple(names)


def _once(name: str) -> str:
    """A name the page printed twice in a row ("Colin Gray Colin Gray": a link's text and
    its label glued) read once; any other text as it is.

    >>> _once("Colin Gray Colin Gray")
    'Colin Gray'
    """
    words = name.split()
    half = len(words) // 2
    if half >= 1 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def name_with_role(text: str, *, groups: bool = False) -> str | None:
    """The person's name on a name line, without a role after it, or ``None``. With
    ``groups``, a named group credit ("Podium Staff") counts as a name.

    >>> name_with_role("Audrey Huang, Print Managing Editor")
    'Audrey Huang'
    >>> name_with_role("Learn More") is None
    True
    >>> name_with_role("Read the full report on the markets") is None
    True
    """
    name = _ROLE.split(text.strip(), maxsplit=1)[0].strip()
    if groups and is_group_credit(name):
        return name
    if _is_bare_name(name):
        return name
    return _name_before_role(name)


def _is_bare_name(name: str) -> bool:
    words = name.split()
    return (
        is_person_name(name)
        and not any(w.casefold() in _NOT_NAME or w.casefold() in _WEEKDAYS for w in words)
        and all(_BARE_NAME_WORD.match(w) for w in words)
    )


# " | ", " • ", " - ": the separators between a list of names and the job they share.
_SHARED_ROLE = regex.compile(r"\s[|•·]\s|\s[-–—]\s")


def names_with_role(text: str) -> tuple[str, ...] | None:
    """The persons of a line listing 2 names or more with the job they share after a
    separator ("Manoj Jain and Jagpreet Chhatwal | Guest Columnists"), or ``None``. The job
    may be plural.

    >>> names_with_role("Manoj Jain and Jagpreet Chhatwal | Guest Columnists")
    ('Manoj Jain', 'Jagpreet Chhatwal')
    >>> names_with_role("Jane Doe | Reporter") is None
    True
    >>> names_with_role("Sales and Marketing | Services") is None
    True
    """
    parts = _SHARED_ROLE.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    role = parts[1].strip()
    if not (is_role_line(role) or (role.endswith("s") and is_role_line(role[:-1]))):
        return None
    names = parse_names(parts[0], explicit=False)
    if names is None or len(names) < 2 or not all(_is_bare_name(n) for n in names):
        return None
    return names


def capitals_name(text: str) -> str | None:
    """A person's name set in capitals ("LEONARDO GARCIA"), as printed, or ``None``: 2 or 3
    words that, written in title case, make a bare name. The caller checks that a date
    stands right under it (a heading in capitals, "LATEST NEWS", stands over many lines).

    >>> capitals_name("LEONARDO GARCIA")
    'LEONARDO GARCIA'
    >>> capitals_name("Leonardo Garcia") is None
    True
    >>> capitals_name("LATEST NEWS") is None
    True
    """
    name = text.strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not name.isupper() or not all(w.isalpha() for w in words):
        return None
    titled = " ".join(w.capitalize() for w in words)
    return name if _is_bare_name(titled) and not is_role_line(titled) else None


def _name_before_role(text: str) -> str | None:
    """The name at the head of "Rasmus Barslund Founder & Lead Reviewer": a job printed
    right after the name, with no separator between them, or glued to it ("Meg JamesStaff
    Writer": a capital right after lower-case letters inside a word joins two words).

    >>> _name_before_role("Rasmus Barslund Founder & Lead Reviewer")
    'Rasmus Barslund'
    >>> _name_before_role("Meg JamesStaff Writer")
    'Meg James'
    >>> _name_before_role("Power Stations Home Battery") is None
    True
    """
    words = text.split()
    for size in (2, 3):
        if len(words) > size and is_role_line(" ".join(words[size:])):
            name = " ".join(words[:size])
            if _is_bare_name(name) and not is_role_line(name):
                return name
    # "Meg JamesStaff Writer": the job glued to the name's last word, a capital right after
    # its lower-case letters where the rest of the line is a job.
    for size in (2, 3):
        if len(words) < size:
            break
        last = words[size - 1]
        for glue in _GLUED.finditer(last):
            name = " ".join([*words[: size - 1], last[: glue.start()]])
            role = " ".join([last[glue.start() :], *words[size:]])
            if is_role_line(role) and _is_bare_name(name) and not is_role_line(name):
                return name
    return None


def with_credentials(name: str, text: str) -> str:
    """``name`` with the credentials that follow it in ``text`` ("MD", "RD", "Ph.D."), as a
    byline prints them: a credential stays with its name (see :func:`parse_names`).

    >>> with_credentials("Dylan Bailey", "Dylan Bailey, MS, RD, FAND • June 7, 2025")
    'Dylan Bailey, MS, RD, FAND'
    >>> with_credentials("Audrey Huang", "Audrey Huang, Print Managing Editor")
    'Audrey Huang'
    """
    at = text.find(name)
    if at < 0:
        return name
    kept = [name]
    for piece in text[at + len(name) :].split(","):
        if not piece.strip():
            if len(kept) > 1:
                break
            continue
        credential = _TRAILER.split(piece, maxsplit=1)[0].strip(" :-–—")
        if not _CREDENTIAL.match(credential) or credential.casefold() in _NOT_PERSON:
            break  # not a credential, or an agency ("Jane Doe, AP")
        kept.append(credential)
        if credential != piece.strip():
            break  # a trailer ("• June 7, 2025") ends the list
    return ", ".join(kept)


def is_role_line(text: str) -> bool:
    """A short line naming a job, as printed under an author's name: "Trending Editor",
    "Founder & CEO", "Rédactrice en chef".

    >>> is_role_line("Senior Tech Reporter")
    True
    >>> is_role_line("Key Takeaways")
    False
    """
    if len(text) > patterns.ROLE_LINE_MAX_CHARS:
        return False
    return any(w in _ROLE_WORDS for w in _WORD.findall(text.casefold()))


def is_menu_entry(text: str) -> bool:
    """A short line of capitalised words and nothing else, like a menu's link: "Health
    Library", "Resources", "Finish Your Degree" (menus list such lines one under another).

    >>> is_menu_entry("Power Stations")
    True
    >>> is_menu_entry("Updated Dec. 23, 2024")
    False
    """
    words = text.split()
    return (
        0 < len(words) <= patterns.MENU_ENTRY_MAX_WORDS
        and not any(c.isdigit() for c in text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


def name_in_dated_line(
    text: str, dates: Sequence[DateMatch] | None = None, *, groups: bool = False
) -> str | None:
    """The person's name standing beside a date on one line, or ``None``.

    ``dates`` is ``find_dates(text)`` when the caller has it already (the line is then not
    searched again). With ``groups``, a named group credit counts as a name.

    >>> name_in_dated_line("Faith Katunga•Oct 20, 2025")
    'Faith Katunga'
    >>> name_in_dated_line("12/19/2025 • Friday Philosophy • David Gordon")
    'David Gordon'
    >>> name_in_dated_line("Opening Night: May 1, 2025") is None
    True
    """
    pieces: list[str] = []
    position = 0
    for match in find_dates(text) if dates is None else dates:
        pieces.append(text[position : match.start])
        position = match.end
    pieces.append(text[position:])
    for piece in pieces:
        for segment in _SEGMENT_SEPARATORS.split(piece):
            if segment.rstrip().endswith((":", "：")):
                continue  # "Opening Night: May 1, 2025": a label of the date after it
            # "Patrick Clarke Published 10:19am": a "Published" note after the name is cut.
            named = _TRAILER.split(segment.strip(" ,:/-–—"), maxsplit=1)[0]
            name = name_with_role(_LEADING_BY.sub("", named.strip(" ,:/-–—")), groups=groups)
            if name is not None:
                return name
    return None


def is_single_name(text: str) -> bool:
    """One capitalised word that can be a first name or a pen name ("Mazi", "Wyndo"): not a
    menu or section word, a desk, a weekday or a month. The caller asks for more (a date on
    the next line, a page that never writes the word in lower case).

    >>> is_single_name("Mazi")
    True
    >>> is_single_name("Home")
    False
    """
    word = text.strip()
    key = word.casefold()
    return (
        _SINGLE_NAME.match(word) is not None
        and key not in _NOT_PERSON
        and key not in _NOT_NAME
        and key not in _SORT_FACETS
        and key not in _WEEKDAYS
        and key not in _MONTHS
        and key not in _ROLE_WORDS
    )


def is_handle(text: str) -> bool:
    """A lower-case login as printed for a byline ("jsteinhardt", "sara.r.peter"), with no
    digit or underscore; the caller checks that a byline marker announced it and that it is
    not a word the page uses ("by default").

    >>> is_handle("jsteinhardt")
    True
    >>> is_handle("q_admin")
    False
    """
    return _HANDLE.match(text) is not None and text.casefold() not in _NOT_NAME


def is_group_credit(text: str) -> bool:
    """A named group credited as the author: "The Investopedia Team", "TOI Lifestyle Desk",
    "Podium Staff", "The Currency editors", "Redaktion Wirtschaft".

    Only the credit's shape is checked (a group word from ``GROUP_CREDIT_WORDS`` and a word
    naming the group); the caller checks that it stands where a byline stands. A group word
    alone, or with only generic words ("Staff", "Editorial Team", "Our Editors", "Guest
    Contributor"), names nobody; nor does a menu entry ("Meet the Team", "Join Our Team"), a
    job ("Staff Writer") or a handle.

    >>> is_group_credit("The Investopedia Team")
    True
    >>> is_group_credit("News Desk")
    True
    >>> is_group_credit("Staff")
    False
    >>> is_group_credit("Join Our Team")
    False
    """
    words = text.split()
    if not 2 <= len(words) <= patterns.GROUP_CREDIT_MAX_WORDS:
        return False
    if len(text) > patterns.GROUP_CREDIT_MAX_CHARS:
        return False
    group = named = False
    for word in words:
        key = word.casefold()
        if key in _GROUP_WORDS:
            group = True
        elif key in _GROUP_JOINERS or key in _GROUP_GENERIC:
            continue
        elif (
            not _GROUP_NAME_WORD.match(word)
            or key in _NOT_NAME
            or key in _ROLE_WORDS
            or key in _WEEKDAYS
        ):
            return False  # a handle, a lower-case word, a menu word or a job
        else:
            named = True
    return group and named


def is_person_name(text: str) -> bool:
    """Two to five capitalised words (particles like "van", "de", "al" allowed), no digits."""
    words = text.split()
    if not 2 <= len(words) <= 5 or text.casefold() in _NOT_PERSON:
        return False
    if any(w.casefold() in _NOT_PERSON for w in words):
        return False
    return (
        all(_NAME_WORD.match(w) for w in words)
        and words[0][:1].isupper()
        and _GLUED_WORDS.search(text) is None
    )


def _looks_like_organisation(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def leading_name(text: str) -> str | None:
    """The person's name a site's name opens with (2 or 3 capitalised words, up to a
    punctuation mark or a possessive): "Derek Seaman's Tech Blog" → "Derek Seaman", "Sam
    Bossley 2012-2025" → "Sam Bossley", "Myles Katherine Photography" → itself (the caller
    trims the trade words); ``None`` when it opens with no name.

    >>> leading_name("Derek Seaman's Tech Blog")
    'Derek Seaman'
    >>> leading_name("Toby Hede. All rights reserved.")
    'Toby Hede'
    """
    words: list[str] = []
    for raw in text.split()[: patterns.SITE_OWNER_MAX_WORDS]:
        word = raw.rstrip(".,;:!|")
        bare = word.removesuffix("'s").removesuffix("’s")
        if bare.casefold() in _ORGANISATION_WORDS:
            return None  # "Linux Foundation", "Mumsnet Ltd": a firm's name
        if not _BARE_NAME_WORD.match(bare) or bare.casefold() in _NOT_NAME:
            break
        words.append(bare)
        if bare != raw:
            break  # "Seaman's", "Hede.": the name ends there
    if len(words) < 2 or not is_person_name(" ".join(words)):
        return None
    return " ".join(words)


def host_spells(name: str, labels: Sequence[str]) -> bool:
    """True when a label of the site's host is made of ``name``'s words (one of 4 letters or
    more among them) but for at most ``SITE_OWNER_SPARE_LETTERS`` letters: "Toby Hede" on
    tobyhede.com, "Pierce Freeman" on pierce.dev, "Cory Dransfeldt" on coryd.dev, "John
    Scalzi" on whatever.scalzi.com. ``labels`` are the host's labels but the last, as
    :func:`newsclean.sources.site_labels` gives them.

    >>> host_spells("Cory Dransfeldt", ["coryd"])
    True
    >>> host_spells("Anil Madhavapeddy", ["anil", "recoil"])
    True
    >>> host_spells("Jane Doe", ["example"])
    False
    """
    words = sorted((_letters(w) for w in name.split()), key=len, reverse=True)
    for label in labels:
        rest = label
        longest = 0
        for word in words:
            if len(word) >= 3 and word in rest:
                rest = rest.replace(word, "", 1)
                longest = max(longest, len(word))
        if longest >= 4 and len(rest) <= patterns.SITE_OWNER_SPARE_LETTERS:
            return True
    return False

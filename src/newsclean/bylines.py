"""Recognise a byline and read the people's names out of it."""

from __future__ import annotations

import regex

from newsclean.matching import any_of, phrase_set
from newsclean.patterns import metadata as patterns

_BYLINE = regex.compile(
    r"^(?:" + "|".join(patterns.BYLINE_PREFIXES) + r")\s+(?P<names>\S.*)$", regex.IGNORECASE
)
_SEPARATORS = any_of(patterns.NAME_SEPARATORS)
# What can follow the names on a byline line, glued or not: "By Jane DoePublished: 7 June 2025".
_TRAILER = regex.compile(r"(?:" + "|".join(patterns.BYLINE_TRAILERS) + r")", regex.IGNORECASE)
_NOT_PERSON = phrase_set(patterns.NOT_PERSON_WORDS)
_NAME_WORD = regex.compile(
    r"^[\p{Lu}][\p{L}'’.\-]*$|^(?:de|da|van|von|der|den|del|la|le|bin|ibn|al|el|di|du)$"
)


def parse_byline(text: str) -> tuple[str, ...] | None:
    """The authors named in a byline, or ``None`` when ``text`` is not a byline.

    Organisations and desks ("Staff", "Reuters") are not authors, so a byline that names only
    them gives an empty tuple.

    >>> parse_byline("By Sabina Mammadli")
    ('Sabina Mammadli',)
    >>> parse_byline("By Jane Doe and John Roe, Reuters")
    ('Jane Doe', 'John Roe')
    >>> parse_byline("By Korin MillerPublished: Jan 29, 2025")
    ('Korin Miller',)
    >>> parse_byline("By the end of the week the talks had failed.") is None
    True
    """
    if len(text) > patterns.BYLINE_MAX_CHARS:
        return None
    match = _BYLINE.match(text.strip())
    if match is None:
        return None
    listed = _TRAILER.split(match.group("names"), maxsplit=1)[0]
    parts = [p.strip(" .:-–—") for p in _SEPARATORS.split(listed)]
    names: list[str] = []
    for part in parts:
        if not part:
            continue
        if not is_person_name(part):
            if part.casefold() in _NOT_PERSON or _looks_like_organisation(part):
                continue
            return None  # a sentence, not a list of names
        names.append(part)
    if not names and not any(p.casefold() in _NOT_PERSON for p in parts if p):
        return None
    return tuple(names)


def is_person_name(text: str) -> bool:
    """Two to five capitalised words (particles like "van", "de", "al" allowed), no digits."""
    words = text.split()
    if not 2 <= len(words) <= 5 or text.casefold() in _NOT_PERSON:
        return False
    if any(w.casefold() in _NOT_PERSON for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper()


def _looks_like_organisation(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)

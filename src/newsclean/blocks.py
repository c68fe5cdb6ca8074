"""Split a text or markdown dump into blocks, the unit every cleaner works on.

A block is a paragraph, a heading, a list item or an image line. Blocks are separated by blank
lines *or* single newlines (scrapers put one paragraph per line); a line that continues the one
before it (the previous line has no closing punctuation and this one starts in lower case) is a
hard wrap and is joined back. Markdown markup is understood and taken out of the text, but what
it says is kept on the block: heading level, whole-line emphasis, how much of the text was links.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from newsclean.matching import WHITE_SPACE, normal_form

# str.strip()'s whitespace less U+0085: a trailing "\x85" is the second half of damaged UTF-8
# ("х" read as Latin-1 is "Ñ\x85"), which fix_encoding needs whole.
_STRIPPED = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\x85")
# The line boundaries of str.splitlines, less U+0085 (see split_lines).
_LINE_BREAK_NOT_NEL = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\u2028\u2029]")


class BlockKind(enum.Enum):
    """What a block is on the page, as far as the markup tells."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    IMAGE = "image"


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One unit of page text, with its markup facts kept beside the plain text."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    line: int = 0
    heading_level: int = 0
    emphasized: bool = False
    link_chars: int = 0
    words: int = field(init=False, repr=False, compare=False)
    """Number of ``\\w+`` tokens (letters or digits) in ``text``, counted once at construction:
    every cleaner asks whether a block is prose, which starts from its word count."""
    normal: str = field(init=False, repr=False, compare=False)
    """``text`` in :func:`newsclean.matching.normal_form`, computed once at construction: the
    phrase lookups and title/masthead comparisons of several cleaners all read it."""
    prose_memo: bool | None = field(init=False, repr=False, compare=False)
    """What :func:`newsclean.textstats.is_prose` found for this block, once it was asked
    (``None`` before): a fact about the block's own fields, which cleaners ask several times."""

    def __init__(
        self,
        text: str,
        kind: BlockKind = BlockKind.PARAGRAPH,
        line: int = 0,
        heading_level: int = 0,
        emphasized: bool = False,
        link_chars: int = 0,
    ) -> None:
        # Written out rather than generated with a ``__post_init__``, and each slot set through
        # its own descriptor (``_SETTERS``) rather than ``object.__setattr__`` by name: a page
        # makes hundreds of blocks, and setting nine slots this way takes a third less time.
        (
            set_text, set_kind, set_line, set_level, set_emph,
            set_links, set_words, set_normal, set_memo,
        ) = _SETTERS
        set_text(self, text)
        set_kind(self, kind)
        set_line(self, line)
        set_level(self, heading_level)
        set_emph(self, emphasized)
        set_links(self, link_chars)
        set_words(self, word_count(text))
        set_normal(self, normal_form(text))
        set_memo(self, None)

    @property
    def marked_heading(self) -> bool:
        """True when the markup itself says this is a heading (``#`` or a whole bold line)."""
        return self.kind is BlockKind.HEADING or self.emphasized

    @property
    def link_density(self) -> float:
        """Share of the visible text that sat inside links (0 for plain text)."""
        return self.link_chars / len(self.text) if self.text else 0.0


# The slots' own setters, in field order: calling a slot descriptor's ``__set__`` skips the
# attribute lookup by name that ``object.__setattr__`` does (the frozen class forbids plain
# assignment, so ``__init__`` has to go around it one way or the other).
_SETTERS = tuple(
    getattr(Block, name).__set__
    for name in (
        "text", "kind", "line", "heading_level", "emphasized", "link_chars", "words", "normal",
        "prose_memo",
    )
)


_WORD = re.compile(r"\w+")  # str patterns in ``re`` are Unicode-aware
# On ASCII text ``\w`` is exactly [A-Za-z0-9_]: a byte table turns every such byte into "a" and
# every other byte into a space, and the words are the places where an "a" follows a space (or
# starts the text). Counting them with ``bytes.count`` makes no list of words, unlike the
# pattern's ``findall`` or ``bytes.split`` (tests/test_fast_paths.py holds them to one answer).
_ASCII_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_ASCII_WORD_TO_A = bytes(0x61 if b in _ASCII_WORD_BYTES else 0x20 for b in range(256))


def word_count(text: str) -> int:
    """Number of ``\\w+`` tokens (letters or digits) in ``text``.

    >>> word_count("It's 9:30 in São_Paulo"), word_count("Москва, 2024")
    (6, 2)
    """
    if text.isascii():
        marks = text.encode("ascii").translate(_ASCII_WORD_TO_A)
        return marks.count(b" a") + marks.startswith(b"a")
    return len(_WORD.findall(text))


# --- markdown syntax (bounded, linear-time patterns) -------------------------------------------
_SETEXT = regex.compile(r"^(=+|-+)[ \t]*$")
_BULLET = regex.compile(r"^(?:[*+\-•·▪►]|\d{1,3}[.)])[ \t]+(?=\S)")
_BLOCKQUOTE = regex.compile(r"^(?:>[ \t]?)+")
_RULE = regex.compile(r"^(?:[-*_=][ \t]*){3,}$")
# Link and image patterns run on every line with a link: they are written for the standard
# library's engine (about twice as fast on them as ``regex``), with ``regex``'s ``\s`` (the
# Unicode White_Space set) spelled out, as ``re``'s ``\s`` also takes the separators \x1c-\x1f
# (shared with newsclean.matching, which writes its share-bar patterns the same way).
_WS = WHITE_SPACE
_URL = rf"(?:[^(){_WS}]{{0,2000}}|[^(){_WS}]{{0,2000}}\([^(){_WS}]{{0,500}}\))"
_IMAGE = re.compile(
    rf"!\[([^\]\n]{{0,500}})\]\({_URL}(?:[ \t]+\"[^\"\n]{{0,300}}\")?\)"
)
_LINK = re.compile(
    rf"\[([^\[\]\n]{{0,1000}})\]\({_URL}(?:[ \t]+\"[^\"\n]{{0,300}}\")?\)"
)
_AUTOLINK = regex.compile(r"<(https?://[^>\s]{1,2000})>")
_WHOLE_EMPHASIS = regex.compile(r"^(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1$")
_STRONG = regex.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1(?![\w*])")
_EM = regex.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]{1,500}?)(?<=[^\s*_])\1(?![\w*])")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# First characters the line patterns above can match at (most lines start with none of them, and
# a string test is cheaper than a failing regex match). A bullet may also start with a digit:
# any non-ASCII character is left to the pattern, whose Unicode tables may know more digits.
_BULLET_STARTS = "*+-•·▪►"
_RULE_STARTS = "-*_="
_RULE_CHARS = "-*_= \t"
_EMPHASIS_STARTS = ("**", "__")

WRAP_MIN_WORDS = 3
"""Both lines of a hard wrap have at least this many words, unless the first one is long."""
WRAP_MIN_LINE_CHARS = 50
"""A line this long that stops mid-sentence is a wrapped line whatever follows it."""

# A line with no closing punctuation, followed by one starting in lower case, is a hard wrap.
_OPEN_END = regex.compile(r"[\p{L}\p{N},\-–]$")
_LOWER_START = regex.compile(r"^\p{Ll}")


@dataclass(slots=True)  # internal and never changed; not frozen, as that makes it slower to build
class _Line:
    text: str
    number: int
    kind: BlockKind
    heading_level: int
    emphasized: bool
    link_chars: int


def split_blocks(text: str, *, markdown: bool) -> list[Block]:
    """Split page text into blocks; with ``markdown`` inline links and emphasis are unwrapped.

    >>> page = "Title\\n\\nThe first line that is\\nwrapped at the margin.\\nNext."
    >>> [b.text for b in split_blocks(page, markdown=False)]
    ['Title', 'The first line that is wrapped at the margin.', 'Next.']
    >>> b = split_blocks("## A *fine* [day](http://x.org)", markdown=True)[0]
    >>> b.text, b.kind.value, b.heading_level
    ('A fine day', 'heading', 2)
    """
    blocks: list[Block] = []
    pending: _Line | None = None
    for line in _lines(text, markdown=markdown):
        if line is None:  # blank line: paragraph boundary
            if pending is not None:
                blocks.append(_to_block(pending))
                pending = None
            continue
        if pending is not None and _continues(pending, line):
            pending = _Line(
                _join_wrap(pending.text, line.text),
                pending.number,
                pending.kind,
                pending.heading_level,
                pending.emphasized and line.emphasized,
                pending.link_chars + line.link_chars,
            )
            continue
        if pending is not None:
            blocks.append(_to_block(pending))
        pending = line
    if pending is not None:
        blocks.append(_to_block(pending))
    return blocks


def _to_block(line: _Line) -> Block:
    # Positional arguments and a comparison rather than ``min``: one call per block of a page.
    text = line.text
    links = line.link_chars
    return Block(
        text,
        line.kind,
        line.number,
        line.heading_level,
        line.emphasized,
        links if links <= len(text) else len(text),
    )


def _continues(previous: _Line, line: _Line) -> bool:
    """A hard wrap: an open-ended line followed by a lower-case one, both of sentence size.

    Menus and share bars are runs of one- or two-word lower-case lines ("twitter", "print",
    "copy link"); they are not wraps, so both lines need a few words, or the first one must be
    as long as a wrapped line (then a short last line such as "above." still joins).
    """
    if previous.kind is not BlockKind.PARAGRAPH or line.kind is not BlockKind.PARAGRAPH:
        return False
    if previous.emphasized or not _open_ended(previous.text) or not _starts_lower(line.text):
        return False
    sentence_sized = (
        previous.text.count(" ") >= WRAP_MIN_WORDS - 1
        and line.text.count(" ") >= WRAP_MIN_WORDS - 1
    )
    return sentence_sized or len(previous.text) >= WRAP_MIN_LINE_CHARS


def _open_ended(text: str) -> bool:
    """``_OPEN_END`` searched in a stripped line (its "$" is then the last character), with
    ASCII answered by string methods (tests/test_fast_paths.py holds them to the pattern)."""
    last = text[-1:]
    if last.isascii():
        return last.isalnum() or last in (",", "-")
    return _OPEN_END.search(last) is not None


def _starts_lower(text: str) -> bool:
    """``_LOWER_START`` matched at the start of ``text``, ASCII answered by string methods."""
    first = text[:1]
    if first.isascii():
        return "a" <= first <= "z"
    return _LOWER_START.match(first) is not None


def _join_wrap(left: str, right: str) -> str:
    # "self-" + "driving" keeps its hyphen and no space; everything else joins with a space.
    if left.endswith("-") and not left.endswith(" -"):
        return left + right
    return f"{left} {right}"


def split_lines(text: str) -> list[str]:
    r"""``str.splitlines`` except at U+0085: in scraped text that C1 character is almost always
    damage, not a line break: the second byte of UTF-8 read as Latin-1 ("х" is D1 85, read as
    "Ñ\x85") or a cp1252 "…". ``fix_encoding`` repairs it if the sequence stays whole.

    >>> split_lines("Wait\x85 what?\nNext line\n")
    ['Wait\x85 what?', 'Next line']
    """
    if "\x85" not in text:
        return text.splitlines()
    lines = _LINE_BREAK_NOT_NEL.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # like splitlines: a final line break does not open another line
    return lines


def _lines(text: str, *, markdown: bool) -> Iterator[_Line | None]:
    raw_lines = split_lines(text)
    previous: _Line | None = None
    for number, raw in enumerate(raw_lines, start=1):
        stripped = raw.strip(_STRIPPED)
        if not stripped:
            previous = None
            yield None
            continue
        # A horizontal rule, or a short setext underline ("Title" / "==") under a text line, only
        # separates blocks. (The line above a setext underline stays a paragraph: html2text
        # writes "#" headings, so setext headings are not read as headings.)
        setext = (
            markdown
            and previous is not None
            and stripped[0] in "=-"
            and _SETEXT.match(stripped) is not None
        )
        # A rule is nothing but rule characters, spaces and tabs: the pattern only confirms a
        # line of those (most lines starting with "-" or "*" are list items).
        if setext or (
            stripped[0] in _RULE_STARTS
            and not stripped.strip(_RULE_CHARS)
            and _RULE.match(stripped)
        ):
            previous = None
            yield None
            continue
        line = _parse_line(stripped, number, markdown=markdown)
        previous = line
        if line is not None:
            yield line


# First characters after which a plain-text line can only be a paragraph (no heading, bullet or
# emphasis can start with them): most lines of a text dump, given their _Line at once.
_PLAIN_STARTS = frozenset(chr(c) for c in range(128)) - set("#_" + _BULLET_STARTS + "0123456789")


def _parse_line(stripped: str, number: int, *, markdown: bool) -> _Line | None:
    if not markdown and stripped[0] in _PLAIN_STARTS:
        return _Line(stripped, number, BlockKind.PARAGRAPH, 0, False, 0)
    kind = BlockKind.PARAGRAPH
    level = 0
    body = stripped
    if markdown and body.startswith(">"):
        body = _BLOCKQUOTE.sub("", body)
    first = body[:1]
    heading = _heading(body) if first == "#" else None
    if heading is not None:
        kind, level, body = BlockKind.HEADING, heading[0], heading[1]
    elif first in _BULLET_STARTS or first.isdigit() or not first.isascii():
        bullet = _BULLET.match(body)
        if bullet is not None:
            kind, body = BlockKind.LIST_ITEM, body[bullet.end() :]
    emphasized = False
    # The pattern closes with the marker it opened with at the very end (a line holds no "\n"
    # for its "$" to stop before): a line that does not end with it is not tried.
    whole = (
        _WHOLE_EMPHASIS.match(body)
        if body.startswith(_EMPHASIS_STARTS) and body.endswith(body[:2])
        else None
    )
    if whole is not None and "**" not in whole.group(2) and "__" not in whole.group(2):
        emphasized, body = True, whole.group(2)
    link_chars = 0
    if markdown:
        body, link_chars, image_alts = _unwrap_inline(body)
        if not body.strip():
            if not image_alts:
                return None
            return _Line(" ".join(image_alts).strip(), number, BlockKind.IMAGE, 0, False, 0)
    body = body.strip(_STRIPPED)
    if not body:
        return None
    return _Line(body, number, kind, level, emphasized, link_chars)


def _heading(body: str) -> tuple[int, str] | None:
    """``_HEADING`` matched on a line: its level and text, or ``None``.

    The pattern's lazy text and its closing ``[ \t#]*$`` leave the text after the opening
    hashes and spaces with its trailing spaces, tabs and hashes cut: written as string
    operations, as headings are frequent in markdown and the pattern retries its closing part
    at every character (tests/test_fast_paths.py holds the two to one answer).
    """
    level = len(body) - len(body.lstrip("#"))
    if not 1 <= level <= 6 or body[level : level + 1] not in (" ", "\t"):
        return None
    return level, body[level:].lstrip(" \t").rstrip(" \t#")


def _unwrap_inline(body: str) -> tuple[str, int, list[str]]:
    """Replace images by nothing, links by their text; count link characters."""
    image_alts: list[str] = []

    def drop_image(match: re.Match[str]) -> str:
        alt = match.group(1).strip()
        if alt:
            image_alts.append(alt)
        return ""

    # Each pattern needs a literal that most lines lack ("![", "](", "<", "*" or "_", "\\"):
    # a substring test on the text as it stands skips the pattern where it cannot match.
    if "![" in body:
        body = _IMAGE.sub(drop_image, body)
    link_chars = 0

    def keep_link_text(match: re.Match[str]) -> str:
        nonlocal link_chars
        label = match.group(1).strip()
        link_chars += len(label)
        return label

    if "](" in body:
        body = _LINK.sub(keep_link_text, body)
    if "<" in body:
        body = _AUTOLINK.sub(lambda m: m.group(1), body)
    # Strong emphasis needs a doubled marker, emphasis two of one marker character.
    if "**" in body or "__" in body:
        body = _STRONG.sub(lambda m: m.group(2), body)
    if body.count("*") >= 2 or body.count("_") >= 2:
        body = _EM.sub(lambda m: m.group(2), body)
    if "\\" in body:
        body = _ESCAPE.sub(lambda m: m.group(1), body)
    return body, link_chars, image_alts

"""Fast paths give exactly the answers of the patterns they stand in for.

Speed work replaces a ``regex`` pattern by a string test or by a pattern for the standard
library's engine; these tests hold the two to the same answer on every character they cover.
"""

from __future__ import annotations

import re
import sys

import regex

from newsclean import matching

_EVERY_CHARACTER = "".join(
    chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
)


def test_white_space_is_what_regex_means_by_backslash_s() -> None:
    spelled = re.findall(f"[{matching.WHITE_SPACE}]", _EVERY_CHARACTER)
    assert spelled == regex.findall(r"\s", _EVERY_CHARACTER)
    assert "\x1c" not in spelled  # the standard library's \s would take it


def test_first_token_and_separators_as_the_regex_patterns_had_them() -> None:
    separators = r"[\s|•·/,;:»«›‹–—()\[\]]"
    first = regex.compile(rf"^{separators}*([^\s|•·/,;:»«›‹–—()\[\]]+)")
    split = regex.compile(rf"{separators}+")
    texts = [
        "Share this",
        "  | Facebook · Twitter",
        "a\x1cb\x1fc",
        "x\x85y\u3000z",
        "—",
        "",
        "日本語 の テキスト",
        "(copy link) [print]",
    ]
    for text in texts:
        got = matching._FIRST_TOKEN.match(text)
        want = first.match(text)
        assert (got and got.group(1)) == (want and want.group(1)), text
        assert matching._SEPARATORS.split(text) == split.split(text), text

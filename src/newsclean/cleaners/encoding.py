"""``fix_encoding``: repair mojibake and HTML entities left in text, and nothing else."""

from __future__ import annotations

import re

import ftfy

from newsclean.document import Document

NAME = "fix_encoding"

# ftfy set to repair, never to restyle: curly quotes, ligatures, full-width forms and the
# Unicode normal form stay exactly as written.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

# Cheap gate: only text showing a sign of damage goes through ftfy (it costs ~0.4 ms/KB). Signs:
# a UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation byte read the same way,
# C1 control characters, escaped terminal colours, lone surrogates, and HTML entities.
_CONTINUATION = (
    "\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
)
# Character classes and literals only: the standard library's engine serves, twice as fast here.
_DAMAGE = re.compile(
    rf"[\u00c2-\u00f4][{_CONTINUATION}]"
    r"|[\u0080-\u009f]|\x1b\[|[\ud800-\udfff]"
    r"|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});"
)


def needs_repair(text: str) -> bool:
    """True when ``text`` shows a sign of encoding damage worth handing to ftfy.

    >>> needs_repair("Mali’s army"), needs_repair("Maliâ€™s army")
    (False, True)
    """
    # The pattern is slow on long non-ASCII text (a few microseconds a block): every sign of
    # damage but an entity or an escape holds a character from U+0080 to U+00FF (encoded in
    # UTF-8 behind a lead byte C2 or C3, bytes that stand for nothing else) or a surrogate
    # (which UTF-8 refuses), so text without those is answered by byte searches.
    if "&" not in text and "\x1b" not in text:
        if text.isascii():
            return False
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return True
        if b"\xc2" not in data and b"\xc3" not in data:
            return False
    return _DAMAGE.search(text) is not None


def fix_encoding(doc: Document) -> Document:
    """Repair mojibake ("â€™" → "’"), stray HTML entities and C1 controls, block by block.

    Correct text is left alone: typographic quotes, dashes and non-Latin scripts stay as
    written. Every changed block is recorded in ``repaired`` with the reason
    ``mojibake_repaired`` (wrong decoding undone) or ``html_entities_decoded``.
    """
    edits: list[tuple[int, str, str]] = []
    for index, block in enumerate(doc.blocks):
        if not needs_repair(block.text):
            continue
        fixed, steps = ftfy.fix_and_explain(block.text, config=_CONFIG)
        if fixed == block.text:
            continue
        names = {step[0] for step in steps or ()}
        reason = (
            "html_entities_decoded"
            if names <= {"apply", "unescape_html"}
            and any(s[1] == "unescape_html" for s in steps or ())
            else "mojibake_repaired"
        )
        edits.append((index, fixed, reason))
    return doc.replace_texts(edits, cleaner=NAME)

"""``normalize_whitespace``: drop invisible control characters and collapse runs of spaces."""

from __future__ import annotations

import regex

from newsclean.document import Document

NAME = "normalize_whitespace"

# Zero-width space, word joiner, BOM and soft hyphen: invisible format characters inside words,
# removed so the word reads whole. Zero-width (non-)joiners and direction marks are kept: Persian,
# Indic scripts, emoji sequences and right-to-left text need them. No-break spaces are kept too.
_INVISIBLE = regex.compile(r"[\u200b\u2060\ufeff\u00ad]+")
# Control characters stand where a separator was (record separators, form feeds, backspaces in
# pasted text): they become a space, so that the words on either side are not glued together.
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SPACE_RUN = regex.compile(r"[ \t]{2,}|\t")


def normalize_whitespace(doc: Document) -> Document:
    """Remove control and zero-width characters; turn runs of spaces and tabs into one space.

    Recorded in ``repaired`` as ``control_characters_removed`` or ``whitespace_collapsed``; a
    block left with nothing visible is removed as ``empty_block``.
    """
    empty: dict[int, str] = {}
    edits: list[tuple[int, str, str]] = []
    for index, block in enumerate(doc.blocks):
        text = block.text
        if text.isprintable():  # fast path: no controls, no invisible or exotic spaces
            if "  " in text:
                edits.append((index, _SPACE_RUN.sub(" ", text), "whitespace_collapsed"))
            continue
        visible = _INVISIBLE.sub("", _CONTROL.sub(" ", text))
        if not visible.strip():
            empty[index] = "empty_block"
            continue
        if visible != text:
            text = visible.strip()
            edits.append((index, text, "control_characters_removed"))
        collapsed = _SPACE_RUN.sub(" ", text)
        if collapsed != text:
            edits.append((index, collapsed, "whitespace_collapsed"))
    # Edits keep the block count, so the indices of the empty blocks still hold afterwards.
    return doc.replace_texts(edits, cleaner=NAME).drop(empty, cleaner=NAME)

"""The working state that flows through the cleaners: blocks, metadata found so far, records.

A ``Document`` is immutable. A cleaner returns a new one through ``Document.drop``,
``Document.replace_text`` or ``Document.with_metadata``, which also write the record of
what changed, so no cleaner can remove or rewrite text without saying so.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from pydantic import TypeAdapter

from newsclean.blocks import Block
from newsclean.model import RemovedBlock, Repair

_REMOVED_BLOCKS: TypeAdapter[tuple[RemovedBlock, ...]] = TypeAdapter(tuple[RemovedBlock, ...])


class InputFormat(enum.Enum):
    """What kind of page text came in."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article metadata found so far, with the evidence for each field in ``provenance``."""

    title: str | None = None
    subtitle: str | None = None
    description: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: datetime | None = None
    source: str | None = None
    language: str | None = None
    provenance: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class Document:
    """A page on its way through the pipeline."""

    blocks: tuple[Block, ...]
    format: InputFormat
    url: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    removed: tuple[RemovedBlock, ...] = ()
    repaired: tuple[Repair, ...] = ()
    linked_authors: tuple[str, ...] = ()
    """The names a markdown page's links to author pages credit
    (:func:`newsclean.bylines.author_links`): the blocks keep only the links' text, so the
    hint is read before splitting; ``extract_metadata`` takes it when the page's own lines
    name nobody."""

    def drop(self, reasons: Mapping[int, str], *, cleaner: str) -> Document:
        """Remove the blocks at the given indices, recording ``cleaner`` and each reason."""
        if not reasons:
            return self
        # Validated as one batch: a single call into pydantic's core instead of one model
        # constructor per record (pages drop hundreds of blocks; this halves the cost).
        blocks = self.blocks
        indices = sorted(i for i in reasons if 0 <= i < len(blocks))
        records = _REMOVED_BLOCKS.validate_python(
            [
                {
                    "cleaner": cleaner,
                    "reason": reasons[i],
                    "text": blocks[i].text,
                    "line": blocks[i].line or None,
                }
                for i in indices
            ]
        )
        # The kept blocks are the runs between the removed ones: copied a run at a time, a
        # few removals from a long page cost a few slices, not a test per block.
        kept: list[Block] = []
        start = 0
        for i in indices:
            kept += blocks[start:i]
            start = i + 1
        kept += blocks[start:]
        return dataclasses.replace(self, blocks=tuple(kept), removed=self.removed + records)

    def replace_text(
        self,
        index: int,
        new_text: str,
        *,
        cleaner: str,
        reason: str,
        removed_span: str | None = None,
    ) -> Document:
        """Change one block's text; record a repair, or a removed span when text was cut off."""
        if removed_span is None:
            return self.replace_texts([(index, new_text, reason)], cleaner=cleaner)
        block = self.blocks[index]
        if new_text == block.text:
            return self
        blocks = list(self.blocks)
        blocks[index] = dataclasses.replace(
            block, text=new_text, link_chars=min(block.link_chars, len(new_text))
        )
        record = RemovedBlock(
            cleaner=cleaner, reason=reason, text=removed_span, line=block.line or None
        )
        return dataclasses.replace(self, blocks=tuple(blocks), removed=(*self.removed, record))

    def replace_texts(self, edits: Iterable[tuple[int, str, str]], *, cleaner: str) -> Document:
        """Apply ``(index, new_text, reason)`` edits in order, recording a repair for each.

        The same as calling ``replace_text`` per edit, but the blocks are copied once: a
        cleaner that repairs every block of a large page stays linear.
        """
        blocks = list(self.blocks)
        records: list[Repair] = []
        for index, new_text, reason in edits:
            block = blocks[index]
            if new_text == block.text:
                continue
            blocks[index] = dataclasses.replace(
                block, text=new_text, link_chars=min(block.link_chars, len(new_text))
            )
            records.append(
                Repair(
                    cleaner=cleaner,
                    reason=reason,
                    before=block.text,
                    after=new_text,
                    line=block.line or None,
                )
            )
        if not records:
            return self
        return dataclasses.replace(self, blocks=tuple(blocks), repaired=(*self.repaired, *records))

    def with_metadata(self, *, evidence: Mapping[str, str], **values: Any) -> Document:
        """Set metadata fields; ``evidence`` says, per field, where the value came from."""
        provenance = dict(self.metadata.provenance)
        provenance.update(evidence)
        metadata = dataclasses.replace(
            self.metadata, provenance=MappingProxyType(provenance), **values
        )
        return dataclasses.replace(self, metadata=metadata)

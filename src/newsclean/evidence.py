"""Metadata found so far and the evidence for each value: shared by the text and HTML readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Found:
    """Metadata values read from a page and the evidence each one came from.

    Readers offer values strongest evidence first; the first value offered for a field stays.
    """

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: Any, evidence: str) -> None:
        """Keep the first (strongest) value offered for a field; empty values are no value."""
        if name not in self.values and value:
            self.values[name] = value
            self.evidence[name] = evidence

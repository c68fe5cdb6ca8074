"""The typed result of cleaning: ``Article`` and the records of what was taken out.

The model is the library's boundary: JSON in and out goes through it, it is frozen so a result
cannot drift after it was produced, and unknown fields are rejected so a typo in a fixture fails.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RemovedBlock(_Frozen):
    """A block (or a leading span of one) that a cleaner took out of the body, and why."""

    cleaner: str = Field(
        description="Name of the cleaner that removed it, e.g. 'remove_site_chrome'."
    )
    reason: str = Field(description="Stable snake_case reason code, e.g. 'share_buttons'.")
    text: str = Field(description="The text that was removed, as it stood when removed.")
    line: int | None = Field(default=None, description="1-based line of the input it started on.")


class Repair(_Frozen):
    """A block whose text a cleaner changed in place (encoding or whitespace repair)."""

    cleaner: str
    reason: str
    before: str
    after: str
    line: int | None = None


class Article(_Frozen):
    """A cleaned news article.

    ``paragraphs`` hold the body only; title, bylines, datelines and credit lines are moved into
    their fields and recorded in ``removed`` with the reason they left the body.
    """

    title: str | None = None
    subtitle: str | None = Field(default=None, description="Standfirst printed under the title.")
    description: str | None = Field(
        default=None, description="Summary printed apart from the body (teaser, meta description)."
    )
    byline: str | None = Field(
        default=None, description="The byline as printed, e.g. 'By A. Writer'."
    )
    authors: list[str] = Field(default_factory=list, description="People credited in the byline.")
    date: datetime | None = Field(
        default=None,
        description="Publication date; timezone-aware only when the page gives a zone.",
    )
    source: str | None = Field(default=None, description="The outlet credited for the article.")
    language: str | None = Field(default=None, description="ISO 639-1 code of the body text.")
    url: str | None = None
    paragraphs: list[str] = Field(default_factory=list)
    removed: list[RemovedBlock] = Field(default_factory=list)
    repaired: list[Repair] = Field(default_factory=list)
    provenance: dict[str, str] = Field(
        default_factory=dict,
        description="For each metadata field that was set, the evidence it came from.",
    )

    @property
    def text(self) -> str:
        """The body as plain text: paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def render(self) -> str:
        """Title, a blank line, then the paragraphs: the article's own plain-text rendering.

        Cleaning this rendering again gives back the same title and paragraphs.
        """
        head = [self.title] if self.title else []
        return "\n\n".join([*head, *self.paragraphs])

"""Exceptions raised by newsclean.

Every error a caller can act on derives from ``NewscleanError``, so one ``except`` clause
covers the library; each message says what to do next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclean.model import Article


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class EmptyInputError(NewscleanError, ValueError):
    """The page holds no text at all (empty, whitespace or markup only)."""


class InputTooLargeError(NewscleanError, ValueError):
    """The page is larger than the configured limit; raise ``max_chars`` to accept it."""


class UnknownFormatError(NewscleanError, ValueError):
    """A format name that newsclean does not know was asked for."""


class UnknownCleanerError(NewscleanError, KeyError):
    """A pipeline named a cleaner that is not in the registry."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class UnsupportedFormatError(NewscleanError, ValueError):
    """The input was recognised but this version cannot clean it yet."""


class UnreadableInputError(NewscleanError, ValueError):
    """A batch input could not be read as a page: a file that cannot be opened, a JSONL line that
    is not a JSON object with a page field, a damaged WARC file."""


class NoArticleError(NewscleanError):
    """Cleaning left no body text: the page is not an article, or every block looked like chrome.

    ``article`` holds what was found (metadata and the ``removed`` record) so that a caller can
    inspect why; ``clean(..., require_body=False)`` returns it instead of raising.
    """

    def __init__(self, message: str, article: Article) -> None:
        super().__init__(message)
        self.article = article

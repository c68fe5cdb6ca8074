"""newsclean: turn scraped news pages into clean, typed articles.

>>> import newsclean
>>> page = "Title of the story\\n\\nShare\\n\\nThe body of the story is one sentence long."
>>> article = newsclean.clean(page)
>>> article.title, article.paragraphs, [r.reason for r in article.removed]
('Title of the story', ['The body of the story is one sentence long.'], ['share_buttons', 'title'])
"""

from newsclean.document import Document, InputFormat
from newsclean.errors import (
    EmptyInputError,
    InputTooLargeError,
    NewscleanError,
    NoArticleError,
    UnknownCleanerError,
    UnknownFormatError,
    UnreadableInputError,
    UnsupportedFormatError,
)
from newsclean.model import Article, RemovedBlock, Repair
from newsclean.pipeline import Pipeline, clean
from newsclean.registry import CLEANERS

__version__ = "0.1.0"

__all__ = [
    "CLEANERS",
    "Article",
    "Document",
    "EmptyInputError",
    "InputFormat",
    "InputTooLargeError",
    "NewscleanError",
    "NoArticleError",
    "Pipeline",
    "RemovedBlock",
    "Repair",
    "UnknownCleanerError",
    "UnknownFormatError",
    "UnreadableInputError",
    "UnsupportedFormatError",
    "__version__",
    "clean",
]

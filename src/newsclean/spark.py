"""Clean a Spark DataFrame column of pages into Article columns (``newsclean[spark]`` extra).

When one machine is not enough, Spark spreads the pages over a cluster; this module only adds
the cleaning step, as a pandas UDF (batches of rows cross to Python as Arrow, not row by row)::

    from newsclean.spark import clean_column
    articles = df.withColumn("a", clean_column("text", url="url")).select("id", "a.*")

Each row gets the :class:`~newsclean.model.Article` fields plus an ``error`` struct
(``type``, ``message``), null when the page was cleaned: like the batch command, a page that
fails becomes a row with its error, never a failed job. ``date`` is an ISO 8601 string, as in
the JSON output: dates are timezone-aware only when the page says so, and one Spark timestamp
column cannot hold both kinds without inventing a zone. See ``docs/batch.md`` for a whole job.
"""

from __future__ import annotations

from typing import Any

from newsclean.model import Article
from newsclean.pipeline import clean

try:
    import pandas as pd
    from pyspark.sql import Column
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.functions import pandas_udf
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"newsclean.spark needs PySpark, pandas and PyArrow ({error}): "
        "pip install 'newsclean[spark]'"
    ) from error

_STRING_FIELDS = (
    "title",
    "subtitle",
    "description",
    "byline",
    "date",
    "source",
    "language",
    "url",
)

RESULT_DDL = (
    "title string, subtitle string, description string, byline string, "
    "authors array<string>, date string, source string, language string, url string, "
    "paragraphs array<string>, "
    "removed array<struct<cleaner: string, reason: string, text: string, line: int>>, "
    "repaired array<struct<cleaner: string, reason: string, before: string, after: string, "
    "line: int>>, "
    "provenance map<string, string>, "
    "error struct<type: string, message: string>"
)
"""The struct a cleaned row becomes: the Article's fields, in order, then ``error``."""

COLUMNS = (*Article.model_fields, "error")
"""Top-level names of :data:`RESULT_DDL` (a test holds the two in step with the model)."""


def clean_row(
    page: str | bytes | None,
    url: str | None = None,
    *,
    format: str | None = None,
    explain: bool = False,
) -> dict[str, Any]:
    """One page as a row of :data:`RESULT_DDL`; the plain-Python core of :func:`clean_column`.

    >>> page = "Wagner leaves Mali\\n\\nThe group said on Friday that its fighters go home."
    >>> row = clean_row(page)
    >>> row["title"], row["error"]
    ('Wagner leaves Mali', None)
    >>> clean_row("")["error"]["type"]
    'EmptyInputError'
    """
    try:
        if page is None:
            raise TypeError("the page is null: filter out rows without a page first")
        article = clean(page, url=url, format=format, explain=explain)
    except Exception as error:  # one bad page must not fail a Spark task of thousands
        row: dict[str, Any] = dict.fromkeys(_STRING_FIELDS)
        row.update(authors=[], paragraphs=[], removed=[], repaired=[], provenance={}, url=url)
        row["error"] = {"type": type(error).__name__, "message": str(error)}
        return row
    row = article.model_dump(mode="json")
    row["error"] = None
    return row


def clean_column(
    page: Column | str,
    url: Column | str | None = None,
    *,
    format: str | None = None,
    explain: bool = False,
) -> Column:
    """A struct column (:data:`RESULT_DDL`) that cleans ``page`` (string or binary) per row.

    ``url`` is an optional column of page URLs; ``format`` forces ``"text"``, ``"markdown"`` or
    ``"html"`` (default: detect); ``explain=True`` keeps the removed/repaired lists.
    Select ``"col.*"`` to get one column per Article field.
    """

    # A Series-to-DataFrame pandas UDF: Spark hands over Arrow batches of rows, and the
    # returned DataFrame becomes the struct column.
    def _clean(pages: pd.Series, urls: pd.Series) -> pd.DataFrame:
        rows = [
            clean_row(_none_if_na(p), _none_if_na(u), format=format, explain=explain)
            for p, u in zip(pages, urls, strict=True)
        ]
        return pd.DataFrame(rows, columns=list(COLUMNS))

    url_column = (
        F.lit(None).cast("string") if url is None else F.col(url) if isinstance(url, str) else url
    )
    page_column = F.col(page) if isinstance(page, str) else page
    # Typed as Any: PySpark's stubs have no overload for a struct return type given as DDL.
    make_udf: Any = pandas_udf
    result: Column = make_udf(_clean, RESULT_DDL)(page_column, url_column)
    return result


def _none_if_na(value: Any) -> Any:
    # pandas gives NaN/None for SQL nulls depending on the dtype.
    return None if value is None or (isinstance(value, float) and value != value) else value


__all__ = ["COLUMNS", "RESULT_DDL", "clean_column", "clean_row"]

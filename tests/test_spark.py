"""newsclean.spark in Spark local mode: the rows must equal single-process cleaning.

Skips cleanly when PySpark (``pip install 'newsclean[spark]'``) or a Java runtime is missing.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import newsclean
from tests.conftest import FIXTURES

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME)", allow_module_level=True)

from newsclean.spark import COLUMNS, RESULT_DDL, clean_column, clean_row

PAGES = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))] + [
    "",
    "   \n\n",
    "<html><body><p>A page of HTML.</p></body></html>",
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def expected_row(page: str | bytes, url: str | None, **options: Any) -> dict[str, Any]:
    try:
        row = newsclean.clean(page, url=url, **options).model_dump(mode="json")
        row["error"] = None
    except newsclean.NewscleanError as error:
        return {"url": url, "error": {"type": type(error).__name__, "message": str(error)}}
    return row


def as_plain(value: Any) -> Any:
    from pyspark.sql import Row

    if isinstance(value, Row):
        return {k: as_plain(v) for k, v in value.asDict().items()}
    if isinstance(value, list):
        return [as_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    return value


def test_columns_match_the_article_model() -> None:
    names = [part.split(" ")[0] for part in RESULT_DDL.split(", ") if part.split(" ")[0] in COLUMNS]
    assert tuple(dict.fromkeys(names)) == COLUMNS


@pytest.mark.parametrize("explain", [False, True])
def test_spark_rows_equal_single_process_cleaning(spark: Any, explain: bool) -> None:
    rows = [(i, page, f"https://example.org/{i}") for i, page in enumerate(PAGES)]
    df = spark.createDataFrame(rows, "id int, text string, url string").repartition(2)
    out = df.withColumn("a", clean_column("text", url="url", explain=explain)).select("id", "a.*")
    got = {r["id"]: as_plain(r.asDict(recursive=False)) for r in out.collect()}
    assert len(got) == len(PAGES)
    for i, page in enumerate(PAGES):
        row = got[i]
        row.pop("id")
        want = expected_row(page, f"https://example.org/{i}", explain=explain)
        if want["error"] is None:
            assert row == want
        else:
            assert row["error"] == want["error"] and row["url"] == want["url"]
        assert row == clean_row(page, f"https://example.org/{i}", explain=explain)


def test_binary_column_and_forced_format(spark: Any) -> None:
    page = PAGES[0].encode("utf-16")
    df = spark.createDataFrame([(page,), (None,)], "page binary")
    (good, null) = df.select(clean_column("page", format="text").alias("a")).collect()
    assert as_plain(good["a"]) == {**expected_row(page, None, format="text", explain=False)}
    assert null["a"]["error"]["type"] == "TypeError"

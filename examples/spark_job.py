"""Example Spark job: clean WARC or JSONL files into a Parquet table of articles.

    spark-submit examples/spark_job.py 's3://bucket/cc-news/*.warc.gz' out/articles.parquet
    spark-submit examples/spark_job.py 'exports/*.jsonl' out/articles.parquet --text-field text

WARC files are split across tasks one file per task (a gzipped WARC cannot be split further);
the records are read with the same reader as the batch command, so ids, URLs and error records
match ``python -m newsclean``. JSONL is read by Spark itself. Needs ``newsclean[spark,warc]`` on
the driver and the executors.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator

from pyspark.sql import DataFrame, SparkSession

from newsclean.batch.sources import read_warc
from newsclean.spark import COLUMNS, clean_column


def warc_pages(spark: SparkSession, pattern: str) -> DataFrame:
    """One row per HTML response: location (path#offset), id (WARC-Record-ID), url, page."""

    def pages(item: tuple[str, bytes]) -> Iterator[tuple[str, str, str | None, bytes | None]]:
        path, data = item
        for page in read_warc(path, io.BytesIO(data)):
            body = page.page.encode("utf-8") if isinstance(page.page, str) else page.page
            yield page.source, page.id, page.url, body

    rdd = spark.sparkContext.binaryFiles(pattern).flatMap(pages)
    return spark.createDataFrame(rdd, "location string, id string, url string, page binary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="glob of .warc/.warc.gz or .jsonl files")
    parser.add_argument("output", help="Parquet output folder")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the page")
    parser.add_argument("--format", default=None, help="force text/markdown/html")
    args = parser.parse_args()
    spark = SparkSession.builder.appName("newsclean").getOrCreate()
    if ".jsonl" in args.input:
        df = spark.read.json(args.input).withColumnRenamed(args.text_field, "page")
        fmt = args.format
    else:
        df = warc_pages(spark, args.input)
        fmt = args.format or "html"  # WARC responses are HTML pages
    url = "url" if "url" in df.columns else None
    articles = df.withColumn("a", clean_column("page", url=url, format=fmt))
    # Input columns named like an Article field (url, title, ...) give way to the cleaned ones.
    keep = [c for c in df.columns if c != "page" and c not in COLUMNS]
    articles.select(*keep, "a.*").write.parquet(args.output, mode="overwrite")
    spark.stop()


if __name__ == "__main__":
    main()

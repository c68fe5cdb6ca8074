"""Clean many pages at once: folders, JSONL exports and WARC files in, one record per page out.

The command line (``python -m newsclean DIR -o out.jsonl``) is the usual way in; these names let
a program do the same::

    from newsclean.batch import CleanOptions, iter_inputs, open_output, run
    writer, done = open_output("out.jsonl", to="jsonl", resume=True)
    summary = run(iter_inputs(["pages/"]), writer, options=CleanOptions(), workers=2, done=done)
    writer.close()

See ``docs/batch.md`` for the record format and the resume rules.
"""

from newsclean.batch.output import OutputFormat, RecordWriter, open_output
from newsclean.batch.runner import (
    CleanOptions,
    Outcome,
    Summary,
    WorkerCrashedError,
    clean_one,
    default_workers,
    run,
)
from newsclean.batch.sources import Fields, PageInput, iter_inputs

__all__ = [
    "CleanOptions",
    "Fields",
    "Outcome",
    "OutputFormat",
    "PageInput",
    "RecordWriter",
    "Summary",
    "WorkerCrashedError",
    "clean_one",
    "default_workers",
    "iter_inputs",
    "open_output",
    "run",
]

"""Output records and the writer that appends them so an interrupted run can be resumed.

A record is one JSON object per input page: ``id``, ``source``, ``url`` and either ``article``
(the ``Article``) or ``error`` (``type`` and ``message``). In JSONL each
record is one line written with a single unbuffered write, so a crash can at worst leave a
truncated last line, which ``open_output`` detects and cuts off before resuming.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

from newsclean.batch.sources import PageInput
from newsclean.model import Article

OutputFormat = Literal["jsonl", "json", "text"]


def record(
    item: PageInput, *, article: Article | None = None, error: BaseException | None = None
) -> dict[str, Any]:
    """The output record of one input: its names, then the article or the error."""
    out: dict[str, Any] = {"id": item.id, "source": item.source, "url": item.url}
    if article is not None:
        out["article"] = article.model_dump(mode="json")
    else:
        assert error is not None
        out["error"] = {"type": type(error).__name__, "message": str(error)}
    return out


def render(rec: dict[str, Any], to: OutputFormat) -> str:
    """A record as it is written: one JSON line, an indented JSON object, or readable text."""
    if to == "jsonl":
        return json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
    if to == "json":
        return json.dumps(rec, ensure_ascii=False, indent=2)
    from newsclean.cli import render_text  # the single-page view, reused for each page

    head = f"==> {rec['id']} <==\n"
    if "error" in rec:
        return head + f"error: {rec['error']['type']}: {rec['error']['message']}\n\n"
    return head + render_text(Article.model_validate(rec["article"])) + "\n"


@dataclass
class RecordWriter:
    """Writes rendered records to a raw (unbuffered) binary stream, one write per record.

    For ``json`` it adds the enclosing ``[``, ``]`` and commas, so the output is one valid array.
    """

    stream: BinaryIO
    to: OutputFormat
    owns_stream: bool = False
    written: int = field(default=0, init=False)

    def write(self, text: str) -> None:
        """Write one record; it is on disk (in the OS) when this returns."""
        if self.to == "json":
            text = ("[\n" if self.written == 0 else ",\n") + text
        _write_all(self.stream, text.encode("utf-8"))
        self.written += 1

    def close(self) -> None:
        """Finish the output (close the JSON array) and close a file this writer opened."""
        if self.to == "json":
            _write_all(self.stream, b"\n]\n" if self.written else b"[]\n")
        if self.owns_stream:
            self.stream.close()
        else:
            self.stream.flush()


def _write_all(stream: BinaryIO, data: bytes) -> None:
    # A raw stream may write fewer bytes than asked (rare for files, possible for pipes).
    view = memoryview(data)
    while view:
        written = stream.write(view)
        view = view[written if written is not None else len(view) :]
    stream.flush()


def open_output(
    path: str | None, *, to: OutputFormat, resume: bool = False, overwrite: bool = False
) -> tuple[RecordWriter, set[str]]:
    """A writer for ``path`` (``None``: standard output) and the sources already done in it.

    With ``resume``, an existing JSONL file is read for the ``source`` of every complete record,
    a truncated last line (a crash mid-write) is cut off, and new records are appended. Without
    it, an existing non-empty file is refused unless ``overwrite``, so that a finished run is not
    lost to a repeated command.
    """
    if path is None:
        if resume:
            raise ValueError("--resume needs an output file: add -o OUT.jsonl")
        return RecordWriter(sys.stdout.buffer, to), set()
    if resume and to != "jsonl":
        raise ValueError("--resume works with --to jsonl only (one record per line)")
    # Opened for appending (never truncated before the lock is held), then locked, so that a
    # second run on the same OUT fails at once instead of interleaving its records.
    stream = open(path, "ab", buffering=0)  # noqa: SIM115 - owned by the writer
    try:
        _lock(stream, path)
        done: set[str] = set()
        if resume:
            done = set(_repair_and_read(path))
        elif os.path.getsize(path) > 0:
            if not overwrite:
                raise FileExistsError(
                    f"{path} already exists: pass --resume to continue it, "
                    "or --overwrite to replace it"
                )
            stream.truncate(0)
    except BaseException:
        stream.close()
        raise
    return RecordWriter(stream, to, owns_stream=True), done


def _lock(stream: BinaryIO, path: str) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the rest works the same
        return
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise FileExistsError(
            f"{path} is being written by another newsclean run: wait for it to finish "
            "(then --resume), or write to another file"
        ) from None


def _repair_and_read(path: str) -> Iterator[str]:
    """Sources of the complete records in ``path``; cuts off a truncated last line first."""
    with open(path, "r+b") as stream:
        end_of_complete = 0
        for line in stream:
            if not line.endswith(b"\n"):
                break  # only the last line can lack its newline: a write cut short
            end_of_complete += len(line)
        stream.truncate(end_of_complete)
        stream.seek(0)
        for line in stream:
            try:
                source = json.loads(line).get("source")
            except (ValueError, AttributeError):
                continue  # not one of our records: its input is done again
            if isinstance(source, str):
                yield source

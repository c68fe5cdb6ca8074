"""Readers that turn paths (files, folders, JSONL exports, WARC files, stdin) into page inputs.

Everything here is a generator: a batch of a million pages is read one page at a time, so memory
does not grow with the size of the input. A reader never raises for a bad input; it yields a
``PageInput`` that carries the error instead, so the batch writes one error record for it
and moves on (a corrupt file must show up in the output, not stop the run or vanish).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from newsclean.errors import UnreadableInputError

PAGE_SUFFIXES = (".html", ".htm", ".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
BATCH_SUFFIXES = PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
"""File names a folder is searched for (case-insensitive)."""

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
"""HTTP content types of the WARC ``response`` records that are cleaned; others are not pages."""

StdinKind = Literal["page", "jsonl", "warc"]


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the JSONL fields to read; an empty name switches that field off.

    The page is taken from ``html`` when present (the raw page is what newsclean cleans), else
    from ``text``.
    """

    html: str = "html"
    text: str = "text"
    url: str = "url"
    id: str = "id"


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page to clean, or the error that kept it from being read.

    ``source`` says where the page was found (``path``, ``path:line``, ``path#offset``) and is
    unique within a run, which is why ``--resume`` keys on it; ``id`` is the name the data gives
    the page (a JSONL ``id`` field, a WARC-Record-ID) and defaults to ``source``.
    ``format`` is the format the container declares (``"html"`` for a WARC response or a JSONL
    ``html`` field), or ``None`` to let the cleaner detect it.
    """

    source: str
    id: str
    page: bytes | str | None = None
    url: str | None = None
    format: str | None = None
    error: UnreadableInputError | None = None


def kind_of(path: Path) -> Literal["page", "jsonl", "warc"] | None:
    """What a file holds, judged by its name; ``None`` for files a folder walk skips."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PAGE_SUFFIXES):
        return "page"
    return None


def is_container(path: str) -> bool:
    """True for a path that holds many pages (a folder, a JSONL or WARC file)."""
    p = Path(path)
    return p.is_dir() or kind_of(p) in ("jsonl", "warc")


def iter_inputs(
    paths: Iterable[str],
    *,
    fields: Fields = Fields(),
    stdin: StdinKind = "page",
    stdin_stream: IO[bytes] | None = None,
) -> Iterator[PageInput]:
    """Every page under ``paths``, lazily, in a stable order (folders are walked sorted).

    A named file is read whatever its suffix (JSONL and WARC by suffix, anything else as one
    page); a folder is searched recursively for ``BATCH_SUFFIXES``; ``-`` reads standard
    input as one page, a JSONL stream or a WARC stream (``stdin``).
    """
    for path in paths:
        if path == "-":
            stream = stdin_stream if stdin_stream is not None else sys.stdin.buffer
            yield from _read_stream("-", stream, stdin, fields)
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from _read_file(file, kind_of(Path(file)) or "page", fields)
        else:
            yield from _read_file(path, kind_of(Path(path)) or "page", fields)


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder`` with a batch suffix, depth-first, names sorted at each level.

    Sorting one level at a time keeps the order stable (so ``--resume`` and diffs work) while
    holding only one folder's listing in memory.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return  # an unreadable sub-folder holds no pages we could name
    for entry in entries:
        # Symlinked folders are not followed (as find does): a link loop cannot hang the walk.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file() and kind_of(Path(entry.name)) is not None:
            yield entry.path


def _read_file(path: str, kind: StdinKind, fields: Fields) -> Iterator[PageInput]:
    if kind == "page":
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            yield _unreadable(path, f"cannot read the file: {error.strerror or error}")
            return
        yield PageInput(source=path, id=path, page=data)
        return
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as error:
        yield _unreadable(path, f"cannot open the file: {error.strerror or error}")
        return
    with stream:
        yield from _read_stream(path, stream, kind, fields)


def _read_stream(
    name: str, stream: IO[bytes], kind: StdinKind, fields: Fields
) -> Iterator[PageInput]:
    if kind == "jsonl":
        yield from read_jsonl(name, stream, fields)
    elif kind == "warc":
        yield from read_warc(name, stream)
    else:
        yield PageInput(source=name, id=name, page=stream.read())


def read_jsonl(name: str, stream: IO[bytes], fields: Fields = Fields()) -> Iterator[PageInput]:
    """One input per non-blank line of a JSONL stream; ids are ``name:line`` (1-based).

    A line that is not a JSON object, or has no page field, becomes an error input that names
    the line, so a broken export still gives one record per line.
    """
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue  # a blank line (often the last one) is not a page
        source = f"{name}:{number}"
        try:
            obj = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            yield _unreadable(source, f"line is not valid JSON ({error}); fix or drop the line")
            continue
        if not isinstance(obj, dict):
            yield _unreadable(source, "line is a JSON value but not an object {...}")
            continue
        yield _from_object(source, obj, fields)


def _from_object(source: str, obj: dict[str, Any], fields: Fields) -> PageInput:
    ident = obj.get(fields.id) if fields.id else None
    ident = source if ident is None else str(ident)
    url = obj.get(fields.url) if fields.url else None
    url = url if isinstance(url, str) else None
    for field, fmt in ((fields.html, "html"), (fields.text, None)):
        if field and obj.get(field) is not None:
            page = obj[field]
            if not isinstance(page, str):
                return _unreadable(
                    source,
                    f"field {field!r} is a {type(page).__name__}, expected a string",
                    ident,
                    url,
                )
            return PageInput(source=source, id=ident, page=page, url=url, format=fmt)
    wanted = " or ".join(repr(f) for f in (fields.html, fields.text) if f)
    return _unreadable(
        source,
        f"no page in this line: expected a {wanted} field "
        "(use --html-field/--text-field to name yours)",
        ident,
        url,
    )


def read_warc(name: str, stream: IO[bytes]) -> Iterator[PageInput]:
    """Every HTML ``response`` record of a WARC stream (plain or gzipped), with its target URI.

    Sources are ``name#offset`` (the record's byte offset, which lets a reader seek straight to
    it); ids are the WARC-Record-ID. A file that turns out corrupt yields what was read before
    the damage, then one error input at the offset where reading stopped.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield _unreadable(name, "reading WARC files needs warcio: pip install 'newsclean[warc]'")
        return
    records = ArchiveIterator(stream)
    # warcio is lenient: it reads junk as ARC records and only prints a warning for a record
    # whose length is wrong. Here both mean a damaged file (the warning is silenced, the
    # count of such records checked), so that the damage shows up as an error record.
    records.INC_RECORD = ""
    offset = 0
    try:
        for record in records:
            if record.format != "warc" or record.rec_type is None:
                raise ValueError("found data that is not a WARC record")
            if getattr(records, "err_count", 0):
                raise ValueError("a record's Content-Length does not match its data")
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in HTML_CONTENT_TYPES:
                continue
            ident = record.rec_headers.get_header("WARC-Record-ID")
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                page: bytes | None = record.content_stream().read()
                failure = None
            except Exception as error:  # a damaged body (bad chunking, gzip) spoils one record
                page, failure = None, error
            # Asked only now: warcio finds the offset by reading the record to its end.
            offset = records.get_record_offset()
            source = f"{name}#{offset}"
            if failure is not None:
                message = f"cannot read the record body: {failure}"
                yield _unreadable(source, message, ident or source, url)
            else:
                yield PageInput(
                    source=source, id=ident or source, page=page, url=url, format="html"
                )
    except Exception as error:  # warcio raises several unrelated types for a damaged file
        # One record stands for the unreadable rest; "#damaged" cannot collide with an offset.
        yield _unreadable(
            f"{name}#damaged",
            f"the WARC file is damaged after offset {offset}, the rest was skipped: {error}",
        )


def _unreadable(
    source: str, message: str, ident: str | None = None, url: str | None = None
) -> PageInput:
    return PageInput(
        source=source, id=ident or source, url=url, error=UnreadableInputError(message)
    )

"""Batch mode: one record per input (bad ones included), resume, workers, WARC and JSONL."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import cli
from newsclean.batch import CleanOptions, PageInput, RecordWriter, run
from newsclean.batch.runner import CHUNK_SIZE, CHUNKS_PER_WORKER
from tests.conftest import FIXTURES

SEEDS = sorted(FIXTURES.glob("*.txt"))
GOOD = "Title of the story\n\nThe body of the story is one sentence long, and it is news.\n"


def read_records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"", "every record ends with a newline"
    return [json.loads(line) for line in lines[:-1]]


def by_source(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {r["source"]: r for r in records}
    assert len(out) == len(records), "each input appears once"
    return out


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of good, empty, undecodable and ignored files, nested one level."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for seed in SEEDS[:3]:
        shutil.copy(seed, root / seed.name)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_bytes(b"  \n\n \t\n")
    (root / "sub" / "garbage.txt").write_bytes(b"\xff\xfe\x00\x81\x82\x83" * 10)
    (root / "sub" / "page.HTM").write_bytes(b"<html><body><p>Some text.</p></body></html>")
    (root / "sub" / "notes.pdf").write_bytes(b"%PDF-1.4 not a page")  # not a page suffix
    return root


def test_folder_gives_one_record_per_page_including_bad_ones(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    status = cli.main([str(pages), "-o", str(out), "--workers", "1"])
    records = by_source(read_records(out))
    expected = {str(p) for p in pages.rglob("*") if p.suffix.lower() in {".txt", ".md", ".htm"}}
    assert set(records) == expected and len(expected) == 7
    assert records[str(pages / "empty.txt")]["error"]["type"] == "EmptyInputError"
    assert records[str(pages / "blank.md")]["error"]["type"] == "EmptyInputError"
    for seed in SEEDS[:3]:
        record = records[str(pages / seed.name)]
        assert record["id"] == str(pages / seed.name)
        assert record["article"]["paragraphs"], "a seed cleans to an article"
        assert record["article"]["removed"] == [], "removed lists only with --explain"
    assert status == 1, "some pages failed"
    err = capsys.readouterr().err
    assert "7 pages" in err and "failed" in err


def test_records_in_input_order_and_match_single_page_cleaning(tmp_path: Path) -> None:
    import newsclean

    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    out = tmp_path / "out.jsonl"
    assert cli.main([str(folder), "-o", str(out), "--workers", "2", "--explain"]) == 0
    records = read_records(out)
    assert [r["source"] for r in records] == [str(folder / s.name) for s in SEEDS]
    for seed, record in zip(SEEDS, records, strict=True):
        assert record["article"] == newsclean.clean(seed.read_bytes()).model_dump(mode="json")


def test_two_workers_give_the_same_records_as_one(pages: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli.main([str(pages), "-o", str(one), "--workers", "1"]) == 1
    assert cli.main([str(pages), "-o", str(two), "--workers", "2"]) == 1
    key = lambda r: r["id"]  # noqa: E731
    assert sorted(read_records(one), key=key) == sorted(read_records(two), key=key)


def test_missing_path_is_an_error_record(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert cli.main([str(good), str(missing), "-o", str(out)]) == 1
    records = by_source(read_records(out))
    assert records[str(missing)]["error"]["type"] == "UnreadableInputError"
    assert "cannot read" in records[str(missing)]["error"]["message"]
    assert "article" in records[str(good)]


def test_jsonl_lines_fields_and_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"text": GOOD, "url": "https://example.org/a", "id": "a-1"}).encode(),
        json.dumps({"text": GOOD}).encode(),
        b"",  # blank lines are not pages
        b"{not json",
        b"[1, 2]",
        json.dumps({"title": "no page field"}).encode(),
        json.dumps({"text": 42, "id": 7}).encode(),
        b'{"text": "\xff\xfe broken utf-8"}',
        json.dumps({"text": ""}).encode(),
        json.dumps({"html": "<html><body><p>Hello there.</p></body></html>", "id": "h"}).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert cli.main([str(src), "-o", str(out)]) == 1
    records = read_records(out)
    assert len(records) == len(lines) - 1
    first, second = records[0], records[1]
    assert first["id"] == "a-1" and first["source"] == f"{src}:1"
    assert first["url"] == "https://example.org/a" == first["article"]["url"]
    assert second["id"] == f"{src}:2" and "article" in second
    errors = {r["source"].rsplit(":", 1)[1]: r for r in records[2:]}
    assert errors["4"]["error"]["type"] == "UnreadableInputError"
    assert "not valid JSON" in errors["4"]["error"]["message"]
    assert "not an object" in errors["5"]["error"]["message"]
    assert "--text-field" in errors["6"]["error"]["message"]
    assert errors["7"]["id"] == "7" and "expected a string" in errors["7"]["error"]["message"]
    assert errors["8"]["error"]["type"] == "UnreadableInputError"
    assert errors["9"]["error"]["type"] == "EmptyInputError"
    # html fields are cleaned as HTML: an article once HTML lands, until then a clear error.
    html = errors["10"]
    assert html["id"] == "h"
    assert "article" in html or html["error"]["type"] == "UnsupportedFormatError"


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    src = tmp_path / "export.jsonl"
    src.write_text(
        json.dumps({"body": GOOD, "link": "https://example.org/x", "doc_id": "d9"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    argv = [str(src), "-o", str(out), "--text-field", "body", "--url-field", "link"]
    assert cli.main([*argv, "--id-field", "doc_id"]) == 0
    (record,) = read_records(out)
    assert record["id"] == "d9" and record["url"] == "https://example.org/x"
    assert record["article"]["title"] == "Title of the story"


def test_stdin_as_jsonl(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = (json.dumps({"text": GOOD, "id": "s1"}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert cli.main(["-", "--stdin", "jsonl", "--workers", "1"]) == 0
    (line,) = capsysbinary.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["id"] == "s1" and record["source"] == "-:1"


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for uri, rec_type, content_type, body in records:
            if rec_type == "response":
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=http
                )
            else:
                http = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
                record = writer.create_warc_record(uri, "request", http_headers=http)
            writer.write_record(record)


WARC_RECORDS = [
    ("https://example.org/req", "request", "", b""),
    ("https://example.org/a", "response", "text/html; charset=utf-8", GOOD.encode()),
    ("https://example.org/logo.png", "response", "image/png", b"\x89PNG"),
    ("https://example.org/b", "response", "application/xhtml+xml", b""),
    ("https://example.org/c", "response", "text/html", GOOD.encode("utf-16")),
]


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_with_their_uri(tmp_path: Path, gzip: bool) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, WARC_RECORDS, gzip)
    out = tmp_path / "out.jsonl"
    # The dumps hold text, so cleaning as text exercises the whole path without HTML support.
    assert cli.main([str(path), "-o", str(out), "--format", "text"]) == 1
    records = read_records(out)
    assert [r["url"] for r in records] == [
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c",
    ]
    assert all(r["source"].startswith(f"{path}#") for r in records)
    assert all(r["id"].startswith("<urn:uuid:") for r in records)
    a, b, c = records
    assert a["article"]["title"] == "Title of the story"
    assert a["article"]["url"] == "https://example.org/a"
    assert b["error"]["type"] == "EmptyInputError"
    assert c["article"]["title"] == "Title of the story", "UTF-16 body decoded"


HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour reopens | Example News</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Harbour reopens</h1>"
    "<p>The harbour reopened on Monday after a week of storms had kept every ship in port.</p>"
    "<p>Fishermen said the damage to the piers was smaller than they had feared at first.</p>"
    "<p>The port authority expects traffic to be back to normal by the end of the month.</p>"
    "</article><footer>© 2025 Example News</footer></body></html>"
)


def test_warc_is_cleaned_as_html_by_default(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc.gz"
    record_in = ("https://example.org/harbour", "response", "text/html", HTML_PAGE.encode())
    write_warc(path, [record_in], gzip=True)
    out = tmp_path / "out.jsonl"
    assert cli.main([str(path), "-o", str(out)]) == 0
    (record,) = read_records(out)
    assert record["url"] == "https://example.org/harbour"
    assert record["article"]["title"] == "Harbour reopens"
    assert record["article"]["paragraphs"][0].startswith("The harbour reopened on Monday")


def test_damaged_warc_keeps_what_was_read_and_reports_the_rest(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    whole = tmp_path / "whole.warc"
    write_warc(whole, [WARC_RECORDS[1]] * 3, gzip=False)
    data = whole.read_bytes()
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[: len(data) * 2 // 3] + b"\r\n\r\nWARC/1.0\r\nnot a header\r\n\r\n")
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"this is not a WARC file at all\n" * 5)
    out = tmp_path / "out.jsonl"
    assert cli.main([str(damaged), str(garbage), "-o", str(out), "--format", "text"]) == 1
    records = read_records(out)
    assert [r["source"] for r in records[-1:]] == [f"{garbage}#damaged"]
    assert records[-1]["error"]["type"] == "UnreadableInputError"
    from_damaged = [r for r in records if r["source"].startswith(str(damaged))]
    assert 1 <= len([r for r in from_damaged if "article" in r]) <= 2
    assert from_damaged[-1]["error"]["type"] == "UnreadableInputError"


def test_resume_skips_done_inputs_and_repairs_a_truncated_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(GOOD.replace("story", f"story {i}"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main([str(folder), "-o", str(out), "--workers", "1"]) == 0
    # Simulate a crash: the last record was cut mid-write, the last input never started.
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])
    capsys.readouterr()
    assert cli.main([str(folder), "-o", str(out), "--resume", "--workers", "1"]) == 0
    assert "2 pages, 2 ok, 0 failed, 2 skipped" in capsys.readouterr().err
    records = read_records(out)
    assert [r["source"] for r in records] == [str(folder / f"{i}.txt") for i in range(4)]
    # Nothing left to do: a second resume writes nothing.
    assert cli.main([str(folder), "-o", str(out), "--resume"]) == 0
    assert len(read_records(out)) == 4


def test_existing_output_is_not_overwritten_by_accident(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    assert cli.main([str(page), "-o", str(out)]) == 2
    assert "--resume" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert cli.main([str(page), "-o", str(out), "--overwrite"]) == 0
    assert len(read_records(out)) == 1


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--resume"], "needs an output file"),
        (["--url", "https://x.org", "-o", "OUT"], "--url names a single page"),
        (["--workers", "0"], "--workers must be 1 or more"),
        (["-o", "OUT", "--resume", "--to", "json"], "--to jsonl only"),
    ],
)
def test_usage_errors_exit_2_with_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    argv = [str(tmp_path / "o.jsonl") if a == "OUT" else a for a in argv]
    assert cli.main([str(page), str(page), *argv]) == 2
    assert message in capsys.readouterr().err


def test_json_and_text_outputs(pages: Path, tmp_path: Path) -> None:
    as_json = tmp_path / "out.json"
    cli.main([str(pages), "-o", str(as_json), "--to", "json", "--workers", "1"])
    records = json.loads(as_json.read_text(encoding="utf-8"))
    assert isinstance(records, list) and len(records) == 7
    as_text = tmp_path / "out.txt"
    cli.main([str(pages), "-o", str(as_text), "--to", "text", "--workers", "1"])
    text = as_text.read_text(encoding="utf-8")
    assert text.count("==> ") == 7 and "error: EmptyInputError" in text


def test_one_plain_file_keeps_the_single_page_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main([str(SEEDS[4])]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wagner group announces withdrawal from Mali\n====")
    assert cli.main(["--to", "json", str(SEEDS[4])]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("Wagner group")


def test_input_is_read_lazily_with_bounded_work_in_flight() -> None:
    """Memory stays flat: the runner pulls only a window of inputs ahead of what it wrote."""
    pulled = 0

    def endless() -> Iterator[PageInput]:
        nonlocal pulled
        while True:
            pulled += 1
            yield PageInput(source=str(pulled), id=str(pulled), page=GOOD)

    class Stop(Exception):
        pass

    class Sink(RecordWriter):
        def write(self, text: str) -> None:
            self.written += 1
            if self.written == 50:
                raise Stop

    with pytest.raises(Stop):
        run(endless(), Sink(io.BytesIO(), "jsonl"), options=CleanOptions(), workers=2)
    assert pulled <= 50 + 2 * CHUNKS_PER_WORKER * CHUNK_SIZE + CHUNK_SIZE


def test_every_option_is_documented_in_help_and_docs() -> None:
    parser = cli.build_parser()
    docs = (Path(__file__).resolve().parent.parent / "docs" / "batch.md").read_text("utf-8")
    for action in parser._actions:
        for option in action.option_strings:
            if option in ("-h", "--help"):
                continue
            assert action.help and "e.g." in action.help, f"{option} has no example in --help"
            assert option in docs, f"{option} is not in docs/batch.md"


def test_a_page_that_kills_its_worker_gets_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool is rebuilt and the lost pages retried alone; only the guilty page fails."""
    import os

    from newsclean.batch import runner

    real_clean = runner.clean

    def crashing_clean(page: str | bytes, **options: Any) -> Any:
        if page == "CRASH":
            os._exit(1)  # what an out-of-memory kill looks like to the pool
        return real_clean(page, **options)

    monkeypatch.setattr(runner, "clean", crashing_clean)  # inherited by forked workers
    items = [PageInput(source=str(i), id=str(i), page=GOOD) for i in range(30)]
    items[13] = PageInput(source="13", id="13", page="CRASH")
    sink = io.BytesIO()
    summary = run(items, RecordWriter(sink, "jsonl"), workers=2)
    records = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [r["source"] for r in records] == [str(i) for i in range(30)]
    assert summary.failed == 1
    assert records[13]["error"]["type"] == "WorkerCrashedError"


def test_a_second_run_cannot_write_the_same_output(tmp_path: Path) -> None:
    from newsclean.batch import open_output

    out = tmp_path / "out.jsonl"
    writer, _ = open_output(str(out), to="jsonl")
    try:
        with pytest.raises(FileExistsError, match="another newsclean run"):
            open_output(str(out), to="jsonl", resume=True)
    finally:
        writer.close()
    writer, done = open_output(str(out), to="jsonl", resume=True)
    writer.close()
    assert done == set()


def test_stdin_as_warc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, WARC_RECORDS, gzip=True)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    out = tmp_path / "out.jsonl"
    cli.main(["-", "--stdin", "warc", "-o", str(out), "--format", "text", "--workers", "1"])
    records = read_records(out)
    assert records[0]["url"] == "https://example.org/a"
    assert len(records) == 3 and all(r["source"].startswith("-#") for r in records)


def test_progress_line_counts_pages_and_errors() -> None:
    from newsclean.batch.runner import Outcome, Progress

    stream = io.StringIO()
    progress = Progress(stream, interval=0.0)
    progress(Outcome("a", True, ""))
    progress(Outcome("b", False, ""))
    progress.close()
    shown = stream.getvalue()
    assert "2 pages" in shown and "1 errors" in shown and "pages/s" in shown

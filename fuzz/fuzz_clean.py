"""Coverage-guided fuzzing of ``newsclean.clean()`` on text, markdown, HTML and raw bytes.

The contract under test: any input gives an Article or a NewscleanError. Anything else (another
exception, a hang past libFuzzer's ``-timeout``, a crash) is a finding.

    python fuzz/fuzz_clean.py CORPUS_DIR tests/fixtures -max_total_time=60   # atheris/libFuzzer
    python fuzz/run.py 60                                                  # the same, summarised

The first byte of an input picks how the rest is handed to clean(): raw bytes, decoded text
with format detection, forced text, forced markdown, or wrapped in HTML.
"""

from __future__ import annotations

import sys

try:
    import atheris
except ImportError:  # pragma: no cover - see run.py's fallback
    atheris = None

if atheris is not None:
    with atheris.instrument_imports(include=["newsclean"]):
        import newsclean
else:
    import newsclean

MAX_CHARS = 200_000
"""Inputs are small; the size limit itself is exercised by the hostile cases."""


def page_from(data: bytes) -> tuple[str | bytes, dict[str, str]]:
    """Turn fuzzer bytes into a page and clean() options; the first byte picks the mode."""
    if not data:
        return b"", {}
    mode, rest = data[0] % 5, data[1:]
    if mode == 0:
        return rest, {}
    text = rest.decode("utf-8", errors="surrogateescape")  # lone surrogates on purpose
    if mode == 1:
        return text, {}
    if mode == 2:
        return text, {"format": "text"}
    if mode == 3:
        return text, {"format": "markdown"}
    return f"<!DOCTYPE html><html><body><p>{text}</p></body></html>", {}


def test_one_input(data: bytes) -> None:
    page, options = page_from(data)
    try:
        article = newsclean.clean(page, max_chars=MAX_CHARS, **options)  # type: ignore[arg-type]
    except newsclean.NewscleanError:
        return
    article.model_dump_json()  # the article must serialise


def main() -> None:
    if atheris is None:
        sys.exit("atheris is not installed: pip install atheris, or use fuzz/run.py's fallback")
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""Turn the bytes of a page into text without ever failing on bad bytes.

Order of evidence: a byte-order mark, then strict UTF-8 (most of the web), then a charset named in
the page itself (``<meta charset>``), then statistical detection; undecodable bytes are replaced,
never dropped silently: the caller is told through the returned ``lossy`` flag.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A charset declared in the first few KB: <meta charset="x"> or content="text/html; charset=x".
_META_CHARSET = regex.compile(rb"""charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_.:-]{1,40})""", regex.I)
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used and whether any byte had to be replaced."""

    text: str
    encoding: str
    lossy: bool
    guessed: bool = False
    """True when neither a BOM, valid UTF-8 nor a declared charset settled it."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode page bytes, honouring a BOM, then UTF-8, a declared charset, then detection.

    >>> decode_bytes("café".encode("utf-8")).text
    'café'
    >>> decode_bytes(codecs.BOM_UTF16_LE + "hé".encode("utf-16-le")).encoding
    'utf-16-le'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", lossy=False)
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:_SNIFF_BYTES])
    if declared is not None:
        return _decode_with(data, declared)
    detected = _decode_with(data, _detect(data))
    return Decoded(detected.text, detected.encoding, detected.lossy, guessed=True)


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> tuple[str, bool]:
    """Join surrogate pairs and replace lone surrogates by U+FFFD; say whether any was found.

    A ``str`` can hold surrogates (from ``surrogateescape`` or a careless JSON decoder), but no
    encoder accepts them, so an article holding one could not be written out as JSON.

    >>> replace_lone_surrogates("a\\ud83d\\ude00 b\\ud800")
    ('a😀 b�', True)
    """
    if _SURROGATE.search(text) is None:
        return text, False
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), True


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # comes with trafilatura; only needed here

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else "cp1252"


def _decode_with(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding, lossy=False)
    except UnicodeDecodeError:
        return Decoded(data.decode(encoding, errors="replace"), encoding, lossy=True)
    except LookupError:
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8", lossy=True)

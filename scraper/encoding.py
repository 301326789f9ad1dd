"""Bytes to text for HTML pages.

The order follows what browsers do: a byte-order mark wins, then the charset
the HTTP ``Content-Type`` header gave, then a ``<meta charset>`` (or
``http-equiv``) declaration near the top of the page, then UTF-8 if the bytes
are valid UTF-8, and only then statistical detection (charset-normalizer).
Labels are mapped as the WHATWG Encoding Standard maps them: ``iso-8859-1``
and ``ascii`` mean windows-1252, which is what pages labelled so really use.

>>> decode_html("<meta charset='iso-8859-1'><p>Caf\\xe9</p>".encode("latin-1"))
"<meta charset='iso-8859-1'><p>Café</p>"
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from scraper.settings import DETECT_BYTES, META_SCAN_BYTES, UTF8_ERROR_TOLERANCE

#: Byte-order marks and the codec each one means.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE
)
#: Labels whose real meaning on the web is a superset codec (WHATWG).
LABEL_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-8",
}
#: Codecs that a server's default label often claims for what is really UTF-8.
SINGLE_BYTE_MISLABELS = frozenset({"cp1252", "iso8859-1", "iso8859-15", "cp1250"})


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if there is no such codec.

    >>> normalise_label("ISO-8859-1"), normalise_label("utf8"), normalise_label("x-bogus")
    ('cp1252', 'utf-8', None)
    """
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = LABEL_ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The codec a ``<meta>`` tag declares in the first bytes of the page.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    'utf-8'
    """
    m = META_CHARSET.search(data[:META_SCAN_BYTES])
    return normalise_label(m.group(1).decode("ascii", "replace")) if m else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode an HTML page; ``charset`` is the HTTP header's, when known.

    >>> decode_html("Zürich".encode("utf-8"))
    'Zürich'
    >>> decode_html("Zürich".encode("cp1252"), charset="windows-1252")
    'Zürich'
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _try(data, codec)
            if text is not None:
                return text.lstrip("\ufeff")
    for label in (normalise_label(charset), declared_charset(data)):
        if label is None:
            continue
        codec = label
        if codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            continue  # a meta tag read as ASCII cannot really be in UTF-16
        if codec in SINGLE_BYTE_MISLABELS and not data.isascii():
            # servers default to a Latin label; bytes that are valid UTF-8 with
            # multi-byte sequences are UTF-8 (chance hits in Latin text are rare)
            text = _try(data, "utf-8")
            if text is not None:
                return text
        text = _try(data, codec)
        if text is not None:
            return text
        if codec == "utf-8":
            text = data.decode("utf-8", "replace")
            if text.count("\ufffd") <= UTF8_ERROR_TOLERANCE * len(text):
                return text
        break  # a declaration that does not fit the bytes: detect instead
    text = _try(data, "utf-8")
    if text is not None:
        return text
    best = from_bytes(data[:DETECT_BYTES]).best()
    detected = normalise_label(best.encoding) if best is not None else None
    return data.decode(detected or "cp1252", "replace")

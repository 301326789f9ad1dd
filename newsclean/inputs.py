"""Reading what the user names on the command line: a file, ``-`` for stdin, or
an http(s) URL, gzip-, bzip2-, xz- or zstd-compressed or not; and telling HTML
from plain text by content."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cleaners.errors import FetchError, InputError

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

#: What one record may add to a worker's peak memory (bytes, over the loaded
#: stack).
RECORD_MEMORY_BUDGET = 100 * 1024 * 1024
#: The most a record adds to the peak per byte of its size, text or HTML: the
#: bound docs/reliability.md gives and tests/reliability/test_record_memory.py
#: holds (measured up to 3.9x for text on 1-100 MiB records, up to 4.9x for a
#: page from 1 MiB: its text past ``scraper.settings.MAX_PAGE_TEXT_CHARS`` is
#: cut once its metadata is read, so a larger page adds little more).
RECORD_MEMORY_RATIO = 5
#: Inputs larger than this are refused (bytes); ``--max-size`` changes it.
#: Chosen from the two above: a record of this size stays in the budget.
DEFAULT_MAX_BYTES = RECORD_MEMORY_BUDGET // RECORD_MEMORY_RATIO
FETCH_TIMEOUT = 20.0
USER_AGENT = "newsclean/0.1 (+https://pypi.org/project/newsclean/)"

#: Markup that only HTML documents open with (looked for in the first 2 KB).
HTML_SIGNS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]"
    rb"|<(?:div|article|section|p|h1|h2|main|header|span|br)[\s>/]",
    re.IGNORECASE,
)
#: Magic numbers of binary formats users hand us by mistake.
BINARY_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
)
#: Magic numbers of the compressions read transparently, and their readers.
COMPRESSION_MAGIC = (
    (b"\x1f\x8b", "gzip", lambda f: gzip.GzipFile(fileobj=f, mode="rb")),
    (b"BZh", "bzip2", bz2.BZ2File),
    (b"\xfd7zXZ\x00", "xz", lzma.LZMAFile),
    (b"\x28\xb5\x2f\xfd", "zstd", zstd.ZstdFile),
)
#: File name endings of compressed files (the content is checked, not these).
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")


@dataclass
class RawInput:
    """Bytes as read, with where they came from."""

    name: str
    data: bytes
    url: str | None = None
    charset: str | None = None  # from the HTTP Content-Type, when fetched


def is_url(spec: str) -> bool:
    """True for an http(s) URL.

    >>> is_url("https://example.org/a"), is_url("page.html")
    (True, False)
    """
    return spec.startswith(("http://", "https://"))


def read_input(spec: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput:
    """Read one input named on the command line; raises :class:`InputError` or
    :class:`FetchError` with a one-line message."""
    if spec == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        raw = RawInput("<stdin>", data)
    elif is_url(spec):
        raw = fetch(spec, max_bytes)
    else:
        path = Path(spec)
        if not path.exists():
            raise InputError(f"{spec}: no such file")
        if path.is_dir():
            raise InputError(f"{spec}: is a directory")
        try:
            with path.open("rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as e:
            raise InputError(f"{spec}: cannot read ({e.strerror or e})") from None
        raw = RawInput(spec, data)
    raw.data = decompress(raw.name, raw.data, max_bytes)
    if len(raw.data) > max_bytes:
        raise InputError(f"{raw.name}: larger than the {max_bytes:,}-byte limit (--max-size)")
    check_not_binary(raw)
    return raw


def compression_of(head: bytes) -> str | None:
    """The compression ``head`` (a file's first bytes) starts with, if any.

    >>> compression_of(gzip.compress(b"<p>x</p>")), compression_of(b"<p>x</p>")
    ('gzip', None)
    """
    return next((name for magic, name, _ in COMPRESSION_MAGIC if head.startswith(magic)), None)


def open_decompressed(f: BinaryIO) -> BinaryIO:
    """``f`` itself, or a reader of its decompressed content when it starts
    with a compression's magic number (``f`` must be seekable)."""
    head = f.read(8)
    f.seek(-len(head), io.SEEK_CUR)
    for magic, _, reader in COMPRESSION_MAGIC:
        if head.startswith(magic):
            return reader(f)  # type: ignore[return-value]
    return f


def decompress(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """``data`` decompressed when it is compressed (at most ``max_bytes + 1``
    bytes of output: a small bomb cannot fill the memory), else ``data``.

    >>> decompress("a.gz", gzip.compress(b"<p>Hi</p>"))
    b'<p>Hi</p>'
    """
    if compression_of(data[:8]) is None:
        return data
    try:
        with open_decompressed(io.BytesIO(data)) as f:
            return f.read(max_bytes + 1)
    except (OSError, EOFError, lzma.LZMAError, zstd.ZstdError) as e:
        raise InputError(f"{name}: cannot decompress ({e})") from None


def fetch(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = FETCH_TIMEOUT) -> RawInput:
    """GET ``url`` with a timeout and a size limit."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as e:
        raise FetchError(f"{url}: HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise FetchError(f"{url}: cannot fetch ({e.reason})") from None
    except (TimeoutError, OSError) as e:
        raise FetchError(f"{url}: cannot fetch ({e})") from None
    return RawInput(url, data, url=final_url, charset=charset)


def check_not_binary(raw: RawInput) -> None:
    """Refuse images, PDFs, archives and other binary data."""
    head = raw.data[:4096]
    for magic, what in BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"{raw.name}: not a text or HTML document ({what})")
    if head.count(b"\x00") > 0 and not _is_utf16(head):
        raise InputError(f"{raw.name}: not a text or HTML document (binary data)")


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def looks_like_html(data: bytes | str) -> bool:
    """Tell HTML from plain text by content, not by file name.

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Plain text that mentions <b> once.\\nSecond line.")
    False
    """
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<") and HTML_SIGNS.search(head):
        return True
    return len(HTML_SIGNS.findall(head)) >= 3


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode plain-text bytes: the declared charset, UTF-8, then detection."""
    if _is_utf16(data):
        return data.decode("utf-16")
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def named(name: str, message: str) -> str:
    """An error line that names its input: the extractor says ``page`` when it
    has no URL, which does not tell several inputs apart.

    >>> named("a.html", "page: no article text found")
    'a.html: no article text found'
    >>> named("a.html", "/x/a.html: empty input")
    '/x/a.html: empty input'
    """
    unnamed = "page: "
    return f"{name}: {message[len(unnamed) :]}" if message.startswith(unnamed) else message

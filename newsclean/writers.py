"""Output of ``newsclean clean``: text, one JSON array, JSONL or Parquet, to
stdout or to a file (``-o``) whose suffix gives the format and, with ``.gz``,
``.bz2``, ``.xz`` or ``.zst`` after it, the compression.

A failed document is never lost: it goes to the errors file as a JSONL row
(:class:`ErrorLog`), or with ``--keep-errors`` into the output itself as a row
with an ``error`` field (its ``name`` and ``input`` say which input it was).
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TextIO

from cleaners.article import Article
from newsclean.jobs import Result

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

FORMATS = ("text", "json", "jsonl", "parquet")
#: Output file suffixes and the format each one means.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
#: Compressions of text outputs, by suffix.
COMPRESSORS: dict[str, Callable[..., IO[Any]]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
    ".zst": zstd.open,
}
#: Rows buffered before a Parquet row group is written.
PARQUET_BATCH_ROWS = 1000
#: Characters handed to the output stream at a time: a large text written in
#: one call would be copied whole, once with its newline and once encoded.
WRITE_CHUNK_CHARS = 1 << 16
#: A row with more text than this is encoded as JSON piece by piece (slower
#: than in one call, but a copy the size of the row is never made).
STREAMED_JSON_CHARS = 1 << 20


class OutputError(ValueError):
    """The output cannot be written as asked (a usage error)."""


def check_not_an_input(outputs: list[str | None], inputs: list[str]) -> None:
    """Raise :class:`OutputError` when a file the run would write (and first
    truncate, or remove: an old errors file) is one of its input files, under
    any path to it: ``newsclean clean a.html -o a.html`` would destroy the page
    before reading it.

    >>> check_not_an_input(["out.jsonl"], ["page.html"])
    """
    named = []
    for spec in inputs:
        try:
            st = os.stat(spec)
        except OSError:
            continue  # a URL, stdin, or missing: reading it says so
        named.append((spec, (st.st_dev, st.st_ino)))
    for path in outputs:
        if path in (None, "-"):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue  # a new file is no input
        for spec, identity in named:
            if identity == (st.st_dev, st.st_ino):
                raise OutputError(f"{path} is an input too ({spec}): write the output elsewhere")


def output_format(path: str | None, explicit: str | None) -> str:
    """The format to write: ``--format`` when given, else the output file's
    suffix (before any compression suffix), else text.

    >>> output_format("out.jsonl.gz", None), output_format("a.parquet", None)
    ('jsonl', 'parquet')
    >>> output_format(None, None), output_format("x.out", "json")
    ('text', 'json')
    """
    if explicit:
        return explicit
    if path is None:
        return "text"
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] in COMPRESSORS:
        suffixes.pop()
    return SUFFIX_FORMATS.get(suffixes[-1], "text") if suffixes else "text"


def open_text(path: str) -> TextIO:
    """``path`` opened for writing UTF-8 text, compressed when its suffix says so."""
    opener = COMPRESSORS.get(Path(path).suffix.lower())
    if opener is None:
        return open(path, "w", encoding="utf-8")
    return opener(path, "wt", encoding="utf-8")  # type: ignore[return-value]


def error_row(result: Result) -> dict[str, Any]:
    """A failed result as a row: ``error``, ``name`` and ``input``.

    >>> error_row(Result("a.jsonl:3", error="a.jsonl:3: not a JSON object",
    ...     origin={"file": "a.jsonl", "line": 3}))["input"]
    {'file': 'a.jsonl', 'line': 3}
    """
    return {"error": result.error, "name": result.name, "input": result.origin}


class Writer:
    """Writes results one by one; :meth:`close` finishes the output."""

    def __init__(self, keep_errors: bool = False) -> None:
        self.keep_errors = keep_errors

    def write(self, result: Result) -> None:
        """Write one result (a failed one only with ``keep_errors``)."""
        if result.article is not None:
            self.write_article(result.article, result)
        elif self.keep_errors:
            self.write_row(error_row(result), result)

    def write_article(self, article: Article, result: Result) -> None:
        """Write one article (as the row :meth:`Article.to_dict` gives)."""
        self.write_row(article.to_dict(), result)

    def write_row(self, row: dict[str, Any], result: Result) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output."""


class StreamWriter(Writer):
    """A writer to a text stream (stdout, or a file the caller opened)."""

    def __init__(self, out: TextIO, keep_errors: bool = False) -> None:
        super().__init__(keep_errors)
        self.out = out

    def close(self) -> None:
        self.out.flush()


class TextWriter(StreamWriter):
    """Title, blank line, body; a ``==> name <==`` header before each document
    when there are several."""

    def __init__(self, out: TextIO, keep_errors: bool = False, headers: bool = False) -> None:
        super().__init__(out, keep_errors)
        self.headers = headers

    def write_article(self, article: Article, result: Result) -> None:
        self._header(result)
        if article.title:
            self.out.write(article.title + "\n\n")
        write_chunked(self.out, article.text)
        self.out.write("\n")
        self._footer()

    def write_row(self, row: dict[str, Any], result: Result) -> None:
        self._header(result)
        self.out.write(f"[error] {row['error']}\n")
        self._footer()

    def _header(self, result: Result) -> None:
        if self.headers:
            self.out.write(f"==> {result.name} <==\n")

    def _footer(self) -> None:
        if self.headers:
            self.out.write("\n")
        self.out.flush()


def write_chunked(out: TextIO, text: str) -> None:
    """Write ``text`` a :data:`WRITE_CHUNK_CHARS` slice at a time."""
    for start in range(0, len(text), WRITE_CHUNK_CHARS):
        out.write(text[start : start + WRITE_CHUNK_CHARS])


def write_json(out: TextIO, row: dict[str, Any], **kwargs: Any) -> None:
    """``row`` as JSON (``kwargs`` go to :mod:`json`); a large one in pieces.

    >>> import io
    >>> out = io.StringIO()
    >>> write_json(out, {"text": "Ünïcode"})
    >>> out.getvalue()
    '{"text": "Ünïcode"}'
    """
    if len(row.get("text") or "") <= STREAMED_JSON_CHARS:
        out.write(json.dumps(row, ensure_ascii=False, **kwargs))
        return
    for piece in json.JSONEncoder(ensure_ascii=False, **kwargs).iterencode(row):
        write_chunked(out, piece)


class JsonlWriter(StreamWriter):
    """One JSON object per line."""

    def write_row(self, row: dict[str, Any], result: Result) -> None:
        write_json(self.out, row)
        self.out.write("\n")


class JsonWriter(StreamWriter):
    """One JSON array of all documents (one object when ``single``: the input
    was one document)."""

    def __init__(self, out: TextIO, keep_errors: bool = False, single: bool = False) -> None:
        super().__init__(out, keep_errors)
        self.single = single
        self.count = 0

    def write_row(self, row: dict[str, Any], result: Result) -> None:
        if not self.single:
            self.out.write("[\n" if self.count == 0 else ",\n")
        write_json(self.out, row, indent=2)
        if self.single:
            self.out.write("\n")
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        super().close()


class ParquetWriter(Writer):
    """Row groups of :data:`PARQUET_BATCH_ROWS` rows, with the schema of
    :func:`newsclean.parquet.schema`."""

    def __init__(self, path: str, keep_errors: bool = False) -> None:
        super().__init__(keep_errors)
        try:
            from newsclean import parquet
        except ImportError:
            raise OutputError(
                "parquet output needs pyarrow: pip install 'newsclean[parquet]'"
            ) from None

        self.parquet = parquet
        self.writer = parquet.open_writer(path)
        self.rows: list[dict[str, Any]] = []

    def write_row(self, row: dict[str, Any], result: Result) -> None:
        self.rows.append(row)
        if len(self.rows) >= PARQUET_BATCH_ROWS:
            self._flush_rows()

    def _flush_rows(self) -> None:
        if self.rows:
            self.writer.write_table(self.parquet.table(self.rows))
            self.rows = []

    def close(self) -> None:
        self._flush_rows()
        self.writer.close()


def open_writer(
    fmt: str, path: str | None, stdout: TextIO, keep_errors: bool, several: bool
) -> tuple[Writer, TextIO | None]:
    """The writer for ``fmt`` to ``path`` (stdout when None), and the file it
    opened (closed by the caller)."""
    if fmt == "parquet":
        if path is None or path == "-":
            raise OutputError("parquet is written to a file: give -o FILE.parquet")
        return ParquetWriter(path, keep_errors), None
    opened = open_text(path) if path not in (None, "-") else None
    out = opened or stdout
    if fmt == "jsonl":
        return JsonlWriter(out, keep_errors), opened
    if fmt == "json":
        return JsonWriter(out, keep_errors, single=not several), opened
    return TextWriter(out, keep_errors, headers=several), opened


def default_errors_path(output: str) -> str:
    """Where the failed documents of ``-o FILE`` go without ``--errors``.

    >>> default_errors_path("out/articles.jsonl.gz")
    'out/articles.errors.jsonl'
    """
    path = Path(output)
    stem = path.name.split(".", 1)[0] or path.name
    return str(path.with_name(f"{stem}.errors.jsonl"))


class ErrorLog:
    """The failed documents as JSONL rows (``error``, ``name``, ``input``),
    written to ``path``; the file is created with the first failure only, and
    an older one (from an earlier run) removed, as ``-o`` replaces its file."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.file: TextIO | None = None
        self.count = 0
        if path is not None:
            Path(path).unlink(missing_ok=True)

    def write(self, result: Result) -> None:
        """Record one failed result."""
        self.count += 1
        if self.path is None:
            return
        if self.file is None:
            self.file = open_text(self.path)
        self.file.write(json.dumps(error_row(result), ensure_ascii=False) + "\n")
        self.file.flush()

    def close(self) -> None:
        """Close the file, if one was opened."""
        if self.file is not None:
            self.file.close()

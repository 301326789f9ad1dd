"""The Parquet output's schema, and rows to Arrow tables (pyarrow).

Columns, one row per document (a failed one only with ``--keep-errors``):

=============  ===========================  =====================================
column         type                         holds
=============  ===========================  =====================================
url            string                       the page's URL
title          string                       headline
text           string                       body, paragraphs split by a blank line
paragraphs     list<string>                 the body's paragraphs
captions       list<string>                 photo captions taken out of the body
author         string                       byline names
published      string                       ISO 8601 date or date-time
language       string                       ISO 639-1 code
description    string                       the page's own summary (og, meta)
image          string                       the page's main image URL
tags           list<string>                 the page's tags or keywords
site_name      string                       publication name
changes        list<struct<cleaner, action, text, position: int64,
               replacement, target>>        what the cleaners did
input          string                       JSON object: file, line/offset, WARC
                                            record id and URI, the input's keys
error          string                       why the document failed, else null
name           string                       the input's name in messages
=============  ===========================  =====================================
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_STRING_LIST = pa.list_(pa.string())
CHANGE = pa.struct(
    [
        ("cleaner", pa.string()),
        ("action", pa.string()),
        ("text", pa.string()),
        ("position", pa.int64()),
        ("replacement", pa.string()),
        ("target", pa.string()),
    ]
)
SCHEMA = pa.schema(
    [
        ("url", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("paragraphs", _STRING_LIST),
        ("captions", _STRING_LIST),
        ("author", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("description", pa.string()),
        ("image", pa.string()),
        ("tags", _STRING_LIST),
        ("site_name", pa.string()),
        ("changes", pa.list_(CHANGE)),
        ("input", pa.string()),
        ("error", pa.string()),
        ("name", pa.string()),
    ]
)
#: Parquet's own compression of the columns (the file needs no outer one).
COMPRESSION = "zstd"


def table(rows: list[dict[str, Any]]) -> pa.Table:
    """Article or error rows as a table of :data:`SCHEMA` (``input`` as JSON text)."""
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for row in rows:
        for name in SCHEMA.names:
            value = row.get(name)
            if name == "input":
                value = json.dumps(value or {}, ensure_ascii=False)
            columns[name].append(value)
    return pa.table(columns, schema=SCHEMA)


def open_writer(path: str) -> pq.ParquetWriter:
    """A Parquet writer of :data:`SCHEMA` rows to ``path``."""
    return pq.ParquetWriter(path, SCHEMA, compression=COMPRESSION)

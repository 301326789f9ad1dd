"""WARC files for tests, written with warcio as a crawler writes them."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def story(title: str, place: str) -> str:
    """An article page whose body names ``place`` (non-ASCII in Latin-1)."""
    return f"""<html><head><title>{title}</title>
<meta property="og:site_name" content="The Gazette"></head><body><nav>Home News Sport</nav>
<article><h1>{title}</h1>
<p>The council of {place} approved the plans for a new bridge over the river on Tuesday,
after a debate that lasted most of the afternoon and ended with a clear majority.</p>
<p>Work is expected to begin in the spring and to last about two years, officials said,
while the old crossing stays open to traffic until the new one is finished.</p>
</article></body></html>"""


def response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def write_warc(path: Path, truncate_last: bool = False) -> None:
    """Two HTML responses (one Latin-1, its charset only in the HTTP header), an
    image, a 404, a revisit and, with ``truncate_last``, a cut-off response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.suffix == ".gz")
    page = story("Bridge approved in Zürich", "Zürich").encode("latin-1")
    response(writer, "https://news.example/zurich", page, "text/html; charset=iso-8859-1")
    response(writer, "https://news.example/logo.png", b"\x89PNG\r\n", "image/png")
    response(
        writer, "https://news.example/gone", b"<html>gone</html>", "text/html", "404 Not Found"
    )
    writer.write_record(
        writer.create_revisit_record(
            "https://news.example/zurich",
            digest="sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
            refers_to_uri="https://news.example/zurich",
            refers_to_date="2024-01-01T00:00:00Z",
        )
    )
    page = story("Bridge approved in Lyon", "Lyon").encode("utf-8")
    response(writer, "https://news.example/lyon", page, "text/html; charset=utf-8")
    whole = len(buffer.getvalue())
    if truncate_last:
        page = story("Bridge approved in Graz", "Graz").encode("utf-8")
        response(writer, "https://news.example/graz", page, "text/html")
    data = buffer.getvalue()
    if truncate_last:
        data = data[: whole + (len(data) - whole) // 2]
    path.write_bytes(data)

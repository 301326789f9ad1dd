"""spiders.archive.WarcArchive: rotating WARC.gz files that the WARC reader reads back."""

from __future__ import annotations

from pathlib import Path

from newsclean.jobs import Job, Options
from newsclean.readers import expand
from spiders.archive import WarcArchive, archived_pages, warc_files


def test_files_rotate_past_the_size_cap_and_every_record_reads_back(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, max_bytes=2_000)
    bodies = {}
    for n in range(6):
        body = (f"<html><body><p>Page {n} " + "text " * 400 + "</p></body></html>").encode()
        url = f"https://news.example/{n}"
        bodies[url] = body
        headers = [(b"Content-Type", b"text/html; charset=utf-8"), (b"Content-Encoding", b"gzip")]
        archive.write(url, 200, headers, body)
    archive.write("https://news.example/logo.png", 200, [(b"Content-Type", b"image/png")], b"x")
    archive.close()
    files = warc_files(tmp_path)
    assert len(files) > 1  # rotated
    pages = list(archived_pages(files))
    # the decoded body is archived without the Content-Encoding it no longer has
    assert {url: body for url, body, _, _ in pages} == bodies
    assert all(charset == "utf-8" for _, _, charset, _ in pages)
    jobs = [j for f in files for j in expand([f], Options()) if isinstance(j, Job)]
    assert sorted(j.url for j in jobs if j.url) == sorted(bodies)

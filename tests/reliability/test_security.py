"""Security: XML is parsed without entity expansion or external entities,
redirects never leave the allowed domains, nothing from a page becomes a file
path or code, and the crawl's files follow the user's umask."""

from __future__ import annotations

import ast
import os
import sqlite3
import stat
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaners.errors import ExtractionError
from scraper import extract
from spiders.discovery import looks_like, maybe_gunzip, parse_feed, parse_sitemap
from tests.reliability.faulty_server import FaultyServer, article_html, gzip_bomb, send
from tests.spiders.conftest import ROOT, crawl_command, read_records, run_crawl

pytestmark = pytest.mark.timeout(240)

#: A secret file the external-entity documents try to read.
SECRET = "newsclean-secret-d41d8cd9"
LOL_LEVELS = 10


def billion_laughs(root: str, inner: str) -> bytes:
    """The classic exponential entity expansion, wrapped as ``root``."""
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, LOL_LEVELS)
    ]
    body = inner.replace("PAYLOAD", f"&lol{LOL_LEVELS - 1};")
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n{chr(10).join(entities)}\n]>\n{body}'
    ).encode()


def external_entity(root: str, inner: str, target: str) -> bytes:
    body = inner.replace("PAYLOAD", "&xxe;")
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{target}">]>\n{body}'
    ).encode()


SITEMAP = (
    "urlset",
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://e.org/PAYLOAD</loc><lastmod>PAYLOAD</lastmod></url>"
    "<url><loc>https://e.org/plain</loc></url></urlset>",
)
FEED = (
    "rss",
    "<rss><channel><item><link>https://e.org/PAYLOAD</link><title>PAYLOAD</title></item>"
    "<item><link>https://e.org/plain</link></item></channel></rss>",
)
PARSERS: dict[str, tuple[tuple[str, str], Callable[[bytes], list[object]]]] = {
    "sitemap": (SITEMAP, parse_sitemap),
    "feed": (FEED, parse_feed),
}


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "passwd"
    path.write_text(f"root:x:0:0:{SECRET}:/root:/bin/sh\n")
    return path


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(PARSERS))
def test_billion_laughs_is_not_expanded(kind: str) -> None:
    (root, inner), parse = PARSERS[kind]
    document = billion_laughs(root, inner)
    started = time.process_time()  # CPU time: a loaded machine does not fail it
    entries = parse(document)
    assert time.process_time() - started < 5
    assert looks_like(document) == kind
    text = repr(entries)
    assert "lollol" not in text and len(text) < 2000
    assert "https://e.org/plain" in text  # the rest of the document still counts


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(PARSERS))
@pytest.mark.parametrize("scheme", ["file", "http"])
def test_external_entities_are_not_resolved(kind: str, scheme: str, secret_file: Path) -> None:
    (root, inner), parse = PARSERS[kind]
    with FaultyServer() as server:
        server.raw("/secret", f"{SECRET}\n".encode(), "text/plain")
        target = f"file://{secret_file}" if scheme == "file" else f"{server.url}/secret"
        entries = parse(external_entity(root, inner, target))
        assert server.hits["/secret"] == 0  # no network for entities either
    assert SECRET not in repr(entries)
    assert "https://e.org/plain" in repr(entries)


@pytest.mark.timeout(30)
def test_html_with_external_entity_does_not_read_files(secret_file: Path) -> None:
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret_file}">]>'
        "<html><body><article><h1>Title here</h1><p>&xxe; The council met on Monday to "
        "discuss the budget for the new tram line.</p></article></body></html>"
    ).encode()
    try:
        text = extract(page).text
    except ExtractionError:
        return
    assert SECRET not in text


def test_gzipped_sitemap_bomb_is_refused() -> None:
    with pytest.raises(ValueError, match="larger than"):
        maybe_gunzip(gzip_bomb(4 << 20), limit=1 << 20)
    assert parse_sitemap(gzip_bomb(4 << 20)) == []  # zeros: not a sitemap, and bounded


# -- redirects stay inside the allowed domains --------------------------------


def test_redirects_never_leave_the_allowed_domains(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with FaultyServer() as site, FaultyServer("127.0.0.2") as other:
        other.article("/stolen")
        site.article("/target")  # reachable as 127.0.0.1, and as "localhost"
        moved = site.article("/moved-here")
        offsite = {
            "/to-other-host": f"{other.url}/stolen",
            "/to-other-name": f"http://localhost:{site.port}/target",
            "/to-file": "file:///etc/passwd",
            "/to-data": "data:text/html,<p>injected</p>",
        }
        for path, location in offsite.items():
            site.routes[path] = lambda h, n, location=location: send(  # type: ignore[misc]
                h, 302, b"", headers={"Location": location}
            )
        site.routes["/refresh"] = lambda h, n: send(
            h,
            200,
            f'<html><head><meta http-equiv="refresh" content="0; url={other.url}/stolen">'
            "</head><body>moved</body></html>".encode(),
        )
        site.routes["/moved"] = lambda h, n: send(h, 301, b"", headers={"Location": "/moved-here"})
        paths = [*offsite, "/refresh", "/moved"]
        locs = "".join(f"<url><loc>{site.url}{p}</loc></url>" for p in paths)
        site.raw("/sitemap.xml", f"<urlset>{locs}</urlset>".encode(), "application/xml")
        result = run_crawl(
            out,
            "--sitemap",
            f"{site.url}/sitemap.xml",
            "--state",
            str(tmp_path / "state.sqlite"),
            "-s",
            "ROBOTSTXT_OBEY=False",
            timeout=180,
        )
        other_hits = sum(other.hits.values())
        target_hits = site.hits["/target"]
    assert "Traceback" not in result.stderr
    assert other_hits == 0, "a redirect reached another host"
    assert target_hits == 0, "a redirect reached another host name"
    urls = [r["url"] for r in result.records]
    assert urls == [f"{site.url}/moved-here"], urls  # a redirect inside the site is followed
    assert result.records[0]["title"] == moved.title
    assert result.counter("newsclean/skipped/offsite_redirect") >= 3
    assert "injected" not in out.read_text()


# -- nothing from a page becomes a path or code --------------------------------

#: Calls that would turn data into code or commands.
FORBIDDEN_CALLS = frozenset({"eval", "exec", "compile", "__import__"})
FORBIDDEN_MODULES = frozenset({"pickle", "marshal", "shelve", "subprocess"})
PACKAGES = ("spiders", "scraper", "cleaners")


def test_no_module_executes_or_unpickles_data() -> None:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "demo_site" in path.parts:  # the demo's launcher runs the crawl: not crawl code
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    if node.func.id in FORBIDDEN_CALLS:
                        found.append(f"{path.name}:{node.lineno} {node.func.id}()")
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    base = node.func.value
                    if isinstance(base, ast.Name) and (base.id, node.func.attr) in {
                        ("os", "system"),
                        ("os", "popen"),
                        ("yaml", "load"),
                    }:
                        found.append(f"{path.name}:{node.lineno} {base.id}.{node.func.attr}()")
                elif isinstance(node, ast.Import | ast.ImportFrom):
                    names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                    names.append(getattr(node, "module", None) or "")
                    bad = {n.split(".")[0] for n in names} & FORBIDDEN_MODULES
                    if bad:
                        found.append(f"{path.name}:{node.lineno} import {sorted(bad)}")
    assert not found, found


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_page_content_never_names_a_file(tmp_path: Path) -> None:
    """Hostile URLs, titles and canonical links land in the output as data;
    the crawl writes only its output, state and their locks."""
    work = tmp_path / "work"
    work.mkdir()
    out, state = work / "out.jsonl", work / "state.sqlite"
    hostile = ["/..%2f..%2fescape", "/a/../../b", "/%2e%2e/%2e%2e/tmp/x", "/name;rm -rf"]
    with FaultyServer() as site:
        for path in hostile:
            article = site.take_article()
            html = article_html(article, site.url, path).replace(
                b"<title>", b"<title>../../../../tmp/owned $(touch pwned) `id` "
            )
            site.routes[path.replace("%2f", "/").replace("%2e", ".")] = (
                lambda h, n, html=html: send(h, 200, html)  # type: ignore[misc]
            )
            site.routes[path] = lambda h, n, html=html: send(h, 200, html)  # type: ignore[misc]
        locs = "".join(f"<url><loc>{site.url}{p}</loc></url>" for p in hostile)
        site.raw("/sitemap.xml", f"<urlset>{locs}</urlset>".encode(), "application/xml")
        before = files_under(tmp_path)
        proc = subprocess.run(
            crawl_command(out, "--state", str(state), "--sitemap", f"{site.url}/sitemap.xml"),
            cwd=work,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert len(read_records(out)) >= 1
    created = files_under(tmp_path) - before
    allowed = {
        "work/out.jsonl",
        "work/out.jsonl.lock",
        "work/state.sqlite",
        "work/state.sqlite.lock",
    }
    allowed |= {"work/state.sqlite-wal", "work/state.sqlite-shm"}
    assert created <= allowed, created - allowed
    assert not Path("/tmp/owned").exists() and not (work / "pwned").exists()


# -- file modes follow the umask ------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o077], ids=["umask022", "umask077"])
def test_state_and_output_follow_the_umask(tmp_path: Path, umask: int) -> None:
    out, state = tmp_path / "data" / "out.jsonl", tmp_path / "data" / "state.sqlite"
    with FaultyServer() as site:
        site.article("/a")
        site.raw(
            "/sitemap.xml",
            f"<urlset><url><loc>{site.url}/a</loc></url></urlset>".encode(),
            "text/xml",
        )
        proc = subprocess.run(
            crawl_command(out, "--state", str(state), "--sitemap", f"{site.url}/sitemap.xml"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=lambda: os.umask(umask),
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    paths = [tmp_path / "data", *(tmp_path / "data").rglob("*")]
    assert out in paths and state in paths
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert not mode & stat.S_IWOTH, f"{path} is world-writable ({mode:o})"
        assert not mode & umask, f"{path}: mode {mode:o} ignores umask {umask:03o}"

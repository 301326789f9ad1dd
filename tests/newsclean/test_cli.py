"""The `newsclean clean` command line, run as a user runs it."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsclean.cli import main

SEED_TEXT = "Headline of the story\n\nFirst  paragraph of the body.\n\nSecond paragraph.\n"
PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens</title></head>
<body><article><h1>Harbour reopens</h1>
<p>The harbour of the town reopened on Monday after three weeks of repairs to the main pier,
the port authority said in a statement.</p>
<p>Fishing boats returned at dawn, and the first ferry is expected on Wednesday, officials said.</p>
<p>Repairs cost about two million euros and were paid for by the regional government.</p>
</article></body></html>"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_file_prints_title_blank_line_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "story.txt"
    f.write_text(SEED_TEXT)
    code, out, err = run(["clean", str(f)], capsys)
    assert code == 0 and err == ""
    assert "First paragraph of the body." in out


def test_json_format_is_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "story.txt"
    f.write_text(SEED_TEXT)
    code, out, _ = run(["clean", "--format", "json", str(f)], capsys)
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {
        "url",
        "title",
        "text",
        "captions",
        "author",
        "published",
        "language",
        "changes",
    }
    assert "First paragraph of the body." in data["text"]


def test_html_is_told_apart_by_content_not_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "page.txt"  # HTML under a .txt name
    f.write_bytes(PAGE)
    code, out, _ = run(["clean", "--format", "json", str(f)], capsys)
    data = json.loads(out)
    assert code == 0
    assert "<p>" not in data["text"]
    assert "Fishing boats returned at dawn" in data["text"]


def test_missing_input_is_one_line_and_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED_TEXT)
    code, out, err = run(
        ["clean", "--format", "jsonl", str(tmp_path / "missing.txt"), str(good)], capsys
    )
    assert code == 1
    assert err.count("\n") == 1 and "missing.txt" in err and "no such file" in err
    assert len(out.splitlines()) == 1 and "First paragraph" in out


def test_binary_input_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "photo.html"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    code, out, err = run(["clean", str(f)], capsys)
    assert code == 1 and out == ""
    assert err.strip() == f"newsclean: {f}: not a text or HTML document (a PNG image)"


def test_size_limit_is_configurable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * 1000)
    code, _, err = run(["clean", "--max-size", "100", str(f)], capsys)
    assert code == 1 and "limit" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["clean"], capsys)[0] == 2
    code, _, err = run(["clean", "--disable", "no_such_cleaner", "x.txt"], capsys)
    assert code == 2 and "unknown cleaner 'no_such_cleaner'" in err


def test_explain_lists_changes_per_cleaner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "dirty.txt"
    f.write_bytes("A cafÃ©  in the old town.\n".encode())
    code, out, err = run(["clean", "--explain", str(f)], capsys)
    assert code == 0 and "A café in the old town." in out
    assert "fix_unicode" in err and "normalize_whitespace" in err


def test_explain_on_html_lists_what_the_prepass_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = "The council voted on Tuesday to rebuild the harbour wall before winter storms."
    f = tmp_path / "page.html"
    f.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Harbour wall</h1><p>{story}</p><p>{story} Work starts soon.</p>"
        "<div class='share-bar'>Share: Facebook X Email</div></article>"
        "<aside class='related'><h2>Related stories</h2><ul><li><a href='/a'>Ferry fares rise"
        " again</a></li><li><a href='/b'>New bridge opens</a></li></ul></aside></body></html>"
    )
    code, out, err = run(["clean", "--explain", str(f)], capsys)
    assert code == 0 and story in out and "Ferry fares" not in out
    removed = [line for line in err.splitlines() if "removed" in line]
    assert any("Ferry fares rise again" in line for line in removed)  # the related box
    assert any("Facebook" in line for line in removed)  # the share bar
    assert "prepass" in err


def test_disable_skips_a_cleaner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "dirty.txt"
    f.write_bytes("A cafÃ© in town.\n".encode())
    _, out, _ = run(["clean", "--disable", "fix_unicode", str(f)], capsys)
    assert "cafÃ©" in out


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_is_fetched_and_extracted(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["clean", "--format", "json", f"{server}/story"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["url"] == f"{server}/story"
    assert "first ferry is expected on Wednesday" in data["text"]


def test_http_error_and_unreachable_host_are_one_line(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/x"
    code, _, err = run(["clean", f"{server}/nope", dead], capsys)
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 2
    assert "HTTP 404" in lines[0]
    assert lines[1].startswith(f"newsclean: {dead}: cannot fetch")


def test_console_script_reads_stdin() -> None:
    exe = Path(sys.executable).with_name("newsclean")
    result = subprocess.run(
        [str(exe), "clean", "-"], input=SEED_TEXT.encode(), capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert b"Second paragraph." in result.stdout
    missing = subprocess.run([str(exe), "clean", "missing.txt"], capture_output=True, timeout=120)
    assert missing.returncode == 1
    assert missing.stderr.decode().strip() == "newsclean: missing.txt: no such file"

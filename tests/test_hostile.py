"""Hostile input: each ends within seconds with a result or one clear line on
stderr and the right exit code, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

NEWSCLEAN = str(Path(sys.executable).with_name("newsclean"))
ARTICLE = (
    "<p>Le café de la gare a rouvert ses portes lundi après des travaux qui ont duré "
    "trois mois, a annoncé la mairie dans un communiqué publié le matin même.</p>"
    "<p>Les habitués étaient ravis de retrouver leur comptoir préféré et leurs journaux.</p>"
)


def newsclean(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [NEWSCLEAN, "clean", *args],
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def one_error_line(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("newsclean: ")
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\t\n  \n", "empty input"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, "JPEG"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("blob.bin", bytes(range(256)) * 64, "binary data"),
    ],
)
def test_not_a_document_is_one_clear_line(
    tmp_path: Path, name: str, data: bytes, needle: str
) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    one_error_line(newsclean(str(f)), str(f), needle)


def test_size_limit_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("A sentence of news text. " * 10_000)
    one_error_line(newsclean("--max-size", "50000", str(f)), "50,000-byte limit")


def test_invalid_utf8_is_decoded_not_fatal(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Le café a rouvert lundi, a annoncé la mairie.\n".encode("latin-1"))
    result = newsclean(str(f))
    assert result.returncode == 0
    assert "café" in result.stdout and "annoncé" in result.stdout


def test_stray_nul_bytes_in_text(tmp_path: Path) -> None:
    f = tmp_path / "nul.txt"
    f.write_bytes(b"The council met on Monday.\x00\nIt voted for the new budget.\n")
    result = newsclean(str(f))
    assert result.returncode in (0, 1)
    assert "\x00" not in result.stdout


def test_a_3mb_token_without_spaces(tmp_path: Path) -> None:
    f = tmp_path / "token.txt"
    f.write_text("x" * 3_000_000)
    result = newsclean("--format", "jsonl", str(f))
    assert result.returncode == 0
    assert len(result.stdout) > 3_000_000


def test_200000_short_lines(tmp_path: Path) -> None:
    f = tmp_path / "lines.txt"
    f.write_text("".join(f"Line {i}.\n" for i in range(200_000)))
    result = newsclean("--format", "jsonl", str(f))
    assert result.returncode == 0
    assert "Line 199999." in result.stdout


def test_20000_nested_elements(tmp_path: Path) -> None:
    f = tmp_path / "nested.html"
    f.write_text("<html><body>" + "<div>" * 20_000 + ARTICLE + "</div>" * 20_000 + "</body></html>")
    result = newsclean(str(f))
    assert result.returncode in (0, 1)
    if result.returncode == 0:
        assert "Le café de la gare" in result.stdout


def test_unclosed_tags(tmp_path: Path) -> None:
    f = tmp_path / "unclosed.html"
    f.write_text("<html><body><article><p>" + ARTICLE.replace("</p>", "") + "<div><b><i>")
    result = newsclean(str(f))
    assert result.returncode == 0
    assert "Le café de la gare a rouvert" in result.stdout
    assert "<" not in result.stdout


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("iso-8859-1", "latin-1"), ("utf-8", "latin-1"), (None, "latin-1"), (None, "utf-8")],
)
def test_wrong_or_missing_charset(tmp_path: Path, declared: str | None, encoding: str) -> None:
    meta = f'<meta charset="{declared}">' if declared else ""
    head = f"<head>{meta}<title>Café</title></head>"
    page = f"<html>{head}<body><article>{ARTICLE}</article></body></html>"
    f = tmp_path / "page.html"
    f.write_bytes(page.encode(encoding))
    result = newsclean(str(f))
    assert result.returncode == 0
    assert "Le café de la gare a rouvert ses portes lundi après des travaux" in result.stdout

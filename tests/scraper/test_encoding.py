"""Bytes to text: BOM, HTTP charset, meta charset, UTF-8, detection."""

from __future__ import annotations

import codecs

import pytest

from scraper.encoding import declared_charset, decode_html, normalise_label

SPANISH = "<p>La vendimia empezó en agosto: «¿Y el año que viene?», preguntó Íñigo.</p>"


def page(body: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body>{body}</body></html>"


def test_latin1_page_with_meta_charset_keeps_accents() -> None:
    data = page(SPANISH, '<meta charset="iso-8859-1">').encode("latin-1")
    assert SPANISH in decode_html(data)


def test_iso_8859_1_label_means_windows_1252() -> None:
    # curly quotes and the euro sign are cp1252 bytes pages labelled latin-1 use
    body = "<p>“0,85 €”</p>"
    data = page(body, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    assert body in decode_html(data.encode("cp1252"))


def test_http_charset_wins_over_meta() -> None:
    data = page(SPANISH, '<meta charset="utf-8">').encode("cp1252")
    assert SPANISH in decode_html(data, charset="windows-1252")


def test_utf8_mislabelled_as_latin1_is_read_as_utf8() -> None:
    data = page(SPANISH, '<meta charset="iso-8859-1">').encode("utf-8")
    assert SPANISH in decode_html(data)


def test_bom_wins() -> None:
    data = codecs.BOM_UTF8 + page(SPANISH, '<meta charset="iso-8859-1">').encode("utf-8")
    text = decode_html(data)
    assert SPANISH in text and not text.startswith("\ufeff")


def test_utf16_with_bom() -> None:
    assert SPANISH in decode_html(page(SPANISH).encode("utf-16"))


def test_undeclared_cyrillic_is_detected() -> None:
    body = "<p>" + "Городской совет утвердил бюджет на следующий год. " * 8 + "</p>"
    assert body in decode_html(page(body).encode("cp1251"))


def test_wrong_declaration_falls_back() -> None:
    # declared UTF-8 but the bytes are Latin-1 throughout: not a few stray bytes
    text = decode_html(page(SPANISH * 3, '<meta charset="utf-8">').encode("latin-1"))
    assert "Íñigo" in text


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    body = ("<p>Zürich " * 2000) + "</p>"
    data = page(body, '<meta charset="utf-8">').encode("utf-8") + b"\xff"
    assert "Zürich" in decode_html(data)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("UTF8", "utf-8"),
        ("latin1", "cp1252"),
        ("gb2312", "gb18030"),
        ("no-such", None),
        (None, None),
    ],
)
def test_normalise_label(label: str | None, codec: str | None) -> None:
    assert normalise_label(label) == codec


def test_declared_charset_only_near_the_top() -> None:
    late = b"<html>" + b" " * 10_000 + b'<meta charset="koi8-r">'
    assert declared_charset(late) is None
    assert declared_charset(b"<meta charset='koi8-r'>") == "koi8-r"

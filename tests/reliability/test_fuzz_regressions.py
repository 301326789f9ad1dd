"""What the fuzzers found, kept: each input once crashed ``scraper.extract``
or ``cleaners.clean_text`` and must now give an Article or ExtractionError.

Inputs from ``make fuzz`` (atheris) are stored as found in ``fuzz_findings/``
(the first byte picks the charset, as in fuzz/fuzz_extract.py); findings of
hypothesis are kept as ``@example`` in test_extract_properties.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.errors import ExtractionError
from scraper import extract

pytestmark = pytest.mark.timeout(120)

FINDINGS = Path(__file__).parent / "fuzz_findings"
#: The charsets of fuzz/fuzz_extract.py, in its order.
CHARSETS = (None, "utf-8", "latin-1", "utf-16", "shift_jis", "koi8-r", "bogus-charset")
#: Minimal forms of the findings, written out.
MINIMAL = [
    # a character reference to a C0 control: the parser makes it a character
    # that lxml then refuses when the pre-pass sets a node's text
    "<p>The council met on Monday &#x16; to discuss the budget for the tram line.</p>",
    "<div><span>&#22;</span><p>The tram line opens in May, the council said.</p></div>",
    "<p>&#xFFFE;&#55296;&#0;&#11; The council said on Monday that the line opens.</p>",
    # a raw control character in the text (found by hypothesis)
    "<DIV>\x1b",
]


def outcome(html: bytes | str, charset: str | None = None) -> str:
    try:
        return extract(html, "https://example.org/news/a.html", charset=charset).text
    except ExtractionError:
        return ""


@pytest.mark.parametrize("path", sorted(FINDINGS.glob("extract-*")), ids=lambda p: p.name)
def test_extract_findings(path: Path) -> None:
    data = path.read_bytes()
    assert isinstance(outcome(data[1:], CHARSETS[data[0] % len(CHARSETS)]), str)


@pytest.mark.parametrize("html", MINIMAL)
def test_minimal_findings(html: str) -> None:
    text = outcome(html)
    assert "\x16" not in text and "\ufffe" not in text
    assert isinstance(clean_text(html), str)

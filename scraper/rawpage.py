"""The page as given, from its bytes to the text that is parsed, and held
while it is extracted: the second opinion (:func:`scraper.extraction.second_opinion`)
parses it afresh.

>>> raw = RawPage("<p>Café</p>".encode("utf-8"))
>>> raw.pack(); raw.text()
'<p>Café</p>'
"""

from __future__ import annotations

import re
import zlib

from scraper.encoding import decode_html
from scraper.settings import MAX_HTML_CHARS

_HEAVY_MARKUP = re.compile(
    r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
#: zlib's fastest level: a page is packed once and rarely read again.
_PACK_LEVEL = 1
#: Characters of a text page encoded at a time when it is packed (a lone
#: surrogate pair is never split: ``surrogatepass`` encodes each on its own).
_PACK_PIECE = 1 << 18


def shrink(html: str, limit: int = MAX_HTML_CHARS) -> str:
    """Cap a page's size: drop scripts, styles and comments, then cut.

    >>> shrink("<p>a</p><script>x()</script><p>b</p>", limit=10)
    '<p>a</p> <'
    """
    if len(html) <= limit:
        return html
    return _HEAVY_MARKUP.sub(" ", html)[:limit]


def page_text(html: bytes | str, charset: str | None = None) -> str:
    """The page as text: decoded (``charset`` is the HTTP header's) and
    capped in size (:func:`shrink`).

    >>> page_text("<p>Café</p>".encode("utf-8"))
    '<p>Café</p>'
    """
    return shrink(html if isinstance(html, str) else decode_html(html, charset))


class RawPage:
    """A page as given (bytes, or text from a JSONL record) and the HTTP
    header's charset; :meth:`text` is always the same text."""

    def __init__(self, html: bytes | str, charset: str | None = None) -> None:
        self.html: bytes | str = html
        self.charset = charset
        self._packed: tuple[bytes, bool] | None = None

    def text(self) -> str:
        """The page as text, decoded and capped (:func:`page_text`)."""
        html = self.html
        if self._packed is not None:
            data, was_text = self._packed
            data = zlib.decompress(data)
            html = data.decode("utf-8", "surrogatepass") if was_text else data
        return page_text(html, self.charset)

    def pack(self) -> None:
        """Hold the page compressed (a long page: the extraction works on its
        cut tree, and the page would otherwise be the most it holds)."""
        if self._packed is not None:
            return
        html, self.html = self.html, b""
        if isinstance(html, bytes):
            self._packed = (zlib.compress(html, _PACK_LEVEL), False)
            return
        packer = zlib.compressobj(_PACK_LEVEL)
        parts = [  # encoded a piece at a time: no second copy of the page at once
            packer.compress(html[i : i + _PACK_PIECE].encode("utf-8", "surrogatepass"))
            for i in range(0, len(html), _PACK_PIECE)
        ]
        del html
        parts.append(packer.flush())
        self._packed = (b"".join(parts), True)

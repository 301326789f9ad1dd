"""Unicode repair: mojibake, HTML entities left in text, control characters."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy import fixes
from ftfy.chardata import CONTROL_CHARS, LIGATURES, UTF8_CLUES, UTF8_DETECTOR_RE

from cleaners.base import Document, Edit, ParagraphCleaner, diff_edit
from cleaners.whitespace import INVISIBLE, INVISIBLE_CHARS, SPACE_CHARS, SPACE_RUN

#: ftfy's fixes minus the ones that would change legitimate typography: curly
#: quotes stay curly, and full-width forms (normal in CJK text) stay.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    explain=False,
)


#: Characters ftfy would change on their own: controls it removes, ligatures it
#: splits, C1 controls and U+FFFD (clues of mojibake), the start of an HTML
#: entity, a terminal escape.
_SUSPECT_CHARS = (
    "".join(re.escape(chr(c)) for c in sorted({*CONTROL_CHARS, *LIGATURES}))
    + "\x80-\x9f\ufffd&\x1b"
)
SUSPECT = re.compile(f"[{_SUSPECT_CHARS}]")
#: The same characters and the invisible ones together: one search for both.
SUSPECT_OR_INVISIBLE = re.compile(f"[{_SUSPECT_CHARS}{INVISIBLE_CHARS}]")
#: The first two characters of every match of ftfy's ``UTF8_DETECTOR_RE`` (the
#: first byte of a UTF-8 sequence, then a continuation byte or a space), with any
#: horizontal space allowed second: a text without this pair has no such match,
#: before or after its space runs are collapsed. One cheap search that spares
#: the detector, which is slow, the many texts with accents but no mojibake.
MOJIBAKE_START = re.compile(
    "[" + "".join(UTF8_CLUES[f"utf8_first_of_{n}"] for n in (2, 3, 4)) + "]"
    f"[{UTF8_CLUES['utf8_continuation']}{SPACE_CHARS}]"
)


def needs_ftfy(paragraph: str) -> bool:
    """Whether ftfy could change ``paragraph``: a cheap test that keeps ftfy off
    the many paragraphs whose only non-ASCII characters are typography.

    >>> needs_ftfy("Vietnam’s police – “INTERPOL”"), needs_ftfy("cafÃ© au lait")
    (False, True)
    """
    if paragraph.isascii():
        return "&" in paragraph or "\x1b" in paragraph or bool(SUSPECT.search(paragraph))
    return bool(
        SUSPECT_OR_INVISIBLE.search(paragraph)  # invisibles can hide mojibake from the test below
        or (
            MOJIBAKE_START.search(paragraph)
            and (
                UTF8_DETECTOR_RE.search(paragraph)
                or UTF8_DETECTOR_RE.search(SPACE_RUN.sub(" ", paragraph))  # so can a no-break space
            )
        )
        or not unicodedata.is_normalized("NFC", paragraph)
    )


#: The ftfy release and settings :func:`fix_text` repeats the steps of; with any
#: other, it hands the text to ``ftfy.fix_text`` itself.
MIRRORED_FTFY = "6.3.1"
MIRRORED_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, explain=False
)
FTFY_MIRRORED = ftfy.__version__ == MIRRORED_FTFY and FTFY_CONFIG == MIRRORED_CONFIG
#: What two of ftfy's steps change (``str.translate`` with a table, slow on
#: non-ASCII text): a search first spares them the texts without any.
LIGATURE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(LIGATURES)) + "]")
CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS)) + "]")


def fix_text(text: str) -> str:
    """``ftfy.fix_text(text, FTFY_CONFIG)``, by the same steps in the same order,
    minus work that provably changes nothing: the encoding fix is not run again
    on its own output (it stops only at a text it leaves as it is) and skips
    ftfy's mojibake search where it cannot match (:func:`_fix_encoding`), and the
    ligature and control-character tables are not applied to a text without
    those characters. A mojibake paragraph takes a third of the time.

    >>> fix_text("SebastiÃ¡n PiÃ±era &amp; ﬁnance")
    'Sebastián Piñera & finance'
    """
    if not FTFY_MIRRORED:
        return ftfy.fix_text(text, FTFY_CONFIG)
    out = []
    pos = 0
    unescape = True  # unescape_html="auto": not in (or after) a segment with "<"
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)  # segments as ftfy cuts them
        end = min(end, pos + FTFY_CONFIG.max_decode_length)
        segment = text[pos:end]
        if unescape and "<" in segment:
            unescape = False
        out.append(_fix_segment(segment, unescape))
        pos = end
    return "".join(out)


def _fix_segment(text: str, unescape: bool) -> str:
    """``ftfy.fix_and_explain`` on one segment with ``FTFY_CONFIG`` (the text only)."""
    encoded_fixed = None  # the last text fix_encoding returned: it would return it again
    while True:
        before = text
        if unescape:
            text = fixes.unescape_html(text)
        if text != encoded_fixed:
            text = encoded_fixed = _fix_encoding(text)
        text = fixes.fix_c1_controls(text)
        if LIGATURE.search(text):
            text = fixes.fix_latin_ligatures(text)
        text = fixes.fix_line_breaks(text)
        text = fixes.fix_surrogates(text)
        text = fixes.remove_terminal_escapes(text)
        if CONTROL.search(text):
            text = fixes.remove_control_chars(text)
        text = unicodedata.normalize("NFC", text)
        if text == before:
            return text


#: What every match of ftfy's mojibake test (``ftfy.badness.BADNESS_RE``) holds:
#: a C1 control, "Œ", "œ", "Ã" or "Â", or two non-ASCII characters in a row (the
#: tests check this against each of its alternatives). Written to open with a
#: character class, so that the regex engine skips the ASCII text.
MAYBE_BAD = re.compile("[^\x00-\x7f](?:(?<=[\x80-\x9fŒœÃÂ])|[^\x00-\x7f])")
#: The settings ``ftfy.fix_encoding`` uses when called without any.
ENCODING_CONFIG = ftfy.TextFixerConfig(explain=False)


def _fix_encoding(text: str) -> str:
    """``ftfy.fix_encoding(text)``: ftfy's one encoding step, again until the text
    stops changing, as ftfy runs it. The step changes nothing unless its mojibake
    test (``is_bad``) matches, so a text where :data:`MAYBE_BAD` finds nothing
    ends the loop without that slow search, which otherwise reads the whole of
    every text just fixed. (ftfy's step is private: only used, through
    :func:`fix_text`, with the release it mirrors.)"""
    while MAYBE_BAD.search(text):
        fixed = ftfy._fix_encoding_one_step_and_explain(text, ENCODING_CONFIG).text
        if fixed == text:
            break
        text = fixed
    return text


#: ftfy is not always done after one pass (mojibake inside mojibake, or hidden by
#: invisible characters): it runs again, up to this many times, until the text
#: as normalize_whitespace will leave it no longer changes.
MAX_FTFY_PASSES = 3


class FixUnicode(ParagraphCleaner):
    """Repair mojibake and stray entities with ftfy.

    >>> FixUnicode().fix("Sebasti\u00c3\u00a1n Pi\u00c3\u00b1era")
    'Sebastián Piñera'
    >>> FixUnicode().fix("Vietnam\u2019s police")
    'Vietnam’s police'
    """

    name = "fix_unicode"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if not needs_ftfy(paragraph):
            return []  # nothing ftfy could fix: skip it on the hot path
        # A soft hyphen can be part of mojibake ("Ã\u00ad" is "í"), so ftfy sees the
        # text as it is first. Invisible characters, controls and odd spaces left
        # after that (normalize_whitespace drops or plains them) can hide more
        # mojibake ("Â\u00ad\x80", "\u00a0Ã\x91"): without them ftfy looks again, or
        # a second run of the chain would find what the first missed.
        fixed = fix_text(paragraph)
        for _ in range(MAX_FTFY_PASSES):
            visible = SPACE_RUN.sub(" ", INVISIBLE.sub("", fixed))  # as normalize_whitespace will
            if visible == paragraph or not needs_ftfy(visible):
                break  # nothing left that ftfy could change
            again = fix_text(visible)
            if again == visible:
                break  # stable: a second run of the chain will find nothing
            fixed = again
        return diff_edit(paragraph, fixed)

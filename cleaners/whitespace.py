"""Whitespace: splitting text into paragraphs and normalising space inside them."""

from __future__ import annotations

import re

from cleaners.base import Document, Edit, ParagraphCleaner

#: Characters that are never wanted in clean text: zero-width space, BOM,
#: soft hyphen, word joiner, and C0/C1 controls other than newline and tab.
_FORMAT_CHARS = "\u200b\ufeff\u00ad\u2060"
#: The invisible characters and the horizontal spaces as character-class bodies.
INVISIBLE_CHARS = f"{_FORMAT_CHARS}\x00-\x08\x0b-\x1f\x7f-\x9f"
SPACE_CHARS = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
#: Runs of horizontal space, including no-break and typographic spaces.
SPACE_RUN = re.compile(f"[{SPACE_CHARS}]+")
SPACE_OR_INVISIBLE = re.compile(f"(?:{SPACE_RUN.pattern}|{INVISIBLE.pattern})+")
#: Whitespace other than the plain space: every other character ``str.isspace``
#: (and the regex ``\\s``) accepts.
OTHER_SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: A character that always needs work: odd whitespace or an invisible character.
ODD_CHARACTER = re.compile(f"[{OTHER_SPACE_CHARS}{INVISIBLE_CHARS}]")
#: Line breaks other than "\n" (a "\r\n" is one), written to open with a
#: character class so that the regex engine skips to them; and the characters
#: they start with, looked for first (most texts have none).
LINE_BREAKS = re.compile("[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")
LINE_BREAK_STARTS = "\r\u2028\u2029\x0b\x0c\x85"
#: A line that ends mid-sentence, and a next line that starts in lower case:
#: the two are one paragraph hard-wrapped with its newline kept.
WRAPPED_END = re.compile(r"[\w,]")
WRAPPED_START = re.compile(r"^[a-z]")


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs: one per non-blank line, with lines that
    were hard-wrapped inside a sentence joined back together.

    >>> split_paragraphs("Title\\r\\n\\nFirst line of a\\nwrapped paragraph.\\nNext one.")
    ['Title', 'First line of a wrapped paragraph.', 'Next one.']
    """
    if any(map(text.__contains__, LINE_BREAK_STARTS)):
        text = LINE_BREAKS.sub("\n", text)
    lines = [line.strip() for line in text.split("\n")]
    paragraphs: list[list[str]] = []  # each paragraph as its lines, joined at the end
    previous_blank = True
    for line in lines:
        if not line:
            previous_blank = True
            continue
        if (
            not previous_blank
            and paragraphs
            and WRAPPED_END.match(paragraphs[-1][-1][-1])
            and WRAPPED_START.match(line)
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
        previous_blank = False
    return [" ".join(parts) for parts in paragraphs]


def needs_work(paragraph: str) -> bool:
    """Whether :class:`NormalizeWhitespace` has anything to do in ``paragraph``:
    space at either end, two spaces in a row, odd whitespace or an invisible
    character. A few C-level tests that let the many clean paragraphs through.

    >>> needs_work("Hanoi (VNA) – text"), needs_work("Hanoi\u00a0(VNA)"), needs_work("a  b")
    (False, True, True)
    """
    return bool(paragraph) and (
        paragraph[0].isspace()
        or paragraph[-1].isspace()
        or paragraph[0] in EDGE_JOINERS
        or paragraph[-1] in EDGE_JOINERS
        or "  " in paragraph
        or ODD_CHARACTER.search(paragraph) is not None
    )


#: Zero-width (non-)joiners: kept inside a word (Persian, Indic scripts, emoji
#: sequences need them), meaningless at either end of a paragraph.
EDGE_JOINERS = "\u200c\u200d"
#: Spaces, invisible characters and joiners at either end of a paragraph.
EDGE_RUN = re.compile(f"[\\s{SPACE_CHARS}{INVISIBLE_CHARS}{EDGE_JOINERS}]+")


def _trim_joiners(paragraph: str) -> list[Edit]:
    """The edits of :class:`NormalizeWhitespace` for a paragraph with a joiner
    at an end: its ends trimmed of space, invisibles and joiners, and the
    usual edits of what is left inside.

    >>> from cleaners.base import apply_edits
    >>> apply_edits("\u200c Tehran\u200cha \u200d", _trim_joiners("\u200c Tehran\u200cha \u200d"))
    'Tehran\u200cha'
    """
    head = EDGE_RUN.match(paragraph)
    start = head.end() if head else 0
    if start == len(paragraph):
        return [Edit(0, start, "")]  # nothing visible: the paragraph goes
    stop = len(paragraph)
    while EDGE_RUN.fullmatch(paragraph[stop - 1]):
        stop -= 1
    inner = paragraph[start:stop]
    edits = [Edit(0, start, "")] if start else []
    edits += [Edit(start + e.start, start + e.end, e.new) for e in _inner_edits(inner)]
    if stop < len(paragraph):
        edits.append(Edit(stop, len(paragraph), ""))
    return edits


def _inner_edits(paragraph: str) -> list[Edit]:
    """Runs of space collapsed and invisible characters dropped inside a
    paragraph (at its ends: removed)."""
    edits: list[Edit] = []
    last = len(paragraph)
    for m in SPACE_OR_INVISIBLE.finditer(paragraph):
        run = m.group()
        # a run holding a space is one space, but at an end; one without none
        inside = m.start() > 0 and m.end() < last
        new = " " if inside and SPACE_RUN.search(run) else ""
        if new != run:
            edits.append(Edit(m.start(), m.end(), new))
    return edits


class NormalizeWhitespace(ParagraphCleaner):
    """Collapse runs of spaces, drop invisible characters, trim each paragraph.

    >>> NormalizeWhitespace().fix("  Hanoi\u00a0\u00a0 (VNA)\u200b \u2013 text ")
    'Hanoi (VNA) – text'
    """

    name = "normalize_whitespace"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if not needs_work(paragraph):
            return []
        if paragraph[0] in EDGE_JOINERS or paragraph[-1] in EDGE_JOINERS:
            # joiners at an end join nothing: trimmed with the space there
            # (a line of them alone, a page's spacer, is then empty and goes)
            return _trim_joiners(paragraph)
        return _inner_edits(paragraph)

"""Run-together words: spaces lost where the source had a hard line wrap or a
``<br>`` ("withcountries", "deChile", "event,Thanh"). Only ever inserts spaces.

Two kinds of evidence, on one log10-odds scale: the words
(:mod:`cleaners.joins_candidates`: two words against one token, in the
document's language and vocabulary) and the columns (:mod:`cleaners.joins_wraps`:
a width at which every line ends inside a token that hides a split makes its
weak splits believable, "ReeceKershaw", "in1981"). Without the columns a split
must be confident on its own, and English; other languages (compounds) always
need the columns.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from operator import itemgetter

from cleaners.base import Document, Edit, ParagraphCleaner, apply_edits
from cleaners.bounded import by_window, short_text_cache
from cleaners.joins_candidates import SINGLE_LETTER_WORDS, Split, candidates, sure_words
from cleaners.joins_lexicon import DocumentLexicon, normalize, zipf_table
from cleaners.joins_wraps import HYPHEN_BREAK, Join, follow, quote_joins, unexplained_gaps, wrapped
from cleaners.settings import (
    ALONE,
    ALONE_LANGUAGES,
    CHAIN_MIN_DAMAGED,
    DAMAGED_PARAGRAPHS,
    DEFAULT_LANGUAGE,
    FOUND_SLACK,
    GAP_GAIN,
    GAP_PART,
    GAP_RANK,
    GAP_SCORE,
    HYPHEN,
    KNOWN_PART,
    MAX_ROUNDS,
    MAX_TOKEN,
    MIN_TOKEN,
    NAME_COST,
    NAME_SPLIT_COST,
    NARROW_SLACK,
    OTHER_LANGUAGE_COST,
    PHRASE_IN_DOCUMENT,
    PHRASE_MAX_ZIPF,
    REPEAT_COST,
    SINGLE_LETTER_ZIPF,
    WEAK,
    WEAK_GAP_MARGIN,
    WIDTHS,
    WORD_MODEL_LANGUAGES,
    WRAP_SHORTFALL,
    ZIPF_IN_DOCUMENT,
)

#: Marks before a token that make its capital the start of a sentence, quote
#: or aside rather than a name's.
CLAUSE_START_MARKS = ".!?:;…\"“”'‘’—–-(["

TOKEN = re.compile(r"\S+")
#: Punctuation that may surround a frequent word without hiding a join.
PLAIN_EDGES = "\"'“”‘’()[],.;:!?"
#: An opening mark ending a token ("that“", "said(") or a closing one starting
#: it ("”The") was glued to the next or last word: a known word with it may
#: still hide a join.
OPENERS = "“‘«(["
CLOSERS = "”»)]"


#: German quotation marks as the English ones that open or close as they do:
#: »…« as «…» (French and English guillemets open with «), „…“ as “…”, ‚…‘ as ‘…’.
GERMAN_QUOTES = str.maketrans({"»": "«", "«": "»", "„": "“", "“": "”", "‚": "‘", "‘": "’"})
#: A guillemet opening a word or closing one, as German writes it (»Wort«) and
#: as French and English write it («mot»).
GERMAN_GUILLEMETS = re.compile(r"»(?=[^\W\d_])|(?<=[^\W\d_])[.,;:!?]?«")
OTHER_GUILLEMETS = re.compile(r"«(?=[^\W\d_])|(?<=[^\W\d_])[.,;:!?]?»")


def german_quotes(paragraph: str) -> bool:
    """Whether ``paragraph`` opens its quotations as German does: with „ or »,
    and closes them with “ or «.

    >>> german_quotes("Er sprach von »Verteidigung«."), german_quotes("Il a dit «non».")
    (True, False)
    >>> german_quotes("Sie nannte es „ein Zeichen“."), german_quotes("He said “yes”.")
    (True, False)
    """
    if "„" in paragraph:
        return True
    if "»" not in paragraph or "«" not in paragraph:
        return False
    return len(GERMAN_GUILLEMETS.findall(paragraph)) > len(OTHER_GUILLEMETS.findall(paragraph))


@short_text_cache(maxsize=4096)
def _tokens_with_candidates(
    paragraph: str, model: str
) -> tuple[tuple[str, int, int, tuple[Split, ...]], ...]:
    """The tokens of ``paragraph`` that may hide a join, with where they are
    and their candidates (kept for the repair's later rounds)."""
    sure = sure_words(model)
    tokens = paragraph.split()
    # quotation marks read as English ones, mirrored where the paragraph
    # opens quotes as German does (»…«, „…“): offsets do not move
    marks = GERMAN_QUOTES if german_quotes(paragraph) else None
    # most tokens are known words: one set difference drops most of them, and
    # only the distinct tokens left are looked at
    found_in: dict[str, tuple[Split, ...]] = {}
    for token in sure.rare(tokens):
        # asked before the cache: a long token (a blob of code) is never kept
        # (the quotation marks mirrored are one character for one)
        if not MIN_TOKEN <= len(token) <= MAX_TOKEN:
            continue
        found = _token_candidates(token, token.translate(marks) if marks else token, model)
        if found:
            found_in[token] = found
    if not found_in:
        return ()
    # where those tokens are: each occurrence that whitespace (or an end of
    # the paragraph) bounds on both sides
    out = []
    n = len(paragraph)
    for token, found in found_in.items():
        start = paragraph.find(token)
        while start >= 0:
            end = start + len(token)
            if (start == 0 or paragraph[start - 1].isspace()) and (
                end == n or paragraph[end].isspace()
            ):
                out.append((token, start, end, found))
                start = paragraph.find(token, end)
            else:
                start = paragraph.find(token, start + 1)
    out.sort(key=itemgetter(1))
    return tuple(out)


@lru_cache(maxsize=100_000)
def _token_candidates(token: str, read: str, model: str) -> tuple[Split, ...]:
    """The candidates of a token not among the frequent words (``read``: as
    read, quotation marks mirrored), none for a known word as written: asked
    once for a name or rare word that comes back paragraph after paragraph.
    Tokens are ``MIN_TOKEN`` to ``MAX_TOKEN`` characters long (the caller
    asks), so that the cache holds short strings only."""
    # a known word with punctuation around it ("police,"), asked first: the
    # frequent ones answer without the trie
    sure = sure_words(model)
    core = read.strip(PLAIN_EDGES)
    known = core in sure
    if known and read[-1] not in OPENERS and read[0] not in CLOSERS:
        return ()
    if known if core == token else token in sure:
        return ()  # a known word as written
    return candidates(read, model)


def _paragraph_joins(
    paragraph: str, lang: str | None, lexicon: DocumentLexicon
) -> tuple[list[Join], list[Join]]:
    """Every candidate join of a paragraph (hyphen breaks included), and the
    best one of each token, both in order of position."""
    joins: list[Join] = []
    best: list[Join] = []
    # a token's candidates score the same wherever it stands, but for the
    # name rule: scored once per token, with and without it
    scored: dict[tuple[str, bool], list[tuple[int, float]]] = {}
    for token, start, end, found in _tokens_with_candidates(paragraph, lang or DEFAULT_LANGUAGE):
        if lexicon.foreign:
            found = tuple(c for c in found if not c[4])  # marks and digits, no words
            if not found:
                continue
        # a capitalised token inside a sentence is a name ("Anas", "Beto")
        # more often than a capitalised function word run into the next word
        named = (
            token[0].isupper()
            and token[1:2].islower()
            and start > 1
            and paragraph[start - 2] not in CLAUSE_START_MARKS
        )
        key = (token, named)
        splits = scored.get(key)
        if splits is None:
            splits = scored[key] = _token_scores(token, found, named, lang, lexicon)
        # a split too weak for a line end is only ever its token's best: most
        # are, and are not built
        joins.extend(Join(start + offset, end, score) for offset, score in splits if score >= WEAK)
        if splits:
            top_offset, top_score = max(splits, key=itemgetter(1))  # the first best
            best.append(Join(start + top_offset, end, top_score))
    if '"' in paragraph:
        quoted = quote_joins(paragraph)
        joins.extend(quoted)
        best.extend(quoted)
    if best:  # a candidate, however weak: a wrapper may end a line at a hyphen
        for m in HYPHEN_BREAK.finditer(paragraph):
            end = paragraph.find(" ", m.end())
            joins.append(Join(m.end(), len(paragraph) if end < 0 else end, HYPHEN, False))
    joins.sort()
    best.sort()
    return [j for j in joins if j.score >= WEAK], best


def _token_scores(
    token: str,
    found: tuple[Split, ...],
    named: bool,
    lang: str | None,
    lexicon: DocumentLexicon,
) -> list[tuple[int, float]]:
    """(offset, score) of each candidate of ``token``, the document's
    vocabulary weighed in: a word the document uses on its own is a word; a
    token it uses again and again is likelier one word ("WeWork", "my6sense")
    than the same two words run together at every wrap ("inthe")."""
    count = lexicon.counts.get
    stopwords = lexicon.stopwords
    word_model = lang in WORD_MODEL_LANGUAGES
    repeats = lexicon.repeats(token)
    repeat_cost = REPEAT_COST * max(repeats - 1, 0)
    alone = max(repeats, 1)
    out = []
    for c in found:
        offset, score, left, right, whole, zl, zr = c
        score -= repeat_cost
        if whole:
            score -= REPEAT_COST * max(count(whole, 0) - alone, 0)
            if zl < ZIPF_IN_DOCUMENT and count(left, 0) >= 1:
                score += ZIPF_IN_DOCUMENT - zl
            if zr < ZIPF_IN_DOCUMENT and count(right, 0) >= 1:
                score += ZIPF_IN_DOCUMENT - zr
            # a word the list barely knows costs outside English, where it is
            # most often a compound; a lower-case word then a capital is not
            # one ("zuständigeRegionalkommando"): no compound is written so
            if (
                not word_model
                and not (min(zl, zr) >= KNOWN_PART and (left in stopwords or right in stopwords))
                and not (token[offset - len(left) : offset].islower() and token[offset].isupper())
            ):
                score -= OTHER_LANGUAGE_COST
            if named and len(left) > 1:
                score -= NAME_COST if left in stopwords else NAME_SPLIT_COST
            if (
                score < ALONE
                and min(zl, zr) < PHRASE_MAX_ZIPF
                and count(left, 0)
                and count(right, 0)
            ):
                score += PHRASE_IN_DOCUMENT * lexicon.has_phrase(token, offset)
        out.append((offset, score))
    return out


def _word_joins(paragraph: str, lo: int, hi: int, lang: str) -> list[Join]:
    """Splits into two frequent words of the known words between ``lo`` and
    ``hi`` ("alot" -> "a lot"), which ``_paragraph_joins`` leaves alone; the
    likelier pair of words first."""
    table = zipf_table(lang)
    singles = SINGLE_LETTER_WORDS.get(lang, frozenset())
    out = []
    for m in TOKEN.finditer(paragraph, lo, hi):
        token = m.group()
        core = token.strip(PLAIN_EDGES)
        if len(core) < MIN_TOKEN or not core.isalpha():
            continue
        offset = m.start() + token.index(core)
        word = normalize(core)
        if len(word) != len(core):
            continue  # "ß": offsets in the folded word are not the token's
        z_whole = table.get(word, 0.0)  # "improve" is no "im prove"
        for i in range(1, len(word) - 1):
            left, right = word[:i], word[i:]
            z_left = (
                table.get(left, 0.0) if i > 1 else (SINGLE_LETTER_ZIPF if left in singles else 0.0)
            )
            z_right = table.get(right, 0.0)
            if min(z_left, z_right) >= max(GAP_PART, z_whole):
                # the likelier pair first: "a|lot" before "al|ot"
                out.append(Join(offset + i, m.end(), GAP_SCORE + GAP_RANK * min(z_left, z_right)))
    return out


def _weak_joins(paragraph: str, gaps: list[tuple[int, int]], lang: str) -> list[Join]:
    """The best candidate of each token inside ``gaps``, however weak, for a
    language other than English: a split into words its list barely knows
    (a compound's parts, a name) scores below what a join needs, but where the
    columns say a line ended inside a token, a space was lost in it. A token
    whose best split is not ``WEAK_GAP_MARGIN`` likelier than its next is
    left alone: the columns say a space is there, not where."""
    out = []
    for _, start, end, found in _tokens_with_candidates(paragraph, lang):
        best = found[0]  # candidates come best first
        if len(found) > 1 and best[1] - found[1][1] < WEAK_GAP_MARGIN:
            continue
        if any(lo < start + best[0] < hi for lo, hi in gaps):
            out.append(Join(start + best[0], end, GAP_SCORE + GAP_RANK * best[1]))
    return out


def _fill_gaps(
    paragraph: str, joins: list[Join], width: int, chain: list[Join], lang: str | None
) -> list[Join]:
    """The chain of a paragraph wrapped at ``width``, with the lines it leaves
    unexplained ended inside known words where the width says they end."""
    n = len(paragraph)
    gaps = unexplained_gaps(chain, n, width)
    if not gaps or lang is None:
        return chain
    if lang in WORD_MODEL_LANGUAGES:
        extra = [j for lo, hi in gaps for j in _word_joins(paragraph, lo, hi, lang)]
    else:
        extra = _weak_joins(paragraph, gaps, lang)
    if not extra:
        return chain
    before, _ = follow(joins, n, width, NARROW_SLACK)
    after, filled = follow(sorted(joins + extra), n, width, NARROW_SLACK)
    added = [j for j in filled if j.score < WEAK]
    if not added or after - before < GAP_GAIN * len(added):
        return chain
    # each filled line must end exactly where the width puts it
    ends = [0] + [j.at for j in filled]
    for j in added:
        start = ends[filled.index(j)]
        if j.at - start > width + NARROW_SLACK or j.end - start <= width - NARROW_SLACK:
            return chain
    return filled


def _merge(chosen: dict[int, Join], chain: list[Join]) -> None:
    """Add a chain's joins to ``chosen`` (one per token, the likelier one)."""
    for j in chain:
        if j.insert and (j.end not in chosen or chosen[j.end].score < j.score):
            chosen[j.end] = j


def _analyse(
    paragraphs: list[str], language: str | None = None
) -> tuple[DocumentLexicon, dict[str, list[int]]]:
    """Where spaces go in each of a document's (distinct) paragraphs, in
    ``language`` when known (else it is guessed).

    Paragraphs are read twice. The first pass believes a width only on strong
    evidence. Once a paragraph was found wrapped, the document was, and the
    second pass looks again at its other paragraphs with only the widths found
    (widened by the loose slack) and a lower bar; outside English a line no
    join ends is there taken to fall short of the width by at most
    ``WRAP_SHORTFALL`` columns, so that the walk goes on past lines it cannot
    place (the first pass gives up after two: a long paragraph, unwrapped,
    would find a chance chain).
    """
    lexicon = DocumentLexicon(paragraphs, language)
    lang = lexicon.language
    alone = ALONE if lang in ALONE_LANGUAGES else float("inf")
    chosen_in: dict[str, dict[int, Join]] = {}
    pending: dict[str, list[Join]] = {}
    widths: list[int] = []
    for paragraph in paragraphs:
        joins, best = _paragraph_joins(paragraph, lang, lexicon)
        chosen = {j.end: j for j in best if j.score >= alone}
        _, width, chain = wrapped(joins, len(paragraph))
        if width:
            chain = _fill_gaps(paragraph, joins, width, chain, lang)
        _merge(chosen, chain)
        if width:
            widths.append(width)
        elif joins:
            pending[paragraph] = joins
        chosen_in[paragraph] = chosen
    # outside English, where weak splits leave more lines unexplained; in
    # English a long list of names ("Oh Kyeong Taek") found a chance chain
    shortfall = 0 if lang in WORD_MODEL_LANGUAGES else WRAP_SHORTFALL
    if len(widths) >= DAMAGED_PARAGRAPHS:
        slack = FOUND_SLACK
        found = (max(min(widths) - slack, WIDTHS[0]), min(max(widths) + slack, WIDTHS[1]))
        for paragraph, joins in pending.items():
            _, _, chain = wrapped(joins, len(paragraph), found, CHAIN_MIN_DAMAGED, shortfall)
            _merge(chosen_in[paragraph], chain)
    results = {p: [j.at for j in sorted(c.values()) if j.insert] for p, c in chosen_in.items()}
    return lexicon, results


def _insert_spaces(text: str, positions: list[int]) -> str:
    return apply_edits(text, [Edit(at, at, " ") for at in positions])


class _DocState:
    """Per-document data, computed once for all its paragraphs: where spaces go.

    The repair is run again on its own output until it inserts nothing more
    (at most ``MAX_ROUNDS`` times): inserted spaces move the columns and add
    words to the document's vocabulary, and running the cleaner twice must
    give what running it once gives.
    """

    def __init__(self, doc: Document) -> None:
        self.ref = weakref.ref(doc)
        self.paragraphs = doc.paragraphs
        self.count = len(doc.paragraphs)
        self.language = doc.language
        # a large document a window at a time: the repair's memory is many
        # times the text it weighs at once (cleaners.bounded)
        self.results = by_window(doc.paragraphs, self._repair)

    def _repair(self, originals: list[str]) -> dict[str, list[int]]:
        """Where spaces go in each of ``originals`` (distinct paragraphs)."""
        inserted: dict[str, list[int]] = {p: [] for p in originals}
        current = {p: p for p in originals}
        for _ in range(MAX_ROUNDS):
            # the chain's detect_language has set the language: no guessing
            _, found = _analyse(list(dict.fromkeys(current.values())), self.language)
            changed = False
            for original in originals:
                new = found[current[original]]
                if not new:
                    continue
                changed = True
                done = inserted[original]
                # back to the original's coordinates: skip the spaces already in
                back = [r - sum(1 for k, p in enumerate(done) if p + k < r) for r in new]
                inserted[original] = sorted(done + back)
                current[original] = _insert_spaces(original, inserted[original])
            if not changed:
                break
        return inserted

    def matches(self, doc: Document) -> bool:
        return (
            self.ref() is doc
            and self.paragraphs is doc.paragraphs
            and self.count == len(doc.paragraphs)
        )

    def joins(self, paragraph: str) -> list[int]:
        """Where spaces go in ``paragraph``."""
        if paragraph not in self.results:  # not one of the document's paragraphs
            return _analyse([paragraph], self.language)[1][paragraph]
        return self.results[paragraph]


class RepairJoins(ParagraphCleaner):
    """Insert the space lost between two run-together words.

    >>> RepairJoins().fix("collaboration withcountries worldwide")
    'collaboration with countries worldwide'
    >>> RepairJoins().fix("Talks with WeWork, AirPods and iPhone makers")
    'Talks with WeWork, AirPods and iPhone makers'
    """

    name = "repair_joins"

    def __init__(self) -> None:
        self._state: _DocState | None = None

    def _doc_state(self, doc: Document) -> _DocState:
        if self._state is None or not self._state.matches(doc):
            self._state = _DocState(doc)
        return self._state

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        return [Edit(at, at, " ") for at in self._doc_state(doc).joins(paragraph)]

    def apply(self, doc: Document) -> None:
        super().apply(doc)
        self._state = None  # the document's paragraphs are not kept past it


def forget() -> None:
    """Empty the caches of tokens and paragraphs seen (benchmarks call this so
    that a round does not reuse the last round's work on the same texts)."""
    _tokens_with_candidates.cache_clear()
    _token_candidates.cache_clear()
    candidates.cache_clear()


def repair_text(text: str) -> str:
    """Repair run-together words in plain text, one paragraph per line, with
    the whole text as the document whose vocabulary is weighed in.

    >>> repair_text("law enforcement forces of theINTERPOL member countries")
    'law enforcement forces of the INTERPOL member countries'
    """
    lines = text.split("\n")
    doc = Document(lines)
    cleaner = RepairJoins()
    return "\n".join(apply_edits(line, cleaner.edits(line, doc)) for line in lines)

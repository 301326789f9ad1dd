"""Large documents read in bounded windows: what a user sees is the same repair,
wherever the cuts fall."""

from __future__ import annotations

import itertools

from cleaners import clean_text, repair_joins
from cleaners.bounded import by_window, cut_points, short_text_cache
from cleaners.settings import WINDOW_CHARS

SENTENCE = "Police officers from the member countries met in Hanoi on Tuesday to talk."
#: Run-together words and their repair, each used once per window (a token the
#: document repeats is likelier one word, so repeats would not be split).
JOINS = {
    "theINTERPOL": "the INTERPOL",
    "withcountries": "with countries",
    "Hanoion": "Hanoi on",
    "meetingwith": "meeting with",
    "cityCouncil": "city Council",
    "Tuesday,the": "Tuesday, the",
}
#: Sentences between two damaged ones: ~22,000 characters, so that in a
#: 64 Ki-character window each run-together word stands once.
EVERY = 300


def damaged(count: int) -> tuple[list[str], list[str]]:
    """``count`` sentences with a run-together word in every ``EVERY``-th one,
    and the same sentences repaired."""
    joins = itertools.cycle(JOINS.items())
    before, after = [], []
    for i in range(count):
        if i % EVERY == EVERY // 2:
            joined, fixed = next(joins)
            before.append(f"They met {joined} today.")
            after.append(f"They met {fixed} today.")
        else:
            before.append(SENTENCE)
            after.append(SENTENCE)
    return before, after


def test_a_paragraph_longer_than_a_window_is_repaired_across_its_pieces() -> None:
    before, after = damaged(5 * WINDOW_CHARS // len(SENTENCE))
    paragraph = " ".join(before)
    assert len(paragraph) > 4 * WINDOW_CHARS
    assert repair_joins(paragraph) == " ".join(after)


def test_a_document_of_many_windows_keeps_every_paragraph_and_repairs_each() -> None:
    before, after = damaged(3 * WINDOW_CHARS // len(SENTENCE))
    # numbered: drop_repeats takes a paragraph said twice in a row for an echo
    text = "\n\n".join(f"{s} {i}" for i, s in enumerate(before))
    assert len(text) > 2 * WINDOW_CHARS
    assert clean_text(text) == "\n\n".join(f"{s} {i}" for i, s in enumerate(after))


def test_cut_points_cut_at_sentence_ends_and_never_exceed_the_size() -> None:
    text = " ".join([SENTENCE] * 100)
    cuts = cut_points(text, 1000)
    pieces = [text[a:b] for a, b in itertools.pairwise([0, *cuts, len(text)])]
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:-1])


def test_a_word_without_spaces_is_cut_at_the_size() -> None:
    assert cut_points("x" * 25, 10) == [10, 20]


def test_positions_found_in_pieces_are_the_paragraphs() -> None:
    # a finder that marks every word start: the windowed result must equal the whole one
    def starts(paragraphs: list[str]) -> dict[str, list[int]]:
        return {
            p: [i for i, c in enumerate(p) if c != " " and (i == 0 or p[i - 1] == " ")]
            for p in paragraphs
        }

    paragraphs = [" ".join(f"w{i}" for i in range(n)) for n in (5, 400, 3, 900)]
    assert by_window(paragraphs, starts, size=300) == starts(paragraphs)


def test_a_text_cache_keeps_short_texts_only() -> None:
    calls: list[str] = []

    @short_text_cache(maxsize=4, max_chars=5)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [upper("abc"), upper("abc"), upper("abcdef"), upper("abcdef")] == [
        "ABC",
        "ABC",
        "ABCDEF",
        "ABCDEF",
    ]
    assert calls == ["abc", "abcdef", "abcdef"]
    assert upper.cache_info().currsize == 1


def test_the_join_repairs_token_cache_keeps_short_tokens_only() -> None:
    from cleaners import joins

    joins.forget()
    blob = "Qx7" * 4000  # a token far longer than any word: code, a data URI
    repair_joins(f"The report said {blob} was attached to the message.")
    kept = joins._token_candidates.cache_info().currsize
    assert kept > 0  # the short rare tokens are kept
    repair_joins(f"The report said {blob}Zz was attached to the message.")
    assert joins._token_candidates.cache_info().currsize == kept

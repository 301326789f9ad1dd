"""Properties every cleaner keeps, on generated news-like text (hypothesis).

Each cleaner in the registry promises one kind of effect on the body: it only
removes (text leaves the body or moves to another field), only inserts spaces,
or rewrites characters. A new cleaner must say which, below.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import REGISTRY, Chain, Document, clean, clean_text
from cleaners.whitespace import split_paragraphs

#: Cleaners whose output body is the input body with parts taken out.
REMOVES = {
    "extract_dateline",
    "extract_byline",
    "split_captions",
    "extract_title",
    "drop_repeats",
    "drop_related",
    "drop_widget_tail",
    "drop_headline_tail",
    "drop_page_furniture",
    "drop_signoff",
    "drop_ad_markers",
    "drop_promos",
    "drop_notices",
    "drop_company_boilerplate",
    "drop_contact",
    "drop_source_tags",
    "drop_legal_lines",
    "drop_hover_cards",
    "drop_photo_credits",
    "drop_comment_prompts",
    "drop_timestamps",
    "detect_language",  # fills doc.language, leaves the body alone
}
#: Cleaners that only insert spaces.
INSERTS_SPACES = {"space_after_punctuation", "repair_joins"}
#: Cleaners that may rewrite characters (within their stated job).
REWRITES = {"fix_unicode", "normalize_whitespace"}

WORDS = [
    "the", "police", "said", "on", "Monday", "INTERPOL", "Vietnam’s", "withcountries",
    "deChile", "(Photo: VNA)", "/.", "VNA", "By", "Jane", "Doe", "Thứ", "Hai,", "16/04/2018,",
    "14:28", "Read", "more:", "Related", "news", "café", "cafÃ©", "â€™", "U.S.", "3.5", "e.g.",
    "said.The", "https://example.org/a?b=1", "news@example.org", "#tag", "@handle", "5km",
    "iPhone", "McClatchy", "–", "—", "•", "*", "(AP)", "Photo:", "Credit:", "Reuters",
    "\u00a0", "\u200b", "   ", ",", ".", "?", "!", "\"", "’", "Straße", "Rindfleisch",
]  # fmt: skip
word = st.sampled_from(WORDS) | st.text(min_size=1, max_size=12)
line = st.lists(word, min_size=0, max_size=25).map(" ".join)
document = st.lists(line, min_size=0, max_size=14).map(lambda lines: "\n".join(lines)) | st.lists(
    line, max_size=8
).map("\n\n".join)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def run_one(name: str, text: str) -> tuple[str, Document]:
    doc = Document(split_paragraphs(text))
    before = doc.text
    Chain([name]).run(doc)
    return before, doc


def test_every_registered_cleaner_states_its_effect() -> None:
    stated = REMOVES | INSERTS_SPACES | REWRITES
    builtin = {n for n, c in REGISTRY.items() if c.__module__.startswith("cleaners.")}
    assert builtin <= stated, f"say what these do: {sorted(builtin - stated)}"


@FAST
@given(text=document)
def test_removing_cleaners_only_remove(text: str) -> None:
    for name in sorted(REMOVES):
        before, doc = run_one(name, text)
        assert is_subsequence(doc.text, before), name
        for change in doc.changes:
            assert change.action in ("remove", "move"), (name, change)


@FAST
@given(text=document)
def test_inserting_cleaners_only_insert_spaces(text: str) -> None:
    for name in sorted(INSERTS_SPACES):
        before, doc = run_one(name, text)
        for change in doc.changes:
            assert (change.action, change.text) == ("insert", " "), (name, change)
        assert re.sub(r"\s", "", doc.text) == re.sub(r"\s", "", before), name


@FAST
@given(text=document)
def test_every_cleaner_reports_exactly_when_it_changed_something(text: str) -> None:
    for name in sorted(REGISTRY):
        if not REGISTRY[name].__module__.startswith("cleaners."):
            continue
        before, doc = run_one(name, text)
        changed = (doc.text, doc.title, doc.captions, doc.author, doc.published) != (
            before, None, [], None, None,
        )  # fmt: skip
        assert bool(doc.changes) == changed, (name, doc.changes)


@FAST
@given(text=document)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@FAST
@given(text=document)
def test_captions_are_unique_and_fields_are_strings(text: str) -> None:
    article = clean(text)
    keys = [" ".join(c.split()).casefold() for c in article.captions]
    assert len(keys) == len(set(keys))
    for value in (article.title, article.author, article.published, article.language):
        assert value is None or (isinstance(value, str) and value.strip() == value and value)

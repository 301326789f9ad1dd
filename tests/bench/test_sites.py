"""bench.sites' text part: leave-one-out source templates on either dirty input."""

from __future__ import annotations

from bench.extract import Page
from bench.sites import dirty_texts, text_runs

#: Two articles of one site, each a few sentences of its own.
BODIES = (
    ("The council voted on Monday to build a new tram line through the old town, after "
     "two years of debate about its cost and its route.",
     "Work is due to start next spring and the first trams should run in 2028, the "
     "transport office said in a statement on Tuesday."),
    ("A storm closed the coast road on Sunday night, and the ferry to the island did not "
     "sail until the wind dropped on Monday afternoon.",
     "Fishermen kept their boats in the harbour, and the school on the island stayed "
     "closed for a second day, the head teacher said."),
)  # fmt: skip
#: What the site sets below every article in its column: no cleaner's word
#: names it, only its recurrence on the site's pages does.
SITE_LINE = "The Harbour Gazette prints every morning except Sunday since 1911."


def page(i: int) -> Page:
    paragraphs = "".join(f"<p>{t}</p>" for t in BODIES[i])
    html = (
        f"<html><body><main><article><h1>Story {i}</h1>{paragraphs}"
        f"<div class='colophon'><p>{SITE_LINE}</p></div></article></main></body></html>"
    )
    return Page(f"site-{i}", f"https://gazette.example/{i}", html.encode(), "\n".join(BODIES[i]))


def test_the_wide_input_holds_the_column_and_the_recall_input_is_trafilaturas() -> None:
    pages = [page(0), page(1)]
    wide = dirty_texts(pages, "wide")
    assert all(SITE_LINE in wide[p.id] and BODIES[i][0] in wide[p.id] for i, p in enumerate(pages))
    recall = dirty_texts(pages, "recall")
    assert all(BODIES[i][1] in recall[p.id] for i, p in enumerate(pages))


def test_the_line_the_site_repeats_goes_only_with_the_template() -> None:
    plain, templated, used = text_runs([page(0), page(1)], kind="wide")
    for i in (0, 1):
        assert SITE_LINE in plain[f"site-{i}"]  # the generic cleaners keep it
        assert SITE_LINE not in templated[f"site-{i}"]
        assert BODIES[i][1] in templated[f"site-{i}"]
        assert used[f"site-{i}"] == "template (lines dropped)"

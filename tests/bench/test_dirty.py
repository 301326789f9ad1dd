"""bench.dirty: what it shows for inspection."""

from __future__ import annotations

from bench.dirty import Sample, worst
from bench.textdata import Body
from tests.bench.devset import STORY

BODY = "\n".join(STORY)
#: The same text from a site of the tune half and one of the held-out half
#: (``bench.splits``).
TUNE_SITE, HELDOUT_SITE = "https://a.example/story", "https://b.example/story"


def test_the_worst_documents_shown_are_of_the_tune_split_only() -> None:
    # a rule must not be written while reading held-out documents: they are
    # scored in the tables, never printed
    teaser = "Fans queue for hours as the band announces a surprise reunion tour."
    samples = [
        Sample(Body(name, url, BODY, True), f"{BODY}\nShare\n{teaser}\nSubscribe now")
        for name, url in (("tune", TUNE_SITE), ("heldout", HELDOUT_SITE))
    ]
    shown = [s.body.id for _, s, _ in worst(samples, 5)]
    assert shown == ["tune"]

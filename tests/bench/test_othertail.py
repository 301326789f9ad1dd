"""The other-article tail generator (bench.othertail)."""

from __future__ import annotations

import random

from bench.othertail import (
    HEADINGS,
    closest_leads,
    dressed,
    held_out_leads,
    inverse_frequencies,
    shown_line,
)


def test_topical_leads_are_those_sharing_the_bodys_rare_words() -> None:
    """A related list names stories on the article's subject: the leads that
    share its rare words (a name) come first, not those sharing only words
    every body uses."""
    bodies = [
        "The Doobie Brothers will tour in 2020 with Michael McDonald, the band said on Monday.",
        "The council said on Monday that the new tram line will open in 2028.",
        "Rice exports from the Mekong delta rose, the ministry said on Monday.",
        "Shares in WeWork fell on Monday after the company said it would cut jobs.",
    ]
    pool = [
        "The council said on Monday that bus fares will rise.",
        "Michael McDonald rejoins the Doobie Brothers for a reunion show.",
        "Rice prices in the Mekong delta fell.",
    ]
    idf = inverse_frequencies(bodies)
    ranked = closest_leads(bodies[0], pool, idf, 3)
    assert ranked[0] == pool[1]
    assert closest_leads(bodies[2], pool, idf, 1) == [pool[2]]


def test_show_worst_never_prints_a_held_out_bodys_lead() -> None:
    """Rules are written while reading tune outputs: a tail line taken from a
    held-out body is named, not shown."""
    bodies = [
        ("The mayor resigned on Monday. He gave no reason.", "heldout"),
        ("Rents rose again in March. Tenants protested.", "tune"),
    ]
    hidden = held_out_leads(bodies)
    assert shown_line("- The mayor resigned on Monday.", hidden) == "(a held-out body's lead)"
    assert shown_line("Rents rose again in March.", hidden) == "Rents rose again in March."


class Always(random.Random):
    """A draw that always falls under every chance: bulleted and headed."""

    def random(self) -> float:
        return 0.0


def test_a_tail_is_dressed_as_one_list_under_one_bullet_and_one_heading() -> None:
    """A page's related list has one bullet for all its items; a list whose
    items each had another bullet would be no list a page sets."""
    leads = ["Rents rose again in March.", "The mayor resigned on Monday.", "Rice prices fell."]
    tail = dressed(leads, "en", Always(3))
    assert tail[0] in HEADINGS["en"]
    bullets = {line[: len(line) - len(lead)] for line, lead in zip(tail[1:], leads, strict=True)}
    assert len(bullets) == 1 and bullets != {""}

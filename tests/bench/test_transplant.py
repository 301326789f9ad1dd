"""bench.transplant: five-page sites made from a real page's template."""

from __future__ import annotations

import re

from bench.extract import Page
from bench.transplant import SITE_PAGES, Words, synthetic_sites, transplant
from cleaners.source import line_key

NAV = "Home News Sport Weather Contact the newsroom"
STORIES = {
    "rail": [
        "The regional rail line reopened on Monday after three months of repair works.",
        "Commuters said the trains were on time and cleaner than before the closure.",
        "The operator promised to add two more trains in the morning peak from June.",
    ],
    "port": [
        "Dock workers at the northern port ended their strike after a new pay offer.",
        "The union said its members accepted the deal by a clear majority on Friday.",
    ],
    "zoo": [
        "A rare red panda was born at the city zoo, the first in its history.",
        "Keepers said mother and cub were healthy and would stay indoors for weeks.",
        "Visitors can watch the pair on a camera in the zoo's new panda house.",
        "The zoo asked the public to suggest a name for the cub by the end of May.",
    ],
}


def html(key: str, related: str, standfirst: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORIES[key])
    return f"""<html><head><title>{key}</title>
<meta name="description" content="{standfirst}"></head><body>
<nav class="menu"><p>{NAV}</p></nav>
<article><p class="lead">{standfirst}</p><div class="text">{paragraphs}</div>
<aside class="related"><a href="/x">{related}</a></aside></article></body></html>""".encode()


def page(key: str, related: str, standfirst: str, day: int) -> Page:
    truth = "\n\n".join([standfirst, *STORIES[key]])
    url = f"https://courier.example/{key}"
    return Page(f"xx-Courier_2024_01_{day:02d}", url, html(key, related, standfirst), truth)


def test_a_transplanted_page_keeps_the_site_and_holds_the_donor() -> None:
    host = page("rail", "Storm closes the coastal road again", "Trains run again in the north.", 1)
    other = page("port", "Mayor opens the new library wing", "The dock strike is over now.", 2)
    shared = {line_key(NAV) or ""}
    made = transplant(host, shared, other, Words("alpha beta gamma delta epsilon", 0))
    text = made.html.decode()
    assert NAV in text  # what the site's real pages share stays
    assert "Storm closes" not in text  # what differs from page to page is new
    assert re.search(r'class="related"><a href="/x">Alpha beta gamma delta epsilon', text)
    for paragraph in STORIES["port"]:
        assert paragraph in text and paragraph in made.truth
    for paragraph in STORIES["rail"]:
        assert paragraph not in text
    # the truth is the article blocks in page order: the standfirst, then the paragraphs
    standfirst, *rest = made.truth.split("\n\n")
    assert rest == STORIES["port"]
    assert f'content="{standfirst}"' in text  # the description is the new standfirst


def test_synthetic_sites_have_five_pages_of_one_publisher() -> None:
    keys = [*STORIES] * 3
    pages = [
        page(key, f"Related story {day}", f"Standfirst of story number {day} here.", day)
        for day, key in enumerate(keys, start=1)
    ]
    sites = synthetic_sites(pages)
    assert list(sites) == ["xx-Courier~synthetic"]
    made = sites["xx-Courier~synthetic"]
    assert len(made) == SITE_PAGES
    assert len({p.id for p in made}) == SITE_PAGES  # five different donors
    host = max(pages, key=lambda p: p.id)
    assert all(p.id.startswith(host.id + "~") and p.split == host.split for p in made)


def test_older_hosts_make_one_site_per_older_page() -> None:
    keys = [*STORIES] * 3
    pages = [
        page(key, f"Related story {day}", f"Standfirst of story number {day} here.", day)
        for day, key in enumerate(keys, start=1)
    ]
    newest = max(pages, key=lambda p: p.id)
    sites = synthetic_sites(pages, older=True)
    assert sorted(sites) == sorted(f"{p.id}~older" for p in pages if p is not newest)
    for name, made in sites.items():
        host = name.removesuffix("~older")
        assert len(made) == SITE_PAGES
        assert all(p.id.startswith(host + "~") for p in made)

"""Site profiles from ./sites, $NEWSCLEAN_SITES or a path, and their field selectors."""

from __future__ import annotations

from pathlib import Path

import pytest

from spiders.profiles import ProfileError, load_profile
from spiders.workers import extract_profiled

PROFILE = """name = "{name}"
sitemaps = ["https://{name}.example/sitemap.xml"]

[selectors]
title = "div.kicker + h2"
author = "//p[@class='who']/b"
published = "//span[@data-when]/@data-when"
"""
PAGE = b"""<html><head><title>Site name only</title></head><body>
<div class="kicker">Weather</div><h2>Storm closes the coast road</h2>
<p class="who">Words by <b>Ana Ruiz</b></p><span data-when="2024-03-02T08:00:00Z">Saturday</span>
<article><p>The coast road was closed on Saturday morning after the storm brought down trees
and power lines along a ten-kilometre stretch, the regional police said.</p>
<p>Crews expect to reopen one lane by the evening if the wind drops as forecast.</p></article>
</body></html>"""


def test_a_profile_in_the_working_directory_then_the_env_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSCLEAN_SITES", raising=False)
    with pytest.raises(ProfileError, match="no site profile 'mysite'"):
        load_profile("mysite")
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "mysite.toml").write_text(PROFILE.format(name="local"))
    assert load_profile("mysite").name == "local"
    elsewhere = tmp_path / "profiles"
    elsewhere.mkdir()
    (elsewhere / "mysite.toml").write_text(PROFILE.format(name="env"))
    monkeypatch.setenv("NEWSCLEAN_SITES", str(elsewhere))
    assert load_profile("mysite").name == "env"  # $NEWSCLEAN_SITES first
    assert load_profile("demo").name == "demo"  # the bundled ones still found
    assert load_profile(str(tmp_path / "sites" / "mysite.toml")).name == "local"


def test_selectors_give_title_author_and_date(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(PROFILE.format(name="x"))
    profile = load_profile(str(path))
    plain = extract_profiled(PAGE, "https://x.example/a")["article"]
    assert plain["title"] != "Storm closes the coast road"
    got = extract_profiled(PAGE, "https://x.example/a", selectors=tuple(profile.selectors.items()))
    article = got["article"]
    assert (article["title"], article["author"], article["published"]) == (
        "Storm closes the coast road",
        "Ana Ruiz",
        "2024-03-02T08:00:00Z",
    )
    assert article["text"].startswith("The coast road was closed")


def test_a_bad_selector_is_a_profile_error(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('name = "x"\n[selectors]\ntitle = "//h1[["\n')
    with pytest.raises(ProfileError, match="selector title"):
        load_profile(str(path))

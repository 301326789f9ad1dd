"""Page metadata from JSON-LD, meta tags, microdata and the page itself."""

from __future__ import annotations

from scraper.htmltree import parse
from scraper.metadata import Metadata, page_metadata, title_from_title_tag


def meta_of(head: str, body: str = "<p>Text.</p>", lang: str = "") -> Metadata:
    lang_attr = f' lang="{lang}"' if lang else ""
    tree, _ = parse(f"<html{lang_attr}><head>{head}</head><body>{body}</body></html>")
    return page_metadata(tree, search_date=False)


def test_json_ld_article_wins_over_meta_tags() -> None:
    m = meta_of(
        '<meta property="og:title" content="Social title">'
        '<meta name="author" content="Desk Editor">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"},'
        '{"@type": ["NewsArticle"], "headline": "Real headline", "datePublished": "2024-03-01",'
        ' "author": [{"@type": "Person", "name": "Ana Pérez"}, {"name": "Li Wei"}],'
        ' "inLanguage": "es-ES"}]}</script>'
    )
    assert (m.title, m.author, m.published, m.language) == (
        "Real headline",
        "Ana Pérez, Li Wei",
        "2024-03-01",
        "es",
    )


def test_broken_json_ld_is_ignored() -> None:
    m = meta_of(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="From Open Graph">'
    )
    assert m.title == "From Open Graph"


def test_author_that_is_a_url_is_not_a_name() -> None:
    m = meta_of('<meta property="article:author" content="https://facebook.com/paper">')
    assert m.author is None


def test_byline_prefix_removed_and_microdata_read() -> None:
    m = meta_of("", body='<p>x</p><span itemprop="author">By Jane Doe</span>')
    assert m.author == "Jane Doe"


def test_title_from_title_tag_and_h1() -> None:
    assert meta_of("<title>Council backs new tram line - City News</title>").title == (
        "Council backs new tram line"
    )
    tree, _ = parse("<html><body><h1>Headline</h1><p>x</p></body></html>")
    assert page_metadata(tree, headline="Headline", search_date=False).title == "Headline"


def test_language_from_html_lang_or_locale() -> None:
    assert meta_of("", lang="pt-BR").language == "pt"
    assert meta_of('<meta property="og:locale" content="de_DE">').language == "de"


def test_date_search_falls_back_to_htmldate() -> None:
    tree, _ = parse(
        "<html><body><p>Posted on <time datetime='2021-06-05'>5 June 2021</time></p>"
        "<p>Body text of the article.</p></body></html>"
    )
    assert page_metadata(tree, url="https://example.org/a").published == "2021-06-05"


def test_title_tag_suffix_kept_when_headline_would_be_too_short() -> None:
    assert title_from_title_tag("Hi | Site") == "Hi | Site"


def test_escaped_entities_in_metadata_are_decoded() -> None:
    m = meta_of('<meta property="og:title" content="Club pays &amp;#163;71m release fee">')
    assert m.title == "Club pays £71m release fee"


def test_byline_tail_cut_from_author() -> None:
    m = meta_of("", body='<p>x</p><span itemprop="author">Ann Lee | May 2, 2019 Print</span>')
    assert m.author == "Ann Lee"


def test_site_name_glued_to_open_graph_title_is_cut() -> None:
    m = meta_of(
        '<meta property="og:title" content="Ferry fares to rise in spring | Harbour News">'
        '<meta property="og:site_name" content="Harbour News">'
    )
    assert m.title == "Ferry fares to rise in spring"


def test_date_in_the_title_wins_over_a_related_articles_date() -> None:
    from scraper.extraction import extract

    html = (
        "<html><head><title>Offensive: aims and risks | Europe | 28.04.2023</title></head>"
        "<body><article><h1>Offensive: aims and risks</h1>"
        "<p>The army has prepared its offensive for months, officers said on Friday,"
        " and expects it to begin before the summer.</p>"
        "<p>Analysts warn that the losses could be heavy on both sides of the front"
        " line, and that the outcome is far from certain.</p></article>"
        "<aside><a href='/b'><h2>Intelligence service confident"
        " <span class='date'>24.04.2023</span></h2></a></aside></body></html>"
    )
    assert extract(html.encode(), url="https://news.example/a/1").published == "2023-04-28"

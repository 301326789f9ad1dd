"""Properties of ``scraper.extract`` on generated HTML (hypothesis): it returns
an Article or raises ExtractionError, nothing else, and it ends in bounded
time, whatever the nesting, attributes, text, entities or bytes."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaners.article import Article
from cleaners.errors import ExtractionError
from scraper import extract

pytestmark = pytest.mark.timeout(240)

#: Seconds one extraction may take here: the extraction budget (6 s), the
#: cleaner chain after it, and slack for a loaded machine.
BOUND = 20.0
EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TAGS = [
    "div", "p", "span", "article", "section", "main", "a", "h1", "h2", "li", "ul", "ol",
    "table", "tr", "td", "script", "style", "br", "img", "figure", "figcaption", "nav",
    "header", "footer", "aside", "iframe", "svg", "math", "template", "noscript", "form",
    "select", "option", "textarea", "pre", "code", "blockquote", "time", "meta", "link",
    "title", "head", "body", "html", "frameset", "object", "font", "b", "i", "x-custom",
]  # fmt: skip
ATTRIBUTES = [
    "class", "id", "style", "href", "src", "role", "itemprop", "data-x", "lang", "hidden",
    "rel", "content", "property", "name", "charset", "http-equiv", "datetime", "onclick",
]  # fmt: skip
WORDS = ["the", "council", "said", "on", "Monday", "Related", "Share", "©", "Ké", "東京"]
ENTITIES = ["&amp;", "&#0;", "&#xD800;", "&nosuch;", "&#1114112;", "&lt;", "&nbsp;", "&"]
SPECIALS = [
    "<!-- comment -->", "<![CDATA[x]]>", "<?php echo 1; ?>", "<!DOCTYPE html>", "</p>",
    "<br/>", "<", ">", "\x00", "\ufeff", "\r\n", "\u2028",
]  # fmt: skip

text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(WORDS + ENTITIES), max_size=30).map(" ".join),
    st.sampled_from(SPECIALS),
)
attribute_value = st.one_of(
    st.text(max_size=30), st.sampled_from(["content", "article-body", "javascript:x()", '"'])
)
attributes = st.lists(st.tuples(st.sampled_from(ATTRIBUTES), attribute_value), max_size=4).map(
    lambda pairs: "".join(f' {k}="{v}"' for k, v in pairs)
)


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """One element around generated children; sometimes left unclosed."""
    return st.builds(
        lambda tag, attrs, inner, closed: (
            f"<{tag}{attrs}>{''.join(inner)}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(TAGS),
        attributes,
        st.lists(children, max_size=5),
        st.booleans(),
    )


html_fragment = st.recursive(text, element, max_leaves=60)


def check(html: bytes | str, url: str | None = None) -> None:
    started = time.process_time()  # CPU time: a loaded machine does not fail it
    try:
        article = extract(html, url)
    except ExtractionError as e:
        assert "\n" not in str(e)  # one line
    else:
        assert isinstance(article, Article) and isinstance(article.text, str)
    assert time.process_time() - started < BOUND


@EXAMPLES
@given(html_fragment)
@example("<DIV>\x1b")  # found by hypothesis: a control character crashed the pre-pass
def test_generated_html_gives_an_article_or_extraction_error(fragment: str) -> None:
    check(f"<html><head><title>T</title></head><body>{fragment}</body></html>")


@EXAMPLES
@given(html_fragment, st.sampled_from(["utf-8", "latin-1", "utf-16", "shift_jis", "bogus"]))
def test_generated_bytes_in_any_charset(fragment: str, charset: str) -> None:
    head = f'<meta charset="{charset}">'
    try:
        data = f"<html><head>{head}</head><body>{fragment}</body></html>".encode(charset)
    except (LookupError, UnicodeEncodeError):
        data = f"<html><head>{head}</head><body>{fragment}</body></html>".encode("utf-8", "replace")
    check(data)


@EXAMPLES
@given(st.binary(max_size=4000), st.one_of(st.none(), st.text(max_size=40)))
@example(data=b"", url="\n")  # found by hypothesis: the URL broke the one-line error
def test_arbitrary_bytes_and_urls(data: bytes, url: str | None) -> None:
    check(data, url)


@settings(max_examples=6, deadline=None)
@given(
    st.integers(min_value=1_000, max_value=30_000),
    st.sampled_from(["div", "span", "b", "table", "li", "p"]),
    st.booleans(),
)
def test_deep_nesting_is_bounded(depth: int, tag: str, closed: bool) -> None:
    body = f"<{tag}>" * depth + "The council said on Monday that the tram line opens in May. "
    body += f"</{tag}>" * depth if closed else ""
    check(f"<html><body>{body}</body></html>")

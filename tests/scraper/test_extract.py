"""scraper.extract end to end: page in, clean Article out, within bounds."""

from __future__ import annotations

import random
import re
import time

import lxml.html
import pytest

import scraper.extraction as extract_module
from cleaners.chain import Chain
from cleaners.errors import ExtractionError, NewscleanError
from scraper.extraction import extract

PARAGRAPHS = [
    "The regional water company said on Monday it would spend 300 million euros on new "
    "reservoirs over the next decade, after two summers of hosepipe bans.",
    "Two reservoirs will be built in the hills north of the city, and a third will be "
    "enlarged, adding enough storage for about half a million homes.",
    "Environmental groups welcomed the plan but said the company should first fix the "
    "leaking pipes that lose almost a quarter of the water it treats.",
    "The company's chief executive said leak repairs would continue alongside the new "
    "building work, and that bills would rise by about four percent a year.",
]


def news_page(extra_body: str = "", head: str = "", body_attrs: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Water company to build new reservoirs | Daily Example</title>"
        "<meta property='og:title' content='Water company to build new reservoirs'>"
        "<meta name='author' content='Sara Lind'>"
        "<meta property='article:published_time' content='2024-06-03'>"
        f"{head}</head><body{body_attrs}><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        "<article><h1>Water company to build new reservoirs</h1>"
        "<figure><img src='r.jpg'><figcaption>A dry reservoir bed in August. (Photo: AP)"
        "</figcaption></figure>"
        f"<div class='article-body'>{paragraphs}{extra_body}</div></article>"
        "<div class='related-stories'><h2>More stories</h2><ul>"
        "<li><a href='/a'>Hosepipe ban lifted in the south</a></li>"
        "<li><a href='/b'>Farmers count cost of the drought</a></li></ul></div>"
        "<div id='comments'><h3>Top Rated Comments</h3><p>Fix the leaks first, then talk "
        "about reservoirs, is what I would say to them.</p></div>"
        "<footer>© Daily Example</footer></body></html>"
    )


def test_article_fields() -> None:
    article = extract(news_page().encode(), url="https://example.org/water")
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.title == "Water company to build new reservoirs"
    assert article.captions == ["A dry reservoir bed in August. (Photo: AP)"]
    assert article.author == "Sara Lind"
    assert article.published == "2024-06-03"
    assert article.language == "en"
    assert article.url == "https://example.org/water"


def test_str_input_same_as_bytes() -> None:
    assert extract(news_page()).text == extract(news_page().encode()).text


def test_http_charset_argument() -> None:
    page = news_page().replace("<meta charset='utf-8'>", "")
    page = page.replace("300 million euros", "300 million € (Zürich-based lenders)")
    article = extract(page.encode("cp1252"), charset="ISO-8859-1")
    assert "300 million € (Zürich-based lenders)" in article.text


def test_runs_the_given_chain() -> None:
    chain = Chain(["normalize_whitespace"])
    article = extract(
        news_page(extra_body="<p>Two  spaces\u00a0here in this line.</p>"), chain=chain
    )
    assert {c.cleaner for c in article.changes} - {"prepass"} <= {"normalize_whitespace"}
    assert "Two spaces here in this line." in article.text


def test_words_never_run_together() -> None:
    extra = "<div>The plan<br>was approved</div><div>by the board<div>on Friday</div></div>"
    text = extract(news_page(extra_body=extra)).text
    for left, right in (("plan", "was"), ("approved", "by"), ("board", "on")):
        assert re.search(rf"{left}\s+{right}", text), (left, right, text)


def test_headline_not_in_body() -> None:
    text = extract(news_page(extra_body="<p>Water company to build new reservoirs</p>")).text
    assert "Water company to build new reservoirs" not in text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav>"
        "</body></html>",
    ],
)
def test_no_text_is_a_one_line_extraction_error(html: str) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(html.encode(), url="https://example.org/empty")
    message = str(info.value)
    assert "\n" not in message and "https://example.org/empty" in message
    assert isinstance(info.value, NewscleanError)


def test_time_budget_gives_best_text_so_far(monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck(*args: object, **kwargs: object) -> str:
        time.sleep(30)
        return ""

    monkeypatch.setattr(extract_module, "_trafilatura_text", stuck)
    started = time.monotonic()
    article = extract(news_page(), budget=1.0)
    assert time.monotonic() - started < 5
    assert PARAGRAPHS[0] in article.text


def test_the_fallback_reads_a_quoted_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # an embedded post or pull quote: its <p> inside the <blockquote> is read
    # with the quote, not a second time on its own
    quote = (
        "We will not let the taps run dry again, and the new reservoirs are how we "
        "keep that promise to every household in the region."
    )
    monkeypatch.setattr(extract_module, "_trafilatura_text", lambda *a, **k: "Footer text only.")
    post = f"<blockquote><p>{quote}</p>— Regional Water (@regionalwater) June 3, 2024</blockquote>"
    text = extract(news_page(post)).text
    assert text.count(quote) == 1
    assert PARAGRAPHS[2] in text


def test_main_element_wins_when_trafilatura_misses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_trafilatura_text", lambda *a, **k: "Footer text only.")
    text = extract(news_page()).text
    assert PARAGRAPHS[2] in text and "Footer text only." not in text


def _words(rng: random.Random, n: int) -> str:
    vocab = ["council", "budget", "water", "river", "school", "road", "park", "bridge", "harbour"]
    return " ".join(rng.choice(vocab) for _ in range(n))


@pytest.mark.parametrize("shape", ["paragraphs", "link_divs", "deep", "script"])
def test_twenty_megabyte_pages_are_bounded(shape: str) -> None:
    rng = random.Random(7)
    size = 20_000_000
    if shape == "paragraphs":
        unit = "".join(f"<p>{_words(rng, 60)}.</p>\n" for _ in range(200))
        body = "<article>" + unit * (size // len(unit)) + "</article>"
    elif shape == "link_divs":
        body = "<div><span>x</span><a href='/a'>link text</a></div>\n" * (size // 55)
    elif shape == "deep":
        body = "<div>" * 200_000 + f"<p>{PARAGRAPHS[0]}</p>" + "</div>" * 200_000
        body += "<p>" + "filler " * (size // 7) + "</p>"
    else:
        body = "<script>" + "var x = 1;" * (size // 10) + f"</script><p>{PARAGRAPHS[0]}</p>"
    html = f"<html><body>{body}</body></html>".encode()
    # the work outside the budget (parsing, the capped cleaning) scales with a
    # parse of the page, timed in the same run: the machine's load moves both
    started = time.monotonic()
    lxml.html.document_fromstring(html)
    parse_seconds = time.monotonic() - started
    started = time.monotonic()
    try:
        article = extract(html)
    except ExtractionError:
        article = None
    assert time.monotonic() - started < extract_module.TIME_BUDGET + 8 * parse_seconds
    if article is not None:
        assert len(article.text) <= extract_module.MAX_BODY_CHARS


def test_body_language_wins_over_a_site_wide_lang_attribute() -> None:
    page = news_page().replace("<html lang='en'>", "<html lang='de'>")
    assert extract(page).language == "en"


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"\x00\x01\x02", b"<frameset><frame src='a.html'></frameset>"],
)
def test_hostile_inputs_give_extraction_errors(data: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract(data)


def test_xml_declaration_with_encoding_is_accepted() -> None:
    page = "<?xml version='1.0' encoding='utf-8'?>" + news_page()
    assert PARAGRAPHS[1] in extract(page).text


def test_scraper_extract_is_the_function_after_the_module_is_imported() -> None:
    import scraper
    import scraper.extraction

    page = news_page()
    first = scraper.extract(page, url="https://example.org/a")
    second = scraper.extract(page, url="https://example.org/a")
    assert first.text == second.text == "\n\n".join(PARAGRAPHS)


JAPANESE_LEAD = (
    "政府は３日、来年度の予算案を閣議決定した。総額は過去最大となり、防衛費と社会保障費が大きく増えた。"
    "首相は記者会見で、物価高への対応と成長への投資を両立させる予算だと強調した。"
)
JAPANESE_LAST = (
    "財務省は、国債の発行額を前年度より減らしたと説明しているが、財政の健全化は遠いとの指摘もある。"
    "予算案は来月召集される通常国会に提出され、年度内の成立を目指す。経済界からは、賃上げの流れを"
    "後押しする内容だとして評価する声が上がる一方、地方の自治体からは、交付金の配分が不十分だとの"
    "不満も出ている。与党内でも、歳出の膨張に歯止めをかけるべきだとの意見が根強い。"
)


@pytest.mark.parametrize(
    ("ruby", "expected"),
    [
        # the page's own fallback parentheses: base text and reading, in line
        ("<ruby><rb>弾劾</rb><rp>（</rp><rt>だんがい</rt><rp>）</rp></ruby>", "弾劾（だんがい）"),
        # no fallback given: the reading is a rendering aid, not text
        ("<ruby>弾劾<rt>だんがい</rt></ruby>", "弾劾"),
    ],
)
def test_ruby_annotation_stays_inside_its_sentence(ruby: str, expected: str) -> None:
    rest = "訴追案を国会に提出し、採決は週内に行われる見通しだと報じられた。"
    sentence = f"野党は大統領への\n{ruby}\n{rest}"
    page = (
        "<html lang='ja'><head><meta charset='utf-8'><title>予算案を閣議決定</title></head>"
        f"<body><article><h1>予算案を閣議決定</h1><p>{JAPANESE_LEAD}</p><p>{sentence}</p>"
        f"<p>{JAPANESE_LAST}</p></article></body></html>"
    )
    assert extract(page).text.split("\n\n") == [
        JAPANESE_LEAD,
        f"野党は大統領への {expected} {rest}",
        JAPANESE_LAST,
    ]


def test_a_source_given_as_its_bare_address_stays_in_the_text() -> None:
    # a paragraph that is one link whose text is its own address: the reader
    # reads the address (a cited source), where a link-density test sees a
    # lone link; a link with a title of its own stays a link
    sources = (
        "<p>Sources:</p>"
        "<p><a href='http://example.org/2013/02/water-report.html'>"
        "http://example.org/2013/02/water-report.html</a></p>"
        "<p><a href='https://www.example.net/reservoirs/'>www.example.net/reservoirs</a></p>"
    )
    article = extract(news_page(extra_body=sources).encode())
    assert "http://example.org/2013/02/water-report.html" in article.text
    assert "www.example.net/reservoirs" in article.text
    assert PARAGRAPHS[-1] in article.text


def test_bold_questions_between_div_paragraphs_are_kept() -> None:
    # each question of an interview a div holding one <strong>, the answers
    # plain divs: the questions are paragraphs of the body like the answers
    questions = [
        "Why does the company need new reservoirs now rather than in ten years?",
        "What will the plan cost the households that pay the water bills?",
    ]
    body = "".join(
        f"<div><strong>{q}</strong></div><div>{a}</div><div>{b}</div>"
        for q, a, b in zip(questions, PARAGRAPHS[::2], PARAGRAPHS[1::2], strict=True)
    )
    html = (
        "<html><head><title>Water interview</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><div><h1>Water interview</h1>{body}</div></body></html>"
    )
    text = extract(html).text
    assert all(q in text for q in questions)
    assert all(p in text for p in PARAGRAPHS)


def test_a_second_opinion_brings_back_no_caption_or_dialog_the_pre_pass_took_out() -> None:
    # a brief: trafilatura's reading of the raw page is asked for, and it keeps
    # a lightbox's captions (inside a <button>) and a consent <dialog>
    caption = "Divers search the harbour basin near the old ferry pier on Tuesday evening."
    consent = (
        "At the Courier and across our partner sites we use information collected through "
        "cookies to improve your experience, analyse how the site is used and show "
        "personalised advertising; you can opt out of the sale of your data at any time."
    )
    html = (
        "<html><head><title>Ferry pier closed after diver finds crack - The Courier</title>"
        "</head><body><article><h1>Ferry pier closed after diver finds crack</h1>"
        "<p>The ferry pier was closed on Tuesday after a diver found a crack in a pillar.</p>"
        "<button class='viewer'><figure><img src='/pier.jpg'>"
        f"<figcaption>{caption}</figcaption></figure></button>"
        "<p>Ferries will moor at the old quay until engineers have checked the pier.</p>"
        f"</article><dialog><p>{consent}</p><button>Accept</button></dialog></body></html>"
    )
    article = extract(html.encode())
    assert "diver found a crack" in article.text and "old quay" in article.text
    assert caption not in article.text and "cookies" not in article.text
    assert caption in article.captions


def test_a_live_blog_keeps_its_posts() -> None:
    """A live blog's posts, each an ``<article>`` of its own, newest first: what
    the extractor keeps of them reads a sentence to a line, each pair on a new
    subject, like a list of other stories' leads; the posts are still the
    page's article and stay."""
    from tests.cleaners.test_related import LIVE_POSTS

    pairs = [LIVE_POSTS[i : i + 2] for i in range(0, len(LIVE_POSTS), 2)]
    posts = "".join(
        f"<article class='post'><time>{9 + i}:05</time><h3>Update {len(pairs) - i}</h3>"
        f"<p>{first}</p><p>{second}</p><div class='share'>Share this post</div></article>"
        for i, (first, second) in enumerate(pairs)
    )
    page = (
        "<html><head><title>Live: floods in the valley | Daily Example</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><h1>Live: floods in the valley</h1><div class='liveblog'>{posts}</div></main>"
        "<footer>© Daily Example</footer></body></html>"
    )
    text = extract(page, "https://example.com/live/floods").text
    assert all(sentence in text for sentence in LIVE_POSTS)

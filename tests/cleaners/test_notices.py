"""Notices about the page or the article (cleaners.notices)."""

from __future__ import annotations

import pytest

from cleaners import Chain, Document

ARTICLE = [
    "The rail union called off next week's strike on Thursday after the operator improved "
    "its pay offer to 6 percent over two years.",
    "Union leaders said members would vote on the offer by the end of the month.",
    "The operator said the deal would cost it 120 million pounds a year.",
]


def drop(paragraphs: list[str], language: str = "en") -> Document:
    doc = Document(list(paragraphs), language=language)
    Chain(["drop_notices"]).run(doc)
    return doc


@pytest.mark.parametrize(
    "notice",
    [
        "This article was machine translated and reviewed by an editor.",
        "Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen.",
        "Cet article a été traduit automatiquement.",
        "Nothing here is investment advice: this is not financial advice.",
        "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
        "Trenger du noen å snakke med? Ring Mental Helses døgnåpne telefontjeneste på 116 123.",
        "If you are struggling, call the Samaritans for free on 116 123.",
    ],
)
def test_a_notice_goes_wherever_it_stands(notice: str) -> None:
    for at in (1, len(ARTICLE)):
        doc = drop([*ARTICLE[:at], notice, *ARTICLE[at:]])
        assert doc.paragraphs == ARTICLE
        assert [c.cleaner for c in doc.changes] == ["drop_notices"]


@pytest.mark.parametrize(
    "message",
    [
        "To view this video please enable JavaScript, and consider upgrading to a web browser "
        "that supports HTML5 video",
        "Your browser does not support the audio element.",
        "Ihr Browser unterstützt kein HTML5-Video.",
        "Invalid EmailSomething went wrong, please try again later.",
        "There was an error, please provide a valid email address.",
        "Thanks for signing up!",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
        "Service apply.",
        "Une erreur est survenue. Veuillez réessayer.",
        "Se ha producido un error. Inténtalo de nuevo más tarde.",
        "Er is iets misgegaan. Probeer het later opnieuw.",
        "Link copied",
        "Loading...",
        "This slideshow requires JavaScript.",
        "Forgot your password? Get help",
        "Passwort vergessen?",
        "Sayfa Yükleniyor...",
        "Enter your comment here...",
        "Email (required) (Address never made public)",
        "Notify me of new comments via email.",
        "Beri tahu saya komentar baru melalui email.",
        "Connecting to %s",
        "Story Saved",
        "Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *",
        "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
        "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
        "お使いのブラウザは動画再生に対応していません。",
        "エラーが発生しました。もう一度お試しください。",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        # the other languages the detector names
        "SAYFA YÜKLENİYOR...",
        "Ladataan...",
        "Linkki kopioitu",
        "A böngészője nem támogatja a videó lejátszását.",
        "Se încarcă...",
        "Vaš preglednik ne podržava HTML5 video.",
        "Zkuste to znovu později.",
        "Ваш браузер не поддерживает видео.",
        "Посилання скопійовано",
        "Vafrinn þinn styður ekki myndbönd.",
        "Φόρτωση...",
        "Enllaç copiat",
        "تم نسخ الرابط",
        "הקישור הועתק",
        "載入中",
        # a widely used news theme's log-in box; a blog engine's "remember me"
        "You have entered an incorrect email address!",
        "Please enter your email address here",
        "Ihren Namen für das nächste Mal speichern.",
        "Click to play",
        "The video will auto-play soon",
        # a blog engine's anti-spam note, a hosted blog's footer and log-in prompt
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Diese Website verwendet Akismet, um Spam zu reduzieren.",
        "Blog di WordPress.com.",
        "Blog at WordPress.com.",
        "Please log in using one of these methods to post your comment:",
    ],
)
def test_what_the_pages_software_says_goes(message: str) -> None:
    """A player's fallback, a form's feedback, a tool's status: written by the
    page's scripts, never by the article's author, wherever they stand."""
    for at in (1, len(ARTICLE)):
        doc = drop([*ARTICLE[:at], message, *ARTICLE[at:]])
        assert doc.paragraphs == ARTICLE


def test_a_software_message_the_article_quotes_stays() -> None:
    quoted = "Visitors saw only “Something went wrong, please try again later.” for hours."
    lines = [*ARTICLE[:1], quoted, *ARTICLE[1:]]
    assert drop(lines).paragraphs == lines


def test_an_article_about_a_failed_form_keeps_its_quote() -> None:
    """The words in a longer paragraph make them the article's subject: a
    short quoted line with them stays."""
    article = [
        'Thousands of voters saw the message "please try again later" when the registration '
        "site crashed on Monday, hours before the deadline. The electoral office said the "
        "site could not cope with the traffic and that nobody would lose their vote because "
        "of it. Officials extended the deadline by two days and added servers overnight.",
        '"Please try again later," the site told them.',
        "The office apologised on Tuesday.",
    ]
    assert drop(article).paragraphs == article


def test_the_label_above_a_notice_goes_with_it() -> None:
    notice = "Aktien sind mit einem Risiko verbunden, ein Totalverlust ist nicht ausgeschlossen."
    assert drop([*ARTICLE, "Bitte beachten:", notice]).paragraphs == ARTICLE


def test_a_label_above_an_article_line_stays() -> None:
    lines = [*ARTICLE, "Bitte beachten:", "Der Zug fährt ab Montag wieder."]
    assert drop(lines).paragraphs == lines


def test_an_article_about_the_subject_keeps_its_lines() -> None:
    """The notice's words in a longer paragraph of the article make them its
    subject: a short line using them is the article's too."""
    article = [
        "Machine translation has improved so much that publishers now run whole sections "
        "through it. Editors at three newspapers said they check every machine translated "
        "story before it goes out, but errors still slip through. One paper said a machine "
        "translation had turned a minister's resignation into a promotion. Readers noticed "
        "within minutes. The paper corrected the story and apologised. Its editor said the "
        "tools would stay, with closer checks. Other papers said they would wait.",
        "This article was machine translated, the editor joked.",
    ]
    assert drop(article).paragraphs == article


def test_a_long_paragraph_with_the_words_stays() -> None:
    long = " ".join(["The fund warned of a Totalverlust risk for small savers."] * 12)
    assert drop([*ARTICLE, long]).paragraphs == [*ARTICLE, long]


RELEASE = [
    "Nordlicht Solar and the city of Kiel will build a 40-megawatt solar park on a former "
    "airfield, the partners announced on Monday.",
    "Construction starts in May and the park is to supply 12,000 homes from next year.",
    "“This is our largest municipal project so far,” said chief executive Anna Berg.",
]


@pytest.mark.parametrize(
    "about",
    [
        [
            "Nordlicht Solar is a leading provider of solar parks for cities and utilities.",
            "Nordlicht Solar is headquartered in Kiel and employs around 400 people worldwide.",
            "www.nordlicht-solar.example",
        ],
        [
            "Die Nordlicht Solar GmbH ist ein führender Anbieter von Solarparks für Kommunen. "
            "Das Unternehmen hat seinen Sitz in Kiel und beschäftigt rund 400 Menschen."
        ],
    ],
)
def test_the_about_the_company_paragraphs_closing_a_release_go(about: list[str]) -> None:
    doc = Document([*RELEASE, *about])
    Chain(["drop_company_boilerplate"]).run(doc)
    assert doc.paragraphs == RELEASE


def test_company_facts_amid_the_article_stay() -> None:
    """Only the run at the end goes: facts above the article's last lines are its own."""
    lines = [
        *RELEASE,
        "Nordlicht Solar is headquartered in Kiel and employs around 400 people worldwide.",
        "The city will lease the airfield to the company for 30 years.",
    ]
    doc = Document(list(lines))
    Chain(["drop_company_boilerplate"]).run(doc)
    assert doc.paragraphs == lines


def test_a_closing_line_on_the_company_without_a_definition_stays() -> None:
    lines = [*RELEASE, "The company, headquartered in Kiel, expects to hire 50 more engineers."]
    doc = Document(list(lines))
    Chain(["drop_company_boilerplate"]).run(doc)
    assert doc.paragraphs == lines


def test_a_story_ending_on_one_fact_about_a_company_keeps_it() -> None:
    """One fact is how many stories end; a company's self-description states several."""
    lines = [*RELEASE, "Nordlicht Solar is the leading builder of solar parks in Germany."]
    doc = Document(list(lines))
    Chain(["drop_company_boilerplate"]).run(doc)
    assert doc.paragraphs == lines


def test_a_skip_link_above_the_headline_goes() -> None:
    """A blog engine prints its skip link first; above a headline (no prose
    right below it) it is no line of the article either."""
    headline = "Meal Prep for A Little More Obsessed"
    for link in ("Skip to content", "Zum Inhalt springen", "Hoppa till innehåll"):
        doc = Chain(["drop_notices"]).run(Document([link, headline, *ARTICLE]))
        assert doc.paragraphs == [headline, *ARTICLE]

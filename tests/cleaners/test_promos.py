"""The line cleaners of cleaners.promos: what goes, what an article keeps."""

from __future__ import annotations

import pytest

from cleaners import Chain, Document, clean, clean_text
from cleaners.promos import (
    DropAdMarkers,
    DropCommentPrompts,
    DropContact,
    DropPhotoCredits,
    DropPromos,
    DropSourceTags,
)
from cleaners.stamps import DropTimestamps

ARTICLE = [
    "The city council voted on Monday to build a new bridge over the river.",
    "Work will start next spring and last two years, the mayor said.",
]


@pytest.mark.parametrize(
    "marker",
    ["Advertisement", "ADVERTISEMENT Story continues below", "Anzeige", "Publicité",
     "Externer Inhalt nicht verfügbar", "Reklama", "Quảng cáo", "広告",
     # the other languages the detector names
     "Mainos", "HIRDETÉS", "Publicitate", "Oglas", "Reklāma", "Auglýsing", "Διαφήμιση",
     "광고", "广告", "إعلان", "פרסומת",
     # Danish, and sponsored content labelled in the major languages
     "Annonce", "Gesponsert", "Contenu sponsorisé", "Contenido patrocinado", "Gesponsord",
     "Sponsorowane", "Sponsorlu", "スポンサーリンク",
     # an ad slot's number after the label
     "Advertisement 3", "Anzeige 12",
     # an advertiser's content, labelled so
     "Advertorial", "ANNONSØRINNHOLD", "Materiał promocyjny", "Nội dung tài trợ", "【PR】"],
)  # fmt: skip
def test_ad_markers_go_between_paragraphs(marker: str) -> None:
    doc = DropAdMarkers()(Document([ARTICLE[0], marker, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE
    assert [(c.cleaner, c.action, c.text) for c in doc.changes] == [
        ("drop_ad_markers", "remove", marker)
    ]


def test_a_sentence_about_advertising_stays() -> None:
    body = [*ARTICLE, "Advertisement spending fell by a tenth last year, the agency said."]
    assert DropAdMarkers()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "slot",
    [
        # the article goes on after the ad, in any wording of the three words
        "The story continues after this advertisement",
        "Weiterlesen nach der Werbung",
        "L'article continue après la publicité",
        "El artículo sigue después del anuncio",
        "La notizia prosegue dopo la pubblicità",
        "A reportagem continua depois da publicidade",
        "Het artikel gaat verder onder de advertentie",
        "Saken fortsetter under annonsen",
        # content a sponsor paid for, labelled on a line of its own
        "Gesponserte Inhalte",
        "Contenu sponsorisé",
        "Sponset innhold",
        "Treść sponsorowana",
    ],
)
def test_an_ad_slots_line_goes_in_any_wording(slot: str) -> None:
    assert DropAdMarkers()(Document([ARTICLE[0], slot, ARTICLE[1]])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    ["Advertising continues to grow", "La publicité continue de baisser",
     "Der Hauptsponsor steigt aus", "Sponsoring und Inhalte"],
)  # fmt: skip
def test_a_short_line_on_advertising_is_no_ad_slot(line: str) -> None:
    body = [ARTICLE[0], line, ARTICLE[1]]
    assert DropAdMarkers()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "offer",
    [
        "Sign up for our newsletter and get the day's news in your inbox.",
        "2 Wochen kostenlos testen",
        "Abonnez-vous à notre newsletter pour ne rien manquer.",
        "Suscríbete a nuestro boletín.",
        "Folgst du schon 20 Minuten auf Whatsapp?",
        "Ikuti kami di Instagram dan TikTok.",
        "Subscribe Now!",
        "Bültenimize abone olun",
        "Already a subscriber? Sign in",
        "Bizi Twitter'dan takip edin",
        "Masz już konto? Zaloguj się",
        "Sign in to continue reading",
        "Hier kostenlos registrieren",
        "Laden Sie unsere App herunter",
        # the other languages the detector names
        "Tilaa uutiskirje",
        "Iratkozzon fel hírlevelünkre!",
        "Abonează-te la newsletter",
        "Pretplatite se na naš newsletter",
        "Přihlaste se k odběru novinek",
        "Подпишитесь на нашу рассылку",
        "Підпишіться на розсилку",
        "Εγγραφείτε στο ενημερωτικό δελτίο",
        "뉴스레터 구독하기",
        "اشترك في النشرة الإخبارية",
        # the news delivered to the inbox, the site's app, a trial month, inflected networks
        "Die wichtigsten Nachrichten direkt in Ihr Postfach",
        "Recevez l'essentiel de l'actualité dans votre boîte mail",
        "Recibe las noticias más importantes en tu correo",
        "Ricevi le notizie più importanti nella tua casella di posta",
        "Receba as principais notícias no seu e-mail",
        "Ontvang het belangrijkste nieuws in je mailbox",
        "Téléchargez notre application",
        "Scarica la nostra app",
        "Baixe o nosso aplicativo",
        "Last ned appen vår",
        "Pobierz aplikację",
        "Premier mois offert",
        "Wykup subskrypcję za 1 zł",
        "Obserwuj nas na Facebooku",
        # id/ms, vi, ja: CJK words stand between other letters ("有料会員になると")
        "Dapatkan berita terbaru langsung di kotak masuk Anda",
        "Langgan surat berita kami",
        "Muat turun aplikasi kami",
        "Sertai saluran Telegram kami untuk berita terkini",
        "Simak berita dan artikel lainnya di Google News",
        "Tải ứng dụng của chúng tôi",
        "ニュースレターに登録する",
        "最新ニュースをメールでお届けします",
        "有料会員になると全ての記事が読めます",
        "アプリをダウンロード",
        "Facebookでフォローする",
        # the other languages the detector names: follow lines, the app
        "Sledujte nás na Facebooku",
        "Seuraa meitä Facebookissa",
        "Подписывайтесь на нас в Telegram",
        "페이스북에서 팔로우하세요",
        "在微博上关注我们",
        "Скачайте наше приложение",
        "Lataa sovelluksemme",
        "下载我们的应用",
    ],
)
def test_offers_and_follow_lines_go(offer: str) -> None:
    doc = DropPromos()(Document([*ARTICLE, offer]))
    assert doc.paragraphs == ARTICLE
    assert doc.changes[0].cleaner == "drop_promos"


@pytest.mark.parametrize(
    "offer",
    [
        # a call to share or to join the site's channel, opening the line
        "Share this story with your family on WhatsApp.",
        "Partagez cette info sur vos réseaux sociaux !",
        "Compártelo en redes sociales.",
        "Únete a nuestro canal de Telegram.",
        "Deel dit bericht op Facebook.",
        "Like our page on Facebook for more news from the valley.",
        "Del artiklen på Facebook",
        "Chia sẻ bài viết này lên Zalo",
        # the site's app or a trial, whatever stands between verb and object
        "Download the free Evening Courier app for the latest news.",
        "Laden Sie sich jetzt die neue App herunter.",
        "Scarica la nuova app del Giornale di Riva.",
        "Probeer de krant een maand gratis.",
        "Try the digital edition free for 14 days.",
    ],
)
def test_share_calls_and_app_offers_go(offer: str) -> None:
    assert DropPromos()(Document([*ARTICLE, offer])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "Meta said fewer users share this kind of story on Facebook than a year ago.",
        "Millions of people download the ride-hailing company's app every month, it said.",
    ],
)
def test_a_report_on_sharing_or_apps_stays(line: str) -> None:
    body = [*ARTICLE, line]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "line",
    [
        # a report on a newsletter or on subscribers: a long sentence that
        # speaks to no reader, names no price and does not open with the offer
        "In een nieuwsbrief aan de ouders meldde de school dinsdag dat de kantine twee weken "
        "dicht blijft vanwege een verbouwing.",
        "I ett nyhetsbrev till föräldrarna skriver skolan att matsalen håller stängt i två "
        "veckor på grund av en ombyggnad.",
        "El número de suscriptores de pago de la revista creció un 40 por ciento el año "
        "pasado, según los datos de la propia editorial.",
    ],
)
def test_a_report_on_an_offers_subject_stays_at_the_end(line: str) -> None:
    body = [*ARTICLE, line]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "offer",
    [
        # as long, but speaking to the reader, asking, or naming a price or "free"
        "Informieren Sie sich täglich: Testen Sie die gedruckte Zeitung zwei Wochen lang "
        "ohne jede Verpflichtung und ganz bequem.",
        "Quer receber o resumo da semana na caixa de correio todas as sextas-feiras? "
        "Inscreva-se na newsletter semanal.",
        "Alle artikelen van de krant op de website en in de app, met een abonnement voor "
        "4,99 € per maand, elke maand opzegbaar.",
    ],
)
def test_a_long_offer_that_speaks_to_the_reader_still_goes(offer: str) -> None:
    assert DropPromos()(Document([*ARTICLE, offer])).paragraphs == ARTICLE


def test_an_article_about_subscriptions_keeps_its_lines() -> None:
    body = [
        "Netflix added nine million subscribers in the quarter.",
        "Analysts had expected fewer subscribers after the price rise.",
    ]
    assert DropPromos()(Document(list(body))).paragraphs == body


def test_a_network_named_before_a_verb_of_following_is_no_follow_line_in_english() -> None:
    # the network-first order is Turkish ("Bizi Twitter'dan takip edin") only
    body = [*ARTICLE, "Twitter said it would follow the new rules, a spokesman told reporters."]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "line",
    [
        "The publisher asks: “What is left that readers feel is worth a digital subscription?”",
        "Die Verlegerin fragt: »Was bleibt, das den Lesern ein digitales Abo wert ist?«",
        # a quotation that goes on in the next line: its first line only
        "Her answer: «Readers will subscribe to a newsletter that tells them",
    ],
)
def test_a_line_quoting_someone_on_subscriptions_stays(line: str) -> None:
    body = [*ARTICLE, line]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "contact",
    ["• Email: desk@example.org", "Kontakt: redaktion@example.de",
     "Amy Doe may be reached at adoe@example.com. Follow her on Twitter.",
     # the other languages the detector names
     "Sähköposti: toimitus@example.fi", "Kapcsolat: szerkesztoseg@example.hu",
     "Контакты: editor@example.ru", "Επικοινωνία: info@example.gr", "연락처: news@example.kr",
     "اتصل بنا: info@example.net", "צור קשר: news@example.co.il",
     # a longer line: the label tells it from a sentence of the article
     "Jos huomaat virheen jutussa, ota yhteyttä toimitukseen osoitteessa toimitus@example.fi",
     "Si desea reproducir este contenido, contacte con licencias@example.es"],
)  # fmt: skip
def test_contact_lines_go(contact: str) -> None:
    assert DropContact()(Document([*ARTICLE, contact])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "tip",
    [
        # a number to send tips to by a messaging service
        "Seen something? Send your photos to our WhatsApp on 07123 456789.",
        "Haben Sie etwas gesehen? Schreiben Sie uns per WhatsApp: 0171 9876543",
        "Envíanos tus fotos por Telegram al 600 111 222.",
        "Tipsa oss via sms eller WhatsApp på 072-345 67 89",
        # an address the line asks the reader to write to
        "Got a story for us? Email tips@example.co.uk",
        "Vous avez une info ? Écrivez à redaction@example.fr",
    ],
)
def test_tip_lines_go(tip: str) -> None:
    assert DropContact()(Document([*ARTICLE, tip])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # an appeal for witnesses names the police's number, no messaging service
        "Anyone with information should call police on 101 or Crimestoppers on 0800 555 111.",
        "Die Polizei bittet Zeugen, sich unter 0911 2112-3333 zu melden.",
    ],
)
def test_a_police_appeal_with_a_number_stays(line: str) -> None:
    assert DropContact()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


def test_a_paragraph_quoting_an_address_in_its_story_stays() -> None:
    long = (
        "The hackers sent thousands of messages from an address, billing@example.com, that "
        "looked like the bank's own, and many customers answered them with their passwords, "
        "the police said on Tuesday after a month of inquiries in three countries."
    )
    assert DropContact()(Document([*ARTICLE, long])).paragraphs == [*ARTICLE, long]


@pytest.mark.parametrize(
    "tag",
    ["Quelle: ntv.de", "SOURCE: Al Jazeera News", "Kilde: Helsenorge.no", "Fuente: EFE",
     "Additional reporting by Joseph Hudak", "Mit Agenturmaterial.", "Filed under: Politics |",
     "Etiketler : Spor", "(Reporting by Jane Doe; Editing by John Smith)",
     "Writing by Ana Ruiz", "Edited by: Louis Park", "Redaktion: Anna Berg und Jan Roth",
     "Rédaction : Jean Dupont", "Redacción: María López", "Mitarbeit: Anna Berger",
     "Com informações da Agência Brasil", "Editor: Budi Santoso",
     # a broadcaster's programme credit
     "Sendung: hr-INFO, 25.04.2024, 10.45 Uhr",
     # the other languages the detector names
     "Lähde: Yle", "Forrás: MTI", "Sursa: Agerpres", "Izvor: Hina", "Vir: STA", "Heimild: RÚV",
     "Πηγή: ΑΠΕ-ΜΠΕ", "Източник: БТА", "출처: 연합뉴스", "来源：新华社", "المصدر: رويترز"],
)  # fmt: skip
def test_source_tags_and_credits_at_the_end_go(tag: str) -> None:
    assert DropSourceTags()(Document([*ARTICLE, tag])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "footer",
    ["The post Council approves new budget appeared first on City News.",
     "The post “Why the vote matters” appeared first on Vox.",
     "Der Beitrag Neue Regeln für Radfahrer erschien zuerst auf Tagesblatt.",
     "L’article Le budget adopté est apparu en premier sur Le Journal.",
     "La entrada 5 claves del presupuesto se publicó primero en El Diario.",
     "O post Orçamento aprovado apareceu primeiro em Jornal do Dia.",
     "Het bericht Begroting aangenomen verscheen eerst op Dagblad.",
     "Inlägget Budgeten klar dök först upp på Nyheterna."],
)  # fmt: skip
def test_a_feeds_footer_at_the_end_goes(footer: str) -> None:
    """Text taken from a feed ends with the blog software's footer naming
    where the post appeared first, in the site's language."""
    assert DropSourceTags()(Document([*ARTICLE, footer])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    ["The post was filled last year, and the new chief appeared first on the list.",
     "The post office on Main Street will close in May.",
     "This article originally appeared on The Conversation."],
)  # fmt: skip
def test_sentences_that_only_share_the_words_of_a_footer_stay(line: str) -> None:
    assert DropSourceTags()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


def test_a_sentence_on_editing_at_the_end_stays() -> None:
    # the credit is a name after "by"; a sentence about editing goes on otherwise
    line = "Editing by hand took the team three more weeks, she said."
    assert DropSourceTags()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


def test_a_source_label_high_in_the_article_stays() -> None:
    body = ["Quelle: ntv.de", *ARTICLE * 4]
    assert DropSourceTags()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "tag",
    ["Quelle: ntv.de, ino/dpa", "Kilde: Helsenorge.no", "Źródło: rp.pl", "Source: www.bbc.co.uk"],
)
def test_a_source_tag_naming_a_web_site_goes_wherever_it_stands(tag: str) -> None:
    # a box, a list of links or another story's lines may follow it: it is
    # no longer among the last lines, and a site's name is no prose
    body = [ARTICLE[0], tag, *ARTICLE * 4]
    assert DropSourceTags()(Document(list(body))).paragraphs == [ARTICLE[0], *ARTICLE * 4]


def test_a_source_tag_without_a_site_stays_above_the_last_lines() -> None:
    body = [ARTICLE[0], "Quelle: Statistisches Bundesamt", *ARTICLE * 4]
    assert DropSourceTags()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "heading",
    ["Empfehlungen für Sie", "Recommandé pour vous", "Recomendado para ti", "Consigliati per te",
     "Recomendado para você", "Aanbevolen voor jou", "Anbefalt for deg", "Rekommenderat för dig",
     "Mest läst", "Polecane dla ciebie", "Rekomendasi untuk Anda", "Terpopuler",
     "Paling popular", "Đọc nhiều nhất", "アクセスランキング", "Τα πιο δημοφιλή", "热门文章"],
)  # fmt: skip
def test_a_recommended_for_you_heading_over_its_list_goes(heading: str) -> None:
    teasers = [
        "Rail strike to halt trains across the north for two days next week",
        "Storm damage bill for farmers tops ten million as harvest is delayed",
    ]
    text = "\n\n".join([*ARTICLE, heading, *teasers])
    article = clean(text, chain=Chain.default(only=["drop_related"]))
    assert article.text.split("\n\n") == ARTICLE


def test_read_also_lines_in_other_languages_go_with_drop_related() -> None:
    text = "\n\n".join(
        [*ARTICLE, "Les også: Tone Damli ofret musikkarrieren for barna", ARTICLE[1]]
    )
    article = clean(text, chain=Chain.default(only=["drop_related"]))
    assert "Les også" not in article.text
    assert [c.cleaner for c in article.changes] == ["drop_related"]


@pytest.mark.parametrize(
    "line",
    [
        # "related" as a label, in the languages that label the link so
        "Relacionado: Câmara aprova novo plano de mobilidade para o centro",
        "Gerelateerd: Nieuwe fietsbrug over het kanaal opent in mei",
        "Relaterat: Färjetrafiken till ön ställs in under helgen",
        "Relatert: Dette er de nye reglene for fiske i elva",
        "Relateret: Her åbner den nye skole til august",
        "Articolo correlato: Nuova pista ciclabile lungo il fiume",
        "Bu haberi de okuyun: Belediyeden yeni otopark kararı",
        # the label in lenticular brackets, as Japanese sites set it
        "【関連記事】市バス、来月から運賃値上げ",
        "▶関連：市役所の新庁舎、来年着工へ",
    ],
)
def test_related_labels_open_a_teaser_in_more_languages(line: str) -> None:
    text = "\n\n".join([ARTICLE[0], line, ARTICLE[1]])
    article = clean(text, chain=Chain.default(only=["drop_related"]))
    assert article.text.split("\n\n") == ARTICLE


def test_a_japanese_read_also_label_with_a_full_width_colon_opens_a_teaser() -> None:
    teaser = "関連記事：市中心部で男性刺される　警察が容疑者を逮捕"
    text = "\n\n".join([ARTICLE[0], teaser, ARTICLE[1]])
    article = clean(text, chain=Chain.default(only=["drop_related"]))
    assert article.text.split("\n\n") == ARTICLE


def test_embed_notices_go_unless_the_article_speaks_of_such_settings() -> None:
    notice = "Deine Privatsphäre-Einstellungen verhindern das Laden aller externen Inhalte."
    body = [ARTICLE[0], notice, ARTICLE[1], notice]
    assert DropAdMarkers()(Document(list(body))).paragraphs == ARTICLE
    about = [
        "Die Datenschutzbehörde prüft, wie Apps Privatsphäre-Einstellungen verstecken. "
        "Viele Nutzer finden sie nie. Die Behörde will die Hersteller zwingen, sie auf der "
        "ersten Seite zu zeigen. Bis zum Herbst sollen alle großen Anbieter antworten.",
        "Wer die Privatsphäre-Einstellungen ändert, sieht weniger Werbung.",
        "Die Verbraucherzentrale begrüßt die Prüfung.",
    ]
    assert DropAdMarkers()(Document(list(about))).paragraphs == about


@pytest.mark.parametrize(
    "line",
    ["Wie hat Ihnen dieser Artikel gefallen?", ">> Hier finden Sie alle Termine im Überblick"],
)
def test_feedback_widgets_and_lone_link_arrows_go(line: str) -> None:
    assert DropPromos()(Document([ARTICLE[0], line, ARTICLE[1]])).paragraphs == ARTICLE


def test_a_list_of_arrowed_lines_is_left_for_drop_related() -> None:
    body = [*ARTICLE, ">> Erste Geschichte über etwas", ">> Zweite Geschichte über anderes"]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "stamp",
    ["05.08.2024, 20:59 Uhr", "Updated at 1:23 p.m.", "Uppdaterad 15.59 | Publicerad 14.14",
     "20 Nisan 2026•Güncelleme: 20 Nisan 2026", "30. Januar 2024",
     # a clock time alone (a live blog's or a feed's stamp), a player's length
     "08:15", "01:43 min", "00:00 / 03:15",
     # published and updated on one line, in more languages; a label glued to its date
     "Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52",
     "Son Güncelleme : 30.04.2024 - 16:49", "Publiziert17. Dezember 2024, 12:17",
     "12. MÄR 2025 18:03",
     # the other languages the detector names: months, labels, "at"
     "Objavljeno: 14. rujna 2024. u 10:15", "3. května 2024 v 14:20",
     "Опубликовано 12 января 2025 в 09:41", "Julkaistu 5. lokakuuta 2024 klo 10.15",
     "12 Ιανουαρίου 2025 στις 09:41", "2024. március 5. 14:30", "5 octombrie 2024, 10:15",
     "Paskelbta 2024 m. rugsėjo 5 d.",
     # a time the French way
     "Publié le 16 mai 2024 à 14h20", "Mis à jour le 16/05/2024 à 14h20",
     # the Spanish way: "a las" and an "h" after the time
     "Actualizado a las 20:56h.", "25/04/2026 Actualizado a las 15:10h.",
     # "today" with a time; "published on"
     "Heute, 12:37 Uhr", "Today at 9:15 AM", "Erschienen am 30.04.2024",
     # a weekday before the date; a zone beyond the common few
     "Friday, 22 Nov 2024 4:55 PM MYT", "Freitag, 22. November 2024",
     "Sun 3 May 2020", "Updated: Wednesday, March 6, 2024 10:15 AEDT",
     "mercredi 6 mars 2024 à 10h15", "Piątek, 22 listopada 2024",
     # more of the formats in wide use: AP's zones, ordinals, "el" / "alle" / "om",
     # a Vietnamese weekday, a CJK date
     "Nov. 22, 2024, 4:55 p.m. ET", "Published: 22nd November 2024",
     "Publicado el 22 nov 2024 - 16:55", "Pubblicato il 22 novembre 2024 alle 16:55",
     "22 november 2024 om 16:55", "Thứ sáu, 22/11/2024 16:55 (GMT+7)", "2024年11月22日 16:55"],
)  # fmt: skip
def test_timestamp_lines_go(stamp: str) -> None:
    doc = DropTimestamps()(Document([ARTICLE[0], stamp, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE
    assert doc.changes[0].cleaner == "drop_timestamps"


@pytest.mark.parametrize(
    "line",
    ["29 November 2018 | 20 January 2019", "9.30 A.M. / 7.00 P.M.", "1990", "2-1", "2:1",
     "20.00", "10:00-18:00", "He arrived at 14:30.", "Stigao je u 14:30.", "O 2 posto više",
     "Der Flug dauert 4 min. länger.", "90 min",
     # a match's minute in added time, a live ticker's (not "4 Min." to read)
     "90.+4 Min.", "45+2 min.",
     # a weekday with more than a date is a sentence or a heading's words
     "The Sun, 3 May 2020", "Friday 22 November: final day of talks",
     "The 22nd amendment", "Năm 2024", "Le 12 et le 14", "3月5日に発表"],
)  # fmt: skip
def test_ranges_numbers_and_scores_are_no_timestamps(line: str) -> None:
    assert DropTimestamps()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


@pytest.mark.parametrize(
    "stamp",
    ["Von Juliane Rohr 28.04.2023, 18:11 Uhr", "Associated Press November 19, 2019, 9:02 AM",
     "November 12, 2018 | BY: Beachbody", "Marco Pizzorno 4 Febbraio 2025 - 14:41",
     "Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm",
     "Карина Гасимова 8 января, 17:46"],
)  # fmt: skip
def test_a_header_stamp_with_its_names_goes_above_the_prose(stamp: str) -> None:
    doc = DropTimestamps()(Document([stamp, *ARTICLE]))
    assert doc.paragraphs == ARTICLE
    # below the first paragraph of prose the same line is no header's
    body = [ARTICLE[0], stamp, ARTICLE[1]]
    assert DropTimestamps()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "head",
    [
        # a headline with a date in it has more words than a stamp's names
        ["Parliament sets a national day for veterans on 15 June"],
        # an embedded post's credit, a span of dates, an event's run
        ["— Jane Doe (@janedoe) November 18, 2019"],
        ["29 November 2018 | 20 January 2019"],
        ["2018.04.05 ~ OPEN RUN"],
        # more dated lines than a header holds: the article's own list
        ["June 17 – Nashville, TN", "June 19 – Charlotte, NC", "June 24 – Bristow, VA",
         "June 26 – Allentown, PA"],
    ],
)  # fmt: skip
def test_dated_lines_above_the_prose_that_are_no_header_stamps_stay(head: list[str]) -> None:
    body = [*head, *ARTICLE]
    assert DropTimestamps()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    ("stamp", "author", "published"),
    [
        ("Von Anna Berger 12.03.2024, 09:15 Uhr", "Anna Berger", "2024-03-12T09:15"),
        ("Di Marco Rossi 4 febbraio 2025 - 14:41", "Marco Rossi", "2025-02-04T14:41"),
        # a section's name is no author's
        ("Cronaca | 4 febbraio 2025 - 14:41", None, "2025-02-04T14:41"),
    ],
)
def test_a_header_stamp_gives_the_date_and_the_author_it_names(
    stamp: str, author: str | None, published: str
) -> None:
    article = clean("\n\n".join(["City council votes to build a new bridge", stamp, *ARTICLE]))
    assert article.text.split("\n\n") == ARTICLE
    assert (article.author, article.published) == (author, published)
    # what the caller knows stands
    known = clean("\n\n".join([stamp, *ARTICLE]), author="Jane Roe", published="2024-01-01")
    assert (known.author, known.published) == ("Jane Roe", "2024-01-01")


def test_an_offer_block_goes_though_its_lines_repeat_the_offer_words() -> None:
    offers = [
        "Subscribe to the Morning Review newsletter",
        "Get the day's top headlines delivered to your inbox by subscribing to our newsletter.",
    ]
    assert DropPromos()(Document([*ARTICLE, *offers])).paragraphs == ARTICLE


def test_an_offer_the_page_sets_twice_goes_both_times() -> None:
    # a newsletter box above and below the article: each copy's words are used
    # elsewhere only by the other copy, an offer too, not by the article
    top = "Sign up for our daily newsletter Get Started"
    bottom = "Sign up for the newsletter Sign Up"
    doc = DropPromos()(Document([top, *ARTICLE, bottom]))
    assert doc.paragraphs == ARTICLE


def test_a_short_line_of_the_article_using_the_offer_word_keeps_the_offer() -> None:
    # one offer word: the line may be the article's own; it uses the word the
    # offer below names, and both stay (a line naming one offer word is no
    # full offer, which alone other full offers do not keep)
    body = [
        "Its newsletter has ten thousand readers.",
        "The city council voted on Monday to build a new bridge over the river, the first "
        "in the town for a century, after a debate that lasted well into the night.",
        "Work will start next spring and last two years, the mayor said, and the old ferry "
        "will keep running until the bridge opens to cars, bicycles and people on foot.",
        "Subscribe to our newsletter",
    ]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "title", ["Get the morning briefing", "Zehn vor Zwölf", "Stay in the loop"]
)
def test_a_box_title_right_above_an_offer_goes_with_it(title: str) -> None:
    offer = "Sign up for our newsletter to get the news in your inbox."
    doc = DropPromos()(Document([ARTICLE[0], title, offer, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE
    assert [c.text for c in doc.changes] == [title, offer]


def test_a_line_above_an_offer_that_the_article_speaks_of_stays() -> None:
    # a subheading of the article's: its words are the article's
    body = [*ARTICLE, "The new bridge", "Sign up for our newsletter to get the news in your inbox."]
    assert DropPromos()(Document(list(body))).paragraphs == body[:3]


def test_the_first_line_above_an_offer_stays() -> None:
    # the headline of a text that opens with an offer
    body = ["Morning briefing", "Sign up for our newsletter to get the news in your inbox.",
            *ARTICLE]  # fmt: skip
    assert DropPromos()(Document(list(body))).paragraphs == [body[0], *ARTICLE]


def test_an_offer_word_the_article_uses_apart_from_the_block_keeps_the_line() -> None:
    body = [
        "The paper said its newsletter had lost half its readers since the spring.",
        *ARTICLE,
        "Subscribe to our newsletter",
    ]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "offer",
    ["Unabhängiger Journalismus braucht deine Unterstützung.", "Prøv gratis i en måned",
     "Wesprzyj niezależne dziennikarstwo", "For more stories like this, check our news page."],
)  # fmt: skip
def test_trial_and_support_appeals_go(offer: str) -> None:
    assert DropPromos()(Document([*ARTICLE, offer])).paragraphs == ARTICLE


def test_a_got_a_story_line_with_an_address_goes() -> None:
    line = "Got a story? Get in touch with our news team by emailing us at news@example.co.uk."
    assert DropContact()(Document([*ARTICLE, line])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "credit",
    ["STR/AFP via Getty Images", "Natalie Naccache | Bloomberg | Getty Images",
     "Long Wei/Costfoto/Barcroft Media via Getty Images",
     "Image: Jane Doe/Independent Newspapers", "Foto: dpa", "Foto [M]: Shutterstock",
     "Zdjęcie: PAP/Leszek Szymański", "Fot. PAP/Paweł Supernak", "© Reuters",
     "Image source, Getty Images"],
)  # fmt: skip
def test_picture_credits_alone_on_their_line_go(credit: str) -> None:
    doc = DropPhotoCredits()(Document([ARTICLE[0], credit, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE
    assert [(c.cleaner, c.text) for c in doc.changes] == [("drop_photo_credits", credit)]


@pytest.mark.parametrize(
    "line",
    ["Photo: the minister speaks to reporters in Hanoi on Monday.",
     "Mathatisi Sebusi/Mohalenyane Phakela", "- Photos: Europa, the icy moon of Jupiter",
     "Vodafone-Netz mit 50 MBit/s"],
)  # fmt: skip
def test_captions_bylines_gallery_links_and_units_are_no_lone_credits(line: str) -> None:
    assert DropPhotoCredits()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


@pytest.mark.parametrize(
    "prompt",
    ["Kommentar abgeben", "Du musst dich EINLOGGEN um einen Kommentar abzugeben.",
     "Comments (12)", "Leave a comment", "Laisser un commentaire", "Dodaj komentarz",
     "Tinggalkan komentar", "Comments are closed.", "Kommentare sind geschlossen.",
     "Les commentaires sont fermés.",
     "Please enable JavaScript to view the comments powered by Disqus.",
     "Die Kommentarfunktion ist geschlossen.", "Réagir à cet article",
     "Komentarze zostały wyłączone.", "Komentar ditutup.", "Yorum yapmak için giriş yapın",
     "Leave a Reply Cancel reply", "Post Comment", "0 replies", "Want to join the discussion?",
     "Feel free to contribute!", "Antworten abbrechen", "Deja una respuesta",
     "Tinggalkan Balasan Batalkan balasan", "Name *", "E-Mail *", "Kommentar*",
     "Name (required)", "Nama (wajib)", "Lämna ett svar Avbryt svar", "Share0", "Tweet 0",
     "445 shares", "Schreibe einen Kommentar",
     "Bir cevap yazın",
     # the other languages the detector names
     "Kommentit (3)", "Jätä kommentti", "Hozzászólások", "Lasă un comentariu",
     "Ostavite komentar", "Napište komentář", "Komentarai (5)", "Σχόλια", "Оставить комментарий",
     "Залишити коментар", "Deixa un comentari", "发表评论", "أضف تعليق", "תגובות",
     # a link to the comments with their count, an empty section's notice
     "Ver comentarios (0)", "Vedi tutti i commenti (3)", "Noch kein Kommentar vorhanden.",
     "Be the first to comment", "Kommentar Abgeben Abbruch", "Comment on this article",
     "Diskutieren Sie mit", "Réagissez", "Deixe o seu comentário", "Reageer op dit artikel",
     "Have your say in the comments", "Tulis komentar Anda", "Gửi bình luận của bạn",
     "コメントを書く",
     # a social counter widget, its icons gone
     "299FollowersFollow", "1FansLike", "7,412FollowersFollow", "151SubscribersSubscribe"],
)  # fmt: skip
def test_comment_prompts_go(prompt: str) -> None:
    doc = DropCommentPrompts()(Document([*ARTICLE, prompt]))
    assert doc.paragraphs == ARTICLE
    assert [c.cleaner for c in doc.changes] == ["drop_comment_prompts"]


@pytest.mark.parametrize("line", ["player.setav stamina *", "Umsatz 2023*", "5 * 3", "*"])
def test_a_command_a_footnoted_figure_or_a_mark_is_no_form_field(line: str) -> None:
    assert DropCommentPrompts()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


@pytest.mark.parametrize("label", ["Reacties", "Comments", "Kommentare", "Comentarios"])
def test_a_comment_label_over_quoted_voices_titles_the_articles_reactions(label: str) -> None:
    voices = [
        "Els Verhaegen, schepen van Cultuur: ‘We geven dit gebouw een tweede leven.’",
        "Luc Vandamme, pastoor: ‘Liever een bibliotheek dan een leegstaande kerk.’",
    ]
    body = [*ARTICLE, label, *voices]
    assert DropCommentPrompts()(Document(list(body))).paragraphs == body
    # over a comment thread's lines (no quotations) the label goes
    thread = [*ARTICLE, label, "jan_v: wat een onzin weer", "Mieke: eens, zonde van het geld"]
    assert label not in DropCommentPrompts()(Document(thread)).paragraphs


def test_a_sentence_about_comments_stays() -> None:
    body = [*ARTICLE, "The company declined to comment.", "Comments from readers poured in."]
    assert DropCommentPrompts()(Document(list(body))).paragraphs == body


def test_a_short_line_between_two_offer_lines_goes_with_their_notice() -> None:
    notice = [
        "Your subscription is being used on another device",
        "If you keep reading here, the other device will be signed out.",
        "Continue",
        "Want to add another reader to your subscription?",
    ]
    doc = DropPromos()(Document([*ARTICLE, *notice]))
    assert doc.paragraphs == ARTICLE


def test_a_line_between_offer_lines_stays_unless_both_go() -> None:
    body = [
        "The paper's subscription price doubled in March, the publisher said.",
        *ARTICLE,
        "Subscription prices rise again in May",  # the article's word: it stays
        "Readers complained.",
        "Sign up for our newsletter",
    ]
    assert DropPromos()(Document(list(body))).paragraphs == body[:-1]


#: A longer article, so that a line after its first paragraph stands amid it.
LONG_ARTICLE = [
    *ARTICLE,
    "The bridge will carry two lanes of traffic and a path for cyclists.",
    "Residents asked for noise barriers along the new approach road.",
    "The council said it would hold a hearing on the barriers in June.",
    "The state will pay half of the cost, the rest comes from the city.",
    "Engineers expect the old bridge to be pulled down in the autumn.",
]


@pytest.mark.parametrize(
    "offer",
    [
        "Our community members are treated to special offers, promotions, and adverts from us "
        "and our partners. You can check out at any time. Read our Privacy Policy.",
        "Reviews and recommendations are unbiased and products are independently selected. "
        "Postmedia may earn an affiliate commission from purchases made through links on this "
        "page.",
    ],
)
def test_a_longer_offer_amid_the_article_goes_when_it_speaks_to_the_reader(offer: str) -> None:
    lines = [LONG_ARTICLE[0], offer, *LONG_ARTICLE[1:]]
    assert DropPromos()(Document(list(lines))).paragraphs == LONG_ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # no word speaks to the reader: the article's own line about subscriptions
        "The streaming service lost two million subscribers in the quarter, and its shares "
        "fell by a fifth when markets opened in New York on Tuesday morning after the report.",
        # it speaks to the reader, but introduces the article's next lines
        "If you want the bundle without ads, you will have to upgrade before signing up for "
        "the plan. Here is how to do it, step by step:",
    ],
)
def test_a_longer_line_amid_the_article_stays_otherwise(line: str) -> None:
    lines = [LONG_ARTICLE[0], line, *LONG_ARTICLE[1:]]
    assert DropPromos()(Document(list(lines))).paragraphs == lines


@pytest.mark.parametrize(
    "call",
    [
        "Get the Riverside Gazette every week. 52 issues for £49. Click here for details.",
        "GET THE GAZETTE APP ON THE GO BY CLICKING HERE",
        "Follow our full coverage of the election on our live page.",
        "Follow our full coverage of the election at https://example.org/election",
        "Hier klicken und die Wochenübersicht erhalten",
        "Cliquez ici pour recevoir les alertes de la rédaction.",
        "Klik di sini untuk berita terbaru lainnya.",
    ],
)
def test_calls_to_action_go(call: str) -> None:
    doc = DropPromos()(Document([*ARTICLE, call]))
    assert doc.paragraphs == ARTICLE
    assert [(c.cleaner, c.text) for c in doc.changes] == [("drop_promos", call)]


def test_an_article_about_click_here_links_keeps_its_lines() -> None:
    body = [
        "Accessibility experts say links that read click here confuse screen readers.",
        "A link should name its target, they said, since click here tells the listener nothing.",
    ]
    assert DropPromos()(Document(list(body))).paragraphs == body


def test_a_button_left_as_a_shortcode_goes() -> None:
    button = '[button link="https://example.org/review" type="big"] Send us your review[/button]'
    assert DropPromos()(Document([ARTICLE[0], button, ARTICLE[1]])).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # amid the article: its own pointer
        "Click here to get more information or download this game.",
        # introducing the article's next lines
        "Click the link above so you can:",
    ],
)
def test_a_call_to_action_amid_the_article_or_introducing_a_list_stays(line: str) -> None:
    body = [LONG_ARTICLE[0], line, *LONG_ARTICLE[1:]]
    if line.endswith(":"):
        body = [*LONG_ARTICLE, line, "- Find the stage your business is in"]
    assert DropPromos()(Document(list(body))).paragraphs == body


#: A subscription offer closing the page, with its price, its code and what the
#: plan includes: longer than other offers.
PRICED_OFFER = (
    "Get access to the fastest growing financial subscription service MarketDesk Pro for as "
    'little as Rs 599 for the first year. Use the code "DESKPRO". MarketDesk Pro offers you '
    "all the information you need for wealth creation including actionable investment ideas, "
    "independent research, insights and analysis from our team of market analysts."
)


def test_a_longer_offer_naming_its_price_goes_at_the_end() -> None:
    assert len(PRICED_OFFER) > 320  # longer than an offer without a price may be
    doc = DropPromos()(Document([*ARTICLE, PRICED_OFFER]))
    assert doc.paragraphs == ARTICLE
    assert doc.changes[0].cleaner == "drop_promos"


def test_a_longer_priced_line_stays_when_it_does_not_speak_to_the_reader() -> None:
    report = (
        "The streaming service raised the price of its basic subscription to $9.99 a month "
        "from $8.99 in October, the second rise in two years, and said the premium plan would "
        "cost $22.99. Analysts at two banks said the rise would cost it few customers, since "
        "rivals had raised their prices too. Its shares rose 3% in early trading on Tuesday "
        "after the announcement."
    )
    assert len(report) > 320
    body = [*ARTICLE, report]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "appeal",
    [
        ["If you enjoyed this article, we have a proposition for you: become a member "
         "of our club. Members get all of our content, including the magazine, no paywalls or "
         "meters, and access to our writers and editors. Members also keep us going. And it "
         "is a good deal. Consider it?",
         "If you enjoyed this article, we have a proposition for you: become a member."],
        ["Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie unseren unabhängigen "
         "Journalismus mit einem Abonnement: Sie lesen alle Beiträge ohne Werbung, erhalten "
         "die digitale Ausgabe schon am Vorabend und können jederzeit kündigen. Mehr als "
         "zwanzigtausend Leserinnen und Leser tun es schon."],
    ],
)  # fmt: skip
def test_a_longer_appeal_that_speaks_of_the_article_goes_at_the_end(appeal: list[str]) -> None:
    assert DropPromos()(Document([*ARTICLE, *appeal])).paragraphs == ARTICLE


def test_a_longer_closing_line_speaking_of_the_article_without_an_offer_stays() -> None:
    line = (
        "If you enjoyed this article, you may know that the bridge was first planned in 1978, "
        "when the river flooded the old town twice in one year; the plan was dropped when the "
        "money ran out, and the council only took it up again in 2021 after another flood."
    )
    body = [*ARTICLE, line]
    assert DropPromos()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "line",
    [
        "ab/cd/ef/gh/ij/kl/mn/op/qr/st/uv/wx/yz/ab/cd/ef/gh/ij/kl/mn/op/qr/st/uv/wx/yz z",
        "abcdefghijklmnopqrstuvwxyzabcdefghij | abcdefghijklmnopqrstuvwxyzabcdefgh x",
    ],
)
def test_a_line_of_long_words_between_slashes_or_bars_is_read_at_once(line: str) -> None:
    """Short lines with a slash or a bar are tried as picture credits; words
    that the credit pattern could split every which way once made a 79-character
    line take over a minute to fail. The alarm only catches that runaway."""
    import signal

    def runaway(*_: object) -> None:
        raise TimeoutError("the credit pattern backtracked for 10 s")

    previous = signal.signal(signal.SIGALRM, runaway)
    signal.alarm(10)
    try:
        out = clean_text(f"The council met on Monday to vote on the tram line.\n{line}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert line in out


BRIDGE_STORY = [
    "The city council voted on Monday to build a new bridge over the river, at a cost of "
    "40 million euros, after two years of debate about its route.",
    "Riverside traders had asked the council for the bridge for a decade, saying the ferry "
    "could not carry their delivery vans.",
]
OFFERS = ("Get our app on the go by clicking here", "Sign up for our newsletter by clicking here")


@pytest.mark.parametrize(
    ("between", "stays"),
    [
        # the article's own last line, set between two offers: its words are the article's
        ("The bridge will cost the council 40 million euros, twice the ferry's yearly budget.",
         True),
        # a line of the notice: it speaks to the reader
        ("You have been successfully subscribed!", False),
        # a line of the notice: nothing of the article in it
        ("Already a subscriber? Log in", False),
    ],
)  # fmt: skip
def test_a_line_between_two_offers_goes_with_them_unless_it_is_the_articles(
    between: str, stays: bool
) -> None:
    doc = DropPromos()(Document([*BRIDGE_STORY, OFFERS[0], between, OFFERS[1]]))
    assert doc.paragraphs == [*BRIDGE_STORY, *([between] if stays else [])]


@pytest.mark.parametrize(
    "stamp",
    ["13 hours ago", "Updated 2 hours ago · 5 min read", "vor 3 Stunden", "Vor 1 Std.",
     "il y a 2 heures", "hace 3 horas", "3 ore fa", "há 2 horas", "2 uur geleden",
     "3 timer siden", "3 timmar sedan", "3 godziny temu", "3 saat önce", "3 jam yang lalu",
     "3 giờ trước", "3時間前", "Lesezeit: 5 Minuten", "Tiempo de lectura: 6 min",
     "16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten",
     # the other languages the detector names
     "3 tuntia sitten", "před 3 hodinami", "3 часа назад", "2 години тому", "преди 3 часа",
     "prije 3 sata", "acum 3 ore", "πριν από 3 ώρες", "prieš 3 valandas", "pirms 3 stundām",
     "fyrir 3 klukkustundum", "fa 3 hores", "3시간 전", "3小时前", "منذ 3 ساعات", "לפני 3 שעות",
     "22 m ago", "4 min."],
)  # fmt: skip
def test_relative_and_reading_times_alone_on_their_line_go(stamp: str) -> None:
    doc = DropTimestamps()(Document([ARTICLE[0], stamp, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    ["He left 3 hours ago.", "30 minutes before bed", "60 Minutes", "3 hours",
     "Prije 3 sata objavljeno je da će most biti gotov.", "Acum 3 ani, podul a fost închis."],
)  # fmt: skip
def test_a_line_saying_more_than_a_relative_time_stays(line: str) -> None:
    assert DropTimestamps()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


@pytest.mark.parametrize(
    "label",
    ["Artikel anhören", "Artikel anhören(03:15 min)", "0:00 Anhören", "Listen to this article",
     "Écouter cet article", "Listen 5:42", "1.5x", "0,8x"],
)  # fmt: skip
def test_an_audio_players_button_goes_wherever_it_stands(label: str) -> None:
    doc = DropTimestamps()(Document([ARTICLE[0], label, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line", ["Listen to the people.", "Anhören lohnt sich.", "Listen, Linda", "3x3", "Share 2 ways"]
)
def test_a_line_that_only_begins_like_a_players_button_stays(line: str) -> None:
    assert DropTimestamps()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


@pytest.mark.parametrize(
    "counter",
    ["1/12", "1 of 6", "2 / 3", "Bild 3 von 10", "44 Bilder", "View 6 Images", "See all 12 photos",
     "Page 2 of 3", "Seite 2 von 3", "Página 2 de 3"],
)  # fmt: skip
def test_a_picture_gallerys_counter_goes(counter: str) -> None:
    doc = DropAdMarkers()(Document([ARTICLE[0], counter, ARTICLE[1]]))
    assert doc.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line", ["12/3", "1 of 6 councillors voted no.", "2019/20", "4 Bilder aus Paris"]
)
def test_a_figure_that_is_no_gallery_counter_stays(line: str) -> None:
    assert DropAdMarkers()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]


def test_a_share_plugins_label_glued_to_a_sentence_is_cut_off_it() -> None:
    """A tweetable quote's button read into its sentence ("… continuum.'Click
    To Tweet"): the sentence is the article's, the label goes; a sentence that
    speaks of tweeting keeps its words."""
    quote = "Every online business exists in the 'space-time continuum.'"
    speaks = "Readers were asked to click to tweet their questions."
    doc = DropCommentPrompts()(Document([*ARTICLE, f"{quote}Click To Tweet", speaks]))
    assert doc.paragraphs == [*ARTICLE, quote, speaks]
    assert [(c.action, c.text) for c in doc.changes] == [("remove", "Click To Tweet")]


PROSE = [
    "The city council voted on Monday to build a new bridge over the river near the old mill.",
    "Work will start next spring and last two years, the mayor told reporters after the vote.",
    "Residents on both banks have asked for a crossing since the ferry stopped running in 2019.",
]


@pytest.mark.parametrize(
    "heading",
    ["12 thoughts on “A new bridge for the old mill”", "One Response to “A new bridge”",
     "3 Gedanken zu „Eine neue Brücke“", "2 réflexions sur « Un nouveau pont »"],
)  # fmt: skip
def test_a_comment_thread_below_the_article_goes_from_its_heading(heading: str) -> None:
    comments = [
        heading,
        "Jane Doe says: March 3, 2024 at 4:12 pm",
        "About time too. I have waited for this bridge since I was a child and so has my street.",
        "Reply",
    ]
    doc = DropCommentPrompts()(Document([*PROSE, *comments]))
    assert doc.paragraphs == PROSE


def test_a_thread_heading_without_the_articles_prose_above_stays() -> None:
    # the count and a quoted title at the top: a heading of the story itself
    body = ["10 thoughts on “What the bridge will change”", *PROSE]
    assert DropCommentPrompts()(Document(list(body))).paragraphs == body


def test_a_listicles_heading_without_a_quoted_title_stays() -> None:
    body = [*PROSE, "10 thoughts on the budget", *PROSE]
    assert DropCommentPrompts()(Document(list(body))).paragraphs == body

"""Page furniture around the article's prose (cleaners.furniture)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Chain, Document, furniture

ARTICLE = [
    "El ayuntamiento aprobó el lunes la nueva línea de tranvía que cruzará el casco antiguo "
    "después de dos años de debate sobre su coste y su recorrido.",
    "Las obras empezarán la próxima primavera y los primeros tranvías circularán en 2028, "
    "según informó la concejalía de transporte en un comunicado.",
    "Los comerciantes del recorrido pidieron ayudas mientras la calle esté cortada, y la "
    "alcaldesa prometió un fondo para ellos antes del inicio de las obras.",
]
#: A menu above the article, a share bar and a tag list below it.
MENU = ["Portada", "Deportes", "Cultura", "Opinión", "Buscar"]
SHARE = ["Compartir en Facebook", "Compartir en X", "Copiar enlace"]
TAGS = ["Etiquetas:", "Movilidad urbana", "Madrid"]


def drop(paragraphs: list[str]) -> list[str]:
    doc = Document(list(paragraphs), language="es")
    Chain(["drop_page_furniture"]).run(doc)
    return doc.paragraphs


def test_menus_share_bars_and_tags_around_the_prose_go() -> None:
    assert drop([*MENU, *ARTICLE, *SHARE, *TAGS]) == ARTICLE


def test_what_was_removed_is_recorded() -> None:
    doc = Document([*ARTICLE, *SHARE], language="es")
    Chain(["drop_page_furniture"]).run(doc)
    assert [(c.cleaner, c.text) for c in doc.changes] == [("drop_page_furniture", s) for s in SHARE]


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own subject: a kicker and a label that share its words
        ["Tranvía del casco antiguo", "Obras en primavera"],
        # an info box of the article's: prices, a phone, an address
        ["Entradas", "Adultos: 12 €", "Niños: 6 €", "Información: 912 345 678"],
        # short sentences are the article's, however short
        ["Nadie se opuso.", "La votación fue unánime."],
    ],
)
def test_lines_of_the_articles_own_stay(lines: list[str]) -> None:
    assert drop([*ARTICLE, *lines]) == [*ARTICLE, *lines]


def test_a_single_line_alone_stays_and_a_short_pair_amid_the_prose_stays() -> None:
    body = [ARTICLE[0], "Portada", "Buscar", ARTICLE[1], ARTICLE[2], "Movilidad urbana"]
    assert drop(body) == body


@pytest.mark.parametrize(
    "button",
    ["Volver arriba", "Página siguiente", "Ver fotos", "Mostrar más", "Back to top", "Next page",
     "Nächste Seite", "Voir les photos", "Vis mer", "Halaman selanjutnya", "Compartir Imprimir",
     "Back to video"],
)  # fmt: skip
def test_a_buttons_label_and_nothing_more_goes_amid_the_prose_too(button: str) -> None:
    """Two words or more, all of them the page's interface: no article writes
    such a line, though its words ("fotos", "arriba") may be the article's."""
    body = [ARTICLE[0], "Las fotos del recorrido muestran la calle de arriba abajo.", *ARTICLE[1:]]
    assert drop([*body[:2], button, *body[2:]]) == body
    assert drop([*body, button]) == body


@pytest.mark.parametrize("line", ["Imprimir", "Más preguntas al alcalde", "Fotos del tranvía"])
def test_a_one_word_label_or_a_label_with_words_of_its_own_stays_amid_the_prose(line: str) -> None:
    body = [ARTICLE[0], line, *ARTICLE[1:]]
    assert drop(body) == body


def test_labels_in_a_row_without_a_sign_of_the_page_stay() -> None:
    # no button, no widget's or list's title, no tag label: the article's list
    closing = ["Nuevas paradas", "Horarios ampliados", "Billete único"]
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


def test_a_menu_amid_the_prose_goes() -> None:
    body = [ARTICLE[0], *MENU, ARTICLE[1], ARTICLE[2]]
    assert drop(body) == ARTICLE


def test_text_without_prose_is_left_alone() -> None:
    assert drop(MENU) == MENU


def test_a_lone_button_label_outside_the_prose_goes() -> None:
    for label in ("Compartir", "Infos zum Zitiervorschlag", "国際ニュースを英語で読む"):
        assert drop([*ARTICLE, label]) == ARTICLE
    # share and comment buttons whose other words no stop list holds ("diesen", "cet")
    buttons = ("Diesen Artikel teilen", "Partager cet article", "Ver comentarios", "Haberin devamı")
    for label in buttons:
        assert drop([*ARTICLE, label]) == ARTICLE
    # page tools and prompts: an error report, a caption's toggle, a share
    # counter, a skip link, a comment prompt, a truncated text's link
    tools = (
        "Reportar un error", "Report an Error", "Fehler melden", "Toggle caption",
        "Tweet", "Skip to main content", "Join the Conversation", "Enlarge Image",
        "Continue reading", "Read full article", "Font size", "Box aufklappen", "Website",
        "Cancel", "Submit", "View images", "Jaa artikkeli", "Cikk megosztása", "分享本文",
        "Powered by WordPress",
    )  # fmt: skip
    for label in tools:
        assert drop([*ARTICLE, label]) == ARTICLE
    assert drop(["Skip to content", *ARTICLE]) == ARTICLE


@pytest.mark.parametrize(
    "label",
    ["Tulosta", "Megosztás", "Distribuie", "Podijeli", "Sdílet", "Dalintis", "Deila",
     "Κοινοποίηση", "Поделиться", "Поділитися", "Comparteix", "공유하기", "分享", "مشاركة",
     "שתף", "Kommentit", "Komentáře", "Σχόλια", "댓글",
     # a form's buttons
     "Enviar", "Descartar", "Abbrechen", "Annuler",
     # a skip link, a full-screen button, a post's neighbours, "show more"
     "Hoppa till innehåll", "Zum Inhalt springen", "Vollbild", "helskärm", "previous post",
     "Nächster Beitrag", "Vis mer", "Sie befinden sich hier:", "Ausdrucken"],
)  # fmt: skip
def test_a_button_label_in_every_detected_language_goes(label: str) -> None:
    """Share, print and comment buttons in the languages the detector names
    beyond the major ones, alone below the article (one as written, the
    language of the article aside: a page's buttons are named in its own)."""
    assert drop([*ARTICLE, label]) == ARTICLE


def test_an_introducer_stranded_in_a_footer_goes_an_introduced_list_stays() -> None:
    """ "Folgen Sie uns auf:" over the networks' icons: the icons are gone and
    furniture stands above and below it, so it goes though the article speaks
    of "Folgen" (consequences); a colon over the article's own list stays."""
    article = [
        "Der Brand war schnell gelöscht. Doch die Folgen sind massiv: 50.000 Kunden waren "
        "am Dienstag ohne Strom, wie der Netzbetreiber mitteilte.",
        "Sicherheitspersonal entdeckt immer wieder Drohnen über Umspannwerken, sagte ein "
        "Sprecher der Polizei am Abend.",
        "Die Ermittler prüfen nun, ob die beiden Anschläge zusammenhängen.",
    ]
    # the footer's links set twice (for two screen sizes), the introducers once
    links = ["E-Paper", "Newsletter", "Abo-Service", "Shop", "Spiele", "Gewinnspiele"]
    footer = [*links, "Entdecken Sie unsere Apps:", "Folgen Sie uns auf:", *links]
    doc = Document([*article, *footer], language="de")
    Chain(["drop_page_furniture"]).run(doc)
    assert doc.paragraphs == article
    listed = [*article, "Betroffen waren:", "Mitte", "Kreuzberg", "Neukölln"]
    doc = Document(list(listed), language="de")
    Chain(["drop_page_furniture"]).run(doc)
    assert doc.paragraphs == listed


@pytest.mark.parametrize(
    "account",
    [
        ["Sie sind angemeldet als:", "Mein Konto", "Abmelden"],
        ["Logged in as", "My account", "Log out"],
        ["Mi cuenta", "Cerrar sesión"],
        # the site's channels, whose icons a text does not keep
        ["Entdecken Sie unsere Apps:", "Folgen Sie uns auf:"],
    ],
)
def test_an_account_or_channels_box_above_the_article_goes(account: list[str]) -> None:
    assert drop([*account, *ARTICLE]) == ARTICLE


def test_a_short_notice_in_the_sites_voice_below_the_prose_goes() -> None:
    notices = ["Nuestras normas de participación se aplican.", "Gracias por leer nuestro diario."]
    assert drop([*ARTICLE, *SHARE, *notices]) == ARTICLE
    assert drop([*ARTICLE, *notices]) == [*ARTICLE, *notices]  # alone, no furniture beside it


def test_a_short_closing_line_on_the_articles_subject_stays() -> None:
    closing = ["¿Y tú, usarás el tranvía?"]  # speaks to the reader, of the article's subject
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


@pytest.mark.parametrize(
    "poll",
    [
        ["¿Cuál de estas líneas usas tú más?", "Línea 1", "Línea 3", "Ninguna", "Votar"],
        ["Welches dieser Mittel ist dein Favorit, wenn du dich erkältet fühlst?",
         "Tee mit Honig 48 %", "Hühnersuppe 31 %", "Nasenspray 21 %"],
    ],
)  # fmt: skip
def test_a_poll_goes_with_its_options(poll: list[str]) -> None:
    body = [ARTICLE[0], *poll, *ARTICLE[1:]]
    assert drop(body) == ARTICLE


def test_a_question_over_a_list_amid_the_prose_stays() -> None:
    # no vote, no shares of the vote, amid the article: the article's own list
    lines = ["¿Qué necesitas para el abono?", "Documento de identidad", "Foto reciente"]
    body = [ARTICLE[0], *lines, *ARTICLE[1:]]
    assert drop(body) == body


def test_a_shouted_call_repeated_amid_the_prose_goes_and_a_single_one_stays() -> None:
    call = "¡DESCARGA LA GUÍA GRATIS!"
    assert drop([ARTICLE[0], call, ARTICLE[1], call, ARTICLE[2]]) == ARTICLE
    assert drop([ARTICLE[0], call, *ARTICLE[1:]]) == [ARTICLE[0], call, *ARTICLE[1:]]


def test_a_menu_of_section_names_goes_as_a_list_of_the_articles_own_stays() -> None:
    menu = ["Portada", "Noticias", "Deportes", "Movilidad urbana"]
    assert drop([*menu, *ARTICLE]) == ARTICLE
    own = ["Nuevas paradas", "Horarios ampliados"]  # no section's name: the article's list
    assert drop([*ARTICLE, *own]) == [*ARTICLE, *own]


@pytest.mark.parametrize(
    "menu",
    [["Etusivu", "Uutiset", "Kotimaa"], ["Címlap", "Hírek", "Belföld"],
     ["Главная", "Новости", "Москва"], ["Naslovnica", "Vijesti", "Zagreb"],
     ["Αρχική", "Ειδήσεις", "Αθήνα"], ["홈", "뉴스", "서울"], ["الرئيسية", "أخبار", "القاهرة"]],
)  # fmt: skip
def test_a_short_menu_naming_sections_goes_in_every_detected_language(menu: list[str]) -> None:
    """Three labels above the article, one of them a section's name in one of
    the languages the detector names beyond the major ones."""
    assert drop([*menu, *ARTICLE]) == ARTICLE


#: Words whose lower case is read one word at a time differently from the
#: line's (a capital sigma ends a word as "ς"; "İ" adds a mark), CJK runs read
#: as character pairs, stop words, numbers: the cases where a line's content
#: words are not simply its lower-cased words.
TRICKY_WORDS = [
    "ΟΔΟΣ",
    "ΣΟΦΙΑΣ'Β",
    "İstanbul",
    "İSTANBUL",
    "東京都の知事",
    "日本abc",
    "the",
    "2026",
    "Tram",
    "trams",
    "Transport",
    "Sport",
    "newsletter",
    "Menü",
    "_x_",
]


@given(
    lines=st.lists(
        st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=12), max_size=8).map(" ".join),
        min_size=1,
        max_size=6,
    ),
    asked=st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=8), max_size=6).map(" ".join),
)
@settings(max_examples=300, deadline=None)
def test_prose_stems_finds_exactly_the_stems_the_prose_lines_have(
    lines: list[str], asked: str
) -> None:
    # the furniture rules ask which of a label's stems the prose holds: the
    # shortcut must answer what working out every line's stems would
    wanted = furniture._stems(asked) | {"tram", "ς", "i̇stanb"}
    every = set().union(*(furniture._stems(line) for line in lines))
    indices = list(range(len(lines)))
    assert furniture.ProseStems(lines).among(wanted, indices) == wanted & every


def test_lines_the_page_sets_twice_below_the_prose_go() -> None:
    # a footer rendered for two screens; no label of it is a button or a widget
    footer = ["Nuestros periódicos regionales y revistas", "Clasificados y esquelas"]
    assert drop([*ARTICLE, *footer, *footer]) == ARTICLE


def test_a_repeated_line_with_figures_below_the_prose_stays() -> None:
    # the article's own closing list: a label repeated with its figures
    table = ["Línea 3", "Salida cada 10 minutos", "Línea 3", "Salida cada 15 minutos"]
    assert drop([*ARTICLE, *table]) == [*ARTICLE, *table]


def test_a_line_set_once_below_the_prose_stays() -> None:
    closing = ["Nuestros periódicos regionales y revistas"]
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


def test_a_menu_the_page_sets_twice_above_the_prose_goes() -> None:
    menu = ["Nuestros periódicos regionales", "Clasificados y esquelas"]
    assert drop([*menu, "Suscríbete gratis", *menu, *ARTICLE]) == ["Suscríbete gratis", *ARTICLE]


def test_two_lines_set_twice_in_a_row_go_anywhere_and_a_table_set_thrice_stays() -> None:
    bar = ["Guardar artículo", "Enviar a un amigo"]
    middle = [ARTICLE[0], *bar, ARTICLE[1], ARTICLE[2], *bar, ARTICLE[0]]
    assert drop(middle) == [ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[0]]
    rows = ["Bebida durante el entrenamiento", "Agua con sales minerales"]
    table = [ARTICLE[0], *rows, ARTICLE[1], *rows, ARTICLE[2], *rows, ARTICLE[0]]
    assert drop(table) == table


#: A share bar's prompt, printed above the article and below it: a sentence
#: with the share bar's words, which the article's prose must not lend them.
PROMPT = "Pulse para abrir la función de compartir. Ir a los comentarios."
COUNT = "Número de comentarios:"


def test_a_prompt_set_above_and_below_the_article_goes_with_its_share_bar() -> None:
    body = [PROMPT, COUNT, *SHARE, *ARTICLE, PROMPT, COUNT]
    assert drop(body) == ARTICLE


def test_a_line_set_twice_with_prose_beside_one_copy_stays() -> None:
    # the second copy stands amid the article: a sentence it repeats on purpose
    body = [PROMPT, *SHARE, ARTICLE[0], PROMPT, ARTICLE[1], ARTICLE[2]]
    assert drop(body) == [PROMPT, ARTICLE[0], PROMPT, ARTICLE[1], ARTICLE[2]]


def test_a_headline_a_rail_sets_above_and_below_goes_an_article_sentence_stays() -> None:
    rail = "Los 8 restaurantes donde comer bien en el barrio"  # a figure: no label
    assert drop(["Copiar enlace", rail, *TAGS, *ARTICLE, *SHARE, rail]) == ARTICLE
    # a sentence of the article's own (its words are the article's) set twice
    own = "El tranvía cruzará el casco antiguo y llegará hasta la vieja estación del norte."
    body = ["Copiar enlace", own, *TAGS, *ARTICLE, *SHARE, own]
    assert drop(body) == [own, *ARTICLE, own]


#: A site's footer read as the article's last lines: a label, notices in the
#: site's voice (prose, so the article's prose seems to end with them), a label.
FOOTER = [
    "Aviso legal",
    "El uso de este sitio implica la aceptación de nuestras condiciones de uso y privacidad.",
    "Queda prohibida la reproducción total o parcial de nuestros contenidos sin permiso.",
    "Publicidad",
]


def test_a_footer_of_notices_below_the_article_goes() -> None:
    assert drop([*ARTICLE, *FOOTER]) == ARTICLE


def test_the_articles_last_words_in_the_first_person_stay() -> None:
    # a quote's "nuestra" right after the prose: no furniture parts it from the article
    quote = "«Nuestra ciudad merece este tranvía y lo tendrá», dijo la alcaldesa al cerrar el acto."
    assert drop([*ARTICLE, quote]) == [*ARTICLE, quote]
    assert drop([*ARTICLE, quote, *FOOTER]) == [*ARTICLE, quote]


def test_a_long_line_twice_in_a_row_above_the_prose_is_an_echo_and_stays() -> None:
    # a lead that ends on an emoji reads as no prose; set twice, it is an echo
    # for drop_repeats, which keeps one copy, not a menu
    lead = "Los vecinos que reservaron por la web dejaron sus opiniones sobre la obra 🙂"
    assert drop([lead, lead, *ARTICLE]) == [lead, lead, *ARTICLE]


#: A menu of a site's own sections and series: no word of it names a piece
#: of the page ("Rutas" is no "Menú"), and some share the article's words.
SECTIONS = [
    "Cuadernos de viaje", "La mirada", "Historias del barrio", "Gente",
    "Sabores", "Huerto urbano", "Rutas", "Tranvías y trenes",
]  # fmt: skip


@pytest.mark.parametrize("where", ["above", "below", "amid"])
def test_a_long_menu_goes_whatever_its_words(where: str) -> None:
    body = {
        "above": [*SECTIONS, *ARTICLE],
        "below": [*ARTICLE, *SECTIONS],
        "amid": [ARTICLE[0], *SECTIONS, ARTICLE[1], ARTICLE[2]],
    }[where]
    doc = Document(body, language="es")
    Chain(["drop_page_furniture"]).run(doc)
    assert doc.paragraphs == ARTICLE
    assert [c.text for c in doc.changes] == SECTIONS


def test_a_menu_under_the_title_of_a_list_of_sections_goes_an_introduced_list_stays() -> None:
    assert drop([*ARTICLE, "Secciones:", *SECTIONS]) == ARTICLE
    # a colon after words of the article's own introduces its list
    own = ["Las paradas previstas:", *SECTIONS]
    assert drop([*ARTICLE, *own]) == [*ARTICLE, *own]


def test_a_tables_header_read_a_cell_per_line_stays() -> None:
    # the cells of a table's header, then its first row: a name, then figures
    table = ["Valor", "Empresa", "Último", "Cambio", "Cambio %", "TRAM",
             "Tranvías del Sur", "12,40", "-0,35", "-2,7 %"]  # fmt: skip
    assert drop([*ARTICLE, *table]) == [*ARTICLE, *table]


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own list, bulleted
        ["- " + s for s in SECTIONS],
        # ... or introduced by a colon
        ["Las paradas de la nueva línea serán:", *SECTIONS],
        # a song quoted line by line: short, unpunctuated, but longer than menu items
        ["Bajaba el tranvía por la calle mayor", "con la luz de la tarde en los cristales",
         "y en el último asiento viajaba", "la muchacha que nunca volvió", "cantando bajito",
         "una copla de aquel barrio perdido"],
        # five short items in a row: a list as short as an article's own
        SECTIONS[:5],
    ],
)  # fmt: skip
def test_short_lines_an_article_sets_in_a_row_stay(lines: list[str]) -> None:
    assert drop([*ARTICLE, *lines, ARTICLE[0]]) == [*ARTICLE, *lines, ARTICLE[0]]


def test_paragraphs_of_a_script_without_sentence_marks_are_no_menu() -> None:
    # Thai sets no mark at a sentence's end and few spaces: each paragraph of
    # this article reads as a "label" of a few words, but far too long for a
    # menu's item
    thai = [
        "กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะฉบับใหม่เมื่อวันจันทร์ที่ผ่านมา",
        "โครงการนี้จะเริ่มก่อสร้างในปีหน้าและคาดว่าจะแล้วเสร็จภายในห้าปี",
        "ผู้ว่าราชการกล่าวว่าประชาชนจะได้รับประโยชน์จากการเดินทางที่สะดวกขึ้น",
        "นักวิชาการหลายคนเห็นด้วยกับแผนดังกล่าวแต่ยังกังวลเรื่องงบประมาณ",
        "ชาวบ้านในพื้นที่ก่อสร้างขอให้มีการชดเชยความเสียหายอย่างเป็นธรรม",
        "สภากรุงเทพมหานครจะพิจารณางบประมาณของโครงการในการประชุมครั้งต่อไป",
    ]
    # ... and its one paragraph that ends as sentences do: an English quote
    quote = 'ผู้ว่าราชการกล่าวว่า "We will build it. It will be ready on time."'
    doc = Document([*thai, quote], language="th")
    Chain(["drop_page_furniture"]).run(doc)
    assert doc.paragraphs == [*thai, quote]

"""The words news pages use for what is not the article, in every language the
project detects: related-article headings, "read also" labels, ad markers,
newsletter and subscription offers, follow-us lines, contact labels, source
tags and agency credits. Both the text cleaners (``cleaners.related``,
``cleaners.promos``) and the HTML pre-pass (``scraper.boilerplate``) read them
from here, so a phrase added here counts everywhere.

Words are evidence, never the only evidence: each cleaner that reads them also
weighs where a line stands and what shape it has (see the cleaners). The words
of boxes and labels set into the article (fact boxes, comment prompts, picture
credits) are in ``cleaners.vocabulary_boxes``.

>>> bool(RELATED_LABEL.match("Les også: Tone Damli ofret karrieren"))
True
>>> bool(AD_MARKER.fullmatch("Advertisement Story continues below"))
True
>>> "lesen" in HEADING_FIRST_WORDS
True
"""

from __future__ import annotations

import re


def phrases(*words: str) -> str:
    """A regex alternation of phrases, any run of spaces between their words.

    >>> re.fullmatch(phrases("read also"), "read   also") is not None
    True
    """
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


def by_first_letter(alternation: str) -> str:
    """The alternatives of ``phrases``' output grouped under their first
    character: the same matches, but the regex engine tries one branch per
    letter at each word start, not every phrase (a third faster on long lists).

    >>> print(by_first_letter(phrases("sign up", "subscribe", "newsletter")))
    s(?:ign\\s+up|ubscribe)|n(?:ewsletter)
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternation.split("|"):
        head = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        groups.setdefault(head, []).append(alternative[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(rest)})" for head, rest in groups.items())


#: Letters of the scripts that write a word's particles and neighbours without
#: a space between: Chinese, Japanese and Korean ("有料会員になると", "뉴스레터를"),
#: and Thai, Lao, Burmese and Khmer, which put no space between words at all
#: ("ติดตามเราทางทวิตเตอร์").
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
SOUTHEAST_ASIAN_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED_LETTERS = SOUTHEAST_ASIAN_LETTERS + CJK_LETTERS
#: Where a phrase of the offer, follow and notice lists may start and end: not
#: inside a word of a spaced script (no letter or digit of one beside it), but
#: between two CJK letters.
WORD_START = rf"(?<![^\W{UNSPACED_LETTERS}])"
WORD_END = rf"(?![^\W{UNSPACED_LETTERS}])"


def longest_first(alternation: str) -> str:
    """``phrases``' output lower-cased, its longer phrases first: a pattern that
    removes or lists what it matches takes "next page" as one phrase, not
    "next" and a word after it.

    >>> print(longest_first(phrases("Next", "next page")))
    next\\s+page|next
    """
    return "|".join(sorted(alternation.lower().split("|"), key=len, reverse=True))


def first_words(pattern: str) -> frozenset[str]:
    """The literal first word of each top-level alternative of ``pattern``
    (lower-cased): a cheap test before the full pattern is tried.

    >>> sorted(first_words(r"read\\s+(?:more|also)|see\\s+also|tin\\s+khác"))
    ['read', 'see', 'tin']
    """
    found, depth, start = set(), 0, 0
    for i, char in enumerate(pattern + "|"):
        if char == "(" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif char == ")" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            word = re.match(r"[^\W\d_]+", re.sub(r"\\.", " ", pattern[start:i]))
            if word:
                found.add(word.group().lower())
            start = i + 1
    return frozenset(found)


# ------------------------------------------------------- related-article headings

#: English headings of related-article blocks (alone on their line) or labels
#: opening a one-line teaser ("Read more: …"). The pre-pass reads them too.
RELATED_EN = (
    r"related(?:\s+(?:news|articles?|stories|story|posts?|content|coverage|reading|links"
    r"|topics|videos?))?"
    r"|read\s+(?:more|also|next|this)|see\s+(?:also|more)|also\s+read|also\s+see"
    r"|further\s+reading|explore\s+further"
    r"|more\s+(?:news|stories|articles|headlines|coverage|to\s+read|on\s+this(?:\s+\w+)?"
    r"|from\s+[\w .&'’-]{1,40}|in\s+[\w .&'’-]{1,30})"
    r"|other\s+(?:news|stories|articles)|latest\s+(?:news|stories|articles|posts|headlines)"
    r"|top\s+(?:news|stories|articles|posts|headlines)|recent\s+(?:news|stories|articles|posts)"
    r"|popular\s+(?:news|stories|articles|posts)|trending\s+(?:news|stories|articles|posts)"
    r"|you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading))?"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:stories|articles|in\s+[\w ]{1,30}))?"
    r"|(?:more\s+)?trending(?:\s+now)?|don[’']t\s+miss|what\s+to\s+read\s+next"
    r"|editor[’']s\s+(?:picks?|choice)|read\s+more\s+stories"
    r"|in\s+(?:other|case\s+you\s+missed)\s+news|up\s+next"
    r"|more\s+videos|top\s+videos|latest\s+videos"
    r"|readers\s+(?:also\s+)?read(?:\s+next)?|our\s+readers\s+(?:also\s+)?read(?:\s+next)?"
    r"|people\s+also\s+(?:read|viewed)"
    # the content-recommendation widgets' own headings, on many sites alike
    r"|around\s+the\s+web|from\s+the\s+web|sponsored\s+stories|promoted\s+stories"
    r"|partner\s+links|from\s+our\s+partners|popular\s+now|watch\s+next|read\s+this\s+next"
    r"|more\s+like\s+this|more\s+to\s+explore|explore\s+more|also\s+of\s+interest"
    r"|today[’']s\s+(?:headlines|top\s+stories)"
)
#: The same in the other languages the project detects (headings and labels of
#: related lists, "read also" lines).
RELATED_OTHER = phrases(
    # de
    "lesen sie auch", "lesen sie mehr", "lies auch", "mehr zum thema", "mehr dazu",
    "auch interessant", "ebenfalls interessant", "siehe auch", "ähnliche", "ähnliche artikel",
    "ähnliche themen", "passend zum artikel", "passend zum thema", "weitere artikel",
    "weiterführende links", "das könnte sie auch interessieren", "das könnte sie interessieren",
    "meistgelesen", "meistgelesene artikel", "zum thema", "weiterlesen", "lest auch",
    "meistkommentiert", "meistkommentierte artikel", "mehr ähnliche nachrichten",
    "ähnliche nachrichten", "mehr nachrichten", "weitere nachrichten", "die redaktion empfiehlt",
    "unsere empfehlungen", "das könnte dich auch interessieren", "empfehlungen für sie",
    "für sie empfohlen",
    # fr
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
    "voir aussi", "à voir aussi", "sur le même sujet", "les plus lus", "articles similaires",
    "nos recommandations", "la rédaction vous recommande", "recommandé pour vous",
    "recommandés pour vous",
    # es
    "lea también", "lee también", "leer más", "te puede interesar", "le puede interesar",
    "también te puede interesar", "noticia relacionada", "noticias relacionadas", "ver también",
    "lo más leído", "más noticias", "te recomendamos", "noticias similares",
    "recomendado para ti", "recomendados para ti",
    # it
    "leggi anche", "leggi pure", "potrebbe interessarti", "guarda anche", "articoli correlati",
    "i più letti", "altre notizie", "consigliati per te", "articolo correlato", "correlato",
    "correlati",
    # pt
    "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas",
    "mais lidas", "recomendado para você", "recomendados para você", "relacionado",
    "relacionada", "relacionados", "relacionadas",
    # nl
    "lees ook", "lees meer", "zie ook", "meer nieuws", "gerelateerde artikelen", "meest gelezen",
    "aanbevolen voor jou", "aanbevolen voor u", "gerelateerd",
    # nb/da/sv
    "les også", "les mer", "se også", "mest lest", "læs også", "læs mere", "mest læste",
    "läs också", "läs mer", "läs även", "se även", "mest lästa", "mest läst",
    "anbefalt for deg", "anbefalet til dig", "rekommenderat för dig", "relatert", "relateret",
    "relaterat", "relaterte", "relaterede", "relaterade",
    # pl
    "czytaj też", "czytaj także", "czytaj również", "czytaj więcej", "zobacz też",
    "zobacz także", "zobacz również", "przeczytaj też", "polecamy", "polecane", "powiązane",
    "najnowsze", "polecane dla ciebie", "relaterte emner", "relaterte saker",
    "relaterede emner", "relaterade ämnen",
    # tr
    "ayrıca okuyun", "devamını oku", "ilginizi çekebilir", "bunlar da ilginizi çekebilir",
    "ilgili haberler", "benzer haberler", "ilgili haber", "bu haberi de okuyun",
    "bunu da okuyun",
    # id/ms
    "baca juga", "baca selengkapnya", "berita terkait", "artikel terkait", "simak juga",
    "lihat juga", "berita lainnya", "rekomendasi untuk anda", "terpopuler",
    "paling banyak dibaca", "berita populer", "berita terpopuler", "paling popular",
    # vi
    "tin liên quan", "tin khác", "bài liên quan", "xem thêm", "đọc thêm", "đọc nhiều nhất",
    "tin đọc nhiều", "tin mới nhất",
    # cs/sk, ru/uk
    "čtěte také", "přečtěte si také", "související články", "čítajte aj",
    "читайте также", "читайте також", "по теме",
    # ja
    "関連記事", "あわせて読みたい", "関連ニュース", "続きを読む", "アクセスランキング",
    "よく読まれている記事", "人気記事", "関連",
    # the other languages the project detects: the same few labels news sites
    # set over a related list or before a "read also" line
    # fi, hu, ro
    "lue myös", "lue lisää", "katso myös", "aiheesta lisää", "luetuimmat",
    "kapcsolódó cikkek", "kapcsolódó hírek", "ezek is érdekelhetik", "legolvasottabb",
    "olvassa el ezt is", "olvasd el ezt is",
    "citește și", "citeste si", "vezi și", "vezi si", "articole similare", "știri similare",
    "cele mai citite",
    # hr/sr/bs (sh), sl, sk, cs
    "pročitajte još", "pročitajte i", "povezane vijesti", "povezane vesti", "povezani članci",
    "vezane vijesti", "najčitanije", "preberite tudi", "povezane novice", "sorodni članki",
    "najbolj brano", "súvisiace články", "prečítajte si aj", "najčítanejšie", "nejčtenější",
    "mohlo by vás zajímat",
    # lt, lv, et, is
    "skaitykite taip pat", "susiję straipsniai", "skaitomiausi", "lasi arī", "lasiet arī",
    "saistītie raksti", "lasītākie", "loe ka", "loe lisaks", "seotud artiklid",
    "lesið einnig", "tengdar fréttir", "fleiri fréttir", "mest lesið", "sjá einnig",
    # el, bg, mk, ru/uk
    "διαβάστε επίσης", "διαβάστε ακόμα", "σχετικά άρθρα", "σχετικές ειδήσεις", "τα πιο δημοφιλή",
    "δείτε επίσης", "прочетете още", "прочетете също", "свързани новини", "най-четени",
    "прочитајте повеќе", "поврзани вести", "похожие новости", "материалы по теме",
    "самое читаемое", "схожі новини", "читайте більше",
    # ca, pl, tr, nl, it, fr, pt, id/ms
    "llegiu també", "llegeix també", "vegeu també", "notícies relacionades",
    "przeczytaj także", "przeczytaj również", "najczęściej czytane", "powiązane artykuły",
    "podobne artykuły", "ilgili haber", "diğer haberler", "en çok okunanlar", "sıradaki haber",
    "ook interessant", "meer over dit onderwerp", "ti potrebbe interessare",
    "potrebbe interessarti anche", "dans la même rubrique", "à découvrir aussi", "veja mais",
    "mais notícias", "artikel berkaitan", "berita berkaitan", "baca lagi",
    # ko, zh, ja, ar, he, fa, hi
    "관련기사", "관련 기사", "관련뉴스", "많이 본 뉴스", "相关新闻", "相关阅读", "延伸阅读",
    "热门文章", "相關新聞", "相關閱讀", "延伸閱讀", "推荐阅读", "関連リンク", "おすすめ記事",
    "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة",
    "קראו גם", "כתבות נוספות", "עוד בנושא", "بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط",
    "यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें", "עוד באתר", "כתבות קשורות",
    # th
    "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวยอดนิยม",
)  # fmt: skip
RELATED_HEADING_WORDS = f"{RELATED_EN}|{RELATED_OTHER}"
#: The first words those headings start with (derived, never kept by hand).
HEADING_FIRST_WORDS = first_words(RELATED_EN) | first_words(RELATED_OTHER)
#: A related heading alone on its line (some trailing punctuation allowed).
RELATED_HEADING = re.compile(rf"^[\W_]*(?:{RELATED_HEADING_WORDS})\s*[:：.…»>›|｜–—-]*\s*$", re.I)
#: A label opening a one-line teaser: "Les også: …", "READ MORE | …", ">> Lesen Sie auch …".
#: A teaser line closed by a bracketed label in capitals ("China furious at
#: Macron over protest jibe [INSIGHT]", "… [VIDEO]", "… [FOTOS]"): a link.
TAGGED_TEASER = re.compile(r"\s\[[^\W\d_a-zà-ÿ]{3,}(?:\s[^\W\d_a-zà-ÿ]{2,})?\]\W*$")
#: ("MORE: …" too: a bare "More:" alone is too weak a heading; "【関連記事】…":
#: the label in lenticular brackets, as Japanese sites set it.)
RELATED_LABEL = re.compile(
    rf"^[\W_]*(?:{RELATED_HEADING_WORDS}|more(?=\s*:))\s*[:：»>›|｜–—】-]+\s*", re.I
)

# ------------------------------------------------------------------ ad markers

#: Lines that mark an ad slot or an embed the reader did not see; alone on
#: their line (one or several: "Advertisement Story continues below").
AD_MARKER_WORDS = phrases(
    "advertisement", "advertising", "advert", "sponsored content", "sponsored", "paid content",
    "story continues below", "article continues below", "continue reading below",
    "story continues below advertisement", "article continues after advertisement",
    "skip advertisement", "scroll to continue with content", "continue reading the main story",
    "article content",
    "anzeige", "werbung", "weiter nach der anzeige", "artikel wird unter der anzeige fortgesetzt",
    "externer inhalt nicht verfügbar", "empfohlener redaktioneller inhalt",
    "publicité", "la suite après la publicité", "publicidad", "pubblicità", "publicidade",
    "スポンサーリンク",
    "advertentie", "annonse", "annons", "annonce", "reklame", "reklama", "reklam", "iklan",
    "gesponsert", "sponsorisé", "contenu sponsorisé", "patrocinado", "contenido patrocinado",
    "gesponsord", "sponset", "sponsrat", "sponsoreret", "sponsorowane", "sponsorlu",
    "quảng cáo", "広告", "реклама",
    # advertisers' content, labelled so
    "advertorial", "annonsørinnhold", "annonsørinnhald", "annoncørbetalt indhold",
    "annoncørindhold", "artykuł sponsorowany", "materiał sponsorowany", "materiał promocyjny",
    "materiał promocyjny partnera", "tin tài trợ", "nội dung tài trợ", "スポンサーコンテンツ",
    "pr",
    # the other languages the detector names
    "mainos", "hirdetés", "publicitate", "reclamă", "oglas", "reklāma", "auglýsing",
    "διαφήμιση", "publicitat", "광고", "广告", "廣告", "إعلان", "פרסומת", "تبلیغات", "विज्ञापन",
    "โฆษณา",
)  # fmt: skip
AD_MARKER = re.compile(rf"(?:[\W_]*(?:{AD_MARKER_WORDS})[\W_]*\d{{0,2}}[\W_]*)+", re.I)
#: The word for an advertisement, as the line that stands for an ad slot says
#: the article goes on after it ("La suite après cette publicité", "Artikeln
#: fortsätter efter annonsen", "Lees verder na de advertentie").
AD_WORD = (
    r"advert\w*|ads?|anzeige\w*|werbung|publicit\w*|anuncio\w*|publicidad\w*|pubblicit\w*"
    r"|advertenti\w*|annon\w*|reklam\w*|iklan\w*|quảng\s+cáo|広告|реклам\w*|mainos\w*"
    r"|hirdetés\w*|διαφήμιση"
)
#: The word saying the article goes on ("continues", "fortgesetzt", "suite").
GOES_ON_WORD = (
    r"continu\w*|continú\w*|fortgesetzt|fortsetz\w*|weiter\w*|suite|sigue|segue|prosegue|verder"
    r"|fortsätter|fortsetter|fortsætter|dalej|devam\w*|lanjut\w*|berlanjut|tiếp\s+tục"
    r"|続き|続く|продолж\w*|jatku\w*|folyt\w*"
)
#: Where the article goes on: after or below the ad.
AFTER_WORD = (
    r"after|below|beneath|under|nach|unter|après|tras|después|dopo|sotto|após|depois|abaixo"
    r"|na|onder|efter|etter|nedenfor|nedan|pod|po|sonra|setelah|sau|後|после"
)
#: Such a line: the three words, a few others at most, no sentence's end.
AD_SLOT_LINE = re.compile(
    rf"(?=.*{WORD_START}(?:{AD_WORD}){WORD_END})(?=.*{WORD_START}(?:{GOES_ON_WORD}){WORD_END})"
    rf"(?=.*{WORD_START}(?:{AFTER_WORD}){WORD_END})"
    r"[^.!?。]{0,70}(?:…|\.\.\.)?",
    re.I,
)
#: A sponsor's word, inflected ("gesponserte", "sponsrat", "sponset").
SPONSORED_WORD = r"\w*spons(?:[oe]?r\w*|et)|patrocinad\w*"
#: The word for content ("Inhalte", "innhold", "treść").
CONTENT_WORD = (
    r"content|inhalt\w*|contenu\w*|contenido\w*|contenut\w*|conteúdo\w*|inhoud|innehåll"
    r"|innhold|indhold|treść|içerik|konten|sisältö|tartalom"
)
#: Content a sponsor paid for, labelled so on a line of its own ("Gesponserter
#: Inhalt", "Contenuto sponsorizzato", "Sponsrat innehåll").
SPONSORED_LINE = re.compile(
    rf"[\W_]*(?:{SPONSORED_WORD})\s+(?:{CONTENT_WORD})[\W_]*"
    rf"|[\W_]*(?:{CONTENT_WORD})\s+(?:{SPONSORED_WORD})[\W_]*",
    re.I,
)
#: A picture gallery's counter, its pictures gone: the position in it ("1/12",
#: "1 of 6", "Bild 3 von 10") or its size ("44 Bilder", "12 photos").
GALLERY_COUNT = re.compile(
    r"(?:(?:bild|foto|photo|image|picture|slide|page|seite|página|pagina|strona|sayfa|halaman"
    r"|trang|side|sida|sivu)\s+)?\d{1,3}\s*(?:/|von|of|de|di|van|av|af|z|dari)\s*\d{1,3}"
    r"|(?:(?:view|see|show)\s+(?:all\s+)?)?"  # "View 6 Images": the gallery's button
    r"\d{1,3}\s+(?:bilder|fotos|photos|images|pictures|fotografías|immagini|foto's|zdjęć|zdjęcia"
    r"|fotoğraf)",
    re.I,
)

#: Notices standing in for an embed the reader's consent settings hid
#: ("Externer Inhalt nicht verfügbar", "Deine Privatsphäre-Einstellungen
#: verhindern …"); matched against lower-cased text.
EMBED_NOTICE_WORDS = phrases(
    "external content", "externer inhalt", "externen inhalt", "externe inhalte",
    "privacy settings", "privatsphäre-einstellungen", "datenschutzeinstellungen",
    "cookie settings", "contenu externe", "contenido externo", "contenuto esterno",
    "conteúdo externo", "externe inhoud", "eksternt innhold", "extern innehåll",
)  # fmt: skip
EMBED_NOTICE = re.compile(rf"{WORD_START}(?:{EMBED_NOTICE_WORDS.lower()}){WORD_END}")

# --------------------------------------------------- newsletters, subscriptions

#: Words of subscription, newsletter, sign-up, donation and app offers.
SUBSCRIPTION_WORDS = phrases(
    "newsletter", "newsletters", "subscribe", "subscribing", "subscription", "subscriptions",
    "subscribers", "already a subscriber", "sign in to continue reading",
    "log in to continue reading",
    "sign up", "signing up", "in your inbox", "to your inbox", "join nrplus",
    "abonnieren", "abonniere", "abonnement", "abonnenten", "kostenlos testen", "gratis testen",
    "jetzt testen", "unterstützen sie uns", "spende", "jetzt abschließen",
    "abonnez-vous", "s'abonner", "abonné", "abonnés", "inscrivez-vous",
    "suscríbete", "suscribete", "suscripción", "suscriptores", "boletín",
    "iscriviti", "abbonati", "abbonamento",
    "assine", "assinante", "assinantes", "assinatura", "inscreva-se",
    "abonneer", "nieuwsbrief", "schrijf je in",
    "abonnér", "abonner", "abonnent", "nyhetsbrev", "nyhedsbrev", "prenumerera",
    "prenumeration", "subskrybuj", "prenumerata", "zapisz się", "masz już konto", "abone ol",
    "abone olun", "abonelik", "abonelere", "bülten", "bültenimize", "berlangganan", "langganan",
    "đăng ký nhận", "会員登録", "メルマガ", "購読", "ニュースレター", "langgan", "surat berita",
    # the sign-up's own verb where it names no newsletter ("meld deg på her")
    "lettre d'information", "lettre d’information", "meld deg på", "meld dig på",
    "meld dig til", "anmäl dig", "üye olun", "メールマガジン", "zostań subskrybentem",
    "trở thành hội viên", "đăng ký gói",
    # trials, member and support appeals, app and shop offers, more-stories plugs
    "free trial", "special offers", "affiliate commission",
    "support our journalism", "support independent journalism", "invest in journalism",
    "become a member", "download our app", "download the app",
    "for more stories like this", "delivered to your door",
    "probeabo", "testen sie", "jetzt unterstützen", "unterstützen sie",
    "kostenlos registrieren", "app herunterladen", "laden sie unsere app",
    "braucht deine unterstützung", "braucht ihre unterstützung", "unabhängiger journalismus",
    "zum angebot",
    "essai gratuit", "offre spéciale", "soutenez", "téléchargez l'application",
    "prueba gratis", "apóyanos", "hazte socio", "descarga la app",
    "prova gratis", "sostienici", "scarica l'app",
    "teste grátis", "apoie", "baixe o app",
    "proef gratis", "word abonnee", "steun ons",
    "prøv gratis", "bli abonnent", "støtt", "prova gratis", "bli prenumerant", "stöd oss",
    "wypróbuj", "wesprzyj", "ücretsiz dene", "destek ol", "dukung kami", "unduh aplikasi",
    "ủng hộ", "有料会員", "無料で読む",
    # the news delivered to the reader's inbox, the site's app, a trial's first weeks
    "in ihr postfach", "in dein postfach", "ins postfach", "dans votre boîte mail",
    "dans votre boîte de réception", "en tu correo", "en tu bandeja de entrada",
    "nella tua casella", "nella tua email", "no seu e-mail", "no seu email",
    "na sua caixa de entrada", "in je mailbox", "in je inbox", "in uw mailbox", "i innboksen",
    "i din innboks", "i din inkorg", "i din indbakke", "na twoją skrzynkę", "e-posta kutunuza",
    "téléchargez notre application", "descarga nuestra aplicación", "descarga nuestra app",
    "scarica la nostra app", "baixe o nosso aplicativo", "baixe nosso aplicativo",
    "download onze app", "last ned appen", "ladda ner appen", "hent appen",
    "pobierz aplikację", "uygulamamızı indirin", "kotak masuk anda", "muat turun aplikasi",
    "tải ứng dụng", "アプリをダウンロード", "メールでお届け", "скачайте приложение",
    "скачайте наше приложение", "stáhněte si aplikaci", "stáhněte si naši aplikaci",
    "lataa sovellus", "lataa sovelluksemme", "töltse le alkalmazásunkat",
    "töltse le az alkalmazást", "descarcă aplicația", "κατεβάστε την εφαρμογή", "앱 다운로드",
    "下载我们的应用", "下载应用",
    "wochen gratis", "wochen kostenlos", "wochen testen", "monat gratis", "monat kostenlos",
    "mois offert", "premier mois offert", "mes gratis", "primer mes gratis", "mese gratis",
    "mês grátis", "maand gratis", "måned gratis", "månad gratis", "wykup subskrypcję",
    "subskrypcję", "subskrypcja",
    # the other languages the detector names: subscribe, the newsletter, a trial
    "tilaa", "tilaajaksi", "uutiskirje", "uutiskirjeen", "feliratkozás", "iratkozzon fel",
    "hírlevél", "hírlevelünkre", "előfizetés", "abonează-te", "abonamentul", "abonament",
    "pretplati se", "pretplatite se", "pretplata", "prijavite se na newsletter",
    "naročite se", "naročnina", "přihlaste se k odběru", "předplatné", "odoberajte",
    "predplatné", "подпишитесь", "подписаться", "подписка", "рассылка", "підпишіться",
    "підписка", "розсилка", "абонирайте се", "абонамент", "бюлетин", "prenumeruokite",
    "prenumerata", "naujienlaiškis", "abonē", "abonements", "jaunumi e-pastā",
    "áskrift", "fréttabréf", "εγγραφείτε", "συνδρομή", "ενημερωτικό δελτίο", "subscriu-te",
    "butlletí", "구독", "구독하기", "뉴스레터", "订阅", "訂閱", "اشترك", "النشرة الإخبارية",
    "הירשמו", "ניוזלטר", "عضویت در خبرنامه", "सब्सक्राइब", "न्यूज़लेटर",
)  # fmt: skip
#: Calls to action: a line that sends the reader off to click, or to the
#: site's coverage elsewhere ("Click here for more information.", "GET FOX
#: BUSINESS ON THE GO BY CLICKING HERE", "Follow AP's full coverage of …").
#: Offer words like the ones above, read with the same evidence (a short line
#: whose words the article does not use elsewhere), but among the last lines
#: only: amid the article such a line may be the article's own pointer.
CALL_TO_ACTION_WORDS = phrases(
    "click here", "clicking here", "tap here", "click the link", "full coverage",
    "hier klicken", "klicken sie hier", "klicken sie auf", "hier geht es zum", "hier geht's zum",
    "cliquez ici", "cliquez sur", "haz clic", "haga clic", "pulsa aquí", "pincha aquí",
    "clicca qui", "clique aqui", "clica aqui", "klik hier", "klikk her", "klik her",
    "klicka här", "kliknij tutaj", "kliknij tu", "buraya tıklayın", "buraya tıklayınız",
    "klik di sini", "klik disini", "bấm vào đây", "nhấn vào đây", "こちらをクリック",
)  # fmt: skip
#: Matched against lower-cased text.
CALL_TO_ACTION = re.compile(rf"{WORD_START}(?:{CALL_TO_ACTION_WORDS.lower()}){WORD_END}")
#: Offer and call-to-action words, matched against lower-cased text
#: (case-sensitive: twice as fast).
SUBSCRIPTION = re.compile(
    rf"{WORD_START}(?:{by_first_letter(f'{SUBSCRIPTION_WORDS}|{CALL_TO_ACTION_WORDS}'.lower())})"
    rf"{WORD_END}"
)
#: An app or a trial offered in the imperative, in any wording between the
#: verb and its object ("Download the Westbridge Herald app", "Laden Sie jetzt
#: unsere kostenlose News-App herunter", "Probeer Premium 14 dagen gratis"):
#: the verb, at most four words, then the app or "free" (lower-cased text).
APP_VERBS = (
    r"download|téléchargez|descarga|descargue|scarica|baixe|descarregue|ladda\s+ner|last\s+ned"
    r"|hent|pobierz|indir|unduh|tải|laden\s+sie|lade|holen\s+sie"
)
APP_WORDS = (
    r"[\w-]*app|appen|application|aplicación|applicazione|aplicativo|aplicação|aplikacj\w*"
    r"|uygulama\w*|aplikasi|ứng\s+dụng"
)
TRY_VERBS = (
    r"try|start\s+your|essayez|prueba|pruebe|prova|experimente|probeer|prøv|testen\s+sie"
    r"|wypróbuj|coba"
)
#: "Free", as an offer says it.
FREE_WORDS = r"free|gratis|kostenlos\w*|gratuit\w*|grátis|ücretsiz|za\s+darmo"
APP_OFFER = re.compile(
    rf"(?<!\w)(?:{by_first_letter(APP_VERBS)})(?!\w)(?:\W+\w+){{0,4}}?\W+(?:{APP_WORDS})(?!\w)"
    rf"|(?<!\w)(?:{by_first_letter(TRY_VERBS)})(?!\w)(?:\W+\w+){{0,5}}?\W+(?:{FREE_WORDS})(?!\w)"
)
#: The cheap test before ``APP_OFFER``: what it offers, anywhere in the line
#: (a literal search: few lines hold one).
APP_OFFER_OBJECT = re.compile(
    r"app|aplica|applica|aplikac|uygulama|aplikasi|ứng\s+dụng|free|gratis|kostenlos|gratuit"
    r"|grátis|ücretsiz|darmo"
)
#: A price: a currency sign or code before an amount ("$4.99", "Rs 599", "R$ 9,90")
#: or after it ("5,99 €", "49 kr", "19 zł", "990円"). An offer naming its price may
#: run longer than other offers (what it includes, a promo code).
PRICE = re.compile(
    r"(?:[$€£¥₹₩₺]|(?<!\w)(?:Rs\.?|INR|USD|EUR|GBP|CHF|R\$|Rp|TL)\s?)\d"
    r"|\d(?:[\d.,]*\d)?\s?(?:[€£₹₺円]|(?:EUR|euros?|Euro|kr|zł|TL|dollars?)(?!\w))"
)
#: Words by which a line speaks to the reader or as the site ("you", "our",
#: "Sie"-forms but the ambiguous "sie", "vous", "nuestro", "this page"): an
#: offer amid the article does, an article's line about subscriptions seldom.
#: Matched against lower-cased text.
READER_ADDRESS_WORDS = phrases(
    "you", "your", "our", "us", "this page", "this site", "this article",
    "ihnen", "ihr", "ihre", "unser", "unsere", "unseren", "unserer", "du", "dein", "deine",
    "dich", "dir", "diese seite", "dieser seite",
    "vous", "votre", "vos", "notre", "nos", "cette page",
    "usted", "ustedes", "nuestro", "nuestra", "nuestros", "nuestras", "esta página",
    "vostro", "vostra", "nostro", "nostra", "nostri", "nostre", "questa pagina",
    "você", "vocês", "nosso", "nossa", "nossos", "nossas", "esta página",
    "uw", "jouw", "onze", "deze pagina",
    "deg", "dig", "dere", "vår", "våre", "vores", "våra",
    "twój", "twoja", "nasz", "nasza", "sizin", "bizim", "anda", "kami",
)  # fmt: skip
READER_ADDRESS = re.compile(rf"(?<!\w)(?:{READER_ADDRESS_WORDS.lower()})(?!\w)")
#: More of the reader addressed, where the words above leave it out as
#: ambiguous: the formal German "Sie" inside a sentence (case kept: "sie" is
#: "she" or "they"), the Spanish and Portuguese familiar forms, and "please"
#: (an appeal's, a notice's). Matched against the text as written.
READER_APPEAL = re.compile(
    r"(?<=[\w,] )(?:Sie|Ihnen|Ihr|Ihre)(?!\w)"
    r"|(?<!\w)(?i:tu|tus|te|teu|tua|please|bitte|s'il vous plaît|por favor|per favore"
    r"|alsjeblieft|alstublieft|vennligst|venligst|vänligen|proszę|lütfen|silakan|vui lòng)(?!\w)"
)
#: The same anywhere in a line, in the scripts the offer search leaves out too
#: (lower-cased text).
FREE_OFFER = re.compile(rf"(?<!\w)(?:{FREE_WORDS}|miễn\s+phí|無料|免费)(?!\w)")
#: Feedback and rating widgets ("Wie hat Ihnen dieser Artikel gefallen?").
FEEDBACK = re.compile(
    r"(?:did\s+you\s+(?:like|enjoy)|(?:was|is)\s+this\s+(?:article|story)\s+(?:helpful|useful)"
    r"|rate\s+this\s+(?:article|story)|(?:wie\s+)?hat\s+ihnen\s+(?:dieser|der)\s+artikel"
    r"\s+gefallen|durchschnittliche\s+bewertung|average\s+rating|cet\s+article\s+vous\s+a"
    r"|¿te\s+ha\s+gustado|ti\s+è\s+piaciuto)",
    re.I,
)
#: A line led by an arrow that points the reader elsewhere (">> Hier finden Sie …").
LINK_ARROW = re.compile(r"^\s*(?:>>|→|⇒)\s*\S")
#: Follow-us lines: a verb of following and a network.
FOLLOW_VERB = phrases(
    "follow", "folgen sie", "folgst du", "folge", "suivez", "síguenos", "siguenos", "seguici",
    "siga", "segue", "volg", "følg", "følger", "följ", "obserwuj", "takip edin", "ikuti",
    "theo dõi", "join us", "like us", "sertai", "simak", "подписывайтесь", "подпишитесь на нас",
    "следите за нами", "стежте за нами", "sledujte", "seuraa", "kövessen", "kövess",
    "urmărește-ne", "urmăriți-ne", "ακολουθήστε",
    "تابعونا", "تابعنا", "עקבו אחרינו", "עקבו", "关注", "關注", "ติดตาม",
)  # fmt: skip
NETWORK = phrases(
    "twitter", "facebook", "instagram", "whatsapp", "telegram", "tiktok", "youtube",
    "linkedin", "threads", "bluesky", "mastodon", "google news", "snapchat",
    "whatsapp-kanal", "x", "weibo", "微博", "wechat", "微信", "vk", "вконтакте", "zalo",
    "페이스북", "트위터", "인스타그램", "유튜브", "카카오톡",
    # ar, fa, he (with the preposition Hebrew writes on the name), hi, th
    "تويتر", "فيسبوك", "فيس بوك", "إنستغرام", "انستغرام", "يوتيوب", "تلغرام", "تيليجرام",
    "واتساب", "توییتر", "تلگرام", "اینستاگرام", "فیسبوک", "یوتیوب", "واتساپ",
    "טוויטר", "פייסבוק", "אינסטגרם", "טלגרם", "יוטיוב", "וואטסאפ", "בטוויטר", "בפייסבוק",
    "באינסטגרם", "בטלגרם", "ביוטיוב", "ट्विटर", "फेसबुक", "इंस्टाग्राम", "यूट्यूब",
    "टेलीग्राम", "व्हाट्सएप", "ทวิตเตอร์", "เฟซบุ๊ก", "อินสตาแกรม", "ยูทูบ", "ไลน์",
)  # fmt: skip
#: Languages that put the verb last name the network first ("Bizi Twitter'dan
#: takip edin").
FOLLOW_VERB_LAST = phrases(
    "takip edin", "takip et", "フォロー", "팔로우", "关注", "關注", "دنبال کنید", "फॉलो करें",
)  # fmt: skip
#: A network's name as inflected languages end it ("na Facebooku", "na Twitterze",
#: "Facebookissa"); the name and its ending six letters at least ("X" takes none).
NETWORK_ENDING = r"(?:[^\W\d_]{1,4}(?<=\w{6}))?"
#: Matched against lower-cased text. Both forms open at a word start, asked
#: once before the two (inside a word the engine moves on at once, where an
#: alternation would first be set up at every character).
FOLLOW_US = re.compile(
    rf"{WORD_START}(?:(?:{by_first_letter(FOLLOW_VERB.lower())}){WORD_END}.{{0,60}}{WORD_START}"
    rf"(?:{NETWORK.lower()}){NETWORK_ENDING}{WORD_END}"
    rf"|(?:{by_first_letter(NETWORK.lower())}){WORD_END}.{{0,30}}{WORD_START}"
    rf"(?:{FOLLOW_VERB_LAST}){WORD_END})"
)
#: Calls to share the article or join the site's channel, in the imperative
#: (a report says "shared", "joined"): "Share this article", "Partagez cet
#: article", "Únete a nuestro canal de WhatsApp".
SHARE_VERB = phrases(
    "share this", "join our", "teilen sie", "teile", "partagez", "rejoignez", "comparte",
    "compártelo", "compártela", "únete", "unete", "condividi", "unisciti", "partilhe",
    "compartilhe", "junte-se", "deel", "dela gärna", "dela", "del gerne", "udostępnij",
    "dołącz", "paylaşın", "katılın", "bagikan", "gabung", "bergabunglah", "like our",
    "del denne", "del artiklen", "del saken", "chia sẻ bài viết", "hãy đăng ký kênh",
)  # fmt: skip
#: The social networks in general, as such a call names them.
SOCIAL_WORDS = phrases(
    "social media", "social networks", "sozialen netzwerken", "sozialen medien",
    "réseaux sociaux", "redes sociales", "redes sociais", "social", "sociale media",
    "sociala medier", "sosiale medier", "sociale medier", "mediach społecznościowych",
    "sosyal medya", "media sosial", "e-mail", "email", "kanal", "canal", "chaîne", "canale",
)  # fmt: skip
#: Matched against lower-cased text: the verb opening the line (a call, not a
#: report: "users share this on Facebook"), then a network within a few words.
SHARE_US = re.compile(
    rf"^[\W_]*(?:{SHARE_VERB.lower()}){WORD_END}.{{0,60}}{WORD_START}"
    rf"(?:{NETWORK.lower()}|{SOCIAL_WORDS.lower()}){NETWORK_ENDING}{WORD_END}"
)

# ------------------------------------------------------------ timestamps

#: Month names and abbreviations (en, de, fr, es, it, pt, nl, nb/da/sv, pl, tr, id).
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar februar märz juni juli oktober dezember jänner mrz mär okt dez "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "januari februari maart mei augustus "
    "mars mai juni desember januar februar mai oktober maj augusti "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia "
    # a month with a year alone is named in the nominative ("Wrzesień 2006", "Březen 2019")
    "styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik "
    "listopad grudzień "  # pl
    "leden únor březen duben květen červen červenec srpen říjen prosinec "  # cs
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
    "maret agustus desember mei "
    # the other languages the detector names (the genitive where a date uses it)
    "januari februari april augusti oktober december marts "  # sv, da
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta "  # fi
    "január február március április május június július augusztus szeptember október "  # hu
    "ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie "
    "decembrie "  # ro
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
    "studenoga prosinca septembar oktobar novembar decembar avgust "  # hr, sr, bs
    "januarja februarja aprila junija julija avgusta septembra oktobra novembra "
    "decembra "  # sl
    "ledna února března dubna května června července srpna září října listopadu "
    "prosince januára februára apríla mája júna júla augusta októbra "  # cs, sk
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio "  # lt
    "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī "
    "novembrī decembrī "  # lv
    "janúar febrúar apríl maí júní júlí ágúst október nóvember desember "  # is
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου "
    "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου "  # el
    "января февраля марта апреля мая июня июля августа сентября октября ноября "
    "декабря січня лютого березня квітня травня червня липня серпня вересня жовтня "
    "листопада грудня януари февруари април юни юли септември октомври ноември "
    "декември "  # ru, uk, bg
    "gener febrer març maig juny juliol agost setembre octubre novembre desembre"  # ca
)
#: Labels of publication and update stamps.
PUBLICATION_LABELS = (
    "updated published posted last modified aktualisiert veröffentlicht publiziert stand "
    "zuletzt "
    "publié mis jour actualizado publicado aggiornato pubblicato atualizado bijgewerkt "
    "gepubliceerd oppdatert publisert opdateret publiceret uppdaterad publicerad "
    "zaktualizowano opublikowano aktualizacja publikacja güncelleme güncellendi yayınlanma "
    "diperbarui "
    "dipublikasikan cập nhật erschienen "
    # the other languages the detector names
    "julkaistu päivitetty közzétéve frissítve publicat actualizat objavljeno ažurirano "
    "objavljeno posodobljeno zveřejněno aktualizováno publikované aktualizované paskelbta "
    "atnaujinta publicēts atjaunināts birt uppfært δημοσιεύθηκε ενημερώθηκε опубликовано "
    "обновлено опубліковано оновлено публикувано обновено actualitzat"
)
PUBLICATION_LABEL = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, PUBLICATION_LABELS.split())) + r")(?!\w)", re.I
)
#: Weekday names (and the English abbreviations) that open a dateline or a
#: stamp ("Friday, 22 Nov 2024"), in the languages the detector names.
WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
    "senin selasa rabu kamis jumat sabtu minggu "
    "понедельник вторник среда четверг пятница суббота воскресенье"
)
#: What else a timestamp line holds: times of day, zones, weekdays, little words.
TIMESTAMP_WORDS = (
    "uhr am pm a.m p.m h gmt utc cet cest bst est edt pst pdt ist jst "
    "cst cdt mst mdt mez mesz eet eest msk hkt sgt myt wib ict pht kst aest aedt awst "
    "nzst nzdt sast "
    "on at le à um de del do da kl klo son u ob v o la les las a στις в о m d gada "
    # "at" and "the" before a date or time in more languages ("el 22 nov", "alle
    # 16:55", "om 16:55", "às 16h"); the US zones as AP writes them ("4:55 p.m. ET")
    "el il alle om às em et ct pt "
    # Vietnamese weekdays are two words, the second a numeral ("Thứ sáu", "Chủ nhật")
    "thứ hai ba tư năm sáu bảy chủ nhật "
    # today and yesterday ("Heute, 12:37 Uhr")
    "today yesterday heute gestern aujourd'hui hoy ayer oggi ieri hoje ontem vandaag "
    "gisteren idag igår dzisiaj wczoraj bugün dün " + PUBLICATION_LABELS + " " + WEEKDAY_NAMES
)
TIMESTAMP_TOKEN = re.compile(
    r"\d{1,2}h\d{2}(?!\w)|\d{1,2}:\d{2}h(?!\w)|\d{1,2}(?:st|nd|rd|th)(?!\w)|"
    r"(?:\d{2,4}年)?\d{1,2}月\d{1,2}日|\d+(?:[.:/,-]\d+)*\.?|(?<!\w)(?:"
    # the longest word first; grouped by first letter (no two of which match
    # the same letter, whatever its case): one branch tried per letter
    + by_first_letter(
        "|".join(sorted(map(re.escape, {*MONTHS.split(), *TIMESTAMP_WORDS.split()}), key=len)[::-1])
    )
    + r")\.?(?![^\W\d_])",
    re.I,
)
#: A time counted back from now, as a page stamps its stories and teasers
#: ("13 hours ago", "vor 3 Stunden", "il y a 2 h", "3 saat önce", "3時間前"): a
#: number, a unit, and the language's word for "ago" after or before them.
RELATIVE_UNITS = (
    "seconds second secs sec minutes minute mins min hours hour hrs hr h days day d weeks week "
    "wks wk months month mos mo years year yrs yr m "
    "sekunden sekunde minuten stunden stunde std tagen tag wochen woche monaten monat jahren "
    "jahr secondes seconde heures heure jours jour semaines semaine mois ans an "
    "segundos segundo minutos minuto horas hora días día semanas semana meses mes años año "
    "dias dia mês anos ano secondi minuti ore ora giorni giorno settimane settimana mesi mese "
    "anni anno seconden minuut uur dagen dag weken maanden maand jaar sekunder minutter "
    "minuter timer timmar timme time døgn dager dage dagar uker uke uger uge veckor vecka "
    "måneder måned månader månad år sekund sekundy minut minuty minutę godzin godziny godzinę "
    "godz dni dzień tygodni tydzień miesięcy miesiące lat saniye dakika dk saat gün hafta ay "
    "yıl detik menit jam hari minggu bulan tahun giây phút giờ ngày tuần tháng năm "
    # the other languages the detector names
    "sekuntia minuuttia tuntia päivää viikkoa kuukautta vuotta "  # fi
    "sekundami minutami hodinami hodinou dny dňami týdny týždňami měsíci mesiacmi lety rokmi "
    "секунд секунды минут минуты минуту час часа часов день дня дней неделю недели недель "
    "месяц месяца месяцев год года лет хвилин хвилину хвилини годину години годин дні днів "
    "тиждень тижні місяці місяців років рік секунди минути минута дни ден седмици месеца "
    "година sekundi minuta sata sati dana tjedna mjeseci godina godine urami uro dnevi dnem "
    "tedni meseci leti secunde ore oră zile zi săptămâni luni ani δευτερόλεπτα λεπτά λεπτό "
    "ώρες ώρα μέρες ημέρες εβδομάδες μήνες χρόνια sekundes minutes minutę valandas valandą "
    "dienas dieną savaites mėnesius metus sekundēm minūtēm stundām stundas dienām nedēļām "
    "mēnešiem gadiem sekúndum mínútum klukkustundum dögum vikum mánuðum árum segons minuts "
    "hores dies setmanes mesos anys "
    "ثانية ثوان دقيقة دقائق ساعة ساعات يوم أيام أسبوع أسابيع شهر أشهر سنة سنوات "  # ar
    "שניות דקות דקה שעה שעות יום ימים שבוע שבועות חודש חודשים שנה שנים"  # he
)
RELATIVE_AFTER = phrases(
    "yang lalu",
    "ago",
    "geleden",
    "siden",
    "sedan",
    "temu",
    "önce",
    "fa",
    "lalu",
    "trước",
    "назад",
    "atrás",
    "sitten",
    "тому",
)
RELATIVE_BEFORE = phrases(
    "il y a", "vor", "hace", "há", "fa", "před", "pred", "преди", "prije", "acum", "πριν από",
    "πριν", "prieš", "pirms", "fyrir", "منذ", "לפני",
)  # fmt: skip
_UNIT = "|".join(sorted(map(re.escape, RELATIVE_UNITS.split()), key=len)[::-1])
#: Japanese and Chinese write the unit and "before" without spaces: "3時間前".
_CJK_RELATIVE = (
    r"\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年|分钟|分鐘|小时|小時|天|周|個月|个月)前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전"  # Korean: "3시간 전"
)
RELATIVE_TIME = re.compile(
    rf"(?<!\w)(?:(?:{RELATIVE_BEFORE})\s+)?\d+\s*(?:{_UNIT})\.?"
    rf"(?:\s+(?:{RELATIVE_AFTER}))?(?!\w)|{_CJK_RELATIVE}",
    re.I,
)
#: The word a relative time cannot go without: "ago" or its like.
RELATIVE_MARK = re.compile(
    rf"(?<!\w)(?:{RELATIVE_AFTER}|{RELATIVE_BEFORE})(?!\w)|{_CJK_RELATIVE}", re.I
)
#: A reading or listening time ("5 min read", "Lesezeit: 3 Min.", "Temps de
#: lecture : 4 min"): the number of minutes and the word for reading.
READING_TIME = re.compile(
    r"(?<!\w)(?:(?:\d+\s*(?:minutes?|mins?|minuten|minutos|minuti|minuter|minutter|minut)\.?\s+"
    r"(?:read|reading|listen|lesezeit|lecture|de lecture|de lectura|di lettura|de leitura|"
    r"leestijd|lesetid|läsetid|czytania|okuma|baca))|(?:reading time|read time|lesezeit|"
    r"temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lesetid|"
    r"läsetid|læsetid|czas czytania|okuma süresi|waktu baca)\s*:?\s*\d+\s*(?:minutes?|mins?|"
    r"minuten|minutos|minuti|minuter|minutter|minut|min)\.?"
    # a teaser's reading time without its label ("4 min."): a line of nothing
    # else only, as every rule here; minutes after a plus sign are a match's
    # added time ("90.+4 Min.", a live ticker's minute)
    r"|(?<!\+)\d{1,3}\s*min\.)(?!\w)",
    re.I,
)
#: Dates and times in a timestamp line: a full date or a month's name, and a
#: time of day ("05.08.2024", "11/19/2019", "Januar", "20:59").
NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:\d{2,4}年)?\d{1,2}月\d{1,2}日")
MONTH = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, MONTHS.split())) + r")(?!\w)", re.I)
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")  # "14h20": French
#: A media player's length or position ("01:43 min", "00:00 / 03:15").
MEDIA_DURATION = re.compile(
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?\s*(?:min\.?|mins)?", re.I
)
#: The button of the article's audio player, in the major languages.
LISTEN_WORDS = phrases(
    "listen to this article", "listen to this story", "listen to the article",
    "listen to article", "listen", "artikel anhören", "beitrag anhören", "anhören",
    "artikel vorlesen", "vorlesen", "écouter cet article", "écouter l'article",
    "écouter l’article", "écouter", "escuchar este artículo", "escuchar el artículo",
    "escuchar", "ascolta l'articolo", "ascolta l’articolo", "ascolta", "ouvir este artigo",
    "ouvir o artigo", "ouvir", "luister naar dit artikel", "artikel beluisteren", "beluister",
    "lyssna på artikeln", "lyssna", "lytt til artikkelen", "lytt", "lyt til artiklen", "lyt",
    "posłuchaj artykułu", "posłuchaj", "haberi dinle", "dinle", "dengarkan artikel",
    "dengarkan", "nghe bài viết", "nghe",
)  # fmt: skip
#: An audio player's button alone, or with the player's position or length
#: ("Artikel anhören", "0:00 Anhören", "Artikel anhören(03:15 min)"), or one
#: of its playback speeds ("1.5x").
PLAYER_LABEL = re.compile(
    rf"(?:{MEDIA_DURATION.pattern}\s*)?(?:{LISTEN_WORDS})"
    rf"(?:\s*\(?\s*{MEDIA_DURATION.pattern}\s*\)?)?[\s.:]*"
    r"|\d(?:[.,]\d{1,2})?\s?[x×]",  # a playback speed ("1.5x")
    re.I,
)

# -------------------------------------------------- contact lines, source tags

#: Labels of a contact line ("Email: …", "Kontakt: …") and reach-me phrases.
CONTACT_LABEL = re.compile(
    r"(?<!\w)(?:e-?mail|mail|contact|kontakt|contatto|contacto|contato|courriel|correo"
    r"|e-?post|iletişim|kontak|liên hệ|may be reached|can be reached|reach (?:him|her|them)"
    r"|erreichen sie|write to|emailing|get in touch|schreiben sie uns|écrivez-nous|escríbenos"
    r"|scrivici|escreva para|mail ons|skriv til oss|napisz do nas|bize yazın|hubungi kami"
    # the other languages the detector names: e-mail, contact, write to us
    r"|sähköposti|yhteystiedot|ota yhteyttä|kapcsolat|írjon nekünk|adresa de e-mail"
    r"|contactați-ne|kontaktirajte nas|pišite nam|napište nám|napíšte nám|kontaktai|rašykite"
    r"|kontakti|rakstiet|netfang|hafðu samband|επικοινωνία|γράψτε μας|почта|контакты"
    r"|пишите нам|пошта|контакти|пишіть нам|пишете ни|contacte|escriu-nos|이메일|연락처"
    r"|邮箱|联系我们|البريد الإلكتروني|اتصل بنا|דוא\"ל|צור קשר|ایمیل|تماس با ما)(?!\w)",
    re.I,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A digit: the cheap test before a search for a date, a time or a number.
DIGIT = re.compile(r"\d")
#: A telephone number: seven digits or more, perhaps grouped by spaces,
#: dashes, dots or brackets, perhaps with a country code ("07700 900315",
#: "(11) 98765-4321", "+49 151 23456789"; the count is asked apart).
PHONE = re.compile(r"\+?\(?\d[\d\s().\-/]{5,18}\d")
#: A messaging channel a newsroom takes tips by, or its text messages.
TIP_CHANNEL = re.compile(
    r"(?<!\w)(?:whatsapp|telegram|signal|threema|viber|zalo|sms|imessage)(?!\w)", re.I
)
#: Labels of a source tag ("Quelle: ntv.de", "SOURCE: Al Jazeera").
SOURCE_LABEL_WORDS = phrases(
    "source", "sources", "quelle", "quellen", "kilde", "kilder", "källa", "bron", "fonte",
    "fuente", "źródło", "kaynak", "sumber", "nguồn", "zdroj", "источник", "джерело", "出典",
    "出所", "via", "sendung",  # a broadcaster's programme credit: "Sendung: hr-INFO, 25.04.2024"
    # the other languages the detector names
    "lähde", "forrás", "sursa", "sursă", "izvor", "vir", "šaltinis", "avots", "heimild",
    "πηγή", "източник", "извор", "font", "출처", "来源", "來源", "المصدر", "מקור", "منبع", "स्रोत",
)  # fmt: skip
SOURCE_TAG = re.compile(rf"^[\W_]*(?:{SOURCE_LABEL_WORDS})\s*[:：]\s*\S", re.I)
#: A web site named by its host ("ntv.de", "www.Helsenorge.no"): the value of
#: a source tag that names where the text comes from.
SITE_HOST = re.compile(r"(?<![\w@.])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?![\w.])")
#: Agency and contributor credits closing an article.
CREDIT_LINE = re.compile(
    r"^[\W_]*(?:(?:with\s+)?additional\s+reporting\s+by|with\s+reporting\s+by"
    r"|.{0,80}\bcontributed\s+to\s+this\s+report|mit\s+(?:agentur)?material\s+(?:von|der)"
    r"|mit\s+agenturmaterial|avec\s+(?:afp|ap|reuters|agences)|con\s+información\s+de"
    r"|com\s+(?:agências|informações\s+d[aeo]s?)|met\s+dank\s+aan"
    # a wire story's credits, "(Reporting by A; Editing by B)", and the editors'
    # label of a broadcaster's page, "Redaktion: A und B"
    r"|(?:reporting|writing|editing|edited|compiled)\s+by:?\s+(?-i:[A-Z])"
    r"|(?:redaktion|rédaction|redacción|redazione|redactie|redação|mitarbeit|editor|penulis"
    r"|penyunting|biên\s+tập)\s*[:：]\s*(?-i:[A-ZÀ-Þ]))",
    re.I,
)
#: A feed's footer naming where the post first appeared, as blog software
#: (WordPress, its SEO plug-ins) writes it under each post of a feed in the
#: site's language: "The post … appeared first on …", "Der Beitrag …
#: erschien zuerst auf …", "L’article … est apparu en premier sur …".
FEED_FOOTER = re.compile(
    r"^[\W_]*(?:the\s+post|der\s+beitrag|l[’']article|la\s+entrada|el\s+post|o\s+post"
    r"|het\s+bericht|inlägget|innlegget|indlægget|wpis|artykuł|bài\s+viết|artikel)\s"
    # the post's title, as a title opens: a capital, a figure or a quotation mark
    r"[\"“„«'‘]?(?-i:[^\W_a-zß-ÿ]).{0,300}?\s"
    r"(?:appeared\s+first\s+on|erschien\s+zuerst\s+auf|est\s+apparu\s+en\s+premier\s+sur"
    r"|se\s+publicó\s+primero\s+en|apareció\s+primero\s+en|apareceu\s+primeiro\s+(?:em|no|na)"
    r"|proviene\s+da|sembra\s+essere\s+il\s+primo\s+su|verscheen\s+eerst\s+op"
    r"|dök\s+först\s+upp\s+på|dukket\s+først\s+opp\s+på|blev\s+vist\s+først\s+på"
    r"|pochodzi\s+z\s+serwisu|xuất\s+hiện\s+đầu\s+tiên\s+tại"
    r"|pertama\s+kali\s+(?:muncul|tampil)\s+(?:di|pada))\s+\S.{0,120}$",
    re.I,
)
#: Taxonomy lines: the page's tags and filing, not the article.
TAXONOMY = re.compile(
    r"^[\W_]*(?:filed\s+(?:under|in)|tags?|tagged|topics|schlagwörter|themen|étiquettes"
    r"|etiquetas|etichette|emneord|tagi|etiketler|label|thẻ)\s*[:|]",
    re.I,
)

# --------------------------------------------------------- the HTML pre-pass

#: Whole-text headings that open a furniture section in the HTML (matched
#: against the heading's normalised text, trailing colon removed): related
#: headings, a bare "more", comments, newsletters, share and author boxes.
SECTION_HEADINGS = re.compile(
    rf"(?:{RELATED_HEADING_WORDS}"
    r"|more|(?:watch)\s+(?:more|next|also)|see\s+next|popular(?:\s+now)?"
    r"|top\s+(?:read|popular|viewed|shared)(?:\s+(?:stories|articles))?"
    r"|(?:top rated |latest |reader )?comments?(?: \(\d+\))?|\d+ comments?"
    r"|(?:join the )?conversation"
    r"|leave a (?:reply|comment)|add (?:a|your) comment|post a comment|have your say|discussion"
    r"|(?:sign up|subscribe)(?: (?:for|to) (?:our|the) [\w ]{0,30}newsletters?| now| today)?"
    r"|newsletters?|get (?:our|the) [\w ]{0,30}newsletter|share (?:this|the) (?:story|article|post)"
    r"|about the authors?|about (?:the )?writer|author bio"
    r")",
    re.IGNORECASE,
)

#: Labels that open a one-line teaser for another article inside the body
#: ("Related: …", "READ MORE: …"); the pre-pass removes such a line when the
#: rest is mostly link text.
TEASER_LABEL = re.compile(
    rf"^\s*(?:{RELATED_HEADING_WORDS}|more|watch|listen|click here|must read"
    r"|related video|latest)\s*[:|»>\-–—]",
    re.IGNORECASE,
)

#: Short paragraphs that invite the reader to do something other than read
#: the article: follow, subscribe, sign up, send a tip, share. Matched against
#: short paragraphs only.
PROMO_LINES = re.compile(
    # one anchor for the line-start invitations (a search would try each at
    # every position), then the phrases found anywhere
    r"^(?:"
    r"(?:follow|like|join) (?:us|\w+(?: \w+){0,3}) on "
    r"(?:twitter|facebook|instagram|linkedin|youtube|tiktok)"
    r"|(?:sign up|subscribe)(?: now| today| here)? (?:for|to) (?:our|the|\w+[’']s) "
    r"|have a (?:news )?tip\b|got a (?:news )?tip\b"
    # taxonomy and reading-time lines
    r"|filed (?:under|in)\b|tags?\s*:|tagged\s*:|\d+\s*min(?:ute)?s? read$"
    r"|(?:reading time|estimated reading time|tempo de leitura|tiempo de lectura|lesezeit"
    r"|temps de lecture)\s*:?"
    r"|(?:advertisement|advertising|advert|sponsored(?: content)?|anzeige|publicidad|publicité"
    r"|pubblicità|reklama)$"
    r"|follow (?:\w+[’']s )?(?:full |all |our |the latest )?coverage\b"
    r"|click (?:here|to tweet)\b|share (?:this|on) (?:article|story|facebook|twitter)"
    r"|thanks? (?:you )?for (?:signing up|subscribing)"
    r"|(?:download|get) (?:our|the) (?:free )?app\b"
    r"|(?:this (?:article|story) (?:was|is) )?(?:originally )?published (?:by|on) .{0,40}$"
    r")"
    r"|in your inbox|(?:right|delivered|straight) to your inbox",
    re.IGNORECASE,
)

# ------------------------------------------------- the text speaking of itself

#: Words by which a line speaks of the text the reader has just read ("If you
#: enjoyed this article", "Hat Ihnen dieser Artikel gefallen"): an appeal of
#: the site's, not a line of the article. Matched against lower-cased text.
THIS_TEXT_WORDS = phrases(
    "this article", "this story", "this piece", "this post", "our journalism", "our reporting",
    "dieser artikel", "diesen artikel", "dieser beitrag", "diesen beitrag", "unser journalismus",
    "unseren journalismus", "cet article", "notre journalisme", "este artículo", "esta noticia",
    "nuestro periodismo", "questo articolo", "il nostro giornalismo", "este artigo",
    "esta reportagem", "nosso jornalismo", "dit artikel", "onze journalistiek",
    "denne artikkelen", "denne saken", "denne artikel", "denna artikel", "vår journalistik",
    "ten artykuł", "tego artykułu", "naszego dziennikarstwa", "bu haber", "bu makale",
    "artikel ini", "berita ini", "bài viết này",
)  # fmt: skip
THIS_TEXT = re.compile(rf"(?<!\w)(?:{THIS_TEXT_WORDS.lower()})(?!\w)")

#: The familiar "you" of the languages whose polite one ``READER_ADDRESS``
#: holds ("tú", "tu", "jij", "sen", "kamu", "bạn"): a poll asks the reader so.
#: Matched against lower-cased text.
FAMILIAR_ADDRESS_WORDS = phrases(
    "tú", "tu", "te", "ti", "tus", "tuo", "tua", "tuoi", "tue", "voi", "teu", "tua", "jij", "je",
    "sen", "senin", "kamu", "bạn", "あなた",
)  # fmt: skip
FAMILIAR_ADDRESS = re.compile(rf"(?<!\w)(?:{FAMILIAR_ADDRESS_WORDS.lower()})(?!\w)")

"""The words of boxes and labels a page sets into the article, in the
languages of ``cleaners.vocabulary`` (whose ``phrases`` helper builds them):
fact-box titles, the comment section's prompts, picture credits standing alone.

As there, words are evidence, never the only evidence: the cleaners reading
them ask for a line's shape and place too.

>>> bool(FACT_BOX_HEADING.match("Fakta om fødselsdepresjon"))
True
>>> bool(COMMENT_PROMPT.fullmatch("Kommentar abgeben"))
True
"""

from __future__ import annotations

import re

from cleaners.vocabulary import WORD_END, WORD_START, by_first_letter, longest_first, phrases

# -------------------------------------------------------------- fact boxes

#: Titles of a fact box: a bulleted list of background facts the page sets
#: beside the article ("Fakta om fødselsdepresjon", "Fakten zum Fall", "Key
#: facts"). Alone on its line, perhaps with a few words of subject after it.
FACT_BOX_WORDS = phrases(
    "facts", "fast facts", "key facts", "fact box", "factbox", "the facts",
    "fakten", "faktenbox", "die fakten", "fakten zum", "fakten zur", "fakten über",
    "faits", "les faits", "repères", "datos", "datos clave", "los datos", "fatti",
    "i fatti", "fatos", "feiten", "de feiten", "fakta", "faktaboks", "faktaruta",
    "fakta om", "fakty", "gerçekler", "fakta-fakta", "事実関係",
)  # fmt: skip
FACT_BOX_HEADING = re.compile(
    rf"^[\W_]*(?:{FACT_BOX_WORDS})(?:\s+[^\W\d_][\w-]*){{0,4}}\s*[:.]?\s*$", re.I
)


# --------------------------------------------------------- comment prompts

#: The comment section's prompts, left when the comments were not: a label or
#: a log-in notice alone on its line ("Kommentar abgeben", "You must be logged
#: in to post a comment."), a count perhaps with it ("Comments (12)").
COMMENT_PROMPT_WORDS = phrases(
    "comments", "comment", "leave a comment", "leave a reply", "post a comment",
    "add a comment", "add your comment", "show comments", "view comments", "join the discussion",
    "tell us what you think", "what do you think", "have your say",
    "have your say in the comments",
    "diskutieren sie mit", "jetzt kommentieren", "réagissez", "deixe o seu comentário",
    "reageer op dit artikel",
    "kommentare", "kommentar abgeben", "kommentar schreiben", "kommentieren",
    "commentaires", "laisser un commentaire", "réagir", "comentarios", "deja un comentario",
    "deja tu comentario", "commenti", "lascia un commento", "commenta", "comentários",
    "deixe um comentário", "deixe seu comentário", "reacties", "laat een reactie achter",
    "reageer", "kommentarer", "legg igjen en kommentar", "skriv en kommentar",
    "lämna en kommentar", "komentarze", "dodaj komentarz", "skomentuj", "yorumlar",
    "yorum yap", "yorum yaz", "komentar", "tinggalkan komentar", "tulis komentar",
    "bình luận", "ý kiến bạn đọc", "コメント", "コメントする", "réagir à cet article",
    "tulis komentar anda", "berikan komentar anda", "gửi bình luận", "gửi bình luận của bạn",
    "コメントを書く", "コメントを投稿する",
    # a closed comment section's notice (a blog engine's own wording)
    "comments are closed", "kommentare sind geschlossen", "die kommentarfunktion ist geschlossen",
    "die kommentarfunktion ist ausgeschaltet", "die kommentarfunktion ist deaktiviert",
    "noch kein kommentar vorhanden", "noch keine kommentare", "sei der erste, der kommentiert",
    "be the first to comment", "no comments yet", "sé el primero en comentar",
    "comment on this article",
    "ver comentarios", "vedi tutti i commenti", "voir les commentaires", "ver comentários",
    "kommentare anzeigen", "alle kommentare anzeigen",
    "les commentaires sont fermés",
    "los comentarios están cerrados", "comentarios cerrados", "i commenti sono chiusi",
    "commenti chiusi", "comentários encerrados", "reacties zijn gesloten",
    "komentarze zostały wyłączone", "komentarze są wyłączone", "yorumlar kapatıldı",
    "komentar ditutup", "yorum yapmak için giriş yapın",
    # a blog engine's comment form: its title, its buttons, its invitation
    "cancel reply", "abbruch",
    "post comment", "replies", "want to join the discussion", "feel free to contribute",
    "kommentar verfassen", "antworten abbrechen", "annuler la réponse", "deja una respuesta",
    "cancelar la respuesta", "lascia una risposta", "annulla risposta", "deixe uma resposta",
    "cancelar resposta", "reactie annuleren", "tinggalkan balasan", "batalkan balasan",
    "schreiben sie einen kommentar", "antwort abbrechen", "pubblica un commento",
    "schreibe einen kommentar",
    "lämna ett svar", "avbryt svar", "skriv et svar", "annuller svar", "legg igjen et svar",
    "anuluj pisanie odpowiedzi", "bir cevap yazın", "cevabı iptal et", "geef een reactie",
    "hủy trả lời", "để lại một bình luận",
    # the other languages the detector names: the section's name, its prompt
    "kommentit", "kommentoi", "jätä kommentti", "hozzászólások", "hozzászólás",
    "szóljon hozzá", "comentarii", "lasă un comentariu", "komentari", "komentiraj",
    "ostavite komentar", "komentarji", "komentiraj", "komentáře", "komentáre",
    "napište komentář", "komentarai", "komentuoti", "komentāri", "komentēt", "athugasemdir",
    "σχόλια", "σχολιάστε", "комментарии", "оставить комментарий", "коментарі",
    "залишити коментар", "коментари", "коментирай", "comentaris", "deixa un comentari",
    "评论", "評論", "发表评论", "تعليقات", "أضف تعليق", "תגובות",
    "הוסיפו תגובה", "نظرات", "टिप्पणियाँ",
)  # fmt: skip
#: Log-in notices of a comment form ("Du musst dich EINLOGGEN um einen
#: Kommentar abzugeben.", "You must be logged in to post a comment.").
COMMENT_LOGIN = (
    r"(?:you\s+must\s+be\s+logged\s+in\s+to\s+(?:post|leave)\s+a\s+comment"
    r"|(?:du\s+musst\s+dich|sie\s+müssen\s+sich)\s+(?:einloggen|anmelden)\s+um\s+(?:einen\s+)?"
    r"kommentar\w*\s+(?:zu\s+)?(?:abzugeben|schreiben|verfassen)"
    r"|vous\s+devez\s+être\s+connecté\s+pour\s+(?:publier\s+un|laisser\s+un)\s+commentaire"
    r"|debes\s+(?:iniciar\s+sesión|estar\s+registrado)\s+para\s+comentar"
    # a comment service's notice where its script did not run
    r"|please\s+enable\s+javascript\s+to\s+view\s+the\s+comments(?:\s+powered\s+by\s+\w+)?)"
)
#: A form's field label with its required mark ("Name *", "E-Mail *",
#: "Kommentar*", or in words: "Name (required)", "Nama (wajib)"): a word or
#: three, no figure.
FORM_FIELD = re.compile(
    r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\s?(?:\*|\((?:required|wajib|erforderlich|"
    r"obligatoire|obligatorio|obbligatorio|obrigatório|verplicht|påkrevd|obligatorisk|"
    r"wymagane|zorunlu)\))",
    re.I,
)
#: A share button with its count, its icon gone ("Share0", "Tweet 0", "12 Shares").
SHARE_COUNT = re.compile(
    r"[\W_]*(?:(?:share|shares|tweet|tweets|pin\s+it|pins|likes?|e-?mail|teilen|partager"
    r"|compartir|condividi|compartilhar|delen|dela|del|udostępnij|paylaş)\s*\(?\d+\)?"
    r"|\d+\s*(?:shares|tweets|likes|pins)"
    # a social counter widget, its icons gone ("299FollowersFollow", "1FansLike")
    r"|\d[\d,.]*k?\s*(?:fans|followers|subscribers)\s*(?:like|follow|subscribe))[\W_]*",
    re.I,
)
#: A prompt, or two on one line: a comment form's title and its cancel link
#: ("Leave a Reply Cancel reply", "Lämna ett svar Avbryt svar").
COMMENT_PROMPT = re.compile(
    rf"[\W_]*(?:(?:{COMMENT_PROMPT_WORDS})(?:\s+(?:{COMMENT_PROMPT_WORDS}))?(?:\s*\(?\d+\)?)?"
    rf"|\d+\s+(?:{COMMENT_PROMPT_WORDS})|{COMMENT_LOGIN})[\W_]*",
    re.I,
)

#: The heading the blog software sets over the comments it lists, the count
#: first and the article's title in quotation marks after it (WordPress:
#: "12 thoughts on “Title”", "One Response to “Title”", and its translations:
#: "3 Gedanken zu „Titel“", "2 réflexions sur « Titre »", "5 comentarios en
#: «Título»"): the comments themselves follow it, then the reply form.
COMMENT_THREAD_HEADING = re.compile(
    r"[\W_]*(?:\d+|one|an?|eine?|une?|una?|um|uma|één|een)\s+"
    r"(?:thoughts?|responses?|comments?|repl(?:y|ies)|gedanken|antworten|kommentare"
    r"|réflexions?|réponses?|commentaires?|comentarios?|respuestas?|pensieri|pensiero"
    r"|risposte|risposta|comentários?|respostas?|gedachten?|reacties?)\s+"
    r"(?:on|to|zu|auf|sur|à|en|a|su|em|para|over|op)\s+"
    r"[“\"„«‘'‚»]\s*\S.{0,200}?[”\"“»’'‘«]\s*",
    re.I,
)

# ----------------------------------------------------------- photo credits

#: Labels of a picture credit standing alone on its line ("Foto: dpa",
#: "Image: Jane Doe/Independent Newspapers", "Foto [M]: Shutterstock").
PICTURE_LABEL_WORDS = phrases(
    "photo", "photos", "photograph", "photo credit", "image", "images", "image credit",
    "picture", "pictures", "credit", "credits", "illustration",
    "foto", "fotos", "bild", "bilder", "bildquelle", "fotocredit", "grafik",
    "crédit photo", "crédits photo", "crédit", "crédito", "créditos", "imagen", "imagem",
    "fotografia", "fotografía", "zdjęcie", "zdjęcia", "fot", "fotoğraf", "görsel",
    "kuva", "ảnh", "写真", "画像", "фото",
    "фотография", "снимка", "світлина", "φωτογραφία", "φωτογραφίες", "φωτ", "fotó", "kép",
    "fotografie", "snímek", "nuotr", "nuotrauka", "صورة", "الصورة", "تصوير", "צילום",
    "צילומים", "عکس", "图片", "图片来源", "圖片", "圖片來源", "摄影", "사진", "फोटो", "फ़ोटो",
    "तस्वीर", "ภาพ", "ภาพประกอบ",
)  # fmt: skip
#: Picture libraries and agencies a credit names by itself.
PICTURE_LIBRARIES = phrases(
    "getty images", "getty", "shutterstock", "alamy", "istock", "istockphoto", "imago",
    "imago images", "picture alliance", "picture-alliance", "keystone", "epa", "epa-efe",
    "afp", "ap", "reuters", "dpa", "anp", "ntb", "scanpix", "tt", "ritzau", "belga", "ansa",
    "efe", "pap", "aa", "anadolu", "antara", "bernama", "xinhua", "kyodo", "yonhap",
    "unsplash", "pixabay", "handout", "pool", "zuma press", "sipa", "abaca", "bloomberg",
    "costfoto", "barcroft media", "pa images", "pa wire", "pa", "ddp", "sz photo",
)  # fmt: skip
#: "Label: who" alone on its line (matched with ``fullmatch``; a bullet makes
#: it a list item, "- Photos: Europa, Jupiter's moon" a gallery's link, and
#: brackets, "(Image credit: NASA)", a credit the writer put in the text flow).
PICTURE_LABELLED_CREDIT = re.compile(
    rf"(?:(?:{PICTURE_LABEL_WORDS})\s*(?:\[\w\]\s*)?[:：|]|fot\.|image\s+source\s*,)"
    r"\s*[^.!?:;]{1,80}",
    re.I,
)
#: "Jane Doe/AFP via Getty Images", "STR/Getty Images", "Alex Wong | Getty
#: Images", "© dpa": names separated by slashes or bars ending in a library or
#: agency, or a copyright sign and a name (matched with ``fullmatch``).
PICTURE_SOURCE_CREDIT = re.compile(
    # one to four words between separators, split only at spaces: words as
    # runs of optional spaces ("(\w+\s*){1,4}") split a long word every which
    # way and take minutes to fail on a 90-character line
    r"(?:[\w’'.&-]+(?:\s+[\w’'.&-]+){0,3}\s*[/|]\s*)+(?:[\w’'.&-]+\s+){0,3}?"
    rf"(?:via\s+)?(?:{PICTURE_LIBRARIES})(?:\s+via\s+(?:{PICTURE_LIBRARIES}))?[\W_]*"
    r"|\s*(?:©|\(c\))\s*[^.!?]{1,60}",
    re.I,
)

# ----------------------------------------------------------------- notices

#: What a notice the page sets beside the article says (matched lower-cased):
#: the article was translated by machine; money put in shares may be lost and
#: the text is no advice; the reader consents to an embed's content; comments
#: are moderated; where to call for help (set under reports of suicide or
#: depression).
NOTICE_WORDS = phrases(
    # machine translation
    "machine translation", "machine-translated", "machine translated",
    "automatically translated", "translated automatically", "maschinelle übersetzung",
    "maschinell übersetzt", "automatisiert übersetzt", "automatisch übersetzt",
    "traduction automatique", "traduit automatiquement", "traducción automática",
    "traducido automáticamente", "traduzione automatica", "tradotto automaticamente",
    "tradução automática", "traduzido automaticamente", "machinevertaling",
    "automatisch vertaald", "maskinoversatt", "maskinöversatt", "maskinoversat",
    "tłumaczenie maszynowe", "makine çevirisi", "terjemahan mesin", "dịch máy", "機械翻訳",
    # investment disclaimers
    "not investment advice", "not financial advice", "does not constitute investment advice",
    "totalverlust", "keine anlageberatung", "keine anlageempfehlung", "ersetzen keine fachliche",
    "ne constitue pas un conseil", "no constituye asesoramiento", "non costituisce consulenza",
    "não constitui recomendação", "geen beleggingsadvies", "ikke investeringsrådgivning",
    # consent to an embed
    "ich bin damit einverstanden, dass mir", "externe inhalt angezeigt",
    "personenbezogene daten an drittplattformen", "i agree to the display of external content",
    "i consent to the display", "j'accepte que ce contenu", "acepto que se muestre",
    # comment moderation
    "comments are moderated", "by the moderator", "pelo moderador", "por el moderador",
    "par le modérateur", "dal moderatore", "vom moderator", "kommentare werden moderiert",
    # helplines
    "telefonseelsorge", "samaritans", "crisis lifeline", "suicide prevention lifeline",
    "mental helses", "kirkens sos", "självmordslinjen", "livslinien", "sos amitié",
    "teléfono de la esperanza", "telefono amico", "113 zelfmoordpreventie",
)  # fmt: skip

#: What the page's own software says to the reader, never the article's author
#: (matched lower-cased): a player's fallback, a form's feedback, a tool's
#: status, a content's restriction; fixed strings of widely used scripts and
#: plugins, in the major languages.
#: A page's skip link, in English and a blog engine's translations.
SKIP_LINKS = (
    "skip to content", "skip to main content", "zum inhalt springen", "aller au contenu",
    "saltar al contenido", "vai al contenuto", "pular para o conteúdo",
    "naar de inhoud springen", "hoppa till innehåll", "hopp til innhold",
    "spring til indhold", "przejdź do treści", "içeriğe geç", "langsung ke konten",
)  # fmt: skip
SOFTWARE_MESSAGES = (
    # a video or audio player's fallback for a browser without scripts
    # (video.js's "To view this video please enable JavaScript, and consider
    # upgrading to a web browser that supports HTML5 video")
    "please enable javascript", "enable javascript to", "javascript is disabled",
    "javascript must be enabled", "your browser does not support",
    "your browser doesn't support", "not supported by your browser",
    "not supported in your browser", "web browser that supports",
    "aktivieren sie javascript", "javascript aktivieren", "ihr browser unterstützt",
    "dein browser unterstützt", "activez javascript", "activer javascript",
    "votre navigateur ne", "habilita javascript", "activa javascript",
    "tu navegador no", "su navegador no", "abilita javascript", "il tuo browser non",
    "ative o javascript", "habilite o javascript", "seu navegador não",
    "schakel javascript in", "je browser ondersteunt", "uw browser ondersteunt",
    "aktiver javascript", "aktivera javascript", "nettleseren din støtter ikke",
    "din browser understøtter ikke", "din webbläsare stöder inte", "włącz javascript",
    "twoja przeglądarka nie", "tarayıcınız desteklemiyor", "aktifkan javascript",
    "browser anda tidak mendukung", "bật javascript", "trình duyệt của bạn không",
    "requires javascript",
    # a form's feedback: a newsletter or comment form's messages, the terms
    # of the captcha that guards it
    "please try again", "try again later", "there was an error", "an error occurred",
    "invalid email", "valid email address", "thanks for signing up",
    "thank you for signing up", "thanks for subscribing", "thank you for subscribing",
    "unsubscribe at any time", "protected by recaptcha", "post limit reached",
    "versuchen sie es später", "versuche es später", "versuchen sie es erneut",
    "ein fehler ist aufgetreten", "etwas ist schiefgelaufen", "etwas ist schief gelaufen",
    "gültige e-mail-adresse", "ungültige e-mail", "vielen dank für ihre anmeldung",
    "danke für deine anmeldung", "jederzeit abbestellen", "jederzeit wieder abmelden",
    "une erreur s'est produite", "une erreur est survenue", "veuillez réessayer",
    "réessayez plus tard", "adresse e-mail valide", "adresse email valide",
    "merci pour votre inscription", "merci de votre inscription",
    "désinscrire à tout moment", "désabonner à tout moment", "se ha producido un error",
    "ha ocurrido un error", "inténtalo de nuevo", "inténtelo de nuevo",
    "correo electrónico válido", "gracias por suscribirte", "gracias por registrarte",
    "darte de baja en cualquier momento", "darse de baja en cualquier momento",
    "si è verificato un errore", "riprova più tardi", "indirizzo email valido",
    "grazie per esserti iscritto", "grazie per l'iscrizione", "ocorreu um erro",
    "tente novamente mais tarde", "e-mail válido", "obrigado por se inscrever",
    "obrigado por se cadastrar", "er is iets misgegaan", "er is iets fout gegaan",
    "probeer het later opnieuw", "geldig e-mailadres", "bedankt voor je aanmelding",
    "bedankt voor uw aanmelding", "noe gikk galt", "prøv igjen senere", "noget gik galt",
    "prøv igen senere", "något gick fel", "försök igen senare", "gyldig e-postadresse",
    "giltig e-postadress", "coś poszło nie tak", "spróbuj ponownie później",
    "wystąpił błąd", "prawidłowy adres e-mail", "bir hata oluştu",
    "daha sonra tekrar deneyin", "lütfen tekrar deneyin", "geçerli bir e-posta",
    "terjadi kesalahan", "silakan coba lagi", "coba lagi nanti", "email yang valid",
    "đã xảy ra lỗi", "vui lòng thử lại", "email hợp lệ",
    # a comment form's notes (a blog engine's own wording)
    "email address will not be published", "required fields are marked",
    "save my name, email, and website", "e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind mit", "adresse e-mail ne sera pas publiée",
    "adresse de messagerie ne sera pas publiée", "champs obligatoires sont indiqués",
    "correo electrónico no será publicada", "campos obligatorios están marcados",
    "email non sarà pubblicato", "campi obbligatori sono contrassegnati",
    "e-mail não será publicado", "campos obrigatórios são marcados",
    "e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd",
    "e-postadress kommer inte publiceras", "obligatoriska fält är märkta",
    "e-mailadresse vil ikke blive publiceret", "krævede felter er markeret",
    "e-postadresse vil ikke bli publisert", "obligatoriske felt er merket",
    "adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone",
    "e-posta adresiniz yayınlanmayacak", "gerekli alanlar", "email anda tidak akan dipublikasikan",
    "ruas yang wajib ditandai", "email của bạn sẽ không được hiển thị công khai",
    "các trường bắt buộc được đánh dấu",
    # a hosted blog's comment form (WordPress.com, Jetpack), in its translations
    "enter your comment here", "fill in your details below or click an icon to log in",
    "address never made public", "you are commenting using your", "connecting to %s",
    "notify me of new comments", "notify me of new posts", "notify me of follow-up comments",
    "ketikkan komentar di sini", "isikan data di bawah atau klik salah satu ikon",
    "alamat takkan pernah dipublikasikan", "anda sedang berkomentar menggunakan",
    "menyambung ke %s", "beri tahu saya komentar baru", "beritahu saya pos-pos baru",
    "gib hier deinen kommentar ein", "trage deine daten unten ein",
    "adresse wird niemals veröffentlicht", "du kommentierst mit",
    "benachrichtigung bei weiteren kommentaren", "informiere mich über neue beiträge",
    "entrez votre commentaire", "renseignez vos coordonnées ci-dessous",
    "adresse strictement confidentielle", "vous commentez à l’aide de votre compte",
    "vous commentez à l'aide de votre compte",
    "avertissez-moi par e-mail", "introduce aquí tu comentario",
    "la dirección no se hará pública", "estás comentando usando tu cuenta",
    "recibir nuevos comentarios por correo", "recibir nuevas entradas por email",
    "inserisci il tuo commento", "stai commentando usando il tuo account",
    "escreva o seu comentário aqui", "você está comentando utilizando sua conta",
    "log in using one of these methods to post your comment",
    # the note of a blog engine's anti-spam plugin (Akismet) under a comment
    # form, and a hosted blog's footer, in their translations
    "akismet to reduce spam", "learn how your comment data is processed",
    "akismet, um spam zu reduzieren", "akismet pour réduire", "akismet para reducir",
    "akismet per ridurre", "akismet para reduzir", "akismet om spam te verminderen",
    "blog at wordpress.com", "blog auf wordpress.com", "blog sur wordpress.com",
    "blog de wordpress.com", "blog di wordpress.com", "blog no wordpress.com",
    # a tool's status or a content's restriction
    "link copied", "link kopiert", "lien copié", "enlace copiado", "link copiato",
    "link copiado", "link gekopieerd", "lenke kopiert", "länk kopierad",
    "link skopiowany", "bağlantı kopyalandı", "tautan disalin", "link wurde kopiert",
    "story saved", "article saved", "artikel gespeichert", "article enregistré",
    "loading...", "loading…", "wird geladen...", "chargement...", "cargando...",
    "caricamento...", "carregando...", "laden...", "ładowanie...", "yükleniyor...",
    "memuat...",
    # a log-in form's link for a lost password
    "forgot your password", "forgot password", "password recovery", "passwort vergessen",
    # a video player's prompts
    "click to play", "tap to play", "will auto-play soon",
    # a page's skip link (also a button's label, INTERFACE_WORDS), which a
    # blog engine prints first
    *SKIP_LINKS,
    # a widely used news theme's log-in box
    "you have entered an incorrect email address", "please enter your email address here",
    "log into your account", "recover your password", "a password will be e-mailed to you",
    # a comment form's "remember me" in German (a blog engine's own wording)
    "für das nächste mal speichern", "für die nächste kommentierung speichern",
    "masz aktywną subskrypcję",
    "mot de passe oublié", "olvidaste tu contraseña", "dimenticato la password",
    "esqueceu sua senha", "esqueceu a senha", "wachtwoord vergeten", "glemt passord",
    "glemt adgangskode", "glömt lösenordet", "nie pamiętasz hasła", "şifremi unuttum",
    "lupa kata sandi", "quên mật khẩu",
    "not available in your region", "not available in your country",
    "in deinem land nicht verfügbar", "in ihrem land nicht verfügbar",
    "pas disponible dans votre pays", "no está disponible en tu país",
    "non è disponibile nel tuo paese",
    # the other languages the detector names: loading, a link copied, a browser
    # the player does not support, try again later, a forgotten password
    "ladataan...", "linkki kopioitu", "selaimesi ei tue", "yritä myöhemmin uudelleen",
    "unohditko salasanasi", "betöltés...", "link másolva", "böngészője nem támogatja",
    "próbálja újra később", "elfelejtette jelszavát", "se încarcă...", "link copiat",
    "browserul tău nu", "încercați din nou mai târziu", "ai uitat parola", "učitavanje...",
    "poveznica kopirana", "link kopiran", "vaš preglednik ne podržava",
    "pokušajte ponovno kasnije", "zaboravili ste lozinku", "nalaganje...",
    "povezava kopirana", "vaš brskalnik ne podpira", "poskusite znova pozneje",
    "pozabljeno geslo", "načítání...", "načítava sa...", "odkaz zkopírován",
    "odkaz skopírovaný", "váš prohlížeč nepodporuje", "váš prehliadač nepodporuje",
    "zkuste to znovu později", "skúste to znova neskôr", "zapomněli jste heslo",
    "zabudli ste heslo", "kraunama...", "nuoroda nukopijuota", "jūsų naršyklė nepalaiko",
    "bandykite dar kartą vėliau", "pamiršote slaptažodį", "ielādē...", "saite nokopēta",
    "jūsu pārlūkprogramma neatbalsta", "mēģiniet vēlreiz vēlāk", "aizmirsāt paroli",
    "hleður...", "hlekkur afritaður", "vafrinn þinn styður ekki", "reyndu aftur síðar",
    "gleymt lykilorð", "φόρτωση...", "ο σύνδεσμος αντιγράφηκε",
    "το πρόγραμμα περιήγησής σας δεν υποστηρίζει", "δοκιμάστε ξανά αργότερα",
    "ξεχάσατε τον κωδικό", "загрузка...", "ссылка скопирована",
    "ваш браузер не поддерживает", "попробуйте позже", "забыли пароль", "завантаження...",
    "посилання скопійовано", "ваш браузер не підтримує", "спробуйте пізніше",
    "забули пароль", "зареждане...", "линкът е копиран", "вашият браузър не поддържа",
    "опитайте отново по-късно", "забравена парола", "carregant...", "enllaç copiat",
    "el teu navegador no", "torna-ho a provar més tard", "has oblidat la contrasenya",
    "جار التحميل...", "تم نسخ الرابط", "متصفحك لا يدعم", "حاول مرة أخرى لاحقًا",
    "نسيت كلمة المرور", "טוען...", "הקישור הועתק", "הדפדפן שלך אינו תומך",
    "נסו שוב מאוחר יותר", "שכחת סיסמה", "در حال بارگذاری...", "لینک کپی شد",
    "लोड हो रहा है...", "लिंक कॉपी किया गया",
)  # fmt: skip
#: The same in Japanese, Chinese and Korean, whose words stand between other
#: characters, not between spaces.
SOFTWARE_MESSAGE_CJK = (
    "お使いのブラウザ", "javascriptを有効", "読み込み中", "リンクをコピーしました",
    "エラーが発生しました", "もう一度お試しください", "登録ありがとうございます",
    "您的浏览器不支持", "请启用javascript", "加载中", "链接已复制", "请稍后再试",
    "브라우저가 지원하지", "잠시 후 다시 시도", "로딩 중", "링크가 복사되었습니다",
    "載入中", "連結已複製", "您的瀏覽器不支援", "請稍後再試",
)  # fmt: skip
#: A software message's words as matched (lower case, single spaces).
SOFTWARE_MESSAGE_WORDS = frozenset(
    " ".join(w.lower().split()) for w in (*SOFTWARE_MESSAGES, *SOFTWARE_MESSAGE_CJK)
)
#: A notice's or a software message's words, found in one pass;
#: ``SOFTWARE_MESSAGE_WORDS`` tells the two apart. The CJK messages are a
#: pattern of their own (``PAGE_NOTICE_CJK``): an alternative beside this one
#: would cost a branch at every character of every paragraph, where the word
#: start fails at once inside a word (half the time of the two together).
PAGE_NOTICE = re.compile(
    rf"{WORD_START}(?:{by_first_letter(NOTICE_WORDS.lower() + '|' + phrases(*SOFTWARE_MESSAGES))})"
    rf"{WORD_END}"
)
#: The CJK software messages (they start with their own letters: the engine
#: skips to those).
PAGE_NOTICE_CJK = re.compile("|".join(map(re.escape, SOFTWARE_MESSAGE_CJK)))
#: A label that introduces a notice ("Bitte beachten:", "Disclaimer:", "Hinweis:").
NOTICE_LABEL = re.compile(r"[^\W\d_][\w'’ -]{0,30}[:：]")

# -------------------------------------------------- company boilerplate

#: What the "About the company" paragraphs closing a press release say of the
#: issuer: where it has its seat, how many it employs, where its shares are
#: listed, that it leads its market (matched lower-cased).
COMPANY_FACT_WORDS = phrases(
    "is headquartered in", "headquartered in", "has its headquarters in", "employs around",
    "employs approximately", "employs about", "employs over", "employs more than",
    "people worldwide", "employees worldwide", "employees in", "shares are listed on",
    "is listed on the", "is a leading", "is a global", "is the world's leading",
    "is the leading", "is a world leader", "solutions provider", "for more information, visit",
    "hat seinen sitz in", "hat ihren sitz in", "beschäftigt rund", "beschäftigt weltweit",
    "beschäftigt mehr als", "mitarbeitende weltweit", "mitarbeiter weltweit",
    "ist ein führender", "ist ein weltweit führender", "ist der führende",
    "dont le siège est", "a son siège à", "emploie environ", "emploie plus de", "est un leader",
    "est le leader", "collaborateurs dans le monde",
    "tiene su sede en", "emplea a más de", "es líder en", "es una empresa líder",
    "empleados en todo el mundo", "ha sede a", "è leader nel", "dipendenti nel mondo",
    "tem sede em", "é líder em", "heeft zijn hoofdkantoor in", "medewerkers wereldwijd",
    "har hovedkontor i", "har huvudkontor i", "ansatte i", "anställda i",
)  # fmt: skip
COMPANY_FACT = re.compile(rf"(?<!\w)(?:{COMPANY_FACT_WORDS.lower()})(?!\w)")
#: The first sentence of such a paragraph names the company and says what it is:
#: a capitalised name of a few words, then a copula ("Ascom is", "Die Firma ist").
COMPANY_DEFINITION = re.compile(
    r"^[^\W\d_][\w&.'’-]*(?:\s+[\w&.'’()-]+){0,5}?\s+"
    r"(?:is|are|ist|sind|est|es|è|é|is|er|är|jest|adalah)\s", re.I
)  # fmt: skip

# ------------------------------------------------------------ legal lines

#: "All rights reserved" in the languages the detector names.
RIGHTS_RESERVED_WORDS = phrases(
    "all rights reserved", "all right reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati", "riproduzione riservata",
    "todos os direitos reservados",
    "alle rechten voorbehouden", "alle rettigheter reservert", "alle rettigheder forbeholdes",
    "alla rättigheter förbehållna", "wszelkie prawa zastrzeżone", "tüm hakları saklıdır",
    "hak cipta dilindungi undang-undang", "hak cipta terpelihara", "bảo lưu mọi quyền",
    "無断転載を禁じます",
    "všechna práva vyhrazena", "všetky práva vyhradené", "все права защищены",
    "всі права захищені", "kaikki oikeudet pidätetään", "minden jog fenntartva",
    "toate drepturile rezervate", "sva prava pridržana", "sva prava zadržana",
    "vse pravice pridržane", "visos teisės saugomos", "visas tiesības aizsargātas",
    "öll réttindi áskilin", "με επιφύλαξη παντός δικαιώματος", "всички права запазени",
    "tots els drets reservats", "무단 전재 및 재배포 금지", "版权所有", "版權所有",
    "جميع الحقوق محفوظة", "כל הזכויות שמורות", "تمامی حقوق محفوظ است", "सर्वाधिकार सुरक्षित",
)  # fmt: skip
RIGHTS_RESERVED = re.compile(rf"(?<!\w)(?:{RIGHTS_RESERVED_WORDS})(?!\w)", re.I)
#: A copyright notice: the sign or the word, then a year and a holder in either
#: order ("© 2024 Gazette", "copyright Inexhibit 2019"; the holder's words
#: capitalised, so prose about copyright is none), perhaps the rights reserved
#: and a serial number ("- ISSN: 2283-5474") after it.
_YEAR = r"(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)"


def _holder(most: int) -> str:
    """A copyright holder: a capitalised word and at most ``most`` more
    (capitalised, or "&", "of", "und" …), the rights reserved not among them."""
    return (
        rf"[^\W\d_a-z][\w&.'’-]*(?:\s+(?!(?i:{RIGHTS_RESERVED_WORDS}))"
        rf"(?:[^\W\d_a-z][\w&.'’-]*|&|of|the|de|und|et)){{0,{most}}}"
    )


_HOLDER = _holder(5)
COPYRIGHT_NOTICE = re.compile(
    r"(?:©|\([cC]\)|(?<!\w)(?:[Cc]opyright|COPYRIGHT)(?!\w))(?:\s*©)?\s*"
    rf"(?:{_YEAR}[.,]?\s*{_HOLDER}|{_HOLDER}[.,]?\s*{_YEAR})"
    rf"(?:[.,;]?\s*(?i:{RIGHTS_RESERVED_WORDS})\.?)?"
    r"(?:\s*[-–—|,]?\s*ISSN:?\s*\d{4}-?\d{3}[\dXx])?"
)
#: A line that is a copyright notice as a whole: the sign or the word first,
#: then a holder (a few capitalised words, or the site's address) with or
#: without a year, perhaps the rights reserved ("© Copyright Chemnitzer Verlag
#: und Druck GmbH & Co. KG", "©2025 - lestimes.com. All Right Reserved."). Matched
#: with ``fullmatch``: prose about copyright goes on in lower-case words.
_SITE = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
_LONG_HOLDER = _holder(8)  # a whole line: a company's full name ("… GmbH & Co. KG")
COPYRIGHT_LINE = re.compile(
    r"(?:©|\([cC]\)|(?:[Cc]opyright|COPYRIGHT)(?!\w))(?:\s*(?:©|[Cc]opyright))?\s*"
    rf"(?:(?:{_YEAR}\s*[-–—,.]?\s*)?(?:{_LONG_HOLDER}|{_SITE})(?:[.,]?\s*{_YEAR})?|{_YEAR})"
    rf"(?:\s*[-–—|.,;]?\s*(?i:{RIGHTS_RESERVED_WORDS})\.?)?"
)
#: A serial number alone: a periodical's ISSN.
ISSN_LINE = re.compile(r"ISSN:?\s*\d{4}-?\d{3}[\dXx]", re.I)

# ------------------------------------------------------------ page widgets

#: Words naming a page widget's section ("Neue Bilder", "Videos rund um …",
#: "Beiträge aus dem Forum", "Weiterführende Links", "Most popular"): a tail of
#: empty headings in which one such word stands is the page's, not a list the
#: article ends on. Matched anywhere in a short title, case-insensitively.
WIDGET_WORDS = phrases(
    "photos", "pictures", "gallery", "galleries", "videos", "video", "podcast", "podcasts",
    "forum", "links", "most read", "most popular", "trending", "topics", "tags",
    "bilder", "fotos", "galerie", "bildergalerie", "beiträge", "meistgelesen",
    "meistgelesene", "themen", "vidéos", "liens", "les plus lus", "sujets",
    "vídeos", "galería", "foro", "enlaces", "lo más leído", "temas",
    "foto", "galleria", "più letti", "argomenti", "galeria", "fórum", "mais lidas",
    "foto's", "video's", "meest gelezen", "billeder", "videoer", "lenker", "mest lest",
    "mest läst", "mest lästa", "zdjęcia", "wideo", "linki", "najczęściej czytane",
    "fotoğraflar", "galeri", "videolar", "bağlantılar", "en çok okunan", "tautan",
    "terpopuler", "ảnh", "diễn đàn", "liên kết", "写真", "動画", "フォーラム", "リンク",
    # the other languages the detector names: photos, videos, most read, topics
    "kuvat", "videot", "luetuimmat", "aiheet", "képek", "videók", "legolvasottabb", "témák",
    "fotografii", "cele mai citite", "subiecte", "fotografije", "najčitanije", "teme",
    "fotografie", "nejčtenější", "témata", "najčítanejšie", "nuotraukos",
    "vaizdo įrašai", "skaitomiausi", "foto galerija", "lasītākie", "tēmas",
    "myndir", "myndskeið", "mest lesið", "φωτογραφίες", "βίντεο", "δημοφιλή", "θέματα",
    "фото", "видео", "самое читаемое", "темы", "відео", "найпопулярніше", "теми", "снимки",
    "най-четени", "el més llegit", "사진", "동영상", "많이 본 뉴스", "图片", "视频",
    "热门", "صور", "فيديو", "الأكثر قراءة", "תמונות", "וידאו", "הכי נקראים",
)  # fmt: skip
WIDGET_WORD = re.compile(rf"(?<!\w)(?:{WIDGET_WORDS})(?!\w)", re.I)

# ------------------------------------------------------ the page's interface

#: Words of a page's buttons, links and status labels (share, print, save,
#: listen, read, search, log in, info, done …), matched lower-cased as whole
#: words: a short line outside the article's prose that uses one is the page's.
INTERFACE_WORDS = phrases(
    # a phrase before the word it opens with: the first alternative that fits wins
    "read full article", "read the full article",
    "share", "shares", "print", "save", "saved", "bookmark", "copy link", "copy the link",
    "email", "e-mail", "listen", "play", "download", "read", "read on", "show more",
    "load more", "menu", "search", "log in", "login", "sign in", "register", "back to top",
    "close", "next", "previous", "info", "infos", "more", "zoom", "gallery", "done",
    "tweet", "pin it", "enlarge", "click to enlarge", "continue reading", "font size",
    "text size", "schriftgröße", "aufklappen", "zuklappen", "website", "situs web",
    "view images", "view gallery", "view photos", "fotostrecke ansehen", "bilder ansehen",
    "cancel", "batal", "submit", "enviar", "descartar", "cancelar", "invia", "annulla",
    "envoyer", "annuler", "absenden", "abbrechen", "verzenden", "annuleren",
    *SKIP_LINKS,
    "join the conversation",
    # a breadcrumb's label; more buttons
    "you are here", "sie befinden sich hier", "vous êtes ici", "usted está aquí",
    "estás aquí", "sei qui", "você está aqui", "u bent hier", "jesteś tutaj", "buradasınız",
    "ausdrucken", "weitere beiträge anzeigen", "mehr beiträge anzeigen", "read later",
    # a full-screen button, a post's neighbours
    "full screen", "fullscreen", "vollbild", "plein écran",
    "pantalla completa", "schermo intero", "tela cheia", "volledig scherm", "helskärm",
    "fullskjerm", "fuld skærm", "pełny ekran", "tam ekran", "previous post", "next post",
    "vorheriger beitrag", "nächster beitrag", "article précédent", "article suivant",
    "entrada anterior", "entrada siguiente", "articolo precedente", "articolo successivo",
    "vis mer", "visa mer", "vis flere", "tagi",
    "report an error", "report a typo", "hide caption", "toggle caption", "embed",
    "gift this article", "gift article", "bookmarks", "like this",
    "teilen", "drucken", "merken", "gemerkt", "speichern", "link kopieren", "vorlesen",
    "anhören", "mehr", "mehr anzeigen", "zurück", "weiter", "anmelden", "einloggen",
    "schließen", "suche", "suchen", "zur startseite", "nach oben", "zum artikel",
    "diesen artikel teilen", "kommentare anzeigen", "weiterlesen", "vergrößern",
    "fehler melden", "fehler gefunden",
    "partager cet article", "partager", "imprimer", "enregistrer", "sauvegarder",
    "copier le lien", "écouter", "lire", "fermer", "rechercher", "se connecter", "plus",
    "voir les commentaires", "afficher les commentaires", "lire la suite", "agrandir",
    "signaler une erreur",
    "compartir", "imprimir", "guardar", "copiar enlace", "escuchar", "leer", "cerrar",
    "buscar", "iniciar sesión", "más", "compartir este artículo", "ver comentarios",
    "lee la noticia completa", "leer la noticia completa", "seguir leyendo", "ampliar",
    "reportar un error",
    "condividi", "stampa", "salva", "copia link", "ascolta", "leggi", "chiudi", "cerca",
    "accedi", "altro", "continua a leggere", "ingrandisci", "segnala un errore",
    "compartilhar", "partilhar", "salvar", "copiar link", "ouvir", "fechar", "entrar",
    "continuar lendo", "continuar a ler", "reportar erro",
    "delen", "deel", "afdrukken", "opslaan", "kopieer link", "luister", "lees", "sluiten",
    "zoeken", "inloggen", "meer", "verder lezen", "vergroten", "fout melden",
    "del", "dela", "skriv ut", "udskriv", "lagre", "gem", "spara", "kopier lenke",
    "kopier link", "kopiera länk", "lytt", "lyt", "lyssna", "les", "læs", "läs", "lukk", "luk",
    "stäng", "søk", "søg", "sök", "logg inn", "log ind", "logga in", "mer", "mere",
    "udostępnij", "drukuj", "zapisz", "kopiuj link", "słuchaj", "czytaj", "zamknij",
    "szukaj", "zaloguj", "więcej", "czytaj dalej", "powiększ", "zgłoś błąd",
    "paylaş", "yazdır", "kaydet", "bağlantıyı kopyala", "dinle", "oku", "kapat", "giriş yap",
    "haberin devamı", "devamını oku", "hata bildir",
    "daha fazla",
    "bagikan", "cetak", "simpan", "salin tautan", "dengarkan", "baca", "tutup", "cari", "kongsi",
    "jaa artikkeli", "cikk megosztása", "distribuie articolul", "sdílet článek",
    "κοινοποίηση άρθρου", "기사 공유하기",
    "masuk", "selengkapnya",
    "chia sẻ", "lưu", "sao chép liên kết", "nghe", "đọc", "đóng", "tìm kiếm", "đăng nhập",
    "共有", "印刷", "保存", "リンクをコピー", "読む", "聞く", "閉じる", "検索", "完了", "ログイン",
    "もっと見る", "詳しく",
    # the other languages the detector names: share, print, save, copy the link,
    # listen, close, search, log in, more, comments
    "tulosta", "tallenna", "kopioi linkki", "kuuntele", "sulje", "kirjaudu",
    "kirjaudu sisään", "näytä lisää", "kommentit",  # fi
    "megosztás", "nyomtatás", "mentés", "link másolása", "bezárás", "keresés", "belépés",
    "bejelentkezés", "még több", "hozzászólások",  # hu
    "distribuie", "printează", "salvează", "copiază linkul", "ascultă", "închide", "caută",
    "autentificare", "mai mult", "comentarii",  # ro
    "podijeli", "podeli", "ispis", "spremi", "kopiraj poveznicu", "kopiraj link", "poslušaj",
    "zatvori", "pretraži", "prijava", "komentari", "natisni", "shrani",
    "kopiraj povezavo", "zapri", "iskanje", "komentarji",  # hr/sr/bs, sl
    "sdílet", "zdieľať", "tisk", "tlačiť", "uložit", "uložiť", "kopírovat odkaz",
    "kopírovať odkaz", "zavřít", "zavrieť", "hledat", "hľadať", "přihlásit se",
    "prihlásiť sa", "komentáře", "komentáre",  # cs, sk
    "dalintis", "spausdinti", "išsaugoti", "kopijuoti nuorodą", "klausyti", "uždaryti",
    "paieška", "prisijungti", "komentarai", "dalīties", "drukāt", "saglabāt", "kopēt saiti",
    "klausīties", "aizvērt", "meklēt", "pieslēgties", "komentāri",  # lt, lv
    "deila", "prenta", "afrita hlekk", "hlusta", "innskráning", "athugasemdir",  # is
    "κοινοποίηση", "εκτύπωση", "αποθήκευση", "αντιγραφή συνδέσμου", "κλείσιμο", "αναζήτηση",
    "σύνδεση", "περισσότερα", "σχόλια",  # el
    "сподели", "отпечатай", "запази", "копирай линка", "затвори", "търсене", "вход",
    "коментари", "поделиться", "печать", "сохранить", "копировать ссылку", "слушать",
    "закрыть", "поиск", "войти", "комментарии", "поділитися", "друк", "зберегти",
    "копіювати посилання", "слухати", "закрити", "пошук", "увійти", "коментарі",  # bg, ru, uk
    "comparteix", "imprimeix", "copia l'enllaç", "escolta", "inicia sessió",
    "comentaris",  # ca
    "공유", "공유하기", "인쇄", "저장", "링크 복사", "듣기", "닫기", "검색", "로그인", "더보기",
    "댓글", "分享", "打印", "列印", "收藏", "复制链接", "複製連結", "关闭", "關閉", "搜索", "搜尋",
    "登录", "登入", "评论", "評論",  # ko, zh
    "شارك", "مشاركة", "طباعة", "نسخ الرابط", "استمع", "إغلاق", "تسجيل الدخول", "المزيد",
    "تعليقات", "שתף", "שיתוף", "הדפס", "העתק קישור", "חיפוש", "התחברות", "תגובות",  # ar, he
    "چاپ", "کپی لینک", "بستن", "جستجو", "نظرات", "शेयर करें", "प्रिंट", "लिंक कॉपी करें",
    "टिप्पणियाँ",  # fa, hi
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "instagram", "youtube", "tiktok", "threads", "bluesky", "flipboard", "xing",
    # a reader's account: who is logged in, the account's page, logging out
    "my account", "log out", "logout", "sign out", "logged in as", "signed in as",
    "mein konto", "abmelden", "ausloggen", "angemeldet als", "menü",
    "mon compte", "se déconnecter", "déconnexion", "connecté en tant que",
    "mi cuenta", "cerrar sesión", "il mio account", "minha conta",
    "mijn account", "uitloggen", "min konto", "logg ut", "log ud", "logga ut",
    "moje konto", "wyloguj", "hesabım", "çıkış yap", "akun saya", "tài khoản của tôi",
    "đăng xuất",
    # the page's own channels: "Follow us on:" over the networks' icons, its apps
    "follow us", "folgen sie uns", "folge uns", "suivez-nous", "suivez nous", "síguenos",
    "seguici", "siga-nos", "volg ons", "følg oss", "følg os", "följ oss", "obserwuj nas",
    "bizi takip edin", "ikuti kami", "theo dõi chúng tôi", "our app", "our apps",
    "unsere app", "unsere apps",
    # a page's pager, its gallery's and picture's buttons, a "back to top" link
    "next page", "previous page", "see photos", "view photos", "enlarge image", "open gallery",
    "read the full story", "read full story", "read full article", "watch video", "play video",
    "show less", "back to video", "nächste seite", "vorherige seite", "bildergalerie ansehen",
    "zur bildergalerie",
    "bild vergrößern", "video abspielen", "fotos ansehen", "page suivante", "page précédente",
    "voir la galerie", "voir les photos", "afficher plus", "retour en haut", "agrandir l'image",
    "lire la vidéo", "lire l'article complet", "página siguiente", "página anterior",
    "ver galería", "ver fotos", "mostrar más", "volver arriba", "ir al contenido",
    "ampliar imagen", "reproducir vídeo", "reproducir video", "pagina successiva",
    "pagina precedente", "guarda le foto", "mostra di più", "torna su", "vai al contenuto",
    "ingrandisci immagine", "próxima página", "ver galeria", "mostrar mais", "voltar ao topo",
    "ir para o conteúdo", "ampliar imagem", "volgende pagina", "vorige pagina", "bekijk foto's",
    "toon meer", "terug naar boven", "naar inhoud", "neste side", "forrige side", "næste side",
    "nästa sida", "vis mer", "vis mere", "visa mer", "til toppen", "tilbake til toppen",
    "till toppen", "se bilder", "se billeder", "następna strona", "poprzednia strona",
    "pokaż więcej", "zobacz zdjęcia", "powrót do góry", "przejdź do treści", "sonraki sayfa",
    "önceki sayfa", "daha fazla göster", "başa dön", "içeriğe geç", "halaman selanjutnya",
    "halaman berikutnya", "halaman sebelumnya", "lihat foto", "tampilkan lebih banyak",
    "kembali ke atas", "muka surat seterusnya", "trang sau", "trang tiếp", "trang trước",
    "xem ảnh", "về đầu trang",
)  # fmt: skip
#: CJK words stand between other characters, not between spaces. The longer
#: phrases first: "next page" is one label, not "next" and a word after it.
INTERFACE_WORD = re.compile(
    rf"(?:(?<!\w)(?:{by_first_letter(longest_first(INTERFACE_WORDS))})(?!\w))"
    r"|共有|印刷|保存|リンクをコピー|読む|聞く|閉じる|検索|完了|ログイン|もっと見る|詳しく"
    r"|次のページ|前のページ|写真を見る|ページの先頭へ|分享本文|分享文章"
)

# ------------------------------------------------------------------ polls

#: A poll's button or its results label, alone on its line under the options
#: ("Abstimmen", "Vote", "Voir les résultats").
POLL_VOTE_WORDS = phrases(
    "vote", "vote now", "submit", "see results", "view results", "results",
    "abstimmen", "jetzt abstimmen", "abstimmung", "ergebnis", "ergebnisse", "ergebnis anzeigen",
    "voter", "votez", "voir les résultats", "résultats", "votar", "vota", "ver resultados",
    "resultados", "votare", "risultati", "vedi i risultati", "stemmen", "stem", "resultaten",
    "stem nu", "stemme", "stem nå", "resultater", "rösta", "resultat", "głosuj", "zagłosuj",
    "wyniki", "oy ver", "oy kullan", "sonuçlar", "pilih", "hasil", "bình chọn", "kết quả",
    "投票", "投票する", "結果",
)  # fmt: skip
POLL_VOTE = re.compile(rf"[\W_]*(?:{POLL_VOTE_WORDS})[\W_]*", re.I)

# ----------------------------------------------------- a page's own citation

#: The label of the date a cited page was read ("abgerufen am", "accessed",
#: "retrieved"): with a web address and a date, a line saying how to cite the
#: page ("… In: Legal Tribune Online, 20.10.2025, https://… (abgerufen am: …)").
ACCESSED_WORDS = phrases(
    "abgerufen am", "abgerufen", "zugriff am", "accessed", "accessed on", "retrieved",
    "retrieved from", "retrieved on", "consulté le", "consulté", "consultado el", "consultado",
    "consultato il", "consultato", "acesso em", "acessado em", "geraadpleegd op",
    "geraadpleegd", "hentet", "lest", "besøgt", "hämtad", "dostęp", "data dostępu",
    "erişim tarihi", "erişim", "diakses pada", "diakses", "truy cập",
)  # fmt: skip
ACCESSED = re.compile(rf"(?<!\w)(?:{ACCESSED_WORDS})(?!\w)", re.I)
#: The label of a suggested citation alone ("Infos zum Zitiervorschlag", "Cite this article").
CITATION_LABEL_WORDS = phrases(
    "cite this article", "cite this page", "how to cite", "citation", "zitiervorschlag",
    "zitierhinweis", "zitieren", "citer cet article", "citar este artículo", "cómo citar",
    "citare questo articolo", "como citar", "citeer dit artikel", "sitér", "cytuj",
    "cytowanie", "atıf", "kutip artikel ini", "trích dẫn",
)  # fmt: skip
CITATION_LABEL = re.compile(rf"(?<!\w)(?:{CITATION_LABEL_WORDS})(?!\w)", re.I)

# ------------------------------------------------------- the site's navigation

#: Names of a news site's sections and service pages as its menus and footers
#: list them (home, news, sport, business, opinion, newsletter, e-paper,
#: contact, imprint, privacy …), in the project's languages: a run of labels
#: one of which is nothing but such a name is a menu. Matched lower-cased.
NAVIGATION_WORDS = phrases(
    "home", "homepage", "news", "sport", "sports", "politics", "business", "economy", "money",
    "culture", "opinion", "world", "local", "weather", "travel", "lifestyle", "entertainment",
    "science", "health", "tech", "technology", "video", "videos", "podcast", "podcasts",
    "newsletter", "newsletters", "e-paper", "epaper", "contact", "contact us", "about",
    "about us", "imprint", "privacy", "privacy policy", "privacy notice", "privacy settings",
    "powered by", "site map", "sitemap", "cookies", "cookie policy", "terms",
    "terms of use", "terms & conditions", "advertise", "jobs", "careers", "shop", "archive",
    "rss", "sitemap", "subscriptions", "latest", "trending", "features",
    "startseite", "nachrichten", "politik", "wirtschaft", "kultur", "meinung", "panorama",
    "wissen", "gesundheit", "reise", "regional", "lokales", "wetter", "abo", "abos",
    "abo-service", "kontakt", "impressum", "datenschutz", "agb", "mediadaten", "karriere",
    "stellenmarkt", "leserreisen", "anzeigen", "service",
    "accueil", "actualités", "actu", "politique", "économie", "société", "culture", "sports",
    "opinions", "monde", "météo", "abonnement", "mentions légales", "confidentialité",
    "portada", "inicio", "noticias", "política", "economía", "cultura", "deportes", "opinión",
    "internacional", "tiempo", "suscripción", "contacto", "aviso legal", "privacidad",
    "notizie", "politica", "economia", "sport", "esteri", "cronaca", "meteo", "abbonamenti",
    "contatti", "início", "notícias", "esportes", "desporto", "mundo", "assinatura",
    "nieuws", "binnenland", "buitenland", "politiek", "economie", "cultuur", "weer",
    "nyheter", "nyheder", "forside", "innenriks", "utenriks", "inrikes", "utrikes", "økonomi",
    "ekonomi", "kultur", "vær", "väder", "strona główna", "wiadomości", "polityka",
    "gospodarka", "sport", "kultura", "pogoda", "anasayfa", "gündem", "ekonomi", "spor",
    "dünya", "kültür", "hava durumu", "beranda", "berita", "politik", "ekonomi", "olahraga",
    "trang chủ", "thời sự", "thế giới", "kinh doanh", "thể thao", "văn hóa",
    # the other languages the detector names: home, news, politics, economy,
    # sport, culture, world, weather, contact
    "etusivu", "uutiset", "politiikka", "talous", "urheilu", "kulttuuri", "ulkomaat",
    "címlap", "hírek", "belföld", "külföld", "gazdaság", "kultúra", "időjárás", "kapcsolat",
    "acasă", "știri", "politică", "economie", "cultură", "externe", "vremea",
    "naslovnica", "vijesti", "vesti", "svijet", "gospodarstvo", "ekonomija", "kultura",
    "domov", "gospodarstvo", "šport", "zpravodajství", "zprávy", "domácí",
    "zahraničí", "ekonomika", "počasí", "správy", "naujienos", "pasaulis", "ekonomika",
    "sportas", "kultūra", "sākums", "ziņas", "pasaulē", "ekonomika", "forsíða", "fréttir",
    "innlent", "erlent", "íþróttir", "menning", "αρχική", "ειδήσεις", "πολιτική", "οικονομία",
    "αθλητισμός", "πολιτισμός", "κόσμος", "главная", "новости", "политика", "экономика",
    "спорт", "культура", "в мире", "погода", "головна", "новини", "політика", "економіка",
    "культура", "світ", "начало", "новини", "икономика", "inici", "notícies", "política",
    "economia", "esports", "홈", "뉴스", "정치", "경제", "사회", "국제", "스포츠", "문화",
    "首页", "新闻", "政治", "经济", "国际", "体育", "文化", "الرئيسية", "أخبار", "سياسة",
    "اقتصاد", "رياضة", "ثقافة", "ראשי", "חדשות", "פוליטיקה", "כלכלה", "ספורט", "תרבות",
    # the title of a list of sections
    "sections", "ressorts", "rubriken", "rubriques", "secciones", "sezioni", "seções",
    "secções", "rubrieken", "seksjoner", "sektioner", "działy", "bölümler", "chuyên mục",
)  # fmt: skip
NAVIGATION_WORD = re.compile(
    rf"(?<!\w)(?:{by_first_letter(longest_first(NAVIGATION_WORDS))})(?!\w)"
)

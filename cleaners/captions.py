"""Photo captions inside the body: moved out into ``captions``, each once.

Three kinds of evidence mark a caption:

- a photo credit at its end: "(Photo: VNA)", "Photo: AP", "Credit: Jane Doe/Reuters",
  "(AP Photo/Evan Vucci)", "REUTERS/Jane Doe", "(Getty Images)";
- an image marker glued between a headline and a caption ("… Deputy Minister hinh
  anh 1At the 88th INTERPOL General Assembly (Photo: VNA)");
- near the top, a one-sentence paragraph with a position cue ("(centre)", "(L)",
  "(second from right)") that paraphrases another paragraph there;
- a credit by names no list holds, standing after the caption's last sentence:
  a source and a name joined by a slash ("… wieder zu Kräften. Unsplash/Kelly
  Sikkema", "(Manu Fernandez/AP)"), or the same few capitalised words ending
  several paragraphs ("… arrival. Supplied", "… in Sweidah. SRF"). Article
  prose ends with its sentence, and no two of its paragraphs end in the same
  words after it (:func:`credited`).
"""

from __future__ import annotations

import re
from collections import Counter

from cleaners.article import Change
from cleaners.base import Cleaner, Document
from cleaners.bylines import AGENCIES, AGENCY_NAME, END_MARKER, has_end_marker
from cleaners.evidence import (
    content_words,
    is_sentence,
    sentence_count,
    squash,
    stem,
    stems,
    word_count,
)
from cleaners.language import fold_case
from cleaners.settings import (
    CREDIT_WINDOW,
    MAX_CAPTION_WORDS,
    MAX_CREDIT_WORDS,
    MIN_DESCRIPTION_WORDS,
    MIN_PARAPHRASE_OVERLAP,
    MIN_REPEATED_CREDITS,
    PARAPHRASE_DISTANCE,
    TOP_PARAGRAPHS,
)
from cleaners.vocabulary import MONTH

#: Words that name a picture in a credit.
PICTURE_WORDS = (
    r"(?:photos?|photograph(?:er)?|photo\s+credit|image(?:\s+credit)?|images|picture|pic"
    r"|credit|illustration|graphic|video|file\s+photo|screenshot|screengrab|ảnh"
    # the same labels in the other languages the project detects
    r"|fotos?|bild(?:er)?|bildquelle|imagen|imagem|immagine|zdjęcie|fotoğraf|kuva|写真|фото"
    r"|crédits?(?:\s+photo)?|créditos?"
    r"|fotó|fotografie|snímek|snímka|nuotr|nuotrauka|attēls|mynd|ljósmynd|φωτογραφία|φωτ"
    r"|світлина|снимка|kép|sursa\s+foto|사진|图片|圖片|图|صورة|צילום|عکس"
    r"|الصورة|تصوير|फोटो|फ़ोटो|तस्वीर|ภาพ)"
)
#: A credit label glued to the caption's last word, as a page's separate credit
#: element is read into the text ("… ate a rabbitCredit: Getty - Contributor",
#: "… Luschniki-StadionBild: Pavel Golovkin/dpa"): a capitalised label right
#: after a lower-case letter is no word of a sentence.
GLUED_CREDIT = re.compile(
    r"(?<=[a-zà-ÿß])(?:Credits?|Photos?|Fotos?|Bild|Image|Imagen|Imagem|Foto\s+credit)"
    r"\s*:\s*[^.:;]{1,80}$"
)
#: Photo agencies and picture libraries that credit a picture by name alone, and
#: the news agencies.
PHOTO_LIBRARIES = (
    "Getty Images", "Shutterstock", "Alamy", "iStock", "iStockphoto", "EPA", "EPA-EFE",
    "Handout", "Courtesy", "Pool", "File",
)  # fmt: skip
PICTURE_SOURCE = (
    "(?:"
    + "|".join(  # as written or in capitals, never "ePA" for "EPA"
        re.escape(name) for a in (*PHOTO_LIBRARIES, *AGENCIES) for name in {a, a.upper()}
    )
    + ")"
)
#: Credits that end a caption. Each is anchored at the end of the paragraph and
#: comes with what the lower-cased end of a paragraph must contain (one of) for
#: it to match: a cheap test before the pattern.
CREDITS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # (Photo: VNA), (Photo credit: Jane Doe), (File photo/Reuters), (Image: NASA)
    ((")",), re.compile(rf"\(\s*{PICTURE_WORDS}\s*[:/,-]?\s*[^()]{{0,80}}\)\.?$", re.I)),
    # (AP Photo/Evan Vucci), (Reuters photo), (Getty Images), (AFP via Getty Images)
    ((")",), re.compile(rf"\([^()]{{0,60}}\b{PICTURE_WORDS}\b[^()]{{0,60}}\)\.?$", re.I)),
    # Photo: AP / Credit: Jane Doe/Reuters / Image credit: NASA
    (
        (":",),
        re.compile(rf"(?:^|[.!?)\"”’]\s*|\s[|–—-]\s*){PICTURE_WORDS}\s*:\s*[^.:;]{{1,80}}$", re.I),
    ),
    # … ate a rabbitCredit: Getty (the label glued to the caption's last word)
    ((":",), GLUED_CREDIT),
    # … seen here Photo: AP (no full stop before it: the credit names someone)
    (
        (":",),
        re.compile(rf"\s(?i:{PICTURE_WORDS})\s*:\s*(?:[A-Z©]|{AGENCY_NAME})[^.:;]{{0,80}}$"),
    ),
    # Jane Doe/Reuters, Jane Doe/EPA via Getty Images (a name, a slash, a source)
    (
        ("/",),
        re.compile(r"(?:^|\s)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s*/\s*\w[\w .&’'-]{1,60}$"),
    ),
    # NASA/Jane Doe (an upper-case source, a slash, a name)
    (("/",), re.compile(r"(?:^|\s)[A-Z]{2,}\s*/\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}$")),
    # REUTERS/Jane Doe, AFP/Getty Images, Photo by Jane Doe on Unsplash
    (("/",), re.compile(rf"(?:^|\s)(?i:{AGENCY_NAME})\s*/\s*[A-Z][^./]{{1,60}}$")),
    (("by",), re.compile(rf"(?:^|[.!?)]\s+){PICTURE_WORDS}\s+by\s+[A-Z][^.]{{1,80}}$", re.I)),
    # … in Chile. (Reuters), … on Monday. (Shutterstock) — a source in brackets
    (
        (")",),
        re.compile(rf"[.!?\w]\s*\(\s*{PICTURE_SOURCE}(?:\s*/\s*[^()]{{1,60}})?\s*\)$"),
    ),
    # © Jane Doe 2021
    (("©", "(c)"), re.compile(r"(?:^|\s)(?:©|\(c\))\s*[^.]{1,80}$", re.I)),
    # （新华社记者 张三 摄）: Chinese credits the photographer with 摄 ("shot by")
    (("摄", "攝"), re.compile(r"[（(][^（）()]{1,40}[摄攝](?:影)?[）)]$")),
)
#: Something every credit above contains, lower-cased, unless it ends in a
#: bracket (a cheap test before the patterns), and all of them in one search.
CREDIT_HINTS = (
    "phot", "imag", "pictur", "pic", "credit", "illustr", "graphic", "video", "screen",
    "ảnh", "/", "©", "(c)", "foto", "bild", "immagine", "zdjęcie", "fotoğraf", "kuva", "写真",
    "фото", "crédit",
    "fotó", "fotografie", "snímek", "snímka", "nuotr", "attēls", "mynd", "φωτ", "світлина",
    "снимка", "kép", "사진", "图", "圖片", "صورة", "צילום", "عکس", "تصوير", "फोटो", "फ़ोटो",
    "तस्वीर", "ภาพ", "摄", "攝",
)  # fmt: skip
CREDIT_HINT = re.compile("|".join(re.escape(h) for h in CREDIT_HINTS))
#: What the credit patterns need, all together.
CREDIT_CLUES = tuple(dict.fromkeys(clue for clues, _ in CREDITS for clue in clues))
#: Image markers glued between a headline and a caption ("hinh anh 1" is
#: Vietnamese for "image 1"), with the caption starting right after the number.
IMAGE_MARKER = re.compile(
    r"\s*\b(?:hinh\s+anh|hình\s+ảnh|ảnh|image|photo)\s*\d{1,2}(?=[A-Z\"“])", re.I
)
#: A number glued to a capital or an opening quote (a cheap test before the marker).
GLUED_AFTER_NUMBER = re.compile(r"\d[A-Z\"“]")
#: Cues that a sentence describes who stands where in a picture.
POSITION_CUE = re.compile(
    r"\((?:(?:far|second|third|2nd|3rd|\d(?:st|nd|rd|th))?\s*(?:from\s+)?"
    r"(?:centre|center|left|right|front|back|middle|top|bottom|L|R|C|seated|standing)"
    r"(?:\s*,\s*[^()]{1,20})?)\)",
    re.I,
)
#: A source tag opening a lead: a place or outlet, perhaps a date, an agency in
#: brackets and/or a dash ("Santiago (VNA) –", "KATHMANDU, Aug 7 (Xinhua) --",
#: "SANTA FE, N.M. (AP) —", "PSNews –").
LEAD_SOURCE_TAG = re.compile(
    r"^[A-Z][^.!?()\n]{0,50}?"
    rf"(?:\((?:{AGENCY_NAME}|[A-Z]{{2,}}[\w ]{{0,20}})\)\s*(?:--|[–—-])?"  # (VNA), (CNN Business)
    r"|\([^()]{1,30}\)\s*(?:--|[–—-])"  # (anything) –
    r"|\s(?:--|[–—-]))\s"  # PARIS –
)
#: What a source tag holds outside its brackets: names, dates, numbers, short
#: particles ("Rio de Janeiro", "Paris, le 3 mars"); a lower-case word of four
#: letters or more is a clause's ("The White House said on Sunday – …").
CLAUSE_WORD = re.compile(r"(?<![\w-])[^\W\d_]{4,}")
BRACKETED = re.compile(r"\([^()]*\)")
#: What stands after a paragraph's last sentence (its mark after a word or a
#: year, no abbreviation or ordinal of two letters or digits), alone to the
#: end: a few words with no sentence mark, perhaps in brackets, perhaps glued
#: to the mark where the page's credit element was read in without a space.
#: The match opens with the mark (the engine skips from one to the next), the
#: fragment's text after it.
#: (``FRAGMENT_QUOTES``: the mark that may stand before the fragment's spaces;
#: ``FRAGMENT_CHARS``: the most characters the fragment, the group, holds.)
FRAGMENT_QUOTES = "\"'”’»"
FRAGMENT_TEXT_CHARS = 80
FRAGMENT_CHARS = FRAGMENT_TEXT_CHARS + 3  # its first letter and brackets
TRAILING_FRAGMENT = re.compile(
    rf"[.!?](?<=[^\W_]{{3}}.)[{FRAGMENT_QUOTES}]?\s*"
    rf"(\(?[^\W\d_©][^.!?…:;()\[\]]{{0,{FRAGMENT_TEXT_CHARS}}}\)?)$"
)
#: The words of a credit: names, a source, joined by spaces or slashes.
CREDIT_TOKEN = re.compile(r"[^\s/]+")
#: Lower-case words a name may hold ("Gustavo de la Vega", "Jan van Dijk").
NAME_PARTICLES = frozenset(
    {"de", "del", "da", "di", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "y", "e"}
)


def opens_with_source_tag(paragraph: str) -> bool:
    """Whether ``paragraph`` opens with a source tag (``LEAD_SOURCE_TAG``) that
    holds no clause word outside its brackets.

    >>> opens_with_source_tag("KATHMANDU, Aug 7 (Xinhua) -- Nepal said on Monday it would.")
    True
    >>> opens_with_source_tag("The palace said on Sunday – despite the rain – it would.")
    False
    """
    m = LEAD_SOURCE_TAG.match(paragraph)
    if not m:
        return False
    outside = MONTH.sub(" ", BRACKETED.sub(" ", m.group()))
    return not any(w[0].islower() for w in CLAUSE_WORD.findall(outside))


def has_credit(paragraph: str) -> bool:
    """Whether ``paragraph`` is a photo caption with a credit at its end.

    >>> has_credit("Deputy Minister Thanh speaks in Chile. (Photo: VNA)")
    True
    >>> has_credit("Protesters gather in the square on Monday. REUTERS/Jane Doe")
    True
    >>> has_credit("The minister said the police (AFP) would help.")
    False
    """
    text = paragraph.strip()
    if has_end_marker(text):  # "(Photo: VNA)/." ends a story
        text = END_MARKER.sub("", text).rstrip()
    words = text.count(" ") + 1  # spaces are normalised by now; a cheap word count
    if words <= MIN_DESCRIPTION_WORDS and not text.isascii():
        words = word_count(text)  # a script that writes no space between words
    if not MIN_DESCRIPTION_WORDS < words <= MAX_CAPTION_WORDS:
        return False
    cut = max(0, len(text) - CREDIT_WINDOW)  # credits are short and sit at the end
    tail = text[cut:]
    lowered = fold_case(tail)
    if not any(map(lowered.__contains__, CREDIT_CLUES)):
        return False  # no credit pattern could match (most paragraphs end here)
    if not (tail.rstrip(" .").endswith(")") or CREDIT_HINT.search(lowered)):
        return False
    for clues, pattern in CREDITS:
        if not any(map(lowered.__contains__, clues)):
            continue  # the pattern needs a character or word this end lacks
        m = pattern.search(tail)
        if m and word_count(text[: cut + m.start()]) >= MIN_DESCRIPTION_WORDS:
            return True
    return False


def trailing_credit(paragraph: str) -> str | None:
    """The credit-shaped words after ``paragraph``'s last sentence, if any: up
    to ``MAX_CREDIT_WORDS`` names (each capitalised, a particle aside) joined
    by spaces or slashes, perhaps in brackets or after a comma ("AP Photo/Eric
    Gay, File"), after at least ``MIN_DESCRIPTION_WORDS`` words of caption.

    >>> trailing_credit("The lodge reopened after a long overhaul. Supplied")
    'Supplied'
    >>> trailing_credit("He was born in St. Louis"), trailing_credit("It rained. Then it stopped.")
    (None, None)
    """
    if "." not in paragraph and "!" not in paragraph and "?" not in paragraph:
        return None
    m = TRAILING_FRAGMENT.search(paragraph, _fragment_start(paragraph))
    if not m or len(paragraph[: m.start() + 1].split()) < MIN_DESCRIPTION_WORDS:
        return None
    fragment = m.group(1)
    if not paragraph[m.start(1) - 1].isspace() and "/" not in fragment:
        return None  # glued on: a button's label as often ("….Click To Tweet")
    words = CREDIT_TOKEN.findall(fragment.strip("()").replace(",", " "))
    if not 0 < len(words) <= MAX_CREDIT_WORDS or words[0] in NAME_PARTICLES:
        return None
    if not all(w[:1].isupper() or w in NAME_PARTICLES or w in ("&", "©") for w in words):
        return None
    return fragment


def _fragment_start(paragraph: str) -> int:
    """Where ``TRAILING_FRAGMENT``'s search may start: no match of it starts
    before (its fragment ends the paragraph, a newline aside, and holds at most
    ``FRAGMENT_CHARS``; only spaces and a closing mark stand before it). A
    search from the start would try every character of a long paragraph.

    >>> text = "A long caption. " * 20 + "AP Photo"
    >>> TRAILING_FRAGMENT.search(text, _fragment_start(text)).group(1)
    'AP Photo'
    """
    start = max(0, len(paragraph) - FRAGMENT_CHARS - 1)
    while start and paragraph[start - 1].isspace():
        start -= 1
    if start and paragraph[start - 1] in FRAGMENT_QUOTES:
        start -= 1
    return max(0, start - 1)  # the mark before


def credited(paragraphs: list[str]) -> list[int]:
    """Indices of caption-sized paragraphs that end, after their last sentence,
    in a credit by names: one a slash joins ("Unsplash/Kelly Sikkema", "(Manu
    Fernandez/AP)"), or one that ends ``MIN_REPEATED_CREDITS`` paragraphs or
    more ("Supplied", "SRF").

    >>> credited(["The lodge reopened in May. Supplied", "A view of the lake. Supplied",
    ...           "Guests arrive by train. It was busy.", "A cold. Unsplash/Kelly Sikkema"])
    [0, 1, 3]
    """
    credits: dict[int, str] = {}
    for i, paragraph in enumerate(paragraphs):
        if paragraph.count(" ") < MAX_CAPTION_WORDS:  # a cheap word count
            credit = trailing_credit(paragraph)
            if credit is not None:
                credits[i] = credit
    if not credits:
        return []
    counts = Counter(credits.values())
    return [
        i
        for i, credit in credits.items()
        if "/" in credit or counts[credit] >= MIN_REPEATED_CREDITS
    ]


def split_image_marker(paragraph: str) -> tuple[str, str] | None:
    """(what stays, the caption) when an image marker glues a caption on.

    >>> split_image_marker("Deputy Minister hinh anh 1At the Assembly (Photo: VNA)")
    ('Deputy Minister', 'At the Assembly (Photo: VNA)')
    """
    if not GLUED_AFTER_NUMBER.search(paragraph):
        return None  # every marker ends in a number glued to the caption
    m = IMAGE_MARKER.search(paragraph)
    if not m:
        return None
    before, after = paragraph[: m.start()].rstrip(), paragraph[m.end() :].strip()
    if not after or (not has_credit(after) and len(after.split()) > MAX_CAPTION_WORDS):
        return None
    return before, after


def paraphrases_top(paragraphs: list[str], index: int) -> bool:
    """Whether paragraph ``index`` is an uncredited caption near the top: one
    sentence that says again what another paragraph there says, and either
    places people in a picture ("(centre)", "(L)") or stands beside a lead that
    opens with a source tag it lacks itself ("KATHMANDU, Aug 7 (Xinhua) --").
    A line the other paragraph contains whole is a standfirst, not a caption.

    >>> lead = "NAIROBI (AFP) – Police fired tear gas at protesters in Nairobi on Tuesday."
    >>> paraphrases_top(["Police fire tear gas at protesters in Nairobi on Tuesday.", lead], 0)
    True
    >>> paraphrases_top([lead, "Police fire tear gas at protesters in Nairobi on Tuesday."], 0)
    False
    """
    text = paragraphs[index]
    if len(text.split()) > MAX_CAPTION_WORDS or sentence_count(text) != 1:
        return False
    if not is_sentence(text):
        return False  # a headline, not a caption
    cue = bool(POSITION_CUE.search(text))
    if not cue and opens_with_source_tag(text):
        return False
    words = {stem(w) for w in content_words(text)}
    if not words:
        return False
    own = squash(text)
    for j in range(max(0, index - PARAPHRASE_DISTANCE), index + PARAPHRASE_DISTANCE + 1):
        if j == index or j >= len(paragraphs):
            continue
        other = paragraphs[j]
        if own in squash(other):
            continue  # a standfirst repeating the lead: drop_repeats' business
        if not (cue or opens_with_source_tag(other)):
            continue
        if len(words & stems(other)) / len(words) >= MIN_PARAPHRASE_OVERLAP:
            return True
    return False


class SplitCaptions(Cleaner):
    """Move photo captions out of the body into ``captions``, each once.

    >>> doc = Document(["Headline hinh anh 1A photo (Photo: VNA)", "The lead.",
    ...                 "A man speaks. (Photo: VNA)", "A man speaks. (Photo: VNA)", "More."])
    >>> SplitCaptions()(doc).paragraphs, doc.captions
    (['Headline', 'The lead.', 'More.'], ['A photo (Photo: VNA)', 'A man speaks. (Photo: VNA)'])
    """

    name = "split_captions"

    def apply(self, doc: Document) -> None:
        for i, paragraph in enumerate(doc.paragraphs):
            split = split_image_marker(paragraph)
            if split is None:
                continue
            before, caption = split
            position = doc.offset(i, len(before))
            doc.changes.append(
                Change(self.name, "move", paragraph[len(before) :], position, target="captions")
            )
            doc.add_caption(caption)
            doc.paragraphs[i] = before
        doc.paragraphs = [p for p in doc.paragraphs if p]
        if len(doc.paragraphs) < 2:
            return
        found = [i for i, p in enumerate(doc.paragraphs) if has_credit(p)]
        found += [i for i in credited(doc.paragraphs) if i not in found]
        found += [
            i
            for i in range(min(TOP_PARAGRAPHS, len(doc.paragraphs)))
            if i not in found and paraphrases_top(doc.paragraphs, i)
        ]
        if not found or len(found) == len(doc.paragraphs):
            return
        for caption in doc.remove(self.name, found, target="captions"):
            doc.add_caption(END_MARKER.sub("", caption).rstrip())

"""Datelines, bylines and sign-offs: lines about the article rather than of it.

A dateline ("Thứ Hai, 16/04/2018, 14:28", "Published: 3 March 2021 09:15") becomes
``published``; a byline ("By An Nhien") becomes ``author``; an end-of-story marker
("/.") and a lone agency sign-off ("VNA", "(Reuters)") at the end leave the body.
A source tag that opens the lead ("PSNews –", "SANTA FE (AP) —") is part of the lead
and stays. A dateline or byline is a line of its own (a sentence that mentions a
date is not one), so the whole document is searched: removals elsewhere must not
decide whether one is found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cleaners.article import Change
from cleaners.base import Cleaner, Document, diff_edit
from cleaners.evidence import is_sentence
from cleaners.settings import (
    MAX_META_CHARS,
    MAX_META_WORDS,
    MAX_NAME_WORDS,
)
from cleaners.vocabulary import WEEKDAY_NAMES

ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
#: The months of the other languages the detector names, January first (the
#: genitive where a date uses it: "16. května", "12 января").
MONTH_NAMES = (
    "januar|jänner februar märz|mrz|mär april mai juni juli august september oktober|okt "
    "november dezember|dez",  # de
    "janvier|janv février|févr mars avril|avr mai juin juillet|juil août septembre octobre "
    "novembre décembre|déc",  # fr
    "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre "
    "diciembre",  # es
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",  # it
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",  # pl
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",  # fi
    "január február március április május június július augusztus szeptember október "
    "november december",  # hu
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie",  # ro
    # hr: "listopada" is October there and November in Polish (read as Polish)
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca",
    "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra "
    "decembra",  # sl
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra "
    "decembra",  # sk
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio "
    "gruodžio",  # lt
    "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī "
    "decembrī",  # lv
    "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
    "οκτωβρίου νοεμβρίου δεκεμβρίου",  # el
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
)


def _all_months() -> dict[str, int]:
    """Month name (lower case) -> its number, English's and ``MONTH_NAMES``'
    (each language's twelve, variants joined by "|", "-" for one left out).

    >>> months = _all_months()
    >>> months["mai"], months["января"], months["listopada"], months["dec"]
    (5, 1, 11, 12)
    """
    months = dict(ENGLISH_MONTHS)
    for names in MONTH_NAMES:
        for number, forms in enumerate(names.split(), start=1):
            for form in forms.split("|"):
                if form != "-":
                    months.setdefault(form, number)
    return months


MONTHS = _all_months()
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: Weekday names that may open a dateline (Vietnamese writes them in two words).
WEEKDAYS = (
    r"(?:"
    + "|".join(re.escape(w) for w in sorted(WEEKDAY_NAMES.split(), key=len, reverse=True))
    + r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\.?"
)
#: Labels that may open a dateline.
DATE_LABELS = (
    r"(?:published|first\s+published|updated|last\s+updated|posted|last\s+modified"
    r"|date|modified|ngày\s+đăng|cập\s+nhật"
    r"|veröffentlicht|aktualisiert|publiziert|erschienen|stand|publié|mis\s+à\s+jour|publicado"
    r"|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publisert"
    r"|oppdatert|publiceret|opdateret|publicerad|uppdaterad|opublikowano|zaktualizowano"
    r"|yayınlanma|güncelleme|diperbarui|julkaistu|päivitetty|közzétéve|frissítve"
    r"|publicat|actualizat|objavljeno|ažurirano|zveřejněno|aktualizováno|publikované"
    r"|paskelbta|atnaujinta|publicēts|birt|uppfært|δημοσιεύθηκε|ενημερώθηκε"
    r"|опубликовано|обновлено|опубліковано|оновлено|публикувано|обновено)"
    r"(?:\s+(?:on|at|am|le|el|il|em|op|den|dnia|tarihi))?\s*:?"
)
#: Time zones and fillers that may stand around the date and time ("um 14:20
#: Uhr", "à 14h20", "в 09:41", "klo 10.15").
DATE_FILLERS = (
    r"(?:at|on|lúc|ngày|(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|[ecmp][sd]?t|bst|cet|cest|mez|mesz|ict|jst|ist|hkt|sgt|aest"
    r"|um|uhr|am|à|le|de|del|el|às|alle|om|kl|klo|kello|godz|saat|pukul|u|v|o|в|о|στις)"
    r"(?!\w)"
)
DATE_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
DATE_ISO = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
#: "3 March 2021", "16. Mai 2024", "5 de mayo de 2024"; "March 3, 2021";
#: the year first: "2024. március 5.", "2024 m. rugsėjo 5 d.".
DATE_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?({MONTH})\s*,?\s*(?:de\s+)?(\d{{4}})\b",
    re.I,
)
DATE_MONTH_DAY = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(\d{{4}})\b", re.I)
DATE_YEAR_MONTH_DAY = re.compile(
    rf"\b(\d{{4}})\.?\s+(?:m\.\s+)?({MONTH})\s+(\d{{1,2}})(?:\.|\s+d\.)?(?!\w)", re.I
)
TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})(?::\d{2})?\s*([ap])?\.?\s*(?:m\b\.?)?", re.I)
#: What every date pattern above contains (a cheap test before them).
YEAR_DIGITS = re.compile(r"\d{4}")
#: Anything left of a dateline once its date, time and fillers are taken out.
WORD_CHARACTER = re.compile(r"\w")
DATE_NOISE = re.compile(rf"\b{WEEKDAYS}(?!\w)|^\s*{DATE_LABELS}|{DATE_FILLERS}", re.I)

#: Byline openers and the words a name may be made of.
BYLINE = re.compile(
    r"^(?:by|written\s+by|story\s+by|words\s+by|text\s+by|author\s*:|reporter\s*:"
    # the word for "by" of the other languages, and their "Author:" labels
    r"|von|par|por|door|av|af|przez|di|oleh"
    r"|(?:autor|autorin|autorka|auteur|autore|autora|autores|texto|text|tekst|kirjoittaja"
    r"|szerző|автор|autorius|autors|συντάκτης|yazar|penulis|tác\s+giả|höfundur"
    r"|كتب|نویسنده|लेखक)\s*:"
    # and those that need no colon: Arabic's and Persian's "by the pen of",
    # Hebrew's "by", Thai's "by"
    r"|بقلم\s*:?|به\s+قلم\s*:?|מאת\s*:?|โดย)\s+(.+)$"
    # Chinese writes its reporter's or author's label with no space before the name
    r"|^(?:记者|記者|作者\s*[:：]|文\s*[/／])\s*(.+)$",
    re.I,
)
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "binti",
        "al",
        "el",
        "le",
        "la",
        "di",
        "del",
        "ter",
        "ten",
    ]
)
#: A word of a name: a capital (of any script) first, or an initial ("J.").
NAME_WORD = re.compile(r"^(?:[^\W\d_][\w’'.-]*|[^\W\d_]\.)$")
#: Separators between a byline's name and what follows it (role, outlet, date).
BYLINE_SEPARATORS = re.compile(r"\s*(?:[,|•·;]|\s[–—-]\s)\s*")
NAME_JOINERS = re.compile(r"\s+(?:and|&)\s+")
#: A stamp then its writer ("5:45 AM PST 11/19/2019 by Patrick Shanley",
#: "Posted on 3 March 2021 by Jane Doe", "12.03.2021 von Anna Berg"): the
#: word for "by" in the project's languages, between a dateline and a name.
DATED_BY = re.compile(r"\s(?:by|von|par|por|di|da|door|av|af|przez|tarafından)\s", re.I)
#: The word for "by" alone on its line: a byline whose name the page set on
#: the next line ("By" / "Ryan Reed", "von" / "Michelle de Oliveira").
BY_ALONE = re.compile(r"(?:by|von|par|por|di|da|door|av|af|przez|oleh)\s*:?", re.I)

#: News agencies that sign off a story on a line of their own.
AGENCIES = (
    "VNA", "VNS", "VOV", "AFP", "AP", "Reuters", "dpa", "Xinhua", "TASS", "Kyodo",
    "Yonhap", "ANI", "PTI", "IANS", "UPI", "Bernama", "EFE", "ANSA", "Lusa", "AAP",
    "CNA", "PNA", "Antara", "Sputnik", "RIA Novosti", "Anadolu", "KUNA", "WAM", "SPA",
    "IRNA", "MENA", "Prensa Latina", "PA", "Bloomberg", "AA", "NNA", "Interfax",
    # the national agencies of the other languages the detector names
    "APA", "SDA", "Keystone-SDA", "KNA", "epd", "AFP/dpa", "ANP", "Belga", "NTB", "TT",
    "Ritzau", "STT", "PAP", "ČTK", "CTK", "TASR", "MTI", "Agerpres", "Hina", "STA",
    "Tanjug", "FENA", "BTA", "MIA", "ELTA", "LETA", "BNS", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "ТАСС",
    "РИА Новости", "Интерфакс", "Укрінформ", "Ukrinform", "УНІАН", "UNIAN", "Europa Press",
    "Notimex", "Télam", "Agência Brasil", "Jiji", "Yonhap News", "연합뉴스", "新华社",
    "DHA", "İHA", "IHA", "ANKA", "Antara News", "TTXVN",
    # the agencies as the scripts of the other detected languages write them
    "رويترز", "فرانس برس", "أ ف ب", "أسوشيتد برس", "الأناضول", "واس", "وام", "كونا", "ایرنا",
    "ایسنا", "تسنیم", "رویترز", "רויטרס", "पीटीआई", "एएनआई", "आईएएनएस", "中新社", "中央社",
    "共同通信", "時事通信", "共同", "時事", "ロイター", "รอยเตอร์", "เอเอฟพี",
)  # fmt: skip
AGENCY_NAME = "(?:" + "|".join(re.escape(a) for a in AGENCIES) + ")"
SIGN_OFF = re.compile(
    rf"^[\s(\[（—–-]*{AGENCY_NAME}(?:\s*[/,&]\s*(?:{AGENCY_NAME}|[A-Z]{{2,5}}))*[\s)\]）.—–-]*$",
    re.I,
)
#: A writer's sign-off alone on the last line: lower-case initials in
#: brackets, perhaps with an agency's or another writer's ("(kas)", "(ant/nov)",
#: "(red/dpa)").
LONE_INITIALS = re.compile(
    rf"[(（]\s*[^\W\d_A-Z]{{2,4}}(?:\s*/\s*(?:[^\W\d_A-Z]{{2,4}}|{AGENCY_NAME}))*\s*[)）]"
)
#: End-of-story markers at the end of the last paragraph (or alone on a line).
END_MARKER = re.compile(
    r"(?:(?<=[.!?\"”’)\]])|^|\s)\s*(?:/\.|\(END\)|\[END\]|-30-|#{3}|■|\(ends\))$"
)
#: A writer's or agency's sign-off in parentheses after a story's last sentence
#: ("… ist frei. (kas)", "… on Monday. (AFP)", "(red/dpa)"): lowercase initials
#: or an agency's name.
CLOSING_SIGN_OFF = re.compile(
    rf"[.!?\"”“»«’]\s*\((?:[^\W\d_A-Z]{{2,4}}|{AGENCY_NAME})(?:/(?:[^\W\d_A-Z]{{2,4}}|{AGENCY_NAME}))*\)$"
)
#: What a paragraph with an end marker ends with (a cheap test before the pattern).
END_MARKER_ENDINGS = ("/.", ")", "]", "-30-", "###", "■")


def has_end_marker(paragraph: str) -> bool:
    """Whether ``paragraph`` ends with an end-of-story marker.

    >>> has_end_marker("for the 2019-2024 period./."), has_end_marker("see example.com/.")
    (True, False)
    """
    text = paragraph.rstrip()
    return text.endswith(END_MARKER_ENDINGS) and bool(END_MARKER.search(text))


def has_closing_sign_off(paragraph: str) -> bool:
    """Whether ``paragraph`` ends with a sign-off in parentheses after its last sentence.

    >>> has_closing_sign_off("Der Eintritt ist frei. (kas)"), has_closing_sign_off("Aus.“(phy)")
    (True, True)
    >>> has_closing_sign_off("The show opens on Friday (photos)"), has_closing_sign_off("(kas)")
    (False, False)
    """
    text = paragraph.rstrip()
    return text.endswith(")") and bool(CLOSING_SIGN_OFF.search(text))


@dataclass
class Dateline:
    """A date (and maybe a time) read from a dateline."""

    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None

    def iso(self) -> str:
        """ISO 8601: the date, with the time to the minute when known."""
        date = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.hour is None or self.minute is None:
            return date
        return f"{date}T{self.hour:02d}:{self.minute:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200


def find_date(text: str) -> tuple[Dateline, list[tuple[int, int]]] | None:
    """The first date in ``text`` with the spans it and its time occupy."""
    if not YEAR_DIGITS.search(text):
        return None  # every date pattern above holds a four-digit year
    found: tuple[Dateline, tuple[int, int]] | None = None
    m = DATE_ISO.search(text)
    if m and _valid(int(m[1]), int(m[2]), int(m[3])):
        hour, minute = (int(m[4]), int(m[5])) if m[4] else (None, None)
        found = (Dateline(int(m[1]), int(m[2]), int(m[3]), hour, minute), m.span())
    for pattern in (DATE_NUMERIC, DATE_DAY_MONTH, DATE_MONTH_DAY, DATE_YEAR_MONTH_DAY):
        if found:
            break
        m = pattern.search(text)
        if not m:
            continue
        if pattern is DATE_NUMERIC:
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            day, month = (b, a) if b > 12 >= a else (a, b)  # day first unless impossible
        elif pattern is DATE_DAY_MONTH:
            day, month, year = int(m[1]), MONTHS[m[2].lower().rstrip(".")], int(m[3])
        elif pattern is DATE_YEAR_MONTH_DAY:
            year, month, day = int(m[1]), MONTHS[m[2].lower().rstrip(".")], int(m[3])
        else:
            month, day, year = MONTHS[m[1].lower().rstrip(".")], int(m[2]), int(m[3])
        if _valid(year, month, day):
            found = (Dateline(year, month, day), m.span())
    if not found:
        return None
    date, span = found
    spans = [span]
    if date.hour is None:
        rest = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
        t = TIME.search(rest)
        if t:
            hour, minute = int(t[1]), int(t[2])
            if t[3] and t[3].lower() == "p" and hour < 12:
                hour += 12
            elif t[3] and t[3].lower() == "a" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                date.hour, date.minute = hour, minute
                spans.append(t.span())
    return date, spans


def parse_dateline(line: str) -> Dateline | None:
    """The date of ``line`` when the whole line is a dateline, else None.

    >>> parse_dateline("Thứ Hai, 16/04/2018, 14:28").iso()
    '2018-04-16T14:28'
    >>> parse_dateline("Updated 14:02 GMT, Mar 3, 2021").iso()
    '2021-03-03T14:02'
    >>> parse_dateline("Published: 3 March 2021 09:15").iso()
    '2021-03-03T09:15'
    >>> parse_dateline("The meeting ended on 3 March 2021.") is None
    True
    """
    if len(line) > MAX_META_CHARS or len(line.split()) > MAX_META_WORDS:
        return None
    found = find_date(line)
    if not found:
        return None
    date, spans = found
    rest = line
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = DATE_NOISE.sub(" ", rest)
    return None if WORD_CHARACTER.search(rest) else date


def _name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a person's name: capitalised, in any
    script that has capitals ("Anna", "Šimon", "Юлия", "Ólafur"), or an initial;
    any word of a script without capitals ("أحمد", "张三").

    >>> _name_word("Šimon"), _name_word("Юлия"), _name_word("J."), _name_word("the")
    (True, True, True, False)
    >>> _name_word("أحمد"), _name_word("张三"), _name_word("राहुल")
    (True, True, True)
    """
    first = word[0]
    if first.isalpha() and first.lower() == first.upper():
        # a script without capitals (Arabic, Hebrew, Chinese, Devanagari, Thai)
        # writes a name as any other word: letters and their vowel signs
        return all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)
    return bool(NAME_WORD.match(word)) and first.isupper()


def _name(text: str) -> str | None:
    """``text`` when it reads as a person's name (or names joined by "and")."""
    names = NAME_JOINERS.split(text.strip().rstrip("."))
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= MAX_NAME_WORDS:
            return None
        if not all(_name_word(w) or w in NAME_PARTICLES for w in words):
            return None
        if not _name_word(words[0]):
            return None
    return " ".join(text.split()).rstrip(".") if names else None


def parse_byline(line: str) -> tuple[str, Dateline | None] | None:
    """The author (and a date, if the byline carries one) when ``line`` is a byline.

    >>> parse_byline("By An Nhien")
    ('An Nhien', None)
    >>> parse_byline("By Jane Doe and John Roe | March 3, 2021")[0]
    'Jane Doe and John Roe'
    >>> parse_byline("By the end of the year, prices rose.") is None
    True
    """
    if len(line) > MAX_META_CHARS or len(line.split()) > MAX_META_WORDS:
        return None
    m = BYLINE.match(line.strip())
    if not m:
        return _dated_byline(line)
    parts = BYLINE_SEPARATORS.split(m[1] or m[2])
    author = _name(parts[0])
    if author is None:
        return None
    date = None
    for part in parts[1:]:
        date = date or parse_dateline(part)
    return author, date


def _dated_byline(line: str) -> tuple[str, Dateline | None] | None:
    """The rule ``dated_byline``: a dateline and then "by" and a name, on one line.

    >>> _dated_byline("5:45 AM PST 11/19/2019 by Patrick Shanley")[0]
    'Patrick Shanley'
    >>> _dated_byline("In 2019 the plant was bought by Siemens AG") is None
    True
    """
    year = YEAR_DIGITS.search(line)  # the cheap tests: a year, then a "by" word after it
    m = DATED_BY.search(line, year.end()) if year else None
    if not m:
        return None
    date = parse_dateline(line[: m.start()])
    author = _name(line[m.end() :]) if date is not None else None
    return (author, date) if author is not None else None


def is_sign_off(line: str) -> bool:
    """Whether ``line`` is a lone agency sign-off.

    >>> is_sign_off("VNA"), is_sign_off("(Reuters)"), is_sign_off("— AFP"), is_sign_off("Vietnam")
    (True, True, True, False)
    """
    return bool(SIGN_OFF.match(line))


class ExtractDateline(Cleaner):
    """Move datelines into ``published`` (the first one found gives the date).

    >>> doc = Document(["Headline", "Thứ Hai, 16/04/2018, 14:28", "PSNews – The lead."])
    >>> ExtractDateline()(doc).published, doc.paragraphs
    ('2018-04-16T14:28', ['Headline', 'PSNews – The lead.'])
    """

    name = "extract_dateline"

    def apply(self, doc: Document) -> None:
        paras = doc.paragraphs
        found = [(i, d) for i, p in enumerate(paras) if (d := parse_dateline(p))]
        if not found or len(found) == len(paras):
            return
        if doc.published is None:
            doc.published = found[0][1].iso()
        # a live blog or a timeline heads each day's entries with its date: a
        # dateline between two lines of prose is such a heading (the article's
        # own stands above its lead, under the headline or a byline, or below
        # its last line)
        headings = {
            i
            for i, _ in found
            if 0 < i < len(paras) - 1 and is_sentence(paras[i - 1]) and is_sentence(paras[i + 1])
        }
        doc.remove(self.name, [i for i, _ in found if i not in headings], target="published")


class ExtractByline(Cleaner):
    """Move bylines into ``author`` (the first one found gives the name).

    >>> doc = Document(["The lead.", "The end.", "By An Nhien"])
    >>> ExtractByline()(doc).author, doc.paragraphs
    ('An Nhien', ['The lead.', 'The end.'])
    """

    name = "extract_byline"

    def apply(self, doc: Document) -> None:
        found = [(i, b) for i, p in enumerate(doc.paragraphs) if (b := parse_byline(p))]
        names = split_bylines(doc.paragraphs, {i for i, _ in found})
        found = sorted(found + [(i, (name, None)) for i, name in names.items()])
        lines = sorted({k for i, _ in found for k in ((i, i + 1) if i in names else (i,))})
        if not found or len(lines) == len(doc.paragraphs):
            return
        author, date = found[0][1]
        if doc.author is None:
            doc.author = author
        if doc.published is None and date is not None:
            doc.published = date.iso()
        doc.remove(self.name, lines, target="author")


def split_bylines(paragraphs: list[str], taken: set[int]) -> dict[int, str]:
    """The rule ``split_byline``: the word for "by" alone on a line and a name
    alone on the next (indices of the first line, with the name).

    >>> split_bylines(["By", "Ryan Reed", "The lead."], set())
    {0: 'Ryan Reed'}
    >>> split_bylines(["By", "the river, the town grew.", "von", "Anna Berg"], set())
    {2: 'Anna Berg'}
    """
    found: dict[int, str] = {}
    for i in range(len(paragraphs) - 1):
        if i in taken or i + 1 in taken:
            continue
        if BY_ALONE.fullmatch(paragraphs[i].strip()):
            name = _name(paragraphs[i + 1]) if len(paragraphs[i + 1]) <= MAX_META_CHARS else None
            if name is not None:
                found[i] = name
    return found


class DropSignOff(Cleaner):
    """Remove the end-of-story marker and a lone agency sign-off at the end, and
    a lone agency credit above the lead (the rule ``opening_agency``: "AA",
    "(AFP)" alone on the first line is the same credit set on top).

    >>> doc = Document(["Santiago (VNA) – The lead.", "The end./.", "VNA"])
    >>> DropSignOff()(doc).paragraphs
    ['Santiago (VNA) – The lead.', 'The end.']
    """

    name = "drop_signoff"

    def apply(self, doc: Document) -> None:
        if len(doc.paragraphs) > 1 and is_sign_off(doc.paragraphs[0]):
            doc.remove(self.name, [0])  # the rule opening_agency
        while len(doc.paragraphs) > 1:
            last = doc.paragraphs[-1]
            if (
                is_sign_off(last)
                or END_MARKER.fullmatch(last.strip())
                or LONE_INITIALS.fullmatch(last.strip())  # the rule writer_initials
            ):
                doc.remove(self.name, [len(doc.paragraphs) - 1])
                continue
            break
        if not doc.paragraphs:
            return
        last = doc.paragraphs[-1]
        stripped = END_MARKER.sub("", last).rstrip()
        if stripped and stripped != last:
            for start, end, new in diff_edit(last, stripped):
                position = doc.offset(len(doc.paragraphs) - 1, start)
                doc.changes.append(Change(self.name, "remove", last[start:end], position, new))
            doc.paragraphs[-1] = stripped

"""repair_joins: the spaces lost at hard wraps come back, nothing else changes."""

from __future__ import annotations

import itertools
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaners
from cleaners.base import Document
from cleaners.joins import RepairJoins, _paragraph_joins, repair_text
from cleaners.joins_candidates import candidates
from cleaners.joins_lexicon import DocumentLexicon, guess_language, token_key, zipf_table
from cleaners.joins_wraps import Join, follow

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


def _seed(prefix: str) -> str:
    """A seed document, as the golden case keeps a copy of it."""
    return (GOLDEN / f"seed-{prefix}" / "input.txt").read_text(encoding="utf-8")


def _removed_inserted_spaces(before: str, after: str) -> str:
    """``after`` with the spaces it gained over ``before`` taken out again."""
    out = []
    i = 0
    for ch in after:
        if i < len(before) and ch == before[i]:
            out.append(ch)
            i += 1
        elif ch != " ":
            out.append(ch)  # a changed character: the comparison below fails
    return "".join(out)


SEED_JOINS = [
    ("collaboration withcountries and territories", "with countries"),
    ("law enforcement authorities of theINTERPOL member countries", "the INTERPOL"),
    ("on the sidelines of the event,Thanh said that", "event, Thanh"),
    (
        "activities of the ASEAN Chiefs of Police Conference(ASEANAPOL) and",
        "Conference (ASEANAPOL)",
    ),
    ("hosted by Vietnam in the coming time,particularly as Vietnam", "time, particularly"),
    ("since Vietnam became a member of the ASEANAPOL in 1981, it hasbecome an", "has become"),
]


@pytest.mark.parametrize(("dirty", "wanted"), SEED_JOINS)
def test_seed_joins_are_repaired(dirty: str, wanted: str) -> None:
    assert wanted in cleaners.repair_joins(dirty)


def test_seed_004_body_matches_001() -> None:
    """Every wrapped paragraph of seed 004 comes out as seed 001 has it, for
    the joins the brief lists (names included, found through the columns)."""
    dirty, clean = _seed("004"), _seed("001")
    repaired = cleaners.repair_joins(dirty)
    for wanted in (
        "with countries",
        "de Chile",
        "the INTERPOL",
        "high-tech crimes",
        "event, Thanh",
        "Conference (ASEANAPOL)",
        "Vietnam’s law",
        "Kim Jong",
        "Reece Kershaw",
        "has become",
        "time, particularly",
    ):
        assert wanted in clean
        assert wanted in repaired, wanted


def test_seed_004_repairs_agree_with_001() -> None:
    """Most repaired paragraphs of 004 are word for word those of 001."""
    dirty, clean = _seed("004"), _seed("001")
    clean_lines = set(clean.split("\n"))
    wrapped = [line for line in dirty.split("\n")[4:16] if line not in clean_lines]
    fixed = [line for line in repair_text("\n".join(wrapped)).split("\n") if line in clean_lines]
    assert len(fixed) >= len(wrapped) * 2 // 3


MUST_NOT_SPLIT = [
    "Interior minister Kolokoltsev met officials.",
    "The ASEANAPOL conference opened on Monday.",
    "WeWork is reportedly being investigated.",
    "The new AirPods and the iPhone went on sale.",
    "McClatchy filed for bankruptcy protection.",
    "Die elektronische Patientenakte im Gesundheitswesen wird eingeführt.",
    "Jangan membenci satu kaum secara berlebihan, kata beliau.",
    "Thu tuong Nguyen Xuan Phuc tiep Bo truong Cong an tai Ha Noi.",
    "See https://www.example.com/newsRoom/pressRelease?id=42 for details.",
    "Write to press.office@example.org or visit example.com today.",
    "Follow #WeWorkLayoffs and @AirPodsFan on social media.",
    "He ran 5km and took 10mg of the drug, then 2,500mAh later.",
    "Call parse_args(argv) and os.path.join(a, b) in the script.",
    "The U.S. and e.g. the U.K. spent 3,5 billion in 2019-2020.",
    "Its ID.3 and Node.js run at 3.5GHz on the iPad.",
    "Vietnam–Angola ties and the 2025–2030 tenure.",
    "In toto they are a strange bunch of bonbon makers.",
    "Perawi haditsnya berkata bahwa masing2 pengikut harus bersabar, bencilah kebencian.",
]


GLUED_MARKS = [
    ("More on the campaign.https://t.co/hFciHO5Qc7 was posted", "campaign. https://t.co/"),
    ("details are at our site, visitwww.example.com for them", "visit www.example.com"),
    ("Add two sweet potatoes(or yams) and stir well", "potatoes (or yams)"),
    ("It fell by $2 billion.(Bad news for the investors.)", "billion. (Bad"),
    ("the agreement with the[National Assembly] was signed", "the [National"),
    ("The singer was dubbed“the king of pop” by the fans", "dubbed “the"),
    ('The monitor is a 34"3440x1440 curved panel', '34" 3440x1440'),
]


@pytest.mark.parametrize(("dirty", "wanted"), GLUED_MARKS)
def test_marks_glued_to_a_word_are_joins(dirty: str, wanted: str) -> None:
    """An address, an unclosed bracket or an opening quote glued to the word
    before it lost the space before it, even after a known word."""
    assert wanted in cleaners.repair_joins(dirty)


WRAPPED_ENGLISH = (
    "The council said on Tuesday that the new bridge over the river would cost a lot "
    "more than the city had planned, and that work could not begin before the spring "
    "because the contractor had asked for more time to set up the site and to order "
    "the steel it needs, which has become much dearer over the past two years. "
    "Residents who live near the river said they had waited long enough and that the "
    "old crossing was no longer safe for the buses that use it every day of the week."
)


def _hard_wrapped(text: str, width: int) -> tuple[str, list[str]]:
    """``text`` wrapped greedily at ``width`` with the space at each line end
    lost, and the two words run together at each of those ends."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    joined = [a.split()[-1] + b.split()[0] for a, b in itertools.pairwise(lines)]
    return "".join(lines), joined


def test_line_end_inside_a_known_word_is_found_by_the_columns() -> None:
    """In a paragraph wrapped at one width, a line that ends where two words
    ran together into a word of their own ("alot", "setup") is still ended
    there: the width says so, and nothing else ends the line. (The first
    line must end at a candidate: the exact width is read from it.)"""
    hits = 0
    for width in range(60, 90):
        dirty, joined = _hard_wrapped(WRAPPED_ENGLISH, width)
        known = {"alot", "costa", "setup", "everyday"}
        if joined[0] in known or not known & set(joined):
            continue
        hits += 1
        assert cleaners.repair_joins(dirty) == WRAPPED_ENGLISH, (width, joined)
    assert hits >= 1  # the text exercises the case


#: German news prose whose lines, wrapped at most widths, end between a
#: lower-case word and a capitalised noun the word list barely knows.
GERMAN_NOUNS = (
    "Die zuständigen Regionalkommandos bestätigten am Abend den nächtlichen Raketenangriff auf "
    "die abgeriegelten Küstenstreifen im Süden des Landes. Nach Angaben der örtlichen "
    "Rettungsdienste wurden dabei mehrere Wohnhäuser und zwei provisorische Notunterkünfte "
    "schwer beschädigt. Die benachbarten Grenzgemeinden forderten daraufhin zusätzliche "
    "Schutzräume und eine bessere Warninfrastruktur für ihre Bewohner. Die zuständige "
    "Landesregierung kündigte an, die betroffenen Familien mit finanziellen Soforthilfen zu "
    "unterstützen und die beschädigten Versorgungsleitungen rasch instandzusetzen."
)


def test_a_capital_after_a_lower_case_word_marks_a_lost_space_in_any_language() -> None:
    """Outside English a split needs the columns, and one into words the list
    barely knows (a German compound noun) pays for the language's compounds;
    a capital after a lower-case word inside a token does not: no compound
    is written so. At every width, each line that ended between a lower-case
    word and a capitalised one gets its space back."""
    for width in range(60, 90):
        lines = textwrap.wrap(GERMAN_NOUNS, width, break_long_words=False, break_on_hyphens=False)
        repaired = cleaners.repair_joins("".join(lines))
        for a, b in itertools.pairwise(lines):
            last, first = a.split()[-1], b.split()[0]
            if last.isalpha() and last.islower() and first[0].isupper():
                assert f"{last} {first}" in repaired, (width, last, first)


@pytest.mark.parametrize(
    ("width", "pair"), [(60, "rasch instandzusetzen"), (72, "Versorgungsleitungen rasch")]
)
def test_a_line_the_columns_end_inside_a_token_of_rare_words_ends_there(
    width: int, pair: str
) -> None:
    """Once the columns are known, a line they end inside a token lost its
    space there, though a split into a compound and a rarer word scores too
    low for a join of its own outside English: the token's best split is
    taken when it is far likelier than the next."""
    lines = textwrap.wrap(GERMAN_NOUNS, width, break_long_words=False, break_on_hyphens=False)
    assert pair.replace(" ", "") in "".join(lines)
    assert cleaners.repair_joins("".join(lines)) == GERMAN_NOUNS


#: Spanish prose whose lines, wrapped at most widths, end in a one-letter word.
SPANISH_LETTERS = (
    "El informe médico, forense y psicológico fue entregado a la jueza el martes y confirma "
    "que la víctima sufrió lesiones graves. La familia pidió a las autoridades que investiguen "
    "a fondo y que protejan a los testigos, o que al menos garanticen su seguridad y su "
    "anonimato durante el juicio. El fiscal explicó a los periodistas que el caso avanza y que "
    "la defensa presentó recursos a última hora y sin pruebas nuevas, lo que retrasa el proceso "
    "y obliga a convocar de nuevo a los peritos y a los agentes que intervinieron."
)


def test_one_letter_words_of_other_languages_are_words() -> None:
    """Spanish "y", "a" and "o" are words as English "a" and "I" are: a line
    that ended in one gets its space back, unless the two run together into a
    word of their own ("y" + "a" is "ya")."""
    table = zipf_table("es")
    for width in range(60, 90):
        lines = textwrap.wrap(SPANISH_LETTERS, width, break_long_words=False)
        repaired = cleaners.repair_joins("".join(lines))
        for a, b in itertools.pairwise(lines):
            last, first = a.split()[-1], b.split()[0]
            if len(last) == 1 and (last + first).lower() not in table:
                assert f"{last} {first}" in repaired, (width, last, first)


#: Quotes whose marks face the other way from English ones, several to a
#: paragraph: German and Danish »…«, German „…“ over several words, Swedish ”…”.
QUOTED_PARAGRAPHS = [
    "Die Debatte war von Lob für die »herausragende« Zusammenarbeit geprägt, ebenso "
    "von der Rede über die »Verteidigung von Frieden und Freiheit«. Nun sei es Zeit "
    "für einen »Mentalitätswechsel«, sagte der Abgeordnete. Die »Invictus Games« in "
    "Düsseldorf hätten die Nachsorge der Soldaten in den 1990ern und danach gestärkt, "
    "das »Momentum der Spiele« zu nutzen sei »folgerichtig«, dankten ihm die Verbände.",
    "Der Minister nannte den Tag „ein Zeichen der Wertschätzung für alle“ und sprach "
    "von „einer Pflicht des Staates“. Die Opposition forderte „mehr Geld statt Reden“.",
    "Statsministern kallade beslutet ”ett viktigt steg för landet” och lovade ”mer "
    "pengar till skolan” redan i höst, medan oppositionen talade om ”tomma löften”.",
]


@pytest.mark.parametrize("text", QUOTED_PARAGRAPHS)
def test_quotes_that_open_with_a_closing_mark_are_not_lost_spaces(text: str) -> None:
    """»Wort« and „… Wort“ glue the mark to the word on its inner side, as
    English “word” does: no space is missing, and no word near them is split."""
    assert cleaners.repair_joins(text) == text


@pytest.mark.parametrize("text", MUST_NOT_SPLIT)
def test_must_not_split(text: str) -> None:
    assert cleaners.repair_joins(text) == text


def test_word_the_document_repeats_is_not_split() -> None:
    text = "BlackRock said it would buy.\nAnalysts said BlackRock had grown."
    assert cleaners.repair_joins(text) == text


def test_paragraph_cleaner_records_insertions_only() -> None:
    doc = Document(["collaboration withcountries and territories worldwide"])
    RepairJoins().apply(doc)
    assert doc.paragraphs == ["collaboration with countries and territories worldwide"]
    assert [(c.action, c.text) for c in doc.changes] == [("insert", " ")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400))
def test_only_inserts_spaces(text: str) -> None:
    repaired = cleaners.repair_joins(text)
    assert len(repaired) >= len(text)
    assert _removed_inserted_spaces(text, repaired) == text
    assert repaired.replace(" ", "") == text.replace(" ", "")


WORDS = (
    "the of and withcountries deChile event,Thanh WeWork iPhone 5km in1981 "
    "organisationsbased “quoted” (ASEANAPOL) high-tech Vietnam’slaw a I"
)
WORDY = st.lists(
    st.sampled_from(WORDS.split()),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(WORDY, st.sampled_from([" ", "", "\n"]))
def test_only_inserts_spaces_in_wordy_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    repaired = cleaners.repair_joins(text)
    assert repaired.replace(" ", "") == text.replace(" ", "")
    assert _removed_inserted_spaces(text, repaired) == text


@settings(max_examples=100, deadline=None)
@given(WORDY)
def test_idempotent(words: list[str]) -> None:
    once = cleaners.repair_joins(" ".join(words))
    assert cleaners.repair_joins(once) == once


def test_idempotent_on_seed() -> None:
    once = cleaners.repair_joins(_seed("004"))
    assert cleaners.repair_joins(once) == once


@pytest.mark.timeout(120)
def test_finishes_on_a_huge_token() -> None:
    text = "withcountries" * 240_000  # ~3 MB, no space at all
    assert cleaners.repair_joins(text) == text


@pytest.mark.timeout(120)
def test_finishes_on_many_short_lines() -> None:
    text = "\n".join(f"line{i} withcountries" for i in range(200_000))
    repaired = cleaners.repair_joins(text)
    assert repaired.count("\n") == 199_999
    assert repaired.replace(" ", "") == text.replace(" ", "")


#: Turkish prose: an agglutinative language writes its function words as
#: suffixes, so they make up half the share they do in English.
TURKISH = (
    "Süper Lig'de şampiyonluk yarışı kıyasıya sürüyor. Galatasaray 93 puanla zirvede, "
    "Fenerbahçe 89 puanla ikinci sırada. Ligde son haftalara girilirken iki takımın golcüleri "
    "de gol krallığı için yarışıyor. Mauro Icardi attığı golle ligin en golcü oyuncusu olurken "
    "Edin Dzeko onu yakından takip ediyor. Teknik direktörler maç sonrası açıklamalarında "
    "oyuncularını kutladı. Taraftarlar stadyumu doldurdu. Kadıköy'deki derbide iki takım golsüz "
    "berabere kaldı. Hakem kararları maç boyunca tartışıldı. Kulüp başkanı yaptığı açıklamada "
    "hakemlerin hatalı kararlarını eleştirdi ve federasyonu göreve çağırdı."
)


def test_a_language_is_judged_by_its_own_rate_of_function_words() -> None:
    """Given no language, the repairer takes the detector's when the text uses
    its function words at a fair share of their usual rate: Turkish prose is
    Turkish (its English word list would split "puan" into "pu an"), a text
    whose words are not the detected language's is no language at all."""
    words = [token_key(t) for t in TURKISH.split()]
    assert guess_language(TURKISH, words) == "tr"
    assert DocumentLexicon([TURKISH]).language == "tr"
    gibberish = "Kulüp " + "xq zv " * 40
    assert guess_language(gibberish, [token_key(t) for t in gibberish.split()]) is None


def test_language_set_by_the_chain_is_used() -> None:
    """A document whose language is known is not guessed again: in a language
    the repairer has no word model of, a lone join needs the columns."""
    text = "collaboration withcountries worldwide"
    at = text.index("countries")
    assert [e.start for e in RepairJoins().edits(text, Document([text]))] == [at]
    assert [e.start for e in RepairJoins().edits(text, Document([text], language="en-GB"))] == [at]
    assert RepairJoins().edits(text, Document([text], language="ja")) == []
    assert RepairJoins().edits(text, Document([text], language="de")) == []


@pytest.mark.parametrize("paragraph", QUOTED_PARAGRAPHS[:2])
def test_a_space_lost_beside_a_german_quotation_mark_goes_back_on_its_side(paragraph: str) -> None:
    """German opens a quotation with » or „ and closes it with « or “, the other
    way from French and English: a line that ended before »Wort« or after
    „…“ gets its space back outside the quotation, never inside it."""
    restored = 0
    for width in range(40, 90):
        lines = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        repaired = cleaners.repair_joins("".join(lines))
        for a, b in itertools.pairwise(lines):
            last, first = a.split()[-1], b.split()[0]
            if first[0] in "»„":
                assert f"{last}{first[0]} {first[1:]}" not in repaired, (width, last, first)
            elif last[-1] in "«“":
                assert f"{last[:-1]} {last[-1]}{first}" not in repaired, (width, last, first)
            else:
                continue
            restored += f"{last} {first}" in repaired
    assert restored >= 5  # the paragraph exercises the case


def test_a_language_without_a_word_list_is_split_at_marks_only() -> None:
    """Estonian (given by the caller) has no word list here: its words are no
    English words run together ("ees|kätt", "pole|t"), so the only places a
    join may be are marks and digits ("tunnistajad.Juhtum"), whatever columns
    the paragraph shows."""
    paragraph = (
        "Politsei teatas esmaspäeval, et mees peeti kinni ja kuulati üle kui "
        "tunnistajad.Juhtum on praegu uurimisel ning täiendavat teavet pole esialgu antud."
    )
    lexicon = DocumentLexicon([paragraph], "et")
    assert lexicon.foreign
    found, _ = _paragraph_joins(paragraph, lexicon.language, lexicon)
    assert [paragraph[j.at - 1 : j.at + 1] for j in found] == [".J"]


#: News paragraphs in Icelandic and in Croatian (wordfreq lists both, the
#: latter as Serbo-Croatian, "sh"), written for this test.
WORD_LIST_PARAGRAPHS = {
    "is": (
        "Lögreglan á höfuðborgarsvæðinu handtók tvo menn í gærkvöldi eftir að tilkynnt var um "
        "innbrot í verslun í miðbænum. Mennirnir voru færðir á lögreglustöð þar sem þeir gista "
        "fangageymslur þar til hægt verður að taka af þeim skýrslu. Að sögn lögreglunnar var "
        "nokkru magni af fatnaði stolið úr versluninni og hefur hluti þess þegar fundist. "
        "Rannsókn málsins stendur enn yfir og er ekki hægt að veita frekari upplýsingar að svo "
        "stöddu."
    ),
    "hr": (
        "Policija je u ponedjeljak navečer uhitila dvojicu muškaraca nakon što je prijavljena "
        "provala u trgovinu u središtu grada. Muškarci su privedeni u policijsku postaju gdje će "
        "ostati dok ih istražitelji ne ispitaju. Prema riječima policije, iz trgovine je ukradena "
        "veća količina odjeće, a dio je već pronađen u obližnjem stanu. Istraga se nastavlja i "
        "policija zasad ne daje dodatne informacije o osumnjičenima."
    ),
}


@pytest.mark.parametrize("language", sorted(WORD_LIST_PARAGRAPHS))
def test_a_language_wordfreq_lists_gets_its_lost_spaces_back(language: str) -> None:
    """Icelandic and Croatian are read with their own word lists: the spaces a
    hard wrap lost come back at any width, as in the languages around them
    (before, both were split at marks and digits only and kept every join)."""
    paragraph = WORD_LIST_PARAGRAPHS[language]
    lost = restored = false = 0
    for width in range(56, 80, 3):
        lines = textwrap.wrap(paragraph, width)
        damaged = "".join(lines)
        repaired = RepairJoins()(Document([damaged], language=language)).paragraphs[0]
        # where the repair put spaces, in the damaged text's offsets
        put, i = set(), 0
        for ch in repaired:
            if i < len(damaged) and ch == damaged[i]:
                i += 1
            else:
                assert ch == " "
                put.add(i)
        wraps = set(itertools.accumulate(len(line) for line in lines[:-1]))
        lost += len(wraps)
        restored += len(wraps & put)
        false += len(put - wraps)
    assert restored >= 0.9 * lost
    assert false <= 1


def test_a_known_word_written_with_a_capital_inside_is_two_words() -> None:
    """German "Ausrichtung" is a word; "ausRichtung" as written is "aus" run
    into "Richtung", as "durchSucht" is "durch Sucht"."""
    assert [c[0] for c in candidates("ausRichtung", "de")] == [3]
    assert [c[0] for c in candidates("durchSucht,", "de")] == [5]
    assert candidates("Ausrichtung", "de") == ()


def test_a_walk_told_how_short_a_line_falls_goes_on_past_unplaced_lines() -> None:
    """A paragraph whose first two line ends hold no candidate (a compound run
    into a rarer word) but whose later lines end at strong joins, 70 columns
    apart: walked as the first pass does, it is given up after two lines it
    cannot place; told that a line falls short of the width by at most 25
    columns, as the second pass of a document found wrapped is, the walk
    reaches the later joins."""
    ends = [216, 288, 360, 432]  # lines of 72 columns, the first three unexplained
    joins = [Join(at, at + 8, 2.0) for at in ends]
    assert follow(joins, 500, 72, 1)[1] == []
    value, chain = follow(joins, 500, 72, 1, shortfall=25)
    assert [j.at for j in chain] == ends and value > 0

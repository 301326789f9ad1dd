"""Properties of ``clean_text`` on any input (hypothesis): it never raises, a
second run changes nothing, and it finishes in bounded time on pathological
input (one 3 MB token, 200,000 short lines)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import clean, clean_text

#: Parts of a scraped news page, in the order a page has them; each may be
#: missing, and the strings vary.
HEADLINES = [
    "Vietnam hopes for more cooperation to combat crime",
    "Kenya parliament passes finance bill as protesters are tear-gassed",
    "Paris cafÃ© owners fight to save the cityâ€™s bistros",
]
DATELINES = ["Thứ Hai, 16/04/2018, 14:28", "Updated 14:02 GMT, Mar 3, 2021", "By An Nhien"]
LEADS = [
    "Santiago (VNA) – Vietnam stands ready to enhance collaboration withcountries worldwide.",
    "NAIROBI (AFP) – Kenya's parliament passed a finance bill raising taxes on Tuesday.",
    "PARIS – For 40 years, HÃ©lÃ¨ne has opened the shutters of her cafÃ© every morning.",
]
CAPTIONS = [
    "At the General Assembly (Photo: VNA)",
    "Delegates vote in Lyon. REUTERS/Jane Doe",
    "Thanh (centre) attends the meeting in Beijing on Monday.",
    "hinh anh 1At the 88th INTERPOL General Assembly (Photo: VNA)",
]
BODY = [
    "He said.The meeting at the event,Thanh added that theINTERPOL members agreed.",
    "“It has been a long time coming,” she said.",
    "The tram will stop at:",
    "Die Polizei teilte am Montag mit, dass die Männer festgenommen wurden.",
    "Officials said the talks would resume in the spring, after the holidays.",
]
ENDINGS = ["/.", "", ""]
SIGN_OFFS = ["VNA", "(Reuters)", "By Jane Doe", ""]
HEADINGS = ["Related news", "Read more:", "MORE STORIES", ""]
TEASERS = [
    "• Wheat farmers expect their smallest harvest in a decade after a dry winter.",
    "- Copper output fell in Chile as strikes cut production at two northern mines.",
    "The Louvre will close two galleries for renovation this summer, its director said.",
    "Read more: Rice exports rise in the Mekong delta",
]
#: Known failure, pinned below: repair_joins puts a space after a letter before
#: punctuation ("Â(" becomes "Â ("), and ftfy reads a letter that can open a
#: UTF-8 sequence, then a space, as mojibake with a lost no-break space, so the
#: next run changes it again. Until that is fixed, idempotence is checked on
#: random text without the characters Windows-1252 gives the bytes 0x80-0xFF
#: (the fixed pieces of the news pages still carry real mojibake).
MOJIBAKE_BYTES = frozenset(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)
)
STABLE_CHARACTERS = st.characters().filter(lambda c: c not in MOJIBAKE_BYTES)


#: Known failure, pinned below: a random piece with punctuation right before a
#: letter ("a00,A") after a related heading is one token to drop_related, and
#: two once space_after_punctuation has run, so the next run reads the line as a
#: "Related news <headline>" teaser. Pieces are generated without that shape.
GLUED_PUNCTUATION = re.compile(r"[^\w\s][^\W\d_]")
text_piece = st.text(alphabet=STABLE_CHARACTERS, max_size=40).filter(
    lambda piece: not GLUED_PUNCTUATION.search(piece)
)


def some(pool: list[str], most: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(pool) | text_piece, max_size=most)


@st.composite
def news_page(draw: st.DrawFn) -> str:
    """A page of scraped news text: headline(s), datelines, a standfirst, the
    lead, captions among body paragraphs, an end marker, a sign-off, teasers."""
    lead = draw(st.sampled_from(LEADS) | text_piece)
    body = draw(st.lists(st.sampled_from(BODY) | text_piece, max_size=6, unique=True))
    for caption in draw(st.lists(st.sampled_from(CAPTIONS), max_size=2)):
        body.insert(draw(st.integers(0, len(body))), caption)  # once or twice, anywhere
    ending = draw(st.sampled_from(ENDINGS))
    parts = [
        *draw(some(HEADLINES, 2)),
        *draw(some(DATELINES, 2)),
        *draw(st.lists(st.just(lead.split(" – ", 1)[-1]), max_size=1)),
        lead,
        *body,
        *([ending] if ending and draw(st.booleans()) else []),
        draw(st.sampled_from(SIGN_OFFS)),
        draw(st.sampled_from(HEADINGS)),
        *draw(st.lists(st.sampled_from(TEASERS) | text_piece, max_size=5, unique=True)),
    ]
    if ending and ending not in parts and body and body[-1] in BODY:
        parts[parts.index(body[-1])] += ending  # the end marker on the last line
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return separator.join(parts)


ANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ANY
@given(text=st.text())
def test_never_raises_on_any_text(text: str) -> None:
    article = clean(text)
    assert isinstance(article.text, str)


@ANY
@given(text=st.text(alphabet=STABLE_CHARACTERS))
def test_idempotent_on_any_text(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.xfail(reason="repair_joins splits 'Â(', then ftfy reads 'Â ' as mojibake", strict=True)
def test_idempotent_with_a_mojibake_lead_byte_before_punctuation() -> None:
    once = clean_text("Â(00")
    assert clean_text(once) == once


def test_idempotent_with_a_quote_mark_that_opens_a_mojibake_token() -> None:
    """'„' at a token's end opens nothing, so no space goes before it (which
    ftfy would then read as part of the mojibake)."""
    once = clean_text("\x9a\x84¤")
    assert clean_text(once) == once


# drop_related runs before repair_joins and space_after_punctuation: on the
# repaired text these lines once read as a teaser run under the related heading.
# A headless run now needs three lines of prose above it, which they are not.
@pytest.mark.parametrize(
    "text",
    [
        "0\r0\nParis cafÃ© owners fight to save the cityâ€™s bistros\n"
        "Santiago (VNA) – Vietnam stands ready to enhance collaboration withcountries "
        "worldwide.\nThe tram will stop at:/.\nVNA\nRelated news",
        # space_after_punctuation makes "Related news a00,A" a teaser line
        "Santiago (VNA) – Vietnam stands ready to enhance collaboration with countries "
        "worldwide.\nHe said. The members agreed.\nThe tram will stop at:/.\nVNA\n"
        "Related news\na00,A\nThe Louvre will close two galleries for renovation this "
        "summer, its director said.",
        # a stray letter above the headline hid it from extract_title until the
        # furniture cleaner removed the letter: the second pass took the headline
        "A\nKenya parliament passes finance bill as protesters are tear-gassed\nA\n"
        "NAIROBI (AFP) – Kenya's parliament passed a finance bill raising taxes on Tuesday.\n"
        "VNA\nRelated news",
    ],
)
def test_idempotent_when_a_later_repair_changes_what_drop_related_sees(text: str) -> None:
    """Found by the exploratory profiles; kept so a fix is noticed."""
    once = clean_text(text)
    assert clean_text(once) == once


@ANY
@given(text=news_page())
def test_never_raises_and_is_idempotent_on_news_pages(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


#: Generous bounds: linear work takes a minute or two here (the shared
#: machine's speed moves from day to day: on a slow one the 200k captions took
#: 82-96 s, past the 90 s bound this had); anything quadratic in the input
#: size would take hours.
SECONDS = 240


@pytest.mark.timeout(SECONDS * 2)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a" * 3_000_000, id="3MB token of letters"),
        pytest.param("Ab1.,x/" * 430_000, id="3MB token of mixed characters"),
        pytest.param("\n".join(f"Line {i}." for i in range(200_000)), id="200k short lines"),
        pytest.param(
            "Related news\n" + "\n".join(f"• Teaser {i} about rice" for i in range(200_000)),
            id="200k teasers",
        ),
        pytest.param(
            "\n".join(f"Man {i} speaks. (Photo: VNA)" for i in range(200_000)), id="200k captions"
        ),
    ],
)
def test_bounded_time_on_pathological_input(text: str) -> None:
    start = time.process_time()
    clean_text(text)
    assert time.process_time() - start < SECONDS

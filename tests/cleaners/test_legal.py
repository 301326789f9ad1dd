"""drop_legal_lines: copyright notices, rights reserved and ISSNs at the end."""

from __future__ import annotations

import pytest

from cleaners import Document
from cleaners.legal import DropLegalLines

ARTICLE = [
    "The city council voted on Monday to build a new bridge over the river.",
    "Work will start next spring and last two years, the mayor said.",
]


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Riverside Gazette. All rights reserved.",
        "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "© Copyright 2024 Nordstadt Anzeiger. Alle Rechte vorbehalten.",
        "Wszelkie prawa zastrzeżone.",
        "Riproduzione riservata",
        # the other languages the detector names
        "Všechna práva vyhrazena.",
        "Minden jog fenntartva.",
        "Sva prava pridržana.",
        "Öll réttindi áskilin.",
        "Με επιφύλαξη παντός δικαιώματος.",
        "版权所有",
        "جميع الحقوق محفوظة",
        "ISSN 2283-5474",
        # no year: the holder alone, or the site's address
        "© Copyright Nordstadt Verlag und Druck GmbH & Co. KG",
        "©2025 - riversidegazette.com. All Right Reserved.",
        "(c) Riverside Media Group",
        # no holder: the sign and the year alone
        "Copyright © 2024",
        "© 2019-2024",
    ],
)
def test_legal_lines_at_the_end_go(line: str) -> None:
    doc = DropLegalLines()(Document([*ARTICLE, line]))
    assert doc.paragraphs == ARTICLE
    assert [(c.cleaner, c.action, c.text) for c in doc.changes] == [
        ("drop_legal_lines", "remove", line)
    ]


def test_a_notice_glued_to_the_last_line_is_cut_off_it() -> None:
    last = "The exhibition runs until 20 January."
    doc = DropLegalLines()(
        Document([*ARTICLE, f"{last} copyright Riverside 2019 - ISSN: 2283-5474"])
    )
    assert doc.paragraphs == [*ARTICLE, last]
    assert [c.text for c in doc.changes] == [" copyright Riverside 2019 - ISSN: 2283-5474"]
    assert doc.changes[0].position == len("\n\n".join([*ARTICLE, last]))


@pytest.mark.parametrize(
    "line",
    [
        "The band lost the copyright to its songs in 2019, the court heard.",
        "Copyright law changed in 2019, and the label sued.",
        "Copyright holders such as Universal Music 2019 filings show sued the site.",
        "Copyright infringement cost the studio millions, its lawyers said.",
        "© Riverside Gazette: the paper's own rules on reuse are strict, the editor said.",
    ],
)
def test_prose_about_copyright_stays(line: str) -> None:
    body = [*ARTICLE, line]
    assert DropLegalLines()(Document(list(body))).paragraphs == body


def test_a_notice_high_in_a_long_article_stays() -> None:
    body = ["© 2024 Riverside Gazette", *ARTICLE, *ARTICLE, *ARTICLE, *ARTICLE]
    assert DropLegalLines()(Document(list(body))).paragraphs == body


@pytest.mark.parametrize(
    "lines",
    [
        ["Waffenlieferungen an Israel: . In: Legal Tribune Online, 20.10.2025 , "
         "https://www.lto.de/persistent/a_id/58420 (abgerufen am: 20.10.2025 )",
         "Infos zum Zitiervorschlag"],
        ["Bridge vote. In: Riverside Gazette, 4 March 2024, https://gazette.example/a/1 "
         "(accessed 5 March 2024)"],
    ],
)  # fmt: skip
def test_a_suggested_citation_of_the_page_goes_at_the_end(lines: list[str]) -> None:
    assert DropLegalLines()(Document([*ARTICLE, *lines])).paragraphs == ARTICLE


def test_a_line_citing_a_source_with_its_address_but_no_access_label_stays() -> None:
    line = "The full report (https://example.org/report, 4 March 2024) runs to 80 pages."
    assert DropLegalLines()(Document([*ARTICLE, line])).paragraphs == [*ARTICLE, line]

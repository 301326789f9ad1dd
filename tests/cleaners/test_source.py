"""Source templates: lines a source repeats across its documents go, in any language."""

from __future__ import annotations

import pytest

from cleaners import SourceTemplate, clean, clean_text, learn_source

# A line each source repeats that no generic cleaner knows (offers and promos
# are already dropped without a template): only the source template removes it.
EN_PROMO = "Harbour Courier readers have rated the paper 1st in the region."
DE_PROMO = "Der Stadtbote wurde 4 Mal zur besten Lokalzeitung gewählt!"
EN_STORIES = [
    "The tram line opens in spring after years of delays.\nEngineers finished the tests on Monday.",
    "Fishing crews protested the new quotas at the port.\nThe ministry promised a review by June.",
    "The old library reopened with a new reading room.\nVisitors queued before the doors opened.",
]
DE_STORIES = [
    "Der Stadtrat beschloss am Dienstag den neuen Haushalt.\nDie Opposition stimmte dagegen.",
    "Die Fähre nach Nordholm fährt wieder nach Fahrplan.\nDer Sturm hatte den Betrieb gestoppt.",
    "Im Zoo kam ein junges Nashorn zur Welt.\nDie Pfleger nannten es nach dem Bürgermeister.",
]


def with_promo(stories: list[str], promo: str) -> list[str]:
    return [f"{s}\n{promo}" for s in stories]


@pytest.mark.parametrize(
    ("stories", "promo", "new"),
    [
        (
            EN_STORIES,
            EN_PROMO,
            "A heatwave warning was issued for the weekend.\nStay in the shade.",
        ),
        (DE_STORIES, DE_PROMO, "Die Marathonstrecke wird verlegt.\nDer Start bleibt am Hafen."),
    ],
)
def test_repeated_lines_go_in_any_language(stories: list[str], promo: str, new: str) -> None:
    source = learn_source(with_promo(stories, promo))
    # near-exact: another price, other case and punctuation
    text = f"{new}\n{promo.upper().replace('1', '2').replace('4', '6').rstrip('.!')}"
    article = clean(text, source=source)
    assert article.text.split("\n\n") == new.split("\n")
    assert [c.cleaner for c in article.changes if c.action == "remove"] == ["source_template"]
    assert clean_text(text, source=source) == article.text
    assert clean_text(text) != article.text  # without the template the line stays


def test_a_line_in_a_minority_of_documents_stays() -> None:
    docs = [*with_promo(EN_STORIES, EN_PROMO), *EN_STORIES, "A fifth story.\nIts own line."]
    source = learn_source(docs)  # the promo is in 3 of 7 documents
    text = "A new story about boats.\n" + EN_PROMO
    assert EN_PROMO in clean_text(text, source=source)


def test_an_article_never_loses_its_own_lines() -> None:
    docs = with_promo(EN_STORIES, EN_PROMO)
    source = learn_source(docs)
    for doc in docs:
        own = source.excluding(doc)
        cleaned = clean_text(doc, source=own)
        assert cleaned.split("\n\n") == doc.split("\n")[:2]
    # a document made only of repeated lines is left alone
    assert clean_text(EN_PROMO, source=source) == EN_PROMO


def test_one_document_learned_is_enough_for_a_line_on_both() -> None:
    source = learn_source(with_promo(EN_STORIES[:1], EN_PROMO))
    assert source.is_boilerplate(EN_PROMO)
    assert not source.is_boilerplate(EN_STORIES[1].split("\n")[0])


def test_a_short_line_two_documents_share_may_be_chance() -> None:
    # a city's dateline on the one learned document and on the new one
    source = learn_source([f"BAAR, SWITZERLAND\n{EN_STORIES[0]}\n{EN_PROMO}"])
    assert not source.is_boilerplate("Baar, Switzerland")
    assert source.is_boilerplate(EN_PROMO)
    # on two learned documents of three it is the source's
    docs = [f"BAAR, SWITZERLAND\n{s}" for s in EN_STORIES[:2]] + EN_STORIES[2:]
    assert learn_source(docs).is_boilerplate("Baar, Switzerland")


def test_json_round_trip_without_text() -> None:
    source = learn_source(with_promo(EN_STORIES, EN_PROMO) + with_promo(DE_STORIES, DE_PROMO))
    assert SourceTemplate.from_json(source.to_json()) == source
    dumped = source.to_json().casefold()
    for word in ("subscribe", "courier", "abonnieren", "tram", "stadtrat"):
        assert word not in dumped
    with pytest.raises(ValueError, match="version"):
        SourceTemplate.from_dict({**source.to_dict(), "version": 99})


def test_a_template_only_takes_out_more_than_the_chain() -> None:
    # "Read more" above a cut teaser in every document of the source: the line
    # is the source's boilerplate, and also the evidence the related-link
    # cleaner reads to drop the teaser; the template must not take that away
    teaser = "Ministers will meet the mayor of the port to talk about new..."
    docs = [s.replace("\n", f"\nRead more\n{teaser}\n") for s in EN_STORIES]
    source = learn_source(docs)
    text = (
        "The council voted on Tuesday to extend the fishing season by two weeks.\n"
        "Read more\n"
        "Storms closed the northern ferry route for a third day as crews waited for a...\n"
        "Crews welcomed the decision and said they would sail at dawn on Monday."
    )
    plain = clean_text(text).split("\n\n")
    templated = clean_text(text, source=source).split("\n\n")
    assert not any("Storms closed" in p for p in plain)  # the chain drops the teaser
    assert set(templated) <= set(plain)
    assert "Read more" not in templated


# The source's closing line, with its middle written anew for each story.
ABOUT = "Harbour Courier is owned by Coast Media Group, {middle}, and is read by 40,000 households."
MIDDLES = (
    "which also prints the Valley Gazette",
    "a family firm founded after the war",
    "based in the old fish market building",
    "which runs two radio stations on the coast",
)
LEADS = (
    "NORDHOLM (Harbour Courier) - The ferry to the islands is running again.",
    "NORDHOLM (Harbour Courier) - Council members voted against the new car park.",
    "NORDHOLM (Harbour Courier) - The lifeboat crew was called out twice overnight.",
)


def test_a_line_repeated_with_its_middle_changed_goes() -> None:
    docs = [
        f"{story}\n{ABOUT.format(middle=middle)}"
        for story, middle in zip(EN_STORIES, MIDDLES, strict=False)
    ]
    source = learn_source(docs)
    new = "The harbour dredging starts in May.\nBoats must use the east channel."
    about = ABOUT.format(middle=MIDDLES[3])
    assert about in clean_text(f"{new}\n{about}")  # no generic cleaner knows it
    assert clean_text(f"{new}\n{about}", source=source) == clean_text(new)


def test_leads_opening_alike_stay() -> None:
    # every lead opens with the same dateline: one end repeated is not enough
    docs = [f"{lead}\n{story}" for lead, story in zip(LEADS, EN_STORIES, strict=True)]
    source = learn_source(docs)
    lead = "NORDHOLM (Harbour Courier) - Two new bus routes start on Monday morning."
    text = f"{lead}\nThe routes link the port with the hospital."
    assert clean_text(text, source=source) == clean_text(text)
    assert lead in clean_text(text, source=source)

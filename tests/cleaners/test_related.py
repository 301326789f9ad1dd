"""Related-article blocks (cleaners.related)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import Chain, Document
from cleaners.related import DropRelated, headless_tail, is_heading, teaser_shaped
from cleaners.teasers import continues_story, opens_story

#: A short article about a tram line, and teasers about other stories.
ARTICLE = [
    "MANCHESTER – Councillors approved a £1.2bn extension of the Metrolink tram network to the "
    "airport's new terminal on Tuesday, despite objections from residents along the route.",
    "The tram line will branch off the existing airport spur and run alongside the motorway "
    "before ending in an underground stop beneath the terminal.",
    "Residents had argued that construction traffic would disrupt the area for three years and "
    "that the tram route would cut through a playing field used by local schools.",
    "The council leader told the planning committee the tram scheme had been changed twice to "
    "reduce its impact on residents near the route.",
    "Work on the extension is expected to start next spring, with the first trams running in "
    "2029 if the government confirms its share of the funding.",
]
TEASERS = [
    "Wheat farmers in Kansas expect their smallest harvest in a decade after a dry winter "
    "withered seedlings across the Great Plains.",
    "The Louvre will close two galleries for renovation this summer, moving Vermeer's "
    "Lacemaker to a temporary room on the ground floor.",
    "Chile's copper output fell in October as strikes at two northern mines cut production "
    "at the world's largest producer of the metal.",
    "Researchers in Osaka have grown cartilage from stem cells that repaired knee injuries "
    "in pigs, opening the way to human trials.",
]


def drop(paragraphs: list[str]) -> list[str]:
    doc = Document(list(paragraphs), language="en")
    Chain(["drop_related"]).run(doc)
    return doc.paragraphs


@pytest.mark.parametrize(
    "heading",
    [
        "Related news",
        "READ MORE:",
        "More stories",
        "You may also like",
        "Tin liên quan",
        "See also",
    ],
)
@pytest.mark.parametrize("bullet", ["", "• ", "- ", "» "])
def test_headed_tail_goes(heading: str, bullet: str) -> None:
    assert drop([*ARTICLE, heading, *(bullet + t for t in TEASERS)]) == ARTICLE


@pytest.mark.parametrize(
    "heading", ["Around the Web", "Sponsored Stories", "Read this next", "From our partners"]
)
def test_a_recommendation_widgets_heading_takes_its_whole_list(heading: str) -> None:
    """Under the heading a content-recommendation widget sets on many sites, a
    first teaser sharing a word with the article ("tram") goes with the list,
    as under "Related stories"; without the heading known, it and the heading
    stayed."""
    first = "Sheffield's tram operator blames energy costs as fares rise again in January."
    assert drop([*ARTICLE, heading, first, *TEASERS]) == ARTICLE


@pytest.mark.parametrize("bullet", ["• ", "* ", "► "])
def test_bulleted_tail_without_heading_goes(bullet: str) -> None:
    assert drop([*ARTICLE, *(bullet + t for t in TEASERS[:3])]) == ARTICLE


@pytest.mark.parametrize("count", [2, 3, 4])
def test_bare_tail_of_unrelated_teasers_goes(count: int) -> None:
    assert drop([*ARTICLE, *TEASERS[:count]]) == ARTICLE


def test_everything_after_the_end_marker_goes_but_the_sign_off() -> None:
    article = [*ARTICLE[:-1], ARTICLE[-1] + "/."]
    assert drop([*article, "VNA", *TEASERS]) == [*article, "VNA"]


def test_embedded_block_goes_and_the_story_after_it_stays() -> None:
    paragraphs = [*ARTICLE[:2], "Read more:", *TEASERS[:2], *ARTICLE[2:]]
    assert drop(paragraphs) == ARTICLE


def test_one_line_read_more_teaser_goes() -> None:
    paragraphs = [*ARTICLE[:2], "Read more: " + TEASERS[0], *ARTICLE[2:]]
    assert drop(paragraphs) == ARTICLE


def test_the_article_alone_is_left_whole() -> None:
    assert drop(ARTICLE) == ARTICLE


def test_a_single_off_topic_closing_line_stays() -> None:
    paragraphs = [*ARTICLE, "This article was first published by the Manchester Evening Star."]
    assert drop(paragraphs) == paragraphs


def test_a_headline_going_on_after_an_ellipsis_does_not_hide_the_teasers_above() -> None:
    """A headline's second half may open in lower case after an ellipsis
    ("…as fishermen count their losses"): it is a teaser's line, and the run
    of teasers above it goes with it."""
    tail = [*TEASERS, "…as fishermen in the bay count their losses after the storm"]
    assert drop(ARTICLE + tail) == ARTICLE


def test_the_articles_own_list_stays() -> None:
    listing = [
        "The tram will stop at:",
        "Wythenshawe Town Centre, next to the bus station",
        "Roundthorn Industrial Estate, by the new car park",
        "Airport Terminal Two, beneath the arrivals hall",
    ]
    assert drop([*ARTICLE, *listing]) == [*ARTICLE, *listing]


def test_closing_quotes_and_reported_speech_stay() -> None:
    closing = [
        "“It has been a long time coming,” she said.",
        "He said the council would publish the final route in the spring.",
    ]
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


@pytest.mark.parametrize(
    ("opens", "closes"), [("“", "”"), ("”", "”"), ("„", "“"), ("»", "«"), ("«", "»"), ('"', '"')]
)
def test_a_quotation_over_several_closing_lines_stays(opens: str, closes: str) -> None:
    # One sentence a line, on a topic of its own: the lines read as teasers by
    # their words, but the quotation that runs over them ties them together.
    quotation = [
        "Police described the missing hiker on their website: "
        f"{opens}The woman has long fair hair and is about 166 centimetres tall.",
        "When last seen she wore jeans, walking boots and a brown jumper.",
        "Anyone with information is asked to call the regional number.",
        f"In an emergency, dial 112.{closes}",
    ]
    assert drop([*ARTICLE, *quotation]) == [*ARTICLE, *quotation]


def test_teasers_that_quote_someone_still_go() -> None:
    # a quoted phrase inside each line, opened and closed on it
    quoted = [" ".join([*w[:3], f"«{' '.join(w[3:6])}»", *w[6:]]) for w in map(str.split, TEASERS)]
    assert drop([*ARTICLE, "Related news", *quoted]) == ARTICLE
    assert drop([*ARTICLE, *quoted]) == ARTICLE


def test_what_was_removed_is_recorded() -> None:
    doc = Document([*ARTICLE, "Related news", *TEASERS[:2]], language="en")
    Chain(["drop_related"]).run(doc)
    removed = [c.text for c in doc.changes]
    assert removed == ["Related news", *TEASERS[:2]]
    assert all(c.action == "remove" and c.cleaner == "drop_related" for c in doc.changes)


def test_shape_helpers() -> None:
    assert is_heading("Related articles") and not is_heading("Related to this, the council")
    assert is_heading("You Might Also Like …") and is_heading("Read more...")
    assert teaser_shaped("• " + TEASERS[0]) and not teaser_shaped("VNA")
    assert headless_tail.__doc__


def test_a_short_article_keeps_closing_paragraphs_on_other_aspects() -> None:
    # The last two paragraphs share few words with the first two, but the
    # third runs to two sentences: the article's own text, not a teaser run.
    body = [
        "The national weather service has raised its heat warning to the highest level "
        "for the coastal region after thermometers at the airport recorded 38.4 degrees "
        "on Wednesday, the hottest July day since measurements began in 1951.",
        "Doctors urged older residents to stay indoors during the afternoon and to drink "
        "water regularly. The city has opened six cooled public rooms in libraries.",
        "Farmers in the river valley reported that irrigation ponds were running dry and "
        "that the wheat harvest had started two weeks early. The water company asked "
        "households not to fill paddling pools or wash cars until the weekend.",
        "Forecasters expect a thunderstorm front to reach the coast late on Friday, "
        "bringing the risk of hail and local flooding.",
    ]
    doc = Document(list(body), language="en")
    DropRelated().apply(doc)
    assert doc.paragraphs == body


#: A short report whose every paragraph is one sentence sharing few words with
#: the others, as in a language rich in affixes (the golden case's body).
TERSE_REPORT = (
    (Path(__file__).parents[2] / "golden" / "non-english-indonesian" / "input.txt")
    .read_text("utf-8")
    .splitlines()[1:]
)


@pytest.mark.parametrize("language", ["id", "ms"])
def test_a_terse_report_keeps_its_closing_lines(language: str) -> None:
    """Its own lines above read as alien as its last ones: nothing tells them
    from teasers, so nothing goes (even read with a close relative's word list)."""
    doc = Document(list(TERSE_REPORT), language=language)
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == TERSE_REPORT


def test_teasers_under_a_terse_article_of_other_shape_still_go() -> None:
    """The contrast is asked only of the article's lines shaped as teasers: an
    article of longer paragraphs keeps losing its tail of teasers."""
    article = [f"{p} {p}" for p in TERSE_REPORT[:3]]  # two sentences each
    assert drop(article + TEASERS) == article


def test_a_two_sentence_teaser_atop_a_run_goes_with_it() -> None:
    two = "Ferry crossings to the islands resume on Friday after storms. Tickets bought for the "
    two += "cancelled sailings stay valid until March."
    assert drop([*ARTICLE, two, *TEASERS]) == ARTICLE


def test_first_person_teasers_are_not_taken_for_the_article() -> None:
    promo = "We picked the best noise-cancelling headphones on sale this weekend from six shops."
    assert drop([*ARTICLE, promo, *TEASERS[:2]]) == ARTICLE


def test_a_block_under_a_heading_stops_where_the_article_resumes() -> None:
    """The article's line after the block shares three of its names with the
    article above, though not a third of them, and the line after it none."""
    resume = (
        "Councillors said the Metrolink tram would also serve Ringway cargo depots, Styal "
        "prison and the Wythenshawe hospital campus via a new Shadowmoss junction."
    )
    after = "Work is expected to start next spring."
    body = [*ARTICLE[:3], "Other news", TEASERS[0], TEASERS[1], resume, after]
    assert drop(body) == [*ARTICLE[:3], resume, after]


def test_teasers_about_one_other_story_go_together() -> None:
    """A teaser naming the Louvre does not pass for the article's text for
    sharing that name with a teaser below it."""
    paris = (
        "Tourists in Paris queued for hours outside the Louvre after a strike by museum staff "
        "closed the Orsay and the Pompidou."
    )
    louvre = "The Louvre will close two galleries for a renovation this summer."
    assert drop([*ARTICLE, louvre, TEASERS[0], paris]) == ARTICLE


def test_a_foreign_bulleted_list_goes_though_some_items_share_the_subject() -> None:
    """Most items of a list under a bullet the article never uses read as teasers;
    two about trams elsewhere pull the sum of scores below zero."""
    on_topic = [
        "Sheffield tram passengers face delays as the Supertram route to the airport closes.",
        "Residents near the Metrolink route in Bury object to a new tram depot.",
    ]
    items = [TEASERS[0], on_topic[0], TEASERS[1], on_topic[1], TEASERS[2]]
    assert drop(ARTICLE + ["► " + t for t in items]) == ARTICLE


def test_a_two_sentence_teaser_at_the_very_end_goes_with_the_run() -> None:
    two = "Ferry crossings to the islands resume on Friday after storms. Tickets bought for the "
    two += "cancelled sailings stay valid until March."
    assert drop([*ARTICLE, *TEASERS[:2], two]) == ARTICLE


def test_a_two_sentence_closing_line_of_the_article_stays() -> None:
    """The article's own two-sentence close shares its words: no teaser, it
    stays with the one-sentence lines of the article above it."""
    close = "The tram extension to the terminal needs the council's final vote. Residents "
    close += "along the route can still object until the spring."
    assert drop([*ARTICLE, close]) == [*ARTICLE, close]


@pytest.mark.parametrize(
    "heading",
    [
        "Auch interessant",
        # headings of related blocks in several languages (page furniture of
        # the dev pages' article columns, and their kin in other languages)
        "Readers also read",
        "Top videos",
        "Die Redaktion empfiehlt",
        "Ähnliche Nachrichten",
        "Lest auch",
        "Nos recommandations",
        "Te recomendamos",
        "Meest gelezen",
    ],
)
def test_a_heading_whose_teaser_was_left_out_goes_alone(heading: str) -> None:
    body = [*ARTICLE[:3], heading, *ARTICLE[3:]]
    assert drop(body) == ARTICLE


def test_a_teaser_headline_on_the_articles_own_subject_goes_under_its_heading() -> None:
    teaser = "Councillors reject second tram extension to the airport terminal"
    body = [*ARTICLE[:3], "Read more", teaser, *ARTICLE[3:]]
    assert drop(body) == ARTICLE


def test_a_more_label_opens_a_one_line_teaser() -> None:
    body = [*ARTICLE, "MORE: Wheat farmers in Kansas expect their smallest harvest in a decade"]
    assert drop(body) == ARTICLE


HEADLINES = [
    "- Wheat harvest: Kansas farmers expect their smallest crop in a decade",
    "- Louvre to close two galleries for summer renovation",
    "- Copper: Strikes cut Chile's output at two northern mines",
]


def test_a_bulleted_box_of_headlines_inside_the_body_goes_with_its_title() -> None:
    body = [*ARTICLE[:3], "Exclusive – picked for you", *HEADLINES, *ARTICLE[3:]]
    assert drop(body) == ARTICLE


def test_a_list_the_article_introduces_stays() -> None:
    body = [*ARTICLE[:3], "The council listed three other schemes:", *HEADLINES, *ARTICLE[3:]]
    assert drop(body) == body


def test_a_list_of_sentences_or_in_a_bullet_the_article_uses_again_stays() -> None:
    sentences = [h + "." for h in HEADLINES]
    body = [*ARTICLE[:3], *sentences, *ARTICLE[3:]]
    assert drop(body) == body
    again = [*ARTICLE[:3], *HEADLINES, ARTICLE[3], "- Trams run every ten minutes", ARTICLE[4]]
    assert drop(again) == again


def test_a_summary_list_under_the_headline_stays() -> None:
    body = [ARTICLE[0], *HEADLINES, *ARTICLE[1:]]
    assert drop(body) == body


def test_a_fact_box_goes_but_a_fact_title_without_bullets_stays() -> None:
    box = ["Key facts", "- The tram line is 11 km long.", "- It will have nine stops."]
    assert drop([*ARTICLE[:3], *box, *ARTICLE[3:]]) == ARTICLE
    subheading = [*ARTICLE[:3], "The facts", *ARTICLE[3:]]
    assert drop(subheading) == subheading


def test_teaser_links_closed_by_a_label_in_capitals_go() -> None:
    teasers = ["Motorway closed after lorry fire near Bristol [VIDEO]",
               "Council tax bills set to rise again next spring [INSIGHT]"]  # fmt: skip
    assert drop([*ARTICLE[:3], *teasers, *ARTICLE[3:]]) == ARTICLE
    quoted = [*ARTICLE, "The report [PDF] runs to forty pages, the council said."]
    assert drop(quoted)[-1] == quoted[-1]


#: Leads about two other stories each: they share words with each other, not
#: with the tram article. (Each names a place or a body, as leads do: a run
#: naming no one reads as the article's own advice, see ``no_names``.)
PAIRED_LEADS = [
    "Rail workers in Yorkshire vote to strike over pay for the third time this year.",
    "Train drivers' union Aslef rejects the new pay offer, raising the prospect of more strikes.",
    "Wheat farmers in Kansas expect their smallest harvest in a decade after a dry winter.",
    "Farmers warn of higher bread prices in Britain as the wheat harvest shrinks.",
]


@pytest.mark.parametrize("bullet", ["", "- "])
def test_leads_under_a_title_of_their_own_go_with_it(bullet: str) -> None:
    body = [*ARTICLE, "What else is happening", *(bullet + t for t in PAIRED_LEADS)]
    assert drop(body) == ARTICLE


def test_the_articles_own_last_section_under_a_subheading_stays() -> None:
    section = [
        "What happens next",
        "The council will publish the tram route for consultation in the spring.",
        "Residents near the route can comment on the tram plans until June.",
        "The tram extension then goes to the transport secretary for approval.",
    ]
    assert drop([*ARTICLE, *section]) == [*ARTICLE, *section]


#: A German article and teasers whose words share their first six letters, not
#: seven, with the article's ("Bundesliga"/"Bundestag", "Autobauer"/"Autobahn").
GERMAN_ARTICLE = [
    "Berlin (dpa) – Der Bundestag hat am Donnerstag das Gesetz zum Ausbau der Autobahnen "
    "beschlossen, nach einer langen Debatte über die Kosten für die Gemeinden.",
    "Die Gemeinden entlang der Autobahn sollen für den Lärmschutz mehr Geld vom Bund "
    "erhalten, sagte die Präsidentin des Städtetags in der Debatte.",
    "Im Bundestag stimmten die Abgeordneten der Koalition für das Gesetz, die Opposition "
    "kritisierte die Milliardenkosten für den Ausbau der Autobahnen.",
    "Die Präsidentin des Städtetags verlangte, dass die Gemeinden bei der Planung der "
    "Autobahnen früher gehört werden als bisher.",
    "Der Ausbau soll im kommenden Jahr beginnen, sobald der Bundesrat dem Gesetz zustimmt.",
]
GERMAN_TEASERS = [
    "Bundesliga: Der Tabellenführer verliert überraschend gegen den Aufsteiger aus Kiel.",
    "Autobauer streichen tausende Stellen in ihren Werken in Niedersachsen und Sachsen.",
    "Das Präsidium des Fußballverbands tritt nach dem Skandal um die Schiedsrichter zurück.",
    "Die Gemeinschaft der Imker warnt vor einem Bienensterben nach dem kalten Frühling.",
    "Internetbetrüger erbeuten mit gefälschten Paketnachrichten Millionen von Rentnern.",
]


def test_teasers_of_a_compounding_language_go_though_their_words_begin_alike() -> None:
    """A compound's first part is not its subject: "Bundesliga" says nothing of
    an article about the "Bundestag", so the teasers go."""
    doc = Document([*GERMAN_ARTICLE, *GERMAN_TEASERS], language="de")
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == GERMAN_ARTICLE


#: Other stories under their section's label, a bar between: a site's list.
LABELLED = [
    "Transport | Rail strike called off after late-night talks",
    "Transport | New cycle lanes for the ring road",
    "Business | Airport owner reports record summer",
]


@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_run_of_labelled_headlines_goes(where: str) -> None:
    body = [*ARTICLE, *LABELLED] if where == "end" else [*ARTICLE[:3], *LABELLED, *ARTICLE[3:]]
    assert drop(body) == ARTICLE


@pytest.mark.parametrize(
    "lines",
    [
        LABELLED[:2],  # two lines: the article's own pair may look so
        ["Population | 3.4 million people in the region", "Area | 2,100 square kilometres",
         "Capital | Manchester, since the county was formed"],  # a fact table: no label twice
        ["Rockledge | 14 | 11 | 6 | 15", "Palm Bay | 18 | 22 | 13 | 17",
         "Cocoa | 10 | 12 | 9 | 11"],  # a table's rows: more than one bar
        ["Arsenal | They won the cup in the end.", "Chelsea | They lost the final.",
         "Everton | They were relegated."],  # sentences, not headlines
    ],
)  # fmt: skip
def test_labelled_lines_that_are_no_list_of_other_stories_stay(lines: list[str]) -> None:
    body = [*ARTICLE[:3], *lines, *ARTICLE[3:]]
    assert drop(body) == body


@pytest.mark.parametrize(
    "label",
    ["More:", "MORE:", "Mehr:", "Więcej:", "Lisää:", "Više:", "Ещё:", "Περισσότερα:", "更多："],
)
def test_a_bare_more_label_goes_alone(label: str) -> None:
    assert drop([*ARTICLE[:2], label, *ARTICLE[2:]]) == ARTICLE


def test_more_without_a_colon_or_with_words_after_it_stays() -> None:
    body = [*ARTICLE[:2], "More", "More: the council will vote again in May.", *ARTICLE[2:]]
    assert drop(body) == body


def test_the_article_resuming_right_under_a_heading_whose_teasers_were_left_out_stays() -> None:
    """Under a "Most read" heading whose teasers were pictures, the article goes
    on: its first line reads as the article's own (it shares two of its names
    with the article above) and a sentence follows it, so the heading goes
    alone, though the line after names people and places the article does not."""
    aside = "Visitors from Norway, Japan and Brazil were stranded in Leeds as a result."
    close = (
        "The tram route was first drawn up in 2015. It was changed twice. The council "
        "says the tram will carry nine million passengers a year."
    )
    going_on = "Metrolink trams to the terminal would run every twelve minutes, it said."
    story = [going_on, aside, ARTICLE[4], close]
    assert drop([*ARTICLE[:3], "Most read in world news", *story]) == [*ARTICLE[:3], *story]


@pytest.mark.parametrize("sign_off", ["(kas)", "(dpa)", "(AFP)", "(red/dpa)"])
def test_a_run_that_ends_with_the_writers_sign_off_is_the_articles(sign_off: str) -> None:
    # Short one-sentence lines on names the article above does not use read as
    # teasers by their words; the sign-off on the last one says the story ends there.
    closing = [
        "Among the best-known names are the mime Hugo Miro and the trio Bard Theatro Fisico.",
        "Wise Fool is an aerial show on the trapeze by three young women from Finland.",
        "The Soap Stunters from the Netherlands bring a retro stunt show to Neumarkt.",
        f"Admission to the festival is free. {sign_off}",
    ]
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]
    # teasers below the sign-off still go
    assert drop([*ARTICLE, *closing, "Related news", *TEASERS]) == [*ARTICLE, *closing]


def test_a_last_section_whose_lines_take_up_its_subheading_stays() -> None:
    # Each line brings names the article above does not use, but the lines take
    # up the subheading's subject: the article's own section, not a block title.
    section = [
        "Wellness in the wilderness",
        "Wellness at the Beauvert lodge now means a glacier plunge, a cedar sauna and foraging.",
        "The glacier plunge at Beauvert ends with a long rest in the cedar sauna, guides explain.",
        "Foraging walks around Beauvert finish with wellness teas brewed from what guests found.",
        "Families get a wellness camp of their own beside the Beauvert glacier trail.",
    ]
    assert drop([*ARTICLE, *section]) == [*ARTICLE, *section]


@pytest.mark.parametrize(
    "closing",
    [
        [
            "Die Stadt will die Linie bis 2029 fertig bauen.",
            "Er verwies auf die Zusage des Bundes über 400 Millionen Euro.",
            "Zudem sollen neue Haltestellen in drei Vororten entstehen.",
        ],
        [
            "Hun står for øvrig med en personlig rekord på 4,70 meter.",
            "Hun har hoppet over fire meter tre ganger i sommer.",
            "Dessuten venter et stevne i Oslo neste uke.",
        ],
    ],
)
def test_closing_lines_that_go_on_from_the_one_before_stay_in_any_language(
    closing: list[str],
) -> None:
    # short lines with words the article does not use: a pronoun or a connective
    # opening them says they go on from the line before, as a teaser never does
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


def test_a_short_article_under_a_name_line_keeps_its_paragraphs() -> None:
    # four one-sentence paragraphs, each on its own part of the story, under
    # the writer's name: the name is no paragraph of the article, so the
    # article has too little prose left to call three of its lines teasers
    story = [
        "The council voted on Tuesday to close the old bridge to cars from March, "
        "after engineers found cracks in two of its supports.",
        "Buses and bicycles will still be allowed across, and the council said repairs "
        "should take about eighteen months if the budget is approved.",
        "Shop owners on both sides of the river said they feared losing customers "
        "during the works, and asked for free parking nearby.",
        "The mayor promised a fund for them before the works begin, to be paid out "
        "every month until the bridge opens again to traffic.",
    ]
    assert drop(["Ana Ruiz", *story]) == ["Ana Ruiz", *story]
    # with prose enough above them, the same teasers still go
    assert drop(["Ana Ruiz", *ARTICLE, *TEASERS]) == ["Ana Ruiz", *ARTICLE]


def test_a_headless_tail_goes_though_its_last_two_leads_share_a_name() -> None:
    """Two leads about one story (Stadia) share its name with each other, so
    each reads as the article's; the leads above them still make the run."""
    more = [
        "A volcano in Iceland erupted for the fourth time since December, forcing the "
        "evacuation of Grindavik.",
        "Brazil's central bank cut its benchmark rate by half a point, the sixth cut in a row.",
    ]
    paired = [
        "Google is closing Stadia, its streaming service for games.",
        "Stadia owners will get their money back from Google.",
    ]
    assert drop([*ARTICLE, *TEASERS, *more, *paired]) == ARTICLE
    # two teasers above them are too few to outweigh the pair
    body = [*ARTICLE, *TEASERS[:2], *paired]
    assert drop(body) == body


def test_the_first_three_lines_of_prose_never_go_as_a_headless_run() -> None:
    # below three lines of prose, the teasers go; the third line of prose
    # stays even when it is a teaser: a shorter text says too little to tell
    assert drop([*ARTICLE[:3], *TEASERS]) == ARTICLE[:3]
    assert drop([*ARTICLE[:2], *TEASERS]) == [*ARTICLE[:2], TEASERS[0]]


#: Leads of other stories on the article's own subject (trams, the Metrolink):
#: they share its words, so the scores take them for its text.
ON_TOPIC_LEADS = [
    "Sheffield tram passengers face delays as the Supertram route to the airport closes.",
    "Residents near the Metrolink route in Bury object to a new tram depot.",
    "The council's leader defends the tram budget against complaints from residents.",
    "Metrolink fares rise by five per cent from January as the council balances its budget.",
]


@pytest.mark.parametrize("bullet", ["• ", "- ", "► "])
def test_a_bulleted_list_of_leads_on_the_articles_own_subject_goes(bullet: str) -> None:
    """Under a bullet the article never uses, with nothing introducing it, a
    list whose every item opens a story of its own is a list of other stories,
    whatever words it shares with the article."""
    assert drop(ARTICLE + [bullet + t for t in ON_TOPIC_LEADS]) == ARTICLE


def test_a_bulleted_list_of_leads_goes_though_one_lead_opens_with_a_quotation() -> None:
    """A story's first sentence may open with a quotation or "This": one such
    lead past the first does not make the list the article's own."""
    quoted = '"We will not pay twice for one tram line," the mayor of Bury told residents.'
    leads = [*ON_TOPIC_LEADS[:2], quoted, *ON_TOPIC_LEADS[2:]]
    assert drop(ARTICLE + ["• " + t for t in leads]) == ARTICLE
    # the same line first, or two such lines in five: the list goes on from the article
    first = [quoted, *ON_TOPIC_LEADS]
    assert drop(ARTICLE + ["• " + t for t in first]) == ARTICLE + ["• " + t for t in first]
    this = "This comes after the tram budget vote."
    twice = [*ON_TOPIC_LEADS[:2], quoted, this, ON_TOPIC_LEADS[2]]
    assert drop(ARTICLE + ["• " + t for t in twice]) == ARTICLE + ["• " + t for t in twice]


@pytest.mark.parametrize("mark", ["– ", "— ", "* "])
def test_lines_under_a_mark_that_opens_dialogue_or_a_footnote_are_not_taken_by_shape(
    mark: str,
) -> None:
    """A dash opens a line of dialogue in many languages, an asterisk a footnote
    under a table: such lines on the article's subject stay."""
    body = ARTICLE + [mark + t for t in ON_TOPIC_LEADS]
    assert drop(body) == body


def test_a_long_list_of_leads_under_asterisks_goes() -> None:
    """An article's footnotes are a few lines: five one-sentence leads or more,
    each opening a story of its own, are a list of other stories, whatever
    words they share with the article."""
    leads = [*ON_TOPIC_LEADS, "Tram drivers in Manchester vote to strike over new rotas."]
    assert drop(ARTICLE + ["* " + t for t in leads]) == ARTICLE


#: An article written in paragraphs of several sentences each.
IN_PARAGRAPHS = [
    "The city's water utility will raise its prices by 9 percent in January, the third rise "
    "in two years. Officials blamed the cost of replacing lead pipes in older districts.",
    "Households will pay about $4 more a month on average. The utility said it would spread "
    "the increase over the year for customers who ask for a payment plan.",
    "Consumer groups called the rise hard to justify. They pointed out that the utility's "
    "profits grew last year while many households struggled with other bills.",
    "The utility's chief executive said the pipe programme could not wait. \"Every month we "
    'delay is another month of risk for families," she said at a public meeting on Monday.',
]


def test_one_sentence_leads_under_an_article_written_in_paragraphs_go() -> None:
    """Other stories' leads, a sentence each, under an article of several
    sentences a paragraph: a few share a common word with it ("households",
    "families") or are too short to tell, so their summed score alone is too
    low, but their shape and their subjects set them apart."""
    leads = [
        "More than a third of the airline's pilots will vote on a new contract this week.",
        "Gaming used to be so simple.",
        "Families who want to save money on a winter holiday should book on a Tuesday, "
        "travel agents say.",
        "The museum will reopen its Egyptian galleries in March after a two-year renovation.",
        "Many households in the region still struggle to find a family doctor.",
        "BERLIN -- Astronomers say a faint object beyond Neptune may be a dwarf planet.",
    ]
    assert drop(IN_PARAGRAPHS + leads) == IN_PARAGRAPHS


def test_one_sentence_lines_that_go_on_with_the_story_stay_under_its_paragraphs() -> None:
    """An article written in paragraphs may end on a few facts, a sentence
    each: they name its subject again, and stay."""
    ending = [
        "The utility's board will vote on the price rise on December 12.",
        "Customers can comment on the plan on the utility's website until the vote.",
        "The lead pipe programme is due to finish in 2031.",
        "The utility serves about 400,000 households across the city.",
        "Its prices were last frozen in 2019.",
    ]
    assert drop(IN_PARAGRAPHS + ending) == IN_PARAGRAPHS + ending


def test_a_long_bulleted_list_goes_though_its_first_lead_opens_as_a_continuation() -> None:
    """A lead may open as a line going on from another ("This comes after
    …"); under five or more leads that open stories of their own, the first
    one's opening does not make the list the article's."""
    first = "► This comes after police said the tram depot in Bury would be moved."
    leads = [
        *ON_TOPIC_LEADS,
        "Tram drivers in Manchester vote to strike over new rotas.",
        "Leeds council approves a new cycle lane along the ring road.",
    ]
    assert drop([*ARTICLE, first, *("► " + t for t in leads)]) == ARTICLE


#: A brief, three lines of one story, and other stories' leads, long ones.
BRIEF = [
    "Kiel will build a solar park on the former Holtenau airfield, the city said on Monday.",
    "The solar park is to supply 12,000 homes in Kiel from next year, and construction on the "
    "airfield starts in May.",
    "The city will lease the airfield to the park's operator for 30 years.",
]
LONG_LEADS = [
    "Wheat farmers in Kansas expect their smallest harvest in a decade after a dry winter "
    "withered seedlings across the Great Plains.",
    "The Louvre will close two galleries for renovation this summer, moving Vermeer's Lacemaker "
    "to a temporary room on the ground floor.",
    "Chile's copper output fell in October as strikes at two northern mines cut production at the "
    "world's largest producer of the metal.",
    "Researchers in Osaka have grown cartilage from stem cells that repaired knee injuries in "
    "pigs, opening the way to human trials.",
    "A New York man pleaded guilty on Tuesday to charges that he threatened to kill a congressman "
    "in a series of voicemails last year.",
    "Emirates ordered 30 Boeing 787 jets at the Dubai Air Show on Wednesday, a deal worth almost "
    "nine billion dollars at list prices.",
    "Sweden's prime minister asked the armed forces to help the police fight violent gangs after "
    "a surge in shootings and bombings.",
    "Tram drivers in Manchester will vote next week on whether to strike over new rotas that "
    "their union says cut rest breaks.",
    "Coty shares rose 8 percent after the beauty company raised its forecast on strong demand for "
    "its fragrances in Asia.",
    "Thirty light artworks will fill the centre of Amsterdam for the festival's seventh edition, "
    "which opens on November 29.",
]


def test_a_long_list_of_leads_under_a_brief_goes() -> None:
    """A list three times the size of the article above it is most of the
    text, but a brief's lines share their story's names and the leads share
    none of them: the list goes, the brief stays."""
    assert drop(BRIEF + LONG_LEADS) == BRIEF


def test_under_a_brief_its_last_line_stays_and_a_lead_may_share_a_word() -> None:
    """The brief's last line may read as a teaser by its score, but it names
    the brief's subject (the dome) and stays; one lead naming a thing the
    brief names (visitors) does not make the list the brief's."""
    library = [
        "The city's central library reopened on Saturday after a two-year restoration that "
        "repaired its leaking dome and restored the Victorian reading room.",
        "More than 3,000 visitors queued to see the reading room, where the original oak "
        "shelves and gas lamps have been cleaned and rewired.",
        "The restoration cost £14m, most of it from a heritage lottery grant, and added a lift "
        "and a children's library in the basement.",
        "Librarians said the dome, lit by new lanterns from a foundry in Sheffield, would glow "
        "every evening until Christmas.",
    ]
    visitors = (
        "Visitors who booked tickets online came to the Jeongdong Theater to watch the new "
        "musical and left their reviews."
    )
    leads = [*LONG_LEADS[:4], visitors, *LONG_LEADS[4:8]]
    assert drop(library + leads) == library


def test_leads_under_a_short_article_of_one_sentence_lines_go() -> None:
    """The article's own lines have a teaser's shape and, few as they are,
    share few words: their scores read no less alien than the leads'. But
    they tell one story (fares, commuters), and the leads name none of it."""
    article = [
        "Ferry fares across the harbour will rise by a fifth from January, the transport "
        "authority said on Thursday, blaming higher fuel and wage costs.",
        "A single adult ticket will cost £4.20, up from £3.50, while the monthly pass for "
        "commuters will go up to £96.",
        "The authority said discounts for pupils and pensioners would stay as they are, and "
        "that a new evening timetable would add four crossings on weekdays.",
        "Passenger groups said the rise would push more commuters back into their cars on the "
        "already crowded bridge road.",
    ]
    leads = [
        "Beauty company Coty is breaking out, in a good way.",
        "Dow component Home Depot reported third-quarter earnings that topped estimates as "
        "revenue fell short.",
        "More than a third of WeWork's 12,000 employees will likely receive notice this week "
        "that they no longer have a job.",
        "President Mbumba knew something was wrong the day his predecessor's staff started "
        "sending him constant updates.",
    ]
    assert drop(article + leads) == article


def test_a_digest_of_briefs_stays_whole() -> None:
    """Briefs, each about something else, a sentence a line: there is no one
    story above the lines that read as other stories, and nothing goes."""
    digest = [
        "Wheat farmers in Kansas expect their smallest harvest in a decade after a dry winter "
        "withered seedlings.",
        "The Louvre will close two galleries for renovation this summer, moving a Vermeer to "
        "the ground floor.",
        "Chile's copper output fell in October as strikes at two northern mines cut production.",
        *LONG_LEADS[3:],
    ]
    assert drop(digest) == digest


def test_a_bulleted_list_the_article_introduces_or_that_goes_on_with_its_story_stays() -> None:
    title = "Other schemes on the council's list:"
    introduced = [*ARTICLE, title, *("• " + t for t in ON_TOPIC_LEADS)]
    assert drop(introduced) == introduced
    going_on = ["• But the " + ON_TOPIC_LEADS[0][0].lower() + ON_TOPIC_LEADS[0][1:]]
    going_on += ["• " + t for t in ON_TOPIC_LEADS[1:]]
    assert drop(ARTICLE + going_on) == ARTICLE + going_on


def test_a_bulleted_list_a_colon_introduces_stays_though_its_items_read_as_teasers() -> None:
    """Items that share none of the article's words score as teasers; the colon
    above them says they are the article's own list, whatever their bullet."""
    items = [
        "• $12 million for road repairs on the east side",
        "• Two new primary school buildings by 2027",
        "• Longer opening hours for the public library",
        "• A hiring freeze for administrative staff",
    ]
    body = [*ARTICLE, "The budget also includes:", *items]
    assert drop(body) == body


def test_a_titled_bulleted_list_of_one_skeleton_stays() -> None:
    """A title over lines of one shape ("Name: vote") heads the article's own
    table, not a list of other stories."""
    votes = ["• Burnham: for", "• Khan: against", "• Street: for", "• Jarvis: abstained"]
    body = [*ARTICLE, "How the councillors voted", *votes]
    assert drop(body) == body


def test_under_a_heading_a_two_sentence_paragraph_past_the_first_item_resumes_the_article() -> None:
    """A related heading high in the article, its one item a sentence: the
    article's paragraphs below it share no words with the lead, and read as
    teasers, but an item is a headline with at most a short lead."""
    lead = "A powerful storm swept across the northern coast overnight, forecasters said on Sunday."
    item = "Kansas farmers expect their smallest wheat harvest in a decade after a dry winter."
    paragraphs = [
        "Ferries between the islands were cancelled until Tuesday. Operators said crews would "
        "inspect every pier before sailing resumed, and passengers with tickets could claim a "
        "refund online.",
        "Hundreds of schools stayed closed on Monday. Teachers were asked to set work for pupils "
        "at home while engineers checked roofs and heating systems damaged by falling branches.",
        "About forty thousand homes were still without power by the evening. The grid operator "
        "warned that repairs to lines in remote valleys could take until the weekend.",
    ]
    assert drop([lead, "Related stories", item, *paragraphs]) == [lead, *paragraphs]


def test_a_last_paragraph_and_a_short_page_line_are_no_two_line_run_of_teasers() -> None:
    """Two lines are a list only when they are alike: the article's last
    paragraph on a new subject and a short line of the page below it both
    score as teasers, but a sentence of fifteen words and a name of four are
    not two items of one list."""
    last = (
        "Separately, volunteers planted four hundred oak saplings along the canal towpath "
        "near Droylsden on Saturday morning."
    )
    out = drop([*ARTICLE, last, "Harbourview Media Collective Ltd"])
    assert out[: len(ARTICLE) + 1] == [*ARTICLE, last]


#: The article in paragraphs of two sentences each.
PARAGRAPHS = [
    ARTICLE[0] + " The vote was eleven to four.",
    ARTICLE[1] + " Engineers said the tunnel under the terminal would take two years to dig.",
    ARTICLE[2] + " A petition against the tram route gathered 4,000 signatures.",
    ARTICLE[3] + " Residents said the changes did not go far enough.",
    ARTICLE[4] + " The council will publish the timetable for the works in the autumn.",
]
#: Leads of other stories in the region, each sharing a word with the article
#: (a terminal, a petition, a motorway, a tunnel) and none with its neighbours.
REGIONAL_LEADS = [
    "Liverpool's cruise terminal opens a floating pontoon for visiting liners.",
    "A petition to rename Bolton's bus station after a footballer passed 10,000 names.",
    "Hauliers face overnight motorway closures near Warrington for bridge repairs.",
    "Archaeologists found a Roman coin hoard in a tunnel near Chester.",
    "Cheshire's salmon anglers blame warmer rivers for an empty season.",
]


def test_leads_that_share_nothing_with_each_other_go_under_an_article_in_paragraphs() -> None:
    """Each lead shares a word with the article, which pulls its score down;
    but a paragraph of the article goes on with the names and subjects of the
    lines before it, and a lead about another story shares none with them."""
    assert drop(PARAGRAPHS + REGIONAL_LEADS) == PARAGRAPHS


def test_an_article_written_a_sentence_per_line_keeps_closing_lines_on_new_subjects() -> None:
    """One sentence per line, an article's lines share far fewer words with
    their neighbours: there a line that shares none with the two above it is
    no evidence, and its words alone decide."""
    sentences = [s if s.endswith(".") else s + "." for p in PARAGRAPHS for s in p.split(". ")]
    closing = [
        "Objectors plan to take their case to the High Court in London.",
        "A ruling on the appeal is not expected before next summer.",
        "Campaigners from Didsbury and Chorlton have joined them.",
        "Their lawyers expect hearings to last a fortnight.",
    ]
    assert drop(sentences + closing) == sentences + closing


#: Leads of other stories on the article's own subject, each under its dateline.
DATELINED_LEADS = [
    "LEEDS — The city's long-delayed tram network won government backing on Monday, with the "
    "first line due to open in 2032 after decades of planning.",
    "NOTTINGHAM — Tram passengers faced delays after a power fault halted services on both "
    "lines of the network during the morning rush.",
    "EDINBURGH (Reuters) — The tram extension to Newhaven carried more passengers than "
    "expected in its first year, the city council said.",
]


def test_leads_on_the_articles_subject_go_when_each_opens_with_a_dateline() -> None:
    """Past its opening lines an article's paragraphs never open with a
    dateline; another story's lead does, whatever words it shares."""
    assert drop([*ARTICLE, *DATELINED_LEADS]) == ARTICLE
    # the same leads without their datelines share the article's words, and stay
    bare = [lead.split(" — ", 1)[1] for lead in DATELINED_LEADS]
    assert drop([*ARTICLE, *bare]) == [*ARTICLE, *bare]


def test_a_digest_of_briefs_each_under_its_dateline_stays_whole() -> None:
    briefs = [
        "BERLIN — Germany's parliament approved a new defence budget on Thursday after a long "
        "debate over spending on the armed forces.",
        "PARIS — French farmers blocked roads around the capital for a third day to protest "
        "against low prices for their produce.",
        "MADRID — Spain's government said it would raise the minimum wage by five percent next "
        "year, citing higher living costs.",
        "ROME — Italy's president called for calm after protests over the pension reform turned "
        "violent in several cities.",
        "WARSAW — Poland will build a second nuclear power plant on the Baltic coast, the energy "
        "minister announced on Wednesday.",
        "LISBON — Portugal's central bank cut its growth forecast for the year, pointing to "
        "weaker exports and tourism.",
    ]
    assert drop(briefs) == briefs


#: A live blog's posts as an extractor gives them when it drops their times and
#: titles but the first: a sentence to a line, each pair on a subject of its own.
LIVE_POSTS = [
    "The regional government has promised an emergency fund of five million euros.",
    "The money is meant for families who lost their furniture and cars.",
    "Farmers upstream say their fields will be under water for at least another week.",
    "Cattle were moved to higher ground by neighbours and volunteers.",
    "A spokesman for the fire brigade said crews had pumped water from 120 basements so far.",
    "Most of the calls came from the old town near the harbour.",
    "Two schools in the valley will stay closed tomorrow, the education office confirmed.",
    "Parents were told to check the school website before leaving home.",
    "Insurance companies have set up a helpline for households whose homes were damaged.",
    "The number opens at eight and is free of charge from any phone.",
    "The weather service expects another band of heavy rain to arrive on Thursday evening.",
    "Forecasters warned that up to forty litres per square metre could fall.",
    "Volunteers have filled more than four thousand sandbags at the depot on Mill Lane.",
    "Some of the bags were taken by tractor to the lower streets of the town.",
    "Train services between Eastford and Millbridge remain suspended until further notice.",
    "Bus companies are running a replacement service every half hour.",
    "The mayor said the water level had fallen by ten centimetres since the early hours.",
    "Engineers will inspect the dam again at six o'clock this evening.",
    "Residents gathered at the school hall, which has been turned into a shelter for the night.",
    "The Red Cross brought blankets and hot meals for about two hundred people.",
]


def test_lines_that_read_as_teasers_but_are_most_of_the_text_stay() -> None:
    """Every line past the first few reads as another story's lead, but the
    "run" would be most of the text: a related block is furniture beside an
    article, far smaller than it, so these are the article's own lines."""
    live = ["Update 12", *LIVE_POSTS]
    assert drop(live) == live


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("WASHINGTON — NASA added five companies to a contract for deliveries to the moon.", True),
        (
            "KATHMANDU, Aug 7 (Xinhua) -- Nepal said on Monday it would reopen the border.",
            True,
        ),
        ("MADRID, 5 may (EFE).- El Gobierno aprobó este martes el proyecto de presupuestos.", True),
        (
            "Kiel (dpo) - Finnland ist in Gefahr, warnen mehrere Experten in einer neuen Studie.",
            True,
        ),
        (
            "Senator John Smith (R) said on Tuesday that he would vote against the bill.",
            False,
        ),
        (
            "The Palestinian Authority - which considers the US biased - has rejected the plan.",
            False,
        ),
        ("June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek", False),
        ("LONDON — Britain", False),
    ],
)
def test_a_storys_dateline_opens_a_lead(line: str, story: bool) -> None:
    assert opens_story(line) is story


def test_under_a_video_lists_heading_a_sentence_is_the_articles_and_titles_go() -> None:
    """ "Up Next" heads a video player's list, whose items are titles: a sentence
    right under it is the article going on (the titles were thumbnails the
    extractor left out), and only the heading goes."""
    resumed = [
        "Cannon shots boomed as the procession reached the palace gates this morning.",
        "The ceremony is full of pomp and quirky oddities, but it also sets the year's work.",
        *ARTICLE[2:],
    ]
    assert drop([*ARTICLE[:2], "Up Next", *resumed]) == [*ARTICLE[:2], *resumed]
    titles = ["Tram drivers strike for a second day", "Watch: the new depot from above"]
    assert drop([*ARTICLE, "Up Next", *titles]) == ARTICLE


#: A Turkish report and teasers of other stories, for headings written with
#: Turkish's dotted capital "İ".
ARTICLE_TR = [
    "Belediye meclisi, şehir merkezindeki tramvay hattının havalimanına uzatılmasını salı günü "
    "yapılan oylamayla onayladı.",
    "Yeni hat mevcut istasyondan ayrılarak otoyol boyunca ilerleyecek ve terminalin altındaki "
    "yeraltı durağında sona erecek.",
    "Güzergah üzerindeki mahalle sakinleri, inşaat trafiğinin üç yıl boyunca bölgeyi olumsuz "
    "etkileyeceğini savundu.",
    "Belediye başkanı, tramvay projesinin sakinlere etkisini azaltmak için iki kez "
    "değiştirildiğini söyledi.",
]
TEASERS_TR = [
    "Tramvay işletmesi, enerji maliyetleri nedeniyle bilet fiyatlarını ocak ayında artıracak.",
    "Kuraklık nedeniyle buğday üreticileri son on yılın en düşük hasadını bekliyor.",
    "Ünlü müze iki salonunu yaz boyunca yenileme çalışmaları için kapatacak.",
    "Milli takım, hazırlık maçında rakibini son dakikada attığı golle yendi.",
]


@pytest.mark.parametrize("heading", ["İLGİLİ HABERLER", "İlgili haberler", "İlginizi çekebilir"])
def test_a_turkish_heading_with_the_dotted_capital_is_known(heading: str) -> None:
    """ "İ" lower-cases to "i" and a combining dot, so "İLGİLİ HABERLER" was
    never "ilgili haberler" of the word list: a list under it whose first
    teaser shares a word with the article ("tramvay") stayed, heading and all."""
    doc = Document([*ARTICLE_TR, heading, *TEASERS_TR], language="tr")
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == ARTICLE_TR


@pytest.mark.parametrize(
    "heading",
    [
        "Lue myös",  # fi
        "Kapcsolódó cikkek",  # hu
        "Citește și",  # ro
        "Pročitajte još",  # hr/sr/bs
        "Preberite tudi",  # sl
        "Skaitykite taip pat",  # lt
        "Tengdar fréttir",  # is
        "Διαβάστε επίσης",  # el
        "Прочетете още",  # bg
        "Przeczytaj także",  # pl
        "Llegiu també",  # ca
        "관련기사",  # ko
        "相关新闻",  # zh
        "اقرأ أيضا",  # ar
        "קראו גם",  # he
        "यह भी पढ़ें",  # hi
        "Meistkommentiert",  # de, a widget's most-commented list
        "Powiązane",  # pl
        "Relaterte emner",  # nb
        "More Trending",
        "Read More Stories",
    ],
)
def test_related_headings_of_every_detected_language_take_their_list(heading: str) -> None:
    """The label a news site sets over its related list, in the languages the
    detector names beyond the major ones: known, it takes the whole list, a
    first teaser sharing a word with the article ("tram") included."""
    first = "Sheffield's tram operator blames energy costs as fares rise again in January."
    assert drop([*ARTICLE, heading, first, *TEASERS]) == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "Він заявив, що уряд подасть законопроєкт до кінця місяця.",  # uk
        "Однако власти пока не прокомментировали решение суда.",  # ru
        "Той добави, че проектът ще бъде завършен догодина.",  # bg
        "Ωστόσο, η κυβέρνηση δεν απάντησε στις ερωτήσεις.",  # el
        "Hän kertoi asiasta toimittajille tiistaina.",  # fi
        "Azonban a kormány nem válaszolt a kérdésekre.",  # hu
        "Totuși, guvernul nu a răspuns la întrebări.",  # ro
        "Međutim, vlada nije odgovorila na pitanja.",  # hr
        "Jis teigė, kad sprendimas bus priimtas rytoj.",  # lt
        "Hann sagði að málið væri enn til skoðunar.",  # is
        "Tuy nhiên, chính phủ chưa trả lời các câu hỏi.",  # vi
    ],
)
def test_a_line_opening_with_a_pronoun_or_connective_goes_on_in_any_language(line: str) -> None:
    """A teaser opens a story of its own; a line opening with "he", "however"
    goes on from the one above, in the languages the detector names beyond the
    major ones too, and stays with the article."""
    assert continues_story(line)
    assert not continues_story("Ji Chang-wook stars in a new drama about a detective")


def test_the_first_word_window_reads_every_headings_first_word_whole() -> None:
    """The cheap test before the headings reads a line's first word within a
    window: every first word of the vocabulary, after a bullet, must fit."""
    from cleaners.related_headed import first_word
    from cleaners.vocabulary import HEADING_FIRST_WORDS

    for word in HEADING_FIRST_WORDS:
        assert first_word(f"• {word.capitalize()} news") == word
    assert is_heading("Weiterführende Links")


#: A Vietnamese article: every syllable alone is among the language's common
#: words, so only its syllable pairs ("xe buýt", "Hà Nội") tell its topic.
VIETNAMESE = [
    "Hà Nội đã quyết định mở rộng mạng lưới xe buýt điện trong năm nay, theo thông báo "
    "của Sở Giao thông vận tải vào sáng thứ Hai.",
    "Theo kế hoạch, thành phố sẽ đưa thêm 300 xe buýt điện vào hoạt động trên 25 tuyến mới, "
    "chủ yếu nối các quận nội thành với các huyện ngoại thành.",
    "Ông Nguyễn Văn Minh, phó giám đốc Sở, cho biết chi phí đầu tư khoảng 1.200 tỷ đồng, "
    "trong đó phần lớn do doanh nghiệp tư nhân đảm nhận.",
    "Các chuyên gia giao thông đánh giá đây là bước đi cần thiết, nhưng cảnh báo rằng hạ "
    "tầng trạm sạc vẫn còn thiếu ở nhiều khu vực.",
    "Hiện nay, Hà Nội có khoảng 1.500 xe buýt, trong đó chỉ hơn 200 xe chạy bằng điện.",
    "Người dân ở quận Hoàng Mai cho biết họ mong chờ các tuyến mới vì việc đi lại vào giờ "
    "cao điểm rất khó khăn.",
    "Sở Giao thông vận tải cũng dự kiến điều chỉnh giá vé để thu hút thêm hành khách, đặc "
    "biệt là học sinh và người cao tuổi.",
]


def test_a_vietnamese_article_under_a_left_out_boxs_heading_stays() -> None:
    """A "Đọc thêm" box whose teasers were pictures leaves its heading between
    the article's paragraphs: the heading goes alone, as in any language. The
    lines under it share the article's words, read as Vietnamese syllable pairs;
    read one syllable at a time (all common words) they shared none, and the
    article's last three paragraphs went with the heading."""
    doc = Document([*VIETNAMESE[:4], "Đọc thêm", *VIETNAMESE[4:]], language="vi")
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == VIETNAMESE


def test_other_stories_under_a_vietnamese_heading_still_go() -> None:
    tail = [
        "Tin liên quan",
        "Giá vàng hôm nay tăng mạnh sau quyết định của ngân hàng trung ương",
        "Đội tuyển bóng đá Việt Nam thắng Thái Lan 2-1 tại Mỹ Đình",
        "Bão số 3 đổ bộ vào miền Trung, hàng nghìn hộ dân phải sơ tán",
    ]
    doc = Document([*VIETNAMESE, *tail], language="vi")
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == VIETNAMESE

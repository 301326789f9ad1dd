"""Choosing between the pre-pass body and trafilatura on the raw page."""

from __future__ import annotations

import json

from scraper.agreement import choose, shingle_set, suspect
from scraper.extraction import extract

STORY = [
    "The city library will open on Sundays from next month, the council said on Friday, "
    "after a survey found that most readers could not visit during the working week.",
    "Staff will work the extra day in turns, and two new posts will be created so that "
    "no one works more than five days in a row, the council's culture officer said.",
    "The change will cost about ninety thousand a year, paid for by closing the mobile "
    "library van, which fewer than forty people used each week last year.",
    "Readers' groups welcomed the news but asked that the children's section, which "
    "closes at four on weekdays, stay open until six on Saturdays and Sundays as well.",
]
LEAD = "The library will open on Sundays."


def test_a_body_that_holds_the_other_text_stays() -> None:
    choice = choose(STORY, STORY[:3], [], None)
    assert choice.winner == "body" and choice.paragraphs == STORY and not choice.reason


def test_a_fragment_is_completed_in_the_other_texts_order() -> None:
    choice = choose(STORY[1:2], STORY, [], None)
    assert choice.winner == "union" and choice.paragraphs == STORY
    assert "held" in choice.reason


def test_furniture_the_pre_pass_removed_does_not_come_back() -> None:
    comment = "I have waited years for this, and so has everyone on my street, well done."
    choice = choose(STORY[:1], [*STORY, comment + " " + comment], [comment + " " + comment], None)
    assert choice.paragraphs == STORY


def test_repeated_paragraphs_and_short_lines_do_not_join() -> None:
    widget = "Your privacy settings prevent this external content from being displayed here."
    other = [STORY[0], widget, "Photo: City Archive", widget, "12 March 2024", STORY[1]]
    choice = choose(STORY[:1], other, [], None)
    assert choice.paragraphs == STORY[:2]


def test_a_short_line_opening_a_joined_paragraph_joins_as_its_heading() -> None:
    choice = choose(STORY[:1], [STORY[0], "Who pays", STORY[2]], [], None)
    assert choice.paragraphs == [STORY[0], "Who pays", STORY[2]]


def test_different_texts_are_settled_by_the_json_ld_body() -> None:
    teasers = [s[::-1] for s in STORY]
    assert choose(teasers, STORY, [], " ".join(STORY)).paragraphs == STORY
    assert choose(STORY, teasers, [], " ".join(STORY)).paragraphs == STORY


BOX = [
    "The transcript of the speech runs to forty pages and is read aloud in the "
    "chamber each year, from the first line to the closing prayer, by the monarch.",
    "It lists every bill the government means to bring before parliament in the "
    "session, with the reasons it gives for each of them and the months it expects.",
    "Members of both houses listen standing, and the speech is printed in full in "
    "the next day's official record, with the names of those who attended it.",
]


def test_a_body_the_json_ld_body_also_holds_gains_the_others_prose_not_the_removed() -> None:
    # the JSON-LD body is the story and a box beside it (a transcript, a fact
    # box); the other candidate is mostly the box, which the pre-pass took
    # out: the body, inside the JSON-LD body, is the article and stays; only
    # what the pre-pass did not remove joins it, in the other text's order
    reference = " ".join([*STORY, *BOX])
    choice = choose(STORY[:3], [*BOX, *STORY[3:]], BOX, reference)
    assert choice.winner == "union" and choice.paragraphs == STORY
    assert choose(STORY[:3], [*BOX, *STORY[3:]], [*BOX, *STORY[3:]], reference).winner == "body"
    # a body the JSON-LD body does not hold is another text: the other wins
    teasers = [s[::-1] for s in STORY[:3]]
    assert choose(teasers, STORY, [], " ".join(STORY)).paragraphs == STORY
    # and so is a lead alone, whatever the pre-pass removed
    assert choose(STORY[:1], STORY[1:], STORY[1:], " ".join(STORY)).paragraphs == STORY[1:]


def test_a_removal_made_on_the_subject_alone_does_not_keep_json_ld_text_out() -> None:
    # the pre-pass took the story's last paragraph out as off its subject, the
    # box as a box: the JSON-LD body holds both, and overrules the first guess
    reference = " ".join([*STORY, *BOX])
    removed = [*BOX, *STORY[3:]]
    choice = choose(STORY[:3], removed, removed, reference, off_topic=STORY[3:])
    assert choice.winner == "union" and choice.paragraphs == STORY


def test_different_texts_without_reference_need_clearly_more_prose() -> None:
    other = [s[::-1] for s in STORY[:2]]
    assert choose(STORY, other, [], None).winner == "body"
    assert choose(other[:1], STORY, [], None).winner == "other"


def test_an_empty_body_takes_the_other() -> None:
    assert choose([], STORY, [], None).paragraphs == STORY


def test_suspect_bodies() -> None:
    assert suspect([LEAD], 0, None)  # a line is no article
    assert suspect(STORY[:1], 5000, None)  # a fraction of the page's prose
    assert suspect(STORY, 600, " ".join(s[::-1] for s in STORY))  # far from JSON-LD
    assert not suspect(STORY, 700, " ".join(STORY))


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingle_set("One, two; THREE four!") == shingle_set("one two three four")


def test_extract_records_which_candidate_won() -> None:
    hidden = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Library opens on Sundays</title></head><body><article>"
        f"<h1>Library opens on Sundays</h1><p>{LEAD}</p>"
        f"<div class='more' style='display:none'>{hidden}</div></article></body></html>"
    )
    article = extract(html)
    assert article.text.split("\n\n") == [LEAD, *STORY]
    first = next(c for c in article.changes if c.cleaner != "prepass")
    assert first.cleaner == "choose_body" and "trafilatura on the raw page" in first.describe()


def test_extract_keeps_a_good_body_without_a_choice_record() -> None:
    html = (
        "<html><head><title>Library opens on Sundays</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>"
    )
    article = extract(html)
    assert article.text.split("\n\n") == STORY
    assert all(c.cleaner != "choose_body" for c in article.changes)


TITLE = "Library to open on Sundays"
PAGE = " ".join(STORY)


def test_a_lead_alone_is_continued_by_the_text_after_it_on_the_page() -> None:
    choice = choose(STORY[:1], STORY[1:], [], None, title=TITLE, page_text=PAGE)
    assert choice.winner == "union" and choice.paragraphs == STORY
    assert "follows the body" in choice.reason


def test_a_text_before_the_body_or_on_another_subject_does_not_continue_it() -> None:
    # before the body on the page: the old rule (clearly more prose) decides
    before = " ".join([*STORY[1:], STORY[0]])
    assert choose(STORY[:1], STORY[1:2], [], None, title=TITLE, page_text=before).winner == "body"
    offtopic = [s.replace("library", "pool").replace("Sunday", "Monday") for s in STORY[1:]]
    page = " ".join([STORY[0], *offtopic])
    choice = choose(STORY[:1], offtopic[:2], [], None, title=TITLE, page_text=page)
    assert choice.winner == "body"


def test_extract_reads_the_rest_of_an_article_after_a_lead_in_its_own_block() -> None:
    # the lead's block scores highest; each later paragraph is wrapped twice,
    # between ads, so the container of the rest scores less than the lead
    rest = "".join(
        f"<div class='blk'><div class='inner'><p>{p}</p></div></div><div class='ad'>Ad</div>"
        for p in STORY[1:]
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        f"<div class='hero'><div class='intro'><p>{STORY[0]} {STORY[0]}</p></div></div>"
        f"<div class='main-col'>{rest}</div></body></html>"
    )
    assert extract(html).text.split("\n\n") == [f"{STORY[0]} {STORY[0]}", *STORY[1:]]


OFF_SUBJECT = [
    "The football club signed two young players from its academy on Monday, the manager "
    "said, praising their work during a long and difficult season for everyone.",
    "A storm warning has been issued for the whole coast this weekend, with gusts of up to "
    "ninety kilometres an hour expected on Saturday afternoon and evening.",
]


def test_text_off_the_titles_subject_does_not_join_or_replace_the_body() -> None:
    # comments or other stories trafilatura read beside a short article
    joined = choose(STORY[:1], [STORY[0], *OFF_SUBJECT], [], None, title=TITLE)
    assert joined.winner == "body" and joined.paragraphs == STORY[:1]
    other = [*OFF_SUBJECT, *OFF_SUBJECT[::-1]]
    assert choose(STORY[:1], other, [], None, title=TITLE).winner == "body"
    # without a title to tell, the old rules decide
    assert choose(STORY[:1], [STORY[0], *OFF_SUBJECT], [], None).winner == "union"


def test_other_stories_leads_below_the_body_do_not_join_it() -> None:
    # trafilatura on the raw page holds the story's last paragraph, which the
    # body missed, and then a page's list of other stories' leads
    leads = [
        "Wheat farmers in Kansas expect their smallest harvest in a decade after a dry "
        "winter withered seedlings across the Great Plains.",
        "The Louvre will close two galleries for renovation this summer, moving Vermeer's "
        "Lacemaker to a temporary room on the ground floor.",
        "Chile's copper output fell in October as strikes at two northern mines cut "
        "production at the world's largest producer of the metal.",
    ]
    choice = choose(STORY[:3], [*STORY, *leads], [], None)
    assert choice.winner == "union"
    assert choice.paragraphs == STORY
    assert choice.joined == 1


def test_a_lead_alone_is_completed_by_whatever_follows_it() -> None:
    # one paragraph says too little of its subject to judge the rest by
    lead = "Short lead of the story, in its own block on the page."
    rest = (
        "The rest of the story follows here, with the details that matter to readers, "
        "and it runs on."
    )
    assert choose([lead], [lead, rest], [], None).paragraphs == [lead, rest]


def test_a_different_text_off_the_title_and_description_does_not_win() -> None:
    # a headline in other words than the body's (a play on words); the
    # description says what the body is about, and the longer other text (a
    # comment thread) speaks of none of it
    comments = [
        "The school board approved a budget for the new school year after a long debate that ran "
        "late into Tuesday night at the town hall, and the mayor thanked the teachers.",
        "A storm warning has been issued for the whole coast this weekend, with gusts of up "
        "to ninety kilometres an hour expected on Saturday and heavy rain on Sunday.",
        "The local football club signed two young players from the academy, the manager "
        "told reporters, praising their work during a long and difficult season.",
    ]
    title, description = "Turning a new page", "The library opens on Sundays, the council said."
    page_text = " ".join([title, *STORY[:1], *comments])
    kept = choose(STORY[:1], comments, [], None, title=title, page_text=page_text)
    assert kept.winner == "other"  # the title alone gives no subject to tell them apart
    choice = choose(
        STORY[:1], comments, [], None, title=title, page_text=page_text, description=description
    )
    assert choice.winner == "body" and choice.paragraphs == STORY[:1]


def test_a_different_text_sharing_only_the_titles_common_words_does_not_win() -> None:
    # the body speaks of the title's subject; a longer comment thread shares a
    # fifth of its terms, all common words ("after", "with", "local", "week")
    comments = [
        "The school board approved a budget for the new school year after a long debate that ran "
        "late into Tuesday night at the town hall, and the mayor thanked the teachers.",
        "A storm warning has been issued for the whole coast this week, with gusts of up "
        "to ninety kilometres an hour expected on Saturday and heavy rain on Sunday.",
        "The local football club signed two young players from the academy, the manager "
        "told reporters, praising their work during a long and difficult season.",
        "Prices at the weekly market rose again in March as farmers blamed the cost of fuel "
        "and feed for their animals over the winter, the market's manager said.",
    ]
    title = "Local library to open on Sundays after survey of readers, with new staff each week"
    page_text = " ".join([title, *STORY[:2], *comments])
    choice = choose(STORY[:2], comments, [], None, title=title, page_text=page_text)
    assert choice.winner == "body" and choice.paragraphs == STORY[:2]


def scripted_page(article_html: str, data: str, title: str = TITLE, around: str = "") -> str:
    """A page whose scripts fill ``<article>`` from its JSON-LD ``data``."""
    ld = json.dumps({"@type": "NewsArticle", "headline": title, "articleBody": data})
    return (
        f"<html><head><title>{title}</title>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>{title}</h1>"
        f"<article id='story'>{article_html}</article>{around}</body></html>"
    )


def test_an_article_only_the_pages_data_holds_is_read_from_it() -> None:
    # served before its script runs: the article's element is empty, and the
    # JSON-LD body (paragraph tags inside, as some CMSs leave them) is the article
    data = "".join(f"<p>{p}</p>" for p in STORY)
    article = extract(scripted_page("", data))
    assert article.text.split("\n\n") == STORY
    change = next(c for c in article.changes if c.cleaner == "choose_body")
    assert "JSON-LD articleBody" in change.describe()
    # paragraphs the data breaks with newlines come out as paragraphs too
    assert extract(scripted_page("", "\n\n".join(STORY))).text.split("\n\n") == STORY


def test_a_menu_or_other_stories_give_way_to_the_pages_data() -> None:
    # what the HTML shows is long, but none of it is the article the data holds
    # and none speaks of the title's subject: other stories' leads
    others = "".join(
        f"<p>{lead}</p>"
        for lead in [
            "The regional rail operator will raise fares by four percent in January, "
            "blaming energy costs and the price of new trains ordered last year.",
            "A storm warning has been issued for the coast this week, with gusts of up to "
            "ninety kilometres an hour expected on Saturday and heavy rain on Sunday.",
            "Prices at the weekly market rose again in March as farmers blamed the cost of "
            "fuel and feed for their animals over the winter, the market's manager said.",
        ]
    )
    article = extract(scripted_page("", "\n".join(STORY), around=f"<section>{others}</section>"))
    assert article.text.split("\n\n") == STORY


def test_an_article_the_page_shows_stays_though_its_data_holds_more() -> None:
    # the HTML shows the article; the data adds a long transcript the page
    # sets beside it: the page's reading stands
    transcript = [
        f"Item {n} of the council's published minutes, read into the record." for n in range(40)
    ]
    html = scripted_page("".join(f"<p>{p}</p>" for p in STORY), "\n".join([*STORY, *transcript]))
    assert extract(html).text.split("\n\n") == STORY


def test_a_page_whose_data_holds_another_text_keeps_the_article_it_shows() -> None:
    other = [p.replace("library", "swimming pool").replace("readers", "swimmers") for p in STORY]
    rewritten = [" ".join(reversed(p.split())) for p in other]  # shares no 4-word run
    html = scripted_page("".join(f"<p>{p}</p>" for p in STORY), "\n".join(rewritten))
    assert extract(html).text.split("\n\n") == STORY

"""Every threshold of HTML extraction, in one place, each with its reason.

Lengths are in characters of whitespace-normalised text unless said otherwise;
shares are fractions of 1. The modules of :mod:`scraper` import these names;
nothing else defines a number that decides what is article text.
"""

from __future__ import annotations

# -- bounds: every page is handled in bounded time and memory -----------------
#: Seconds one page's extraction may take before it settles for the best text so far.
TIME_BUDGET = 6.0
#: Share of the budget the pre-pass may use before it skips its optional steps.
PREPASS_SHARE = 0.4
#: Longer pages lose scripts, styles and comments textually and are cut to this.
MAX_HTML_CHARS = 4_000_000
#: A text longer than this is never made into one list of its words (which
#: takes ~10x the text): it is whitespace-normalised by a regex pass, and its
#: words are collected a piece of this size at a time. A page's paragraphs are
#: far shorter; its whole article text is measured too.
WORD_LIST_MAX_CHARS = 65_536
#: Longest body handed to the cleaner chain (cut at a paragraph boundary).
MAX_BODY_CHARS = 200_000
#: A page's text (outside scripts and styles) past this is cut once its
#: metadata is read: the body keeps ``MAX_BODY_CHARS`` at most, and the date
#: search, the pre-pass and trafilatura (which copies the tree four times) each
#: take a multiple of the text they get. Twice the body's limit leaves room for
#: what precedes the article and what the extractor drops from it.
MAX_PAGE_TEXT_CHARS = 2 * MAX_BODY_CHARS
#: Trees with more elements get no htmldate search (it walks the whole tree).
MAX_DATE_SEARCH_ELEMENTS = 30_000
#: Trees with more elements skip trafilatura (its link-density passes are superlinear).
MAX_TREE_ELEMENTS = 150_000
#: Nesting beyond this depth is flattened into its text (recursion in extractors).
MAX_DEPTH = 120
#: The HTML parser's own nesting limit: a tree this deep lost content when parsed.
PARSER_DEPTH_LIMIT = 255

# -- decoding ------------------------------------------------------------------
#: How far into the page (bytes) a meta charset declaration is looked for.
META_SCAN_BYTES = 4096
#: Undecodable share under which a declared UTF-8 page stays UTF-8 (a stray byte).
UTF8_ERROR_TOLERANCE = 0.001
#: Charset detection reads at most this many bytes (it is slow on large inputs).
DETECT_BYTES = 200_000

# -- metadata ------------------------------------------------------------------
#: A longer "author" is a sentence or a bio, not a name.
MAX_AUTHOR_CHARS = 100
#: A longer metadata value (title, date) is page text put in the wrong field.
MAX_FIELD_CHARS = 300
#: A description may be a standfirst of several sentences; longer, it is the body.
MAX_DESCRIPTION_CHARS = 1000
#: A ``<title>`` cut shorter than this lost its headline with the site name.
MIN_TITLE_CHARS = 10
#: Tags kept from a page's metadata (a keywords list may run to hundreds).
MAX_TAGS = 30
#: Byline elements looked at after the headline: further down they are other
#: articles' (related lists, author boxes of teasers).
MAX_BYLINE_MARKERS = 8
#: Elements after the headline a byline is looked for in (the bylines found on
#: the dev pages sit within 60 of it; a related list's are hundreds further).
MAX_BYLINE_DISTANCE = 300
#: Elements a page without a headline is searched for a byline in: every page
#: of the dev sets fits (4,098 elements at most); a 20 MB page of links would
#: cost seconds past the time budget, which starts later.
MAX_BYLINE_SEARCH = 30_000
#: A person's name has at least this many words (given name and surname): "and"
#: splits an author string only between such names (a double surname, "Ortega y
#: Gasset", is one name), and only such a name replaces the publisher as author
#: (a one-word byline is as often a label, "Kurzmeldung", or an agency).
MIN_PERSON_NAME_WORDS = 2

# -- what counts as prose ----------------------------------------------------------
#: A paragraph this long counts towards the main element's score (shorter: labels).
PROSE_MIN_CHARS = 40
#: A paragraph twice ``PROSE_MIN_CHARS`` with less link text than this share is prose.
PROSE_LINK_SHARE = 0.5
#: A body shorter than this is no article (a menu item, a lone link).
MIN_BODY_CHARS = 20

# -- choosing the main element --------------------------------------------------
#: A paragraph's length counts in full for its parent, then halves per level up;
#: ancestors below this weight get nothing (a whole page is not one article).
SCORE_MIN_WEIGHT = 0.2
#: Weight of prose inside page chrome, consent or legal blocks, or furniture
#: named by class: it counts, so a site wrapping everything in such a block
#: still has a main element, but any clean candidate of similar size wins.
FURNITURE_PROSE_WEIGHT = 0.2
#: Score factor of a semantic container (``<article>``, ``<main>``, role=main,
#: ``itemprop=articleBody``): the page's own statement of where the article is.
SEMANTIC_BONUS = 1.5
#: ``itemprop=articleBody`` with at least this much text, and at least this
#: share of the best candidate's score, is the main element.
MARKED_BODY_MIN_CHARS = 200
MARKED_BODY_MIN_SHARE = 0.5
#: The main element's parent becomes the main element when it holds at least
#: this share of the main element's clean prose beside it (a lead in its own block).
SIBLING_PROSE_SHARE = 0.2
#: Prose paragraphs sharing one class value that make it content, not furniture
#: (a site that sets ``class="paywall"`` on every body paragraph).
REPEATED_CLASS_MIN = 3
#: Fewer such paragraphs (two) make the class content when they hold at least
#: this share of the page's prose and speak of its subject (a short article).
CLASS_PROSE_SHARE = 0.5
#: A block named as furniture or chrome (or a chrome tag) holding this share of
#: the page's clean prose, on the title's subject, is the article: "most" of it.
ZONE_PROSE_SHARE = 0.5
#: ...or the page's longest run of sibling prose paragraphs, this many times
#: any run outside it (beside it, only a list of short blurbs, however many).
ZONE_RUN_LEAD = 2.0
#: ...when its prose paragraphs average this many per parent: an article's run
#: of sibling paragraphs, where a comment thread has one per item.
ZONE_PARAGRAPHS_PER_PARENT = 2
#: A later block whose class names hold all of the main element's (or the
#: reverse), at least this many, is the body continued with a modifier added.
SPLIT_CLASS_MIN_NAMES = 2
#: Such a block before the main element, away from its rows, is a piece of the
#: body when this many wrappers around each carry the same tags and classes
#: (the body's frame repeated per section); one shared wrapper says little.
SPLIT_FRAME_LEVELS = 2
#: Paragraphs shaped as a link's blurb (opening with a link, or after a linked
#: heading) are a list of teasers when at least this many share a parent or
#: grandparent (up to this many levels) and are half its paragraphs.
TEASER_GROUP_MIN = 3
TEASER_GROUP_LEVELS = 2
#: How far up from a paragraph its post's item (name, time, reply link) may sit
#: (a comment's text is wrapped once or twice inside its item).
POST_ITEM_LEVELS = 3
#: How far up from a post's item the run of its kind may be gathered: a
#: thread's list holds each comment in an item of its own (``<li>``), and a
#: reply sits in the item it answers, two levels deeper.
POST_GROUP_LEVELS = 4
#: Shortest word (spaced scripts) that counts as a term of the headline;
#: shorter ones are mostly function words.
MIN_TERM_CHARS = 4
#: A main element holding less than this share of the terms of the page's
#: title and description (at least ``TITLE_MIN_TERMS``) speaks of something else: a
#: consent notice, a footer. The best-scoring block holding at least
#: ``TITLE_AGREE_SHARE`` of them, and ``2 * PROSE_MIN_CHARS`` of prose, wins.
TITLE_MIN_TERMS = 3
TITLE_DISAGREE_SHARE = 0.2
TITLE_AGREE_SHARE = 0.5
#: That block needs at least this share of the main element's score (a lone
#: standfirst beside a long body is no rival; beside a main element off the
#: subject, under ``TITLE_DISAGREE_SHARE``, only ``2 * PROSE_MIN_CHARS``: a
#: brief beside a notice ten times its length) and must not have this share of
#: its terms in the description (then it is the standfirst).
TITLE_RIVAL_SHARE = 0.1
#: A main element holding under ``TITLE_AGREE_SHARE`` of those terms gives way
#: to a rival holding this many times its share (and at least the floor:
#: ``TITLE_DISAGREE_SHARE`` when the main element is off the subject, else
#: ``TITLE_AGREE_SHARE``): the headline's common words lift any text a little.
RIVAL_TOPIC_FACTOR = 2.0
STANDFIRST_TERM_SHARE = 0.8
#: Nor is a block with this share of its terms in the main element's text: it
#: tells the same story (a summary, key points), where a consent notice or a
#: footer shares only common words with an article.
SAME_STORY_TERM_SHARE = 0.3
#: Characters of a block read to tell its subject (its opening suffices; a bound on work).
TOPIC_TEXT_CHARS = 20_000
#: How many of the best-scoring blocks are read in that search (a bound on work).
TITLE_CANDIDATES = 40

# -- the pre-pass ------------------------------------------------------------------
#: A class/id part of this many words or more, at least this share of them in
#: the element's own text, is a slug of that text (an anchor), not a name.
SLUG_MIN_WORDS = 4
SLUG_TEXT_SHARE = 0.75
#: A hidden element holding this share of the terms of the page's JSON-LD
#: articleBody (and of its length) is the article a script will show: it stays.
HIDDEN_BODY_SHARE = 0.6
#: Inside the main element, a furniture candidate holding more than this share
#: of its text is kept: it is the article, misnamed.
MAIN_SHARE_LIMIT = 0.4
#: A fact or info box inside the main element goes, even when it outweighs the
#: story, if the story keeps this many characters outside it (two paragraphs).
BOX_MIN_STORY_CHARS = 400
#: Blocks beside the main element's ancestors this share links (no prose) go.
SIDEBAR_LINK_SHARE = 0.6
#: A list with at least this many items, each at least this share link text,
#: is a list of other articles.
LINK_LIST_MIN_ITEMS = 2
LINK_ITEM_SHARE = 0.9
#: How far up from an embedded post its wrappers' class names are cleared.
EMBED_WRAPPER_LEVELS = 3
#: Longest text a class-named subheading may have.
SUBHEADING_MAX_CHARS = 200
#: Bylines: the author name must be at least this long, the line at most.
BYLINE_MIN_AUTHOR_CHARS = 5
BYLINE_MAX_CHARS = 120
#: Shortest description or title worth matching against body blocks.
STANDFIRST_MIN_CHARS = 30
#: A standfirst and the page's description, one opening the other, differ in
#: length by at most this factor (a description cut short; a longer lead).
STANDFIRST_LENGTH_FACTOR = 2.0
#: A standfirst set one sentence to a paragraph is read across this many
#: blocks between its paragraphs whose words are not the description's (a
#: related link, an ad slot or a "Read more" line set inside the lead).
STANDFIRST_SKIPPED_BOXES = 1
#: How many wrappers up from a furniture heading its section may reach.
SECTION_LEVELS = 3
#: A furniture heading ("Related stories") is at most this long.
HEADING_MAX_CHARS = 80
#: Raw (unnormalised) text longer than this cannot be a heading's (cheap cut).
HEADING_RAW_MAX_CHARS = 400
#: A one-line teaser or promotional line is at most this long.
TEASER_MAX_CHARS = 300
#: A follow, subscribe or share invitation (cleaners.vocabulary.PROMO_LINES) is a
#: short paragraph; a longer one mentioning it is article text.
PROMO_MAX_CHARS = 220
#: Share of its text in links above which a teaser line counts as a link line.
TEASER_LINK_SHARE = 0.5
#: A figure with more text than this besides its captions is content.
FIGURE_OWN_TEXT_CHARS = 20
#: A caption longer than this is probably not one (class names lie).
CAPTION_MAX_CHARS = 600
#: A table cell with a block longer than this makes the table page layout.
LAYOUT_CELL_CHARS = 150

# -- choosing between candidate bodies ---------------------------------------------
#: trafilatura's text on the prepared page holding less than this share of the
#: main element's words (main element at least ``MIN_MAIN_CHARS``): the main
#: element's paragraphs are the body instead.
MIN_COVERAGE = 0.5
MIN_MAIN_CHARS = 500
#: The body holding less than this share of the page's prose, or of the page's
#: JSON-LD articleBody, is checked against trafilatura on the raw page.
SUSPECT_PROSE_SHARE = 0.5
SUSPECT_REFERENCE_SHARE = 0.6
#: A body shorter than this is checked too (a lead alone, a failed extraction).
SUSPECT_BODY_CHARS = 400
#: The body holding less than this share of the other candidate's shingles
#: has missed part of the article: paragraphs only the other one has may join.
AGREEMENT_SHARE = 0.6
#: A paragraph the other candidate alone has joins only when at least this long
#: (shorter: credits, dates, labels) and said once (repeats: widgets).
JOIN_MIN_CHARS = 80
#: A short line joins as a heading only when at most this share of it is digits
#: (more: a date, a time, a score).
HEADING_MAX_DIGIT_SHARE = 0.3
#: The two bodies sharing less than this share of the shorter one's shingles
#: are different texts: the one the JSON-LD body or prose evidence favours wins.
DISJOINT_SHARE = 0.2
#: Of two different texts, a body with at least this share of its shingles in
#: the page's JSON-LD articleBody is the publisher's article text, whichever
#: of the two holds more of it.
BODY_IN_REFERENCE = 0.8
#: A paragraph counts as found in a text when the text holds this share of its shingles.
FOUND_SHARE = 0.5
#: The body's first paragraphs in which a standfirst found outside the main
#: element is looked for before it is put first (it opens an article).
STANDFIRST_SEARCH_PARAGRAPHS = 5
#: Of two different texts without a JSON-LD body to decide, the other wins only
#: with this many times the body's prose (a near tie keeps the precise body).
PROSE_MARGIN = 2.0
#: Shingle size (in words) when comparing candidate bodies, as the benchmarks do.
SHINGLE_WORDS = 4

#: Characters of a removed element's text kept in its ``prepass`` change (a menu
#: or a comment section runs to kilobytes; the record says what went, not all of it).
MAX_REMOVAL_TEXT = 300

# -- site templates (scraper.sites learns them, scraper.sitefit applies them) ------
#: Signatures (tag plus id or classes) per path, innermost last.
PATH_DEPTH = 3
#: Body paths kept in a template (most frequent first).
MAX_BODY_PATHS = 5
#: Pages whose line records are kept for the body-path pass: bounds memory on a
#: large site (the line counts cover every page).
MAX_BODY_PAGES = 300
#: Share of the learning pages a body path must have held the body on.
MIN_PATH_SHARE = 0.25
#: A line of at least this many words is prose (a body paragraph candidate).
MIN_PROSE_WORDS = 8
#: A prose line on at most this share of the pages is still a page's own.
PAGE_OWN_SHARE = 0.1
#: Share of a page's own prose the body element must hold.
BODY_SHARE = 0.8
#: A block under a repeated line holding more than this share of the page's own
#: prose is (or holds) the article, never the site's box.
BLOCK_PROSE_SHARE = 0.2
#: The lines of the site's repeated blocks go only while they are at most this
#: share of the text's words (more: the page's blocks are not the learned ones).
MAX_BLOCK_DROP = 0.3
#: Class or id tokens longer than this, or holding a digit, are generated per
#: page (hashes, counters) and do not survive across pages.
MAX_TOKEN_CHARS = 40
#: Classes kept per signature (sorted, so the order in the page does not matter).
MAX_CLASSES = 2
#: The template text must hold this share of the generic text's 4-word shingles
#: (less: the body path holds far less prose than the page).
MIN_HELD = 0.6
#: Holding this share, the template text is kept whatever it adds (it is read
#: from the site's own body element).
MIN_HELD_ALL = 0.9
#: This share of the template text's shingles must be in the generic text (less:
#: the two settled on different parts of the page).
MIN_AGREE = 0.8
#: Share of the generic text's words the template may leave out between its own
#: paragraphs (more: its element missed part of the body).
MAX_INNER_GAP = 0.1
#: A line of fewer words, not ending a sentence, reads as a heading.
MAX_HEADING_WORDS = 8

"""Thresholds of the line cleaners (``cleaners.promos``, ``cleaners.notices``,
``cleaners.legal``, ``cleaners.hovercards``, ``cleaners.widgets``), one section
per cleaner, each with the reason it has its value; the others are in
``cleaners.settings``.
"""

from __future__ import annotations

# -------- drop_ad_markers, drop_promos, drop_contact, drop_source_tags, drop_photo_credits

#: An ad marker is a label, never a sentence.
MAX_AD_MARKER_CHARS = 80
#: A line standing for an ad slot that says the article goes on after it has
#: at most this many words ("Artikel wird nach der Anzeige fortgesetzt").
MAX_AD_SLOT_WORDS = 8
#: Offers run to a few short sentences; an article paragraph that mentions
#: subscriptions in passing runs longer or sits among paragraphs that use the word.
MAX_PROMO_CHARS = 320
MAX_PROMO_SENTENCES = 3
#: A quotation this many words long is someone's speech, the article's reporting:
#: the names an offer quotes (a newsletter, a show) are shorter.
MIN_QUOTED_WORDS = 8
#: Among the last lines, an offer that names its price and speaks to the reader
#: may run this long (what the plan includes, a code to use).
MAX_PRICED_OFFER_CHARS = 600
#: Amid the article (above its last ``TAIL_LINES``), an offer is a short line.
MAX_MID_PROMO_CHARS = 120
#: A sentence of this many words or more that speaks to no reader reports on
#: an offer's subject (a paper's subscribers, a union's newsletter).
MIN_REPORT_WORDS = 15
#: Up to this many short lines between two offer lines are the same notice's
#: (a button label, a line of it without an offer word).
OFFER_GAP = 2
#: A line between two offers that has this many content words the article's
#: other lines use speaks of the article (its people, places, figures), not of
#: the offer: it stays. Two, as one word (the site's name) a notice may share.
MIN_GAP_ARTICLE_WORDS = 2
#: A contact line is an address and a label, not a paragraph.
MAX_CONTACT_CHARS = 220
#: A telephone number has at least this many digits (a year, a price fewer).
MIN_PHONE_DIGITS = 7
#: Without a label, only a line this short is nothing but the address.
MAX_BARE_CONTACT_CHARS = 80
#: Source tags, credits and tag lists stand among the last lines of the body.
TAIL_LINES = 6
MAX_SOURCE_TAG_CHARS = 80
MAX_SOURCE_TAG_WORDS = 8
MAX_CREDIT_CHARS = 200
#: A timestamp line is a date, a time and a label or two.
MAX_TIMESTAMP_CHARS = 80
#: Above the article's first paragraph of prose, a stamp may come with a few
#: words of its own: the author, the agency, the section ("Von Juliane Rohr
#: 28.04.2023, 18:11 Uhr", "November 12, 2018 | BY: Beachbody").
MAX_STAMP_NAME_WORDS = 5
#: More such lines than this above the prose are a list of the article's own
#: (tour dates, a schedule), not a header's stamps.
MAX_HEADER_STAMPS = 3
#: An audio player's button: a few words and its time.
MAX_PLAYER_LABEL_CHARS = 60
#: A credit alone on its line (its caption lost) names a photographer or two
#: and a library: a few words, never a sentence.
MAX_PHOTO_CREDIT_CHARS = 90
MAX_PHOTO_CREDIT_WORDS = 9
#: drop_hover_cards: a card's "MORE" label comes this close (dev cards: ~500 chars);
#: drop_legal_lines: a legal line is a sentence or three, a glued notice shorter.
MAX_HOVER_CARD_CHARS = 900
MAX_LEGAL_CHARS = 250
MAX_LEGAL_NOTICE_CHARS = 120

# -------- drop_notices, drop_company_boilerplate

#: A notice runs to a few sentences (the longest on dev pages: 512 characters, five).
MAX_NOTICE_CHARS = 700
MAX_NOTICE_SENTENCES = 6
#: A message of the page's software is shorter: a sentence or a few (the longest
#: in the tune inputs, a sign-up form's terms: 241 characters). An article's
#: paragraph quoting one is longer, and keeps the quote's own line.
MAX_SOFTWARE_MESSAGE_CHARS = 300
#: A label above a notice is a word or three ("Bitte beachten:", "Disclaimer:").
MAX_NOTICE_LABEL_WORDS = 3
#: Short lines (an address, a contact) inside a press release's closing
#: "About the company" run go with it.
MAX_BOILERPLATE_SHORT_WORDS = 20
#: Distinct company facts (seat, staff, listing, market lead) such a run must
#: state, unless it gives an address: a news story may end on one of them.
MIN_COMPANY_FACTS = 2

# -------- drop_comment_prompts

#: The comments go from their heading ("12 thoughts on “Title”") to the end
#: only below at least this many lines of the article's prose (sentences of
#: ``MIN_PROSE_WORDS`` words or more).
MIN_THREAD_PROSE = 3
#: The longest such heading: the count, a few words and a title.
MAX_THREAD_HEADING_CHARS = 300
#: This many lines in a row, each ending with a quotation set off by a colon
#: or a dash ("Name, role: „…“"), under a comment label ("Reacties",
#: "Comments"), are the reactions the article gathers: the label is their
#: title, no comment prompt (a comment thread's lines are no quotations).
MIN_VOICES = 2

# -------- drop_widget_tail

#: The article's last prose line: two sentences, or one of at least this many
#: words ending as a sentence does (a short "Vielen Dank!" is a widget's line).
MIN_PROSE_WORDS = 8
#: A widget tail: at least this many lines after the last prose line, this
#: share of them block titles, and this many titles directly over another
#: (a heading with nothing under it: its widget was a picture or a script).
MIN_WIDGET_LINES = 4
MIN_WIDGET_LABEL_SHARE = 0.6
MIN_EMPTY_HEADINGS = 2

# -------- drop_headline_tail

#: A list of other stories' headlines after the article's last prose line: at
#: least this many headlines (a pair or three may be the article's own closing
#: lines: an exhibition's title and dates, a picture's caption)...
MIN_TAIL_HEADLINES = 5
#: ... among which lines of at most this many words stand without counting
#: either way (a section name, a count, a price, "Share", a stamp).
MAX_TAIL_LABEL_WORDS = 3
#: A headline or a label is no longer than this (25 long German words): a
#: longer line is prose, told without counting its words.
MAX_TAIL_HEADLINE_CHARS = 400
#: An amount opening a line is a date's day when a month's name or a year
#: follows within this many characters ("3 May", "14 de março de 2025").
DATE_LOOKAHEAD = 12

# -------- drop_page_furniture

#: A furniture line (a button, a menu item, a tag, a form field) is a few words.
MAX_FURNITURE_WORDS = 8
#: Without a word of the page's interface, only a run of this many such lines
#: (a menu, a tag list, a share bar) is furniture: one line alone may be a
#: kicker or a label of the article's.
MIN_FURNITURE_RUN = 2
#: Below the article's last prose line, a line the page sets twice or more word
#: for word (a footer or a menu rendered for two screens, a newsletter box above
#: and below a list, a headline in two rails) is furniture up to this many words
#: (a footer's list of the publisher's sites runs long).
MAX_REPEATED_TAIL_WORDS = 30
#: Amid the prose, a run of such lines must be this long (a menu or a rail set
#: between two blocks of the page's prose): a pair may be a list of the article's.
MIN_INNER_FURNITURE_RUN = 3
#: A menu needs no word of the interface: this many labels in a row without a
#: bullet, none introduced by a colon, anywhere, are a menu, a tag list or a
#: rail (a section's names one per line). No hand-checked body of the tune
#: pages holds a run of more than five (a product list of two- and three-word
#: names holds five); menus of the tune pages' article columns run to 90.
MIN_MENU_RUN = 6
#: ... and its lines hold this many words on average at most: a menu's items
#: are names of one to three words (3.3 at most on the tune pages' article
#: columns), where the lines of a poem or a song quoted in an article, short
#: and unpunctuated too, run longer.
MAX_MENU_MEAN_WORDS = 4
#: ... and this many characters on average at most: a menu's items are a name
#: each (28 characters on average at most in a run on those columns), where a
#: script written without sentence marks, or with few spaces (Thai), sets a
#: paragraph of prose as one long "label".
MAX_MENU_MEAN_CHARS = 30
#: ... and none of this many lines below it is a figure alone: a table's
#: header read a cell per line is followed by its first row, whose first cell
#: or two may be names ("HD", "THE HOME DEPOT INC.", "225.86").
TABLE_LOOKAHEAD = 3
#: A notice in the site's voice (terms of use, a comment form's note) is a
#: sentence or two, and shares at most this share of its content words with
#: the article's prose (an article's own closing appeal speaks of its subject).
MAX_SITE_NOTICE_CHARS = 300
MAX_NOTICE_OVERLAP = 0.2

# -------- drop_promos (longer offers among the last lines)

#: An offer naming this many offer words (the offer and the action: "sign up"
#: and "newsletter") is not kept by another such line of the page (the same box
#: set above and below the article); a line naming one ("Its newsletter has
#: ten thousand readers.") may be the article's, and keeps the offers' lines.
MIN_FULL_OFFER_WORDS = 2
#: A priced offer or an appeal that speaks of the article runs to a few more
#: sentences than a short offer (what a membership gives, a closing question).
MAX_LONG_OFFER_SENTENCES = 6
#: A poll offers at least two options and seldom more than eight.
MIN_POLL_OPTIONS = 2
MAX_POLL_OPTIONS = 8

# -------- drop_legal_lines (citations)

#: The label of a suggested citation is a few words ("Infos zum Zitiervorschlag").
MAX_CITATION_LABEL_WORDS = 5
#: This many label lines in a row (a menu, a rail) part the page's prose into
#: stretches; the article is the stretch holding the most prose.
MIN_SEPARATING_LABELS = 4
#: A button's label is its interface words and at most this many other
#: content words ("Infos zum Zitiervorschlag"); an interface word such as
#: "more" or "read" inside a longer phrase is no sign of a button.
MAX_BUTTON_OTHER_WORDS = 1

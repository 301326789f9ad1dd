"""Every threshold of the text cleaners (``cleaners.joins*``, compiled
with mypyc, keep theirs beside their code), one section per cleaner, each
with the reason it has its value.

Change one here and the cleaner that reads it changes; the benches
(``bench.dirty``, ``bench.realdirty``, ``bench.othertail``) say what that costs.
"""

from __future__ import annotations

# -------- shared measurements (cleaners.evidence)

#: Paragraphs whose squashed text and stems are kept: several cleaners ask for
#: the same paragraph's.
CACHED_PARAGRAPHS = 512
#: Shortest word that counts as a content word.
MIN_CONTENT_LEN = 3
#: Words are compared by their first letters, a crude stem that lets "protests"
#: match "protesters" and "Kenyans" match "Kenyan".
STEM_LENGTH = 6
#: Words rarer than this (Zipf scale) name what a text is about: names, places,
#: subjects; commoner ones ("people", "state", "year") say little.
TOPICAL_ZIPF = 4.5


# -------- detect_language

#: How many of each language's top words the table keeps.
TOP_WORDS = 60
#: How much text the detector reads: the start of the body is enough.
SAMPLE_CHARS = 2500
#: Fewer stopword hits than this and the detector says nothing.
MIN_HITS = 3
#: Share of letters in kana, hangul or han that names Japanese, Korean, Chinese.
SCRIPT_SHARE = 0.1
#: Words too short to tell languages apart on their own (shared by many).
MIN_WORD_LEN = 2
#: Two leaders whose stopword counts are within this share of the best are
#: close enough for the word-frequency tie-break too.
CLOSE_SHARE = 0.15
#: A word missing from a language's frequency table is taken to be this much
#: rarer (on the Zipf scale) than the table's rarest word.
UNSEEN_ZIPF_GAP = 1.0
#: Small word tables kept for that tie-break (3 MB each, read again in ms).
TIEBREAK_TABLES = 8


# -------- fix_unicode

#: ftfy is not always done after one pass (mojibake inside mojibake, or hidden by
#: invisible characters): it runs again, up to this many times, until the text
#: as normalize_whitespace will leave it no longer changes.
MAX_FTFY_PASSES = 3


# -------- split_captions

#: A caption is short.
MAX_CAPTION_WORDS = 60
#: Words of description a caption has before its credit.
MIN_DESCRIPTION_WORDS = 2
#: How many characters at the end of a paragraph a credit may take.
CREDIT_WINDOW = 160
#: How far from the top an uncredited caption may stand, and how much of its
#: vocabulary another paragraph there must share.
TOP_PARAGRAPHS = 4
MIN_PARAPHRASE_OVERLAP = 0.6
PARAPHRASE_DISTANCE = 2


# -------- extract_title, drop_repeats

#: A headline's length in words.
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 25
#: Share of a headline's content words (by stem) the article body must also use.
MIN_HEADLINE_OVERLAP = 0.3
#: Share of content words a headline variant shares with the headline.
MIN_VARIANT_OVERLAP = 0.6
#: How many variants of the headline may follow it.
VARIANTS = 2
#: How many paragraphs of the body the headline is compared with.
BODY_SAMPLE = 12
#: How far from the top a standfirst may stand, and how far below it the lead
#: (further down, a shorter copy of a paragraph is a pull quote, which stays).
STANDFIRST_ZONE = 2
LEAD_DISTANCE = 2
#: Squashed length below which repeated paragraphs are left alone (short lines
#: such as "Advertisement" or "___" legitimately recur).
MIN_REPEAT_CHARS = 40
#: How many times the search runs again after dropping something.
MAX_REPEAT_PASSES = 3


# -------- extract_dateline, extract_byline, drop_signoff

#: A dateline or byline line is short.
MAX_META_WORDS = 14
MAX_META_CHARS = 160
MAX_NAME_WORDS = 6


# -------- teaser shape and scores (cleaners.teasers)

#: A teaser's shape: words and sentences.
MIN_TEASER_WORDS = 4
MAX_TEASER_WORDS = 80
MAX_TEASER_SENTENCES = 2
#: Characters per word in text written without spaces (Chinese, Japanese).
CJK_WORD_CHARS = 2
#: Without a heading or bullets to mark a run, a teaser is a headline or a
#: single sentence; an article's own closing paragraphs usually run longer.
#: (A run of ``MIN_RUN`` such lines may hold teasers of up to
#: ``MAX_TEASER_SENTENCES`` too, each scoring as a teaser on its own.)
MAX_HEADLESS_TEASER_SENTENCES = 1
#: Headless runs: points a line earns from its topical words (see
#: :func:`teaser_score`): a line most of whose topical words the article uses is
#: the article's; one whose topical words (``MIN_UNSHARED`` or more) all are new
#: is about another story.
OWN_SHARE = 0.34
MIN_OWN_SHARED = 1
OWN_POINTS = -1.5
TEASER_POINTS = 1.0
MIN_UNSHARED = 3
FEW_WORDS_POINTS = 0.25
MOSTLY_NEW_SHARE = 0.2
MOSTLY_NEW_POINTS = 0.5
MIXED_POINTS = -0.5
CONTINUATION_POINTS = -1.0
#: A line whose content words (common ones too) the rest of the document mostly
#: uses continues the article: teasers share about a tenth, an article's own
#: closing lines about half.
COMMON_OWN_SHARE = 0.35
COMMON_OWN_POINTS = -1.0
#: Words this long are looked for inside squashed text too.
MIN_SQUASHED_WORD = 5


# -------- drop_related

#: Characters read for a line's first word (the cheap test before the headings).
FIRST_WORD_WINDOW = 12
#: A related-block heading is a label, never a sentence.
MAX_HEADING_CHARS = 60
#: A block title in words no list names ("Otras historias", "Elsewhere") is
#: at most this many words.
MAX_TITLE_WORDS = 5
#: The summed score a run needs, its fewest lines, the share of them that must
#: score above zero, and how far the running sum may fall below its best before
#: the scan stops.
MIN_RUN_SCORE = 1.5
MIN_RUN = 2
MIN_TEASER_SHARE = 0.6
MAX_DIP = 2.0
#: A bulleted run whose bullet the article above does not use needs only a
#: positive sum, or most of its lines (``MIN_TEASER_SHARE``) scoring above zero
#: (teasers on the article's own subject pull the sum down).
MIN_BULLETED_RUN_SCORE = 0.0
#: Under a heading, a line scoring this or lower is the article resuming; so is
#: a line sharing this much of its topical words with the article.
RESUME_SCORE = -1.5
RESUME_SHARE = 0.2
#: Past the block's first item, one line sharing this many of its topical words
#: (and ``RESUME_SHARE`` of them) with the article above is the article
#: resuming: a teaser about another story seldom shares three names or subjects.
MIN_RESUME_SHARED = 3
#: When the article's last ``CONTRAST_LINES`` lines above the run all have a
#: teaser's shape too, the run's mean score must exceed their median by this
#: much. Where the article's own paragraphs share as little vocabulary with each
#: other as teasers do (a short report in a language rich in affixes, or read
#: with the wrong language's word list), the scores do not tell the two apart
#: and nothing goes.
CONTRAST_LINES = 6
MIN_CONTRAST = 0.5
#: How many times the search runs again after removing a block.
MAX_RELATED_PASSES = 3
#: How many lines from the end the search looks at.
MAX_SCAN = 60
#: A run is the article's own list when this share of its lines share the first
#: ``MAX_SKELETON`` punctuation marks ("June 20 – Raleigh, NC").
MAX_SKELETON = 3
MIN_LIST_SHARE = 0.6
#: Text this long whose language the detector cannot name has no headless run
#: (only headings, bullets and markers mark a block there).
MIN_UNREAD_CHARS = 600
#: Fewest paragraphs the article must keep for the comparison to mean anything.
MIN_CORE = 2


# -------- drop_ad_markers, drop_promos, drop_contact, drop_source_tags

#: An ad marker is a label, never a sentence.
MAX_AD_MARKER_CHARS = 80
#: Offers run to a few short sentences; an article paragraph that mentions
#: subscriptions in passing runs longer or sits among paragraphs that use the word.
MAX_PROMO_CHARS = 320
MAX_PROMO_SENTENCES = 3
#: Amid the article (above its last ``TAIL_LINES``), an offer is a short line.
MAX_MID_PROMO_CHARS = 120
#: A contact line is an address and a label, not a paragraph.
MAX_CONTACT_CHARS = 220
#: Without a label, only a line this short is nothing but the address.
MAX_BARE_CONTACT_CHARS = 80
#: Source tags, credits and tag lists stand among the last lines of the body.
TAIL_LINES = 6
MAX_SOURCE_TAG_CHARS = 80
MAX_SOURCE_TAG_WORDS = 8
MAX_CREDIT_CHARS = 200
#: A timestamp line is a date, a time and a label or two.
MAX_TIMESTAMP_CHARS = 80


# -------- memory (cleaners.bounded)

#: A document longer than this (characters) is read by the join repairer a
#: window of this size at a time: it needs ~30 times the text it weighs at
#: once, so a window costs ~2 MB, while the longest dev body (20 KB) and any
#: ordinary article is still read whole.
WINDOW_CHARS = 65_536
#: Caches of per-paragraph results keep paragraphs up to this long only: the
#: longest dev paragraph is 1,743 characters, and a cache that kept a huge one
#: would keep it (and what was computed from it) past its document.
CACHED_PARAGRAPH_CHARS = 16_384

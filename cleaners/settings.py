"""Every threshold of the text cleaners, one section per cleaner, each with
the reason it has its value.

The line cleaners' thresholds (ad markers, promos, contact lines, source tags,
credits, notices, legal lines, widget tails) are in ``cleaners.settings_lines``.

Change one here and the cleaner that reads it changes; the benches
(``bench.dirty``, ``bench.realdirty``, ``bench.othertail``) say what that costs.
"""

from __future__ import annotations

from typing import Final

# -------- shared measurements (cleaners.evidence)

#: Paragraphs whose squashed text and stems are kept: several cleaners ask for
#: the same paragraph's.
CACHED_PARAGRAPHS = 512
#: Shortest word that counts as a content word.
MIN_CONTENT_LEN = 3
#: Words are compared by their first letters, a crude stem that lets "protests"
#: match "protesters" and "Kenyans" match "Kenyan"; a shorter prefix lets other
#: stories' compounds pass for the article's ("Bundesliga", "Bundestag"):
#: bench.othertail 0.9795 F1 at 5, 0.9860 at 6, 0.9876 at 7 (realdirty equal).
STEM_LENGTH = 7
#: Words rarer than this (Zipf scale) name what a text is about: names, places,
#: subjects; commoner ones ("people", "state", "year") say little.
TOPICAL_ZIPF = 4.5

# -------- repair_joins (cleaners.joins*)
# Final: mypyc inlines these values into the compiled join modules (setup.py);
# an edit here is seen by them after `make install` (cleaners._accelerated
# loads their sources until then).

# the document's language and word tables (cleaners.joins_lexicon)
#: A language is taken when its function words are at least this share of
#: the rate its word list gives them (English 40%, Turkish 20% of running text,
#: so 12% and 6%): the dev bodies run at 55-98% of it, a wrong guess under 15%.
#: (A share fixed for every language took half the Turkish bodies for a mixture.)
MIN_STOPWORD_RATE: Final = 0.3
#: Fewer words than this are too few to tell: the text is taken to be in
#: DEFAULT_LANGUAGE unless the detector names another (most news is English).
SHORT_TEXT: Final = 30
DEFAULT_LANGUAGE: Final = "en"
#: Words read to check a document's language.
LANGUAGE_SAMPLE: Final = 300
#: Word tables kept loaded: every language wordfreq has (42), as each table is
#: small (cleaners.wordtables: 0.1-3 MB); with 8 dict tables a batch of 20+
#: languages re-read them all the time (1.45x trafilatura's CPU time).
LOADED_LANGUAGES: Final = 48
#: Never-split words at least this frequent are kept in a frozenset besides
#: the trie (6,000 in English, 0.5 MB): three quarters of the tokens of a text.
SURE_FRONT_ZIPF: Final = 4.5
#: Words at least this frequent are also kept in order of frequency (4 bytes
#: each; 30,000-60,000 words a language), so that asking for the words above a
#: floor at or over it (the join repairer's lowest is 3.0) reads only those.
ORDERED_ZIPF: Final = 3.0

# the words of a token (cleaners.joins_candidates)
#: Longer tokens are not looked at: a run-together pair is shorter, and the work
#: per token stays bounded.
MAX_TOKEN: Final = 64
#: Shorter tokens are not looked at: two letters are seldom two words run together.
MIN_TOKEN: Final = 3
#: Languages whose function words may mark a split beside an unknown word
#: ("implausibilitiesand") or after a name ("Bublikdefeated").
FUNCTION_LANGUAGES: Final = frozenset({"en"})
#: A capitalised word the list does not know, before a word at least
#: NAME_NEXT_WORD frequent, is taken for a name of this frequency.
NAME_ZIPF: Final = 1.5
NAME_NEXT_WORD: Final = 3.5
#: Letters a split beside a function word needs before it and after it, and
#: after it when the part after is a frequent word following a name.
FUNCTION_SPLIT_HEAD: Final = 4
FUNCTION_SPLIT_TAIL: Final = 3
NAME_SPLIT_TAIL: Final = 4
#: Candidates kept per token, and positions scored closely to find them.
MAX_CANDIDATES: Final = 4
SCORED_POSITIONS: Final = 8
#: Zipf frequency given to a run of letters the word list does not know.
ZIPF_UNKNOWN: Final = 1.0
#: Lower case then a capital ("theINTERPOL") is a lost space; inside a word only
#: in brands with a one-letter prefix ("iPhone"), never split.
LOWER_UPPER_BONUS: Final = 1.5
#: Two acronyms run together cannot be told from one ("ASEANAPOL").
UPPER_UPPER_PENALTY: Final = 3.0
#: Two capitalised words ("KimJong") look like a brand ("WeWork") as often:
#: capped so that only the columns split them.
CAMEL_CAP: Final = -1.0
#: Frequency both capitalised sides need to count as two names.
CAMEL_PART: Final = 2.5
#: Two capitalised words of which the list knows at most one ("BrianBatko").
CAMEL_UNKNOWN: Final = -4.0
#: Two halves that are the same word ("bonbon", "so-so") are a reduplicated word.
DOUBLED_WORD: Final = -3.0
#: A one-letter side ("ababy") is more often a word's first letter.
SINGLE_LETTER_PENALTY: Final = 2.0
#: "asmall", "Istill": a word more often than a stray letter.
ARTICLE_PENALTY: Final = 1.0
#: A token that is a word this frequent is never split ("into", "area"), unless
#: both its parts are COMMON_PAIR_GAP more frequent ("ofthe").
KNOWN_WORD: Final = 3.0
COMMON_PAIR_GAP: Final = 3.0
#: A possessive ("nation’s") is a little rarer than its noun.
POSSESSIVE_COST: Final = 1.0
#: A web address glued to what precedes it: after punctuation
#: ("campaign.pic.twitter.com/…") and after a word ("eachhttps://t.co/…").
AFTER_ADDRESS_PUNCT: Final = 3.0
AFTER_ADDRESS_WORD: Final = 2.0

# punctuation and digits inside a token (cleaners.joins_marks); a negative
# weight: written so on purpose unless the line wrap agrees
#: A word this frequent ("and", "the") may sit beside one the list does not know.
FUNCTION_WORD: Final = 6.0
AFTER_COMMA: Final = 3.0  # "event,Thanh", "time,particularly"
DIGIT_AFTER_COMMA: Final = -2.0  # "6-2,6-1"; also "3,5" in much of Europe
AFTER_STOP: Final = 2.0  # "ministers.The", "place?More"
AFTER_STOP_LOWER: Final = -3.0  # "example.com", "Node.js"
AFTER_STOP_DIGIT: Final = -3.0  # "Dec.6"
AFTER_ABBREVIATION: Final = -2.0  # "U.S.border", "P.Blair"
INITIAL: Final = -1.0  # "JohnM. Ponytails"
HYPHENATED_NAME_COST: Final = 1.0  # a split inside "Bien-Aime" rather than "Vietnamculture"
AFTER_COLON: Final = 1.5  # "week:two"
CLOSING_QUOTE: Final = 3.0  # "said,”Noem"
OPENING_QUOTE: Final = 3.0  # "word“We”"
OPENING_PAREN: Final = 2.5  # "Conference(ASEANAPOL)"
CLOSING_PAREN: Final = 2.0  # "(Magic Box)centre"
#: "business— maybe": a house style as often as a lost space.
HANGING_DASH: Final = 1.0
#: "Israel -Egypt"; "pre- and post-war" is left alone.
HANGING_HYPHEN: Final = -4.0
INNER_DASH: Final = -2.0  # "business—maybe" is a house style too
PERCENT_LETTER: Final = 2.0  # "99%of"
LETTER_CURRENCY: Final = 2.0  # "a$7,500"
WORD_NUMBER: Final = -1.0  # "in1981", "from162"
NUMBER_WORD: Final = -1.0  # "900representatives"
NAME_NUMBER: Final = -3.0  # "In2012"
NAME_SCORE: Final = -1.5  # "Opelka7-6,": a name and a score
UNKNOWN_NAME_NUMBER: Final = -4.0  # "Monforte15", or a model: "Pixel4"
#: Zipf a word needs for the split beside a number to be weighed: lower case
#: before it ("in1981"), capitalised before it ("In2012"), after it
#: ("900representatives"); rarer words there are more often codes or models.
WORD_BEFORE_NUMBER_ZIPF: Final = 3
NAME_BEFORE_NUMBER_ZIPF: Final = 4
WORD_AFTER_NUMBER_ZIPF: Final = 2.0
#: A bracket opened and not closed inside the token opens a phrase ("potatoes(or").
UNCLOSED_BRACKET: Final = 3.0

# the columns of a wrapped paragraph (cleaners.joins_wraps)
#: Wrap widths considered, in columns (text editors, e-mail, terminals, CMSs).
WIDTHS: Final = (50, 110)
#: Evidence enough for a split where the width says a line ended.
WEAK: Final = -5.0
#: Evidence enough for a join to end the last line (as long as the others, or not).
VOTE: Final = -0.5
#: Line evidence from a split's score (line_evidence): base, slope and bounds.
LINE_BASE: Final = 2.6
LINE_SLOPE: Final = 0.35
LINE_MIN: Final = 0.5
LINE_MAX: Final = 3.5
#: Cost of a line the width says must end where no split explains it.
MISSING_LINE: Final = 1.1
#: Evidence needed to believe a width (all of 50-110 are tried), or one of the
#: widths already found in the document.
CHAIN_MIN: Final = 5.0
CHAIN_MIN_DAMAGED: Final = 1.0
#: Width slack: exact (columns) for text wrapped by a program, a share of the
#: width for a browser's proportional font, whose lines then count for less.
NARROW_SLACK: Final = 1
WIDE_SLACK: Final = 0.12
WIDE_PENALTY: Final = 0.5
#: Cost of each column a split lies off the width.
OFF_WIDTH_COST: Final = 0.3
#: A straight double quote glued to words on both sides.
STRAIGHT_QUOTE: Final = 1.5
#: A line may end after a hyphen between letters without a join: just above
#: WEAK, so that a join after it in the token, which a greedy wrapper prefers, comes first.
HYPHEN: Final = WEAK + 0.5

# the repair (cleaners.joins)
#: Evidence enough to insert a space with no help from the columns, only in
#: ALONE_LANGUAGES, where the word model is trusted that far.
ALONE: Final = 1.5
ALONE_LANGUAGES: Final = frozenset({"en"})
#: Languages whose word frequencies may split any two words; elsewhere
#: (compounds, unknown languages) a split costs OTHER_LANGUAGE_COST unless both
#: sides are KNOWN_PART frequent and one is a function word ("derrichtigen").
WORD_MODEL_LANGUAGES: Final = frozenset({"en"})
KNOWN_PART: Final = 3.0
OTHER_LANGUAGE_COST: Final = 2.0
#: Columns the widths found in a document are widened by for its second look.
FOUND_SLACK: Final = 5
#: Paragraphs found wrapped that make the whole document count as wrapped.
DAMAGED_PARAGRAPHS: Final = 1
#: A line end no candidate explains may split a known word ("alot", "setup")
#: into two words of GAP_PART frequency, scored GAP_SCORE (+ GAP_RANK per Zipf).
GAP_PART: Final = 4.0
#: Zipf a one-letter word ("a", "I") counts as there: as common as "the".
SINGLE_LETTER_ZIPF: Final = 7.0
GAP_SCORE: Final = WEAK - 0.1
GAP_RANK: Final = 0.01
#: Evidence a gap-filled walk must gain per filled line (less: it moved others).
GAP_GAIN: Final = 1.5
#: In a document found wrapped, a line of another paragraph that no join ends
#: is taken to fall short of the width by at most this many columns: a greedy
#: wrapper ends a line before a word that would not fit, and few words, German
#: compounds included, run longer.
WRAP_SHORTFALL: Final = 25
#: Outside English, a line the columns end inside a token is ended at the
#: token's best split however weak, when it beats the next by this much (the
#: scores are log10 odds: a hundredfold).
WEAK_GAP_MARGIN: Final = 2.0
#: Repair rounds on its own output at most (usually two: repair, find nothing).
MAX_ROUNDS: Final = 6
#: Splitting a capitalised token inside a sentence (likelier a name) costs this
#: after a function word ("Anas", "Beto"), else NAME_SPLIT_COST.
NAME_COST: Final = 3.5
NAME_SPLIT_COST: Final = 0.5
#: Evidence lost for each further time the document has the same token.
REPEAT_COST: Final = 1.0
#: Zipf frequency given to a word the document uses on its own elsewhere.
ZIPF_IN_DOCUMENT: Final = 4.0
#: Evidence from the two words side by side elsewhere in the document
#: ("binge eating"), unless both are as common as PHRASE_MAX_ZIPF ("in the").
PHRASE_IN_DOCUMENT: Final = 2.5
PHRASE_MAX_ZIPF: Final = 6.0

# -------- source templates (cleaners.source)

#: Keys tracked while learning before once-seen keys are forgotten: bounds memory
#: on a large source (a line seen once among that many is no boilerplate).
MAX_TRACKED_KEYS = 200_000
#: Words at each end of a line that, both repeated across a source, make it a
#: near-duplicate (a name or number changed in between); lines of fewer than
#: twice as many words must repeat whole.
NEAR_EDGE_WORDS = 5
#: A line of fewer words (a place, a section name, a person: what two documents
#: share by chance, a dateline's "BAAR, SWITZERLAND") is a source's only when on
#: CHANCE_LINE_DOCUMENTS of the learned documents, not on the one learned and the new one.
CHANCE_LINE_WORDS = 4
CHANCE_LINE_DOCUMENTS = 2

# -------- detect_language

#: How many of each language's top words the table keeps.
TOP_WORDS = 60
#: How much text the detector reads: the start of the body is enough.
SAMPLE_CHARS = 2500
#: Paragraphs of a document the detect_language cleaner hands the detector.
SAMPLE_PARAGRAPHS = 50
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
#: Small word tables kept for that tie-break: every one wordfreq has (42), as
#: each is 0.1-0.4 MB (cleaners.wordtables) and reading one again takes 25 ms.
TIEBREAK_TABLES = 48

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
#: Words (names, a source) a credit standing after a caption's last sentence
#: may have, and how many paragraphs must end in the same one for it to be a
#: credit without a slash ("… arrival. Supplied", "… Sweidah. SRF").
MAX_CREDIT_WORDS = 5
MIN_REPEATED_CREDITS = 2
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
#: Characters per word in Thai, Lao, Burmese and Khmer, which write no space
#: between words and a character for each vowel and tone mark.
UNSPACED_WORD_CHARS = 5
#: Text with this share of its words holding a letter only Vietnamese writes is
#: read as Vietnamese syllables, whose pairs carry its topic
#: (``cleaners.evidence.syllable_pairs``). Vietnamese text has about half; the
#: dev pages' other text, in any language, at most a tenth (a name).
VIETNAMESE_SHARE = 0.25
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

#: A line this short, with no figure, above the headline is a stray letter
#: or mark ("A", "•"): extract_title looks past it.
DEBRIS_CHARS = 2

# -------- drop_related

#: Characters read for a line's first word (the cheap test before the headings):
#: room for a bullet or a mark and the longest first word of the headings'
#: vocabulary ("meistkommentierte", 17 letters; at 12, "Weiterführende Links"
#: and "Legolvasottabb" were cut and never known).
FIRST_WORD_WINDOW = 24
#: A related-block heading is a label, never a sentence.
MAX_HEADING_CHARS = 60
#: A block title in words no list names ("Otras historias", "Elsewhere"), or a
#: label before a bar ("Milan Design Week 2018 | …"), is at most this many words.
MAX_TITLE_WORDS = 5
#: The summed score a run needs, its fewest lines, and the share of them that
#: must score above zero. (The scan goes up the whole end run of teaser-shaped
#: lines and keeps the best sum: it once stopped where the sum fell 2 below its
#: best, and then missed lists whose last leads share a name with each other;
#: no dev text and no ``bench.harmless`` variant needs that stop.)
MIN_RUN_SCORE = 1.5
MIN_RUN = 2
#: A run of just ``MIN_RUN`` lines whose longer line has more than this many
#: times the words of the shorter is no list of teasers.
MAX_PAIR_RATIO = 3
#: An unheaded, unbulleted run of teasers holds at most this many times the
#: characters of the text kept above it. A page's related block is furniture
#: beside its article: in the recall-oriented and whole-column texts of the
#: dev pages, every such run removed holds at most a quarter of the text
#: above it; the generated tails (up to twelve leads after a short body),
#: at most twice. A longer "run" is most of the text, and the text more
#: likely an article written a sentence to a line (a live blog whose posts
#: lost their times, a digest of briefs) than a brief under a related block
#: three times its size: losing it would cost the whole article.
#: A brief under a long related block is told apart by words: when the text
#: above is one story and the run shares none of its topical words, the run
#: goes whatever its size (``related._below_one_story``).
MAX_RUN_SHARE = 3
MIN_TEASER_SHARE = 0.6
#: Under an article written in paragraphs (median two sentences or more), a
#: run of at least this many one-sentence lines at the end goes when its
#: summed score is positive and fewer than half its lines score below zero
#: (``related._sentence_run``), though the summed-score run is too short.
MIN_SENTENCE_RUN = 4
#: A bulleted run whose bullet the article above does not use needs only a
#: positive sum, or most of its lines (``MIN_TEASER_SHARE``) scoring above zero
#: (teasers on the article's own subject pull the sum down).
MIN_BULLETED_RUN_SCORE = 0.0
#: Points for a line of at least ``MIN_LONE_TOPICAL`` topical words that shares
#: none with the two lines above it, under an article written in paragraphs
#: (median two sentences or more). In the dev bodies, 61% of such paragraphs
#: share one with the two before them, and 5% of the leads of a tail of other
#: stories do (``bench.othertail --pick topical``); a sentence per line, the
#: article's lines share one only 40% of the time, so there it tells nothing.
LONE_POINTS = 0.5
#: Points for a line that opens with a story's dateline ("WASHINGTON —",
#: "KATHMANDU, Aug 7 (Xinhua) --") past the article's opening lines.
DATELINE_POINTS = 2.5
#: The words of a line a dateline opens, at least: a story's lead sentence, not
#: a label with a dash ("June 20 – Raleigh, NC @ …", "PEPA – Universitätsklinikum").
MIN_DATELINE_LEAD_WORDS = 10
MIN_LONE_TOPICAL = 2
#: Such a run goes by its shape alone (``related._bulleted_leads``) when it has
#: at least this many lines, each a story's opening sentence.
MIN_BULLETED_LEADS = 3
#: Asterisks open an article's footnotes ("* Name changed"), a few lines at
#: most: a run of this many one-sentence leads under them is a list. So is
#: a bulleted run whose first line goes on from the article ("This comes
#: after …", as a lead may open) when this many lines follow it.
MIN_STARRED_LEADS = 5
#: A real story's first sentence may open as a line going on from another does
#: (a quotation, "This comes after …"): 5 of the 121 leads of the dev bodies'
#: tune half do. So up to this share of such a run's lines may, as long as
#: ``MIN_BULLETED_LEADS`` of them open a story of their own and the first does
#: (a list going on from the article does so at its first line).
MAX_CONTINUING_LEADS = 0.25
#: Under a heading, a line scoring this or lower is the article resuming; so is
#: a line sharing this much of its topical words with the article.
RESUME_SCORE = -1.5
RESUME_SHARE = 0.2
#: Past the block's first item, one line sharing this many of its topical words
#: (and ``RESUME_SHARE`` of them) with the article above is the article
#: resuming: a teaser about another story seldom shares three names or subjects.
MIN_RESUME_SHARED = 3
#: The first line under a heading is the article going on (its teasers left
#: out) only when it shares at least this many topical words with the article
#: above: one word in common (a city, a common noun) is chance.
MIN_RESUME_AT_ONCE_SHARED = 2
#: Past the block's first item, a line of two sentences or more and at least
#: this many words is the article resuming: an item is a headline, perhaps
#: with a short lead (the two-sentence items under headings in all the dev
#: texts, 14 of them, run to 22 words; a news paragraph of two sentences
#: seldom holds fewer than 25).
MIN_RESUME_PARAGRAPH_WORDS = 25
#: When the article's last ``CONTRAST_LINES`` lines above the run are teaser-shaped
#: too, the run's mean score must exceed their median by this much: else the
#: scores cannot tell the two apart (a short report, a language rich in affixes).
#: Words still tell when the contrast is short: one story above, a block that
#: names none of it below (``related._below_one_story``).
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
#: Fewest lines of prose (ending as sentences) the article keeps above a
#: headless run of teasers. A short article's own lines share few names with
#: each other, so its last lines read as teasers by their words alone: with
#: two lines of prose kept, the first three to six paragraphs of the dev bodies
#: (as short articles) lost 0.012 of their text to drop_related, 0.006 with three.
MIN_CORE_PROSE = 3
#: Under a block title of its own at the end ("What else is happening"), a run
#: of at least this many lines goes when this share of them, each measured
#: without the others, reads as a teaser (the title is the evidence the scores
#: need not carry alone; an article's own last section shares its words).
MIN_TITLED_RUN = 3
MIN_TITLED_SHARE = 0.5
#: A title whose topical words this many of the lines below it use again is the
#: article's subheading ("Wellness in the wilderness" over lines on wellness): a
#: block's title labels a list of other stories, and names none of them.
MIN_TITLE_ECHOES = 2
#: A run of bulleted (or "Label | Headline") headlines inside the body is a box
#: of other stories from this many items on (two may be the article's own pair).
MIN_HEADLINE_LIST = 3
#: Story cards (``cleaners.related_cards``): a headline has at most this many
#: words (a lead sentence may run to ``MAX_TEASER_WORDS``), a kicker or a date
#: line above it at most this many.
MAX_CARD_WORDS = 16
MAX_KICKER_WORDS = 3
#: A line is about another story when at least this many of its topical words
#: are new to the article (and of the others one at most, or a share under
#: ``MOSTLY_NEW_SHARE``, are the article's).
MIN_ALIEN_WORDS = 2
#: A run of cards goes from this many alien headlines on (one, at the end, only
#: when none of its words and at least ``MIN_LONE_WORDS`` topical ones are new).
MIN_CARD_HEADLINES = 2
#: More headlines than this in one run, or more numbers than this in one line,
#: are the article's own list or table (a related box shows a handful; a
#: headline holds a date or a score, a results row many figures).
MAX_CARD_HEADLINES = 12
MAX_NUMBERS = 2
#: This many lines in a row, each holding a match's result ("Lyngnes –
#: Brattvoll 3–1"), are a results table, no cards: a related box's headlines
#: carry a score now and then, seldom in two lines running, and a round of
#: fixtures has three matches or more.
MIN_RESULT_ROWS = 3
#: A results table's row names two teams (clubs' names run long: "Borussia
#: Mönchengladbach") and the score, perhaps a note ("n. V.", "after extra
#: time"): a longer line is none.
MAX_RESULT_ROW_CHARS = 120
#: Story cards each carrying a stamp line of the header kind ("Jonas Roth
#: 13.12.2023 4 min"): a run of at least this many such stamps, one per card,
#: a card being at most ``MAX_STAMPED_CARD_LINES`` lines with its stamp
#: (kicker, headline, lead, stamp). Stamps in adjacent lines are a list's
#: items (tour dates), not cards.
MIN_STAMPED_CARDS = 3
MAX_STAMPED_CARD_LINES = 5
MIN_LONE_WORDS = 3
#: The article the cards are measured against must hold this many stems: a
#: short text's words cannot tell its own lines from other stories'.
MIN_ARTICLE_STEMS = 40

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

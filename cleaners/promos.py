"""Lines a page puts around an article that are not the article: ad markers,
subscription and newsletter offers, follow-us lines, contact lines, source tags,
agency credits and tag lists, in the languages of ``cleaners.vocabulary``.

Each kind is its own cleaner, so ``--explain`` names it and a chain can leave
it out. A word list alone never removes a line: each cleaner also asks for the
shape of such a line (short, standing alone, no more than a sentence or two)
and, where a word could be the article's own subject, that the article does not
use the word elsewhere.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Sequence

from cleaners.article import Change
from cleaners.base import PARAGRAPH_SEPARATOR, Cleaner, Document
from cleaners.bounded import in_pieces
from cleaners.evidence import (
    content_words,
    ends_as_prose,
    is_sentence,
    sentence_count,
    stem,
    stems,
)
from cleaners.language import fold_case
from cleaners.settings_lines import (
    MAX_AD_MARKER_CHARS,
    MAX_AD_SLOT_WORDS,
    MAX_BARE_CONTACT_CHARS,
    MAX_CONTACT_CHARS,
    MAX_CREDIT_CHARS,
    MAX_LONG_OFFER_SENTENCES,
    MAX_MID_PROMO_CHARS,
    MAX_PHOTO_CREDIT_CHARS,
    MAX_PHOTO_CREDIT_WORDS,
    MAX_PRICED_OFFER_CHARS,
    MAX_PROMO_CHARS,
    MAX_PROMO_SENTENCES,
    MAX_SOURCE_TAG_CHARS,
    MAX_SOURCE_TAG_WORDS,
    MAX_THREAD_HEADING_CHARS,
    MIN_FULL_OFFER_WORDS,
    MIN_GAP_ARTICLE_WORDS,
    MIN_PHONE_DIGITS,
    MIN_PROSE_WORDS,
    MIN_QUOTED_WORDS,
    MIN_REPORT_WORDS,
    MIN_THREAD_PROSE,
    MIN_VOICES,
    OFFER_GAP,
    TAIL_LINES,
)
from cleaners.teasers import VOICE, open_quotation
from cleaners.vocabulary import (
    AD_MARKER,
    AD_SLOT_LINE,
    APP_OFFER,
    APP_OFFER_OBJECT,
    CALL_TO_ACTION,
    CONTACT_LABEL,
    CREDIT_LINE,
    DIGIT,
    EMAIL,
    EMBED_NOTICE,
    FEED_FOOTER,
    FEEDBACK,
    FOLLOW_US,
    FREE_OFFER,
    GALLERY_COUNT,
    LINK_ARROW,
    PHONE,
    PRICE,
    READER_ADDRESS,
    READER_APPEAL,
    SHARE_US,
    SITE_HOST,
    SOURCE_TAG,
    SPONSORED_LINE,
    SUBSCRIPTION,
    TAXONOMY,
    THIS_TEXT,
    TIP_CHANNEL,
)
from cleaners.vocabulary_boxes import (
    COMMENT_PROMPT,
    COMMENT_THREAD_HEADING,
    FORM_FIELD,
    PICTURE_LABELLED_CREDIT,
    PICTURE_SOURCE_CREDIT,
    SHARE_COUNT,
)

#: Reported speech: a line quoting someone is the article's.
REPORTED = re.compile(r"\b(?:said|says|told|sagte|erklärte|a déclaré|dijo|ha detto|disse)\b", re.I)
#: A quotation between double quotation marks of any script's style.
QUOTATION = re.compile(r"[\"“”„«»「『]([^\"“”„«»「」『』]+)[\"“”„«»」』]")


def quotes_speech(paragraph: str) -> bool:
    """Whether ``paragraph`` quotes someone: a quotation of ``MIN_QUOTED_WORDS``
    words or more (a newsletter's or a show's name is shorter), or one that runs
    on over the next line. Such a line is the article's reporting, whatever it
    says of subscriptions.

    >>> quotes_speech("She asks: “What is left that readers feel is worth paying for?”")
    True
    >>> quotes_speech("Subscribe to “The Morning Brief” today."), quotes_speech("Sign up now.")
    (False, False)
    """
    if open_quotation(paragraph):
        return True
    return any(len(m.group(1).split()) >= MIN_QUOTED_WORDS for m in QUOTATION.finditer(paragraph))


#: A button left as a CMS shortcode around its label ("[button link=…]Send us
#: YOUR kit review[/button]"): markup that stands for a link, in any language.
SHORTCODE_BUTTON = re.compile(r"\[(\w+)\b[^\]]*\]\s*[^\[\]]{1,80}?\s*\[/\1\]")
#: A bullet or dash before a line.
BULLET = re.compile(r"^\s*[•·*▪►▶»>›◦‣∙–—-]\s*")


class DropLines(Cleaner):
    """Remove whole paragraphs that :meth:`drops` picks (a Change each)."""

    # no name: a base, not a cleaner of the registry

    def apply(self, doc: Document) -> None:
        paras = doc.paragraphs
        if len(paras) < 2:
            return
        self.prepare(paras)
        drop = self.extend(paras, [i for i in range(len(paras)) if self.drops(paras, i)])
        self.prepare([])  # what was measured of the document is not kept past it
        if drop and len(drop) < len(paras):
            doc.remove(self.name, drop)

    def prepare(self, paragraphs: Sequence[str]) -> None:
        """Measure what :meth:`drops` needs of the whole document (once per run)."""

    @abstractmethod
    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        """Whether paragraph ``index`` goes."""

    def extend(self, paragraphs: Sequence[str], drop: list[int]) -> list[int]:
        """The lines that go, given those :meth:`drops` picked (the lines that
        go with them; none by default)."""
        return drop


class DropAdMarkers(DropLines):
    """Ad-slot and hidden-embed labels alone on their line ("Advertisement",
    "Story continues below", "Anzeige", "Externer Inhalt nicht verfügbar"), and a
    picture gallery's counter whose pictures are gone ("1/12", "44 Bilder").

    >>> DropAdMarkers()(Document(["Lead.", "ADVERTISEMENT", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_ad_markers"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        # the notice words the article's own prose uses: there they are its subject
        # (the word search first: it is cheaper than counting sentences)
        self.prose_words: set[str] = set()
        self.notice_words: dict[int, set[str]] = {}
        # the short lines first: without a notice among them, the longer ones
        # need no search
        short = [len(p.strip()) <= MAX_PROMO_CHARS for p in paragraphs]
        for first_pass in (True, False):
            for i, p in enumerate(paragraphs):
                if short[i] != first_pass:
                    continue
                words = {m.group() for m in EMBED_NOTICE.finditer(in_pieces(str.lower, p))}
                if not words:
                    continue
                if short[i] and _short_offer(p.strip()):
                    self.notice_words[i] = words
                else:
                    self.prose_words |= words
            if not self.notice_words:
                return

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) <= MAX_AD_MARKER_CHARS and (AD_MARKER.fullmatch(p) or _gallery_count(p)):
            return True  # the rule gallery_count: a gallery's counter, its pictures gone
        if len(p) <= MAX_AD_MARKER_CHARS and (
            SPONSORED_LINE.fullmatch(p)
            or (len(p.split()) <= MAX_AD_SLOT_WORDS and AD_SLOT_LINE.fullmatch(p))
        ):
            # the rule ad_slot: "La suite après cette publicité", "Gesponserter Inhalt"
            return True
        # a notice standing in for an embed the reader's consent settings hid,
        # in an article whose prose does not itself speak of such settings
        words = self.notice_words.get(index, set())
        return bool(words) and not words & self.prose_words


def _gallery_count(paragraph: str) -> bool:
    """Whether ``paragraph`` is a picture gallery's counter ("1/12", "44 Bilder"):
    a position no further than the gallery's end.

    >>> _gallery_count("1/12"), _gallery_count("Bild 3 von 10"), _gallery_count("12/3")
    (True, True, False)
    """
    m = GALLERY_COUNT.fullmatch(paragraph)
    if m is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", paragraph)]
    return len(numbers) == 1 or 1 <= numbers[0] <= numbers[1]


#: An offer asks or exclaims ("Quer receber …?", "Gratis 7 hari pertama!"); a
#: report of one seldom does.
APPEAL_MARKS = "?!？！"
#: What an offer's first word may stand behind: a bullet, a quotation mark.
OFFER_OPENERS = " \t•·*-–—>»«\"“„'‘"


def _short_offer(paragraph: str) -> bool:
    """Whether ``paragraph`` is short enough for an offer or a notice."""
    return len(paragraph) <= MAX_PROMO_CHARS and sentence_count(paragraph) <= MAX_PROMO_SENTENCES


class DropPromos(DropLines):
    """Subscription, newsletter, donation and app offers, follow-us lines: short
    lines whose offer words the article does not use elsewhere.

    >>> body = ["The council met on Monday.", "It voted for the plan.",
    ...         "Sign up for our newsletter to get the news in your inbox."]
    >>> DropPromos()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_promos"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        self.lower = [in_pieces(str.lower, p) for p in paragraphs]
        self.holders: dict[str, list[int]] = {}  # offer word -> paragraphs using it
        # an offer block: short lines in a row that use offer words ("Subscribe
        # to our newsletter" over "Get it in your inbox by subscribing …"); its
        # lines repeating a word is no sign that the article uses it
        self.block: dict[int, int] = {}  # paragraph -> first line of its block
        # offer words of the lines short enough for an offer (searched once)
        self.offer_words: dict[int, set[str]] = {}
        for i, p in enumerate(paragraphs):
            # only a line that may go is searched (the cheap test first): short
            if len(p) <= MAX_PROMO_CHARS or self._priced_offer(paragraphs, i):
                words = {m.group() for m in SUBSCRIPTION.finditer(self.lower[i])}
                if APP_OFFER_OBJECT.search(self.lower[i]):  # the cheap test first
                    words |= {m.group() for m in APP_OFFER.finditer(self.lower[i])}
                if words:
                    self.offer_words[i] = words
        # a short line or two between two offer lines ("Flecha", "Si continúas
        # leyendo en este dispositivo, …") belongs to their notice
        self.gaps: dict[int, tuple[int, int]] = {}  # gap line -> the offers around it
        previous = -1
        for i in sorted(self.offer_words):
            appeal = self._appeal(paragraphs, i)
            if not (_short_offer(paragraphs[i].strip()) or appeal) or REPORTED.search(
                paragraphs[i]
            ):
                continue  # reported speech is the article's
            between = range(previous + 1, i)
            joined = previous >= 0 and len(between) <= OFFER_GAP
            joined = joined and all(
                len(paragraphs[k]) <= MAX_MID_PROMO_CHARS and not REPORTED.search(paragraphs[k])
                for k in between
            )
            start = self.block[previous] if joined else i
            for k in between if joined else ():
                self.block[k] = start
                if not self._speaks_of_article(paragraphs, k, start):
                    self.gaps[k] = (previous, i)
            self.block[i] = start
            previous = i

    def _speaks_of_article(self, paragraphs: Sequence[str], index: int, start: int) -> bool:
        """Whether line ``index``, between two offers of the block starting at
        line ``start``, speaks of what the article above the block does:
        ``MIN_GAP_ARTICLE_WORDS`` of its content words are words of the lines
        above that are no offer, and it does not speak to the reader ("Home
        Depot shares are up 39 percent …" between two "… BY CLICKING HERE"
        lines is the article's last line, where a notice's own line speaks of
        the offer or the site, or to the reader: "You have been subscribed!")."""
        if READER_ADDRESS.search(self.lower[index]):
            return False  # it speaks to the reader, as a notice does
        own = {stem(w) for w in content_words(paragraphs[index])}
        if len(own) < MIN_GAP_ARTICLE_WORDS:
            return False
        shared: set[str] = set()
        for k in range(start):
            if k not in self.offer_words:
                shared |= own & stems(paragraphs[k])
                if len(shared) >= MIN_GAP_ARTICLE_WORDS:
                    return True
        return False

    @staticmethod
    def _appeal(paragraphs: Sequence[str], index: int) -> bool:
        """Whether line ``index`` may be an offer of a few more sentences: among
        the last lines, up to ``MAX_PRICED_OFFER_CHARS``, speaking to the reader
        and either naming a price (the rule ``priced_offer``: "… for as little
        as Rs 599. Use the code …") or speaking of the text itself (the rule
        ``reader_appeal``: "If you enjoyed this article, … Join …")."""
        p = paragraphs[index]
        if index < len(paragraphs) - TAIL_LINES or len(p) > MAX_PRICED_OFFER_CHARS:
            return False
        lower = in_pieces(str.lower, p)
        return bool(READER_ADDRESS.search(lower)) and bool(
            PRICE.search(p) or THIS_TEXT.search(lower)
        )

    @classmethod
    def _priced_offer(cls, paragraphs: Sequence[str], index: int) -> bool:
        """Whether line ``index`` is longer than a short offer and may be one still."""
        return len(paragraphs[index]) > MAX_PROMO_CHARS and cls._appeal(paragraphs, index)

    def _used_elsewhere(self, words: set[str], index: int) -> bool:
        """Whether a paragraph outside ``index``'s offer block uses one of
        ``words``. An offer naming ``MIN_FULL_OFFER_WORDS`` offer words (the
        offer and the action: "Sign up for our daily newsletter") is not kept
        by another such offer: a box the page sets above and below the article
        uses the words twice, the article not once."""
        mine = self.block.get(index, -1 - index)
        full = len(words) >= MIN_FULL_OFFER_WORDS
        for w in words:
            if w not in self.holders:  # one pass per distinct word, not per line
                self.holders[w] = [i for i, p in enumerate(self.lower) if w in p]
            for i in self.holders[w]:
                if self.block.get(i, -1 - i) == mine:
                    continue
                offer = i in self.block and len(self.offer_words.get(i, ())) >= MIN_FULL_OFFER_WORDS
                if full and offer:
                    continue  # another full offer of the page's
                return True
        return False

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_PROMO_CHARS and not self._priced_offer(paragraphs, index):
            return False
        # reported speech is the article's ("…, she told the newsletter"): asked
        # last, of the few lines that would go, as most lines go for no reason
        return self._offer_like(paragraphs, index, p) and not REPORTED.search(p)

    def extend(self, paragraphs: Sequence[str], drop: list[int]) -> list[int]:
        """The offers and the title right above each run of them (the rule
        ``offer_title``): a box's title ("Get the morning briefing", "Zehn vor
        Zwölf") is a few words that end as no sentence and name nothing the
        rest of the text speaks of; left alone once its offer went, it would
        read as a subheading of the article. The first line (the headline), a
        line introducing a list with a colon, and bylines and sign-offs (left
        for their cleaners) stay."""
        # imported here: cleaners.related imports this module (through cleaners.stamps)
        from cleaners.related import is_block_title, is_meta

        gone = set(drop)
        titles = []
        for i in drop:
            k = i - 1
            if k < 1 or k in gone or not is_block_title(paragraphs[k]):
                continue
            if is_meta(paragraphs[k]):
                continue  # a byline or a sign-off: left for its cleaner
            if paragraphs[k].rstrip().endswith((":", "：")):
                continue
            own = {stem(w) for w in content_words(paragraphs[k])}
            if not own:
                continue
            elsewhere = (j for j in range(len(paragraphs)) if j != k and j not in gone)
            if not any(own & stems(paragraphs[j]) for j in elsewhere):
                titles.append(k)
        return sorted(gone.union(titles))

    def _offer_like(self, paragraphs: Sequence[str], index: int, p: str) -> bool:
        """Whether line ``index`` (``p``, stripped) reads as an offer, a widget's
        line or a pointer of the site's, reported speech aside."""
        lower = fold_case(p)
        if len(p) <= MAX_MID_PROMO_CHARS and FEEDBACK.search(p):
            return True  # a rating or feedback widget
        if "[/" in p and SHORTCODE_BUTTON.fullmatch(p):  # "[/": the cheap test first
            return True
        if LINK_ARROW.match(p):  # ">> Hier finden Sie …", alone: a list of them is a block
            arrow = p.lstrip()[:2]
            listed = any(
                paragraphs[j].lstrip().startswith(arrow)
                for j in (index - 1, index + 1)
                if 0 <= j < len(paragraphs)
            )
            return not listed and sentence_count(p) <= MAX_PROMO_SENTENCES
        if FOLLOW_US.search(lower) or SHARE_US.search(lower):
            return sentence_count(p) <= MAX_PROMO_SENTENCES
        if index in self.gaps:  # inside a notice: it goes with the offers around it
            return all(self._offer_goes(paragraphs, j) for j in self.gaps[index])
        return self._offer_goes(paragraphs, index)

    def _reports(self, p: str, index: int) -> bool:
        """Whether line ``index`` (``p``, stripped) reports on an offer's
        subject, wherever it stands (the rule ``offer_report``): a sentence of
        ``MIN_REPORT_WORDS`` words or more that speaks to no reader (no "you",
        no formal "Sie", no "please"), names no price and does not open with
        the offer ("In een nieuwsbrief aan de leden kondigde de vakbond aan
        …", "The paper's digital subscribers doubled, its publisher said"),
        where an offer speaks to the reader or opens with what it offers."""
        lower = self.lower[index]
        opening = lower.lstrip(OFFER_OPENERS)
        return (
            len(p.split()) >= MIN_REPORT_WORDS
            and ends_as_prose(p)
            and not any(mark in p for mark in APPEAL_MARKS)
            and not READER_ADDRESS.search(lower)
            and not READER_APPEAL.search(p)
            and not PRICE.search(p)
            and not FREE_OFFER.search(lower)
            and not SITE_HOST.search(p)
            and not (SUBSCRIPTION.match(opening) or APP_OFFER.match(opening))
        )

    def _offer_goes(self, paragraphs: Sequence[str], index: int) -> bool:
        """Whether line ``index`` is a short offer whose words the article does
        not use elsewhere."""
        words = self.offer_words.get(index)
        if not words:
            return False  # most lines: no offer word at all
        p = paragraphs[index].strip()
        if (
            index < len(paragraphs) - TAIL_LINES
            and len(p) > MAX_MID_PROMO_CHARS
            and (not READER_ADDRESS.search(self.lower[index]) or p.endswith((":", "：")))
        ):
            # a longer line amid the article is the article's, unless it speaks
            # to the reader or as the site; one that introduces what follows
            # with a colon is the article's still
            return False
        if self._reports(p, index):
            return False
        if all(CALL_TO_ACTION.fullmatch(w) for w in words) and (
            index < len(paragraphs) - TAIL_LINES or p.endswith((":", "："))
        ):
            # a call to action alone: the page's at the end; amid the article,
            # or introducing the lines below it, the article's own pointer
            return False
        return (
            not REPORTED.search(p)
            and not quotes_speech(p)
            and (
                sentence_count(p) <= MAX_PROMO_SENTENCES
                or (
                    self._appeal(paragraphs, index)
                    and sentence_count(p) <= MAX_LONG_OFFER_SENTENCES
                )
            )
            and not self._used_elsewhere(words, index)
        )


class DropContact(DropLines):
    """Contact lines: an e-mail address with a label ("Email: …", "Kontakt: …",
    "may be reached at …"), or a short line that is little more than one.

    >>> DropContact()(Document(["Lead.", "• Email: desk@example.org"])).paragraphs
    ['Lead.']
    """

    name = "drop_contact"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_CONTACT_CHARS:
            return False
        if "@" in p and EMAIL.search(p):
            if CONTACT_LABEL.search(p) or len(p) <= MAX_BARE_CONTACT_CHARS:
                return True
            # the rule tip_line: an address the line asks the reader to write
            # to, in a sentence or two ("Got a story? Email …", "Contactez la
            # rédaction à …"; the price: "Our reporters traced it to …@…" goes too)
            return sentence_count(p) <= MAX_PROMO_SENTENCES and (
                "?" in p or bool(READER_ADDRESS.search(in_pieces(str.lower, p)))
            )
        if not DIGIT.search(p) or sentence_count(p) > MAX_PROMO_SENTENCES:
            return False  # most lines have no digit: the cheap test first
        # the rule tip_line: a number to send tips, pictures or videos to by a
        # messaging service ("… per WhatsApp an 0151 23456789"); an appeal for
        # witnesses to call the police names no such service (the number is
        # asked first: most lines hold none)
        return any(
            sum(c.isdigit() for c in m.group()) >= MIN_PHONE_DIGITS for m in PHONE.finditer(p)
        ) and bool(TIP_CHANNEL.search(p))


class DropSourceTags(DropLines):
    """Among the last lines: source tags ("Quelle: dpa"), agency and
    contributor credits ("Additional reporting by …", "Mit Agenturmaterial"),
    tag lists ("Filed under: …", "Tags: …") and a feed's footer ("The post …
    appeared first on …", in the languages blog software writes it);
    anywhere below the first line, a source tag naming a web site ("Quelle:
    ntv.de"). A syndicated copy's notice of where it first ran ("Originally
    published on …") stays: hand-checked bodies keep it as the article's.

    >>> DropSourceTags()(Document(["Lead.", "More.", "Quelle: ntv.de"])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_source_tags"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        if index == 0:
            return False
        tail = index >= len(paragraphs) - TAIL_LINES
        raw = paragraphs[index]
        if not tail and ":" not in raw and "：" not in raw:
            return False  # above the last lines only a tag, and a tag has its colon
        p = BULLET.sub("", raw.strip())
        tag = SOURCE_TAG.match(p)
        if tag:
            if len(p) > MAX_SOURCE_TAG_CHARS or len(p.split()) > MAX_SOURCE_TAG_WORDS + 1:
                return False
            # above the last lines (a box, a list may follow it), only a tag
            # naming a web site: "Quelle: ntv.de, ino/dpa", "Kilde: Helsenorge.no"
            return tail or bool(SITE_HOST.search(p, tag.end() - 1))
        if tail and FEED_FOOTER.match(p):
            return True  # "The post … appeared first on …": a feed's own footer
        credit = CREDIT_LINE.match(p) or TAXONOMY.match(p)
        return tail and len(p) <= MAX_CREDIT_CHARS and credit is not None


def _heads_voices(paragraphs: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` heads quoted voices: the ``MIN_VOICES``
    lines under it each end with a quotation set off by a colon or a dash
    ("Name, role: ‘…’"). "Reacties", "Comments" then title the
    reactions the article gathers; a comment thread's lines are no quotations."""
    below = paragraphs[index + 1 : index + 1 + MIN_VOICES]
    return len(below) == MIN_VOICES and all(VOICE.search(line) for line in below)


class DropCommentPrompts(DropLines):
    """The comment section's labels and log-in notices alone on their line
    ("Kommentar abgeben", "Comments (12)", "You must be logged in to post a
    comment."): the comments themselves were left out, their prompts were not.
    So do a form's field labels with their required mark ("Name *", "E-Mail *")
    and a share button's count ("Share0", "Tweet 0").

    >>> DropCommentPrompts()(Document(["Lead.", "More.", "Leave a comment"])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_comment_prompts"

    def apply(self, doc: Document) -> None:
        super().apply(doc)
        self._drop_thread(doc)
        # a share plugin's button glued to the sentence it offers to share
        # ("… continuum.'Click To Tweet"): the sentence stays, the label goes
        paras = doc.paragraphs
        sep = len(PARAGRAPH_SEPARATOR)
        for i, p in enumerate(paras):
            if "weet" not in p[-16:]:  # the cheap test first
                continue
            m = GLUED_SHARE_LABEL.search(p)
            if m is None:
                continue
            offset = sum(len(q) + sep for q in paras[:i]) + m.start()
            doc.changes.append(Change(self.name, "remove", p[m.start() :], offset))
            paras[i] = p[: m.start()]

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_AD_MARKER_CHARS:
            return False
        if COMMENT_PROMPT.fullmatch(p):
            return not _heads_voices(paragraphs, index)
        return bool(FORM_FIELD.fullmatch(p) or SHARE_COUNT.fullmatch(p))

    def _drop_thread(self, doc: Document) -> None:
        """The comments, when they came with the article: from the heading the
        blog software sets over them ("12 thoughts on “Title”") to the end,
        once the article's prose (``MIN_THREAD_PROSE`` sentences) stands above."""
        paras = doc.paragraphs
        prose = 0
        for i, p in enumerate(paras):
            if (
                prose >= MIN_THREAD_PROSE
                and len(p) <= MAX_THREAD_HEADING_CHARS
                and COMMENT_THREAD_HEADING.fullmatch(p.strip())
            ):
                doc.remove(self.name, list(range(i, len(paras))))
                return
            # the words counted up to the few needed: a paragraph may be megabytes
            if prose < MIN_THREAD_PROSE and is_sentence(p):
                prose += len(p.split(maxsplit=MIN_PROSE_WORDS - 1)) >= MIN_PROSE_WORDS


#: A share plugin's label glued to the end of the sentence it offers
#: ("… continuum.'Click To Tweet", "… every day. Tweet this!"), after a
#: sentence's end.
GLUED_SHARE_LABEL = re.compile(r"(?<=[.!?'\"”’])\s*(?:click\s+to\s+tweet|tweet\s+this!?)\s*$", re.I)


#: What a lone credit holds: a label's colon, a slash between names, a
#: copyright sign, the abbreviation "Fot.", or the label "Image source," (its comma).
CREDIT_MARKS = (":", "：", "|", "/", "©", "(c)", "(C)", "Fot.", "fot.", "Image source,")


class DropPhotoCredits(DropLines):
    """Picture credits alone on their line, the caption they belonged to lost
    ("STR/AFP via Getty Images", "Image: Jane Doe/Independent Newspapers",
    "Foto: dpa", "© Reuters"): a label or a library, a few names, no sentence.
    (A caption with its credit is ``split_captions``' business.)

    >>> DropPhotoCredits()(Document(["Lead.", "Jane Doe/AFP via Getty Images", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_photo_credits"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_PHOTO_CREDIT_CHARS or len(p.split()) > MAX_PHOTO_CREDIT_WORDS:
            return False
        if p.endswith((".", "!", "?")) and not p.endswith("Inc."):
            return False  # a sentence, not a credit
        if not any(mark in p for mark in CREDIT_MARKS):
            return False  # every credit below has one (the cheap test)
        return bool(PICTURE_LABELLED_CREDIT.fullmatch(p) or PICTURE_SOURCE_CREDIT.fullmatch(p))

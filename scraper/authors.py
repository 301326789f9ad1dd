"""Authors: a byline's names, the publisher given as author, the page's byline.

Metadata names authors in many shapes: "By Jane Doe | May 1", "Ann Lee and
Bo Ek", "Elena Muster (emu), Max Beispiel (mbe)", or the publisher itself
("Organization" in JSON-LD, the site's own name). :func:`clean_author` cuts a
byline to its names, :func:`split_names` splits it into one name each,
:func:`is_publisher` tells the publisher from a person, and :func:`page_byline`
reads the byline the reader sees under the headline when the metadata has no
person to name.

>>> split_names("By Ann Lee und Bo Ek, Berlin")
['Ann Lee', 'Bo Ek', 'Berlin']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from scraper.boilerplate import classify
from scraper.settings import (
    MAX_AUTHOR_CHARS,
    MAX_BYLINE_DISTANCE,
    MAX_BYLINE_MARKERS,
    MAX_BYLINE_SEARCH,
    MIN_PERSON_NAME_WORDS,
)

#: "By Jane Doe", "Von: Anna Berger", "Autor: …": prefixes and labels of a byline.
AUTHOR_PREFIX = re.compile(
    r"^\s*(?:by|von|par|por|di|door|af|av|author|autor|autorin|auteur)(?:\s*:)?(?:\s+|$)",
    re.IGNORECASE,
)
#: An author value that is really a URL or a handle, not a name.
NOT_A_NAME = re.compile(r"^(?:https?://|www\.|@)|\.(?:com|org|net)\b", re.IGNORECASE)
#: Where a byline's names end: a separator before a date, a role, a button.
AUTHOR_TAIL = re.compile(
    r"\s+[|•·]\s*|\s+[-–—]\s+(?=\S*\d)|\s+(?=(?:updated|published|posted)\b)", re.IGNORECASE
)
DIGITS = re.compile(r"\d{3,}")
#: What separates the names of several authors.
NAME_SEPARATOR = re.compile(r"\s*(?:[,;/]|\s&\s)\s*")
#: "and" between two names, in the languages of the news the project reads.
CONJUNCTION = re.compile(r"\s+(?:and|und|og|och|et|en|y|e|i|ve|és|oraz|ja|и|та|і)\s+")
#: A newsroom's short code after a name ("Elena Muster (emu)"): lower-case initials,
#: where an agency in brackets is written in capitals ("(AP)") and stays.
INITIALS_CODE = re.compile(r"\s*\(\s*[a-zß-ÿ]{2,5}\.?\s*\)")
#: JSON-LD types of an author that is not a person.
ORGANISATION_TYPES = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization"}
)
#: Link paths of an author's page ("/author/jane-doe", "/autoren/name/…").
AUTHOR_PATHS = ("/author", "/autor", "/auteur", "/yazar", "/forfatter", "/journalist")
#: A label before the author's name ("Autorin/Autor", "Author:"), as its own element.
AUTHOR_LABEL = re.compile(
    r"^(?:(?:authors?|autor(?:in|en|e|i)?|auteure?s?|forfatter|yazar|skribent)\s*/?\s*){1,2}:?$",
    re.IGNORECASE,
)
#: Class or id words of a byline's elements.
BYLINE_CLASSES = ("author", "autor", "byline")
#: Where a byline is never: comments (their authors are readers), captions.
NOT_BYLINE = re.compile(r"comment", re.IGNORECASE)
CAPTION_TAGS = frozenset({"figure", "figcaption"})
#: Furniture (the pre-pass's vocabulary) whose bylines are other articles' or readers'.
NOT_BYLINE_FURNITURE = frozenset({"related", "comments"})


def clean_author(value: str | None) -> str | None:
    """A byline's names: "By Jane Doe | May 1, 2019 Print" -> "Jane Doe".

    >>> clean_author("Madeline Fry | November 18, 2019 12:01 PM Print this article")
    'Madeline Fry'
    >>> clean_author("Von: Anna Berger")
    'Anna Berger'
    >>> clean_author("By") is None
    True
    >>> clean_author("https://www.facebook.com/paper") is None
    True
    """
    if not value or NOT_A_NAME.search(value):
        return None
    name = AUTHOR_TAIL.split(AUTHOR_PREFIX.sub("", value.strip()), maxsplit=1)[0]
    name = " ".join(name.strip(" ,;-–—").split())
    if not name or len(name) > MAX_AUTHOR_CHARS or DIGITS.search(name):
        return None
    return name


def split_names(author: str | None) -> list[str]:
    """The names in an author string, one each, in order, without repeats.

    "and" splits only between names of ``MIN_PERSON_NAME_WORDS`` words
    each: a double surname ("Ortega y Gasset") stays whole.

    >>> split_names("Samya Kullab and Vasilisa Stepanenko")
    ['Samya Kullab', 'Vasilisa Stepanenko']
    >>> split_names("Elena Muster (emu), Max Beispiel (mbe.)")
    ['Elena Muster', 'Max Beispiel']
    >>> split_names("José Ortega y Gasset")
    ['José Ortega y Gasset']
    """
    names: dict[str, str] = {}
    text = INITIALS_CODE.sub("", AUTHOR_PREFIX.sub("", author or ""))
    for part in NAME_SEPARATOR.split(" ".join(text.split())):
        pieces = CONJUNCTION.split(part)
        if len(pieces) > 1 and min(len(p.split()) for p in pieces) < MIN_PERSON_NAME_WORDS:
            pieces = [part]
        for piece in pieces:
            name = piece.strip(" .")
            if name and name.casefold() not in names:
                names[name.casefold()] = name
    return list(names.values())


def names_a_person(author: str | None) -> bool:
    """Whether one of the names in ``author`` is a person's (two words or more).

    >>> names_a_person("Seb Dumitru, Lille"), names_a_person("Kurzmeldung")
    (True, False)
    """
    return any(len(name.split()) >= MIN_PERSON_NAME_WORDS for name in split_names(author))


def join_names(author: str | None) -> str | None:
    """An author string in one shape: its names joined by ", ".

    >>> join_names("By Ann Lee & Bo Ek")
    'Ann Lee, Bo Ek'
    """
    names = split_names(author)
    return ", ".join(names) if names else author


def _squash(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def is_publisher(author: str | None, site_names: Iterable[str | None], url: str | None) -> bool:
    """Whether ``author`` is the site itself: its name, or its host's name.

    >>> is_publisher("LTO", [], "https://www.lto.de/recht/a")
    True
    >>> is_publisher("Der Postillon", ["Der Postillon"], None)
    True
    >>> is_publisher("Jane Doe", ["The Gazette"], "https://gazette.example/a")
    False
    """
    name = _squash(author or "")
    if not name:
        return False
    if any(name == _squash(site or "") for site in site_names):
        return True
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    return bool(host) and name == _squash(host.split(".")[0])


def page_byline(
    tree: HtmlElement, headline: HtmlElement | None, publisher: str | None
) -> str | None:
    """The names in the first byline after the headline (the whole page when
    there is none): its author links, else its text cut to the names.

    A byline is an author link (``rel=author``, a link to an author's page),
    microdata's ``author``, or an element whose class or id names an author or
    byline; comments and captions are left out, and so is a byline that names
    only the ``publisher``.

    >>> from scraper.htmltree import parse
    >>> tree, _ = parse("<html><body><h1>Rain due</h1><p class='byline'>Von "
    ...     "<a href='/autor/anna-berger'>Anna Berger</a> und "
    ...     "<a href='/autor/max-muster'>Max Muster</a></p><p>Text.</p></body></html>")
    >>> page_byline(tree, tree.find(".//h1"), None)
    'Anna Berger, Max Muster'
    """
    marks = (e for e in _after(headline, tree) if _is_mark(e))
    for mark in islice(marks, MAX_BYLINE_MARKERS):
        if not _may_be_byline(mark) or _holds_a_byline(mark):
            continue  # a byline's wrapper: the byline inside it comes next
        parent = mark.getparent()
        block = parent if _is_name_mark(mark) and parent is not None else mark
        links = [e.text_content() for e in block.iter() if _is_name_mark(e)]
        texts = [clean_author(text) for text in (links or [block.text_content()])]
        if _is_label(mark) and parent is not None:  # "Autor" | "Jane Doe": the rest
            texts = [clean_author(parent.text_content().replace(mark.text_content(), "", 1))]
        names = [n for text in texts for n in split_names(text) if _is_name(n)]
        if names:  # the first byline decides: one naming the publisher names no person
            people = [n for n in dict.fromkeys(names) if not is_publisher(n, [publisher], None)]
            return ", ".join(people) or None
    return None


def _after(headline: HtmlElement | None, tree: HtmlElement) -> Iterator[HtmlElement]:
    """The ``MAX_BYLINE_DISTANCE`` elements after the headline in document order
    (not its own): a byline sits near the headline, and a walk that stops there
    costs little on a large page. Without a headline, the page's first
    ``MAX_BYLINE_SEARCH`` elements."""
    if headline is None:
        return islice((e for e in tree.iter() if isinstance(e.tag, str)), MAX_BYLINE_SEARCH)
    elements = (
        e
        for node in (headline, *headline.iterancestors())
        for sibling in node.itersiblings()
        for e in sibling.iter()
    )
    return islice((e for e in elements if isinstance(e.tag, str)), MAX_BYLINE_DISTANCE)


def _is_name_mark(elem: HtmlElement) -> bool:
    """An author link (``rel=author``, a link to an author's page) or microdata's author."""
    if elem.get("itemprop") == "author":
        return True
    if elem.tag != "a":
        return False
    href = (elem.get("href") or "").lower()
    return "author" in (elem.get("rel") or "").split() or any(p in href for p in AUTHOR_PATHS)


def _holds_a_byline(elem: HtmlElement) -> bool:
    """Whether ``elem`` wraps a byline element other than author links ("By
    <span class=author>Jane Doe</span> <span>Gazette</span>": its text runs the
    names into what follows them)."""
    if _is_name_mark(elem):
        return False
    return any(_is_mark(e) and not _is_name_mark(e) for e in elem.iterdescendants())


def _is_label(elem: HtmlElement) -> bool:
    """An element of its own that only says "Author" (the name follows it)."""
    text = elem.text
    return bool(text) and len(elem) == 0 and AUTHOR_LABEL.match(text.strip()) is not None


def _is_mark(elem: HtmlElement) -> bool:
    """A byline's element: a name, a class or id that says author or byline, or
    an author label."""
    attr = f"{elem.get('class', '')} {elem.get('id', '')}".lower()
    return any(word in attr for word in BYLINE_CLASSES) or _is_name_mark(elem) or _is_label(elem)


def _is_name(text: str) -> bool:
    """A name has no digits (a date stamp has), no label ("Quelle: dpa" credits
    a source) and, in a cased script, a capital (a newsroom's code "amw" is no name).

    >>> _is_name("Anna Berger"), _is_name("amw"), _is_name("am 27.04.24"), _is_name("山田太郎")
    (True, False, False, True)
    >>> _is_name("Quelle: hessenschau.de")
    False
    """
    if any(c.isdigit() or c == ":" for c in text):
        return False
    return any(c.isupper() for c in text) or not any(c.islower() for c in text)


def _may_be_byline(elem: HtmlElement) -> bool:
    """Not in a caption, a comment or a related-articles list."""
    for node in (elem, *elem.iterancestors()):
        if node.tag in CAPTION_TAGS:
            return False
        attr = f"{node.get('class', '')} {node.get('id', '')}"
        kind, caption, _ = classify(attr)
        if caption or kind in NOT_BYLINE_FURNITURE or NOT_BYLINE.search(attr):
            return False
    return True

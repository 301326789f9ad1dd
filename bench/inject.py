"""How extraction holds when a page carries a block that is not its article.

Each dev page is extracted as it is and again with one block put in: an
unnamed consent notice (no class or id that names it) at the top of the body,
a thread of readers' comments (name, time, text, reply link; their text off
the article's subject), a blog's thread of comments of two paragraphs each,
or a grid of teasers for other stories (linked headings
and blurbs) at its end. Both are blocks of prose longer than many articles, the kind that made
earlier versions take the wrong element for the article on pages nobody tuned
for. For each extractor and each block the table gives the mean F1 over the
pages and how many pages lost more than ``--margin`` F1 to the block.

``--keep N`` first cuts every page to its article's first N paragraphs
(:mod:`bench.shortpages`): beside a brief, a block outweighs the article.

Run ``.venv/bin/python -m bench.inject`` (``--help`` for options). The blocks'
text is English whatever the page's language, as consent notices often are.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from bench.extract import DEFAULT_SETS, EXTRACTORS, Page, load_pages, missing_truth, page_f1

CONSENT = (
    "We and our partners store and access information on a device, such as cookies, and "
    "process personal data such as unique identifiers and standard information sent by a device.",
    "With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning, for personalised advertising and content.",
    "You may click to consent to our and our partners' processing as described above, or "
    "access more detailed information and change your preferences before consenting.",
    "Some processing of your personal data may not require your consent, but you have a "
    "right to object to such processing at any time via the privacy settings link.",
    "Your preferences will apply to this website only. You can change your preferences at "
    "any time by returning to this site or visiting our privacy policy to read more.",
    "Strictly necessary cookies are required for the site to work and cannot be switched "
    "off; performance cookies let us count visits and traffic sources to improve the site.",
    "Functional cookies enable enhanced functionality and personalisation; targeting "
    "cookies may be set by our advertising partners to build a profile of your interests.",
    "Social media cookies are set by a range of social media services that we have added "
    "to the site to enable you to share our content with your friends and networks.",
    "If you do not allow these cookies you will experience less targeted advertising, and "
    "some services may not function properly; you can withdraw consent at any time.",
)
BLURBS = (
    "The council approved a budget for the new school year after a long debate that ran "
    "late into Tuesday night at the town hall.",
    "A storm warning has been issued for the whole coast this weekend, with gusts of up to "
    "ninety kilometres an hour expected on Saturday.",
    "The local football club signed two young players from the academy, the manager said, "
    "praising their work during a long season.",
    "Prices at the weekly market rose again in March as farmers blamed the cost of fuel "
    "and feed for their animals over the winter.",
    "A new cycle path along the canal will open in June, linking the station with the "
    "university campus and the hospital district.",
    "Police are looking for witnesses after a lorry hit a bridge on the ring road on "
    "Sunday morning, closing two lanes for hours.",
)


def _blog_thread() -> str:
    """A blog's comment thread as the common blog software writes it: a list
    with each comment in an ``<li>`` holding its item (the name and the time
    in a footer, each a link) and its text in two paragraphs, and a reply
    nested in the first comment's ``<li>``: runs of paragraphs, as an
    article's are, each in an item of its own."""

    def comment(i: int, replies: str = "") -> str:
        first, second = BLURBS[i % len(BLURBS)], BLURBS[(i + 1) % len(BLURBS)]
        return (
            f"<li class='comment'><article class='comment-body'><footer class='comment-meta'>"
            f"<cite><a href='https://reader{i}.example'>reader{i}</a></cite> "
            f"<a href='#comment-{i}'><time>May {i + 1}, 2024 at 9:1{i} am</time></a></footer>"
            f"<div class='comment-content'><p>{first}</p><p>{second}</p></div></article>"
            f"{replies}</li>"
        )

    reply = f"<ul class='children'>{comment(len(BLURBS))}</ul>"
    items = "".join(comment(i, reply if i == 0 else "") for i in range(len(BLURBS)))
    return f"<div id='comments'><ol class='comment-list'>{items}</ol></div>"


#: Block name -> (HTML put in, at the body's start or end).
BLOCKS: dict[str, tuple[str, bool]] = {
    "consent notice, top": (
        "<div><div>"
        + "".join(f"<p>{t}</p>" for t in CONSENT)
        + "</div><button>Agree</button><button>Options</button></div>",
        True,
    ),
    "comment thread, end": (
        "<div>"
        + "".join(
            f"<div class='item'><span>reader{i}</span> <span>2 hours ago</span><div><p>{t} "
            f"{t}</p></div><a href='#r'>Reply</a></div>"
            for i, t in enumerate(BLURBS)
        )
        + "</div>",
        False,
    ),
    "blog thread, end": (_blog_thread(), False),
    "teaser grid, end": (
        "<div>"
        + "".join(
            f"<div><h3><a href='/story-{i}'>Story {i} of the day</a></h3><p>{t}</p></div>"
            for i, t in enumerate(BLURBS)
        )
        + "</div>",
        False,
    ),
}
_BODY_OPEN = re.compile(rb"<body[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(rb"</body\s*>", re.IGNORECASE)
#: A page losing more than this F1 to the block counts as broken by it.
MARGIN = 0.10


def inject(html: bytes, block: str, top: bool) -> bytes | None:
    """``html`` with ``block`` at the start (``top``) or end of its body, or
    ``None`` when the page has no body tag to put it in.

    >>> inject(b"<html><body><p>a</p></body></html>", "<div>x</div>", True)
    b'<html><body><div>x</div><p>a</p></body></html>'
    """
    found = _BODY_OPEN.search(html) if top else _BODY_CLOSE.search(html)
    if found is None:
        return None
    at = found.end() if top else found.start()
    return html[:at] + block.encode() + html[at:]


def main(argv: list[str] | None = None) -> int:
    """Print, per extractor and block, the mean F1 and the pages broken by it."""
    parser = argparse.ArgumentParser(prog="bench.inject", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--margin", type=float, default=MARGIN, help="F1 lost that breaks a page")
    parser.add_argument("--list", action="store_true", help="name the pages each block broke")
    parser.add_argument(
        "--keep",
        type=int,
        help="cut each page to its article's first N paragraphs first (bench.shortpages)",
    )
    args = parser.parse_args(argv)
    pages: list[Page] = []
    if missing_truth(args.sets, "bench.inject"):
        return 2
    for folder in args.sets:
        pages.extend(load_pages(folder))
    if args.keep:
        from bench.shortpages import cut_page

        pages = [cut for page in pages if (cut := cut_page(page, args.keep)) is not None]
    cut = f", cut to their article's first {args.keep} paragraphs" if args.keep else ""
    print(f"\n{len(pages)} pages{cut}\n")
    print(f"| extractor | block | mean F1 | mean F1 as is | pages losing > {args.margin:.2f} |")
    print("|---|---|---|---|---|")
    for name, run in EXTRACTORS.items():
        clean = {p.id: page_f1(p, run(p).text) for p in pages}
        for label, (block, top) in BLOCKS.items():
            scores: dict[str, float] = {}
            for page in pages:
                html = inject(page.html, block, top)
                if html is not None:
                    changed = Page(page.id, page.url, html, page.truth, page.set, page.split)
                    scores[page.id] = page_f1(page, run(changed).text)
            broken = sorted(k for k, f1 in scores.items() if clean[k] - f1 > args.margin)
            mean = sum(scores.values()) / max(1, len(scores))
            as_is = sum(clean[k] for k in scores) / max(1, len(scores))
            print(f"| {name} | {label} | {mean:.3f} | {as_is:.3f} | {len(broken)} |")
            if args.list and broken:
                print(f"|  |  | {', '.join(k[:24] for k in broken)} |  |  |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

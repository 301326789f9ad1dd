"""Other-article tails without a marker: each dev body followed by 4-12 other
articles' lead sentences, one per line, scored after ``cleaners.clean_text``.

This is the related list a scraper leaves below an article when no end-of-story
marker ("/.") and often no heading says where the article stops: the tail's
lines are the first sentences of other dev bodies in the same language (a
German page links German stories; a language with too few bodies has no
sample), sometimes bulleted (one bullet for the whole list), sometimes under a
heading drawn from a varied pool (some of its headings are in no word list the
cleaners know), never after a "/." marker.
``--pick topical`` takes the leads closest to the article instead of random
ones: a site's related list names stories on the same subject, whose leads
share its names and rare words (ranked by the TF-IDF cosine of the lead and
the body, over the bodies of the language), where random leads share only
common words. Bodies of both dev sets are used; English and other languages are reported
apart, and by split (``bench.splits``, by the body's site).

``--bodies golden`` takes the bodies from elsewhere: the hand-written bodies of
the golden cases (``golden/*/expected.json``, three paragraphs or more, cases
marked XFAIL left out), short articles written for this project, none of them
a dev page, each with a tail of tune bodies' leads in its language. A check
that no rule fits the dev bodies' own shapes (their length, their last lines).

Scoring as ``bench.dirty``: 4-token shingle F1 against the original body and
the share of documents whose ``\\w+`` token sequence equals it.

Run: ``.venv/bin/python -m bench.othertail [--seed N] [--pick random|topical]
[--bodies dev|golden] [--show-worst N]``
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import cleaners
from bench.dirty import table
from bench.realdirty import SETS, load_cases
from bench.splits import SPLITS, TUNE
from cleaners.language import detect_language

DEFAULT_SEED = 20260101
TAIL = (4, 12)
#: Chance that the tail is bulleted / under a heading.
BULLETED = 0.35
HEADED = 0.4
BULLETS = ("• ", "- ", "* ", "» ", "► ", "· ", "▪ ")
#: Headings of every kind, per language: the common ones, and some no word list
#: names ("Elsewhere", "What else is happening"). Other languages: no heading.
HEADINGS = {
    "en": ("Related", "More from the newsroom", "Elsewhere", "In other news", "Keep reading",
           "Top stories", "What else is happening"),
    "de": ("Mehr zum Thema", "Weitere Artikel", "Auch interessant", "Das könnte Sie interessieren",
           "Ebenfalls lesenswert"),
    "nb": ("Les også", "Mer fra forsiden"), "da": ("Læs også", "Mest læste"),
    "sv": ("Läs också", "Mer från startsidan"), "nl": ("Meer nieuws", "Lees ook"),
    "fr": ("À lire aussi", "Lire aussi", "Sur le même sujet", "Nos autres articles"),
    "es": ("Te puede interesar", "Más noticias", "Otras historias"),
    "it": ("Leggi anche", "Altre notizie"), "pt": ("Leia também", "Mais lidas"),
    "pl": ("Czytaj także", "Zobacz również"), "tr": ("Devamını oku", "İlginizi çekebilir"),
    "id": ("Baca juga", "Berita lainnya"), "vi": ("Tin liên quan", "Tin khác"),
    "cs": ("Další články", "Mohlo by vás zajímat"), "ja": ("関連記事", "あわせて読みたい"),
}  # fmt: skip
#: A lead's first sentence: up to a stop followed by a space and a capital, or
#: a CJK full stop.
FIRST_SENTENCE = re.compile(r"^.+?(?:[.!?](?=\s+[\"“„«]?[^\W\d_])|。|$)", re.S)
MIN_WORDS, MAX_WORDS = 6, 45
MIN_CJK_CHARS = 12


@dataclass
class Sample:
    """One body with a tail appended."""

    id: str
    group: str
    split: str
    body: str
    text: str


def lead_sentence(body: str) -> str | None:
    """The first sentence of ``body``'s first paragraph when it reads as a lead."""
    first = next((p.strip() for p in body.split("\n") if p.strip()), "")
    m = FIRST_SENTENCE.match(first)
    if not m:
        return None
    s = m.group().strip()
    words = len(s.split())
    if MIN_WORDS <= words <= MAX_WORDS or (words < MIN_WORDS and len(s) >= MIN_CJK_CHARS * 2):
        return s
    return None


#: A word, for the topical ranking of leads (case folded).
RANK_WORD = re.compile(r"\w{3,}")
PICKS = ("random", "topical")


def _weights(text: str, idf: dict[str, float]) -> dict[str, float]:
    """TF-IDF weights of ``text``'s words, ``idf`` the language's (unknown: 0)."""
    counts = Counter(w.casefold() for w in RANK_WORD.findall(text))
    return {w: n * idf.get(w, 0.0) for w, n in counts.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b[w] for w, v in a.items() if w in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def inverse_frequencies(bodies: list[str]) -> dict[str, float]:
    """Each word's inverse document frequency over ``bodies`` (a language's)."""
    df = Counter(w for b in bodies for w in {w.casefold() for w in RANK_WORD.findall(b)})
    return {w: math.log(len(bodies) / k) for w, k in df.items()}


def closest_leads(body: str, pool: list[str], idf: dict[str, float], n: int) -> list[str]:
    """The ``n`` leads of ``pool`` closest to ``body`` by TF-IDF cosine (``idf``:
    :func:`inverse_frequencies` of the language's bodies), closest first.

    >>> bodies = ["Rice exports rose.", "The band Doobie toured.", "Rice prices fell."]
    >>> idf = inverse_frequencies(bodies)
    >>> closest_leads(bodies[0], ["The band Doobie toured.", "Rice prices fell."], idf, 1)
    ['Rice prices fell.']
    """
    target = _weights(body, idf)
    return sorted(pool, key=lambda lead: -_cosine(_weights(lead, idf), target))[:n]


def build(seed: int, pick: str = "random") -> list[Sample]:
    """Every dev body with a tail of other bodies' leads from its language group,
    ``pick``: random ones, or the ``topical`` ones closest to the body."""
    rng = random.Random(seed)
    cases = [c for name in SETS for c in load_cases(name)]
    language = {c.id: detect_language(c.truth) or "" for c in cases}
    leads: dict[str, list[tuple[str, str]]] = {}
    bodies: dict[str, list[str]] = {}
    for c in cases:
        bodies.setdefault(language[c.id], []).append(c.truth)
        if (lead := lead_sentence(c.truth)) is not None:
            leads.setdefault(language[c.id], []).append((c.id, lead))
    idf = {lang: inverse_frequencies(texts) for lang, texts in bodies.items()}
    samples = []
    for c in cases:
        pool = [lead for i, lead in leads.get(language[c.id], []) if i != c.id]
        if len(pool) < TAIL[0] or len([p for p in c.truth.split("\n") if p.strip()]) < 2:
            continue
        size = min(len(pool), rng.randint(*TAIL))
        if pick == "topical":
            tail = closest_leads(c.truth, pool, idf[language[c.id]], size)
        else:
            tail = rng.sample(pool, size)
        tail = dressed(tail, language[c.id], rng)
        body = c.truth.strip()
        samples.append(Sample(c.id, c.group, c.split, body, body + "\n\n" + "\n".join(tail)))
    return samples


def dressed(tail: list[str], language: str, rng: random.Random) -> list[str]:
    """``tail`` as a page sets it: sometimes under one bullet, sometimes
    under a heading of its language."""
    if rng.random() < BULLETED:
        bullet = rng.choice(BULLETS)
        tail = [bullet + t for t in tail]
    if rng.random() < HEADED and language in HEADINGS:
        tail = [rng.choice(HEADINGS[language]), *tail]
    return tail


GOLDEN = Path(__file__).resolve().parents[1] / "golden"
#: The split a golden body's sample is in: no dev page's, so it may be shown.
GOLDEN_PART = "golden"
#: Fewest paragraphs a golden body needs to be an article under a tail.
MIN_GOLDEN_PARAGRAPHS = 3


def build_golden(seed: int, pick: str = "random") -> list[Sample]:
    """The golden cases' hand-written bodies (with their headlines above),
    each with a tail of tune bodies' leads in its language."""
    rng = random.Random(seed)
    leads: dict[str, list[str]] = {}
    bodies: dict[str, list[str]] = {}
    for c in (c for name in SETS for c in load_cases(name)):
        if c.split != TUNE:
            continue
        language = detect_language(c.truth) or ""
        bodies.setdefault(language, []).append(c.truth)
        if (lead := lead_sentence(c.truth)) is not None:
            leads.setdefault(language, []).append(lead)
    idf: dict[str, dict[str, float]] = {}  # per language, on first use
    samples = []
    for case in sorted(GOLDEN.iterdir()):
        expected = case / "expected.json"
        if not expected.exists() or (case / "XFAIL").exists():
            continue
        fields = json.loads(expected.read_text("utf-8"))
        body, language = fields["text"].strip(), fields["language"]
        pool = leads.get(language, [])
        if len([p for p in body.split("\n") if p.strip()]) < MIN_GOLDEN_PARAGRAPHS:
            continue
        if len(pool) < TAIL[1]:
            continue
        size = rng.randint(*TAIL)
        if pick == "topical":
            if language not in idf:
                idf[language] = inverse_frequencies(bodies[language])
            tail = closest_leads(body, pool, idf[language], size)
        else:
            tail = rng.sample(pool, size)
        head = f"{fields['title']}\n\n" if fields["title"] else ""
        text = head + body + "\n\n" + "\n".join(dressed(tail, language, rng))
        group = "en" if language == "en" else "other"
        samples.append(Sample(case.name, group, GOLDEN_PART, body, text))
    return samples


class Scored(Protocol):
    """A generated document: its id, the body it was made from, the damaged text."""

    id: str
    body: str
    text: str


S = TypeVar("S", bound=Scored)


def score_by_part(
    samples: list[S], parts: list[tuple[str, Callable[[S], bool]]]
) -> tuple[dict[str, str], str]:
    """``clean_text``'s output per sample id, and the table of doing nothing and
    of ``clean_text`` on each part (a label and which samples it holds)."""
    from bench.dirty import nothing
    from bench.realdirty import score

    methods: dict[str, Callable[[str], str]] = {
        "do nothing": nothing,
        "clean_text": cleaners.clean_text,
    }
    outs = {name: {s.id: fn(s.text) for s in samples} for name, fn in methods.items()}
    rows: list[tuple[str, ...]] = [
        ("part", "method", "docs", "shingle F1", "precision", "recall", "exact tokens")
    ]
    for label, keep in parts:
        chosen = [s for s in samples if keep(s)]
        for name in methods:
            r = score((s.body, outs[name][s.id]) for s in chosen)
            rows.append(
                (label, name, str(r.count), f"{r.f1:.4f}", f"{r.precision:.4f}",
                 f"{r.recall:.4f}", f"{r.exact:.1%}")
            )  # fmt: skip
    return outs["clean_text"], table(rows)


def held_out_leads(bodies: Iterable[tuple[str, str]]) -> set[str]:
    """The lead sentences of the held-out bodies among ``(body, split)`` pairs:
    a tail may hold them, and what is read while writing rules must not."""
    leads = {lead_sentence(body) for body, split in bodies if split != TUNE}
    return {lead for lead in leads if lead is not None}


def shown_line(line: str, hidden: set[str]) -> str:
    """A line left in an output as ``--show-worst`` prints it: a held-out
    body's lead is named, not shown.

    >>> hidden = {"The mayor resigned on Monday."}
    >>> shown_line("• The mayor resigned on Monday.", hidden), shown_line("Rents rose.", hidden)
    ("(a held-out body's lead)", 'Rents rose.')
    """
    return "(a held-out body's lead)" if any(h in line for h in hidden) else line[:110]


def main(argv: list[str] | None = None) -> int:
    """Print the other-article-tail table."""
    parser = argparse.ArgumentParser(prog="python -m bench.othertail", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--pick", choices=PICKS, default="random",
        help="which other articles' leads: random ones, or those closest to the body",
    )  # fmt: skip
    parser.add_argument(
        "--bodies", choices=("dev", "golden"), default="dev",
        help="the dev pages' bodies, or the golden cases' hand-written ones",
    )  # fmt: skip
    parser.add_argument(
        "--show-worst", type=int, default=0, help="print the N worst tune-split documents"
    )
    args = parser.parse_args(argv)
    golden = args.bodies == "golden"
    samples = build_golden(args.seed, args.pick) if golden else build(args.seed, args.pick)
    parts: list[tuple[str, Callable[[Sample], bool]]] = [("all", lambda s: True)]
    for split in () if golden else SPLITS:
        parts.append((split, lambda s, split=split: s.split == split))  # type: ignore[misc]
    parts += [("english", lambda s: s.group == "en"), ("other langs", lambda s: s.group != "en")]
    cleaned, rows = score_by_part(samples, parts)
    print(
        f"{len(samples)} documents, seed {args.seed}, tails of {TAIL[0]}-{TAIL[1]} leads"
        f" ({args.pick}; bodies: {'golden cases' if golden else 'dev pages'})"
    )
    print(rows)
    if args.show_worst:
        from bench.realdirty import page_f1

        # held-out documents are scored above, never shown: no rule is written
        # while reading them, nor are the leads a tail took from them
        shown = [s for s in samples if s.split in (TUNE, GOLDEN_PART)]
        every = [c for name in SETS for c in load_cases(name)]
        hidden = held_out_leads((c.truth, c.split) for c in every)
        ranked = sorted(shown, key=lambda s: page_f1(s.body, cleaned[s.id]))
        for s in ranked[: args.show_worst]:
            out = cleaned[s.id]
            kept = [line for line in out.split("\n") if line.strip() and line not in s.body]
            print(f"\n--- {s.id[:40]} {s.group} F1 {page_f1(s.body, out):.3f}")
            for line in kept[:12]:
                print("  left:", shown_line(line, hidden))
    return 0


if __name__ == "__main__":
    sys.exit(main())

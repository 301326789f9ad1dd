"""Dirty text: the dev bodies with the seeds' defects injected, cleaned, and scored
against the original body.

Damage model (a seeded RNG; every string drawn from varied pools, so nothing
depends on one fixed phrasing):

- ``standfirst``: the lead's first sentence repeated above the lead (without the
  lead's source tag, as in seed 004);
- ``captions``: one or two photo captions (a clause of the article plus a credit
  in one of many formats), once or twice, at varied positions;
- ``related``: a block of 2-8 teasers, each another article's first sentence,
  with or without a heading and bullets; at the end (sometimes after an
  end-of-story marker "/."), or, under a heading, inside the body;
- ``wraps``: the article re-wrapped at 68-82 columns and the spaces at the wraps
  lost (``bench.joins``'s damage);
- ``mojibake``: the whole text encoded as UTF-8 and read as Windows-1252.

Each document gets each defect with its own probability (at least one defect
per document); the per-defect rows put one defect on every document instead.
Throughput is MB of UTF-8 per second of this process's CPU time (one core).
Scoring (``../shared/benchmarks/README.md``): 4-token shingle precision/recall
averaged over documents, F1 from the averages, and the share of documents whose
``\\w+`` token sequence equals the original body's.

Run: ``.venv/bin/python -m bench.dirty [--seed N]``
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import ftfy

import cleaners
from bench.extract import precision_recall, tokens, tp_fp_fn
from bench.joins import WIDTHS, wrap_and_join
from bench.splits import TUNE, site_of, split_of
from bench.textdata import Body, load_bodies

DEFAULT_SEED = 20240625
DEFECTS = ("standfirst", "captions", "related", "wraps", "mojibake")
#: Chance that a document of the mixed set gets each defect.
MIXED_RATE = {"standfirst": 0.4, "captions": 0.5, "related": 0.5, "wraps": 0.4, "mojibake": 0.25}

SENTENCE = re.compile(r"(?<=[a-z0-9)”\"’][.!?])\s+(?=[\"“]?[A-Z])")
#: A source tag that opens a lead ("SANTA FE, N.M. (AP) — ", "BERLIN -- ").
SOURCE_TAG = re.compile(r"^[A-Z][\w .,'’-]{1,40}?(?:\([^()]{1,30}\))?\s+(?:—|–|--|-)\s+")

AGENCIES = (
    "VNA", "AP", "AFP", "Reuters", "Xinhua", "Getty Images", "EPA", "Bloomberg",
    "Anadolu", "dpa", "Kyodo", "Yonhap", "PTI", "AAP", "Shutterstock", "NASA",
)  # fmt: skip
PEOPLE = (
    "Jane Doe", "Minh Anh", "Carlos Ruiz", "Amira Haddad", "Tom Becker", "Li Wei",
    "Sofia Rossi", "Kwame Mensah", "Anna Kowalska", "Raj Patel", "Yuki Tanaka",
)  # fmt: skip
#: Credit formats; {a} is an agency, {p} a photographer, {A} the agency upper-cased.
CREDITS = (
    "({photo}: {a})", "{Photo}: {a}", "(Photo credit: {p}/{a})", "Credit: {p}/{a}",
    "({a} Photo/{p})", "{A}/{p}", "(Image: {a})", "Picture: {p}", "(File photo: {a})",
    "Photograph: {p}/{a}", "© {p}", "(Photo by {p}/{a})", "Image credit: {a}",
    "{p}/{a} via Getty Images", "(Photo: {p})", "({a})",
)  # fmt: skip
HEADINGS = (
    "Related news", "Read more", "READ MORE:", "More stories", "See also:",
    "RELATED ARTICLES", "You may also like", "Most read", "Recommended for you",
    "Latest news", "Other news", "Related:", "More from this section", "Also read",
)  # fmt: skip
#: A teaser (another article's first sentence) has at least this many words.
TEASER_MIN_WORDS = 10
BULLETS = ("• ", "- ", "* ", "» ", "► ", "· ")


@dataclass
class Sample:
    """One dirty document and the body it came from."""

    body: Body
    text: str
    defects: list[str] = field(default_factory=list)


def sentences(paragraph: str) -> list[str]:
    """``paragraph`` cut into sentences (good enough for picking one)."""
    return [s for s in SENTENCE.split(paragraph) if s]


def first_sentence(body: Body) -> str | None:
    """The first sentence of ``body``'s lead when it reads as one (a teaser's text)."""
    s = sentences(body.paragraphs[0].strip())[0]
    return s if len(s.split()) >= TEASER_MIN_WORDS and s[-1] in '.!?"”' else None


def caption(body: Body, rng: random.Random) -> str:
    """A photo caption: a clause of the article and a credit."""
    pool = [s for p in body.paragraphs for s in sentences(p) if len(s.split()) >= 8]
    words = (rng.choice(pool) if pool else body.text).split()
    start = rng.randint(0, max(0, min(4, len(words) - 8)))
    clause = " ".join(words[start : start + rng.randint(6, 18)]).rstrip(",;:")
    clause = clause[0].upper() + clause[1:]
    agency, person = rng.choice(AGENCIES), rng.choice(PEOPLE)
    credit = rng.choice(CREDITS).format(
        a=agency, A=agency.upper(), p=person, photo=rng.choice(("Photo", "photo", "Photo/VNA")),
        Photo=rng.choice(("Photo", "PHOTO", "Photo credit")),
    )  # fmt: skip
    end = "" if clause[-1] in ".!?" else rng.choice((".", ""))
    return f"{clause}{end} {credit}"


def inject_standfirst(paras: list[str], rng: random.Random) -> bool:
    lead = sentences(paras[0])[0]
    lead = SOURCE_TAG.sub("", lead)
    if len(lead.split()) < 8:
        return False
    paras.insert(0, lead)
    return True


def inject_captions(paras: list[str], body: Body, rng: random.Random) -> bool:
    for _ in range(rng.choice((1, 1, 2))):
        text = caption(body, rng)
        at = rng.randint(1, len(paras))
        paras.insert(at, text)
        if rng.random() < 0.4:  # the same caption twice, in a row or further down
            again = at + 1 if rng.random() < 0.5 else rng.randint(at + 1, len(paras))
            paras.insert(again, text)
    return True


def inject_related(paras: list[str], others: list[str], rng: random.Random) -> bool:
    teasers = rng.sample(others, rng.randint(2, 8))
    bullet = rng.choice(BULLETS) if rng.random() < 0.4 else ""
    heading = rng.choice(HEADINGS) if rng.random() < 0.6 else None
    block = [bullet + t for t in teasers]
    if heading and len(paras) >= 6 and rng.random() < 0.3:
        at = rng.randint(2, len(paras) - 3)  # inside the body, under its heading
        paras[at:at] = [heading, *block[:4]]
        return True
    if rng.random() < 0.25:  # the end-of-story marker, as in seeds 001 and 004
        paras[-1] += "/." if paras[-1][-1:] in ".!?" else "./."
    paras.extend(([heading] if heading else []) + block)
    return True


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes it leaves undefined read as Latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def make_dirty(body: Body, defects: list[str], others: list[str], rng: random.Random) -> Sample:
    """``body`` with ``defects`` injected (those that do not apply are skipped)."""
    paras = [p.strip() for p in body.paragraphs]
    done = []
    if "wraps" in defects:  # the article's own lines, as in seed 004
        paras = [wrap_and_join(p, rng.randint(*WIDTHS))[0] for p in paras]
        done.append("wraps")
    if "standfirst" in defects and inject_standfirst(paras, rng):
        done.append("standfirst")
    if "captions" in defects and inject_captions(paras, body, rng):
        done.append("captions")
    if "related" in defects and inject_related(paras, others, rng):
        done.append("related")
    text = "\n\n".join(paras)
    if "mojibake" in defects and not text.isascii():
        text = mojibake(text)
        done.append("mojibake")
    return Sample(body, text, done)


def build(bodies: list[Body], seed: int, only: str | None = None) -> list[Sample]:
    """The dirty set: each body with random defects, or with ``only`` that one."""
    rng = random.Random(seed)
    firsts = {b.id: s for b in bodies if (s := first_sentence(b))}
    samples = []
    for body in bodies:
        others = [s for i, s in firsts.items() if i != body.id]
        if only:
            defects = [only]
        else:
            defects = [d for d in DEFECTS if rng.random() < MIXED_RATE[d]]
            defects = defects or [rng.choice(DEFECTS)]
        samples.append(make_dirty(body, defects, others, rng))
    return samples


@dataclass
class Result:
    """Scores of one method on one set."""

    f1: float
    precision: float
    recall: float
    exact: float
    mb_per_s: float


def evaluate(method: Callable[[str], str], samples: list[Sample]) -> Result:
    """Shingle F1, exact token match and throughput of ``method`` on ``samples``."""
    precisions, recalls, exact = [], [], 0
    seconds = 0.0
    for s in samples:
        start = time.process_time()
        out = method(s.text)
        seconds += time.process_time() - start
        p, r = precision_recall(*tp_fp_fn(s.body.text, out))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
        exact += tokens(s.body.text) == tokens(out)
    prec = statistics.mean(precisions) if precisions else 0.0
    rec = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    size = sum(len(s.text.encode("utf-8")) for s in samples) / 1e6
    return Result(f1, prec, rec, exact / len(samples), size / seconds if seconds else 0.0)


def nothing(text: str) -> str:
    """The reference: the dirty text as it is."""
    return text


def ftfy_only(text: str) -> str:
    """The reference: ftfy's default repair, nothing else."""
    return ftfy.fix_text(text)


METHODS: dict[str, Callable[[str], str]] = {
    "do nothing": nothing,
    "ftfy fix_text": ftfy_only,
    "newsclean clean_text": cleaners.clean_text,
}


def table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as a Markdown table (the first row is the header)."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=False))
        ]
        lines.append("| " + " | ".join(cells) + " |")
        if k == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def worst(samples: list[Sample], count: int) -> list[tuple[float, Sample, str]]:
    """The documents of the tune split (``bench.splits``) clean_text gets most
    wrong (F1 of shingles), for inspection: held-out bodies are scored in the
    tables, never shown, so that no rule is written while reading them."""
    scored = []
    for s in samples:
        if split_of(site_of(s.body.url, s.body.id)) != TUNE:
            continue
        out = cleaners.clean_text(s.text)
        p, r = precision_recall(*tp_fp_fn(s.body.text, out))
        f = 2 * (p or 0) * (r or 0) / ((p or 0) + (r or 0)) if (p or 0) + (r or 0) else 0.0
        if tokens(out) != tokens(s.body.text):
            scored.append((f, s, out))
    return sorted(scored, key=lambda x: x[0])[:count]


def seed_table(bodies: list[Body], seeds: int) -> str:
    """``clean_text`` on the mixed sets of seeds 1..``seeds`` (other defects,
    strings and positions drawn), one row each and their mean."""
    rows = [("seed", "shingle F1", "exact tokens")]
    scores = [evaluate(cleaners.clean_text, build(bodies, seed)) for seed in range(1, seeds + 1)]
    for seed, r in enumerate(scores, 1):
        rows.append((str(seed), f"{r.f1:.4f}", f"{r.exact:.1%}"))
    f1 = sum(r.f1 for r in scores) / seeds
    exact = sum(r.exact for r in scores) / seeds
    rows.append(("mean", f"{f1:.4f}", f"{exact:.1%}"))
    return table(rows)


def main(argv: list[str] | None = None) -> None:
    """Print the dirty-text table."""
    parser = argparse.ArgumentParser(prog="python -m bench.dirty", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="injection RNG seed")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the per-defect rows")
    parser.add_argument(
        "--show-worst", type=int, default=0, help="print the N worst tune-split documents"
    )
    parser.add_argument(
        "--seeds",
        type=int,
        default=0,
        metavar="N",
        help="also score clean_text on the mixed sets of seeds 1..N and print their mean",
    )
    args = parser.parse_args(argv)
    bodies = load_bodies()
    sets = [("mixed", build(bodies, args.seed))]
    for sample in sets[0][1]:  # load every language's word lists before timing
        cleaners.clean_text(sample.text)
    if not args.no_breakdown:
        sets.append(("none (clean bodies)", [Sample(b, b.text) for b in bodies]))
        sets += [(d, build(bodies, args.seed, only=d)) for d in DEFECTS]
    mixed = sets[0][1]
    counts = {d: sum(d in s.defects for s in mixed) for d in DEFECTS}
    print(
        f"{len(mixed)} documents, seed {args.seed}; mixed set defects: "
        + ", ".join(f"{d} {n}" for d, n in counts.items())
    )
    rows = [("set", "method", "shingle F1", "precision", "recall", "exact tokens", "MB/s")]
    for name, samples in sets:
        for method, fn in METHODS.items():
            if name != "mixed" and method == "ftfy fix_text":
                continue
            r = evaluate(fn, samples)
            rows.append(
                (name, method, f"{r.f1:.4f}", f"{r.precision:.4f}", f"{r.recall:.4f}",
                 f"{r.exact:.1%}", f"{r.mb_per_s:.2f}" if method != "do nothing" else "-")
            )  # fmt: skip
    print(table(rows))
    if args.seeds:
        print(seed_table(bodies, args.seeds))
    for f, s, out in worst(mixed, args.show_worst):
        print(f"\n--- {s.body.id[:12]} F1 {f:.3f} defects {s.defects}")
        got, want = tokens(out), tokens(s.body.text)
        i = next(
            (k for k, (a, b) in enumerate(zip(got, want, strict=False)) if a != b),
            min(len(got), len(want)),
        )
        print("  want:", " ".join(want[max(0, i - 8) : i + 12]))
        print("  got: ", " ".join(got[max(0, i - 8) : i + 12]))


if __name__ == "__main__":
    main()

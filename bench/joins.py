"""Join repair: how many of the spaces lost at hard wraps a repairer puts back.

Damage model (``../shared/benchmarks/README.md``): each paragraph of each dev
body is re-wrapped greedily at a width drawn from 68-82 columns (a seeded RNG,
one width per paragraph; a line may also end after a hyphen inside a word, as
text wrappers do), and the space at each wrap point is deleted. Scored:

- recall: lost spaces put back at the right place;
- precision: inserted spaces that are right;
- false splits per 10,000 words on the *undamaged* bodies, English and not,
  and on the undamaged bodies of every dev set (news-dev: 20+ languages),
  per tune/held-out split;
- recall and precision on the damaged bodies of every dev set, per split,
  English and other languages apart;
- throughput on the damaged text (MB of UTF-8 per CPU second of this process,
  so that other work on the machine does not count), after a warm-up pass
  over a few bodies that loads the word lists (its token caches are emptied);
- what a fresh process pays to import newsclean and make its first repair.

References measured in the same run: doing nothing, wordninja on every token
("naive") and wordninja only on tokens that are not words of wordfreq's
English list ("guarded").

Run: ``.venv/bin/python -m bench.joins [--seed N]``
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import wordninja
from wordfreq import get_frequency_dict

import cleaners
from bench.splits import site_of, split_of
from bench.textdata import Body, data_dir, load_bodies
from cleaners.joins import forget
from cleaners.joins_candidates import load_tables
from cleaners.joins_lexicon import DocumentLexicon

WIDTHS = (68, 82)
DEFAULT_SEED = 20191118
#: Bodies run once, untimed, before throughput is measured (word lists load).
WARM_UP = 10
#: Where a text wrapper may break a line: at a single space (deleted by the
#: damage) or right after a hyphen between two letters (nothing deleted).
BREAK_AFTER_HYPHEN = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")
TOKEN = re.compile(r"\S+")
#: Characters wordninja treats as word separators (it keeps only these).
NINJA_KEEP = re.compile(r"[A-Za-z0-9']+")
EDGE_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…–—-*"

Repairer = Callable[[str], str]


# ---------------------------------------------------------------- damage


def wrap_and_join(paragraph: str, width: int) -> tuple[str, list[int]]:
    """Greedily wrap ``paragraph`` at ``width`` columns and delete the space at
    each wrap point; returns the damaged paragraph and where spaces were lost.

    >>> wrap_and_join("aaa bbb ccc ddd", 7)
    ('aaa bbbccc ddd', [7])
    """
    breaks = {m.start(): "hyphen" for m in BREAK_AFTER_HYPHEN.finditer(paragraph)}
    for i, ch in enumerate(paragraph):
        if (
            ch == " "
            and 0 < i < len(paragraph) - 1
            and paragraph[i - 1] != " "
            and paragraph[i + 1] != " "
        ):
            breaks[i] = "space"
    points = sorted(breaks)
    out: list[str] = []
    lost: list[int] = []
    start = 0
    length = 0  # characters already emitted
    k = 0
    while len(paragraph) - start > width:
        best = None
        while k < len(points) and points[k] - start <= width:
            if points[k] > start:
                best = points[k]
            k += 1
        if best is None:  # a word longer than the line: it gets a line of its own
            if k >= len(points):
                break
            best = points[k]
            k += 1
        out.append(paragraph[start:best])
        length += best - start
        if breaks[best] == "space":
            lost.append(length)
            start = best + 1
        else:
            start = best
    out.append(paragraph[start:])
    return "".join(out), lost


@dataclass
class Damaged:
    """One body, damaged, with the positions (in the damaged text) of lost spaces."""

    body: Body
    text: str
    lost: list[int]


def damage(body: Body, rng: random.Random) -> Damaged:
    """Wrap each line of ``body`` at its own width and lose the wrap spaces."""
    lines = body.text.split("\n")
    out = []
    lost: list[int] = []
    offset = 0
    for line in lines:
        damaged, where = wrap_and_join(line, rng.randint(*WIDTHS))
        lost.extend(offset + w for w in where)
        out.append(damaged)
        offset += len(damaged) + 1
    return Damaged(body, "\n".join(out), lost)


# ---------------------------------------------------------------- scoring


def insertions(before: str, after: str) -> list[int]:
    """Positions in ``before`` where ``after`` inserted a space.

    >>> insertions("withcountries now", "with countries now")
    [4]
    """
    out = []
    i = 0
    for ch in after:
        if i < len(before) and ch == before[i]:
            i += 1
        elif ch == " ":
            out.append(i)
        else:
            raise ValueError(f"repairer changed the text at {i}: {after[: i + 20]!r}")
    if i != len(before):
        raise ValueError("repairer dropped text")
    return out


@dataclass
class Score:
    """One repairer's figures."""

    name: str
    recall: float
    precision: float
    false_en: float
    false_other: float
    mb_per_s: float


def words(text: str) -> int:
    """Whitespace-separated words."""
    return len(TOKEN.findall(text))


def recall_precision(damaged: list[Damaged], outputs: list[str]) -> tuple[float, float]:
    """Share of the lost spaces that ``outputs`` put back, and share of the
    spaces they inserted that were lost ones."""
    tp = lost = inserted = 0
    for d, out in zip(damaged, outputs, strict=True):
        got = set(insertions(d.text, out))
        tp += len(got & set(d.lost))
        lost += len(d.lost)
        inserted += len(got)
    return (tp / lost if lost else 1.0, tp / inserted if inserted else 1.0)


def format_table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as aligned text columns: the first left-aligned, the others right."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        " | ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    )


def score(name: str, repair: Repairer, damaged: list[Damaged]) -> Score:
    """Run ``repair`` on damaged and undamaged bodies and score it."""
    for d in damaged[:: max(len(damaged) // WARM_UP, 1)]:
        repair(d.text)
    if repair is newsclean:  # load the word lists before the clock starts
        for d in damaged:
            load_tables(DocumentLexicon(d.text.split("\n")).language or "en")
    # but do not keep what the warm-up learnt about these texts' tokens
    forget()
    _ninja_token.cache_clear()
    start = time.process_time()
    outputs = [repair(d.text) for d in damaged]
    elapsed = time.process_time() - start
    recall, precision = recall_precision(damaged, outputs)
    size = sum(len(d.text.encode("utf-8")) for d in damaged)
    false = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for d in damaged:
        text = d.body.text
        false[d.body.english] += len(insertions(text, repair(text)))
        total[d.body.english] += words(text)
    return Score(
        name,
        recall=recall,
        precision=precision,
        false_en=1e4 * false[True] / max(total[True], 1),
        false_other=1e4 * false[False] / max(total[False], 1),
        mb_per_s=size / 1e6 / elapsed if elapsed else float("inf"),
    )


# ---------------------------------------------------------------- references


def nothing(text: str) -> str:
    """The do-nothing baseline."""
    return text


@cache
def _ninja_token(token: str) -> str:
    """``token`` with a space wherever two of wordninja's pieces touch.

    wordninja drops punctuation and letters outside ASCII; pieces it separated
    at such a character stay as they were (its model says nothing about them).

    >>> _ninja_token("event,thecountries")
    'event,the countries'
    """
    pieces = wordninja.split(token)
    if len(pieces) < 2:
        return token
    cuts = []
    cursor = 0
    prev_end = -1
    for piece in pieces:
        at = token.find(piece, cursor)
        if at < 0:
            return token
        if at == prev_end:
            cuts.append(at)
        cursor = prev_end = at + len(piece)
    out = []
    last = 0
    for cut in cuts:
        out.append(token[last:cut])
        last = cut
    out.append(token[last:])
    return " ".join(out)


def ninja_naive(text: str) -> str:
    """wordninja on every whitespace-separated token."""
    return re.sub(r"\S+", lambda m: _ninja_token(m.group()), text)


@lru_cache(maxsize=1)
def _english_words() -> dict[str, float]:
    return get_frequency_dict("en")


def ninja_guarded(text: str) -> str:
    """wordninja only on tokens that are not words of wordfreq's English list."""
    known = _english_words()

    def fix(m: re.Match[str]) -> str:
        token = m.group()
        core = token.strip(EDGE_PUNCT).lower().replace("’", "'")
        return token if not core or core in known else _ninja_token(token)

    return re.sub(r"\S+", fix, text)


def newsclean(text: str) -> str:
    """The project's repairer."""
    return cleaners.repair_joins(text)


METHODS: dict[str, Repairer] = {
    "nothing": nothing,
    "wordninja naive": ninja_naive,
    "wordninja guarded": ninja_guarded,
    "newsclean": newsclean,
}


#: What a fresh process pays before its first repair: importing newsclean and
#: loading the English word list and function words (CPU seconds).
FRESH_PROCESS = """
import time
start = time.process_time()
import cleaners
imported = time.process_time()
cleaners.repair_joins("forces of theINTERPOL member countries")
print(imported - start, time.process_time() - imported)
"""


def fresh_process_cost() -> tuple[float, float]:
    """CPU seconds of a fresh interpreter to import ``cleaners`` and then to
    make its first ``repair_joins`` call."""
    out = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def seed_table(bodies: list[Body], seeds: int) -> str:
    """newsclean's recall and precision on damage seeds 1..``seeds`` (other
    wrap widths at every paragraph), one row each and their mean: how far the
    default seed's figures carry to other damage."""
    rows = [("seed", "lost spaces", "recall", "precision")]
    scores = []
    for seed in range(1, seeds + 1):
        rng = random.Random(seed)
        damaged = [damage(b, rng) for b in bodies]
        scores.append(recall_precision(damaged, [newsclean(d.text) for d in damaged]))
        lost = sum(len(d.lost) for d in damaged)
        rows.append((str(seed), str(lost), f"{scores[-1][0]:.4f}", f"{scores[-1][1]:.4f}"))
    mean = [sum(column) / seeds for column in zip(*scores, strict=True)]
    rows.append(("mean", "", f"{mean[0]:.4f}", f"{mean[1]:.4f}"))
    return format_table(rows)


#: The dev sets whose hand-checked bodies are read for false splits.
DEV_SETS = ("aeb-dev", "news-dev")


def dev_body_table() -> str:
    """False splits per 10,000 words on the hand-checked bodies of each dev
    set, per split: every space put in counts as false (an upper bound: a few
    bodies carry lost spaces of their own, "said.Alweendo")."""
    rows = [("dev set", "split", "bodies", "words", "false splits", "false/10k")]
    for name in DEV_SETS:
        folder = data_dir().parent / name
        if not folder.is_dir():
            continue
        tally: dict[str, list[int]] = {}
        for body in load_bodies(folder):
            split = split_of(site_of(body.url, body.id))
            false = len(insertions(body.text, newsclean(body.text)))
            counts = tally.setdefault(split, [0, 0, 0])
            counts[0] += 1
            counts[1] += words(body.text)
            counts[2] += false
        for split, (n, w, false) in sorted(tally.items(), reverse=True):
            rows.append((name, split, str(n), str(w), str(false), f"{1e4 * false / w:.2f}"))
    return format_table(rows)


def dev_damage_table(seed: int, folders: Sequence[Path] | None = None) -> str:
    """Recall and precision of newsclean on the damaged hand-checked bodies of
    every dev set (``folders``, the dev sets by default), per split, English
    and other languages apart (news-dev's 20+ languages: the main table's
    bodies are nearly all English)."""
    rows = [("dev set", "split", "language", "bodies", "lost", "recall", "precision")]
    for folder in folders or [data_dir().parent / name for name in DEV_SETS]:
        name = folder.name
        if not folder.is_dir():
            continue
        rng = random.Random(seed)
        groups: dict[tuple[str, str], list[Damaged]] = {}
        for body in load_bodies(folder):
            key = (split_of(site_of(body.url, body.id)), "English" if body.english else "other")
            groups.setdefault(key, []).append(damage(body, rng))
        for (split, language), group in sorted(groups.items(), reverse=True):
            recall, precision = recall_precision(group, [newsclean(d.text) for d in group])
            lost = sum(len(d.lost) for d in group)
            rows.append(
                (name, split, language, str(len(group)), str(lost),
                 f"{recall:.4f}", f"{precision:.4f}")
            )  # fmt: skip
    return format_table(rows)


def main(argv: list[str] | None = None) -> None:
    """Print the join-repair table."""
    parser = argparse.ArgumentParser(prog="python -m bench.joins", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="damage RNG seed")
    parser.add_argument(
        "--only", choices=sorted(METHODS), action="append", help="score only these methods"
    )
    parser.add_argument(
        "--seeds",
        type=int,
        default=0,
        metavar="N",
        help="also score newsclean on damage seeds 1..N and print their mean",
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    bodies = load_bodies()
    damaged = [damage(b, rng) for b in bodies]
    n_en = sum(b.english for b in bodies)
    print(
        f"{len(bodies)} bodies ({n_en} English, {len(bodies) - n_en} other), "
        f"{sum(len(d.lost) for d in damaged)} lost spaces, widths {WIDTHS[0]}-{WIDTHS[1]}, "
        f"seed {args.seed}"
    )
    header = ("method", "recall", "precision", "false/10k EN", "false/10k other", "MB/s")
    rows = [header]
    for name in args.only or METHODS:
        s = score(name, METHODS[name], damaged)
        rows.append(
            (
                s.name,
                f"{s.recall:.4f}",
                f"{s.precision:.4f}",
                f"{s.false_en:.1f}",
                f"{s.false_other:.1f}",
                f"{s.mb_per_s:.2f}",
            )
        )
    print(format_table(rows))
    if args.seeds:
        print(seed_table(bodies, args.seeds))
    print("\nnewsclean on the undamaged hand-checked bodies of the dev sets:")
    print(dev_body_table())
    print("\nnewsclean on the damaged hand-checked bodies of the dev sets, by language:")
    print(dev_damage_table(args.seed))
    imported, first = fresh_process_cost()
    print(f"fresh process: import {imported:.2f} s, first repair_joins call {first:.2f} s (CPU)")


if __name__ == "__main__":
    main()

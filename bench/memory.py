"""Peak memory of ``newsclean clean`` on one record, against the record's size.

Each measurement is a fresh ``newsclean clean`` process on one generated record
(read from a file, output to ``/dev/null``); its peak resident memory is read
from ``wait4``'s ``ru_maxrss``. The growth is that peak minus the peak of the
same command on a tiny record of the same kind (the loaded stack: Python,
lxml, trafilatura, word tables), and the ratio is growth over the record's
size in bytes. The bound documented in ``docs/reliability.md`` is on that ratio.

Records (English-like prose from a seeded generator, with the defects the
cleaners repair: doubled spaces, run-together words, no-break spaces):

- ``text-one``: a plain-text file that is one paragraph (one line);
- ``text-many``: a plain-text file of ~600-character paragraphs;
- ``jsonl-text``: a JSONL file of one record whose ``text`` is one paragraph;
- ``jsonl-html``: a JSONL file of one record whose ``html`` is a page;
- ``html``: an HTML file, one ``<p>`` per paragraph, with a script blob (nine
  tenths of it is article text: the worst case for the steps that scale with
  the text);
- ``html-news``: an HTML file shaped like a large real news page (the dev
  pages over 1 MiB hold 74-96% scripts and styles and 0-3% visible text): an
  article of ~12 KB, a navigation of links, an SVG sprite, inline styles, and
  scripts (a JSON-LD body, JSON state blobs) for the rest of the size.

Run: ``.venv/bin/python -m bench.memory [--sizes 1,2,4,8,16,32] [--kinds ...]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

MIB = 1 << 20
KINDS = ("text-one", "text-many", "jsonl-text", "jsonl-html", "html", "html-news")
DEFAULT_SIZES = (1, 2, 4, 8, 16, 32)
#: The tiny record whose peak is the loaded stack, in bytes.
BASELINE_BYTES = 4096
DEFAULT_SEED = 20261205

#: Words the prose is drawn from: common English words, so that the language
#: detector and the join repairer do their usual work on it.
_WORD_LIST = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there one all we their been has would when who "
    "will more if no out so said what up its about into than them can only other new some "
    "could time these two may then do first any my now such like our over man me even most "
    "made after also did many before must through back years where much your way well down "
    "should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another know "
    "while last might us great old year off come since against go came right used take three "
    "government council minister police city country police officials report market company "
    "percent million week month president election court trade economy health school water "
    "bridge river plan budget workers prices energy climate security support public local"
)
WORDS = tuple(_WORD_LIST.split(" "))
NAMES = ("Hanoi", "Berlin", "Reuters", "Nguyen", "Maria", "Chile", "INTERPOL", "Tuesday")


def sentences(rng: random.Random) -> Iterator[str]:
    """Endless sentences of prose with a few of the defects cleaners repair."""
    while True:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
        if rng.random() < 0.3:
            words[rng.randrange(len(words))] = rng.choice(NAMES)
        words[0] = words[0].capitalize()
        text = " ".join(words) + rng.choice(".....?!")
        roll = rng.random()
        if roll < 0.05:
            text = text.replace(" ", "  ", 1)  # a doubled space
        elif roll < 0.08:
            text = text.replace(" ", "", 1)  # a run-together word
        elif roll < 0.10:
            text = text.replace(" ", "\u00a0", 1)  # a no-break space
        yield text


def paragraphs(rng: random.Random, size: int, length: int) -> Iterator[str]:
    """Paragraphs of about ``length`` characters, about ``size`` characters in all."""
    made = 0
    words = sentences(rng)
    while made < size:
        parts: list[str] = []
        n = 0
        while n < min(length, size - made):
            s = next(words)
            parts.append(s)
            n += len(s) + 1
        paragraph = " ".join(parts)
        made += len(paragraph) + 2
        yield paragraph


def one_paragraph(size: int, seed: int = DEFAULT_SEED) -> str:
    """One paragraph of about ``size`` characters."""
    return next(paragraphs(random.Random(seed), size, size))


def many_paragraphs(size: int, seed: int = DEFAULT_SEED) -> list[str]:
    """Paragraphs of about 600 characters, about ``size`` characters in all."""
    return list(paragraphs(random.Random(seed), size, 600))


def page(size: int, seed: int = DEFAULT_SEED) -> str:
    """An article page of about ``size`` bytes: a headline, ``<p>`` paragraphs,
    a navigation list and a script (a tenth of the page)."""
    script = "<script>var data = " + json.dumps({"k": "x" * max(size // 10, 10)}) + ";</script>"
    body = "\n".join(f"<p>{p}</p>" for p in many_paragraphs(size - len(script), seed))
    return (
        "<!DOCTYPE html><html><head><title>Council approves the budget</title>"
        f"{script}</head><body><nav><ul><li><a href='/'>Home</a></li></ul></nav>"
        f"<article><h1>Council approves the budget</h1>\n{body}\n</article></body></html>"
    )


def news_page(size: int, seed: int = DEFAULT_SEED) -> str:
    """A page of about ``size`` bytes shaped like a large real news page: an
    article of ~12 KB; a tenth of the size in inline styles, a twentieth in an
    SVG sprite; a navigation of 200 links; the rest in scripts (the article's
    JSON-LD and JSON state blobs of made-up records)."""
    rng = random.Random(seed)
    article = many_paragraphs(12_000, seed)
    nav = "".join(
        f"<li><a href='/section/{i}'>{rng.choice(WORDS)} {i}</a></li>" for i in range(200)
    )
    style = (
        "<style>"
        + "".join(
            f".c{i}{{margin:{i % 9}px;color:#{i % 4096:03x}}}" for i in range(size // 10 // 32)
        )
        + "</style>"
    )
    sprite = (
        "<svg style='display:none'>"
        + "".join(
            f"<symbol id='i{i}'><path d='M{i % 97} {i % 89}L{i % 83} {i % 79}Z'/></symbol>"
            for i in range(size // 20 // 64)
        )
        + "</svg>"
    )
    json_ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Council approves the budget",
            "articleBody": "\n".join(article),
        }
    )
    body = "\n".join(f"<p>{p}</p>" for p in article)
    fixed = len(style) + len(sprite) + len(json_ld) + len(body) + len(nav) + 1000
    blobs = []
    left = max(size - fixed, 0)
    while left > 0:  # state blobs of ~256 KB, as bundlers write them
        n = min(left, 256 * 1024)
        records = [
            {"id": i, "title": " ".join(rng.choice(WORDS) for _ in range(8))}
            for i in range(n // 80)
        ]
        blob = "<script>window.__STATE__=" + json.dumps(records) + ";</script>"
        blobs.append(blob)
        left -= len(blob)
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Council approves the budget</title>"
        f"{style}<script type='application/ld+json'>{json_ld}</script></head><body>{sprite}"
        f"<nav><ul>{nav}</ul></nav><article><h1>Council approves the budget</h1>\n{body}\n"
        f"</article>{''.join(blobs)}</body></html>"
    )


def _jsonl(field: str, value: str) -> str:
    return json.dumps({"url": "https://example.org/a", field: value}) + "\n"


#: kind -> (file suffix, generator of the file's content for a size in bytes)
MAKERS: dict[str, tuple[str, Callable[[int], str]]] = {
    "text-one": (".txt", one_paragraph),
    "text-many": (".txt", lambda n: "\n\n".join(many_paragraphs(n))),
    "jsonl-text": (".jsonl", lambda n: _jsonl("text", one_paragraph(n))),
    "jsonl-html": (".jsonl", lambda n: _jsonl("html", page(n))),
    "html": (".html", page),
    "html-news": (".html", news_page),
}


def write_record(kind: str, size: int, folder: Path) -> Path:
    """A file of about ``size`` bytes holding one record of ``kind``."""
    suffix, make = MAKERS[kind]
    path = folder / f"{kind}-{size}{suffix}"
    path.write_text(make(size), encoding="utf-8")
    return path


#: ``newsclean`` as its console script runs it.
NEWSCLEAN = "import sys; from newsclean.cli import main; sys.exit(main())"
#: The launcher's code (this checkout's, whatever the working directory).
LAUNCHER = (
    f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r}); "
    "from bench.memory import launch; launch()"
)


def peak_rss(path: Path, *args: str, source: str | None = None) -> tuple[int, int]:
    """(peak RSS in bytes, exit code) of ``newsclean clean PATH`` in a fresh process.

    The command is started by a small launcher process (:func:`launch`), never
    by this one: a process's ``ru_maxrss`` also counts the memory of the
    process it was started from, until it replaced itself with the command,
    so a command started by a large process (a test session, or this one
    after it generated a large record) would seem to peak at least that high.
    """
    command = [sys.executable, "-c", NEWSCLEAN, "clean", *args, str(path)]
    launcher = [sys.executable, "-c", LAUNCHER, *command]
    env = os.environ.copy()
    if source:  # another checkout's newsclean (the launcher is this one's)
        env["PYTHONPATH"] = source
    # run from the record's folder: "-c" puts the working directory first on
    # the path, which would pick this checkout over ``source``
    out = subprocess.run(
        launcher, capture_output=True, text=True, check=True, env=env, cwd=path.parent
    ).stdout
    peak, code = out.split()
    return int(peak), int(code)


def launch() -> None:
    """Run the command in ``sys.argv[1:]`` (output discarded) and print its
    peak RSS in bytes and its exit code; its error output goes to stderr when
    it fails with a code other than 0 or 1."""
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    print(usage.ru_maxrss * 1024, code)  # Linux: ru_maxrss is in KiB


def growth(
    kind: str, size: int, folder: Path, *args: str, source: str | None = None
) -> tuple[int, int, int]:
    """(record bytes, peak RSS growth over the tiny record's, exit code)."""
    base, _ = peak_rss(write_record(kind, BASELINE_BYTES, folder), *args, source=source)
    path = write_record(kind, size, folder)
    peak, code = peak_rss(path, *args, source=source)
    return path.stat().st_size, peak - base, code


def main(argv: list[str] | None = None) -> None:
    """Print the table: size, kind, peak RSS growth, ratio."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="MiB")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--max-size", default=None, help="passed to newsclean clean")
    parser.add_argument(
        "--source", default=None, help="measure the newsclean of this checkout (e.g. an older one)"
    )
    args = parser.parse_args(argv)
    extra = ("--max-size", args.max_size) if args.max_size else ()
    print("| size | kind | peak RSS growth | ratio | exit |")
    print("|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for mib in (float(s) for s in args.sizes.split(",")):
            for kind in args.kinds.split(","):
                size, grown, code = growth(
                    kind, int(mib * MIB), Path(tmp), *extra, source=args.source
                )
                print(
                    f"| {size / MIB:.1f} MiB | {kind} | {grown / MIB:.0f} MiB "
                    f"| {grown / size:.1f}x | {code} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
